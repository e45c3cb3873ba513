package org.qms4j.finding;

/** How serious an audit finding is. Only nonconformities need a corrective action. */
public enum FindingGrade {
  /** A requirement is not met in a way that puts the system's ability to deliver at risk. */
  MAJOR_NONCONFORMITY,
  /** A requirement is not fully met, without putting the system at risk. */
  MINOR_NONCONFORMITY,
  /** Something worth noting that is not (yet) a nonconformity. */
  OBSERVATION,
  /** A way to do better that the auditor suggests. */
  OPPORTUNITY_FOR_IMPROVEMENT;

  /**
   * Tells whether this grade is a nonconformity and so needs a corrective action.
   *
   * @return true for major and minor nonconformities
   */
  public boolean isNonconformity() {
    return this == MAJOR_NONCONFORMITY || this == MINOR_NONCONFORMITY;
  }
}
