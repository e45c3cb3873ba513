package org.qms4j.finding;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.qms4j.InvalidModelException;
import org.qms4j.audit.AuditId;
import org.qms4j.catalog.RequirementId;
import org.qms4j.internal.Checks;
import org.qms4j.internal.QmsStyle;

/**
 * What an audit found against one or more requirements: a major or minor nonconformity, an
 * observation or an opportunity for improvement, with the statement and the objective evidence the
 * auditor recorded.
 *
 * <p>A finding is open from {@link #raisedAt()} until {@link #closedAt()}, if it has been closed.
 * Limits: statement and objective evidence at most {@value #MAX_TEXT} characters each, without
 * control characters but tab and line breaks. Immutable and thread-safe.
 *
 * <pre>{@code
 * Finding nc = Finding.builder()
 *     .id(FindingId.of("F-2026-01"))
 *     .addRequirement(RequirementId.of("iso-9001:2015/7.5.3.2"))
 *     .grade(FindingGrade.MINOR_NONCONFORMITY)
 *     .statement("Two obsolete SOPs were found at the nursing station.")
 *     .objectiveEvidence("SOP-12 rev 3 and SOP-14 rev 1 in the ward 4 binder.")
 *     .raisedAt(Instant.parse("2026-03-02T10:00:00Z"))
 *     .build();
 * }</pre>
 *
 * <p>A finding is never edited in place. Closing it is a new value with the same id, which replaces
 * the old one in a quality system:
 *
 * <pre>{@code
 * Finding closed = ImmutableFinding.copyOf(nc).withClosedAt(Instant.parse("2026-04-15T00:00:00Z"));
 * // or: Finding.builder().from(nc).closedAt(Instant.parse("2026-04-15T00:00:00Z")).build()
 * QualitySystem next = system.withFinding(closed);
 * }</pre>
 */
@Value.Immutable
@QmsStyle
public abstract class Finding {
  /** The longest statement or objective evidence accepted. */
  public static final int MAX_TEXT = 10_000;

  Finding() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static ImmutableFinding.Builder builder() {
    return new ImmutableFinding.Builder();
  }

  /**
   * The id, unique within a quality system.
   *
   * @return the id
   */
  public abstract FindingId id();

  /**
   * The requirements the finding is raised against; at least one.
   *
   * @return the requirement ids, never empty
   */
  public abstract Set<RequirementId> requirements();

  /**
   * How serious the finding is.
   *
   * @return the grade
   */
  public abstract FindingGrade grade();

  /**
   * What the auditor found, in one or a few sentences.
   *
   * @return the statement
   */
  public abstract String statement();

  /**
   * The objective evidence the statement rests on: what was seen, read or heard.
   *
   * @return the objective evidence
   */
  public abstract String objectiveEvidence();

  /**
   * When the finding was raised; before this instant it does not exist for an evaluation.
   *
   * @return the instant the finding was raised
   */
  public abstract Instant raisedAt();

  /**
   * The audit that raised the finding, if it came from one.
   *
   * @return the audit id, if any
   */
  public abstract Optional<AuditId> audit();

  /**
   * When the finding was closed, if it has been.
   *
   * @return the closing instant, if any; never before {@link #raisedAt()}
   */
  public abstract Optional<Instant> closedAt();

  /**
   * Tells whether the finding is open at an instant: raised at or before it and not closed by it.
   *
   * @param instant the instant, not null
   * @return true if the finding is open at that instant
   */
  public boolean isOpenAt(Instant instant) {
    if (raisedAt().isAfter(instant)) {
      return false;
    }
    Optional<Instant> closed = closedAt();
    return closed.isEmpty() || instant.isBefore(closed.get());
  }

  @Value.Check
  void check() {
    if (requirements().isEmpty()) {
      throw new InvalidModelException(
          "finding " + id() + ": requirements was empty; expected at least one requirement id");
    }
    Checks.text(statement(), MAX_TEXT, "finding " + id() + ": statement");
    Checks.text(objectiveEvidence(), MAX_TEXT, "finding " + id() + ": objectiveEvidence");
    if (closedAt().isPresent() && closedAt().get().isBefore(raisedAt())) {
      throw new InvalidModelException(
          "finding "
              + id()
              + ": closedAt was "
              + closedAt().get()
              + "; expected at or after raisedAt "
              + raisedAt());
    }
  }
}
