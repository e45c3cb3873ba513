package org.qms4j.evidence;

/** Where an evidence item stands in its review. Only accepted evidence can show conformity. */
public enum EvidenceStatus {
  /** Collected but not yet reviewed. */
  DRAFT,
  /** Reviewed and accepted as objective evidence. */
  ACCEPTED,
  /** Reviewed and not accepted. */
  REJECTED,
  /** Replaced by a newer item; kept for the record. */
  SUPERSEDED
}
