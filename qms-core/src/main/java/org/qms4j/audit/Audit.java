package org.qms4j.audit;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.internal.Checks;
import org.qms4j.internal.QmsStyle;
import org.qms4j.people.PersonId;

/**
 * One audit of an audit programme: its kind, its scope (clauses of one or more catalogs; a clause
 * covers the clauses below it), its lead auditor and team, its planned dates and the instants it
 * started, was reported and closed. Its status at an instant follows from those instants ({@link
 * #statusAt}); the findings it raised point back to it ({@code Finding.audit()}).
 *
 * <p>Limits: at most {@value #MAX_SCOPE} clauses in scope and {@value #MAX_TEAM} team members; a
 * title of at most {@value #MAX_TITLE} characters on one line. Planned end not before planned start;
 * reported not before started, closed not before reported, and each only after the one before it
 * is set. Immutable and thread-safe.
 *
 * <pre>{@code
 * Audit a = Audit.builder()
 *     .id(AuditId.of("IA-2026-03"))
 *     .kind(AuditKind.INTERNAL)
 *     .title("Document control on the wards")
 *     .addScope(ClauseRef.parse("iso-9001:2015#7.5"))
 *     .leadAuditor(PersonId.of("cleo"))
 *     .plannedStart(Instant.parse("2026-03-02T08:00:00Z"))
 *     .plannedEnd(Instant.parse("2026-03-03T17:00:00Z"))
 *     .startedAt(Instant.parse("2026-03-02T08:00:00Z"))
 *     .reportedAt(Instant.parse("2026-03-10T12:00:00Z"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@QmsStyle
public abstract class Audit {
  /** The most clauses an audit's scope holds. */
  public static final int MAX_SCOPE = 10_000;
  /** The most team members. */
  public static final int MAX_TEAM = 100;
  /** The longest title accepted. */
  public static final int MAX_TITLE = 300;

  Audit() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static ImmutableAudit.Builder builder() {
    return new ImmutableAudit.Builder();
  }

  /**
   * The id, unique within a quality system.
   *
   * @return the id
   */
  public abstract AuditId id();

  /**
   * The kind of audit.
   *
   * @return the kind
   */
  public abstract AuditKind kind();

  /**
   * A short title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The clauses audited; each covers the clauses below it. At least one.
   *
   * @return the scope
   */
  public abstract Set<ClauseRef> scope();

  /**
   * The lead auditor.
   *
   * @return the lead auditor
   */
  public abstract PersonId leadAuditor();

  /**
   * The other members of the audit team.
   *
   * @return the team, possibly empty
   */
  public abstract Set<PersonId> team();

  /**
   * When the audit is planned to start.
   *
   * @return the planned start
   */
  public abstract Instant plannedStart();

  /**
   * When the audit is planned to end.
   *
   * @return the planned end
   */
  public abstract Instant plannedEnd();

  /**
   * When the audit started, if it has.
   *
   * @return the start
   */
  public abstract Optional<Instant> startedAt();

  /**
   * When the audit report was issued, if it has been: the instant the audit counts as done.
   *
   * @return the report instant
   */
  public abstract Optional<Instant> reportedAt();

  /**
   * When the audit was closed, if it has been.
   *
   * @return the closing instant
   */
  public abstract Optional<Instant> closedAt();

  /**
   * The lead auditor and the team, sorted.
   *
   * @return every auditor
   */
  public Set<PersonId> auditors() {
    Set<PersonId> all = new TreeSet<>(team());
    all.add(leadAuditor());
    return java.util.Collections.unmodifiableSet(all);
  }

  /**
   * Where the audit stands at an instant.
   *
   * @param instant the instant, not null
   * @return the status then
   */
  public AuditStatus statusAt(Instant instant) {
    if (closedAt().isPresent() && !instant.isBefore(closedAt().get())) {
      return AuditStatus.CLOSED;
    }
    if (reportedAt().isPresent() && !instant.isBefore(reportedAt().get())) {
      return AuditStatus.REPORTED;
    }
    if (startedAt().isPresent() && !instant.isBefore(startedAt().get())) {
      return AuditStatus.IN_PROGRESS;
    }
    return AuditStatus.PLANNED;
  }

  /**
   * Tells whether the audit's scope covers a requirement: a clause in scope is the requirement's
   * clause or one above it, in the requirement's catalog.
   *
   * @param requirement the requirement and where it stands, not null
   * @return true if covered
   */
  public boolean covers(LocatedRequirement requirement) {
    for (ClauseRef c : scope()) {
      if (c.catalog().equals(requirement.catalog()) && requirement.isUnder(c.number())) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  void check() {
    String where = "audit " + id();
    Checks.line(title(), MAX_TITLE, where + ": title");
    if (scope().isEmpty()) {
      throw new InvalidModelException(where + ": scope was empty; expected at least one clause");
    }
    if (scope().size() > MAX_SCOPE) {
      throw new InvalidModelException(where + ": scope had " + scope().size() + " clauses; expected at most " + MAX_SCOPE);
    }
    if (team().size() > MAX_TEAM) {
      throw new InvalidModelException(where + ": team had " + team().size() + " members; expected at most " + MAX_TEAM);
    }
    order(plannedStart(), Optional.of(plannedEnd()), where + ": plannedEnd", "plannedStart");
    if (reportedAt().isPresent() && startedAt().isEmpty()) {
      throw new InvalidModelException(where + ": reportedAt was set without startedAt");
    }
    if (closedAt().isPresent() && reportedAt().isEmpty()) {
      throw new InvalidModelException(where + ": closedAt was set without reportedAt");
    }
    startedAt().ifPresent(s -> order(s, reportedAt(), where + ": reportedAt", "startedAt"));
    reportedAt().ifPresent(r -> order(r, closedAt(), where + ": closedAt", "reportedAt"));
  }

  private static void order(Instant first, Optional<Instant> later, String what, String firstName) {
    if (later.isPresent() && later.get().isBefore(first)) {
      throw new InvalidModelException(what + " was " + later.get() + "; expected at or after " + firstName + " " + first);
    }
  }
}
