package org.qms4j.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qms4j.testing.ConformityArbitraries.AS_OF;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.qms4j.audit.Audit;
import org.qms4j.audit.AuditId;
import org.qms4j.audit.AuditKind;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.catalog.ReviewInput;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.conformity.RequirementResult;
import org.qms4j.conformity.Verdict;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.people.PersonId;
import org.qms4j.programme.AuditProgramme;
import org.qms4j.programme.ClauseCoverage;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.Registers;
import org.qms4j.testing.ConformityArbitraries;
import org.qms4j.testing.ConformityArbitraries.Scenario;
import org.qms4j.testing.ManagementFixtures;
import org.qms4j.training.Competence;
import org.qms4j.training.Role;
import org.qms4j.training.RoleAssignment;
import org.qms4j.training.RoleId;
import org.qms4j.training.TrainingRecord;
import org.qms4j.training.TrainingRecordId;

/**
 * Readiness over generated scenarios ({@link ConformityArbitraries#scenarios()}) given internal
 * audits, management reviews, a process-owner role with its training and a certificate: it never
 * throws for a valid system and its report, it is ready exactly when it has no blocker, and each
 * blocker agrees with an independent reading of the report and the registers.
 */
class ReadinessAssessmentProperties {
  private static final CatalogId A = CatalogId.of("a:1");
  private static final CatalogId B = CatalogId.of("b:1");
  private static final List<String> CLAUSES = List.of("1", "1.1", "1.2", "2", "2.1", "3");
  private static final PersonId AUDITOR = PersonId.of("aud");
  private static final PersonId HOLDER = PersonId.of("p1");
  private static final List<Instant> TIMES =
      List.of(
          AS_OF.minus(Duration.ofDays(400)),
          AS_OF.minus(Duration.ofDays(300)),
          AS_OF.minus(Duration.ofDays(30)),
          AS_OF.minusSeconds(1),
          AS_OF,
          AS_OF.plusSeconds(1),
          AS_OF.plus(Duration.ofDays(60)));

  /** A scenario with management registers added, and an instant to assess it at. */
  record Case(Scenario scenario, QualitySystem system, Instant asOf) {
    ConformityReport report() {
      return scenario.engine().evaluate(system, asOf);
    }
  }

  private static Audit audit(AuditId id, AuditKind kind, Instant reported, boolean isReported, CatalogId catalog, Set<String> clauses) {
    var b =
        Audit.builder()
            .id(id)
            .kind(kind)
            .title("Audit " + id)
            .leadAuditor(AUDITOR)
            .plannedStart(reported.minus(Duration.ofDays(2)))
            .plannedEnd(reported.minus(Duration.ofDays(1)))
            .startedAt(reported.minus(Duration.ofDays(2)));
    if (isReported) {
      b.reportedAt(reported);
    }
    clauses.forEach(c -> b.addScope(ClauseRef.of(catalog, c)));
    return b.build();
  }

  private static Arbitrary<Audit> audits(int n) {
    return Combinators.combine(
            Arbitraries.of(AuditKind.INTERNAL, AuditKind.INTERNAL, AuditKind.INTERNAL, AuditKind.SUPPLIER),
            Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(TIMES.subList(1, 4))), Tuple.of(1, Arbitraries.of(TIMES))),
            Arbitraries.of(true, true, true, false),
            Arbitraries.of(A, A, B),
            Arbitraries.oneOf(Arbitraries.just(Set.of("1", "2", "3")), Arbitraries.of(CLAUSES).set().ofMinSize(1).ofMaxSize(3)))
        .as((kind, reported, isReported, catalog, clauses) -> audit(AuditId.of("IA-" + n), kind, reported, isReported, catalog, clauses));
  }

  private static Arbitrary<org.qms4j.review.ManagementReview> reviews(int n) {
    List<String> codes = ManagementFixtures.REVIEW_INPUTS.stream().map(ReviewInput::code).toList();
    return Combinators.combine(
            Arbitraries.of(Set.of(A), Set.of(A), Set.of(B), Set.of(A, B)),
            Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(TIMES.subList(2, 6))), Tuple.of(1, Arbitraries.of(TIMES))),
            Arbitraries.oneOf(Arbitraries.just(Set.copyOf(codes)), Arbitraries.of(codes).set().ofMaxSize(codes.size() - 1)))
        .as((catalogs, held, covered) -> ManagementFixtures.review("MR-" + n, catalogs, held, covered));
  }

  private static Arbitrary<Role> roles() {
    return Combinators.combine(Arbitraries.of(A, B), Arbitraries.of(CLAUSES), Arbitraries.of(TIMES))
        .as(
            (catalog, clause, since) ->
                Role.builder()
                    .id(RoleId.of("owner"))
                    .name("Process owner")
                    .addRequire(Competence.skill("Process"))
                    .addOwn(ClauseRef.of(catalog, clause))
                    .addHolder(RoleAssignment.since(HOLDER, since))
                    .build());
  }

  private static Arbitrary<TrainingRecord> training() {
    return Combinators.combine(Arbitraries.of(TIMES), Arbitraries.of(TIMES).optional(0.5), Arbitraries.of(true, false).optional(0.7))
        .as(
            (completed, expires, effective) -> {
              TrainingRecord r =
                  TrainingRecord.builder()
                      .id(TrainingRecordId.of("T-1"))
                      .person(HOLDER)
                      .competence(Competence.skill("Process"))
                      .completedAt(completed)
                      .expiresAt(expires.filter(e -> e.isAfter(completed)))
                      .build();
              return effective.isPresent() ? r.withEvaluation(completed.plus(Duration.ofDays(10)), AUDITOR, effective.get()) : r;
            });
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<List<Audit>> audits = Arbitraries.integers().between(0, 4).flatMap(n -> list(n, ReadinessAssessmentProperties::audits));
    Arbitrary<List<org.qms4j.review.ManagementReview>> reviews =
        Arbitraries.integers().between(0, 2).flatMap(n -> list(n, ReadinessAssessmentProperties::reviews));
    // half the time, a full cycle of a:1 audited 30 days before AS_OF and reviewed a second before it
    Arbitrary<Optional<org.qms4j.review.ManagementReview>> cycle =
        Arbitraries.of(true, false)
            .map(all -> ManagementFixtures.review("MR-cycle", Set.of(A), TIMES.get(3), all ? List.of("audit-results", "customer-feedback") : List.of("audit-results")))
            .optional(0.5);
    Arbitrary<Optional<org.qms4j.certification.Certificate>> certificates =
        Combinators.combine(
                Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.integers().between(1, 3)), Tuple.of(2, Arbitraries.just(4))),
                Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(TIMES.get(0))), Tuple.of(1, Arbitraries.of(TIMES.subList(1, 5)))),
                Arbitraries.integers().between(0, 2),
                Arbitraries.of(true, false))
            .as((stages, decision, surveillances, suspended) -> ManagementFixtures.certificate("C-1", A, stages, decision, surveillances, suspended))
            .optional(0.7);
    Arbitrary<Instant> instants =
        Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.of(TIMES)), Tuple.of(2, Arbitraries.of(AS_OF.plus(Duration.ofDays(400)), Instant.MIN, Instant.MAX)));
    return Combinators.combine(
            ConformityArbitraries.scenarios(),
            Arbitraries.of(true, true, true, true, false),
            audits,
            Combinators.combine(reviews, cycle).as((r, c) -> c.isPresent() ? withCycle(r, c.get()) : r),
            roles().optional(0.6),
            training().optional(0.6),
            certificates,
            instants)
        .as(
            (scenario, reviewClause, auditList, reviewList, role, record, certificate, asOf) -> {
              QualitySystem s = scenario.system();
              if (reviewClause) {
                s = ManagementFixtures.withCatalog(s, ManagementFixtures.withReviewClause(s.catalog(A).orElseThrow(), "3"));
              }
              s = s.with(Registers.PEOPLE, ManagementFixtures.person(AUDITOR.value()))
                  .with(Registers.PEOPLE, ManagementFixtures.person(HOLDER.value()))
                  .with(Registers.PEOPLE, ManagementFixtures.person(ManagementFixtures.APPROVER.value()));
              for (Audit a : auditList) {
                s = s.withAudit(a);
              }
              for (var r : reviewList) {
                s = s.with(Registers.REVIEWS, r);
                if (r.id().value().equals("MR-cycle")) {
                  s = s.withAudit(audit(AuditId.of("IA-cycle"), AuditKind.INTERNAL, TIMES.get(2), true, A, Set.of("1", "2", "3")));
                }
              }
              if (role.isPresent()) {
                s = s.with(Registers.ROLES, role.get());
              }
              if (record.isPresent()) {
                s = s.with(Registers.TRAINING, record.get());
              }
              if (certificate.isPresent()) {
                s = s.with(Registers.CERTIFICATES, certificate.get());
              }
              return new Case(scenario, s, asOf);
            });
  }

  private static List<org.qms4j.review.ManagementReview> withCycle(
      List<org.qms4j.review.ManagementReview> reviews, org.qms4j.review.ManagementReview cycle) {
    List<org.qms4j.review.ManagementReview> all = new ArrayList<>(reviews);
    all.add(cycle);
    return all;
  }

  private static <T> Arbitrary<List<T>> list(int n, java.util.function.IntFunction<Arbitrary<T>> item) {
    List<Arbitrary<T>> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(item.apply(i));
    }
    return Combinators.combine(items).as(l -> l);
  }

  private static ConformityReport reportOrSkip(Case c) {
    ConformityReport report = null;
    try {
      report = c.report();
    } catch (RuntimeException e) {
      // the engine's own limits at the ends of time are not readiness's concern
    }
    Assume.that(report != null);
    return report;
  }

  @Property(tries = 300)
  
  void ofAll_neverThrows_andIsReadyExactlyWithoutBlockers_oneBlockerPerCodeInCodeOrder(@ForAll("cases") Case c) {
    ConformityReport report = reportOrSkip(c);

    List<ReadinessAssessment> all = ReadinessAssessment.ofAll(c.system(), report, c.asOf());

    assertThat(all).extracting(ReadinessAssessment::catalog).containsExactlyElementsOf(c.system().catalogs().stream().map(Catalog::id).toList());
    for (ReadinessAssessment a : all) {
      assertThat(a.isReady()).isEqualTo(a.blockers().isEmpty());
      List<BlockerCode> codes = a.blockers().stream().map(Blocker::code).toList();
      codes.forEach(code -> Statistics.label("blocker").collect(code));
      Statistics.label("ready").collect(a.isReady());
      Statistics.label("review after the audit cycle").collect(a.managementReview().isPresent());
      Statistics.label("outlook").collect(a.certifications().stream().map(o -> o.nextAudit().map(Enum::name).orElse("none") + (o.overdue() ? " overdue" : "")).toList());
      assertThat(codes).doesNotHaveDuplicates().isSorted();
      for (BlockerCode code : BlockerCode.values()) {
        assertThat(a.blocker(code).isPresent()).isEqualTo(codes.contains(code));
      }
      assertThat(a.certifications()).allSatisfy(o -> assertThat(o.blockers()).isEqualTo(a.blockers()));
      ReadinessAssessment one = ReadinessAssessment.of(c.system(), report, a.catalog(), c.asOf());
      assertThat(one.blockers()).isEqualTo(a.blockers());
      assertThat(one.certifications()).isEqualTo(a.certifications());
    }
    // the generator reaches every blocker, a review after a complete audit cycle and an overdue surveillance
    Statistics.label("blocker").coverage(check -> {
      for (BlockerCode code : BlockerCode.values()) {
        check.check(code).count(n -> n > 0);
      }
    });
    Statistics.label("review after the audit cycle").coverage(check -> check.check(true).count(n -> n > 0));
    Statistics.label("outlook").coverage(check -> check.check(List.of("SURVEILLANCE overdue")).count(n -> n > 0));
  }

  @Property(tries = 300)
  void requirementBlockers_nameExactlyTheApplicableResultsOfEachVerdict(@ForAll("cases") Case c) {
    ConformityReport report = reportOrSkip(c);

    for (Catalog catalog : c.system().catalogs()) {
      ReadinessAssessment a = ReadinessAssessment.of(c.system(), report, catalog.id(), c.asOf());
      Map<Verdict, List<RequirementId>> expected = new EnumMap<>(Verdict.class);
      for (RequirementResult r : report.results()) {
        if (r.clause().catalog().equals(catalog.id())) {
          expected.computeIfAbsent(r.verdict(), v -> new ArrayList<>()).add(r.requirement());
        }
      }
      assertThat(a.blocker(BlockerCode.REQUIREMENT_NOT_ASSESSED).map(Blocker::requirements))
          .isEqualTo(Optional.ofNullable(expected.get(Verdict.NOT_ASSESSED)));
      assertThat(a.blocker(BlockerCode.REQUIREMENT_NONCONFORMING).map(Blocker::requirements))
          .isEqualTo(Optional.ofNullable(expected.get(Verdict.NONCONFORMING)));
      assertThat(a.blocker(BlockerCode.REQUIREMENT_PARTIALLY_CONFORMING).map(Blocker::requirements))
          .isEqualTo(Optional.ofNullable(expected.get(Verdict.PARTIALLY_CONFORMING)));
    }
  }

  @Property(tries = 300)
  void registerBlockers_agreeWithTheRegisters(@ForAll("cases") Case c) {
    ConformityReport report = reportOrSkip(c);
    QualitySystem system = c.system();
    Instant asOf = c.asOf();

    for (Catalog catalog : system.catalogs()) {
      ReadinessAssessment a = ReadinessAssessment.of(system, report, catalog.id(), asOf);
      Set<RequirementId> ours = new LinkedHashSet<>();
      catalog.requirements().forEach(r -> ours.add(r.id()));

      Set<Object> majors = new TreeSet<>();
      for (Finding f : system.findings()) {
        if (f.grade() == FindingGrade.MAJOR_NONCONFORMITY
            && !f.raisedAt().isAfter(asOf)
            && f.closedAt().map(asOf::isBefore).orElse(true)
            && f.requirements().stream().anyMatch(ours::contains)) {
          majors.add(f.id());
        }
      }
      assertThat(a.blocker(BlockerCode.OPEN_MAJOR_NONCONFORMITY).map(b -> Set.copyOf(b.findings())))
          .isEqualTo(majors.isEmpty() ? Optional.empty() : Optional.of(majors));

      Set<Object> late = new TreeSet<>();
      system.overdue(ReadinessPolicy.standard().deadlinePolicy(), asOf).stream()
          .filter(o -> system.finding(o.finding()).orElseThrow().requirements().stream().anyMatch(ours::contains))
          .forEach(o -> late.add(o.finding()));
      assertThat(a.blocker(BlockerCode.CORRECTIVE_ACTION_OVERDUE).map(b -> Set.copyOf(b.findings())))
          .isEqualTo(late.isEmpty() ? Optional.empty() : Optional.of(late));

      // the programme's coverage, worked out on its own (within the calendar's range), judges
      // applicability by exclusions, as the engine's report does in these scenarios
      if (TIMES.contains(asOf)) {
        AuditProgramme programme = AuditProgramme.builder().start(asOf.minusSeconds(1)).end(asOf.plusSeconds(1)).build();
        assertThat(a.auditCoverage()).isEqualTo(programme.coverage(system, catalog.id(), asOf));
      }
      List<ClauseRef> uncovered = a.auditCoverage().gaps().stream().map(ClauseCoverage::clause).toList();
      assertThat(a.blocker(BlockerCode.INTERNAL_AUDIT_CYCLE_INCOMPLETE).map(Blocker::clauses))
          .isEqualTo(uncovered.isEmpty() ? Optional.empty() : Optional.of(uncovered));
      assertThat(a.auditCycleCompletedAt().isPresent())
          .isEqualTo(a.auditCoverage().isComplete() && !a.auditCoverage().clauses().isEmpty());
      a.auditCycleCompletedAt().ifPresent(t -> assertThat(t).isBeforeOrEqualTo(asOf));

      boolean reviewsApply = catalog.reviewClause().isPresent();
      if (!reviewsApply || !a.auditCoverage().isComplete()) {
        assertThat(a.managementReview()).isEmpty();
      }
      if (!reviewsApply) {
        assertThat(a.blocker(BlockerCode.NO_MANAGEMENT_REVIEW_AFTER_AUDIT)).isEmpty();
        assertThat(a.blocker(BlockerCode.MANAGEMENT_REVIEW_INPUTS_MISSING)).isEmpty();
      } else {
        assertThat(a.managementReview().isPresent()
                || a.blocker(BlockerCode.NO_MANAGEMENT_REVIEW_AFTER_AUDIT).isPresent()
                || a.blocker(BlockerCode.MANAGEMENT_REVIEW_INPUTS_MISSING).isPresent())
            .as("exactly one of a review after the audit or a review blocker")
            .isTrue();
        assertThat(a.blocker(BlockerCode.NO_MANAGEMENT_REVIEW_AFTER_AUDIT).isPresent()
                && a.blocker(BlockerCode.MANAGEMENT_REVIEW_INPUTS_MISSING).isPresent())
            .isFalse();
      }

      boolean ownsClause =
          system.register(Registers.ROLES).items().stream().anyMatch(r -> r.owns().stream().anyMatch(o -> o.catalog().equals(catalog.id())));
      if (!ownsClause) {
        assertThat(a.blocker(BlockerCode.TRAINING_GAP_IN_PROCESS_OWNER_ROLE)).isEmpty();
      }
    }
  }

  @Property(tries = 100)
  void requirementIdsOfEveryBlocker_belongToItsCatalog(@ForAll("cases") Case c) {
    ConformityReport report = reportOrSkip(c);

    for (ReadinessAssessment a : ReadinessAssessment.ofAll(c.system(), report, c.asOf())) {
      for (Blocker b : a.blockers()) {
        for (RequirementId r : b.requirements()) {
          assertThat(c.system().requirement(r).map(LocatedRequirement::catalog)).contains(a.catalog());
        }
        assertThat(b.clauses()).allSatisfy(cl -> assertThat(cl.catalog()).isEqualTo(a.catalog()));
        assertThat(b.message()).isNotBlank().hasSizeLessThanOrEqualTo(Blocker.MAX_MESSAGE);
      }
    }
  }
}
