package org.qms4j.conformity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.Mapping;
import org.qms4j.catalog.MappingRelation;
import org.qms4j.catalog.MappingSet;
import org.qms4j.catalog.MappingSetId;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.finding.FindingGrade;
import org.qms4j.system.Exclusion;
import org.qms4j.system.HostFactKey;
import org.qms4j.system.InvalidSystemException;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.Registers;

class ConformitySessionTest {
  record Score(double value) {}

  static final HostFactKey<Score> SCORE = HostFactKey.of("hand-hygiene", Score.class);

  private static void assertEqualsFullEvaluation(ConformityEngine engine, ConformitySession session) {
    assertThat(session.report()).isEqualTo(engine.evaluate(session.system(), session.asOf()));
  }

  @Nested
  class FailedChanges {
    private final Rule failsOnBadEvidence =
        Rule.named(
            "fails-on-bad",
            RuleReads.requirementFacts(),
            f -> {
              if (f.evidence().stream().anyMatch(e -> e.id().value().startsWith("bad"))) {
                throw new IllegalStateException("cannot judge " + f.requirement().id());
              }
              return Decision.pass();
            });

    @Test
    void putEvidence_ruleFails_leavesTheSessionExactlyAsItWas() {
      ConformityEngine engine = ConformityEngine.builder().addRule(RuleScope.catalog(T), failsOnBadEvidence).build();
      ConformitySession session = engine.session(system().addEvidence(valid("sop", PR, EvidenceKind.PROCEDURE)).build(), AS_OF);
      QualitySystem systemBefore = session.system();
      ConformityReport reportBefore = session.report();

      Throwable thrown = catchThrowable(() -> session.putEvidence(valid("bad-1", PR, EvidenceKind.RECORD)));

      assertThat(thrown)
          .isInstanceOf(RuleFailedException.class)
          .hasMessageContaining("rule 'fails-on-bad' failed on requirement t-pr");
      assertThat(session.system()).isSameAs(systemBefore);
      assertThat(session.report()).isSameAs(reportBefore);
      assertThat(session.system().evidence(EvidenceId.of("bad-1"))).isEmpty();
      assertEqualsFullEvaluation(engine, session);
      // and the session goes on working
      session.putEvidence(valid("rec", PR, EvidenceKind.RECORD));
      assertThat(session.report().result(PR).orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING);
      assertEqualsFullEvaluation(engine, session);
    }

    @Test
    void putFinding_rollupPolicyFails_leavesTheSessionExactlyAsItWas() {
      // a policy that cannot roll up a nonconformity: the change is judged, then rolled up, and fails
      RollupPolicy refusing =
          counts -> {
            if (counts.count(Verdict.NONCONFORMING) > 0) {
              throw new IllegalStateException("no nonconformity allowed");
            }
            return RollupPolicy.worstCase().rollUp(counts);
          };
      ConformityEngine engine = ConformityEngine.builder().rollupPolicy(refusing).build();
      ConformitySession session = engine.session(system().build(), AS_OF);
      QualitySystem systemBefore = session.system();
      ConformityReport reportBefore = session.report();

      assertThatThrownBy(() -> session.putFinding(finding("major", ANY, FindingGrade.MAJOR_NONCONFORMITY)))
          .isInstanceOf(RollupFailedException.class);

      assertThat(session.system()).isSameAs(systemBefore);
      assertThat(session.report()).isSameAs(reportBefore);
      session.putEvidence(valid("a", ANY, EvidenceKind.RECORD));
      assertEqualsFullEvaluation(engine, session);
      session.advanceTo(SEP);
      assertEqualsFullEvaluation(engine, session);
    }

    @Test
    void advanceTo_ruleFails_leavesTheSessionAtItsInstant() {
      Rule failsLater =
          Rule.named(
              "fails-after-september",
              RuleReads.requirementFacts().dependingOnInstant(),
              f -> {
                if (!f.asOf().isBefore(SEP)) {
                  throw new IllegalStateException("no");
                }
                return Decision.pass();
              });
      ConformityEngine engine = ConformityEngine.builder().addRule(RuleScope.requirement(ANY), failsLater).build();
      ConformitySession session = engine.session(system().build(), AS_OF);
      ConformityReport before = session.report();

      assertThatThrownBy(() -> session.advanceTo(SEP)).isInstanceOf(RuleFailedException.class);

      assertThat(session.asOf()).isEqualTo(AS_OF);
      assertThat(session.report()).isSameAs(before);
    }

    @Test
    void putEvidence_refusedBySystem_changesNothing() {
      ConformitySession session = ConformityEngine.standard().session(system().build(), AS_OF);
      ConformityReport before = session.report();
      Evidence unknown =
          Evidence.builder().from(valid("x", PR, EvidenceKind.RECORD)).requirements(List.of(org.qms4j.catalog.RequirementId.of("nope"))).build();

      assertThatThrownBy(() -> session.putEvidence(unknown)).isInstanceOf(InvalidSystemException.class);
      assertThatThrownBy(() -> session.removeFinding(org.qms4j.finding.FindingId.of("none")))
          .isInstanceOf(InvalidSystemException.class);

      assertThat(session.report()).isSameAs(before);
    }
  }

  @Nested
  class ThrowablesFromRules {
    @Test
    void evaluate_ruleThrowingAnError_isWrappedNamingRuleAndRequirement() {
      Rule asserting = Rule.named("asserting", RuleReads.requirementFacts(), f -> { throw new AssertionError("host bug"); });
      ConformityEngine engine = ConformityEngine.builder().addRule(RuleScope.requirement(ANY), asserting).build();

      Throwable thrown = catchThrowable(() -> engine.evaluate(system().build(), AS_OF));

      assertThat(thrown)
          .isInstanceOf(RuleFailedException.class)
          .hasMessage("rule 'asserting' failed on requirement t-any: java.lang.AssertionError: host bug")
          .hasCauseInstanceOf(AssertionError.class);
      assertThat(((RuleFailedException) thrown).rule()).isEqualTo("asserting");
      assertThat(((RuleFailedException) thrown).requirement()).isEqualTo(ANY);
    }

    @Test
    void evaluate_ruleThrowingAVirtualMachineError_propagatesUnwrapped() {
      Rule starving = Rule.named("starving", RuleReads.requirementFacts(), f -> { throw new OutOfMemoryError("simulated"); });
      ConformityEngine engine = ConformityEngine.builder().addRule(RuleScope.requirement(ANY), starving).build();

      assertThatThrownBy(() -> engine.evaluate(system().build(), AS_OF))
          .isExactlyInstanceOf(OutOfMemoryError.class)
          .hasMessage("simulated");
    }

    @Test
    void evaluate_ruleReturningNull_isRefusedNamingIt() {
      Rule silent = Rule.named("silent", RuleReads.requirementFacts(), f -> null);
      ConformityEngine engine = ConformityEngine.builder().addRule(RuleScope.requirement(ANY), silent).build();

      assertThatThrownBy(() -> engine.evaluate(system().build(), AS_OF))
          .isInstanceOf(RuleFailedException.class)
          .hasMessage("rule 'silent' failed on requirement t-any: returned null instead of a decision");
    }

    @Test
    void evaluate_rollupPolicyThrowing_isRollupFailedException() {
      ConformityEngine engine =
          ConformityEngine.builder().rollupPolicy(c -> { throw new IllegalStateException("policy bug"); }).build();

      assertThatThrownBy(() -> engine.evaluate(system().build(), AS_OF))
          .isInstanceOf(RollupFailedException.class)
          .hasMessageContaining("policy bug")
          .hasCauseInstanceOf(IllegalStateException.class);
    }
  }

  @Nested
  class MutatingHostRule {
    @Test
    void hostRuleChangingAnyListItIsGiven_getsUnsupportedOperation_andTheSessionStaysRight() {
      List<String> refused = new ArrayList<>();
      Rule vandal =
          Rule.named(
              "vandal",
              RuleReads.requirementFacts(),
              f -> {
                tryTo(refused, "evidence", () -> f.evidence().clear());
                tryTo(refused, "validEvidence", () -> f.validEvidence().clear());
                tryTo(refused, "partialEvidence", () -> f.partialEvidence().clear());
                tryTo(refused, "findings", () -> f.findings().clear());
                tryTo(refused, "openFindings", () -> f.openFindings(FindingGrade.MINOR_NONCONFORMITY).clear());
                tryTo(refused, "system.evidence", () -> f.system().evidence().clear());
                tryTo(refused, "system.evidenceFor", () -> f.system().evidenceFor(f.requirement().id()).clear());
                return Decision.pass();
              });
      // U2 reads PR's evidence through an intersecting mapping, so partialEvidence is not empty
      ConformityEngine engine =
          ConformityEngine.builder()
              .addMapping(Mapping.of(PR, MappingRelation.INTERSECTS, U2))
              .addMapping(Mapping.of(ANY, MappingRelation.EQUIVALENT, U1))
              .addRule(RuleScope.catalog(T), vandal)
              .addRule(RuleScope.catalog(U), vandal)
              .build();
      QualitySystem start =
          system()
              .addEvidence(valid("sop", PR, EvidenceKind.PROCEDURE))
              .addEvidence(valid("rec", PR, EvidenceKind.RECORD))
              .addFinding(finding("f1", PR, FindingGrade.MINOR_NONCONFORMITY))
              .build();
      ConformitySession session = engine.session(start, AS_OF);
      session.putEvidence(valid("any-1", ANY, EvidenceKind.RECORD));
      session.putEvidence(valid("sop2", PR, EvidenceKind.PROCEDURE));
      session.putFinding(finding("f2", ANY, FindingGrade.OBSERVATION));

      assertThat(refused).isNotEmpty().allMatch(s -> s.endsWith("refused"));
      assertThat(refused)
          .contains(
              "evidence refused",
              "validEvidence refused",
              "partialEvidence refused",
              "findings refused",
              "openFindings refused",
              "system.evidence refused",
              "system.evidenceFor refused");
      assertThat(session.system().evidence()).hasSize(4);
      assertEqualsFullEvaluation(engine, session);
    }

    private void tryTo(List<String> log, String what, Runnable change) {
      try {
        change.run();
        log.add(what + " CHANGED");
      } catch (UnsupportedOperationException e) {
        log.add(what + " refused");
      }
    }
  }

  @Nested
  class HostFacts {
    private final Rule handHygiene =
        Rule.named(
            "hand-hygiene-target",
            RuleReads.requirementFacts().and(SCORE),
            f ->
                f.system()
                    .hostFact(SCORE)
                    .filter(s -> s.value() < 0.9)
                    .map(
                        s ->
                            Decision.cap(
                                Verdict.PARTIALLY_CONFORMING,
                                Reason.of("HAND_HYGIENE_BELOW_TARGET", "compliance " + s.value() + " below 0.9")))
                    .orElse(Decision.pass()));

    @Test
    void putHostFact_reEvaluatesTheRequirementsWhoseRulesReadIt() {
      ConformityEngine engine = ConformityEngine.builder().addRule(RuleScope.requirement(ANY), handHygiene).build();
      ConformitySession session = engine.session(system().addEvidence(valid("a", ANY, EvidenceKind.RECORD)).build(), AS_OF);
      assertThat(session.report().result(ANY).orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING);

      ConformityReport low = session.putHostFact(SCORE, new Score(0.82));

      RequirementResult r = low.result(ANY).orElseThrow();
      assertThat(r.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(r.reasons()).extracting(Reason::key).contains("HAND_HYGIENE_BELOW_TARGET");
      assertThat(r.reasons()).filteredOn(x -> x.code() == ReasonCode.HOST_RULE).singleElement()
          .satisfies(x -> assertThat(x.hostCode()).contains("HAND_HYGIENE_BELOW_TARGET"));
      assertEqualsFullEvaluation(engine, session);

      ConformityReport back = session.removeHostFact(SCORE);
      assertThat(back.result(ANY).orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING);
      assertEqualsFullEvaluation(engine, session);
    }

    @Test
    void factsFor_letsAHostUnitTestItsRule() {
      QualitySystem clinic =
          system().addEvidence(valid("a", ANY, EvidenceKind.RECORD)).build().withHostFact(SCORE, new Score(0.82));

      RequirementFacts facts = ConformityEngine.standard().factsFor(clinic, ANY, AS_OF);
      Decision d = handHygiene.apply(facts);

      assertThat(d.kind()).isEqualTo(Decision.Kind.CAP);
      assertThat(d.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(d.reasons()).extracting(Reason::key).containsExactly("HAND_HYGIENE_BELOW_TARGET");
      assertThat(facts.requirement().id()).isEqualTo(ANY);
      assertThat(facts.asOf()).isEqualTo(AS_OF);
      assertThat(facts.validEvidence()).extracting(Evidence::id).containsExactly(EvidenceId.of("a"));
    }

    @Test
    void factsFor_unknownRequirement_isRefused() {
      assertThatThrownBy(
              () -> ConformityEngine.standard().factsFor(system().build(), org.qms4j.catalog.RequirementId.of("nope"), AS_OF))
          .isInstanceOf(org.qms4j.InvalidModelException.class)
          .hasMessage("engine: the system holds no requirement nope");
    }
  }

  @Nested
  class Time {
    @Test
    void advanceTo_judgesAgainOnlyTheRequirementsWhoseFactsChangeState() {
      AtomicInteger judged = new AtomicInteger();
      Rule counting =
          Rule.named("counting", RuleReads.requirementFacts(), f -> { judged.incrementAndGet(); return Decision.pass(); });
      ConformityEngine engine =
          ConformityEngine.builder().addRule(RuleScope.catalog(T), counting).addRule(RuleScope.catalog(U), counting).build();
      Instant july = Instant.parse("2026-07-01T00:00:00Z");
      QualitySystem start =
          system()
              .addEvidence(valid("sop", PR, EvidenceKind.PROCEDURE))
              .addEvidence(evidence("rec", PR, EvidenceKind.RECORD, EvidenceStatus.ACCEPTED, JAN, Optional.of(july)))
              .addEvidence(valid("u1", U1, EvidenceKind.RECORD))
              .build();
      ConformitySession session = engine.session(start, AS_OF);
      judged.set(0);

      ConformityReport june = session.advanceTo(AS_OF.plus(Duration.ofDays(10)));
      assertThat(judged.get()).isZero();
      assertThat(june.asOf()).isEqualTo(AS_OF.plus(Duration.ofDays(10)));

      ConformityReport later = session.advanceTo(SEP);
      assertThat(judged.get()).as("only t-pr, whose record expired in July").isEqualTo(1);
      assertThat(later.result(PR).orElseThrow().verdict()).isEqualTo(Verdict.NONCONFORMING);
      assertThat(later.result(PR).orElseThrow().hasReason(ReasonCode.EVIDENCE_EXPIRED)).isTrue();
      assertEqualsFullEvaluation(engine, session);

      session.advanceTo(AS_OF);
      assertThat(session.report().result(PR).orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING);
      assertEqualsFullEvaluation(engine, session);
    }

    @Test
    void advanceTo_ruleDependingOnTheInstant_isJudgedOnEveryMove() {
      AtomicInteger judged = new AtomicInteger();
      Rule byDate =
          Rule.named(
              "by-date",
              RuleReads.requirementFacts().dependingOnInstant(),
              f -> { judged.incrementAndGet(); return Decision.pass(); });
      ConformityEngine engine = ConformityEngine.builder().addRule(RuleScope.requirement(ANY), byDate).build();
      ConformitySession session = engine.session(system().build(), AS_OF);
      judged.set(0);

      session.advanceTo(AS_OF.plusSeconds(1));
      session.advanceTo(AS_OF.plusSeconds(2));

      assertThat(judged.get()).isEqualTo(2);
    }
  }

  @Nested
  class StructuralChanges {
    @Test
    void putAndRemoveExclusion_reEvaluateAndEqualAFullEvaluation() {
      ConformityEngine engine = ConformityEngine.standard();
      ConformitySession session = engine.session(system().build(), AS_OF);
      Exclusion exclusion = Exclusion.ofRequirement(EXCL, "We do not run the optional activity.");

      ConformityReport excluded = session.putExclusion(exclusion);
      assertThat(excluded.result(EXCL).orElseThrow().verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
      assertEqualsFullEvaluation(engine, session);

      ConformityReport back = session.removeExclusion(exclusion);
      assertThat(back.result(EXCL).orElseThrow().verdict()).isEqualTo(Verdict.NOT_ASSESSED);
      assertEqualsFullEvaluation(engine, session);
      assertThatThrownBy(() -> session.removeExclusion(exclusion)).isInstanceOf(InvalidSystemException.class);
    }

    @Test
    void putAndRemoveMappingSet_reEvaluateAndEqualAFullEvaluation() {
      ConformityEngine engine = ConformityEngine.standard();
      ConformitySession session =
          engine.session(system().addEvidence(valid("sop", PR, EvidenceKind.PROCEDURE)).build(), AS_OF);
      MappingSet set =
          MappingSet.builder()
              .id(MappingSetId.of("t-to-u"))
              .version("1")
              .title("T to U")
              .sourceCatalog(T)
              .targetCatalog(U)
              .addMapping(Mapping.of(PR, MappingRelation.EQUIVALENT, U2))
              .build();
      assertThat(session.report().result(U2).orElseThrow().verdict()).isEqualTo(Verdict.NOT_ASSESSED);

      ConformityReport mapped = session.putMappingSet(set);
      assertThat(mapped.result(U2).orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING);
      assertEqualsFullEvaluation(engine, session);
      // the set lives in the system now: incremental changes follow it
      session.removeEvidence(EvidenceId.of("sop"));
      assertThat(session.report().result(U2).orElseThrow().verdict()).isEqualTo(Verdict.NOT_ASSESSED);
      assertEqualsFullEvaluation(engine, session);

      session.removeMappingSet(set.id());
      assertEqualsFullEvaluation(engine, session);
    }

    @Test
    void genericPutAndRemove_workForEveryRegister() {
      ConformityEngine engine = ConformityEngine.standard();
      ConformitySession session = engine.session(system().build(), AS_OF);

      session.put(Registers.EVIDENCE, valid("a", ANY, EvidenceKind.RECORD));
      session.put(Registers.FINDINGS, finding("f", ANY, FindingGrade.MAJOR_NONCONFORMITY));
      assertThat(session.report().result(ANY).orElseThrow().verdict()).isEqualTo(Verdict.NONCONFORMING);
      session.remove(Registers.FINDINGS, org.qms4j.finding.FindingId.of("f"));
      assertThat(session.report().result(ANY).orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING);
      assertEqualsFullEvaluation(engine, session);
    }
  }

  @Test
  void nullArguments_areRefusedNamingTheArgument() {
    ConformitySession session = ConformityEngine.standard().session(system().build(), AS_OF);
    List<Supplier<?>> calls =
        List.of(
            () -> session.putEvidence(null),
            () -> session.removeEvidence(null),
            () -> session.putFinding(null),
            () -> session.removeFinding(null),
            () -> session.put(null, valid("a", ANY, EvidenceKind.RECORD)),
            () -> session.put(Registers.EVIDENCE, null),
            () -> session.remove(Registers.EVIDENCE, null),
            () -> session.putHostFact(null, new Score(1)),
            () -> session.putHostFact(SCORE, null),
            () -> session.removeHostFact(null),
            () -> session.putExclusion(null),
            () -> session.removeExclusion(null),
            () -> session.putMappingSet(null),
            () -> session.removeMappingSet(null),
            () -> session.advanceTo(null));
    List<String> names =
        List.of("item", "id", "finding", "id", "type", "item", "id", "key", "value", "key", "exclusion", "exclusion", "set", "id", "instant");
    for (int i = 0; i < calls.size(); i++) {
      Supplier<?> call = calls.get(i);
      assertThatThrownBy(call::get).as("call %d", i).isInstanceOf(NullPointerException.class).hasMessage(names.get(i));
    }
  }
}
