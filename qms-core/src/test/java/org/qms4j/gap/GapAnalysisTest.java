package org.qms4j.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qms4j.testing.Examples.DEMO;
import static org.qms4j.testing.Examples.R10A;
import static org.qms4j.testing.Examples.R1A;
import static org.qms4j.testing.Examples.R41A;
import static org.qms4j.testing.Examples.R4A;
import static org.qms4j.testing.Examples.R753A;
import static org.qms4j.testing.Examples.R753B;
import static org.qms4j.testing.Examples.R75A;
import static org.qms4j.testing.Examples.T0;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.Clause;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.Requirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.conformity.ConformityEngine;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.conformity.Reason;
import org.qms4j.conformity.ReasonCode;
import org.qms4j.conformity.Verdict;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.standards.StandardCatalogs;
import org.qms4j.finding.FindingGrade;
import org.qms4j.system.Exclusion;
import org.qms4j.system.QualitySystem;
import org.qms4j.testing.Examples;

class GapAnalysisTest {
  private static final ConformityEngine ENGINE = ConformityEngine.standard();
  private static final Instant AS_OF = T0.plus(Duration.ofDays(10));
  private static final RequirementId OTHER = RequirementId.of("other/1-a");

  private static Evidence record(RequirementId r) {
    return Examples.evidence("rec-" + r.value().replace('/', '-')).requirements(Set.of(r)).build();
  }

  /**
   * The demo clinic at {@link #AS_OF}: demo/1-a has an open minor nonconformity (partial, other),
   * demo/4-a no evidence (missing record), demo/4.1-a and demo/10-a conform, demo/7.5-a has an open
   * major nonconformity, demo/7.5.3-a is excluded, demo/7.5.3-b's only record expired (missing
   * record).
   */
  private static QualitySystem.Builder clinic() {
    return QualitySystem.builder()
        .organisation("Example Clinic")
        .scope("Outpatient care")
        .addCatalog(Examples.catalog())
        .addExclusion(Exclusion.ofRequirement(R753A, "Not performed here."))
        .addEvidence(record(R1A))
        .addEvidence(record(R41A))
        .addEvidence(record(R75A))
        .addEvidence(record(R10A))
        .addEvidence(Evidence.builder().from(record(R753B)).expiresAt(T0.plus(Duration.ofDays(5))).build())
        .addFinding(Examples.finding("NC-minor").requirements(Set.of(R1A)).build())
        .addFinding(Examples.finding("NC-major").requirements(Set.of(R75A)).grade(FindingGrade.MAJOR_NONCONFORMITY).build());
  }

  private static GapAnalysis analyse(QualitySystem system, Instant asOf) {
    return GapAnalysis.of(system, ENGINE.evaluate(system, asOf));
  }

  @Test
  void gaps_majorNonconformityFirst_thenMissingRecords_thenTheRest_inClauseOrderWithinEach() {
    GapAnalysis a = analyse(clinic().build(), AS_OF);

    assertThat(a.gaps())
        .extracting(Gap::requirement, Gap::priority, Gap::verdict)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(R75A, GapPriority.OPEN_MAJOR_NONCONFORMITY, Verdict.NONCONFORMING),
            org.assertj.core.groups.Tuple.tuple(R4A, GapPriority.MISSING_DOCUMENTED_INFORMATION, Verdict.NOT_ASSESSED),
            org.assertj.core.groups.Tuple.tuple(R753B, GapPriority.MISSING_DOCUMENTED_INFORMATION, Verdict.NONCONFORMING),
            org.assertj.core.groups.Tuple.tuple(R1A, GapPriority.OTHER, Verdict.PARTIALLY_CONFORMING));
    assertThat(a.asOf()).isEqualTo(AS_OF);
  }

  @Test
  void gap_carriesTheClauseCatalogReasonsAndSummary() {
    QualitySystem system = clinic().build();
    ConformityReport report = ENGINE.evaluate(system, AS_OF);

    Gap g = GapAnalysis.of(system, report).gap(R753B).orElseThrow();

    assertThat(g.clause()).isEqualTo(ClauseRef.of(DEMO, "7.5.3"));
    assertThat(g.catalog()).isEqualTo(DEMO);
    assertThat(g.reasons()).isEqualTo(report.result(R753B).orElseThrow().reasons());
    assertThat(g.reasons()).extracting(Reason::code).containsExactly(ReasonCode.EVIDENCE_EXPIRED);
    assertThat(g.summary()).isEqualTo("Summary of demo/7.5.3-b.");
    assertThat(GapAnalysis.of(system, report).gap(R41A)).as("conforming").isEmpty();
    assertThat(GapAnalysis.of(system, report).gap(R753A)).as("not applicable").isEmpty();
  }

  @Test
  void totalsByClause_countGapsInOrUnderEachClause_inTheReportsOrder() {
    GapAnalysis a = analyse(clinic().build(), AS_OF);

    assertThat(a.totalsByClause())
        .containsExactly(
            Map.entry(ClauseRef.of(DEMO, "1"), new GapTotals(0, 0, 1)),
            Map.entry(ClauseRef.of(DEMO, "4"), new GapTotals(0, 1, 0)),
            Map.entry(ClauseRef.of(DEMO, "4.1"), GapTotals.NONE),
            Map.entry(ClauseRef.of(DEMO, "7"), new GapTotals(1, 1, 0)),
            Map.entry(ClauseRef.of(DEMO, "7.5"), new GapTotals(1, 1, 0)),
            Map.entry(ClauseRef.of(DEMO, "7.5.3"), new GapTotals(0, 1, 0)),
            Map.entry(ClauseRef.of(DEMO, "10"), GapTotals.NONE));
    assertThat(a.totalsByClause().keySet()).containsExactlyElementsOf(a.report().clauses().keySet());
  }

  @Test
  void totalsByCatalog_countEachCatalogsGaps_byPriority() {
    GapAnalysis a = analyse(clinic().addCatalog(Examples.otherCatalog()).build(), AS_OF);

    assertThat(a.totalsByCatalog())
        .containsExactly(Map.entry(DEMO, new GapTotals(1, 2, 1)), Map.entry(CatalogId.of("other:2"), new GapTotals(0, 1, 0)));
    assertThat(a.totals()).isEqualTo(new GapTotals(1, 3, 1));
    assertThat(a.totals().total()).isEqualTo(5);
    assertThat(a.totals().count(GapPriority.MISSING_DOCUMENTED_INFORMATION)).isEqualTo(3);
  }

  @Test
  void changesSince_opensClosesAndChanges_inClauseOrder() {
    QualitySystem before = clinic().build();
    QualitySystem after =
        before
            .withEvidence(record(R4A))
            .withoutEvidence(EvidenceId.of("rec-demo-4.1-a"))
            .withFinding(Examples.finding("NC-major-2").requirements(Set.of(R753B)).grade(FindingGrade.MAJOR_NONCONFORMITY).build());

    List<GapChange> changes = analyse(after, AS_OF).changesSince(analyse(before, AS_OF));

    assertThat(changes)
        .containsExactly(
            new GapChange(R4A, GapChange.Kind.CLOSED, Optional.of(GapPriority.MISSING_DOCUMENTED_INFORMATION), Optional.empty(),
                Optional.of(Verdict.NOT_ASSESSED), Optional.of(Verdict.CONFORMING)),
            new GapChange(R41A, GapChange.Kind.OPENED, Optional.empty(), Optional.of(GapPriority.MISSING_DOCUMENTED_INFORMATION),
                Optional.of(Verdict.CONFORMING), Optional.of(Verdict.NOT_ASSESSED)),
            new GapChange(R753B, GapChange.Kind.CHANGED, Optional.of(GapPriority.MISSING_DOCUMENTED_INFORMATION),
                Optional.of(GapPriority.OPEN_MAJOR_NONCONFORMITY), Optional.of(Verdict.NONCONFORMING), Optional.of(Verdict.NONCONFORMING)));
  }

  @Test
  void changesSince_aVerdictChangeWithinOnePriority_isAChange() {
    // demo/4-a: no evidence (NOT_ASSESSED) before, only a draft record (NONCONFORMING) after
    QualitySystem before = clinic().build();
    QualitySystem after = before.withEvidence(Evidence.builder().from(record(R4A)).status(EvidenceStatus.DRAFT).build());

    assertThat(analyse(after, AS_OF).changesSince(analyse(before, AS_OF)))
        .containsExactly(
            new GapChange(R4A, GapChange.Kind.CHANGED, Optional.of(GapPriority.MISSING_DOCUMENTED_INFORMATION),
                Optional.of(GapPriority.MISSING_DOCUMENTED_INFORMATION), Optional.of(Verdict.NOT_ASSESSED), Optional.of(Verdict.NONCONFORMING)));
  }

  @Test
  void changesSince_aCatalogDropped_closesItsGapsLast_withoutAVerdictAfter() {
    QualitySystem before = clinic().addCatalog(Examples.otherCatalog()).build();
    QualitySystem after = clinic().build().withEvidence(record(R4A));

    List<GapChange> changes = analyse(after, AS_OF).changesSince(analyse(before, AS_OF));

    assertThat(changes).extracting(GapChange::requirement).containsExactly(R4A, OTHER);
    assertThat(changes.get(1))
        .isEqualTo(new GapChange(OTHER, GapChange.Kind.CLOSED, Optional.of(GapPriority.MISSING_DOCUMENTED_INFORMATION), Optional.empty(),
            Optional.of(Verdict.NOT_ASSESSED), Optional.empty()));
    assertThat(analyse(before, AS_OF).changesSince(analyse(after, AS_OF)))
        .contains(new GapChange(OTHER, GapChange.Kind.OPENED, Optional.empty(), Optional.of(GapPriority.MISSING_DOCUMENTED_INFORMATION),
            Optional.empty(), Optional.of(Verdict.NOT_ASSESSED)));
  }

  @Test
  void changesSince_itself_isEmpty() {
    GapAnalysis a = analyse(clinic().build(), AS_OF);

    assertThat(a.changesSince(a)).isEmpty();
  }

  @Test
  void iso9001_withNothingYet_everyRequirementIsAGap_thoseExpectingDocumentedInformationFirst() {
    QualitySystem empty =
        QualitySystem.builder().organisation("Riverside Clinic").scope("Outpatient care").addCatalog(StandardCatalogs.iso9001()).build();
    RequirementId context = RequirementId.of("iso-9001:2015/4.1");
    RequirementId scope = RequirementId.of("iso-9001:2015/4.3");
    RequirementId policy = RequirementId.of("iso-9001:2015/5.2.2");

    GapAnalysis a = analyse(empty, AS_OF);

    assertThat(a.gaps()).hasSize(StandardCatalogs.iso9001().requirements().size()).allMatch(g -> g.verdict() == Verdict.NOT_ASSESSED);
    assertThat(a.gaps().get(0).requirement()).as("4.3 asks for the documented scope").isEqualTo(scope);
    assertThat(a.gap(policy).orElseThrow().priority()).isEqualTo(GapPriority.MISSING_DOCUMENTED_INFORMATION);
    assertThat(a.gap(context).orElseThrow().priority()).as("4.1 names no kind of evidence").isEqualTo(GapPriority.OTHER);
    assertThat(a.gaps().get(a.totals().missingDocumentedInformation()).requirement()).as("the first of the rest").isEqualTo(context);
    assertThat(a.totals().openMajorNonconformity()).isZero();

    Evidence qualityPolicy =
        Evidence.builder()
            .id(EvidenceId.of("quality-policy"))
            .addRequirement(policy)
            .kind(EvidenceKind.DOCUMENT)
            .status(EvidenceStatus.ACCEPTED)
            .collectedAt(T0)
            .effectiveFrom(T0)
            .owner("Quality lead")
            .reference("https://dms.example/quality-policy")
            .build();
    assertThat(analyse(empty.withEvidence(qualityPolicy), AS_OF).changesSince(a))
        .containsExactly(
            new GapChange(policy, GapChange.Kind.CLOSED, Optional.of(GapPriority.MISSING_DOCUMENTED_INFORMATION), Optional.empty(),
                Optional.of(Verdict.NOT_ASSESSED), Optional.of(Verdict.CONFORMING)));
  }

  @Test
  void of_refusesAReportOfAnotherSystem() {
    ConformityReport other = ENGINE.evaluate(clinic().addCatalog(Examples.otherCatalog()).build(), AS_OF);

    assertThatThrownBy(() -> GapAnalysis.of(clinic().build(), other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gap analysis: the report judged requirement other/1-a, which the system does not hold; expected a report of this system");
  }

  @Nested
  class DocumentedInformation {
    private final CatalogId di = CatalogId.of("di:1");

    private Requirement requirement(String id, EvidenceKind... kinds) {
      return Requirement.builder().id(RequirementId.of("di/" + id)).summary("Requirement " + id + ".").addExpectedEvidence(kinds).build();
    }

    private Evidence item(String id, String requirement, EvidenceKind kind, EvidenceStatus status) {
      return Evidence.builder()
          .id(EvidenceId.of(id))
          .addRequirement(RequirementId.of("di/" + requirement))
          .kind(kind)
          .status(status)
          .collectedAt(T0)
          .effectiveFrom(T0)
          .owner("Quality lead")
          .reference("https://dms.example/" + id)
          .build();
    }

    @Test
    void missingDocumentedInformation_isJudgedByReasonCodeAndExpectedKind() {
      Catalog catalog =
          Catalog.builder()
              .id(di)
              .title("Documented information")
              .edition("1")
              .publisher("Example Clinic")
              .addClause(
                  Clause.builder()
                      .number("1")
                      .title("Only")
                      .addRequirement(requirement("observation", EvidenceKind.OBSERVATION))
                      .addRequirement(requirement("any"))
                      .addRequirement(requirement("procedure-missing", EvidenceKind.PROCEDURE, EvidenceKind.OBSERVATION))
                      .addRequirement(requirement("observation-missing", EvidenceKind.PROCEDURE, EvidenceKind.OBSERVATION))
                      .addRequirement(requirement("draft", EvidenceKind.PROCEDURE))
                      .addRequirement(requirement("test-report", EvidenceKind.TEST_REPORT))
                      .addRequirement(requirement("interview", EvidenceKind.INTERVIEW))
                      .build())
              .build();
      QualitySystem system =
          QualitySystem.builder()
              .organisation("Example Clinic")
              .scope("Outpatient care")
              .addCatalog(catalog)
              .addEvidence(item("e1", "procedure-missing", EvidenceKind.OBSERVATION, EvidenceStatus.ACCEPTED))
              .addEvidence(item("e2", "observation-missing", EvidenceKind.PROCEDURE, EvidenceStatus.ACCEPTED))
              .addEvidence(item("e3", "draft", EvidenceKind.PROCEDURE, EvidenceStatus.DRAFT))
              .addEvidence(item("e4", "interview", EvidenceKind.INTERVIEW, EvidenceStatus.REJECTED))
              .build();

      GapAnalysis a = analyse(system, AS_OF);

      assertThat(a.gaps())
          .extracting(g -> g.requirement().value().substring(3) + " " + g.priority() + " " + g.verdict())
          .containsExactly(
              "procedure-missing MISSING_DOCUMENTED_INFORMATION PARTIALLY_CONFORMING",
              "draft MISSING_DOCUMENTED_INFORMATION NONCONFORMING",
              "test-report MISSING_DOCUMENTED_INFORMATION NOT_ASSESSED",
              "observation OTHER NOT_ASSESSED",
              "any OTHER NOT_ASSESSED",
              "observation-missing OTHER PARTIALLY_CONFORMING",
              "interview OTHER NONCONFORMING");
      assertThat(a.gap(RequirementId.of("di/draft")).orElseThrow().reasons())
          .extracting(Reason::code)
          .containsExactly(ReasonCode.EVIDENCE_NOT_ACCEPTED);
      assertThat(a.gap(RequirementId.of("di/interview")).orElseThrow().reasons())
          .extracting(Reason::code)
          .containsExactly(ReasonCode.EVIDENCE_REJECTED);
    }

    @Test
    void isMissingDocumentedInformation_noEvidence_countsWhenAnyExpectedKindIsDocumentedInformation() {
      Reason none = Reason.of(ReasonCode.NO_EVIDENCE, "no evidence");

      assertThat(GapAnalysis.isMissingDocumentedInformation(none, requirement("r", EvidenceKind.OBSERVATION, EvidenceKind.RECORD))).isTrue();
      assertThat(GapAnalysis.isMissingDocumentedInformation(none, requirement("r", EvidenceKind.OBSERVATION, EvidenceKind.INTERVIEW))).isFalse();
      Reason missingRecord = Reason.builder(ReasonCode.MISSING_EVIDENCE_KIND, "no record").evidenceKind(EvidenceKind.RECORD).build();
      assertThat(GapAnalysis.isMissingDocumentedInformation(missingRecord, requirement("r", EvidenceKind.RECORD))).isTrue();
      assertThat(GapAnalysis.isMissingDocumentedInformation(missingRecord, requirement("r", EvidenceKind.PROCEDURE)))
          .as("a kind the requirement does not expect is not mandatory")
          .isFalse();
      Reason minor = Reason.builder(ReasonCode.OPEN_MINOR_NONCONFORMITY, "minor").evidenceKind(EvidenceKind.RECORD).build();
      assertThat(GapAnalysis.isMissingDocumentedInformation(minor, requirement("r", EvidenceKind.RECORD))).isFalse();
      assertThat(GapAnalysis.DOCUMENTED_INFORMATION).doesNotContain(EvidenceKind.OBSERVATION, EvidenceKind.INTERVIEW).hasSize(5);
    }
  }

  @Test
  void values_refuseWhatCannotBe() {
    assertThatThrownBy(() -> new Gap(R1A, ClauseRef.of(DEMO, "1"), Verdict.CONFORMING, GapPriority.OTHER, List.of(), "s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("verdict was CONFORMING");
    assertThatThrownBy(() -> new GapTotals(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new GapChange(R1A, GapChange.Kind.OPENED, Optional.of(GapPriority.OTHER), Optional.of(GapPriority.OTHER),
                Optional.of(Verdict.NOT_ASSESSED), Optional.of(Verdict.NOT_ASSESSED)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new GapChange(R1A, GapChange.Kind.CHANGED, Optional.of(GapPriority.OTHER), Optional.of(GapPriority.OTHER),
                Optional.of(Verdict.NOT_ASSESSED), Optional.of(Verdict.NOT_ASSESSED)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a change in priority or verdict");
  }
}
