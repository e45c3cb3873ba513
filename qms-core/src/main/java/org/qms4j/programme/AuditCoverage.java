package org.qms4j.programme;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.qms4j.catalog.CatalogId;

/**
 * Which applicable clauses of one catalog internal audits covered within an interval before an
 * instant, in document order. A clause counts when it holds a requirement of its own that is not
 * excluded; an audit covers it when its scope holds the clause or one above it and it was reported
 * by the instant.
 *
 * <p>Immutable and thread-safe.
 *
 * @param catalog the catalog
 * @param asOf the instant
 * @param interval how far back an audit counts
 * @param clauses every applicable clause and its coverage, in document order
 */
public record AuditCoverage(CatalogId catalog, Instant asOf, Period interval, List<ClauseCoverage> clauses) {
  /**
   * Creates a coverage.
   *
   * @param catalog the catalog, not null
   * @param asOf the instant, not null
   * @param interval the interval, not null
   * @param clauses the clauses, not null
   */
  public AuditCoverage {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(interval, "interval");
    clauses = List.copyOf(clauses);
  }

  /**
   * The clauses covered within the interval.
   *
   * @return the clauses, in document order
   */
  public List<ClauseCoverage> covered() {
    return clauses.stream().filter(ClauseCoverage::withinInterval).toList();
  }

  /**
   * The clauses not covered within the interval, including those never audited: the gaps.
   *
   * @return the clauses, in document order
   */
  public List<ClauseCoverage> gaps() {
    return clauses.stream().filter(c -> !c.withinInterval()).toList();
  }

  /**
   * The clauses no internal audit ever covered by the instant.
   *
   * @return the clauses, in document order
   */
  public List<ClauseCoverage> neverAudited() {
    return clauses.stream().filter(ClauseCoverage::neverAudited).toList();
  }

  /**
   * Tells whether every applicable clause was covered within the interval: a full audit cycle.
   *
   * @return true if there is no gap
   */
  public boolean isComplete() {
    return clauses.stream().allMatch(ClauseCoverage::withinInterval);
  }
}
