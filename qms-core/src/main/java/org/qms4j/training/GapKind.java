package org.qms4j.training;

/**
 * Why a person who holds a role lacks one of the competences it requires, as of an instant. The
 * person's best record in the competence decides (see {@link CompetenceMatrix}): a record that
 * makes them competent, else one whose effectiveness is only not evaluated, else one found not
 * effective, else one on another document version, else an expired one.
 */
public enum GapKind {
  /** No training in the competence was completed by then. */
  NEVER_TRAINED,
  /** Every training in the competence completed by then had expired by then. */
  EXPIRED,
  /**
   * Valid training in a document, but only on versions other than the one effective then: the
   * person owes retraining on the effective version.
   */
  RETRAINING_OWED,
  /** Valid training on the effective version, whose effectiveness was evaluated and found lacking. */
  NOT_EFFECTIVE,
  /**
   * Valid training on the effective version, completed at least the evaluation grace period before
   * and never evaluated by then.
   */
  EFFECTIVENESS_NOT_EVALUATED
}
