package org.qms4j.conformity;

/**
 * Stable codes for why the engine reached a verdict. Hosts may localise them; the codes and their
 * meaning do not change between releases (new codes may be added).
 *
 * <p>A host rule gives its own reasons {@link #HOST_RULE} as code and, optionally, a host code of
 * its own ({@link Reason#hostCode()}) such as {@code HAND_HYGIENE_BELOW_TARGET}.
 */
public enum ReasonCode {
  /** The requirement is excluded by a justified exclusion (decision table row 1). */
  EXCLUDED,
  /** An open major nonconformity is raised against the requirement (row 2). */
  OPEN_MAJOR_NONCONFORMITY,
  /** An open minor nonconformity is raised against the requirement (row 4). */
  OPEN_MINOR_NONCONFORMITY,
  /**
   * A corrective action answering an open nonconformity is overdue: its correction or plan is past
   * the deadline policy's limit, or its implementation past the plan's due date (row 3). The reason
   * names the actions and the nonconformities.
   */
  CORRECTIVE_ACTION_OVERDUE,
  /**
   * An open nonconformity has no corrective action past the deadline policy's limit for linking
   * one (row 3). The reason names the nonconformities.
   */
  NONCONFORMITY_WITHOUT_ACTION,
  /**
   * No internal audit reported within the interval covered the requirement's clause ({@link
   * Rules#auditCoverage}); a note unless the host makes it cap the verdict.
   */
  CLAUSE_NOT_AUDITED,
  /**
   * A person holding a role that owns the requirement's clause lacks a competence the role
   * requires: never trained, expired, retraining owed on a new document version, or training not
   * effective or not evaluated. Caps at {@code PARTIALLY_CONFORMING}.
   */
  TRAINING_GAP,
  /**
   * No management review of the requirement's catalog has been held; noted on the requirements
   * under the catalog's review clause.
   */
  MANAGEMENT_REVIEW_MISSING,
  /**
   * The last management review of the catalog is older than the review interval (12 months by
   * default). Caps the requirements under the review clause at {@code PARTIALLY_CONFORMING}.
   */
  MANAGEMENT_REVIEW_OVERDUE,
  /**
   * The last management review missed inputs the catalog requires. Caps the requirements under the
   * review clause at {@code PARTIALLY_CONFORMING}.
   */
  REVIEW_INPUTS_MISSING,
  /** A controlled document the requirement's evidence rests on is past its periodic review date; a note. */
  DOCUMENT_REVIEW_OVERDUE,
  /** An indicator of an objective bearing on the requirement is below its target. Caps at {@code PARTIALLY_CONFORMING}. */
  INDICATOR_BELOW_TARGET,
  /** An indicator of an objective bearing on the requirement misses its planned measurement; a note. */
  INDICATOR_OVERDUE,
  /** A risk or opportunity bearing on the requirement is past its review date; a note. */
  RISK_REVIEW_OVERDUE,
  /**
   * The certificate of the requirement's catalog is overdue for a surveillance or recertification
   * audit; a note.
   */
  CERTIFICATE_AUDIT_OVERDUE,
  /** An open observation is recorded; it never changes the verdict. */
  OPEN_OBSERVATION,
  /** An open opportunity for improvement is recorded; it never changes the verdict. */
  OPEN_OPPORTUNITY_FOR_IMPROVEMENT,
  /** There is no evidence at all (row 5). */
  NO_EVIDENCE,
  /** Evidence of an expected kind has expired (row 6). */
  EVIDENCE_EXPIRED,
  /** Evidence of an expected kind was rejected (row 6). */
  EVIDENCE_REJECTED,
  /** Evidence of an expected kind was superseded (row 6). */
  EVIDENCE_SUPERSEDED,
  /** Evidence of an expected kind is not yet effective (row 6). */
  EVIDENCE_NOT_YET_EFFECTIVE,
  /** Evidence of an expected kind is still a draft, not accepted (row 6). */
  EVIDENCE_NOT_ACCEPTED,
  /**
   * Evidence of an expected kind rests on a controlled document version that is obsolete at the
   * instant (row 6).
   */
  EVIDENCE_ON_OBSOLETE_DOCUMENT,
  /** No evidence of an expected kind exists (rows 5 and 7). */
  MISSING_EVIDENCE_KIND,
  /** Accepted, effective evidence covers the expected kinds named by the reason (rows 7 and 8). */
  EVIDENCE_VALID,
  /**
   * Evidence counts only through a mapping that intersects the requirement, so the requirement is
   * at best partially conforming.
   */
  PARTIAL_MAPPING_ONLY,
  /**
   * A host rule gave the reason; its message says why, and its {@linkplain Reason#hostCode() host
   * code}, if any, is the host's stable code for it.
   */
  HOST_RULE,
  /** No rule of the requirement's chain reached a decision. */
  NO_RULE_DECIDED
}
