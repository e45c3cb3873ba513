package org.qms4j.objective;

import java.time.Instant;
import java.util.Objects;
import org.qms4j.InvalidModelException;

/**
 * One value of an indicator, and the instant it stands for: the end of the period measured, such
 * as 92.5 (% hand-hygiene compliance) for March, recorded at the first instant of April.
 *
 * <p>Immutable and thread-safe.
 *
 * @param at the instant the value stands for
 * @param value the value, a finite number in the indicator's unit
 */
public record Measurement(Instant at, double value) {

  /**
   * Creates a measurement.
   *
   * @param at the instant the value stands for, not null
   * @param value the value, finite
   * @throws NullPointerException if the instant is null
   * @throws InvalidModelException if the value is NaN or infinite
   */
  public Measurement {
    Objects.requireNonNull(at, "at");
    if (!Double.isFinite(value)) {
      throw new InvalidModelException("measurement at " + at + ": value was " + value + "; expected a finite number");
    }
  }

  /**
   * Creates a measurement.
   *
   * @param at the instant the value stands for, not null
   * @param value the value, finite
   * @return the measurement
   * @throws NullPointerException if the instant is null
   * @throws InvalidModelException if the value is NaN or infinite
   */
  public static Measurement of(Instant at, double value) {
    return new Measurement(at, value);
  }
}
