package org.qms4j.json.internal;

/** Codecs (to be written). */
public final class CatalogCodecs {
  private CatalogCodecs() {}

  /** The catalog_document (placeholder, to be written). */
  public static final Document<org.qms4j.catalog.Catalog> CATALOG_DOCUMENT = null;

  /** The mapping_set_document (placeholder, to be written). */
  public static final Document<org.qms4j.catalog.MappingSet> MAPPING_SET_DOCUMENT = null;


  /**
   * Registers the types of this class.
   *
   * @param r the registry
   */
  public static void register(Registry r) {}
}
