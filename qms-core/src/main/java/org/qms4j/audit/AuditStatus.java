package org.qms4j.audit;

/** Where an audit stands at an instant, derived from its dates ({@link Audit#statusAt}). */
public enum AuditStatus {
  /** Not started yet. */
  PLANNED,
  /** Started, not yet reported. */
  IN_PROGRESS,
  /** Reported; its findings are being answered. */
  REPORTED,
  /** Closed. */
  CLOSED
}
