package org.qms4j.conformity;

/** The worst-case roll-up: the verdicts are declared in severity order, so the last present wins. */
final class WorstCaseRollup {
  static final RollupPolicy POLICY = WorstCaseRollup::rollUp;
  private static final Verdict[] BY_SEVERITY = Verdict.values();

  private WorstCaseRollup() {}

  private static Verdict rollUp(VerdictCounts counts) {
    for (int i = BY_SEVERITY.length - 1; i > 0; i--) {
      if (counts.count(BY_SEVERITY[i]) > 0) {
        return BY_SEVERITY[i];
      }
    }
    return Verdict.NOT_APPLICABLE;
  }
}
