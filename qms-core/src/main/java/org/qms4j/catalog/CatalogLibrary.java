package org.qms4j.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.qms4j.InvalidModelException;
import org.qms4j.QmsException;
import org.qms4j.internal.Checks;

/**
 * The catalogs and mapping sets that {@link CatalogProvider}s contribute, by id: the standard
 * catalogs of qms-core and whatever jars on the class path or modules in the layer provide.
 *
 * <p>Two contributions with the same id are refused, naming both providers. A provider that fails
 * to load or throws makes {@link #load()} throw a {@link QmsException} naming it. Immutable and
 * thread-safe once loaded.
 *
 * <pre>{@code
 * CatalogLibrary library = CatalogLibrary.load();
 * Catalog iso9001 = library.catalog(CatalogId.of("iso-9001:2015")).orElseThrow();
 * }</pre>
 */
public final class CatalogLibrary {
  private final Map<CatalogId, Catalog> catalogs;
  private final Map<MappingSetId, MappingSet> mappingSets;

  private CatalogLibrary(Map<CatalogId, Catalog> catalogs, Map<MappingSetId, MappingSet> mappingSets) {
    this.catalogs = catalogs;
    this.mappingSets = mappingSets;
  }

  /**
   * Loads every provider that {@link ServiceLoader#load(Class)} finds: modules of the boot layer that
   * provide {@code org.qms4j.catalog.CatalogProvider}, and jars on the class path that list one in
   * {@code META-INF/services}.
   *
   * @return the library
   * @throws QmsException if a provider fails, or two contribute the same id
   */
  public static CatalogLibrary load() {
    List<CatalogProvider> providers = new ArrayList<>();
    try {
      ServiceLoader.load(CatalogProvider.class).forEach(providers::add);
    } catch (ServiceConfigurationError e) {
      throw new QmsException("catalog providers: " + Checks.printable(String.valueOf(e.getMessage())), e);
    }
    return of(providers);
  }

  /**
   * A library of the given providers' contributions, in their order.
   *
   * @param providers the providers, not null
   * @return the library
   * @throws QmsException if a provider throws, or two contribute the same id
   */
  public static CatalogLibrary of(List<? extends CatalogProvider> providers) {
    Objects.requireNonNull(providers, "providers");
    Map<CatalogId, Catalog> catalogs = new LinkedHashMap<>();
    Map<CatalogId, String> catalogFrom = new LinkedHashMap<>();
    Map<MappingSetId, MappingSet> sets = new LinkedHashMap<>();
    Map<MappingSetId, String> setFrom = new LinkedHashMap<>();
    for (CatalogProvider provider : providers) {
      String name = Objects.requireNonNull(provider, "providers").getClass().getName();
      List<Catalog> contributed;
      List<MappingSet> contributedSets;
      try {
        contributed = List.copyOf(provider.catalogs());
        contributedSets = List.copyOf(provider.mappingSets());
      } catch (RuntimeException e) {
        throw new QmsException("catalog provider " + name + " failed: " + Checks.printable(String.valueOf(e)), e);
      }
      for (Catalog c : contributed) {
        String earlier = catalogFrom.putIfAbsent(c.id(), name);
        if (earlier != null) {
          throw new InvalidModelException(
              "catalog providers: catalog " + c.id() + " is provided by both " + earlier + " and " + name);
        }
        catalogs.put(c.id(), c);
      }
      for (MappingSet s : contributedSets) {
        String earlier = setFrom.putIfAbsent(s.id(), name);
        if (earlier != null) {
          throw new InvalidModelException(
              "catalog providers: mapping set " + s.id() + " is provided by both " + earlier + " and " + name);
        }
        sets.put(s.id(), s);
      }
    }
    return new CatalogLibrary(Collections.unmodifiableMap(catalogs), Collections.unmodifiableMap(sets));
  }

  /**
   * Every catalog, in the order the providers gave them.
   *
   * @return the catalogs, unmodifiable
   */
  public List<Catalog> catalogs() {
    return List.copyOf(catalogs.values());
  }

  /**
   * Finds a catalog by its id.
   *
   * @param id the catalog id, not null
   * @return the catalog, if a provider contributes it
   */
  public Optional<Catalog> catalog(CatalogId id) {
    return Optional.ofNullable(catalogs.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Every mapping set, in the order the providers gave them.
   *
   * @return the mapping sets, unmodifiable
   */
  public List<MappingSet> mappingSets() {
    return List.copyOf(mappingSets.values());
  }

  /**
   * Finds a mapping set by its id.
   *
   * @param id the mapping set id, not null
   * @return the set, if a provider contributes it
   */
  public Optional<MappingSet> mappingSet(MappingSetId id) {
    return Optional.ofNullable(mappingSets.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * The mapping sets whose source and target catalogs are both among the given ones (or catalogs
   * they derive from): the sets a quality system holding those catalogs can use.
   *
   * @param held the catalogs a system holds, not null
   * @return the mapping sets, unmodifiable
   */
  public List<MappingSet> mappingSetsFor(List<Catalog> held) {
    Objects.requireNonNull(held, "held");
    List<MappingSet> usable = new ArrayList<>();
    for (MappingSet s : mappingSets.values()) {
      boolean source = held.stream().anyMatch(c -> c.isBasedOn(s.sourceCatalog()));
      boolean target = held.stream().anyMatch(c -> c.isBasedOn(s.targetCatalog()));
      if (source && target) {
        usable.add(s);
      }
    }
    return Collections.unmodifiableList(usable);
  }

  @Override
  public String toString() {
    return "CatalogLibrary{catalogs=" + catalogs.keySet() + ", mappingSets=" + mappingSets.keySet() + "}";
  }
}
