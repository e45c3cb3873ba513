package org.qms4j.conformity;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.RequirementId;

/**
 * Which requirements a host rule applies to: one requirement, every requirement of a clause and its
 * sub-clauses, or every requirement of a catalog. Immutable and thread-safe.
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
   * How specific the scope is for a requirement it contains: 1 for a catalog, 2 plus the clause
   * depth for a clause, 1000 for a requirement; 0 when the scope does not contain it.
   */
  int specificity(LocatedRequirement located) {
    if (requirement != null) {
      return requirement.equals(located.id()) ? 1000 : 0;
    }
    if (catalog != null) {
      return catalog.equals(located.catalog()) ? 1 : 0;
    }
    ClauseRef c = Objects.requireNonNull(clause);
    String held = located.clauseNumber();
    boolean inside =
        c.catalog().equals(located.catalog())
            && (held.equals(c.number()) || held.startsWith(c.number() + "."));
    return inside ? 2 + c.number().split("\\.").length : 0;
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
    return clause != null ? String.valueOf(clause) : "catalog " + catalog;
  }
}
