package org.qms4j.capa;

/** A step of corrective action that is owed by a deadline. */
public enum OverdueStep {
  /** A nonconformity has no corrective action linked to it. */
  LINK,
  /** The correction (containment) is not recorded. */
  CORRECTION,
  /** The action has never been planned. */
  PLAN,
  /** The plan is not implemented by its due date. */
  IMPLEMENTATION
}
