package org.qms4j.certification;

/**
 * Where a {@link Certificate} stands at an instant, derived from its history and, for {@link
 * #EXPIRED}, from the instant itself. The first four follow one another in the order declared here;
 * {@link #SUSPENDED} and {@link #CERTIFIED} alternate; {@link #WITHDRAWN} may follow any status but
 * {@link #EXPIRED}; a certified or suspended certificate is {@link #EXPIRED} from its expiry on,
 * unless it was recertified before.
 */
public enum CertificateStatus {
  /** Applied for; the stage 1 audit (readiness, documents) is owed. */
  APPLIED,
  /** The stage 1 audit is recorded; the stage 2 audit (implementation) is owed. */
  STAGE_1_DONE,
  /** The stage 2 audit is recorded; the certification decision is owed. */
  STAGE_2_DONE,
  /** Certified: valid until the expiry of the current cycle. */
  CERTIFIED,
  /** Suspended by the certification body; surveillance goes on and the expiry stands. */
  SUSPENDED,
  /** Withdrawn, with a reason: the application or the certificate ended for good. */
  WITHDRAWN,
  /** Expired: the expiry of the current cycle passed without recertification. */
  EXPIRED;

  /**
   * Tells whether a certificate in this status is valid: {@link #CERTIFIED} only.
   *
   * @return true if certified
   */
  public boolean isValid() {
    return this == CERTIFIED;
  }

  /**
   * Tells whether the status is final: {@link #WITHDRAWN} or {@link #EXPIRED}, after which no
   * transition is accepted.
   *
   * @return true if withdrawn or expired
   */
  public boolean isEnded() {
    return this == WITHDRAWN || this == EXPIRED;
  }
}
