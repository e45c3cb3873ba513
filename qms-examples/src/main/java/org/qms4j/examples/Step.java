package org.qms4j.examples;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.qms4j.catalog.CatalogId;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.conformity.Rollup;
import org.qms4j.conformity.StatusChange;
import org.qms4j.system.QualitySystem;

/**
 * One step of an example story: what the organisation held then, what the rule engine said about
 * it, and what changed since the step before. The examples return their steps so that a test can
 * check each status without reading what was printed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param number the step's number in its story, from 1
 * @param title what happened, one line
 * @param asOf the instant the system was judged at
 * @param system the quality system as it stood
 * @param report the engine's report on it at {@code asOf}
 * @param changes the requirements whose verdict moved since the previous step (empty for the
 *     first)
 */
public record Step(int number, String title, Instant asOf, QualitySystem system, ConformityReport report, List<StatusChange> changes) {

  /**
   * Creates a step.
   *
   * @param number the step's number, from 1
   * @param title what happened, not null
   * @param asOf the instant, not null
   * @param system the system, not null
   * @param report the report, not null
   * @param changes the changes since the previous step, not null
   */
  public Step {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(report, "report");
    changes = List.copyOf(changes);
  }

  /**
   * The roll-up of one catalog at this step.
   *
   * @param catalog the catalog, not null
   * @return its roll-up
   * @throws java.util.NoSuchElementException if the system holds no such catalog
   */
  public Rollup catalog(CatalogId catalog) {
    return report.catalog(catalog).orElseThrow();
  }
}
