package org.qms4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qms4j.examples.ClinicJourney.DOCUMENT_HANDLING;
import static org.qms4j.examples.ClinicJourney.EQUIPMENT;
import static org.qms4j.examples.ClinicJourney.ISO_7101;
import static org.qms4j.examples.ClinicJourney.ISO_9001;
import static org.qms4j.examples.ClinicJourney.SERVICE_PROVISION;
import static org.qms4j.examples.Records.day;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qms4j.audit.AuditKind;
import org.qms4j.capa.ActionState;
import org.qms4j.catalog.RequirementId;
import org.qms4j.certification.Certificate;
import org.qms4j.certification.CertificateStatus;
import org.qms4j.conformity.ReasonCode;
import org.qms4j.conformity.RequirementResult;
import org.qms4j.conformity.Verdict;
import org.qms4j.finding.FindingGrade;
import org.qms4j.gap.GapPriority;
import org.qms4j.json.QmsJson;
import org.qms4j.plan.ScheduledTask;
import org.qms4j.plan.TaskKind;
import org.qms4j.readiness.Blocker;
import org.qms4j.readiness.BlockerCode;
import org.qms4j.system.Registers;

class ClinicJourneyTest {
  @TempDir static Path directory;
  static ClinicJourney.Outcome outcome;
  static String printed;

  @BeforeAll
  static void run() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    outcome = ClinicJourney.run(directory, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    printed = bytes.toString(StandardCharsets.UTF_8);
  }

  private static RequirementResult result(Step step, RequirementId id) {
    return step.report().result(id).orElseThrow();
  }

  @Test
  void start_hasFewDocumentsAndMostRequirementsNotAssessed() {
    Step start = outcome.steps().get(0);
    assertThat(start.system().register(Registers.DOCUMENTS).size()).isEqualTo(3);
    assertThat(start.catalog(ISO_9001).counts().count(Verdict.NOT_ASSESSED)).isEqualTo(52);
    assertThat(start.catalog(ISO_9001).counts().count(Verdict.NOT_APPLICABLE)).as("8.3 excluded").isEqualTo(6);
    assertThat(start.catalog(ISO_7101).counts().count(Verdict.CONFORMING)).isEqualTo(5);
  }

  @Test
  void start_gapAnalysisPutsMissingDocumentedInformationFirstAndReadinessIsBlocked() {
    Step start = outcome.start();
    assertThat(start.gaps().gaps()).hasSize(52 + 31);
    assertThat(start.gaps().gaps().get(0).requirement()).isEqualTo(RequirementId.of("iso-9001:2015/4.4.2"));
    assertThat(start.gaps().gaps().get(0).priority()).isEqualTo(GapPriority.MISSING_DOCUMENTED_INFORMATION);
    for (var catalog : List.of(ISO_9001, ISO_7101)) {
      assertThat(start.readiness(catalog).blockers())
          .extracting(Blocker::code)
          .containsExactly(
              BlockerCode.REQUIREMENT_NOT_ASSESSED, BlockerCode.INTERNAL_AUDIT_CYCLE_INCOMPLETE, BlockerCode.NO_MANAGEMENT_REVIEW_AFTER_AUDIT);
    }
  }

  @Test
  void plan_followsTheGapsAndItsCriticalPathEndsAtTheCertificationAudit() {
    var plan = outcome.plan();
    assertThat(plan.plan().tasks()).filteredOn(t -> t.kind() == TaskKind.GAP)
        .flatExtracting(t -> List.copyOf(t.requirements()))
        .containsExactlyInAnyOrderElementsOf(outcome.start().gaps().gaps().stream().map(g -> g.requirement()).toList());
    List<ScheduledTask> critical = plan.criticalPath();
    ScheduledTask last = critical.get(critical.size() - 1);
    assertThat(last.task().kind()).isEqualTo(TaskKind.MILESTONE);
    assertThat(last.task().title()).isEqualTo("Certification audit");
    assertThat(last.start()).isEqualTo(plan.finish());
    assertThat(critical.get(0).start()).isEqualTo(ClinicJourney.PLAN_START);
    assertThat(critical).extracting(t -> t.task().title())
        .contains("iso-9001:2015 7 Support - Document control", "iso-9001:2015 9 Performance evaluation - Internal audit");
    for (int i = 1; i < critical.size(); i++) {
      assertThat(critical.get(i).task().dependsOn()).as(critical.get(i).id().value()).contains(critical.get(i - 1).id());
    }
  }

  @Test
  void plan_asFollowed_isLevelledAndEveryTaskIsDoneByTheCertification() {
    var followed = outcome.followed();
    assertThat(followed.overAllocations().size()).isLessThan(outcome.plan().overAllocations().size());
    assertThat(followed.finish()).isEqualTo(LocalDate.of(2026, 6, 11));
    var progress = followed.progress(LocalDate.of(2026, 9, 30));
    assertThat(progress.done()).isEqualTo(progress.total());
    assertThat(followed.slipped(LocalDate.of(2026, 7, 13))).extracting(s -> followed.plan().task(s.task()).orElseThrow().title())
        .contains("iso-9001:2015 9 Performance evaluation - Management review", "Certification audit");
  }

  @Test
  void internalAudit_raisesAMajorAndAMinorNonconformity() {
    Step audited = outcome.audited();
    assertThat(audited.system().findingsOf(ClinicJourney.INTERNAL_AUDIT))
        .extracting(f -> f.grade())
        .containsExactlyInAnyOrder(
            FindingGrade.MAJOR_NONCONFORMITY, FindingGrade.MINOR_NONCONFORMITY, FindingGrade.OPPORTUNITY_FOR_IMPROVEMENT);
    assertThat(result(audited, EQUIPMENT).verdict()).isEqualTo(Verdict.NONCONFORMING);
    assertThat(result(audited, EQUIPMENT).hasReason(ReasonCode.OPEN_MAJOR_NONCONFORMITY)).isTrue();
    assertThat(result(audited, SERVICE_PROVISION).verdict()).isEqualTo(Verdict.NONCONFORMING);
    assertThat(result(audited, DOCUMENT_HANDLING).verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
    assertThat(result(audited, DOCUMENT_HANDLING).hasReason(ReasonCode.OPEN_MINOR_NONCONFORMITY)).isTrue();
    assertThat(audited.catalog(ISO_9001).verdict()).isEqualTo(Verdict.NONCONFORMING);
    assertThat(audited.catalog(ISO_7101).verdict()).isEqualTo(Verdict.NONCONFORMING);
    assertThat(audited.gaps().gaps().get(0).requirement()).isEqualTo(SERVICE_PROVISION);
    assertThat(audited.gaps().gaps().get(0).priority()).isEqualTo(GapPriority.OPEN_MAJOR_NONCONFORMITY);
    var blockers = audited.readiness(ISO_7101).blockers();
    assertThat(blockers).extracting(Blocker::code)
        .contains(BlockerCode.OPEN_MAJOR_NONCONFORMITY, BlockerCode.NO_MANAGEMENT_REVIEW_AFTER_AUDIT)
        .doesNotContain(BlockerCode.INTERNAL_AUDIT_CYCLE_INCOMPLETE);
    assertThat(audited.readiness(ISO_7101).blocker(BlockerCode.OPEN_MAJOR_NONCONFORMITY).orElseThrow().findings())
        .containsExactly(ClinicJourney.MAJOR);
  }

  @Test
  void correctiveActions_closeBothNonconformitiesThroughTheirLifecycle() {
    var system = outcome.corrected().system();
    for (var id : List.of(ClinicJourney.MAJOR_ACTION, ClinicJourney.MINOR_ACTION)) {
      var action = system.correctiveAction(id).orElseThrow();
      assertThat(action.state()).isEqualTo(ActionState.CLOSED);
      assertThat(action.history().events()).extracting(e -> e.action())
          .containsExactly(
              "opened", "correction-recorded", "root-cause-identified", "action-planned", "implemented", "effectiveness-verified", "closed");
      assertThat(action.history().verify(action.history().head()).intact()).isTrue();
    }
    assertThat(system.finding(ClinicJourney.MAJOR).orElseThrow().closedAt()).contains(day("2026-07-10"));
    assertThat(result(outcome.corrected(), EQUIPMENT).verdict()).isEqualTo(Verdict.CONFORMING);
    assertThat(result(outcome.corrected(), DOCUMENT_HANDLING).verdict()).isEqualTo(Verdict.CONFORMING);
  }

  @Test
  void managementReview_coversEveryInputAndCompletesBothCatalogs() {
    var system = outcome.reviewed().system();
    var review = system.register(Registers.REVIEWS).items().get(0);
    for (var catalog : system.catalogs()) {
      assertThat(review.missedInputs(catalog)).as(catalog.id().value()).isEmpty();
    }
    assertThat(outcome.reviewed().catalog(ISO_9001).counts().count(Verdict.CONFORMING)).isEqualTo(59);
    assertThat(outcome.reviewed().catalog(ISO_7101).counts().count(Verdict.CONFORMING)).isEqualTo(36);
  }

  @Test
  void readiness_aTrainingGapBlocksUntilItsEvaluationIsRecorded() {
    Step gap = outcome.notReady();
    Step cleared = outcome.ready();
    for (var catalog : List.of(ISO_9001, ISO_7101)) {
      assertThat(gap.readiness(catalog).blockers())
          .extracting(Blocker::code)
          .containsExactly(BlockerCode.REQUIREMENT_PARTIALLY_CONFORMING, BlockerCode.TRAINING_GAP_IN_PROCESS_OWNER_ROLE);
      assertThat(gap.readiness(catalog).blocker(BlockerCode.TRAINING_GAP_IN_PROCESS_OWNER_ROLE).orElseThrow().people())
          .containsExactly(ClinicJourney.HADDAD);
      assertThat(cleared.readiness(catalog).isReady()).isTrue();
    }
    assertThat(outcome.steps()).filteredOn(s -> s.asOf().isBefore(outcome.reviewed().asOf())).noneMatch(Step::isReady);
    assertThat(outcome.reviewed().isReady()).as("ready at the review, before the training evaluation fell due").isTrue();
    assertThat(result(gap, SERVICE_PROVISION).verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
    assertThat(result(gap, SERVICE_PROVISION).hasReason(ReasonCode.TRAINING_GAP)).isTrue();
    assertThat(gap.changes()).hasSize(9).allMatch(c -> c.after().orElseThrow() == Verdict.PARTIALLY_CONFORMING);
    assertThat(cleared.catalog(ISO_9001).verdict()).isEqualTo(Verdict.CONFORMING);
    assertThat(cleared.catalog(ISO_7101).verdict()).isEqualTo(Verdict.CONFORMING);
  }

  @Test
  void certification_followsClosedMajorNonconformityAndBothCertificatesAreIssued() {
    Step certified = outcome.certified();
    var system = certified.system();
    assertThat(system.finding(ClinicJourney.MAJOR).orElseThrow().closedAt().orElseThrow()).isBefore(certified.asOf());
    assertThat(system.findings()).noneMatch(f -> f.grade().isNonconformity() && f.isOpenAt(certified.asOf()));
    for (Certificate c : system.register(Registers.CERTIFICATES).items()) {
      assertThat(c.statusAt(certified.asOf())).contains(CertificateStatus.CERTIFIED);
      assertThat(c.expiresAt()).contains(day("2029-09-30"));
      assertThat(c.nextSurveillanceDueAt(certified.asOf())).contains(day("2027-09-30"));
    }
    assertThat(certified.report().overall().verdict()).isEqualTo(Verdict.CONFORMING);
    assertThat(certified.isReady()).isTrue();
  }

  @Test
  void surveillance_findsTheLapsedTrainingRecord() {
    Step surveillance = outcome.surveillance();
    RequirementResult handling = result(surveillance, DOCUMENT_HANDLING);
    assertThat(handling.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
    assertThat(handling.reasons())
        .filteredOn(r -> r.code() == ReasonCode.TRAINING_GAP)
        .singleElement()
        .satisfies(r -> assertThat(r.message()).contains("r.mensah", "document:SOP-DC-01", "retraining owed"));
    var finding = surveillance.system().finding(ClinicJourney.LAPSED_TRAINING).orElseThrow();
    assertThat(finding.grade()).isEqualTo(FindingGrade.MINOR_NONCONFORMITY);
    assertThat(finding.audit()).contains(ClinicJourney.SURVEILLANCE);
    assertThat(result(surveillance, RequirementId.of("iso-9001:2015/7.2")).hasReason(ReasonCode.OPEN_MINOR_NONCONFORMITY)).isTrue();
    for (Certificate c : surveillance.system().register(Registers.CERTIFICATES).items()) {
      assertThat(c.statusAt(surveillance.asOf())).contains(CertificateStatus.CERTIFIED);
      assertThat(c.nextSurveillanceDueAt(surveillance.asOf())).contains(day("2028-09-30"));
    }
    var outlook = surveillance.readiness(ISO_9001).certifications();
    assertThat(outlook).singleElement().satisfies(o -> {
      assertThat(o.nextAudit()).contains(AuditKind.SURVEILLANCE);
      assertThat(o.dueAt()).contains(day("2028-09-30"));
      assertThat(o.blockers()).extracting(Blocker::code).contains(BlockerCode.TRAINING_GAP_IN_PROCESS_OWNER_ROLE);
    });
    assertThat(surveillance.readiness(ISO_9001).blocker(BlockerCode.TRAINING_GAP_IN_PROCESS_OWNER_ROLE).orElseThrow().people())
        .containsExactly(ClinicJourney.MENSAH);
  }

  @Test
  void files_readBackEqualToTheSystems() {
    assertThat(outcome.files()).hasSize(5);
    QmsJson json = QmsJson.standard();
    assertThat(json.system().read(outcome.files().get(0))).isEqualTo(outcome.certified().system());
    assertThat(json.system().read(outcome.files().get(1))).isEqualTo(outcome.surveillance().system());
    assertThat(outcome.files()).allMatch(f -> f.startsWith(directory.resolve("clinic")));
  }

  @Test
  void reports_areWrittenWithTheirChartsAndFindings() throws IOException {
    String gaps = Files.readString(directory.resolve("clinic/1-gap-analysis.html"));
    String certified = Files.readString(directory.resolve("clinic/2-certified.html"));
    String surveillance = Files.readString(directory.resolve("clinic/3-surveillance.html"));
    assertThat(gaps).startsWith("<!DOCTYPE html>").contains("Implementation plan", "Certification audit", "<svg");
    assertThat(certified).contains("Conformity over time", "<svg", "F-2026-01");
    assertThat(surveillance).contains("TRAINING_GAP", "retraining owed", "F-2027-01");
  }

  @Test
  void narrative_printsEachStepWithItsStatusAndChanges() {
    assertThat(printed)
        .contains("-- 1. Where the clinic starts (2026-01-12)")
        .contains("iso-9001:2015          score 0.12  NOT_ASSESSED         conforming 7, partial 0, nonconforming 0, not assessed 52, n/a 6\n"
            + "      gaps: 52 (16 missing documented information, 36 other)\n"
            + "      not ready: REQUIREMENT_NOT_ASSESSED (52), INTERNAL_AUDIT_CYCLE_INCOMPLETE (59 clauses), NO_MANAGEMENT_REVIEW_AFTER_AUDIT\n")
        .contains("changed since step 5: 2 CONFORMING -> PARTIALLY_CONFORMING (iso-9001:2015/7.5.3.2, iso-7101:2023/7.5.3); "
            + "2 CONFORMING -> NONCONFORMING (iso-9001:2015/8.5.1, iso-7101:2023/8.2.3)")
        .contains("-- 12. Surveillance audit SV-2027, a year later (2027-09-15)");
  }
}
