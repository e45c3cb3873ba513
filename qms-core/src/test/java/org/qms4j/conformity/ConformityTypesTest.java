package org.qms4j.conformity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.Mapping;
import org.qms4j.catalog.MappingRelation;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.FindingId;

/** The engine's small value types: their checks and their contracts. */
class ConformityTypesTest {
  private static final RequirementId A = RequirementId.of("a");
  private static final RequirementId B = RequirementId.of("b");

  @Test
  void verdict_worse_followsSeverityAndIgnoresNotApplicable() {
    assertThat(Verdict.CONFORMING.worse(Verdict.NOT_ASSESSED)).isEqualTo(Verdict.NOT_ASSESSED);
    assertThat(Verdict.NOT_ASSESSED.worse(Verdict.PARTIALLY_CONFORMING)).isEqualTo(Verdict.PARTIALLY_CONFORMING);
    assertThat(Verdict.NONCONFORMING.worse(Verdict.PARTIALLY_CONFORMING)).isEqualTo(Verdict.NONCONFORMING);
    assertThat(Verdict.NOT_APPLICABLE.worse(Verdict.CONFORMING)).isEqualTo(Verdict.CONFORMING);
    assertThat(Verdict.CONFORMING.worse(Verdict.NOT_APPLICABLE)).isEqualTo(Verdict.CONFORMING);
  }

  @Test
  void rollupPolicy_worstCase_ofNothingApplicable_isNotApplicable() {
    assertThat(RollupPolicy.worstCase().rollUp(VerdictCounts.of())).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(RollupPolicy.worstCase().rollUp(VerdictCounts.of(Verdict.NOT_APPLICABLE, Verdict.CONFORMING)))
        .isEqualTo(Verdict.CONFORMING);
  }

  @Test
  void verdictCounts_countTotalAndApplicable() {
    VerdictCounts c = VerdictCounts.of(Verdict.CONFORMING, Verdict.CONFORMING, Verdict.NOT_APPLICABLE);
    assertThat(c.count(Verdict.CONFORMING)).isEqualTo(2);
    assertThat(c.total()).isEqualTo(3);
    assertThat(c.applicable()).isEqualTo(2);
    assertThat(c).isEqualTo(VerdictCounts.of(Verdict.NOT_APPLICABLE, Verdict.CONFORMING, Verdict.CONFORMING));
    assertThat(c.toString()).isEqualTo("{NOT_APPLICABLE=1, CONFORMING=2}");
  }

  @Test
  void rollup_policyReturningNull_isRefusedNamingTheCounts() {
    assertThatThrownBy(() -> Rollup.of(VerdictCounts.of(Verdict.CONFORMING), c -> null))
        .isInstanceOf(RollupFailedException.class)
        .hasMessageContaining("returned null")
        .hasMessageContaining("CONFORMING=1");
  }

  @Test
  void decision_capOrDecideWithoutReasons_isRefused() {
    assertThatThrownBy(() -> Decision.decide(Verdict.CONFORMING, List.of()))
        .isInstanceOf(org.qms4j.InvalidModelException.class)
        .hasMessageContaining("at least one reason");
    assertThatThrownBy(() -> Decision.cap(Verdict.PARTIALLY_CONFORMING, List.of()))
        .isInstanceOf(org.qms4j.InvalidModelException.class)
        .hasMessageContaining("at least one reason");
  }

  @Test
  void decision_passAndNote_haveNoVerdict() {
    assertThat(Decision.note(List.of())).isSameAs(Decision.pass());
    Decision note = Decision.note(List.of(Reason.of(ReasonCode.HOST_RULE, "n")));
    assertThat(note.kind()).isEqualTo(Decision.Kind.NOTE);
    assertThatThrownBy(note::verdict).isInstanceOf(IllegalStateException.class).hasMessageContaining("NOTE");
    assertThatThrownBy(Decision.pass()::verdict).isInstanceOf(IllegalStateException.class).hasMessageContaining("PASS");
  }

  @Test
  void mapping_sameSourceAndTarget_isRefusedNamingIt() {
    assertThatThrownBy(() -> Mapping.of(A, MappingRelation.EQUIVALENT, A))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("source and target were both a");
  }

  @Test
  void mappingRelation_coversOnlyEquivalentAndSuperset() {
    assertThat(MappingRelation.EQUIVALENT.covers()).isTrue();
    assertThat(MappingRelation.SUPERSET.covers()).isTrue();
    assertThat(MappingRelation.SUBSET.covers()).isFalse();
    assertThat(MappingRelation.INTERSECTS.covers()).isFalse();
  }

  @Test
  void reason_builder_sortsIdsSoOrderOfFactsDoesNotMatter() {
    Reason r =
        Reason.builder(ReasonCode.EVIDENCE_VALID, "m")
            .evidenceKind(EvidenceKind.RECORD)
            .evidence(List.of(EvidenceId.of("e2"), EvidenceId.of("e1")))
            .findings(List.of(FindingId.of("f2"), FindingId.of("f1")))
            .mappedFrom(List.of(B, A))
            .build();
    assertThat(r.evidence()).containsExactly(EvidenceId.of("e1"), EvidenceId.of("e2"));
    assertThat(r.findings()).containsExactly(FindingId.of("f1"), FindingId.of("f2"));
    assertThat(r.mappedFrom()).containsExactly(A, B);
    assertThat(r.evidenceKind()).contains(EvidenceKind.RECORD);
    assertThat(r)
        .isEqualTo(
            Reason.builder(ReasonCode.EVIDENCE_VALID, "m")
                .evidenceKind(EvidenceKind.RECORD)
                .evidence(List.of(EvidenceId.of("e1"), EvidenceId.of("e2")))
                .findings(List.of(FindingId.of("f1"), FindingId.of("f2")))
                .mappedFrom(List.of(A, B))
                .build());
    assertThat(r.toString()).isEqualTo("EVIDENCE_VALID: m");
  }

  @Test
  void ruleScope_specificity_prefersRequirementThenDeeperClauseThenCatalog() {
    var located =
        new org.qms4j.catalog.LocatedRequirement(
            CatalogId.of("c"),
            List.of("7", "7.5", "7.5.3"),
            org.qms4j.catalog.Requirement.builder().id(A).summary("s").build());
    List<CatalogId> lineage = List.of(CatalogId.of("c"));
    int requirement = RuleScope.requirement(A).specificity(located, lineage);
    int deep = RuleScope.clause(ClauseRef.of(CatalogId.of("c"), "7.5")).specificity(located, lineage);
    int shallow = RuleScope.clause(ClauseRef.of(CatalogId.of("c"), "7")).specificity(located, lineage);
    int catalog = RuleScope.catalog(CatalogId.of("c")).specificity(located, lineage);
    assertThat(requirement).isGreaterThan(deep);
    assertThat(deep).isGreaterThan(shallow);
    assertThat(shallow).isGreaterThan(catalog);
    assertThat(catalog).isPositive();
    assertThat(RuleScope.clause(ClauseRef.of(CatalogId.of("c"), "7.5.3.1")).specificity(located, lineage)).isZero();
    assertThat(RuleScope.clause(ClauseRef.of(CatalogId.of("c"), "7.50")).specificity(located, lineage)).isZero();
    assertThat(RuleScope.catalog(CatalogId.of("other")).specificity(located, lineage)).isZero();
    assertThat(RuleScope.requirement(B).specificity(located, lineage)).isZero();
  }

  @Test
  void statusChange_toString_showsBothSides() {
    assertThat(new StatusChange(A, Optional.empty(), Optional.of(Verdict.CONFORMING)))
        .hasToString("a: (absent) -> CONFORMING");
  }

  @Test
  void rule_named_keepsTheNameForErrorMessages() {
    Rule r = Rule.named("my-rule", f -> Decision.pass());
    assertThat(r.name()).isEqualTo("my-rule");
    assertThat(r).hasToString("my-rule");
  }
}
