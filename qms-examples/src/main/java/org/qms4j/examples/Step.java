package org.qms4j.examples;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.qms4j.catalog.CatalogId;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.conformity.Rollup;
import org.qms4j.conformity.StatusChange;
import org.qms4j.gap.GapAnalysis;
import org.qms4j.readiness.ReadinessAssessment;
import org.qms4j.system.QualitySystem;

/**
 * One step of an example story: what the organisation held then, what the rule engine said about
 * it, its gaps, its readiness for the certification audit of each catalog, and what changed since
 * the step before. The examples return their steps so that a test can check each status without
 * reading what was printed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param number the step's number in its story, from 1
 * @param title what happened, one line
 * @param asOf the instant the system was judged at
 * @param system the quality system as it stood
 * @param report the engine's report on it at {@code asOf}
 * @param gaps the gap analysis of that report
 * @param readiness the readiness for the certification audit of each catalog, in the system's
 *     catalog order
 * @param changes the requirements whose verdict moved since the previous step (empty for the
 *     first)
 */
public record Step(
    int number,
    String title,
    Instant asOf,
    QualitySystem system,
    ConformityReport report,
    GapAnalysis gaps,
    List<ReadinessAssessment> readiness,
    List<StatusChange> changes) {

  /**
   * Creates a step.
   *
   * @param number the step's number, from 1
   * @param title what happened, not null
   * @param asOf the instant, not null
   * @param system the system, not null
   * @param report the report, not null
   * @param gaps the gap analysis, not null
   * @param readiness the readiness per catalog, not null
   * @param changes the changes since the previous step, not null
   */
  public Step {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(gaps, "gaps");
    readiness = List.copyOf(readiness);
    changes = List.copyOf(changes);
  }

  /**
   * The roll-up of one catalog at this step.
   *
   * @param catalog the catalog, not null
   * @return its roll-up
   * @throws NoSuchElementException if the system holds no such catalog
   */
  public Rollup catalog(CatalogId catalog) {
    return report.catalog(catalog).orElseThrow(() -> new NoSuchElementException("no catalog " + catalog));
  }

  /**
   * The readiness for the certification audit of one catalog at this step.
   *
   * @param catalog the catalog, not null
   * @return its assessment
   * @throws NoSuchElementException if the system holds no such catalog
   */
  public ReadinessAssessment readiness(CatalogId catalog) {
    return readiness.stream().filter(r -> r.catalog().equals(catalog)).findFirst()
        .orElseThrow(() -> new NoSuchElementException("no catalog " + catalog));
  }

  /**
   * Tells whether every catalog is ready for its certification audit: no blocker anywhere.
   *
   * @return true if ready
   */
  public boolean isReady() {
    return readiness.stream().allMatch(ReadinessAssessment::isReady);
  }

  /**
   * The step's number, title and date, and its overall roll-up.
   *
   * @return a one-line summary
   */
  @Override
  public String toString() {
    return "Step " + number + " " + title + " (" + Records.date(asOf) + "): " + report.overall();
  }
}
