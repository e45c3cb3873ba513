package org.qms4j.gap;

/**
 * How urgent a gap is, most urgent first; the natural order of the constants is the order {@link
 * GapAnalysis#gaps()} lists gaps in. A gap takes the first priority whose condition its reasons
 * meet.
 */
public enum GapPriority {
  /**
   * An open major nonconformity is raised against the requirement: a reason with the code {@link
   * org.qms4j.conformity.ReasonCode#OPEN_MAJOR_NONCONFORMITY}. No certificate is issued or kept
   * while one is open.
   */
  OPEN_MAJOR_NONCONFORMITY,
  /**
   * Documented information the requirement expects is missing or does not count: see {@link
   * GapAnalysis#isMissingDocumentedInformation} for the reason codes that say so.
   */
  MISSING_DOCUMENTED_INFORMATION,
  /**
   * Any other gap: evidence of a kind that is not documented information is missing, an open minor
   * nonconformity, a cap of a management-system rule or a host rule.
   */
  OTHER
}
