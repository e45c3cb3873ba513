package org.qms4j.risk;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.RequirementId;
import org.qms4j.internal.Checks;
import org.qms4j.internal.QmsStyle;
import org.qms4j.people.PersonId;

/**
 * A risk or an opportunity of the risk register (ISO 9001 6.1; the risk-based approach of ISO
 * 13485 4.1.2): what it is, the requirements it bears on, how likely and how severe it is on the
 * host's {@link RiskScale}, the actions taken and the rating left after them, who owns it and when
 * it was last reviewed. It is due for review one {@link #reviewInterval()} after the last review,
 * counted on the UTC calendar, and overdue from that instant on until reviewed again ({@link
 * #reviewed}).
 *
 * <p>Limits: a title of at most {@value #MAX_TITLE} characters on one line; a description of at
 * most {@value #MAX_DESCRIPTION} characters; at most {@value #MAX_REQUIREMENTS} requirements
 * (possibly none); at most {@value #MAX_ACTIONS} actions of at most {@value #MAX_ACTION} characters
 * each, on one line. Likelihood and severity, and the residual ones, lie within the scale; the
 * residual likelihood and severity are given together or not at all. The review interval has no
 * negative part, is not zero and spans at most {@value #MAX_REVIEW_DAYS} days from the last review.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Risk sepsis = Risk.builder()
 *     .id(RiskId.of("R-12"))
 *     .kind(RiskKind.RISK)
 *     .title("Sepsis screening missed at triage")
 *     .description("Night shifts in the emergency department skip the screening tool.")
 *     .addRequirement(RequirementId.of("iso-9001:2015/6.1.1"))
 *     .scale(RiskScale.of(5, 5))
 *     .likelihood(3)
 *     .severity(5)
 *     .addAction("Screening prompt added to the triage form")
 *     .residualLikelihood(2)
 *     .residualSeverity(5)
 *     .owner(PersonId.of("ana"))
 *     .lastReviewedAt(Instant.parse("2026-01-15T09:00:00Z"))
 *     .reviewInterval(Period.ofMonths(6))
 *     .build();
 * sepsis.rating();          // 15
 * sepsis.residualRating();  // Optional[10]
 * sepsis.nextReviewDue();   // 2026-07-15T09:00:00Z
 * }</pre>
 */
@Value.Immutable
@QmsStyle
public abstract class Risk {
  /** The longest title accepted. */
  public static final int MAX_TITLE = 300;
  /** The longest description accepted. */
  public static final int MAX_DESCRIPTION = 10_000;
  /** The most requirements a risk bears on. */
  public static final int MAX_REQUIREMENTS = 1_000;
  /** The most actions recorded. */
  public static final int MAX_ACTIONS = 100;
  /** The longest action accepted. */
  public static final int MAX_ACTION = 1_000;
  /** The longest span of a review interval, in days from the last review. */
  public static final long MAX_REVIEW_DAYS = 3_660;

  Risk() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static ImmutableRisk.Builder builder() {
    return new ImmutableRisk.Builder();
  }

  /**
   * The id, unique within a quality system.
   *
   * @return the id
   */
  public abstract RiskId id();

  /**
   * Whether this is a risk or an opportunity.
   *
   * @return the kind
   */
  public abstract RiskKind kind();

  /**
   * A short title, on one line.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * What the risk or opportunity is: causes, circumstances, consequences.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * The requirements the risk bears on.
   *
   * @return the requirement ids, possibly empty
   */
  public abstract Set<RequirementId> requirements();

  /**
   * The scale likelihood and severity are graded on.
   *
   * @return the scale
   */
  public abstract RiskScale scale();

  /**
   * How likely, from 1 to the scale's likelihood levels, before the actions taken.
   *
   * @return the likelihood
   */
  public abstract int likelihood();

  /**
   * How severe (for an opportunity: how large the benefit), from 1 to the scale's severity levels,
   * before the actions taken.
   *
   * @return the severity
   */
  public abstract int severity();

  /**
   * The actions taken to address the risk or opportunity, in the order given.
   *
   * @return the actions, possibly empty
   */
  public abstract List<String> actions();

  /**
   * How likely after the actions, if assessed; present exactly when {@link #residualSeverity()} is.
   *
   * @return the residual likelihood
   */
  public abstract Optional<Integer> residualLikelihood();

  /**
   * How severe after the actions, if assessed; present exactly when {@link #residualLikelihood()}
   * is.
   *
   * @return the residual severity
   */
  public abstract Optional<Integer> residualSeverity();

  /**
   * Who owns the risk: answers for its actions and its review.
   *
   * @return the owner
   */
  public abstract PersonId owner();

  /**
   * When the risk was last reviewed (or first assessed).
   *
   * @return the instant of the last review
   */
  public abstract Instant lastReviewedAt();

  /**
   * Who last reviewed the risk, if recorded.
   *
   * @return the reviewer
   */
  public abstract Optional<PersonId> lastReviewedBy();

  /**
   * How long after a review the next one is due, counted on the UTC calendar: no negative part,
   * not zero, spanning at most {@value #MAX_REVIEW_DAYS} days.
   *
   * @return the review interval
   */
  public abstract Period reviewInterval();

  /**
   * The rating before the actions taken.
   *
   * @return likelihood times severity, from 1 to the scale's {@link RiskScale#maxRating()}
   */
  public int rating() {
    return likelihood() * severity();
  }

  /**
   * The rating after the actions taken, if assessed.
   *
   * @return residual likelihood times residual severity, or empty if not assessed
   */
  public Optional<Integer> residualRating() {
    if (residualLikelihood().isEmpty() || residualSeverity().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(residualLikelihood().get() * residualSeverity().get());
  }

  /**
   * When the next review is due: {@link #lastReviewedAt()} plus {@link #reviewInterval()} on the
   * UTC calendar, so that a month after 31 January is the end of February.
   *
   * @return the due instant, after the last review
   */
  public Instant nextReviewDue() {
    return lastReviewedAt().atOffset(ZoneOffset.UTC).plus(reviewInterval()).toInstant();
  }

  /**
   * Tells whether the review is overdue at an instant: the instant is at or after {@link
   * #nextReviewDue()}.
   *
   * @param instant the instant, not null
   * @return true if overdue
   */
  public boolean isReviewOverdueAt(Instant instant) {
    return !Objects.requireNonNull(instant, "instant").isBefore(nextReviewDue());
  }

  /**
   * The instants at which what this risk answers may change: the last review and the next due one.
   *
   * @return the instants, in time order
   */
  public List<Instant> dates() {
    return List.of(lastReviewedAt(), nextReviewDue());
  }

  /**
   * This risk reviewed again: a copy with the last review moved to the given instant and reviewer;
   * this one is unchanged. To record a new rating or action at the review, change the copy with
   * its {@code with...} methods.
   *
   * @param at when the review took place, not before {@link #lastReviewedAt()}, not null
   * @param by who reviewed it, not null
   * @return the reviewed risk
   * @throws InvalidModelException if the instant is before the last review, or the next review
   *     would fall past the last instant supported
   */
  public Risk reviewed(Instant at, PersonId by) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
    if (at.isBefore(lastReviewedAt())) {
      throw new InvalidModelException(
          "risk " + id() + ": reviewed at " + at + "; expected at or after lastReviewedAt " + lastReviewedAt());
    }
    return builder().from(this).lastReviewedAt(at).lastReviewedBy(by).build();
  }

  @Value.Check
  void check() {
    String where = "risk " + id();
    Checks.line(title(), MAX_TITLE, where + ": title");
    Checks.text(description(), MAX_DESCRIPTION, where + ": description");
    if (requirements().size() > MAX_REQUIREMENTS) {
      throw new InvalidModelException(
          where + ": requirements had " + requirements().size() + " entries; expected at most " + MAX_REQUIREMENTS);
    }
    level(likelihood(), scale().likelihoodLevels(), where + ": likelihood");
    level(severity(), scale().severityLevels(), where + ": severity");
    if (actions().size() > MAX_ACTIONS) {
      throw new InvalidModelException(
          where + ": actions had " + actions().size() + " entries; expected at most " + MAX_ACTIONS);
    }
    for (int i = 0; i < actions().size(); i++) {
      Checks.line(actions().get(i), MAX_ACTION, where + ": actions[" + i + "]");
    }
    if (residualLikelihood().isPresent() != residualSeverity().isPresent()) {
      throw new InvalidModelException(
          where
              + ": "
              + (residualLikelihood().isPresent() ? "residualLikelihood" : "residualSeverity")
              + " was set without "
              + (residualLikelihood().isPresent() ? "residualSeverity" : "residualLikelihood")
              + "; expected both or neither");
    }
    residualLikelihood().ifPresent(l -> level(l, scale().likelihoodLevels(), where + ": residualLikelihood"));
    residualSeverity().ifPresent(s -> level(s, scale().severityLevels(), where + ": residualSeverity"));
    checkReviewInterval(where);
  }

  private void checkReviewInterval(String where) {
    Period p = reviewInterval();
    if (p.isNegative() || p.isZero()) {
      throw new InvalidModelException(
          where + ": reviewInterval was " + p + "; expected no negative part and more than zero");
    }
    Instant due;
    try {
      due = nextReviewDue();
    } catch (DateTimeException | ArithmeticException e) {
      throw new InvalidModelException(
          where + ": reviewInterval " + p + " from lastReviewedAt " + lastReviewedAt() + " fell past the last instant supported");
    }
    if (Duration.between(lastReviewedAt(), due).compareTo(Duration.ofDays(MAX_REVIEW_DAYS)) > 0) {
      throw new InvalidModelException(
          where + ": reviewInterval was " + p + "; expected at most " + MAX_REVIEW_DAYS + " days from lastReviewedAt " + lastReviewedAt());
    }
  }

  private static void level(int level, int levels, String what) {
    if (level < 1 || level > levels) {
      throw new InvalidModelException(what + " was " + level + "; expected 1 to " + levels + " on the scale");
    }
  }
}
