package org.qms4j.readiness;

/**
 * Why a quality system is not ready for the certification audit of a catalog: stable codes that
 * hosts may localise; the codes and their meaning do not change between releases (new codes may be
 * added). A {@link ReadinessAssessment} lists at most one blocker per code, in the order declared
 * here.
 */
public enum BlockerCode {
  /** Applicable requirements have no verdict the auditor could accept: the report says {@code NOT_ASSESSED}. */
  REQUIREMENT_NOT_ASSESSED,
  /** Applicable requirements are not met: the report says {@code NONCONFORMING}. */
  REQUIREMENT_NONCONFORMING,
  /**
   * Applicable requirements are met only in part: the report says {@code PARTIALLY_CONFORMING}. A
   * certification body does not certify with open gaps, so a partial verdict blocks too.
   */
  REQUIREMENT_PARTIALLY_CONFORMING,
  /**
   * Major nonconformities against requirements of the catalog are open: no certificate is issued or
   * kept until they are closed.
   */
  OPEN_MAJOR_NONCONFORMITY,
  /**
   * Internal audits reported within the audit coverage interval did not cover every applicable
   * clause of the catalog: no full internal audit cycle.
   */
  INTERNAL_AUDIT_CYCLE_INCOMPLETE,
  /**
   * No management review of the catalog was held after the internal audit cycle was complete (or
   * none is current by the review policy), so top management has not reviewed the audit results.
   */
  NO_MANAGEMENT_REVIEW_AFTER_AUDIT,
  /** The management reviews held after the internal audit cycle missed inputs the catalog requires. */
  MANAGEMENT_REVIEW_INPUTS_MISSING,
  /**
   * Corrective actions answering nonconformities of the catalog, or the linking of an action to
   * one, are past their deadlines.
   */
  CORRECTIVE_ACTION_OVERDUE,
  /**
   * People holding a role that owns a process (a clause) of the catalog lack a competence the role
   * requires.
   */
  TRAINING_GAP_IN_PROCESS_OWNER_ROLE
}
