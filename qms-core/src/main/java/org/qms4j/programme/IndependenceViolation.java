package org.qms4j.programme;

import java.util.Objects;
import org.qms4j.audit.AuditId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.people.PersonId;

/**
 * An auditor who audits a process they own: a clause in the audit's scope is, lies above or lies
 * below a clause the auditor owns.
 *
 * <p>Immutable and thread-safe.
 *
 * @param audit the audit, not null
 * @param auditor the lead auditor or team member, not null
 * @param audited the clause in the audit's scope, not null
 * @param owned the clause the auditor owns, not null
 */
public record IndependenceViolation(AuditId audit, PersonId auditor, ClauseRef audited, ClauseRef owned) {
  /**
   * Creates a violation.
   *
   * @param audit the audit, not null
   * @param auditor the auditor, not null
   * @param audited the clause audited, not null
   * @param owned the clause owned, not null
   */
  public IndependenceViolation {
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(auditor, "auditor");
    Objects.requireNonNull(audited, "audited");
    Objects.requireNonNull(owned, "owned");
  }

  @Override
  public String toString() {
    return auditor + " audits " + audited + " in " + audit + " but owns " + owned;
  }
}
