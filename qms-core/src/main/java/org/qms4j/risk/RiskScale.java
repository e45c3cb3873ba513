package org.qms4j.risk;

import org.qms4j.InvalidModelException;

/**
 * The host's rating scale: how many levels of likelihood and of severity it grades risks on, such
 * as a 5 by 5 matrix. Level 1 is the least likely or least severe; a rating is likelihood times
 * severity, from 1 to {@link #maxRating()}. For an opportunity, severity reads as the size of the
 * benefit.
 *
 * <p>Immutable and thread-safe.
 *
 * @param likelihoodLevels the levels of likelihood, {@value #MIN_LEVELS} to {@value #MAX_LEVELS}
 * @param severityLevels the levels of severity, {@value #MIN_LEVELS} to {@value #MAX_LEVELS}
 */
public record RiskScale(int likelihoodLevels, int severityLevels) {
  /** The fewest levels a scale has on either axis. */
  public static final int MIN_LEVELS = 2;
  /** The most levels a scale has on either axis. */
  public static final int MAX_LEVELS = 10;

  /**
   * Creates a scale.
   *
   * @param likelihoodLevels the levels of likelihood, {@value #MIN_LEVELS} to {@value #MAX_LEVELS}
   * @param severityLevels the levels of severity, {@value #MIN_LEVELS} to {@value #MAX_LEVELS}
   * @throws InvalidModelException if either is out of range
   */
  public RiskScale {
    check(likelihoodLevels, "likelihoodLevels");
    check(severityLevels, "severityLevels");
  }

  /**
   * Creates a scale.
   *
   * @param likelihoodLevels the levels of likelihood, {@value #MIN_LEVELS} to {@value #MAX_LEVELS}
   * @param severityLevels the levels of severity, {@value #MIN_LEVELS} to {@value #MAX_LEVELS}
   * @return the scale
   * @throws InvalidModelException if either is out of range
   */
  public static RiskScale of(int likelihoodLevels, int severityLevels) {
    return new RiskScale(likelihoodLevels, severityLevels);
  }

  /**
   * The highest rating on this scale: the most likely and most severe.
   *
   * @return likelihood levels times severity levels
   */
  public int maxRating() {
    return likelihoodLevels * severityLevels;
  }

  private static void check(int levels, String what) {
    if (levels < MIN_LEVELS || levels > MAX_LEVELS) {
      throw new InvalidModelException(
          "risk scale: " + what + " was " + levels + "; expected " + MIN_LEVELS + " to " + MAX_LEVELS);
    }
  }
}
