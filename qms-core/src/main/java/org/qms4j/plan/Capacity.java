package org.qms4j.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.qms4j.InvalidModelException;
import org.qms4j.people.PersonId;

/**
 * What people can give to a plan: the hours of one effort day, the hours each person works in a
 * week, and the working calendar of people who do not follow the project's (part-timers, leave).
 *
 * <p>{@link #standard()}: effort days of 8 hours and 40 hours a week for everybody, on the
 * project's calendar. A schedule loads each working day of an assigned task with {@link
 * #hoursPerDay()} hours and sums them per person and ISO week; a week whose load exceeds the
 * person's {@link #hoursPerWeek(PersonId)} is over-allocated. Capacity is weekly: two tasks of one
 * person may overlap on the same days as long as the week's hours fit (the person splits the
 * days). Holidays do not lower a week's capacity; no task is worked on them, so they lower the
 * load instead. Hours are kept to the minute.
 *
 * <p>Limits: an effort day of more than 0 and at most 24 hours; weekly hours from 0 to 168; at most
 * {@value #MAX_PEOPLE} people with their own hours or calendar. Immutable and thread-safe.
 *
 * <pre>{@code
 * Capacity capacity = Capacity.builder()
 *     .hoursPerDay(7.5).hoursPerWeek(37.5)
 *     .hoursPerWeek(PersonId.of("ana"), 20)                        // part-time
 *     .calendar(PersonId.of("ana"), WorkingCalendar.of(EnumSet.of(MONDAY, TUESDAY, WEDNESDAY)))
 *     .build();
 * }</pre>
 */
public final class Capacity {
  /** The most people a capacity names. */
  public static final int MAX_PEOPLE = 100_000;

  private static final Capacity STANDARD = new Builder().build();

  private final long minutesPerDay;
  private final long minutesPerWeek;
  private final Map<PersonId, Long> weekly;
  private final Map<PersonId, WorkingCalendar> calendars;

  private Capacity(Builder b) {
    this.minutesPerDay = b.minutesPerDay;
    this.minutesPerWeek = b.minutesPerWeek;
    this.weekly = Collections.unmodifiableMap(new TreeMap<>(b.weekly));
    this.calendars = Collections.unmodifiableMap(new TreeMap<>(b.calendars));
  }

  /**
   * Effort days of 8 hours and 40 hours a week for everybody, on the project's calendar.
   *
   * @return the standard capacity
   */
  public static Capacity standard() {
    return STANDARD;
  }

  /**
   * Returns a new builder, set to the {@link #standard()} capacity.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The hours of one effort day: what a working day of an assigned task adds to its person's load.
   *
   * @return the hours, to the minute
   */
  public double hoursPerDay() {
    return minutesPerDay / 60.0;
  }

  /**
   * The hours a week of whoever has no hours of their own.
   *
   * @return the hours, to the minute
   */
  public double hoursPerWeek() {
    return minutesPerWeek / 60.0;
  }

  /**
   * The hours a week a person works.
   *
   * @param person the person, not null
   * @return the person's own hours if set, else {@link #hoursPerWeek()}
   */
  public double hoursPerWeek(PersonId person) {
    return minutesPerWeek(person) / 60.0;
  }

  /**
   * The people with hours of their own.
   *
   * @return the hours a week by person, sorted, unmodifiable
   */
  public Map<PersonId, Double> people() {
    Map<PersonId, Double> out = new LinkedHashMap<>();
    weekly.forEach((p, m) -> out.put(p, m / 60.0));
    return Collections.unmodifiableMap(out);
  }

  /**
   * The working calendar of a person, if they have one of their own; otherwise their tasks follow
   * the project's calendar.
   *
   * @param person the person, not null
   * @return the calendar, if set
   */
  public Optional<WorkingCalendar> calendar(PersonId person) {
    Objects.requireNonNull(person, "person");
    return Optional.ofNullable(calendars.get(person));
  }

  /**
   * The people with a working calendar of their own.
   *
   * @return the calendars by person, sorted, unmodifiable
   */
  public Map<PersonId, WorkingCalendar> calendars() {
    return calendars;
  }

  /**
   * A builder set to this capacity.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.minutesPerDay = minutesPerDay;
    b.minutesPerWeek = minutesPerWeek;
    b.weekly.putAll(weekly);
    b.calendars.putAll(calendars);
    return b;
  }

  long minutesPerDay() {
    return minutesPerDay;
  }

  long minutesPerWeek(PersonId person) {
    Objects.requireNonNull(person, "person");
    Long own = weekly.get(person);
    return own == null ? minutesPerWeek : own;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Capacity c
        && minutesPerDay == c.minutesPerDay
        && minutesPerWeek == c.minutesPerWeek
        && weekly.equals(c.weekly)
        && calendars.equals(c.calendars);
  }

  @Override
  public int hashCode() {
    return Objects.hash(minutesPerDay, minutesPerWeek, weekly, calendars);
  }

  @Override
  public String toString() {
    return "Capacity{hoursPerDay="
        + hoursPerDay()
        + ", hoursPerWeek="
        + hoursPerWeek()
        + ", people="
        + weekly.size()
        + ", calendars="
        + calendars.size()
        + "}";
  }

  /** Builds a {@link Capacity}; not thread-safe. */
  public static final class Builder {
    private long minutesPerDay = 8 * 60;
    private long minutesPerWeek = 40 * 60;
    private final Map<PersonId, Long> weekly = new TreeMap<>();
    private final Map<PersonId, WorkingCalendar> calendars = new TreeMap<>();

    private Builder() {}

    /**
     * Sets the hours of one effort day (8 unless set).
     *
     * @param hours more than 0, at most 24
     * @return this builder
     * @throws InvalidModelException if the hours are out of range or not a number
     */
    public Builder hoursPerDay(double hours) {
      long m = minutes(hours, "hoursPerDay", 24);
      if (m == 0) {
        throw new InvalidModelException("capacity: hoursPerDay was " + hours + "; expected more than 0");
      }
      minutesPerDay = m;
      return this;
    }

    /**
     * Sets the hours a week of whoever has no hours of their own (40 unless set).
     *
     * @param hours 0 to 168
     * @return this builder
     * @throws InvalidModelException if the hours are out of range or not a number
     */
    public Builder hoursPerWeek(double hours) {
      minutesPerWeek = minutes(hours, "hoursPerWeek", 168);
      return this;
    }

    /**
     * Sets the hours a week of one person.
     *
     * @param person the person, not null
     * @param hours 0 to 168
     * @return this builder
     * @throws InvalidModelException if the hours are out of range or not a number, or more than
     *     {@value #MAX_PEOPLE} people would have their own hours
     */
    public Builder hoursPerWeek(PersonId person, double hours) {
      Objects.requireNonNull(person, "person");
      long m = minutes(hours, "hoursPerWeek of " + person, 168);
      if (!weekly.containsKey(person) && weekly.size() == MAX_PEOPLE) {
        throw new InvalidModelException("capacity: more than " + MAX_PEOPLE + " people with their own hours; expected at most " + MAX_PEOPLE);
      }
      weekly.put(person, m);
      return this;
    }

    /**
     * Sets the working calendar of one person: their tasks count their effort in its working days.
     *
     * @param person the person, not null
     * @param calendar the calendar, not null
     * @return this builder
     * @throws InvalidModelException if more than {@value #MAX_PEOPLE} people would have their own
     *     calendar
     */
    public Builder calendar(PersonId person, WorkingCalendar calendar) {
      Objects.requireNonNull(person, "person");
      Objects.requireNonNull(calendar, "calendar");
      if (!calendars.containsKey(person) && calendars.size() == MAX_PEOPLE) {
        throw new InvalidModelException("capacity: more than " + MAX_PEOPLE + " people with their own calendar; expected at most " + MAX_PEOPLE);
      }
      calendars.put(person, calendar);
      return this;
    }

    /**
     * Builds the capacity.
     *
     * @return the capacity
     */
    public Capacity build() {
      return new Capacity(this);
    }

    private static long minutes(double hours, String what, int max) {
      if (!(hours >= 0 && hours <= max)) {
        throw new InvalidModelException("capacity: " + what + " was " + hours + "; expected 0 to " + max + " hours");
      }
      return Math.round(hours * 60);
    }
  }
}
