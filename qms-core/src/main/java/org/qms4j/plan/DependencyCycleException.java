package org.qms4j.plan;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.qms4j.InvalidModelException;

/**
 * Thrown when the dependencies of an implementation plan's tasks go round in a circle, so that no
 * task of the circle could ever start. The message and {@link #cycle()} name the tasks of one
 * such circle in order, each one to finish before the next starts: {@code T-3 → T-7 → T-3}.
 */
public class DependencyCycleException extends InvalidModelException {
  private static final long serialVersionUID = 1L;

  /** The tasks of the cycle, in order. */
  private final List<TaskId> cycle;

  /**
   * Creates the exception.
   *
   * @param cycle the tasks of the cycle, in order, each one before the next and the last before
   *     the first; the first not repeated at the end; not empty
   */
  public DependencyCycleException(List<TaskId> cycle) {
    super(message(cycle));
    this.cycle = List.copyOf(cycle);
  }

  private static String message(List<TaskId> cycle) {
    Objects.requireNonNull(cycle, "cycle");
    if (cycle.isEmpty()) {
      throw new IllegalArgumentException("cycle was empty; expected at least one task");
    }
    return "implementation plan: dependency cycle "
        + cycleText(cycle)
        + " (each task must finish before the next starts); expected dependencies without a cycle";
  }

  /**
   * The cycle as text: the task ids joined by arrows, the first repeated at the end.
   *
   * @param cycle the tasks of the cycle, not empty
   * @return the text, such as {@code T-3 → T-7 → T-3}
   */
  static String cycleText(List<TaskId> cycle) {
    return cycle.stream().map(TaskId::value).collect(Collectors.joining(" → "))
        + " → "
        + cycle.get(0).value();
  }

  /**
   * The tasks of the cycle, in order: each must finish before the next starts, and the last before
   * the first. The first is not repeated at the end; a task that depends on itself is a cycle of
   * one.
   *
   * @return the tasks, not empty
   */
  public List<TaskId> cycle() {
    return cycle;
  }
}
