package org.qms4j.readiness;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.qms4j.audit.AuditKind;
import org.qms4j.catalog.CatalogId;
import org.qms4j.certification.Certificate;
import org.qms4j.certification.CertificateId;
import org.qms4j.certification.CertificateStatus;

/**
 * What one certificate of a catalog needs next, as of the assessment's instant: the certification
 * body's next audit, by when, whether it is overdue, and the blockers that would stand against it
 * today ({@link ReadinessAssessment#certifications()}).
 *
 * <p>The next audit follows the certificate's status then:
 *
 * <table>
 *   <caption>Next audit by status</caption>
 *   <tr><th>status</th><th>next audit</th><th>due</th><th>overdue</th></tr>
 *   <tr><td>{@code APPLIED}</td><td>{@code STAGE_1}</td><td>none</td><td>never</td></tr>
 *   <tr><td>{@code STAGE_1_DONE}</td><td>{@code STAGE_2}</td><td>none</td><td>never</td></tr>
 *   <tr><td>{@code STAGE_2_DONE}</td><td>none: the certification decision is owed</td><td>none</td><td>never</td></tr>
 *   <tr><td>{@code CERTIFIED}, {@code SUSPENDED}</td><td>{@code SURVEILLANCE} while one of the
 *       cycle's two is owed ({@link Certificate#nextSurveillanceDueAt}), then {@code
 *       RECERTIFICATION}</td><td>the surveillance due date, or the cycle's expiry</td><td>from the
 *       surveillance due date on; recertification is never overdue while the certificate is
 *       valid</td></tr>
 *   <tr><td>{@code EXPIRED}</td><td>{@code RECERTIFICATION}: certification bodies may restore an
 *       expired certificate by completing it soon after expiry</td><td>the expiry</td><td>always</td></tr>
 *   <tr><td>{@code WITHDRAWN}</td><td>none</td><td>none</td><td>never</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 *
 * @param certificate the certificate
 * @param catalog the catalog it certifies against: the assessed catalog or one it derives from
 * @param status its status at the assessment's instant
 * @param nextAudit the certification body's next audit, if one is owed
 * @param dueAt when that audit is due, if it has a due date
 * @param overdue whether it is due at or before the assessment's instant and not held
 * @param blockers the assessment's blockers, which the next audit would find today
 */
public record CertificationOutlook(
    CertificateId certificate,
    CatalogId catalog,
    CertificateStatus status,
    Optional<AuditKind> nextAudit,
    Optional<Instant> dueAt,
    boolean overdue,
    List<Blocker> blockers) {

  /**
   * Creates an outlook.
   *
   * @param certificate the certificate, not null
   * @param catalog its catalog, not null
   * @param status its status, not null
   * @param nextAudit the next audit, not null
   * @param dueAt its due instant, present only with a next audit, not null
   * @param overdue whether it is overdue; only with a due instant
   * @param blockers the blockers, not null, no null element; copied
   * @throws NullPointerException if an argument or a blocker is null
   * @throws IllegalArgumentException if a due instant comes without a next audit, or overdue
   *     without a due instant
   */
  public CertificationOutlook {
    Objects.requireNonNull(certificate, "certificate");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(nextAudit, "nextAudit");
    Objects.requireNonNull(dueAt, "dueAt");
    blockers = List.copyOf(blockers);
    if ((dueAt.isPresent() && nextAudit.isEmpty()) || (overdue && dueAt.isEmpty())) {
      throw new IllegalArgumentException(
          "certification outlook of " + certificate + ": next audit " + nextAudit + ", due " + dueAt + ", overdue " + overdue
              + "; expected a due instant only with a next audit, and overdue only with a due instant");
    }
  }

  /**
   * Tells whether the next audit would find nothing in the way today: no blocker.
   *
   * @return true if there is no blocker
   */
  public boolean isReady() {
    return blockers.isEmpty();
  }
}
