package org.qms4j.review;

/**
 * What kind of thing was presented at a management review for one of its inputs, and so what the
 * {@link Presented#reference() reference} names.
 */
public enum PresentedKind {
  /** An audit and its results: the reference is an audit id. */
  AUDIT,
  /** Corrective actions: the reference lists corrective action ids, separated by {@code ", "}. */
  CORRECTIVE_ACTIONS,
  /** A quality indicator or objective and its results: the reference is the indicator's id. */
  INDICATOR,
  /** A review of risks and opportunities and of the actions taken on them: the reference is free text. */
  RISK_REVIEW,
  /** A document, such as a report or a register extract: the reference is free text. */
  DOCUMENT,
  /** Anything else: the reference is free text. */
  OTHER
}
