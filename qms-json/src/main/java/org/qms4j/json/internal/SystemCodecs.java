package org.qms4j.json.internal;

/** Codecs (to be written). */
public final class SystemCodecs {
  private SystemCodecs() {}

  /** The document (placeholder, to be written). */
  public static final Document<org.qms4j.system.QualitySystem> DOCUMENT = null;


  /**
   * Registers the types of this class.
   *
   * @param r the registry
   */
  public static void register(Registry r) {}
}
