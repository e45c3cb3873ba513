package org.qms4j.programme;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.qms4j.InvalidModelException;
import org.qms4j.audit.Audit;
import org.qms4j.audit.AuditKind;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.internal.QmsStyle;
import org.qms4j.people.PersonId;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.Registers;
import org.qms4j.training.Role;

/**
 * An audit programme over a period: the audits of a quality system planned to start in it, checked
 * for the independence of their auditors from the processes they own, and the coverage of each
 * catalog by internal audits. The audits themselves live in the system's audit register ({@link
 * QualitySystem#audits()}); the programme adds who owns which process, as the host knows it, and
 * how far back an internal audit counts ({@link #coverageInterval()}, 12 months unless set).
 *
 * <p>Limits: at most {@value #MAX_OWNERS} process owners. Immutable and thread-safe.
 *
 * <pre>{@code
 * AuditProgramme programme = AuditProgramme.builder()
 *     .start(Instant.parse("2026-01-01T00:00:00Z"))
 *     .end(Instant.parse("2027-01-01T00:00:00Z"))
 *     .addProcessOwner(ProcessOwner.of(ClauseRef.parse("iso-9001:2015#8.5"), PersonId.of("dana")))
 *     .build();
 * List<IndependenceViolation> violations = programme.independenceViolations(system);
 * AuditCoverage coverage = programme.coverage(system, StandardCatalogs.ISO_9001, asOf);
 * }</pre>
 */
@Value.Immutable
@QmsStyle
public abstract class AuditProgramme {
  /** The most process owners a programme holds. */
  public static final int MAX_OWNERS = 100_000;

  AuditProgramme() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static ImmutableAuditProgramme.Builder builder() {
    return new ImmutableAuditProgramme.Builder();
  }

  /**
   * The start of the period, inclusive.
   *
   * @return the start
   */
  public abstract Instant start();

  /**
   * The end of the period, exclusive.
   *
   * @return the end
   */
  public abstract Instant end();

  /**
   * Who owns which process.
   *
   * @return the owners
   */
  public abstract List<ProcessOwner> processOwners();

  /**
   * How far back an internal audit counts for coverage.
   *
   * @return the interval, 12 months unless set
   */
  @Value.Default
  public Period coverageInterval() {
    return Period.ofMonths(12);
  }

  /**
   * The system's audits planned to start within the period, sorted by id.
   *
   * @param system the system, not null
   * @return the audits
   */
  public List<Audit> audits(QualitySystem system) {
    Objects.requireNonNull(system, "system");
    List<Audit> in = new ArrayList<>();
    for (Audit a : system.audits()) {
      if (!a.plannedStart().isBefore(start()) && a.plannedStart().isBefore(end())) {
        in.add(a);
      }
    }
    return List.copyOf(in);
  }

  /**
   * Every case, in the programme's audits, of an auditor auditing a clause of a process they own:
   * a clause in scope that is, lies above or lies below a clause they own. Owners are the
   * programme's {@link #processOwners()} and the holders, at the audit's planned start, of the
   * system's roles that own clauses ({@link Registers#ROLES}). Sorted by audit, then in the order
   * of the auditors and the owners; a case found through both is reported twice.
   *
   * @param system the system, not null
   * @return the violations, empty if the programme is independent
   */
  public List<IndependenceViolation> independenceViolations(QualitySystem system) {
    Objects.requireNonNull(system, "system");
    List<IndependenceViolation> found = new ArrayList<>();
    for (Audit a : audits(system)) {
      List<ProcessOwner> owners = new ArrayList<>(processOwners());
      for (Role role : system.register(Registers.ROLES).items()) {
        for (PersonId holder : role.holdersAt(a.plannedStart())) {
          for (ClauseRef clause : role.owns()) {
            owners.add(ProcessOwner.of(clause, holder));
          }
        }
      }
      for (PersonId auditor : a.auditors()) {
        for (ProcessOwner o : owners) {
          if (!o.owner().equals(auditor)) {
            continue;
          }
          for (ClauseRef audited : a.scope()) {
            if (related(system, audited, o.clause())) {
              found.add(new IndependenceViolation(a.id(), auditor, audited, o.clause()));
            }
          }
        }
      }
    }
    return List.copyOf(found);
  }

  /** Whether one clause is the other or lies above or below it, in the same catalog. */
  private static boolean related(QualitySystem system, ClauseRef x, ClauseRef y) {
    if (!x.catalog().equals(y.catalog())) {
      return false;
    }
    Optional<Catalog> c = system.catalog(x.catalog());
    if (c.isEmpty()) {
      return x.number().equals(y.number());
    }
    return c.get().clausePath(x.number()).map(p -> p.contains(y.number())).orElse(false)
        || c.get().clausePath(y.number()).map(p -> p.contains(x.number())).orElse(false);
  }

  /**
   * How the system's internal audits cover one catalog's applicable clauses as of an instant.
   *
   * @param system the system, not null
   * @param catalog the catalog's id, not null
   * @param asOf the instant, not null
   * @return the coverage, clause by clause
   * @throws InvalidModelException if the system holds no such catalog
   */
  public AuditCoverage coverage(QualitySystem system, CatalogId catalog, Instant asOf) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(asOf, "asOf");
    Catalog c =
        system.catalog(catalog).orElseThrow(() -> new InvalidModelException("audit programme: the system holds no catalog " + catalog));
    Map<String, LocatedRequirement> applicable = new LinkedHashMap<>();
    for (LocatedRequirement r : c.requirements()) {
      if (system.exclusionFor(r.id()).isEmpty()) {
        applicable.putIfAbsent(r.clauseNumber(), r);
      }
    }
    List<Audit> internal = new ArrayList<>();
    for (Audit a : system.audits()) {
      if (a.kind() == AuditKind.INTERNAL && a.reportedAt().isPresent() && !a.reportedAt().get().isAfter(asOf)) {
        internal.add(a);
      }
    }
    Instant since = org.qms4j.internal.Instants.minus(asOf, coverageInterval());
    List<ClauseCoverage> clauses = new ArrayList<>(applicable.size());
    for (LocatedRequirement r : applicable.values()) {
      Audit last = null;
      for (Audit a : internal) {
        if (a.covers(r) && (last == null || a.reportedAt().get().isAfter(last.reportedAt().get()))) {
          last = a;
        }
      }
      clauses.add(
          last == null
              ? new ClauseCoverage(r.clause(), Optional.empty(), Optional.empty(), false)
              : new ClauseCoverage(r.clause(), Optional.of(last.id()), last.reportedAt(), !last.reportedAt().get().isBefore(since)));
    }
    return new AuditCoverage(catalog, asOf, coverageInterval(), clauses);
  }

  @Value.Check
  void check() {
    if (!start().isBefore(end())) {
      throw new InvalidModelException("audit programme: end was " + end() + "; expected after start " + start());
    }
    if (processOwners().size() > MAX_OWNERS) {
      throw new InvalidModelException(
          "audit programme: processOwners had " + processOwners().size() + " entries; expected at most " + MAX_OWNERS);
    }
    if (coverageInterval().isNegative() || coverageInterval().isZero()) {
      throw new InvalidModelException("audit programme: coverageInterval was " + coverageInterval() + "; expected a positive period");
    }
  }
}
