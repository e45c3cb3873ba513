package org.qms4j.catalog;

/**
 * Whether, and on what ground, a requirement may be excluded from (declared not applicable to) a
 * quality system. Every exclusion also needs a recorded justification.
 */
public enum ExclusionRule {
  /** The requirement may never be excluded. */
  NOT_PERMITTED,
  /**
   * May be excluded where that does not affect the ability to ensure conforming products and
   * services (the ISO 9001 clause 4.3 ground).
   */
  NO_EFFECT_ON_CONFORMITY,
  /**
   * May be excluded where the organisation does not carry out the activity (the ISO 13485 ground
   * for clauses 6, 7 and 8).
   */
  ACTIVITY_NOT_PERFORMED,
  /** May be excluded where the applicable regulation allows it (ISO 13485 design and development). */
  PERMITTED_BY_REGULATION;

  /**
   * Tells whether this rule allows an exclusion at all.
   *
   * @return false for {@link #NOT_PERMITTED}, true otherwise
   */
  public boolean permitsExclusion() {
    return this != NOT_PERMITTED;
  }
}
