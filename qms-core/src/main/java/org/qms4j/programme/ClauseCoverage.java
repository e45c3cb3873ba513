package org.qms4j.programme;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.qms4j.audit.AuditId;
import org.qms4j.catalog.ClauseRef;

/**
 * How one clause stands in the internal audits: the last internal audit reported that covered it,
 * and whether that was within the programme's interval.
 *
 * <p>Immutable and thread-safe.
 *
 * @param clause the clause, not null
 * @param lastAudit the last internal audit that covered it, reported by the instant, if any
 * @param lastReported when that audit was reported, if any
 * @param withinInterval whether it was reported within the interval before the instant
 */
public record ClauseCoverage(ClauseRef clause, Optional<AuditId> lastAudit, Optional<Instant> lastReported, boolean withinInterval) {
  /**
   * Creates a clause's coverage.
   *
   * @param clause the clause, not null
   * @param lastAudit the last covering audit, not null
   * @param lastReported its report instant, present exactly when {@code lastAudit} is, not null
   * @param withinInterval whether it is within the interval
   */
  public ClauseCoverage {
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(lastAudit, "lastAudit");
    Objects.requireNonNull(lastReported, "lastReported");
    if (lastAudit.isPresent() != lastReported.isPresent() || (withinInterval && lastAudit.isEmpty())) {
      throw new IllegalArgumentException("lastAudit and lastReported go together, and withinInterval needs them");
    }
  }

  /**
   * Tells whether no internal audit ever covered the clause.
   *
   * @return true if never audited
   */
  public boolean neverAudited() {
    return lastAudit.isEmpty();
  }
}
