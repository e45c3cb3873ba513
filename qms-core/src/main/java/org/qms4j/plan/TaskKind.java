package org.qms4j.plan;

/** What a task of an implementation plan is for. */
public enum TaskKind {
  /** Work that closes one or more gaps: the task names the requirements it makes conforming. */
  GAP,
  /** Any other work the host plans: choosing a certification body, buying a document system. */
  ACTIVITY,
  /**
   * A date to reach rather than work to do, usually of zero effort: the certification audit, or
   * the end of a stage of the plan. Charts draw it as a diamond.
   */
  MILESTONE
}
