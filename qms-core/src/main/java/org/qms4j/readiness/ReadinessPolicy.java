package org.qms4j.readiness;

import java.time.Duration;
import java.time.Period;
import java.util.Objects;
import org.qms4j.InvalidModelException;
import org.qms4j.capa.DeadlinePolicy;
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
public final class ReadinessPolicy {
  /** The longest audit coverage interval accepted, in months (days counting 28 to the month). */
  public static final int MAX_MONTHS = 60;
  /** The longest evaluation grace period accepted, in days (as {@code CompetenceMatrix} accepts). */
  public static final int MAX_GRACE_DAYS = CompetenceMatrix.MAX_GRACE_DAYS;

  private static final ReadinessPolicy STANDARD = builder().build();

  private final DeadlinePolicy deadlinePolicy;
  private final ReviewPolicy reviewPolicy;
  private final Period auditCoverageInterval;
  private final Duration trainingEvaluationGrace;

  private ReadinessPolicy(Builder b) {
    this.deadlinePolicy = b.deadlinePolicy;
    this.reviewPolicy = b.reviewPolicy;
    this.auditCoverageInterval = b.auditCoverageInterval;
    this.trainingEvaluationGrace = b.trainingEvaluationGrace;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder holding the standard policies
   */
  public static Builder builder() {
    return new Builder();
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
  public DeadlinePolicy deadlinePolicy() {
    return deadlinePolicy;
  }

  /**
   * How long a management review stays current: one held after the audit cycle counts until the
   * policy's next review falls due.
   *
   * @return the review policy, {@link ReviewPolicy#standard()} unless set
   */
  public ReviewPolicy reviewPolicy() {
    return reviewPolicy;
  }

  /**
   * How far back an internal audit counts for the audit cycle, in UTC calendar time.
   *
   * @return the interval, 12 months unless set
   */
  public Period auditCoverageInterval() {
    return auditCoverageInterval;
  }

  /**
   * How long after completion training may go without an effectiveness evaluation before the
   * competence matrix reports it.
   *
   * @return the grace period, {@link Registers#TRAINING_EVALUATION_GRACE} unless set
   */
  public Duration trainingEvaluationGrace() {
    return trainingEvaluationGrace;
  }

  /** Two policies are equal when their four parts are. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ReadinessPolicy)) {
      return false;
    }
    ReadinessPolicy other = (ReadinessPolicy) o;
    return deadlinePolicy.equals(other.deadlinePolicy)
        && reviewPolicy.equals(other.reviewPolicy)
        && auditCoverageInterval.equals(other.auditCoverageInterval)
        && trainingEvaluationGrace.equals(other.trainingEvaluationGrace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(deadlinePolicy, reviewPolicy, auditCoverageInterval, trainingEvaluationGrace);
  }

  @Override
  public String toString() {
    return "ReadinessPolicy{deadlinePolicy=" + deadlinePolicy + ", reviewPolicy=" + reviewPolicy + ", auditCoverageInterval="
        + auditCoverageInterval + ", trainingEvaluationGrace=" + trainingEvaluationGrace + "}";
  }

  /** Builds a {@link ReadinessPolicy}, starting from the standard policies. Not thread-safe. */
  public static final class Builder {
    private DeadlinePolicy deadlinePolicy = DeadlinePolicy.standard();
    private ReviewPolicy reviewPolicy = ReviewPolicy.standard();
    private Period auditCoverageInterval = Period.ofMonths(12);
    private Duration trainingEvaluationGrace = Registers.TRAINING_EVALUATION_GRACE;

    private Builder() {}

    /**
     * Starts from another policy's parts.
     *
     * @param policy the policy, not null
     * @return this builder
     */
    public Builder from(ReadinessPolicy policy) {
      Objects.requireNonNull(policy, "policy");
      this.deadlinePolicy = policy.deadlinePolicy;
      this.reviewPolicy = policy.reviewPolicy;
      this.auditCoverageInterval = policy.auditCoverageInterval;
      this.trainingEvaluationGrace = policy.trainingEvaluationGrace;
      return this;
    }

    /**
     * Sets the deadline policy.
     *
     * @param policy the policy, not null
     * @return this builder
     */
    public Builder deadlinePolicy(DeadlinePolicy policy) {
      this.deadlinePolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the review policy.
     *
     * @param policy the policy, not null
     * @return this builder
     */
    public Builder reviewPolicy(ReviewPolicy policy) {
      this.reviewPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets how far back an internal audit counts.
     *
     * @param interval the interval, positive and at most five years, not null
     * @return this builder
     * @throws InvalidModelException if the interval is zero, has a negative part or is longer than
     *     five years
     */
    public Builder auditCoverageInterval(Period interval) {
      Objects.requireNonNull(interval, "interval");
      if (interval.isNegative() || interval.isZero()) {
        throw new InvalidModelException(
            "readiness policy: auditCoverageInterval was " + interval + "; expected a positive period with no negative part");
      }
      if (interval.toTotalMonths() * 28 + interval.getDays() > MAX_MONTHS * 28L) {
        throw new InvalidModelException(
            "readiness policy: auditCoverageInterval was " + interval
                + "; expected at most five years (12 * years + months + days / 28 at most " + MAX_MONTHS + ")");
      }
      this.auditCoverageInterval = interval;
      return this;
    }

    /**
     * Sets how long training may go without an effectiveness evaluation.
     *
     * @param grace the grace period, zero to {@value ReadinessPolicy#MAX_GRACE_DAYS} days, not null
     * @return this builder
     * @throws InvalidModelException if the period is negative or too long
     */
    public Builder trainingEvaluationGrace(Duration grace) {
      Objects.requireNonNull(grace, "grace");
      if (grace.isNegative() || grace.compareTo(Duration.ofDays(MAX_GRACE_DAYS)) > 0) {
        throw new InvalidModelException(
            "readiness policy: trainingEvaluationGrace was " + grace + "; expected zero to " + MAX_GRACE_DAYS + " days");
      }
      this.trainingEvaluationGrace = grace;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public ReadinessPolicy build() {
      return new ReadinessPolicy(this);
    }
  }
}
