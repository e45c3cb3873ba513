package org.qms4j.standards;

import java.util.List;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogProvider;
import org.qms4j.catalog.MappingSet;

/**
 * Provides the {@linkplain StandardCatalogs standard catalogs and mapping sets} to {@link
 * org.qms4j.catalog.CatalogLibrary#load()}, through {@code module-info}'s {@code provides} on the
 * module path and {@code META-INF/services} on the class path. Stateless and thread-safe.
 */
public final class StandardCatalogProvider implements CatalogProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public StandardCatalogProvider() {}

  @Override
  public List<Catalog> catalogs() {
    return StandardCatalogs.catalogs();
  }

  @Override
  public List<MappingSet> mappingSets() {
    return StandardCatalogs.mappingSets();
  }
}
