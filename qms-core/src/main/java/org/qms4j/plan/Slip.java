package org.qms4j.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A task that was planned to finish before a date and was not completed by then.
 *
 * <p>Immutable and thread-safe.
 *
 * @param task the task, not null
 * @param plannedFinish the day it was planned to finish, not null
 * @param workingDaysLate the working days after {@code plannedFinish} up to and including the date
 *     asked about, on the task's calendar: 1 on the working day after its finish; 0 when only
 *     non-working days have passed since
 */
public record Slip(TaskId task, LocalDate plannedFinish, long workingDaysLate) {

  /**
   * Creates a slip.
   *
   * @param task the task, not null
   * @param plannedFinish the day it was planned to finish, not null
   * @param workingDaysLate the working days after the planned finish up to and including the date
   *     asked about
   */
  public Slip {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(plannedFinish, "plannedFinish");
  }
}
