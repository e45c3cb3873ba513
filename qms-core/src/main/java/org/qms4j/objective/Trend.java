package org.qms4j.objective;

/** Where an indicator is heading over its trend window: see {@code Indicator.trendAt}. */
public enum Trend {
  /** The latest value of the window is better than its first, in the indicator's direction. */
  IMPROVING,
  /** The latest value of the window equals its first. */
  STABLE,
  /** The latest value of the window is worse than its first, in the indicator's direction. */
  WORSENING
}
