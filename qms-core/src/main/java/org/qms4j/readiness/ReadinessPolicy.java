package org.qms4j.readiness;

import java.time.Duration;
import java.time.Period;
import org.immutables.value.Value;
import org.qms4j.InvalidModelException;
import org.qms4j.capa.DeadlinePolicy;
import org.qms4j.internal.QmsStyle;
import org.qms4j.review.ReviewPolicy;
import org.qms4j.system.Registers;
import org.qms4j.training.CompetenceMatrix;

/**
 * The policies a {@link ReadinessAssessment} judges by: when a corrective action is overdue, how
 * long a management review stays current, how far back an internal audit counts for the audit
 * cycle, and how long training may go without an effectiveness evaluation. {@link #standard()} uses
 * the engine's defaults: {@link DeadlinePolicy#standard()}, {@link ReviewPolicy#standard()}, 12
 * months and {@link Registers#TRAINING_EVALUATION_GRACE}. Pass the policies the host's engine was
 * built with, so that the assessment and the report agree.
 *
 * <p>Limits: an audit coverage interval that is positive (no negative part, not zero) and at most
 * five years, counted as {@link ReviewPolicy} counts (12 × years + months + days / 28 at most
 * {@value #MAX_MONTHS}); an evaluation grace period of zero to {@value #MAX_GRACE_DAYS} days.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * ReadinessPolicy sixMonthly = ReadinessPolicy.builder()
 *     .reviewPolicy(ReviewPolicy.builder().interval(Period.ofMonths(6)).build())
 *     .build();
 * ReadinessAssessment a = ReadinessAssessment.of(system, report, StandardCatalogs.ISO_9001, asOf, sixMonthly);
 * }</pre>
 */
@Value.Immutable
@QmsStyle
public abstract class ReadinessPolicy {
  /** The longest audit coverage interval accepted, in months (days counting 28 to the month). */
  public static final int MAX_MONTHS = 60;
  /** The longest evaluation grace period accepted, in days (as {@code CompetenceMatrix} accepts). */
  public static final int MAX_GRACE_DAYS = CompetenceMatrix.MAX_GRACE_DAYS;

  private static final ReadinessPolicy STANDARD = builder().build();

  ReadinessPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with the standard policies
   */
  public static ImmutableReadinessPolicy.Builder builder() {
    return new ImmutableReadinessPolicy.Builder();
  }

  /**
   * The standard policies: see the class description.
   *
   * @return the standard policy
   */
  public static ReadinessPolicy standard() {
    return STANDARD;
  }

  /**
   * When a nonconformity's corrective action is overdue.
   *
   * @return the deadline policy, {@link DeadlinePolicy#standard()} unless set
   */
  @Value.Default
  public DeadlinePolicy deadlinePolicy() {
    return DeadlinePolicy.standard();
  }

  /**
   * How long a management review stays current: one held after the audit cycle counts until the
   * policy's next review falls due.
   *
   * @return the review policy, {@link ReviewPolicy#standard()} unless set
   */
  @Value.Default
  public ReviewPolicy reviewPolicy() {
    return ReviewPolicy.standard();
  }

  /**
   * How far back an internal audit counts for the audit cycle, in UTC calendar time.
   *
   * @return the interval, 12 months unless set
   */
  @Value.Default
  public Period auditCoverageInterval() {
    return Period.ofMonths(12);
  }

  /**
   * How long after completion training may go without an effectiveness evaluation before the
   * competence matrix reports it.
   *
   * @return the grace period, {@link Registers#TRAINING_EVALUATION_GRACE} unless set
   */
  @Value.Default
  public Duration trainingEvaluationGrace() {
    return Registers.TRAINING_EVALUATION_GRACE;
  }

  @Value.Check
  void check() {
    Period p = auditCoverageInterval();
    if (p.isNegative() || p.isZero()) {
      throw new InvalidModelException(
          "readiness policy: auditCoverageInterval was " + p + "; expected a positive period with no negative part");
    }
    if (p.toTotalMonths() * 28 + p.getDays() > MAX_MONTHS * 28L) {
      throw new InvalidModelException(
          "readiness policy: auditCoverageInterval was " + p + "; expected at most five years (12 * years + months + days / 28 at most "
              + MAX_MONTHS + ")");
    }
    Duration g = trainingEvaluationGrace();
    if (g.isNegative() || g.compareTo(Duration.ofDays(MAX_GRACE_DAYS)) > 0) {
      throw new InvalidModelException(
          "readiness policy: trainingEvaluationGrace was " + g + "; expected zero to " + MAX_GRACE_DAYS + " days");
    }
  }
}
