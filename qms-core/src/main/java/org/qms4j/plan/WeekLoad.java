package org.qms4j.plan;

import java.util.Objects;
import org.qms4j.people.PersonId;

/**
 * The hours of work a schedule gives one person in one ISO week, beside what the person can give.
 *
 * <p>Immutable and thread-safe.
 *
 * @param person the person, not null
 * @param week the week, not null
 * @param hours the hours of the person's tasks that fall in the week, to the minute
 * @param capacity the hours the person works in a week ({@link Capacity#hoursPerWeek(PersonId)})
 */
public record WeekLoad(PersonId person, IsoWeek week, double hours, double capacity) {

  /**
   * Creates a week's load.
   *
   * @param person the person, not null
   * @param week the week, not null
   * @param hours the hours of the person's tasks that fall in the week, to the minute
   * @param capacity the hours the person works in a week
   */
  public WeekLoad {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(week, "week");
  }

  /**
   * Tells whether the week holds more hours than the person can give.
   *
   * @return true if {@code hours > capacity}
   */
  public boolean isOverAllocated() {
    return hours > capacity;
  }

  /**
   * The hours above capacity.
   *
   * @return {@code hours - capacity}, or 0 if the load fits
   */
  public double excess() {
    return Math.max(0, hours - capacity);
  }
}
