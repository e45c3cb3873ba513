package org.qms4j.capa;

/**
 * Where a {@link CorrectiveAction} stands, derived from its history. The states follow one another
 * in the order declared here; a failed effectiveness check returns the action to {@link #CORRECTED}
 * (root-cause analysis again) or to {@link #ROOT_CAUSE_IDENTIFIED} (planning again), and {@link
 * #CANCELLED} may follow any open state.
 */
public enum ActionState {
  /** Opened to answer one or more findings; the correction (containment) is owed. */
  OPENED,
  /** The correction (containment) is recorded; the root cause is owed. */
  CORRECTED,
  /** The root cause is identified; the plan is owed. */
  ROOT_CAUSE_IDENTIFIED,
  /** The action is planned; implementation is owed by the plan's due date. */
  PLANNED,
  /** The action is implemented; its effectiveness check is owed. */
  IMPLEMENTED,
  /** The effectiveness check passed; the action may be closed. */
  EFFECTIVENESS_VERIFIED,
  /** Closed after a passed effectiveness check. */
  CLOSED,
  /** Cancelled, with a reason, before it was closed. */
  CANCELLED;

  /**
   * Tells whether the action is still open: neither closed nor cancelled.
   *
   * @return true if open
   */
  public boolean isOpen() {
    return this != CLOSED && this != CANCELLED;
  }
}
