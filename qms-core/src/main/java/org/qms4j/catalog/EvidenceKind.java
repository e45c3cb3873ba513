package org.qms4j.catalog;

/**
 * What kind of objective evidence an item is, and what kinds a requirement expects.
 *
 * <p>A requirement names the kinds it expects (a documented procedure and records of its use, for
 * instance); an evidence item has exactly one kind.
 */
public enum EvidenceKind {
  /** A controlled document other than a procedure: a policy, a plan, a quality manual. */
  DOCUMENT,
  /** A documented procedure: how an activity is carried out. */
  PROCEDURE,
  /** A record: proof that an activity was carried out, with its result. */
  RECORD,
  /** A record that a person was trained, with the evaluation of its effectiveness. */
  TRAINING_RECORD,
  /** Something an auditor or assessor saw happen. */
  OBSERVATION,
  /** What a person said when asked, noted by an auditor or assessor. */
  INTERVIEW,
  /** The result of a test, inspection or verification. */
  TEST_REPORT
}
