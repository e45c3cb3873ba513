package org.qms4j.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/** Calendar arithmetic on instants that is total: it never throws near the ends of time. */
public final class Instants {
  /** 400 Gregorian years: the calendar repeats after them. */
  private static final Duration CYCLE = Duration.ofDays(146_097);

  private Instants() {}

  /**
   * The instant one period before, in UTC, total over every instant: near the ends of the
   * calendar's range the instant is moved by whole 400-year cycles first; a result before {@link
   * Instant#MIN} is {@link Instant#MIN}.
   *
   * @param asOf the instant
   * @param interval the period
   * @return the instant one period before
   */
  public static Instant minus(Instant asOf, Period interval) {
    try {
      return asOf.atOffset(ZoneOffset.UTC).minus(interval).toInstant();
    } catch (DateTimeException e) {
      boolean late = asOf.isAfter(Instant.EPOCH);
      try {
        Instant shifted = late ? asOf.minus(CYCLE) : asOf.plus(CYCLE);
        Instant moved = shifted.atOffset(ZoneOffset.UTC).minus(interval).toInstant();
        return late ? moved.plus(CYCLE) : moved.minus(CYCLE);
      } catch (DateTimeException | ArithmeticException beyond) {
        return Instant.MIN;
      }
    }
  }
}
