package org.qms4j.conformity;

/**
 * The engine's answer for one requirement, or the roll-up of many.
 *
 * <p>For roll-ups the verdicts are ordered by {@link #severity()}: {@code NONCONFORMING} is worse
 * than {@code PARTIALLY_CONFORMING}, which is worse than {@code NOT_ASSESSED}, which is worse than
 * {@code CONFORMING}. {@code NOT_APPLICABLE} has no severity and is ignored by roll-ups.
 */
public enum Verdict {
  /** Every expected kind of evidence is covered by accepted, effective evidence. */
  CONFORMING(1),
  /** Met in part: some expected evidence is missing, or an open minor nonconformity caps it. */
  PARTIALLY_CONFORMING(3),
  /** Not met: an open major nonconformity, or a lapsed control. */
  NONCONFORMING(4),
  /** No evidence to judge by. */
  NOT_ASSESSED(2),
  /** Excluded from the quality system with a justification. */
  NOT_APPLICABLE(0);

  private final int severity;

  Verdict(int severity) {
    this.severity = severity;
  }

  /**
   * How bad the verdict is for roll-ups: 4 for {@code NONCONFORMING} down to 1 for {@code
   * CONFORMING}, and 0 for {@code NOT_APPLICABLE}.
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
