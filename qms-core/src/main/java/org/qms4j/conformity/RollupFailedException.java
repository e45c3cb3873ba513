package org.qms4j.conformity;

import org.qms4j.QmsException;

/**
 * Thrown when a {@link RollupPolicy} throws, or returns null, while rolling up the verdicts of a
 * clause, a catalog or the whole system. The evaluation fails as a whole: the engine never reports
 * a roll-up it could not reach.
 */
public class RollupFailedException extends QmsException {
  private static final long serialVersionUID = 1L;

  RollupFailedException(String message, Throwable cause) {
    super(message, cause);
  }

  RollupFailedException(String message) {
    super(message);
  }
}
