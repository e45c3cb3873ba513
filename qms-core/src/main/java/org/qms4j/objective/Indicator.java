package org.qms4j.objective;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.qms4j.InvalidModelException;
import org.qms4j.internal.Checks;
import org.qms4j.internal.QmsStyle;

/**
 * A measure of a quality objective (ISO 9001 6.2; ISO 7101 puts patient outcomes and experience
 * first): its unit, its target and which way it improves, how often it is measured and the values
 * measured so far. Whether the target is met, where the indicator is heading and whether a
 * measurement is overdue are read at an instant, from the measurements at or before it.
 *
 * <p>Measurements are kept sorted by instant, whatever order they are given in; two at the same
 * instant are refused. A measurement is due at {@link #firstMeasurementDue()} until the first one
 * is recorded, then one {@link #measurementInterval()} after the latest; it is overdue from its
 * due instant on ({@link #isOverdueAt}).
 *
 * <p>Limits: a name of at most {@value #MAX_NAME} and a unit of at most {@value #MAX_UNIT}
 * characters, each on one line; a finite target; an interval more than zero and at most {@value
 * #MAX_INTERVAL_DAYS} days; at most {@value #MAX_MEASUREMENTS} measurements, each at an instant
 * from which the next due instant can still be counted; a trend window of {@value
 * #MIN_TREND_WINDOW} to {@value #MAX_TREND_WINDOW} measurements. Immutable and thread-safe.
 *
 * <pre>{@code
 * Indicator falls = Indicator.builder()
 *     .id(IndicatorId.of("falls"))
 *     .name("Inpatient falls")
 *     .unit("per 1,000 bed-days")
 *     .target(3.0)
 *     .direction(Direction.LOWER_IS_BETTER)
 *     .measurementInterval(Duration.ofDays(30))
 *     .firstMeasurementDue(Instant.parse("2026-02-01T00:00:00Z"))
 *     .build()
 *     .withMeasurement(Measurement.of(Instant.parse("2026-02-01T00:00:00Z"), 3.4))
 *     .withMeasurement(Measurement.of(Instant.parse("2026-03-01T00:00:00Z"), 2.9));
 * falls.isMetAt(Instant.parse("2026-03-15T00:00:00Z"));  // Optional[true]: 2.9 <= 3.0
 * falls.trendAt(Instant.parse("2026-03-15T00:00:00Z"));  // Optional[IMPROVING]: 3.4 then 2.9
 * }</pre>
 */
@Value.Immutable
@QmsStyle
public abstract class Indicator {
  /** The longest name accepted. */
  public static final int MAX_NAME = 300;
  /** The longest unit accepted. */
  public static final int MAX_UNIT = 50;
  /** The longest measurement interval accepted, in days. */
  public static final long MAX_INTERVAL_DAYS = 3_660;
  /** The most measurements an indicator holds. */
  public static final int MAX_MEASUREMENTS = 10_000;
  /** The trend window when none is given. */
  public static final int DEFAULT_TREND_WINDOW = 3;
  /** The shortest trend window accepted. */
  public static final int MIN_TREND_WINDOW = 2;
  /** The longest trend window accepted. */
  public static final int MAX_TREND_WINDOW = 100;

  private static final Comparator<Measurement> BY_INSTANT = Comparator.comparing(Measurement::at);

  Indicator() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static ImmutableIndicator.Builder builder() {
    return new ImmutableIndicator.Builder();
  }

  /**
   * The id, unique within its objective.
   *
   * @return the id
   */
  public abstract IndicatorId id();

  /**
   * What is measured, such as {@code Hand-hygiene compliance}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The unit of the values and the target, such as {@code %}, {@code per 1,000 bed-days} or {@code
   * hours}.
   *
   * @return the unit
   */
  public abstract String unit();

  /**
   * The value to reach, in {@link #unit()}; finite.
   *
   * @return the target
   */
  public abstract double target();

  /**
   * Which way the indicator improves.
   *
   * @return the direction
   */
  public abstract Direction direction();

  /**
   * How long after a measurement the next one is due; more than zero, at most {@value
   * #MAX_INTERVAL_DAYS} days.
   *
   * @return the interval
   */
  public abstract Duration measurementInterval();

  /**
   * When the first measurement is due, for as long as none is recorded.
   *
   * @return the first due instant
   */
  public abstract Instant firstMeasurementDue();

  /**
   * The values measured, sorted by instant, at most one per instant.
   *
   * @return the measurements, possibly empty
   */
  public abstract List<Measurement> measurements();

  /**
   * How many of the latest measurements {@link #trendAt} compares: {@value #DEFAULT_TREND_WINDOW}
   * unless given, {@value #MIN_TREND_WINDOW} to {@value #MAX_TREND_WINDOW}.
   *
   * @return the trend window
   */
  @Value.Default
  public int trendWindow() {
    return DEFAULT_TREND_WINDOW;
  }

  /**
   * This indicator with one more measurement, in its place by instant; this one is unchanged.
   *
   * @param measurement the measurement, at an instant not yet measured, not null
   * @return a new indicator
   * @throws InvalidModelException if a measurement at that instant is recorded already, the
   *     indicator holds {@value #MAX_MEASUREMENTS} measurements already, or the next due instant
   *     cannot be counted from the measurement's
   */
  public Indicator withMeasurement(Measurement measurement) {
    Objects.requireNonNull(measurement, "measurement");
    List<Measurement> all = measurements();
    int i = Collections.binarySearch(all, measurement, BY_INSTANT);
    if (i >= 0) {
      throw new InvalidModelException(
          where() + ": measurements had one at " + measurement.at() + " already; expected at most one per instant");
    }
    List<Measurement> next = new ArrayList<>(all.size() + 1);
    next.addAll(all);
    next.add(-i - 1, measurement);
    return ImmutableIndicator.copyOf(this).withMeasurements(next);
  }

  /**
   * The latest measurement at or before an instant.
   *
   * @param instant the instant, not null
   * @return the measurement, or empty if none was recorded by then
   */
  public Optional<Measurement> latestAt(Instant instant) {
    int n = countAt(Objects.requireNonNull(instant, "instant"));
    return n == 0 ? Optional.empty() : Optional.of(measurements().get(n - 1));
  }

  /**
   * Tells whether the latest measurement at or before an instant meets the target, in the
   * indicator's direction; a value equal to the target meets it.
   *
   * @param instant the instant, not null
   * @return whether the target is met, or empty if nothing was measured by then
   */
  public Optional<Boolean> isMetAt(Instant instant) {
    return latestAt(instant).map(m -> direction().meets(m.value(), target()));
  }

  /**
   * Where the indicator is heading at an instant: of the last {@link #trendWindow()} measurements
   * at or before it (or all of them, if fewer), the last compared with the first, in the
   * indicator's direction. Values in between do not count.
   *
   * @param instant the instant, not null
   * @return {@link Trend#IMPROVING} if the last is better, {@link Trend#WORSENING} if worse, {@link
   *     Trend#STABLE} if equal; empty if fewer than two measurements were recorded by then
   */
  public Optional<Trend> trendAt(Instant instant) {
    int n = countAt(Objects.requireNonNull(instant, "instant"));
    if (n < 2) {
      return Optional.empty();
    }
    double first = measurements().get(Math.max(0, n - trendWindow())).value();
    double last = measurements().get(n - 1).value();
    if (direction().isBetter(last, first)) {
      return Optional.of(Trend.IMPROVING);
    }
    if (direction().isBetter(first, last)) {
      return Optional.of(Trend.WORSENING);
    }
    return Optional.of(Trend.STABLE);
  }

  /**
   * When the next measurement is due, as things stand at an instant: {@link
   * #firstMeasurementDue()} if nothing was measured by then, else one {@link
   * #measurementInterval()} after the latest measurement at or before it.
   *
   * @param instant the instant, not null
   * @return the due instant, possibly before the given one
   */
  public Instant nextMeasurementDueAt(Instant instant) {
    return latestAt(instant).map(m -> m.at().plus(measurementInterval())).orElse(firstMeasurementDue());
  }

  /**
   * Tells whether a measurement is overdue at an instant: the instant is at or after {@link
   * #nextMeasurementDueAt}. A measurement recorded at the due instant itself is in time.
   *
   * @param instant the instant, not null
   * @return true if overdue
   */
  public boolean isOverdueAt(Instant instant) {
    return !instant.isBefore(nextMeasurementDueAt(instant));
  }

  /**
   * The instants at which what this indicator answers may change: {@link #firstMeasurementDue()},
   * every measurement's instant and the due instant following each.
   *
   * @return the instants, unsorted, possibly with repeats
   */
  public List<Instant> dates() {
    List<Instant> all = new ArrayList<>(2 * measurements().size() + 1);
    all.add(firstMeasurementDue());
    for (Measurement m : measurements()) {
      all.add(m.at());
      all.add(m.at().plus(measurementInterval()));
    }
    return Collections.unmodifiableList(all);
  }

  /** How many measurements were recorded at or before an instant. */
  private int countAt(Instant instant) {
    List<Measurement> all = measurements();
    int lo = 0;
    int hi = all.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).at().isAfter(instant)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private String where() {
    return "indicator " + id();
  }

  /**
   * Checks the invariants and sorts the measurements by instant.
   *
   * @return this indicator, or a copy with its measurements sorted
   */
  @Value.Check
  Indicator normalize() {
    String where = where();
    Checks.line(name(), MAX_NAME, where + ": name");
    Checks.line(unit(), MAX_UNIT, where + ": unit");
    if (!Double.isFinite(target())) {
      throw new InvalidModelException(where + ": target was " + target() + "; expected a finite number");
    }
    Duration d = measurementInterval();
    if (d.isNegative() || d.isZero() || d.compareTo(Duration.ofDays(MAX_INTERVAL_DAYS)) > 0) {
      throw new InvalidModelException(
          where + ": measurementInterval was " + d + "; expected more than zero and at most " + MAX_INTERVAL_DAYS + " days");
    }
    if (trendWindow() < MIN_TREND_WINDOW || trendWindow() > MAX_TREND_WINDOW) {
      throw new InvalidModelException(
          where + ": trendWindow was " + trendWindow() + "; expected " + MIN_TREND_WINDOW + " to " + MAX_TREND_WINDOW);
    }
    List<Measurement> all = measurements();
    if (all.size() > MAX_MEASUREMENTS) {
      throw new InvalidModelException(
          where + ": measurements had " + all.size() + " entries; expected at most " + MAX_MEASUREMENTS);
    }
    Instant latest = Instant.MAX.minus(d);
    boolean sorted = true;
    for (int i = 0; i < all.size(); i++) {
      Instant at = all.get(i).at();
      if (at.isAfter(latest)) {
        throw new InvalidModelException(
            where + ": measurements had one at " + at + "; expected at most " + latest + ", so that the next one can fall due");
      }
      sorted &= i == 0 || all.get(i - 1).at().isBefore(at);
    }
    if (sorted) {
      return this;
    }
    List<Measurement> ordered = new ArrayList<>(all);
    ordered.sort(BY_INSTANT);
    for (int i = 1; i < ordered.size(); i++) {
      if (ordered.get(i - 1).at().equals(ordered.get(i).at())) {
        throw new InvalidModelException(
            where + ": measurements had two at " + ordered.get(i).at() + "; expected at most one per instant");
      }
    }
    return ImmutableIndicator.copyOf(this).withMeasurements(ordered);
  }
}
