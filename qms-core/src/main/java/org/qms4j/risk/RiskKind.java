package org.qms4j.risk;

/** Whether an entry of the risk register is a threat to the quality system or a chance to improve it (ISO 9001 6.1). */
public enum RiskKind {
  /** Something that may keep the quality system from its intended results, such as a missed sepsis screen. */
  RISK,
  /** Something that may help it towards them, such as electronic hand-over notes. */
  OPPORTUNITY
}
