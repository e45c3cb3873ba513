package org.qms4j.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A task that levelling started later than the schedule it levelled: because it was moved to
 * relieve its person, or because a task it depends on was.
 *
 * <p>Immutable and thread-safe.
 *
 * @param task the task, not null
 * @param from its start before levelling, not null
 * @param to its start after levelling, after {@code from}, not null
 * @param workingDays how many working days later it starts, on the task's calendar
 * @param beyondSlack true if it now starts after its latest start before levelling, which moves
 *     the project's finish (only with {@link Levelling#EXTEND_FINISH})
 */
public record Move(TaskId task, LocalDate from, LocalDate to, long workingDays, boolean beyondSlack) {

  /**
   * Creates a move.
   *
   * @param task the task, not null
   * @param from its start before levelling, not null
   * @param to its start after levelling, not null
   * @param workingDays how many working days later it starts
   * @param beyondSlack true if it now starts after its latest start before levelling
   */
  public Move {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
