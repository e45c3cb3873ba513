package org.qms4j.conformity;

import java.util.Comparator;

/**
 * The engine's answer for one requirement, or the roll-up of many.
 *
 * <p>The constants are declared in order of {@link #severity()}, so their natural order (and {@link
 * #BY_SEVERITY}) sorts from the least to the most severe: {@code NOT_APPLICABLE}, {@code
 * CONFORMING}, {@code NOT_ASSESSED}, {@code PARTIALLY_CONFORMING}, {@code NONCONFORMING}. Roll-ups
 * take the worst by this order and ignore {@code NOT_APPLICABLE}.
 */
public enum Verdict {
  /** Excluded from the quality system with a justification. */
  NOT_APPLICABLE(0),
  /** Every expected kind of evidence is covered by accepted, effective evidence. */
  CONFORMING(1),
  /** No evidence to judge by. */
  NOT_ASSESSED(2),
  /** Met in part: some expected evidence is missing, or an open minor nonconformity caps it. */
  PARTIALLY_CONFORMING(3),
  /** Not met: an open major nonconformity, or a lapsed control. */
  NONCONFORMING(4);

  /** Orders verdicts from the least to the most severe; the same as their natural order. */
  public static final Comparator<Verdict> BY_SEVERITY = Comparator.comparingInt(Verdict::severity);

  private final int severity;

  Verdict(int severity) {
    this.severity = severity;
  }

  /**
   * How bad the verdict is for roll-ups: 4 for {@code NONCONFORMING} down to 1 for {@code
   * CONFORMING}, and 0 for {@code NOT_APPLICABLE}. Equal to {@link #ordinal()}.
   *
   * @return the severity
   */
  public int severity() {
    return severity;
  }

  /**
   * Returns the worse of two verdicts by {@link #severity()}; {@code NOT_APPLICABLE} loses to any
   * other verdict.
   *
   * @param other the other verdict, not null
   * @return the worse verdict
   */
  public Verdict worse(Verdict other) {
    return other.severity > severity ? other : this;
  }
}
