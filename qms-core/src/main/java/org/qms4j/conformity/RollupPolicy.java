package org.qms4j.conformity;

/**
 * Turns the verdicts of many requirements (of a clause, a catalog, the whole system) into one.
 *
 * <p>A policy must be a pure function of the counts. The default is {@link #worstCase()}. A policy
 * that throws (anything but a {@link VirtualMachineError}) or returns null fails the evaluation
 * with a {@link RollupFailedException}.
 */
@FunctionalInterface
public interface RollupPolicy {

  /**
   * Rolls counts up into one verdict.
   *
   * @param counts how many requirements reached each verdict, not null
   * @return the rolled-up verdict, not null
   */
  Verdict rollUp(VerdictCounts counts);

  /**
   * The worst verdict present, by {@link Verdict#severity()}: {@code NONCONFORMING} over {@code
   * PARTIALLY_CONFORMING} over {@code NOT_ASSESSED} over {@code CONFORMING}; {@code NOT_APPLICABLE}
   * only when nothing applies.
   *
   * @return the worst-case policy
   */
  static RollupPolicy worstCase() {
    return WorstCaseRollup.POLICY;
  }
}
