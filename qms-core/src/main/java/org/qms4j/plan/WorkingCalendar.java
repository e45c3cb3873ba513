package org.qms4j.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.qms4j.InvalidModelException;

/**
 * Which days are working days: the working days of the week (Monday to Friday unless set) less the
 * holidays. A plan's schedule counts efforts and slack in working days of a calendar: the
 * project's, or a person's own ({@link Capacity.Builder#calendar}).
 *
 * <p>Every count is worked out arithmetically (whole weeks, then the holidays by binary search),
 * never day by day, so a long plan costs no more than a short one. Limits: at least one working day
 * of the week; at most {@value #MAX_HOLIDAYS} holidays. Immutable and thread-safe.
 *
 * <pre>{@code
 * WorkingCalendar clinic = WorkingCalendar.mondayToFriday()
 *     .withHolidays(List.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-28")));
 * clinic.plusWorkingDays(LocalDate.parse("2026-12-24"), 1);   // 2026-12-29
 * }</pre>
 */
public final class WorkingCalendar {
  /** The most holidays a calendar holds. */
  public static final int MAX_HOLIDAYS = 10_000;

  private static final WorkingCalendar MONDAY_TO_FRIDAY =
      new WorkingCalendar(
          EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Collections.emptySortedSet());

  private final Set<DayOfWeek> workingDays;
  private final SortedSet<LocalDate> holidays;
  /** Whether each day of the week works, Monday first. */
  private final boolean[] works = new boolean[7];
  /** How many of the first k days of a week (Monday first) work, k = 0 to 7. */
  private final int[] worksBefore = new int[8];
  /** The epoch days of the holidays that fall on working days of the week, sorted. */
  private final long[] closed;

  private WorkingCalendar(Set<DayOfWeek> workingDays, SortedSet<LocalDate> holidays) {
    if (workingDays.isEmpty()) {
      throw new InvalidModelException(
          "working calendar: workingDays was empty; expected at least one working day of the week");
    }
    if (holidays.size() > MAX_HOLIDAYS) {
      throw new InvalidModelException(
          "working calendar: holidays had " + holidays.size() + " dates; expected at most " + MAX_HOLIDAYS);
    }
    this.workingDays = Collections.unmodifiableSet(EnumSet.copyOf(workingDays));
    this.holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
    for (DayOfWeek d : workingDays) {
      works[d.getValue() - 1] = true;
    }
    for (int k = 0; k < 7; k++) {
      worksBefore[k + 1] = worksBefore[k] + (works[k] ? 1 : 0);
    }
    this.closed =
        holidays.stream()
            .filter(d -> workingDays.contains(d.getDayOfWeek()))
            .mapToLong(LocalDate::toEpochDay)
            .sorted()
            .toArray();
  }

  /**
   * A calendar of Monday to Friday without holidays.
   *
   * @return the calendar
   */
  public static WorkingCalendar mondayToFriday() {
    return MONDAY_TO_FRIDAY;
  }

  /**
   * A calendar of the given working days of the week without holidays.
   *
   * @param workingDays the working days of the week, not null, not empty
   * @return the calendar
   * @throws InvalidModelException if no day of the week works
   */
  public static WorkingCalendar of(Collection<DayOfWeek> workingDays) {
    Objects.requireNonNull(workingDays, "workingDays");
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek d : workingDays) {
      days.add(Objects.requireNonNull(d, "workingDays element"));
    }
    return new WorkingCalendar(days, Collections.emptySortedSet());
  }

  /**
   * This calendar with more holidays; a date already a holiday, or on a day of the week that does
   * not work, changes nothing but is kept in {@link #holidays()}.
   *
   * @param dates the holidays to add, not null
   * @return the calendar with the holidays
   * @throws InvalidModelException if the calendar would hold more than {@value #MAX_HOLIDAYS}
   *     holidays
   */
  public WorkingCalendar withHolidays(Collection<LocalDate> dates) {
    Objects.requireNonNull(dates, "dates");
    SortedSet<LocalDate> all = new TreeSet<>(holidays);
    for (LocalDate d : dates) {
      all.add(Objects.requireNonNull(d, "dates element"));
      if (all.size() > MAX_HOLIDAYS) {
        throw new InvalidModelException(
            "working calendar: holidays had more than " + MAX_HOLIDAYS + " dates; expected at most " + MAX_HOLIDAYS);
      }
    }
    return new WorkingCalendar(workingDays, all);
  }

  /**
   * This calendar with one more holiday.
   *
   * @param date the holiday, not null
   * @return the calendar with the holiday
   * @throws InvalidModelException if the calendar would hold more than {@value #MAX_HOLIDAYS}
   *     holidays
   */
  public WorkingCalendar withHoliday(LocalDate date) {
    return withHolidays(List.of(Objects.requireNonNull(date, "date")));
  }

  /**
   * The working days of the week.
   *
   * @return the days, unmodifiable, not empty
   */
  public Set<DayOfWeek> workingDays() {
    return workingDays;
  }

  /**
   * The holidays, as given.
   *
   * @return the dates, sorted, unmodifiable
   */
  public SortedSet<LocalDate> holidays() {
    return holidays;
  }

  /**
   * Tells whether a date is a working day.
   *
   * @param date the date, not null
   * @return true if its day of the week works and it is not a holiday
   */
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return isWorking(date.toEpochDay());
  }

  /**
   * The number of working days from {@code from} (inclusive) to {@code to} (exclusive); negative
   * when {@code to} lies before {@code from}.
   *
   * @param from the first day counted, not null
   * @param to the day after the last day counted, not null
   * @return the number of working days
   */
  public long workingDaysBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return between(from.toEpochDay(), to.toEpochDay());
  }

  /**
   * The first working day on or after a date.
   *
   * @param date the date, not null
   * @return the date itself if it is a working day, else the next working day
   */
  public LocalDate nextWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return LocalDate.ofEpochDay(onOrAfter(date.toEpochDay()));
  }

  /**
   * The last working day on or before a date.
   *
   * @param date the date, not null
   * @return the date itself if it is a working day, else the working day before it
   */
  public LocalDate previousWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return LocalDate.ofEpochDay(onOrBefore(date.toEpochDay()));
  }

  /**
   * The working day that lies {@code days} working days after a date: the {@code days}-th working
   * day after it, the date itself not counted. {@code plusWorkingDays(friday, 1)} is the Monday
   * after on a Monday-to-Friday calendar.
   *
   * @param date the date, not null
   * @param days how many working days to move on, 0 or more; 0 returns the date itself
   * @return the date
   * @throws IllegalArgumentException if {@code days} is negative
   * @throws java.time.DateTimeException if the result lies beyond the dates {@link LocalDate} holds
   */
  public LocalDate plusWorkingDays(LocalDate date, long days) {
    Objects.requireNonNull(date, "date");
    if (days < 0) {
      throw new IllegalArgumentException("days was " + days + "; expected 0 or more");
    }
    return LocalDate.ofEpochDay(plus(date.toEpochDay(), days));
  }

  /**
   * The working day that lies {@code days} working days before a date, the date itself not counted.
   *
   * @param date the date, not null
   * @param days how many working days to move back, 0 or more; 0 returns the date itself
   * @return the date
   * @throws IllegalArgumentException if {@code days} is negative
   * @throws java.time.DateTimeException if the result lies before the dates {@link LocalDate} holds
   */
  public LocalDate minusWorkingDays(LocalDate date, long days) {
    Objects.requireNonNull(date, "date");
    if (days < 0) {
      throw new IllegalArgumentException("days was " + days + "; expected 0 or more");
    }
    return LocalDate.ofEpochDay(minus(date.toEpochDay(), days));
  }

  // ---------------------------------------------------------------------------------------------
  // the arithmetic, on epoch days

  /** Day of the week of an epoch day, Monday 0 (epoch day 0, 1970-01-01, was a Thursday). */
  private static int dow(long epochDay) {
    return (int) Math.floorMod(epochDay + 3, 7L);
  }

  boolean isWorking(long day) {
    return works[dow(day)] && Arrays.binarySearch(closed, day) < 0;
  }

  /** Working days before {@code day}, counted from an arbitrary origin: between(a, b) = w(b) - w(a). */
  private long w(long day) {
    long weeks = Math.floorDiv(day + 3, 7L);
    long worksDays = weeks * worksBefore[7] + worksBefore[dow(day)];
    return worksDays - closedBefore(day);
  }

  private int closedBefore(long day) {
    int i = Arrays.binarySearch(closed, day);
    return i >= 0 ? i : -i - 1;
  }

  long between(long from, long to) {
    return w(to) - w(from);
  }

  /** A span of days that holds at least {@code days} working days, wherever it starts. */
  private long span(long days) {
    return 7 * ((days + closed.length) / worksBefore[7] + 1);
  }

  long plus(long day, long days) {
    if (days == 0) {
      return day;
    }
    // the smallest x > day with between(day + 1, x + 1) >= days; x is then a working day
    long target = w(day + 1) + days;
    long lo = day + 1;
    long hi = day + span(days);
    while (lo < hi) {
      long mid = lo + (hi - lo) / 2;
      if (w(mid + 1) >= target) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  long minus(long day, long days) {
    if (days == 0) {
      return day;
    }
    // the largest x < day with between(x, day) >= days; x is then a working day
    long target = w(day) - days;
    long lo = day - span(days);
    long hi = day - 1;
    while (lo < hi) {
      long mid = hi - (hi - lo) / 2;
      if (w(mid) <= target) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  long onOrAfter(long day) {
    return isWorking(day) ? day : plus(day, 1);
  }

  long onOrBefore(long day) {
    return isWorking(day) ? day : minus(day, 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkingCalendar c && workingDays.equals(c.workingDays) && holidays.equals(c.holidays);
  }

  @Override
  public int hashCode() {
    return 31 * workingDays.hashCode() + holidays.hashCode();
  }

  @Override
  public String toString() {
    return "WorkingCalendar{workingDays="
        + workingDays.stream().map(d -> d.name().substring(0, 3)).collect(Collectors.joining(","))
        + ", holidays="
        + holidays.size()
        + "}";
  }
}
