package org.qms4j.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import org.qms4j.InvalidModelException;

/**
 * A week of the ISO week-date calendar: Monday to Sunday, numbered 1 to 52 or 53 within its
 * week-based year ({@code 2026-W01} starts on Monday 29 December 2025). Written {@code 2026-W05}.
 *
 * <p>Immutable and thread-safe; ordered by year, then week.
 *
 * @param year the week-based year
 * @param week the week, 1 to 52, or 53 in years that have one
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

  /**
   * Creates a week.
   *
   * @param year the week-based year, -999,999,998 to 999,999,998
   * @param week the week, 1 to 52, or 53 in years that have one
   * @throws InvalidModelException if the week does not exist
   */
  public IsoWeek {
    if (year < -999_999_998 || year > 999_999_998) {
      throw new InvalidModelException("ISO week: year was " + year + "; expected -999999998 to 999999998");
    }
    long weeks = LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    if (week < 1 || week > weeks) {
      throw new InvalidModelException(
          "ISO week: week was " + week + " in " + year + "; expected 1 to " + weeks);
    }
  }

  /**
   * The week a date falls in.
   *
   * @param date the date, not null
   * @return the week
   */
  public static IsoWeek of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /**
   * The Monday that starts the week.
   *
   * @return the date
   */
  public LocalDate monday() {
    return LocalDate.of(year, 6, 1)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /**
   * The Sunday that ends the week.
   *
   * @return the date
   */
  public LocalDate sunday() {
    return monday().plusDays(6);
  }

  @Override
  public int compareTo(IsoWeek other) {
    return year != other.year ? Integer.compare(year, other.year) : Integer.compare(week, other.week);
  }

  /**
   * The ISO 8601 text form, such as {@code 2026-W05}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return String.format("%d-W%02d", year, week);
  }
}
