package org.qms4j.history;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The outcome of {@link History#verify()}: intact, or the position of the first event found
 * changed, removed or moved, with what was wrong.
 *
 * <p>Immutable and thread-safe.
 *
 * @param brokenAt the position of the first broken event (the history's size when events are
 *     missing at the end), if any
 * @param problem what is wrong, if anything
 */
public record Verification(OptionalInt brokenAt, Optional<String> problem) {
  private static final Verification OK = new Verification(OptionalInt.empty(), Optional.empty());

  /**
   * Creates an outcome.
   *
   * @param brokenAt the position of the first broken event, if any, not null
   * @param problem what is wrong, present exactly when {@code brokenAt} is, not null
   */
  public Verification {
    Objects.requireNonNull(brokenAt, "brokenAt");
    Objects.requireNonNull(problem, "problem");
    if (brokenAt.isPresent() != problem.isPresent()) {
      throw new IllegalArgumentException("brokenAt and problem must both be present or both be empty");
    }
  }

  /**
   * The outcome of a history found intact.
   *
   * @return the outcome
   */
  public static Verification ok() {
    return OK;
  }

  static Verification broken(int at, String problem) {
    return new Verification(OptionalInt.of(at), Optional.of(problem));
  }

  /**
   * Tells whether nothing was found wrong.
   *
   * @return true if the history is intact
   */
  public boolean intact() {
    return brokenAt.isEmpty();
  }
}
