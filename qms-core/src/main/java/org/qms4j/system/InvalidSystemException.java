package org.qms4j.system;

import java.util.List;
import org.qms4j.InvalidModelException;
import org.qms4j.internal.Checks;

/**
 * Thrown when a quality system would be inconsistent. It carries every problem found, not only the
 * first; its message lists the first {@value #SHOWN} and counts the rest, so that it stays short
 * however many there are. Nothing is built or changed when it is thrown.
 */
public class InvalidSystemException extends InvalidModelException {
  private static final long serialVersionUID = 1L;

  /** How many problems the message lists at most. */
  public static final int SHOWN = 20;

  private final transient List<SystemProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found, not empty
   */
  public InvalidSystemException(List<SystemProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<SystemProblem> problems) {
    return Checks.problemList("quality system", problems, SHOWN);
  }

  /**
   * Every problem found.
   *
   * @return the problems, never empty
   */
  public List<SystemProblem> problems() {
    return problems;
  }
}
