package org.qms4j.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.qms4j.InvalidModelException;
import org.qms4j.internal.Checks;
import org.qms4j.internal.QmsStyle;

/**
 * A named, versioned set of {@link Mapping}s from the requirements of one catalog to those of
 * another, such as ISO 13485:2016 to ISO 9001:2015, with where the correspondence comes from.
 *
 * <p>A quality system holds the mapping sets it uses (see {@code QualitySystem}); a set written for
 * two catalogs applies to catalogs derived from them as well (see {@link Catalog#lineage()}). A set
 * holds each ordered pair of requirements at most once. Immutable and thread-safe.
 *
 * <pre>{@code
 * MappingSet set = MappingSet.builder()
 *     .id(MappingSetId.of("local-to-iso-9001"))
 *     .version("1")
 *     .title("Clinic rules to ISO 9001")
 *     .sourceCatalog(CatalogId.of("clinic-local:1"))
 *     .targetCatalog(CatalogId.of("iso-9001:2015"))
 *     .addMapping(Mapping.of(RequirementId.of("clinic-local:1/1-a"), MappingRelation.SUBSET,
 *         RequirementId.of("iso-9001:2015/9.1.1")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@QmsStyle
public abstract class MappingSet {

  MappingSet() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static ImmutableMappingSet.Builder builder() {
    return new ImmutableMappingSet.Builder();
  }

  /**
   * The set's id, unique within a quality system.
   *
   * @return the id
   */
  public abstract MappingSetId id();

  /**
   * The set's version, such as {@code 2016-2015.1}.
   *
   * @return the version
   */
  public abstract String version();

  /**
   * The set's title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The catalog the mappings' sources belong to (or a catalog it derives from).
   *
   * @return the source catalog's id
   */
  public abstract CatalogId sourceCatalog();

  /**
   * The catalog the mappings' targets belong to (or a catalog it derives from).
   *
   * @return the target catalog's id
   */
  public abstract CatalogId targetCatalog();

  /**
   * The mappings, in the order given.
   *
   * @return the mappings, possibly empty
   */
  public abstract List<Mapping> mappings();

  /**
   * Where the correspondence comes from (a standard's annex, a published crosswalk).
   *
   * @return the source, if recorded
   */
  public abstract Optional<String> source();

  /**
   * A note on the set: what was checked, what was left out.
   *
   * @return the note, if any
   */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    String self = "mapping set " + id();
    Checks.line(version(), Catalog.MAX_TITLE, self + ": version");
    Checks.line(title(), Catalog.MAX_TITLE, self + ": title");
    source().ifPresent(s -> Checks.text(s, Catalog.MAX_NOTE, self + ": source"));
    note().ifPresent(s -> Checks.text(s, Catalog.MAX_NOTE, self + ": note"));
    Map<List<RequirementId>, Mapping> seen = new HashMap<>();
    for (Mapping m : mappings()) {
      Mapping earlier = seen.putIfAbsent(List.of(m.source(), m.target()), m);
      if (earlier != null) {
        throw new InvalidModelException(
            self
                + ": maps "
                + m.source()
                + " to "
                + m.target()
                + " twice ("
                + earlier.relation()
                + " and "
                + m.relation()
                + "); expected each pair once");
      }
    }
  }
}
