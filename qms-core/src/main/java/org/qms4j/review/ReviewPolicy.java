package org.qms4j.review;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.CatalogId;
import org.qms4j.internal.QmsStyle;

/**
 * How often top management must review each quality system: the next review of a catalog is due
 * one {@link #interval()} after the latest review that listed it, or after the system started when
 * there has been none. A review is overdue from its due instant on ({@code t >= due}) until a new
 * review listing the catalog has been held.
 *
 * <p>The interval is calendar time, added in UTC: twelve months after {@code 2026-01-31T09:00Z} is
 * {@code 2027-01-31T09:00Z}, one month after it {@code 2026-02-28T09:00Z}. A due instant past the
 * range of {@link Instant} is {@link Instant#MAX}.
 *
 * <p>Limits: the interval is positive (no negative part, not zero) and at most five years: 12 ×
 * years + months + days / 28 at most {@value #MAX_MONTHS} (so {@code P5Y}, {@code P60M} and {@code
 * P1680D} are the longest of each kind). Immutable and thread-safe.
 *
 * <pre>{@code
 * ReviewPolicy everySixMonths = ReviewPolicy.builder().interval(Period.ofMonths(6)).build();
 * boolean late = everySixMonths.isOverdueAt(reviews, CatalogId.of("iso-13485:2016"), systemStart, now);
 * }</pre>
 */
@Value.Immutable
@QmsStyle
public abstract class ReviewPolicy {
  /** The longest interval accepted, in months (days counting 28 to the month). */
  public static final int MAX_MONTHS = 60;

  /** A whole cycle of the Gregorian calendar, 400 years. */
  private static final Duration CYCLE = Duration.ofDays(146_097);

  private static final ReviewPolicy STANDARD = builder().build();

  ReviewPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with the default interval
   */
  public static ImmutableReviewPolicy.Builder builder() {
    return new ImmutableReviewPolicy.Builder();
  }

  /**
   * The default policy: a review every twelve months.
   *
   * @return the standard policy
   */
  public static ReviewPolicy standard() {
    return STANDARD;
  }

  /**
   * How long after a review the next one is due; twelve months unless set.
   *
   * @return the interval
   */
  @Value.Default
  public Period interval() {
    return Period.ofMonths(12);
  }

  /**
   * When the next review is due: one interval after the last review, or after the system started
   * when there has been none.
   *
   * @param last the last review, not null
   * @param systemStart when the quality system started, not null
   * @return the due instant
   */
  public Instant nextDue(Optional<ManagementReview> last, Instant systemStart) {
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(systemStart, "systemStart");
    return plus(last.map(ManagementReview::heldAt).orElse(systemStart));
  }

  /**
   * The latest review held at or before an instant that lists a catalog; of reviews held at the
   * same instant, the one with the greatest id.
   *
   * @param reviews the reviews, not null, no null element
   * @param catalog the catalog, not null
   * @param t the instant, not null
   * @return the review, or empty if none was held by then
   */
  public Optional<ManagementReview> latestFor(Collection<ManagementReview> reviews, CatalogId catalog, Instant t) {
    Objects.requireNonNull(reviews, "reviews");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(t, "t");
    ManagementReview latest = null;
    for (ManagementReview r : reviews) {
      Objects.requireNonNull(r, "reviews element");
      if (r.heldAt().isAfter(t) || !r.catalogs().contains(catalog)) {
        continue;
      }
      if (latest == null) {
        latest = r;
        continue;
      }
      int c = r.heldAt().compareTo(latest.heldAt());
      if (c > 0 || (c == 0 && r.id().compareTo(latest.id()) > 0)) {
        latest = r;
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * When the next review of a catalog is due, as seen at an instant: one interval after the
   * {@linkplain #latestFor latest review} held by then that lists it, or after the system started.
   *
   * @param reviews the reviews, not null, no null element
   * @param catalog the catalog, not null
   * @param systemStart when the quality system started, not null
   * @param t the instant, not null
   * @return the due instant
   */
  public Instant dueAt(Collection<ManagementReview> reviews, CatalogId catalog, Instant systemStart, Instant t) {
    Objects.requireNonNull(systemStart, "systemStart");
    return nextDue(latestFor(reviews, catalog, t), systemStart);
  }

  /**
   * Tells whether the review of a catalog is overdue at an instant: {@code t} is at or after the
   * {@linkplain #dueAt due instant} computed from the latest review held by {@code t} that lists
   * the catalog, or from the system's start when there is none. Reviews of other catalogs and
   * reviews held after {@code t} do not count.
   *
   * @param reviews the reviews, not null, no null element
   * @param catalog the catalog, not null
   * @param systemStart when the quality system started, not null
   * @param t the instant, not null
   * @return true if overdue
   */
  public boolean isOverdueAt(Collection<ManagementReview> reviews, CatalogId catalog, Instant systemStart, Instant t) {
    return !t.isBefore(dueAt(reviews, catalog, systemStart, t));
  }

  /**
   * The instants at which a review's standing changes, for horizons: when it was held and when
   * the next one falls due.
   *
   * @param review the review, not null
   * @return the held and due instants
   */
  public List<Instant> dates(ManagementReview review) {
    Objects.requireNonNull(review, "review");
    return List.of(review.heldAt(), plus(review.heldAt()));
  }

  /**
   * An instant plus the interval in UTC, total over every instant: outside the range of the
   * calendar the instant is moved by whole 400-year cycles, which the Gregorian calendar repeats
   * exactly; a result past {@link Instant#MAX} is {@link Instant#MAX}.
   */
  private Instant plus(Instant from) {
    try {
      return from.atOffset(ZoneOffset.UTC).plus(interval()).toInstant();
    } catch (DateTimeException e) {
      boolean early = from.isBefore(Instant.EPOCH);
      Instant shifted = early ? from.plus(CYCLE) : from.minus(CYCLE);
      Instant moved = shifted.atOffset(ZoneOffset.UTC).plus(interval()).toInstant();
      try {
        return early ? moved.minus(CYCLE) : moved.plus(CYCLE);
      } catch (DateTimeException | ArithmeticException beyond) {
        return Instant.MAX;
      }
    }
  }

  @Value.Check
  void check() {
    Period p = interval();
    if (p.isNegative() || p.isZero()) {
      throw new InvalidModelException("review policy: interval was " + p + "; expected a positive period with no negative part");
    }
    if (p.toTotalMonths() * 28 + p.getDays() > MAX_MONTHS * 28L) {
      throw new InvalidModelException(
          "review policy: interval was " + p + "; expected at most five years (12 * years + months + days / 28 at most " + MAX_MONTHS + ")");
    }
  }
}
