package org.qms4j.certification;

import java.util.List;
import org.qms4j.QmsException;

/**
 * Thrown when a transition of a {@link Certificate} is not allowed: it names the certificate, its
 * status at the instant of the attempt, the transition attempted and what is missing. The
 * certificate is unchanged.
 */
public final class IllegalCertificateTransitionException extends QmsException {
  private static final long serialVersionUID = 1L;

  /** The certificate whose transition was refused. */
  private final transient CertificateId certificate;
  /** Its status at the instant of the attempt. */
  private final CertificateStatus status;
  /** The transition attempted. */
  private final CertificateTransition transition;
  /** What was missing. */
  private final transient List<String> missing;

  IllegalCertificateTransitionException(
      CertificateId certificate, CertificateStatus status, CertificateTransition transition, List<String> missing) {
    super(
        "certificate "
            + certificate
            + ": cannot "
            + transition.name()
            + " in status "
            + status
            + "; missing "
            + String.join(", ", missing));
    this.certificate = certificate;
    this.status = status;
    this.transition = transition;
    this.missing = List.copyOf(missing);
  }

  /**
   * The certificate whose transition was refused.
   *
   * @return the id
   */
  public CertificateId certificate() {
    return certificate;
  }

  /**
   * The certificate's status at the instant of the attempt, unchanged.
   *
   * @return the status
   */
  public CertificateStatus status() {
    return status;
  }

  /**
   * The transition attempted.
   *
   * @return the transition
   */
  public CertificateTransition transition() {
    return transition;
  }

  /**
   * What the transition needs and did not have, in words.
   *
   * @return the missing things, not empty
   */
  public List<String> missing() {
    return missing;
  }
}
