package org.qms4j.certification;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.qms4j.history.SignatureMeaning;

/**
 * The acts that change a {@link Certificate}, each recorded as one event whose {@linkplain
 * org.qms4j.history.Event#action() action} is {@link #eventName()}. No act is accepted at or after
 * the expiry of a cycle that was not renewed: the certificate is {@link CertificateStatus#EXPIRED}
 * then, and stays so.
 *
 * <table>
 *   <caption>Transitions, their gates and their signature meanings</caption>
 *   <tr><th>transition</th><th>from</th><th>to</th><th>needs</th><th>meaning</th></tr>
 *   <tr><td>{@code APPLY}</td><td>(nothing)</td><td>{@code APPLIED}</td><td>an id, a catalog, a
 *       certification body</td><td>authored</td></tr>
 *   <tr><td>{@code RECORD_STAGE_1}</td><td>{@code APPLIED}</td><td>{@code STAGE_1_DONE}</td>
 *       <td>an audit not recorded yet</td><td></td></tr>
 *   <tr><td>{@code RECORD_STAGE_2}</td><td>{@code STAGE_1_DONE}</td><td>{@code STAGE_2_DONE}</td>
 *       <td>an audit not recorded yet</td><td></td></tr>
 *   <tr><td>{@code CERTIFY}</td><td>{@code STAGE_2_DONE}</td><td>{@code CERTIFIED}</td><td>a
 *       decision not after the event and less than three years before it</td><td>approved</td></tr>
 *   <tr><td>{@code RECORD_SURVEILLANCE}</td><td>{@code CERTIFIED}, {@code SUSPENDED}</td>
 *       <td>(same)</td><td>an audit not recorded yet</td><td></td></tr>
 *   <tr><td>{@code RECERTIFY}</td><td>{@code CERTIFIED}</td><td>{@code CERTIFIED}, a new
 *       cycle</td><td>an audit not recorded yet, a decision not after the event and after the
 *       current cycle's decision</td><td>approved</td></tr>
 *   <tr><td>{@code SUSPEND}</td><td>{@code CERTIFIED}</td><td>{@code SUSPENDED}</td><td>a
 *       reason</td><td>approved</td></tr>
 *   <tr><td>{@code REINSTATE}</td><td>{@code SUSPENDED}</td><td>{@code CERTIFIED}</td><td></td>
 *       <td>approved</td></tr>
 *   <tr><td>{@code WITHDRAW}</td><td>any but {@code WITHDRAWN}, {@code EXPIRED}</td>
 *       <td>{@code WITHDRAWN}</td><td>a reason</td><td>approved</td></tr>
 * </table>
 */
public enum CertificateTransition {
  /** Applies for certification. */
  APPLY("applied", SignatureMeaning.AUTHORED),
  /** Records the stage 1 audit (readiness, documents). */
  RECORD_STAGE_1("stage-1-recorded", null),
  /** Records the stage 2 audit (implementation). */
  RECORD_STAGE_2("stage-2-recorded", null),
  /** Records the certification decision, which starts the first three-year cycle. */
  CERTIFY("certified", SignatureMeaning.APPROVED),
  /** Records a surveillance audit, which meets the earliest unmet surveillance due date. */
  RECORD_SURVEILLANCE("surveillance-recorded", null),
  /** Records the recertification audit and decision, which start a new three-year cycle. */
  RECERTIFY("recertified", SignatureMeaning.APPROVED),
  /** Suspends the certificate. */
  SUSPEND("suspended", SignatureMeaning.APPROVED),
  /** Lifts a suspension. */
  REINSTATE("reinstated", SignatureMeaning.APPROVED),
  /** Withdraws the application or the certificate for good. */
  WITHDRAW("withdrawn", SignatureMeaning.APPROVED);

  private final String eventName;
  private final @Nullable SignatureMeaning meaning;

  CertificateTransition(String eventName, @Nullable SignatureMeaning meaning) {
    this.eventName = eventName;
    this.meaning = meaning;
  }

  /**
   * The event's action name, such as {@code surveillance-recorded}.
   *
   * @return the name
   */
  public String eventName() {
    return eventName;
  }

  /**
   * What the act means as a signature, where it is one.
   *
   * @return the meaning, if any
   */
  public Optional<SignatureMeaning> meaning() {
    return Optional.ofNullable(meaning);
  }

  static Optional<CertificateTransition> ofEventName(String name) {
    for (CertificateTransition t : values()) {
      if (t.eventName.equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
