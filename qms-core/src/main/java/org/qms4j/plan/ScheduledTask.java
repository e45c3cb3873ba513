package org.qms4j.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One task as a {@link Schedule} places it: its start and finish, the latest it could start and
 * finish without moving the project's finish, and its slack.
 *
 * <p>Dates are inclusive working days: a task of 3 days starting on a Monday finishes on the
 * Wednesday. A task of 0 days starts and finishes on the same working day. Immutable and
 * thread-safe.
 *
 * @param task the task, not null
 * @param start the first working day of the task (its earliest start, levelling delays included),
 *     not null
 * @param finish the last working day of the task, not null
 * @param lateStart the latest start that does not move the project's finish, not null
 * @param lateFinish the latest finish that does not move the project's finish, not null
 * @param slack the working days between {@code start} and {@code lateStart}, on the task's
 *     calendar; 0 or more
 */
public record ScheduledTask(
    Task task, LocalDate start, LocalDate finish, LocalDate lateStart, LocalDate lateFinish, long slack) {

  /**
   * Creates a scheduled task.
   *
   * @param task the task, not null
   * @param start the first working day of the task, not null
   * @param finish the last working day of the task, not null
   * @param lateStart the latest start, not null
   * @param lateFinish the latest finish, not null
   * @param slack the working days between start and late start
   */
  public ScheduledTask {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(finish, "finish");
    Objects.requireNonNull(lateStart, "lateStart");
    Objects.requireNonNull(lateFinish, "lateFinish");
  }

  /**
   * The task's id.
   *
   * @return the id
   */
  public TaskId id() {
    return task.id();
  }

  /**
   * Tells whether the task is critical: any delay to it moves the project's finish.
   *
   * @return true if its slack is 0
   */
  public boolean isCritical() {
    return slack == 0;
  }
}
