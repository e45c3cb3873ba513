package org.qms4j.conformity;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.system.QualitySystem;

/**
 * Which requirements a host rule applies to: one requirement, every requirement of a clause and its
 * sub-clauses, every requirement of a catalog, or {@linkplain #all() every requirement}.
 *
 * <p>A scope written for a catalog also covers the catalogs derived from it (see {@link
 * org.qms4j.catalog.Catalog#lineage()}): a rule for {@code iso-9001:2015} clause 8 applies to clause
 * 8 of a hospital's extension of ISO 9001. Where several scopes contain a requirement, the most
 * specific wins: a requirement before a deeper clause before a shallower clause before a catalog,
 * and, between equals, the scope naming the nearer catalog of the lineage; {@link #all()} is the least specific. Immutable and
 * thread-safe.
 */
public final class RuleScope {
  private final @Nullable RequirementId requirement;
  private final @Nullable ClauseRef clause;
  private final @Nullable CatalogId catalog;

  private RuleScope(
      @Nullable RequirementId requirement, @Nullable ClauseRef clause, @Nullable CatalogId catalog) {
    this.requirement = requirement;
    this.clause = clause;
    this.catalog = catalog;
  }

  private static final RuleScope ALL = new RuleScope(null, null, null);

  /**
   * Every requirement of every catalog: the least specific scope.
   *
   * @return the scope
   */
  public static RuleScope all() {
    return ALL;
  }

  /**
   * One requirement.
   *
   * @param id the requirement, not null
   * @return the scope
   */
  public static RuleScope requirement(RequirementId id) {
    return new RuleScope(Objects.requireNonNull(id, "id"), null, null);
  }

  /**
   * Every requirement of a clause and of its sub-clauses.
   *
   * @param clause the clause, not null
   * @return the scope
   */
  public static RuleScope clause(ClauseRef clause) {
    return new RuleScope(null, Objects.requireNonNull(clause, "clause"), null);
  }

  /**
   * Every requirement of a catalog.
   *
   * @param catalog the catalog, not null
   * @return the scope
   */
  public static RuleScope catalog(CatalogId catalog) {
    return new RuleScope(null, null, Objects.requireNonNull(catalog, "catalog"));
  }

  /**
   * How specific the scope is for a requirement it contains, 0 when it does not contain it. A
   * requirement scores above any clause, a clause by its depth above any catalog; between equal
   * kinds, the nearer catalog of the lineage scores higher.
   *
   * @param located the requirement
   * @param lineage the requirement's catalog id followed by that catalog's lineage
   */
  int specificity(LocatedRequirement located, List<CatalogId> lineage) {
    if (requirement == null && clause == null && catalog == null) {
      return 1;
    }
    if (requirement != null) {
      return requirement.equals(located.id()) ? 100_000 : 0;
    }
    CatalogId scoped = catalog != null ? catalog : Objects.requireNonNull(clause).catalog();
    int distance = lineage.indexOf(scoped);
    if (distance < 0) {
      return 0;
    }
    int nearness = 99 - Math.min(distance, 99);
    if (catalog != null) {
      return 100 + nearness;
    }
    int depth = located.clausePath().indexOf(Objects.requireNonNull(clause).number());
    return depth < 0 ? 0 : (2 + depth) * 100 + nearness;
  }

  /**
   * Tells whether the scope names something the system holds: its requirement, or a catalog (or
   * one derived from it) holding its clause, or its catalog (or one derived from it).
   */
  boolean namesSomethingIn(QualitySystem system) {
    if (requirement == null && clause == null && catalog == null) {
      return !system.requirements().isEmpty();
    }
    if (requirement != null) {
      return system.requirement(requirement).isPresent();
    }
    for (Catalog c : system.catalogs()) {
      if (catalog != null ? c.isBasedOn(catalog) : c.isBasedOn(Objects.requireNonNull(clause).catalog())
          && c.clause(clause.number()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleScope
        && Objects.equals(requirement, ((RuleScope) o).requirement)
        && Objects.equals(clause, ((RuleScope) o).clause)
        && Objects.equals(catalog, ((RuleScope) o).catalog);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requirement, clause, catalog);
  }

  @Override
  public String toString() {
    if (requirement != null) {
      return "requirement " + requirement;
    }
    if (clause == null && catalog == null) {
      return "every requirement";
    }
    return clause != null ? "clause " + clause : "catalog " + catalog;
  }
}
