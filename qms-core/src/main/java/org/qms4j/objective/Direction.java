package org.qms4j.objective;

/**
 * Which way an indicator improves: a hand-hygiene compliance rate improves as it rises, a falls
 * rate as it drops.
 */
public enum Direction {
  /** A higher value is better: the target is met by a value at or above it. */
  HIGHER_IS_BETTER,
  /** A lower value is better: the target is met by a value at or below it. */
  LOWER_IS_BETTER;

  /**
   * Tells whether a value meets a target in this direction; a value equal to the target meets it.
   *
   * @param value the value measured
   * @param target the target
   * @return true if the value is at or above the target ({@link #HIGHER_IS_BETTER}), at or below
   *     it ({@link #LOWER_IS_BETTER})
   */
  public boolean meets(double value, double target) {
    return this == HIGHER_IS_BETTER ? value >= target : value <= target;
  }

  /**
   * Tells whether a value is better than another in this direction.
   *
   * @param value the value compared
   * @param other the value it is compared with
   * @return true if the value is strictly above the other ({@link #HIGHER_IS_BETTER}), strictly
   *     below it ({@link #LOWER_IS_BETTER})
   */
  public boolean isBetter(double value, double other) {
    return this == HIGHER_IS_BETTER ? value > other : value < other;
  }
}
