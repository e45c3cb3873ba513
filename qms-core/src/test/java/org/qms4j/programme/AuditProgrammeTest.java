package org.qms4j.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qms4j.InvalidModelException;
import org.qms4j.audit.Audit;
import org.qms4j.audit.AuditId;
import org.qms4j.audit.AuditKind;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.people.PersonId;
import org.qms4j.standards.StandardCatalogs;
import org.qms4j.system.Exclusion;
import org.qms4j.system.QualitySystem;

class AuditProgrammeTest {
  private static final CatalogId ISO = StandardCatalogs.ISO_9001;
  private static final PersonId DANA = PersonId.of("dana.operations");
  private static final PersonId ELI = PersonId.of("eli.auditor");
  private static final Instant AS_OF = Instant.parse("2026-12-01T00:00:00Z");

  private static Audit audit(String id, AuditKind kind, PersonId lead, String reported, String... clauses) {
    Instant r = Instant.parse(reported + "T12:00:00Z");
    var builder =
        Audit.builder()
            .id(AuditId.of(id))
            .kind(kind)
            .title("Audit " + id)
            .leadAuditor(lead)
            .plannedStart(r.minusSeconds(86_400 * 3))
            .plannedEnd(r.minusSeconds(86_400 * 2))
            .startedAt(r.minusSeconds(86_400 * 3))
            .reportedAt(r);
    for (String c : clauses) {
      builder.addScope(ClauseRef.of(ISO, c));
    }
    return builder.build();
  }

  private static QualitySystem system(Audit... audits) {
    QualitySystem.Builder b =
        QualitySystem.builder().organisation("Example Clinic").scope("Outpatient care").addCatalog(StandardCatalogs.iso9001());
    for (Audit a : audits) {
      b.addAudit(a);
    }
    return b.build();
  }

  private static AuditProgramme programme() {
    return AuditProgramme.builder()
        .start(Instant.parse("2026-01-01T00:00:00Z"))
        .end(Instant.parse("2027-01-01T00:00:00Z"))
        .addProcessOwner(ProcessOwner.of(ClauseRef.of(ISO, "8.5"), DANA))
        .build();
  }

  @Test
  void independenceViolations_auditorOwningAClauseBelowTheScope_isReportedNamingBoth() {
    QualitySystem qs =
        system(
            audit("IA-1", AuditKind.INTERNAL, DANA, "2026-03-10", "8"),
            audit("IA-2", AuditKind.INTERNAL, ELI, "2026-04-10", "8.5.1"),
            audit("IA-3", AuditKind.INTERNAL, DANA, "2026-05-10", "7.5"));

    List<IndependenceViolation> violations = programme().independenceViolations(qs);

    assertThat(violations)
        .containsExactly(new IndependenceViolation(AuditId.of("IA-1"), DANA, ClauseRef.of(ISO, "8"), ClauseRef.of(ISO, "8.5")));
    assertThat(violations.get(0)).hasToString("dana.operations audits iso-9001:2015#8 in IA-1 but owns iso-9001:2015#8.5");
  }

  @Test
  void independenceViolations_teamMemberAuditingBelowTheirProcess_isReported() {
    Audit withTeam =
        Audit.builder().from(audit("IA-2", AuditKind.INTERNAL, ELI, "2026-04-10", "8.5.1")).addTeam(DANA).build();
    assertThat(programme().independenceViolations(system(withTeam)))
        .extracting(IndependenceViolation::auditor, IndependenceViolation::audited)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(DANA, ClauseRef.of(ISO, "8.5.1")));
  }

  @Test
  void audits_onlyThosePlannedToStartInThePeriod() {
    QualitySystem qs =
        system(audit("IA-0", AuditKind.INTERNAL, ELI, "2025-11-10", "4"), audit("IA-1", AuditKind.INTERNAL, ELI, "2026-03-10", "5"));
    assertThat(programme().audits(qs)).extracting(Audit::id).containsExactly(AuditId.of("IA-1"));
  }

  @Test
  void coverage_showsGapsNeverAuditedAndLapsedClauses() {
    QualitySystem qs =
        system(
            audit("IA-old", AuditKind.INTERNAL, ELI, "2025-06-01", "4"),
            audit("IA-1", AuditKind.INTERNAL, ELI, "2026-03-10", "7.5", "8.5"),
            audit("SUP-1", AuditKind.SUPPLIER, ELI, "2026-03-10", "9"),
            audit("IA-future", AuditKind.INTERNAL, ELI, "2026-12-15", "10"));

    AuditCoverage coverage = programme().coverage(qs, ISO, AS_OF);

    assertThat(coverage.covered()).extracting(c -> c.clause().number())
        .containsExactly("7.5.1", "7.5.2", "7.5.3.1", "7.5.3.2", "8.5.1", "8.5.2", "8.5.3", "8.5.4", "8.5.5", "8.5.6");
    ClauseCoverage context = coverage.clauses().stream().filter(c -> c.clause().number().equals("4.1")).findFirst().orElseThrow();
    assertThat(context.lastAudit()).contains(AuditId.of("IA-old"));
    assertThat(context.withinInterval()).isFalse();
    assertThat(coverage.gaps()).contains(context);
    assertThat(coverage.neverAudited()).extracting(c -> c.clause().number()).contains("9.1.1", "10.2.1", "5.1.1").doesNotContain("4.1");
    assertThat(coverage.isComplete()).isFalse();
    assertThat(coverage.clauses()).hasSize(coverage.covered().size() + coverage.gaps().size());
  }

  @Test
  void coverage_excludedClausesAreNotApplicable() {
    QualitySystem qs = system(audit("IA-1", AuditKind.INTERNAL, ELI, "2026-03-10", "8.3")).withExclusion(
        Exclusion.ofClause(ClauseRef.of(ISO, "8.3"), "The clinic designs no products or services."));
    assertThat(programme().coverage(qs, ISO, AS_OF).clauses()).extracting(c -> c.clause().number()).noneMatch(n -> n.startsWith("8.3"));
  }

  @Test
  void coverage_everyClauseAudited_isComplete() {
    QualitySystem qs = system(audit("IA-all", AuditKind.INTERNAL, ELI, "2026-06-01", "4", "5", "6", "7", "8", "9", "10"));
    assertThat(programme().coverage(qs, ISO, AS_OF).isComplete()).isTrue();
    assertThat(AuditProgramme.builder().from(programme()).coverageInterval(Period.ofMonths(3)).build().coverage(qs, ISO, AS_OF).isComplete())
        .isFalse();
  }

  @Test
  void builder_refusesAnEmptyPeriodAndUnknownCatalogs() {
    assertThatThrownBy(() -> AuditProgramme.builder().start(AS_OF).end(AS_OF).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("end was");
    assertThatThrownBy(() -> programme().coverage(system(), CatalogId.of("iso-13485:2016"), AS_OF))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("iso-13485:2016");
  }

  @Test
  void independenceViolations_readOwnersFromTheRolesTheSystemHolds() {
    org.qms4j.training.Role lead =
        org.qms4j.training.Role.builder()
            .id(org.qms4j.training.RoleId.of("infection-control-lead"))
            .name("Infection control lead")
            .addOwn(ClauseRef.of(ISO, "8.5.1"))
            .addHolder(org.qms4j.training.RoleAssignment.since(ELI, Instant.parse("2026-01-01T00:00:00Z")))
            .build();
    QualitySystem qs =
        system(audit("IA-2", AuditKind.INTERNAL, ELI, "2026-04-10", "8.5"))
            .with(org.qms4j.system.Registers.PEOPLE, org.qms4j.people.Person.of(ELI, "Eli Brown"))
            .with(org.qms4j.system.Registers.ROLES, lead);

    assertThat(programme().independenceViolations(qs))
        .containsExactly(new IndependenceViolation(AuditId.of("IA-2"), ELI, ClauseRef.of(ISO, "8.5"), ClauseRef.of(ISO, "8.5.1")));
  }

  @Test
  void coverageAtTheEndsOfTimeDoesNotThrow() {
    QualitySystem qs = system(audit("IA-1", AuditKind.INTERNAL, ELI, "2026-03-10", "7.5"));
    assertThat(programme().coverage(qs, ISO, java.time.Instant.MIN).isComplete()).isFalse();
    assertThat(programme().coverage(qs, ISO, java.time.Instant.MAX).covered()).isEmpty();
  }
}
