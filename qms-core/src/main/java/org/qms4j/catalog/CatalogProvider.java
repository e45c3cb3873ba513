package org.qms4j.catalog;

import java.util.List;

/**
 * Contributes catalogs and mapping sets, found through {@link java.util.ServiceLoader}: a jar on
 * the class path lists its implementation in {@code
 * META-INF/services/org.qms4j.catalog.CatalogProvider}; a named module declares {@code provides
 * org.qms4j.catalog.CatalogProvider with ...}. {@link CatalogLibrary#load()} gathers every
 * provider's contributions; qms-core provides the standard catalogs this way itself.
 *
 * <p>An implementation needs a public no-argument constructor (or a public static {@code
 * provider()} method in a named module), must return the same immutable catalogs on every call,
 * and must be thread-safe.
 *
 * <pre>{@code
 * public final class HospitalCatalogs implements CatalogProvider {
 *   public List<Catalog> catalogs() {
 *     return List.of(InfectionControl.CATALOG);
 *   }
 * }
 * }</pre>
 */
public interface CatalogProvider {

  /**
   * The catalogs this provider contributes.
   *
   * @return the catalogs, not null, possibly empty
   */
  List<Catalog> catalogs();

  /**
   * The mapping sets this provider contributes; none unless overridden.
   *
   * @return the mapping sets, not null, possibly empty
   */
  default List<MappingSet> mappingSets() {
    return List.of();
  }
}
