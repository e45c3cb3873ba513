package org.qms4j.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How far a plan has come as of a date: how many tasks are done, how much of the effort they held,
 * and which tasks are under way.
 *
 * <p>Immutable and thread-safe.
 *
 * @param asOf the date, not null
 * @param done the tasks completed on or before {@code asOf}
 * @param total all tasks of the plan
 * @param effortDone the effort of the completed tasks, in working days
 * @param effortTotal the effort of all tasks, in working days
 * @param inProgress the tasks the schedule starts on or before {@code asOf} that are not completed
 *     by then, in plan order, not null
 */
public record Progress(
    LocalDate asOf, int done, int total, long effortDone, long effortTotal, List<TaskId> inProgress) {

  /**
   * Creates a progress report.
   *
   * @param asOf the date, not null
   * @param done the tasks completed on or before {@code asOf}
   * @param total all tasks of the plan
   * @param effortDone the effort of the completed tasks, in working days
   * @param effortTotal the effort of all tasks, in working days
   * @param inProgress the tasks under way, not null
   */
  public Progress {
    Objects.requireNonNull(asOf, "asOf");
    inProgress = List.copyOf(Objects.requireNonNull(inProgress, "inProgress"));
  }

  /**
   * The share of the effort done, in percent: {@code 100 * effortDone / effortTotal}. When the plan
   * holds no effort at all (milestones only), the share of tasks done; 100 for an empty plan.
   *
   * @return the percentage, 0 to 100
   */
  public double percentDone() {
    if (effortTotal > 0) {
      return 100.0 * effortDone / effortTotal;
    }
    return total == 0 ? 100.0 : 100.0 * done / total;
  }
}
