package org.qms4j.conformity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qms4j.conformity.Fixtures.ANY;
import static org.qms4j.conformity.Fixtures.AS_OF;
import static org.qms4j.conformity.Fixtures.EXCL;
import static org.qms4j.conformity.Fixtures.JAN;
import static org.qms4j.conformity.Fixtures.PR;
import static org.qms4j.conformity.Fixtures.SEP;
import static org.qms4j.conformity.Fixtures.T;
import static org.qms4j.conformity.Fixtures.U;
import static org.qms4j.conformity.Fixtures.U1;
import static org.qms4j.conformity.Fixtures.U2;
import static org.qms4j.conformity.Fixtures.evidence;
import static org.qms4j.conformity.Fixtures.finding;
import static org.qms4j.conformity.Fixtures.system;
import static org.qms4j.conformity.Fixtures.valid;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.qms4j.capa.CorrectiveAction;
import org.qms4j.testing.CapaFixtures;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.qms4j.catalog.Mapping;
import org.qms4j.catalog.MappingRelation;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.system.Exclusion;
import org.qms4j.system.QualitySystem;

class ConformityEngineTest {
  private final ConformityEngine engine = ConformityEngine.standard();

  private RequirementResult result(QualitySystem system, RequirementId id) {
    return engine.evaluate(system, AS_OF).result(id).orElseThrow();
  }

  private static List<ReasonCode> codes(RequirementResult r) {
    return r.reasons().stream().map(Reason::code).toList();
  }

  private static QualitySystem.Builder fullyEvidenced() {
    return system()
        .addEvidence(valid("sop", PR, EvidenceKind.PROCEDURE))
        .addEvidence(valid("rec", PR, EvidenceKind.RECORD));
  }

  @Nested
  class Row1Exclusion {
    @Test
    void evaluate_excludedRequirement_isNotApplicable() {
      QualitySystem qs =
          system().addExclusion(Exclusion.ofRequirement(EXCL, "We do not run the activity.")).build();
      RequirementResult r = result(qs, EXCL);
      assertThat(r.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
      assertThat(codes(r)).containsExactly(ReasonCode.EXCLUDED);
      assertThat(r.reasons().get(0).message()).contains("We do not run the activity.");
    }

    @Test
    void evaluate_excludedClause_excludesItsRequirementsEvenWithAnOpenMajor() {
      QualitySystem qs =
          system()
              .addExclusion(Exclusion.ofClause(ClauseRef.of(T, "2"), "Not performed."))
              .addFinding(finding("f1", EXCL, FindingGrade.MAJOR_NONCONFORMITY))
              .build();
      assertThat(result(qs, EXCL).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    }
  }

  @Nested
  class Row2OpenMajor {
    @Test
    void evaluate_openMajor_isNonconformingEvenWithFullEvidence() {
      QualitySystem qs = fullyEvidenced().addFinding(finding("f1", PR, FindingGrade.MAJOR_NONCONFORMITY)).build();
      RequirementResult r = result(qs, PR);
      assertThat(r.verdict()).isEqualTo(Verdict.NONCONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.OPEN_MAJOR_NONCONFORMITY);
      assertThat(r.reasons().get(0).findings()).containsExactly(FindingId.of("f1"));
    }

    @Test
    void evaluate_majorClosedBeforeAsOf_noLongerCounts() {
      Finding open = finding("f1", PR, FindingGrade.MAJOR_NONCONFORMITY);
      CorrectiveAction action = closingAction(open, Duration.ofDays(1));
      Finding closed = CapaFixtures.closedBy(open, action);
      assertThat(closed.closedAt()).hasValueSatisfying(c -> assertThat(c).isBefore(AS_OF));
      assertThat(result(fullyEvidenced().addCorrectiveAction(action).addFinding(closed).build(), PR).verdict())
          .isEqualTo(Verdict.CONFORMING);
    }

    @Test
    void evaluate_majorClosedAfterAsOf_isStillOpenAtAsOf() {
      Finding open = finding("f1", PR, FindingGrade.MAJOR_NONCONFORMITY);
      CorrectiveAction action = closingAction(open, Duration.ofDays(5));
      Finding closedLater = CapaFixtures.closedBy(open, action);
      assertThat(closedLater.closedAt()).hasValueSatisfying(c -> assertThat(c).isAfter(AS_OF));
      assertThat(result(fullyEvidenced().addCorrectiveAction(action).addFinding(closedLater).build(), PR).verdict())
          .isEqualTo(Verdict.NONCONFORMING);
    }

    /** An action whose effectiveness check passes six steps of {@code gap} after the finding was raised. */
    private CorrectiveAction closingAction(Finding f, Duration gap) {
      return CapaFixtures.walk("ca1", f.id(), CapaFixtures.VERIFIED, f.raisedAt(), gap, List.of(EvidenceId.of("sop"), EvidenceId.of("rec")));
    }

    @Test
    void evaluate_majorRaisedAfterAsOf_doesNotExistYet() {
      Finding later = Finding.builder().from(finding("f1", PR, FindingGrade.MAJOR_NONCONFORMITY)).raisedAt(SEP).build();
      assertThat(result(fullyEvidenced().addFinding(later).build(), PR).verdict())
          .isEqualTo(Verdict.CONFORMING);
    }
  }

  @Nested
  class Row3OpenMinor {
    @Test
    void evaluate_openMinorWithFullEvidence_isCappedAtPartial() {
      RequirementResult r =
          result(fullyEvidenced().addFinding(finding("f1", PR, FindingGrade.MINOR_NONCONFORMITY)).build(), PR);
      assertThat(r.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(codes(r)).contains(ReasonCode.OPEN_MINOR_NONCONFORMITY, ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void evaluate_openMinorWithoutEvidence_isPartialNotNotAssessed() {
      RequirementResult r = result(system().addFinding(finding("f1", PR, FindingGrade.MINOR_NONCONFORMITY)).build(), PR);
      assertThat(r.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.OPEN_MINOR_NONCONFORMITY, ReasonCode.NO_EVIDENCE);
    }

    @Test
    void evaluate_openMinorWithLapsedEvidence_staysNonconforming() {
      QualitySystem qs =
          system()
              .addEvidence(evidence("sop", PR, EvidenceKind.PROCEDURE, EvidenceStatus.REJECTED, JAN, Optional.empty()))
              .addFinding(finding("f1", PR, FindingGrade.MINOR_NONCONFORMITY))
              .build();
      assertThat(result(qs, PR).verdict()).isEqualTo(Verdict.NONCONFORMING);
    }
  }

  @Nested
  class Row4NoEvidence {
    @Test
    void evaluate_noEvidence_isNotAssessed() {
      RequirementResult r = result(system().build(), PR);
      assertThat(r.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
      assertThat(codes(r)).containsExactly(ReasonCode.NO_EVIDENCE);
    }

    @Test
    void evaluate_onlyEvidenceOfUnexpectedKinds_isNotAssessedNamingEachMissingKind() {
      RequirementResult r = result(system().addEvidence(valid("doc", PR, EvidenceKind.DOCUMENT)).build(), PR);
      assertThat(r.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
      assertThat(r.reasons())
          .extracting(Reason::code, x -> x.evidenceKind().orElseThrow())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(ReasonCode.MISSING_EVIDENCE_KIND, EvidenceKind.PROCEDURE),
              org.assertj.core.groups.Tuple.tuple(ReasonCode.MISSING_EVIDENCE_KIND, EvidenceKind.RECORD));
    }

    @Test
    void evaluate_evidenceCollectedAfterAsOf_doesNotExistYet() {
      QualitySystem qs = fullyEvidenced().build();
      assertThat(engine.evaluate(qs, Instant.parse("2025-12-31T00:00:00Z")).result(PR).orElseThrow().verdict())
          .isEqualTo(Verdict.NOT_ASSESSED);
    }

    @Test
    void evaluate_observationsDoNotCountAsEvidence() {
      RequirementResult r = result(system().addFinding(finding("o1", ANY, FindingGrade.OBSERVATION)).build(), ANY);
      assertThat(r.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
      assertThat(codes(r)).containsExactly(ReasonCode.OPEN_OBSERVATION, ReasonCode.NO_EVIDENCE);
    }
  }

  @Nested
  class Row5LapsedEvidence {
    private RequirementResult lapsedProcedure(EvidenceStatus status, Instant effective, Optional<Instant> expires) {
      return result(
          system()
              .addEvidence(evidence("sop", PR, EvidenceKind.PROCEDURE, status, effective, expires))
              .addEvidence(valid("rec", PR, EvidenceKind.RECORD))
              .build(),
          PR);
    }

    @Test
    void evaluate_expiredOnlyProcedure_isNonconforming() {
      RequirementResult r =
          lapsedProcedure(EvidenceStatus.ACCEPTED, JAN, Optional.of(Instant.parse("2026-05-01T00:00:00Z")));
      assertThat(r.verdict()).isEqualTo(Verdict.NONCONFORMING);
      assertThat(r.reasons()).singleElement().satisfies(x -> {
        assertThat(x.code()).isEqualTo(ReasonCode.EVIDENCE_EXPIRED);
        assertThat(x.evidenceKind()).contains(EvidenceKind.PROCEDURE);
        assertThat(x.evidence()).containsExactly(EvidenceId.of("sop"));
      });
    }

    @Test
    void evaluate_evidenceExpiringExactlyAtAsOf_hasExpired() {
      assertThat(codes(lapsedProcedure(EvidenceStatus.ACCEPTED, JAN, Optional.of(AS_OF))))
          .containsExactly(ReasonCode.EVIDENCE_EXPIRED);
    }

    @Test
    void evaluate_rejectedOnlyProcedure_isNonconforming() {
      RequirementResult r = lapsedProcedure(EvidenceStatus.REJECTED, JAN, Optional.empty());
      assertThat(r.verdict()).isEqualTo(Verdict.NONCONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.EVIDENCE_REJECTED);
    }

    @Test
    void evaluate_supersededOnlyProcedure_isNonconforming() {
      RequirementResult r = lapsedProcedure(EvidenceStatus.SUPERSEDED, JAN, Optional.empty());
      assertThat(r.verdict()).isEqualTo(Verdict.NONCONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.EVIDENCE_SUPERSEDED);
    }

    @Test
    void evaluate_notYetEffectiveOnlyProcedure_isNonconforming() {
      RequirementResult r = lapsedProcedure(EvidenceStatus.ACCEPTED, SEP, Optional.empty());
      assertThat(r.verdict()).isEqualTo(Verdict.NONCONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.EVIDENCE_NOT_YET_EFFECTIVE);
    }

    @Test
    void evaluate_draftOnlyProcedure_isNonconforming() {
      RequirementResult r = lapsedProcedure(EvidenceStatus.DRAFT, JAN, Optional.empty());
      assertThat(r.verdict()).isEqualTo(Verdict.NONCONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.EVIDENCE_NOT_ACCEPTED);
    }

    @Test
    void evaluate_expiredProcedureNextToAValidOne_isNotLapsed() {
      QualitySystem qs =
          fullyEvidenced()
              .addEvidence(
                  evidence("old-sop", PR, EvidenceKind.PROCEDURE, EvidenceStatus.SUPERSEDED, JAN, Optional.empty()))
              .build();
      assertThat(result(qs, PR).verdict()).isEqualTo(Verdict.CONFORMING);
    }

    @Test
    void evaluate_requirementNamingNoKind_withOnlyLapsedEvidence_isNonconforming() {
      QualitySystem qs =
          system()
              .addEvidence(evidence("x", ANY, EvidenceKind.INTERVIEW, EvidenceStatus.REJECTED, JAN, Optional.empty()))
              .build();
      RequirementResult r = result(qs, ANY);
      assertThat(r.verdict()).isEqualTo(Verdict.NONCONFORMING);
      assertThat(r.reasons()).singleElement().satisfies(x -> assertThat(x.evidenceKind()).isEmpty());
    }
  }

  @Nested
  class Row6PartialCoverage {
    @Test
    void evaluate_procedureButNoRecord_isPartial() {
      RequirementResult r = result(system().addEvidence(valid("sop", PR, EvidenceKind.PROCEDURE)).build(), PR);
      assertThat(r.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(r.reasons())
          .extracting(Reason::code, x -> x.evidenceKind().orElseThrow())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(ReasonCode.EVIDENCE_VALID, EvidenceKind.PROCEDURE),
              org.assertj.core.groups.Tuple.tuple(ReasonCode.MISSING_EVIDENCE_KIND, EvidenceKind.RECORD));
    }
  }

  @Nested
  class Row7FullCoverage {
    @Test
    void evaluate_everyExpectedKindCovered_isConforming() {
      RequirementResult r = result(fullyEvidenced().build(), PR);
      assertThat(r.verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(r.reasons())
          .extracting(Reason::code, Reason::evidence)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(ReasonCode.EVIDENCE_VALID, List.of(EvidenceId.of("sop"))),
              org.assertj.core.groups.Tuple.tuple(ReasonCode.EVIDENCE_VALID, List.of(EvidenceId.of("rec"))));
    }

    @Test
    void evaluate_requirementNamingNoKind_needsOneValidItemOfAnyKind() {
      RequirementResult r = result(system().addEvidence(valid("i", ANY, EvidenceKind.INTERVIEW)).build(), ANY);
      assertThat(r.verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void evaluate_openObservationAndImprovement_areReasonsThatChangeNothing() {
      QualitySystem qs =
          fullyEvidenced()
              .addFinding(finding("o1", PR, FindingGrade.OBSERVATION))
              .addFinding(finding("i1", PR, FindingGrade.OPPORTUNITY_FOR_IMPROVEMENT))
              .build();
      RequirementResult r = result(qs, PR);
      assertThat(r.verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(codes(r))
          .containsExactly(
              ReasonCode.OPEN_OBSERVATION,
              ReasonCode.OPEN_OPPORTUNITY_FOR_IMPROVEMENT,
              ReasonCode.EVIDENCE_VALID,
              ReasonCode.EVIDENCE_VALID);
    }
  }

  @Nested
  class Mappings {
    private ConformityEngine mapped(MappingRelation relation) {
      return ConformityEngine.builder().addMapping(Mapping.of(PR, relation, U2)).build();
    }

    @Test
    void evaluate_equivalentSourceEvidence_countsForTheTargetAndNamesTheSource() {
      RequirementResult r =
          mapped(MappingRelation.EQUIVALENT).evaluate(fullyEvidenced().build(), AS_OF).result(U2).orElseThrow();
      assertThat(r.verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(r.reasons()).singleElement().satisfies(x -> {
        assertThat(x.evidence()).containsExactly(EvidenceId.of("sop"));
        assertThat(x.mappedFrom()).containsExactly(PR);
      });
    }

    @Test
    void evaluate_supersetSourceMajor_makesTheTargetNonconforming() {
      QualitySystem qs = fullyEvidenced().addFinding(finding("f1", PR, FindingGrade.MAJOR_NONCONFORMITY)).build();
      RequirementResult r = mapped(MappingRelation.SUPERSET).evaluate(qs, AS_OF).result(U2).orElseThrow();
      assertThat(r.verdict()).isEqualTo(Verdict.NONCONFORMING);
      assertThat(r.reasons().get(0).mappedFrom()).containsExactly(PR);
      assertThat(r.reasons().get(0).message()).contains("through mapped requirement t-pr");
    }

    @Test
    void evaluate_intersectingSourceEvidence_makesTheTargetAtBestPartial() {
      RequirementResult r =
          mapped(MappingRelation.INTERSECTS).evaluate(fullyEvidenced().build(), AS_OF).result(U2).orElseThrow();
      assertThat(r.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.EVIDENCE_VALID, ReasonCode.PARTIAL_MAPPING_ONLY);
      assertThat(r.reasons().get(1).mappedFrom()).containsExactly(PR);
    }

    @Test
    void evaluate_subsetSource_countsOnlyInPartToo() {
      assertThat(
              mapped(MappingRelation.SUBSET).evaluate(fullyEvidenced().build(), AS_OF).result(U2).orElseThrow().verdict())
          .isEqualTo(Verdict.PARTIALLY_CONFORMING);
    }

    @Test
    void evaluate_intersectingSourceFindings_doNotFlow() {
      QualitySystem qs = system().addFinding(finding("f1", PR, FindingGrade.MAJOR_NONCONFORMITY)).build();
      assertThat(mapped(MappingRelation.INTERSECTS).evaluate(qs, AS_OF).result(U2).orElseThrow().verdict())
          .isEqualTo(Verdict.NOT_ASSESSED);
    }

    @Test
    void evaluate_targetConformingOnItsOwn_isNotCappedByAnIntersectingMapping() {
      QualitySystem qs = fullyEvidenced().addEvidence(valid("own", U2, EvidenceKind.PROCEDURE)).build();
      assertThat(mapped(MappingRelation.INTERSECTS).evaluate(qs, AS_OF).result(U2).orElseThrow().verdict())
          .isEqualTo(Verdict.CONFORMING);
    }

    @Test
    void evaluate_mappingToARequirementTheSystemLacks_isIgnored() {
      ConformityEngine e =
          ConformityEngine.builder()
              .addMapping(Mapping.of(RequirementId.of("elsewhere"), MappingRelation.EQUIVALENT, U2))
              .build();
      assertThat(e.evaluate(fullyEvidenced().build(), AS_OF)).isEqualTo(engine.evaluate(fullyEvidenced().build(), AS_OF));
    }
  }

  @Nested
  class HostRules {
    private final Rule alwaysConforming =
        Rule.named("always", f -> Decision.decide(Verdict.CONFORMING, Reason.of(ReasonCode.HOST_RULE, "host says so")));

    /** The rule shown in the README, as a host would write it. */
    @Test
    void readmeRule_capsARequirementWithoutARecentRecord() {
      Rule recentRecord = Rule.named("record-within-12-months", facts ->
          facts.validEvidence().stream()
                  .anyMatch(e -> e.kind() == EvidenceKind.RECORD
                      && e.effectiveFrom().isAfter(facts.asOf().minus(java.time.Duration.ofDays(365))))
              ? Decision.pass()
              : Decision.cap(Verdict.PARTIALLY_CONFORMING, List.of(
                  Reason.of(ReasonCode.HOST_RULE, "no record from the last 12 months"))));
      ConformityEngine e =
          ConformityEngine.builder().addRule(RuleScope.clause(ClauseRef.of(T, "1")), recentRecord).build();

      QualitySystem old =
          system()
              .addEvidence(valid("sop", PR, EvidenceKind.PROCEDURE))
              .addEvidence(evidence("rec", PR, EvidenceKind.RECORD, EvidenceStatus.ACCEPTED,
                  Instant.parse("2025-01-01T00:00:00Z"), Optional.empty()))
              .build();
      RequirementResult capped = e.evaluate(old, AS_OF).result(PR).orElseThrow();
      assertThat(capped.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(capped.reasons().get(0).message()).isEqualTo("no record from the last 12 months");
      assertThat(engine.evaluate(old, AS_OF).result(PR).orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(e.evaluate(fullyEvidenced().build(), AS_OF).result(PR).orElseThrow().verdict())
          .isEqualTo(Verdict.CONFORMING);
    }

    @Test
    void replaceRules_forOneRequirement_changesOnlyThatRequirement() {
      ConformityEngine e =
          ConformityEngine.builder().replaceRules(RuleScope.requirement(PR), List.of(alwaysConforming)).build();
      ConformityReport report = e.evaluate(system().build(), AS_OF);
      assertThat(report.result(PR).orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(report.result(ANY).orElseThrow().verdict()).isEqualTo(Verdict.NOT_ASSESSED);
    }

    @Test
    void replaceRules_mostSpecificScopeWins() {
      Rule nonconforming =
          Rule.named("no", f -> Decision.decide(Verdict.NONCONFORMING, Reason.of(ReasonCode.HOST_RULE, "no")));
      ConformityEngine e =
          ConformityEngine.builder()
              .replaceRules(RuleScope.catalog(T), List.of(nonconforming))
              .replaceRules(RuleScope.clause(ClauseRef.of(T, "1.1")), List.of(alwaysConforming))
              .build();
      ConformityReport report = e.evaluate(system().build(), AS_OF);
      assertThat(report.result(PR).orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(report.result(ANY).orElseThrow().verdict()).isEqualTo(Verdict.NONCONFORMING);
      assertThat(report.result(U1).orElseThrow().verdict()).isEqualTo(Verdict.NOT_ASSESSED);
    }

    @Test
    void addRule_capsWhatTheDefaultTableDecides() {
      Rule cap =
          Rule.named("needs-test-report", f -> Decision.cap(Verdict.PARTIALLY_CONFORMING,
              List.of(Reason.of(ReasonCode.HOST_RULE, "local rule: a test report is also needed"))));
      ConformityEngine e = ConformityEngine.builder().addRule(RuleScope.catalog(T), cap).build();
      RequirementResult r = e.evaluate(fullyEvidenced().build(), AS_OF).result(PR).orElseThrow();
      assertThat(r.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(codes(r).get(0)).isEqualTo(ReasonCode.HOST_RULE);
    }

    @Test
    void addRule_doesNotOverrideAnExclusion() {
      ConformityEngine e = ConformityEngine.builder().addRule(RuleScope.catalog(T), alwaysConforming).build();
      QualitySystem qs = system().addExclusion(Exclusion.ofRequirement(EXCL, "Not done here.")).build();
      assertThat(e.evaluate(qs, AS_OF).result(EXCL).orElseThrow().verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    }

    @Test
    void evaluate_ruleThatThrows_failsNamingRuleAndRequirement() {
      Rule broken = Rule.named("broken-rule", f -> {
        throw new IllegalStateException("boom");
      });
      ConformityEngine e = ConformityEngine.builder().addRule(RuleScope.requirement(ANY), broken).build();
      assertThatThrownBy(() -> e.evaluate(system().build(), AS_OF))
          .isInstanceOf(RuleFailedException.class)
          .hasMessageContaining("broken-rule")
          .hasMessageContaining("t-any")
          .hasMessageContaining("boom")
          .satisfies(x -> {
            assertThat(((RuleFailedException) x).rule()).isEqualTo("broken-rule");
            assertThat(((RuleFailedException) x).requirement()).isEqualTo(ANY);
          });
    }

    @Test
    void evaluate_ruleReturningNull_fails() {
      ConformityEngine e =
          ConformityEngine.builder().replaceRules(RuleScope.requirement(ANY), List.of(Rule.named("null-rule", f -> null))).build();
      assertThatThrownBy(() -> e.evaluate(system().build(), AS_OF))
          .isInstanceOf(RuleFailedException.class)
          .hasMessageContaining("null-rule")
          .hasMessageContaining("returned null");
    }

    @Test
    void evaluate_chainWithoutDecision_isNotAssessedWithNoRuleDecided() {
      ConformityEngine e =
          ConformityEngine.builder().replaceRules(RuleScope.requirement(ANY), List.of(Rule.named("pass", f -> Decision.pass()))).build();
      RequirementResult r = e.evaluate(system().build(), AS_OF).result(ANY).orElseThrow();
      assertThat(r.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
      assertThat(codes(r)).containsExactly(ReasonCode.NO_RULE_DECIDED);
    }
  }

  @Nested
  class Rollups {
    @Test
    void evaluate_rollsUpWorstCasePerClauseCatalogAndSystem() {
      QualitySystem qs =
          fullyEvidenced()
              .addEvidence(evidence("x", ANY, EvidenceKind.RECORD, EvidenceStatus.REJECTED, JAN, Optional.empty()))
              .addExclusion(Exclusion.ofRequirement(EXCL, "Not done here."))
              .build();
      ConformityReport report = engine.evaluate(qs, AS_OF);
      assertThat(report.clause(ClauseRef.of(T, "1.1")).orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(report.clause(ClauseRef.of(T, "1")).orElseThrow().verdict()).isEqualTo(Verdict.NONCONFORMING);
      assertThat(report.clause(ClauseRef.of(T, "2")).orElseThrow().verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
      Rollup t = report.catalog(T).orElseThrow();
      assertThat(t.verdict()).isEqualTo(Verdict.NONCONFORMING);
      assertThat(t.counts().count(Verdict.CONFORMING)).isEqualTo(1);
      assertThat(t.counts().count(Verdict.NONCONFORMING)).isEqualTo(1);
      assertThat(t.counts().count(Verdict.NOT_APPLICABLE)).isEqualTo(1);
      assertThat(t.counts().applicable()).isEqualTo(2);
      assertThat(t.score()).isEqualTo(0.5);
      assertThat(report.catalog(U).orElseThrow().verdict()).isEqualTo(Verdict.NOT_ASSESSED);
      assertThat(report.overall().verdict()).isEqualTo(Verdict.NONCONFORMING);
      assertThat(report.overall().counts().total()).isEqualTo(5);
      assertThat(report.clauses()).containsKeys(ClauseRef.of(T, "1"), ClauseRef.of(T, "1.1"), ClauseRef.of(U, "5"));
    }

    @Test
    void evaluate_partialIsWorseThanNotAssessedInTheWorstCase() {
      QualitySystem qs = system().addEvidence(valid("sop", PR, EvidenceKind.PROCEDURE)).build();
      assertThat(engine.evaluate(qs, AS_OF).clause(ClauseRef.of(T, "1")).orElseThrow().verdict())
          .isEqualTo(Verdict.PARTIALLY_CONFORMING);
    }

    @Test
    void evaluate_customPolicyIsUsed() {
      RollupPolicy majority =
          c -> c.count(Verdict.CONFORMING) * 2 > c.applicable() ? Verdict.CONFORMING : Verdict.NONCONFORMING;
      ConformityEngine e = ConformityEngine.builder().rollupPolicy(majority).build();
      QualitySystem qs = fullyEvidenced().addEvidence(valid("a", ANY, EvidenceKind.RECORD))
          .addEvidence(valid("u1", U1, EvidenceKind.RECORD)).build();
      ConformityReport report = e.evaluate(qs, AS_OF);
      assertThat(report.overall().verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(report.overall().score()).isEqualTo(3.0 / 5);
    }

    @Test
    void rollup_ofNothingApplicable_scoresOne() {
      assertThat(Rollup.of(VerdictCounts.of(Verdict.NOT_APPLICABLE), RollupPolicy.worstCase()).score()).isEqualTo(1.0);
    }
  }

  @Nested
  class Changes {
    @Test
    void changesSince_listsOnlyMovedRequirements() {
      ConformityReport before = engine.evaluate(system().build(), AS_OF);
      ConformityReport after = engine.evaluate(fullyEvidenced().build(), AS_OF);
      assertThat(after.changesSince(before))
          .containsExactly(new StatusChange(PR, Optional.of(Verdict.NOT_ASSESSED), Optional.of(Verdict.CONFORMING)));
      assertThat(after.changesSince(after)).isEmpty();
    }

    @Test
    void changesSince_aReportOfOtherCatalogs_listsAddedAndRemovedRequirements() {
      QualitySystem onlyU =
          QualitySystem.builder().organisation("x").scope("y").addCatalog(Fixtures.catalogU()).build();
      ConformityReport before = engine.evaluate(onlyU, AS_OF);
      ConformityReport after = engine.evaluate(system().build(), AS_OF);
      assertThat(after.changesSince(before))
          .extracting(StatusChange::requirement)
          .containsExactly(PR, ANY, EXCL);
      assertThat(before.changesSince(after))
          .allSatisfy(c -> assertThat(c.after()).isEmpty())
          .hasSize(3);
    }
  }

  @Nested
  class Sessions {
    @Test
    void session_changesMatchFullEvaluation() {
      QualitySystem start = system().build();
      ConformitySession session = engine.session(start, AS_OF);
      assertThat(session.report()).isEqualTo(engine.evaluate(start, AS_OF));
      session.putEvidence(valid("sop", PR, EvidenceKind.PROCEDURE));
      ConformityReport r = session.putEvidence(valid("rec", PR, EvidenceKind.RECORD));
      assertThat(r.result(PR).orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING);
      r = session.putFinding(finding("f", PR, FindingGrade.MAJOR_NONCONFORMITY));
      assertThat(r.result(PR).orElseThrow().verdict()).isEqualTo(Verdict.NONCONFORMING);
      r = session.removeFinding(FindingId.of("f"));
      r = session.removeEvidence(EvidenceId.of("rec"));
      assertThat(r.result(PR).orElseThrow().verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(r).isEqualTo(engine.evaluate(session.system(), AS_OF));
      assertThat(session.system().evidence()).extracting(e -> e.id().value()).containsExactly("sop");
    }

    @Test
    void putEvidence_unknownRequirement_isRefusedAndChangesNothing() {
      ConformitySession session = engine.session(system().build(), AS_OF);
      ConformityReport before = session.report();
      assertThatThrownBy(() -> session.putEvidence(valid("x", RequirementId.of("nope"), EvidenceKind.RECORD)))
          .isInstanceOf(org.qms4j.InvalidModelException.class)
          .hasMessageContaining("nope");
      assertThat(session.report()).isSameAs(before);
      assertThat(session.system().evidence()).isEmpty();
    }

    @Test
    void removeEvidence_unknownId_isRefused() {
      ConformitySession session = engine.session(system().build(), AS_OF);
      assertThatThrownBy(() -> session.removeEvidence(EvidenceId.of("ghost")))
          .isInstanceOf(org.qms4j.InvalidModelException.class)
          .hasMessageContaining("ghost");
      assertThatThrownBy(() -> session.removeFinding(FindingId.of("ghost")))
          .isInstanceOf(org.qms4j.InvalidModelException.class)
          .hasMessageContaining("ghost");
    }

    @Test
    void putEvidence_onAMappingSource_reEvaluatesTheTarget() {
      ConformityEngine e = ConformityEngine.builder().addMapping(Mapping.of(PR, MappingRelation.EQUIVALENT, U2)).build();
      ConformitySession session = e.session(system().build(), AS_OF);
      ConformityReport r = session.putEvidence(valid("sop", PR, EvidenceKind.PROCEDURE));
      assertThat(r.result(U2).orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(r).isEqualTo(e.evaluate(session.system(), AS_OF));
    }
  }
}
