package org.qms4j.conformity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.qms4j.conformity.Fixtures.ANY;
import static org.qms4j.conformity.Fixtures.AS_OF;
import static org.qms4j.conformity.Fixtures.PR;
import static org.qms4j.conformity.Fixtures.T;
import static org.qms4j.conformity.Fixtures.U;
import static org.qms4j.conformity.Fixtures.U1;
import static org.qms4j.conformity.Fixtures.U2;
import static org.qms4j.conformity.Fixtures.system;
import static org.qms4j.conformity.Fixtures.valid;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.Mapping;
import org.qms4j.catalog.MappingRelation;
import org.qms4j.catalog.MappingSet;
import org.qms4j.catalog.MappingSetId;
import org.qms4j.catalog.Requirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.system.Exclusion;
import org.qms4j.system.QualitySystem;

class ConformityEngineConfigurationTest {

  @Nested
  class RuleNames {
    @Test
    void addRule_unnamedLambda_isRefusedSayingHowToNameIt() {
      Rule lambda = f -> Decision.pass();

      assertThatThrownBy(() -> ConformityEngine.builder().addRule(RuleScope.catalog(T), lambda))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("has no readable name; give it one with Rule.named(\"...\", rule)")
          .hasMessageNotContaining("\n");
      assertThatThrownBy(() -> ConformityEngine.builder().replaceRules(RuleScope.catalog(T), List.of(lambda)))
          .isInstanceOf(InvalidModelException.class);
    }

    @Test
    void addRule_namedLambdaOrClass_isAccepted_andNamedInFailures() {
      ConformityEngine engine =
          ConformityEngine.builder()
              .addRule(RuleScope.requirement(ANY), Rule.named("named-lambda", f -> Decision.pass()))
              .addRule(RuleScope.requirement(ANY), new Throwing())
              .build();

      assertThatThrownBy(() -> engine.evaluate(system().build(), AS_OF))
          .isInstanceOf(RuleFailedException.class)
          .hasMessageStartingWith("rule '" + Throwing.class.getName() + "' failed on requirement t-any");
    }

    @Test
    void named_blankOrMultiLineName_isRefused() {
      assertThatThrownBy(() -> Rule.named(" ", f -> Decision.pass())).isInstanceOf(InvalidModelException.class);
      assertThatThrownBy(() -> Rule.named("a\nb", f -> Decision.pass())).isInstanceOf(InvalidModelException.class);
      assertThatThrownBy(() -> Rule.named(null, f -> Decision.pass())).isInstanceOf(NullPointerException.class).hasMessage("name");
      assertThatThrownBy(() -> Rule.named("x", null)).isInstanceOf(NullPointerException.class).hasMessage("rule");
    }

    @Test
    void named_keepsOrSetsWhatTheRuleReads() {
      Rule r = Rule.named("r", RuleReads.requirementFacts(), f -> Decision.pass());

      assertThat(Rule.named("renamed", r).reads()).isEqualTo(RuleReads.requirementFacts());
      assertThat(Rule.named("plain", f -> Decision.pass()).reads()).isEqualTo(RuleReads.everything());
    }
  }

  /** A rule class with the default name: its class name. */
  static final class Throwing implements Rule {
    @Override
    public Decision apply(RequirementFacts facts) {
      throw new IllegalStateException("boom");
    }
  }

  @Nested
  class Check {
    @Test
    void check_scopesAndMappingsNamingNothing_areListed() {
      QualitySystem qs =
          system()
              .addMappingSet(
                  MappingSet.builder()
                      .id(MappingSetId.of("t-u"))
                      .version("1")
                      .title("t to u")
                      .sourceCatalog(T)
                      .targetCatalog(U)
                      .addMapping(Mapping.of(RequirementId.of("t-typo"), MappingRelation.EQUIVALENT, U1))
                      .build())
              .build();
      ConformityEngine engine =
          ConformityEngine.builder()
              .addRule(RuleScope.catalog(CatalogId.of("iso-9001:2015")), Rule.named("r1", f -> Decision.pass()))
              .addRule(RuleScope.clause(ClauseRef.of(T, "9")), Rule.named("r2", f -> Decision.pass()))
              .addRule(RuleScope.requirement(RequirementId.of("t-nope")), Rule.named("r3", f -> Decision.pass()))
              .addRule(RuleScope.clause(ClauseRef.of(T, "1.1")), Rule.named("fine", f -> Decision.pass()))
              .addMapping(Mapping.of(PR, MappingRelation.SUBSET, RequirementId.of("u-9")))
              .build();

      List<ConfigurationProblem> problems = engine.check(qs);

      assertThat(problems)
          .extracting(ConfigurationProblem::kind, ConfigurationProblem::element)
          .containsExactly(
              tuple(ConfigurationProblem.Kind.UNMATCHED_RULE_SCOPE, "rule scope catalog iso-9001:2015"),
              tuple(ConfigurationProblem.Kind.UNMATCHED_RULE_SCOPE, "rule scope clause t:1#9"),
              tuple(ConfigurationProblem.Kind.UNMATCHED_RULE_SCOPE, "rule scope requirement t-nope"),
              tuple(ConfigurationProblem.Kind.UNMATCHED_MAPPING, "engine mapping: t-pr SUBSET u-9"),
              tuple(ConfigurationProblem.Kind.UNMATCHED_MAPPING, "mapping set t-u: t-typo EQUIVALENT u-1"));
      assertThat(problems.get(3).message()).isEqualTo("names requirement u-9, which the system does not hold; the mapping is ignored");
      assertThat(ConformityEngine.standard().check(qs)).hasSize(1);
    }

    @Test
    void check_cleanConfiguration_isEmpty() {
      ConformityEngine engine =
          ConformityEngine.builder()
              .addRule(RuleScope.catalog(T), Rule.named("r", f -> Decision.pass()))
              .addMapping(Mapping.of(PR, MappingRelation.SUBSET, U2))
              .build();

      assertThat(engine.check(system().build())).isEmpty();
    }
  }

  @Nested
  class VerdictOrder {
    @Test
    void naturalOrder_isSeverityOrder() {
      List<Verdict> verdicts = new ArrayList<>(List.of(Verdict.values()));
      java.util.Collections.reverse(verdicts);
      java.util.Collections.sort(verdicts);

      assertThat(verdicts)
          .containsExactly(
              Verdict.NOT_APPLICABLE, Verdict.CONFORMING, Verdict.NOT_ASSESSED, Verdict.PARTIALLY_CONFORMING, Verdict.NONCONFORMING);
      assertThat(verdicts).isSortedAccordingTo(Verdict.BY_SEVERITY);
      for (Verdict v : Verdict.values()) {
        assertThat(v.severity()).isEqualTo(v.ordinal());
      }
    }
  }

  @Nested
  class HostCodes {
    @Test
    void reason_hostCode_isCarriedAndIsItsKey() {
      Reason r = Reason.builder("HAND_HYGIENE_BELOW_TARGET", "82% against 90%").evidence(List.of()).build();

      assertThat(r.code()).isEqualTo(ReasonCode.HOST_RULE);
      assertThat(r.hostCode()).contains("HAND_HYGIENE_BELOW_TARGET");
      assertThat(r.key()).isEqualTo("HAND_HYGIENE_BELOW_TARGET");
      assertThat(r).hasToString("HAND_HYGIENE_BELOW_TARGET: 82% against 90%");
      assertThat(Reason.of(ReasonCode.HOST_RULE, "m").key()).isEqualTo("HOST_RULE");
      assertThat(r).isNotEqualTo(Reason.of("OTHER_CODE", "82% against 90%"));
    }

    @Test
    void reason_malformedOrBuiltInHostCode_isRefused() {
      for (String bad : List.of("", "lower_case", "1STARTS_WITH_DIGIT", "HAS-DASH", "A".repeat(65), "HAS SPACE")) {
        assertThatThrownBy(() -> Reason.of(bad, "m")).as(bad).isInstanceOf(InvalidModelException.class).hasMessageContaining("host code");
      }
      assertThatThrownBy(() -> Reason.of("EVIDENCE_EXPIRED", "m"))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("the name of a built-in code");
      assertThatThrownBy(() -> Reason.of("OK_CODE", "line\u0000")).isInstanceOf(InvalidModelException.class);
      assertThatThrownBy(() -> Reason.of((String) null, "m")).isInstanceOf(NullPointerException.class).hasMessage("hostCode");
    }

    @Test
    void decision_nullReason_isRefusedNamingIt() {
      assertThatThrownBy(() -> Decision.decide(Verdict.CONFORMING, (Reason) null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("reason");
      assertThatThrownBy(() -> Decision.cap(Verdict.CONFORMING, (Reason) null)).hasMessage("reason");
      assertThatThrownBy(() -> Decision.note((Reason) null)).hasMessage("reason");
      assertThatThrownBy(() -> Decision.note(java.util.Arrays.asList(Reason.of(ReasonCode.HOST_RULE, "m"), null)))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("reasons holds a null reason");
    }

    @Test
    void decision_singleReasonOverloads_carryTheReason() {
      Reason r = Reason.of("X", "m");

      assertThat(Decision.cap(Verdict.PARTIALLY_CONFORMING, r).reasons()).containsExactly(r);
      assertThat(Decision.note(r).reasons()).containsExactly(r);
      assertThat(Decision.note(r).kind()).isEqualTo(Decision.Kind.NOTE);
    }
  }

  @Nested
  class Lineage {
    /** A hospital extends catalog T with its own requirement under clause 1.1. */
    private final Catalog hospital =
        Fixtures.catalogT()
            .extend()
            .id(CatalogId.of("riverside-t:1"))
            .addRequirement(
                "1.1",
                Requirement.builder()
                    .id(RequirementId.of("riverside/hand-hygiene"))
                    .summary("Hand hygiene is audited monthly.")
                    .addExpectedEvidence(EvidenceKind.RECORD)
                    .build())
            .build();

    private QualitySystem hospitalSystem() {
      return QualitySystem.builder()
          .organisation("Riverside")
          .scope("All wards")
          .addCatalog(hospital)
          .addCatalog(Fixtures.catalogU())
          .build();
    }

    @Test
    void rulesScopedToTheBaseCatalogOrClause_applyToTheDerivedCatalog() {
      Rule capAll =
          Rule.named(
              "base-cap", RuleReads.requirementFacts(), f -> Decision.cap(Verdict.PARTIALLY_CONFORMING, Reason.of("BASE_RULE", "scoped to t:1")));
      ConformityEngine engine =
          ConformityEngine.builder().addRule(RuleScope.clause(ClauseRef.of(T, "1.1")), capAll).build();
      QualitySystem qs =
          hospitalSystem()
              .withEvidence(valid("hh", RequirementId.of("riverside/hand-hygiene"), EvidenceKind.RECORD));

      RequirementResult own = engine.evaluate(qs, AS_OF).result(RequirementId.of("riverside/hand-hygiene")).orElseThrow();

      assertThat(own.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(own.reasons()).extracting(Reason::key).contains("BASE_RULE");
      assertThat(engine.check(qs)).isEmpty();
      assertThat(hospital.lineage()).containsExactly(T);
    }

    @Test
    void mappingSetsAndClauseExclusionsForTheBase_applyToTheDerivedCatalog() {
      MappingSet set =
          MappingSet.builder()
              .id(MappingSetId.of("t-to-u"))
              .version("1")
              .title("t to u")
              .sourceCatalog(T)
              .targetCatalog(U)
              .addMapping(Mapping.of(PR, MappingRelation.EQUIVALENT, U2))
              .build();
      QualitySystem qs =
          hospitalSystem()
              .withMappingSet(set)
              .withExclusion(Exclusion.ofClause(ClauseRef.of(T, "2"), "We run no optional activity."))
              .withEvidence(valid("sop", PR, EvidenceKind.PROCEDURE));

      ConformityReport report = ConformityEngine.standard().evaluate(qs, AS_OF);

      assertThat(report.result(U2).orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(report.result(Fixtures.EXCL).orElseThrow().verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    }

    @Test
    void moreSpecificScopeOfTheDerivedCatalog_winsOverTheBase() {
      Rule base = Rule.named("base", RuleReads.requirementFacts(), f -> Decision.decide(Verdict.NONCONFORMING, Reason.of("BASE", "b")));
      Rule own = Rule.named("own", RuleReads.requirementFacts(), f -> Decision.decide(Verdict.CONFORMING, Reason.of("OWN", "o")));
      ConformityEngine engine =
          ConformityEngine.builder()
              .replaceRules(RuleScope.catalog(T), List.of(base))
              .replaceRules(RuleScope.catalog(hospital.id()), List.of(own))
              .build();

      RequirementResult r = engine.evaluate(hospitalSystem(), AS_OF).result(ANY).orElseThrow();

      assertThat(r.reasons()).extracting(Reason::key).containsExactly("OWN");
    }
  }
}
