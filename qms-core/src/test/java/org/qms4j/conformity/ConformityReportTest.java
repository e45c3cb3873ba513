package org.qms4j.conformity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qms4j.conformity.Fixtures.ANY;
import static org.qms4j.conformity.Fixtures.AS_OF;
import static org.qms4j.conformity.Fixtures.EXCL;
import static org.qms4j.conformity.Fixtures.PR;
import static org.qms4j.conformity.Fixtures.SEP;
import static org.qms4j.conformity.Fixtures.T;
import static org.qms4j.conformity.Fixtures.U;
import static org.qms4j.conformity.Fixtures.U1;
import static org.qms4j.conformity.Fixtures.U2;
import static org.qms4j.conformity.Fixtures.clause;
import static org.qms4j.conformity.Fixtures.finding;
import static org.qms4j.conformity.Fixtures.system;
import static org.qms4j.conformity.Fixtures.valid;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.FindingGrade;
import org.qms4j.system.Exclusion;
import org.qms4j.system.QualitySystem;

/** A report rebuilt from its parts: what it keeps, how it compares, and what it refuses. */
class ConformityReportTest {
  private static final ConformityEngine ENGINE = ConformityEngine.standard();

  /** Catalog t with one requirement per verdict kind and a nonconformity; catalog u conforming. */
  private static QualitySystem mixed() {
    return system()
        .addEvidence(valid("e-pr", PR, EvidenceKind.PROCEDURE))
        .addEvidence(valid("e-u1", U1, EvidenceKind.RECORD))
        .addEvidence(valid("e-u2", U2, EvidenceKind.PROCEDURE))
        .addFinding(finding("nc-1", ANY, FindingGrade.MAJOR_NONCONFORMITY))
        .addExclusion(Exclusion.ofRequirement(EXCL, "Not performed here."))
        .build();
  }

  private static ConformityReport restored(ConformityReport r) {
    return ConformityReport.restore(r.asOf(), r.results(), r.overall(), r.catalogs(), r.clauses());
  }

  private static Rollup rollup(Verdict verdict, Verdict... counted) {
    return Rollup.of(verdict, VerdictCounts.of(counted));
  }

  @Nested
  class Restore {
    @Test
    void restore_partsOfAnEngineReport_equalsItAndLooksUpTheSame() {
      ConformityReport report = ENGINE.evaluate(mixed(), AS_OF);

      ConformityReport copy = restored(report);

      assertThat(copy).isEqualTo(report).hasSameHashCodeAs(report);
      assertThat(report).isEqualTo(copy);
      assertThat(copy.result(ANY)).isEqualTo(report.result(ANY));
      assertThat(copy.result(ANY).orElseThrow().verdict()).isEqualTo(Verdict.NONCONFORMING);
      assertThat(copy.result(RequirementId.of("absent"))).isEmpty();
      assertThat(copy.catalog(U)).isEqualTo(report.catalog(U));
      assertThat(copy.clause(clause(T, "1"))).isEqualTo(report.clause(clause(T, "1")));
      assertThat(copy.clause(clause(T, "9"))).isEmpty();
      assertThat(copy.overall()).isEqualTo(report.overall());
    }

    @Test
    void restore_keepsTheOrderOfCatalogsAndClausesGiven() {
      ConformityReport report = ENGINE.evaluate(mixed(), AS_OF);
      assertThat(report.catalogs()).containsOnlyKeys(T, U);
      assertThat(List.copyOf(report.catalogs().keySet())).containsExactly(T, U);
      assertThat(List.copyOf(report.clauses().keySet()))
          .containsExactly(
              clause(T, "1"), clause(T, "1.1"), clause(T, "1.2"), clause(T, "2"), clause(U, "5"));

      Map<CatalogId, Rollup> catalogs = reversed(report.catalogs());
      Map<ClauseRef, Rollup> clauses = reversed(report.clauses());
      ConformityReport copy =
          ConformityReport.restore(report.asOf(), report.results(), report.overall(), catalogs, clauses);

      assertThat(List.copyOf(copy.catalogs().keySet())).containsExactly(U, T);
      assertThat(List.copyOf(copy.clauses().keySet())).isEqualTo(List.copyOf(clauses.keySet()));
      assertThat(copy).isEqualTo(report);
    }

    @Test
    void restore_reportOfAnEmptySystem_equalsIt() {
      ConformityReport report =
          ENGINE.evaluate(QualitySystem.builder().organisation("Empty").scope("None").build(), AS_OF);

      assertThat(restored(report)).isEqualTo(report);
      assertThat(restored(report).catalogs()).isEmpty();
    }

    @Test
    void restore_ofAReportFromASession_equalsIt() {
      ConformitySession session = ENGINE.session(mixed(), AS_OF);
      ConformityReport moved = session.removeEvidence(EvidenceId.of("e-u1"));

      assertThat(restored(moved)).isEqualTo(moved);
      assertThat(restored(moved).catalog(U).orElseThrow().verdict()).isEqualTo(Verdict.NOT_ASSESSED);
    }

    @Test
    void equals_differentAsOfOrResultsOrRollups_isFalse() {
      ConformityReport report = ENGINE.evaluate(mixed(), AS_OF);
      ConformityReport copy = restored(report);

      assertThat(ConformityReport.restore(SEP, report.results(), report.overall(), report.catalogs(), report.clauses()))
          .isNotEqualTo(report);
      Map<ClauseRef, Rollup> clauses = new LinkedHashMap<>(report.clauses());
      clauses.put(clause(T, "1"), Rollup.of(Verdict.CONFORMING, report.clause(clause(T, "1")).orElseThrow().counts()));
      assertThat(ConformityReport.restore(AS_OF, report.results(), report.overall(), report.catalogs(), clauses))
          .isNotEqualTo(report)
          .isNotEqualTo(copy);
      Map<CatalogId, Rollup> catalogs = new LinkedHashMap<>(report.catalogs());
      catalogs.put(U, Rollup.of(Verdict.NONCONFORMING, report.catalog(U).orElseThrow().counts()));
      assertThat(ConformityReport.restore(AS_OF, report.results(), report.overall(), catalogs, report.clauses()))
          .isNotEqualTo(report);
    }
  }

  @Nested
  class ChangesSince {
    @Test
    void changesSince_betweenEngineAndRestoredReports_isTheSameAsBetweenEngineReports() {
      ConformityReport before = ENGINE.evaluate(mixed(), AS_OF);
      QualitySystem later = mixed().withoutEvidence(EvidenceId.of("e-u2"));
      ConformityReport after = ENGINE.evaluate(later, AS_OF);
      List<StatusChange> expected = after.changesSince(before);
      assertThat(expected).containsExactly(
          new StatusChange(U2, java.util.Optional.of(Verdict.CONFORMING), java.util.Optional.of(Verdict.NOT_ASSESSED)));

      assertThat(after.changesSince(restored(before))).isEqualTo(expected);
      assertThat(restored(after).changesSince(before)).isEqualTo(expected);
      assertThat(restored(after).changesSince(restored(before))).isEqualTo(expected);
    }

    @Test
    void changesSince_aRestoredReportOfOtherRequirements_namesTheAddedAndTheRemoved() {
      ConformityReport both = ENGINE.evaluate(mixed(), AS_OF);
      List<RequirementResult> onlyU =
          both.results().stream().filter(r -> r.clause().catalog().equals(U)).toList();
      ConformityReport uOnly =
          ConformityReport.restore(
              AS_OF,
              onlyU,
              Rollup.of(Verdict.CONFORMING, both.catalog(U).orElseThrow().counts()),
              Map.of(U, both.catalog(U).orElseThrow()),
              Map.of(clause(U, "5"), both.clause(clause(U, "5")).orElseThrow()));

      assertThat(both.changesSince(uOnly))
          .extracting(StatusChange::requirement)
          .containsExactly(PR, ANY, EXCL);
      assertThat(uOnly.changesSince(both))
          .containsExactly(
              new StatusChange(PR, both.result(PR).map(RequirementResult::verdict), java.util.Optional.empty()),
              new StatusChange(ANY, java.util.Optional.of(Verdict.NONCONFORMING), java.util.Optional.empty()),
              new StatusChange(EXCL, java.util.Optional.of(Verdict.NOT_APPLICABLE), java.util.Optional.empty()));
    }
  }

  @Nested
  class Refusals {
    private final ConformityReport report = ENGINE.evaluate(mixed(), AS_OF);

    @Test
    void restore_aRequirementWithTwoResults_isRefusedNamingIt() {
      List<RequirementResult> results = new ArrayList<>(report.results());
      results.add(report.result(U1).orElseThrow());

      assertThatThrownBy(() -> ConformityReport.restore(AS_OF, results, report.overall(), report.catalogs(), report.clauses()))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("requirement 'u-1' has more than one result");
    }

    @Test
    void restore_overallCountsNotTheTally_isRefusedNamingBoth() {
      Rollup overall =
          rollup(Verdict.NONCONFORMING, Verdict.CONFORMING, Verdict.NONCONFORMING, Verdict.NOT_APPLICABLE);

      assertThatThrownBy(() -> ConformityReport.restore(AS_OF, report.results(), overall, report.catalogs(), report.clauses()))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("overall roll-up counts {NOT_APPLICABLE=1, CONFORMING=1, NONCONFORMING=1}")
          .hasMessageContaining("the tally of the results, " + report.overall().counts());
    }

    @Test
    void restore_catalogCountsDisagreeingWithItsResults_isRefusedNamingTheCatalog() {
      Map<CatalogId, Rollup> catalogs = new LinkedHashMap<>(report.catalogs());
      catalogs.put(U, rollup(Verdict.CONFORMING, Verdict.CONFORMING));

      assertThatThrownBy(() -> ConformityReport.restore(AS_OF, report.results(), report.overall(), catalogs, report.clauses()))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("roll-up of catalog 'u:1' counts {CONFORMING=1}")
          .hasMessageContaining("its results, {CONFORMING=2}");
    }

    @Test
    void restore_resultWhoseCatalogHasNoRollup_isRefusedNamingBoth() {
      Map<CatalogId, Rollup> catalogs = new LinkedHashMap<>(report.catalogs());
      catalogs.remove(U);
      Map<ClauseRef, Rollup> clauses = new LinkedHashMap<>(report.clauses());
      clauses.remove(clause(U, "5"));

      assertThatThrownBy(() -> ConformityReport.restore(AS_OF, report.results(), report.overall(), catalogs, clauses))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("catalog 'u:1' of requirement 'u-1' has no roll-up");
    }

    @Test
    void restore_resultWhoseClauseHasNoRollup_isRefusedNamingBoth() {
      Map<ClauseRef, Rollup> clauses = new LinkedHashMap<>(report.clauses());
      clauses.remove(clause(T, "1.2"));

      assertThatThrownBy(() -> ConformityReport.restore(AS_OF, report.results(), report.overall(), report.catalogs(), clauses))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("clause 't:1#1.2' of requirement 't-any' has no roll-up");
    }

    @Test
    void restore_rollupOfACatalogWithoutResults_isRefused() {
      Map<CatalogId, Rollup> catalogs = new LinkedHashMap<>(report.catalogs());
      catalogs.put(CatalogId.of("v:1"), rollup(Verdict.NOT_APPLICABLE));

      assertThatThrownBy(() -> ConformityReport.restore(AS_OF, report.results(), report.overall(), catalogs, report.clauses()))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("catalog 'v:1' has a roll-up but no result");
    }

    @Test
    void restore_clauseRollupsThatCannotBe_areRefusedNamingTheClause() {
      Map<ClauseRef, Rollup> otherCatalog = new LinkedHashMap<>(report.clauses());
      otherCatalog.put(clause(CatalogId.of("v:1"), "1"), rollup(Verdict.CONFORMING, Verdict.CONFORMING));
      assertThatThrownBy(() -> ConformityReport.restore(AS_OF, report.results(), report.overall(), report.catalogs(), otherCatalog))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("clause 'v:1#1' has a roll-up but its catalog has none");

      Map<ClauseRef, Rollup> empty = new LinkedHashMap<>(report.clauses());
      empty.put(clause(U, "6"), rollup(Verdict.NOT_APPLICABLE));
      assertThatThrownBy(() -> ConformityReport.restore(AS_OF, report.results(), report.overall(), report.catalogs(), empty))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("roll-up of clause 'u:1#6' counts no requirement");

      Map<ClauseRef, Rollup> tooFew = new LinkedHashMap<>(report.clauses());
      tooFew.put(clause(U, "5"), rollup(Verdict.CONFORMING, Verdict.CONFORMING));
      assertThatThrownBy(() -> ConformityReport.restore(AS_OF, report.results(), report.overall(), report.catalogs(), tooFew))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("roll-up of clause 'u:1#5' counts {CONFORMING=1}")
          .hasMessageContaining("at least the results that stand in the clause, {CONFORMING=2}");

      Map<ClauseRef, Rollup> tooMany = new LinkedHashMap<>(report.clauses());
      tooMany.put(clause(U, "5"), rollup(Verdict.CONFORMING, Verdict.CONFORMING, Verdict.CONFORMING, Verdict.CONFORMING));
      assertThatThrownBy(() -> ConformityReport.restore(AS_OF, report.results(), report.overall(), report.catalogs(), tooMany))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("at most its catalog's counts, {CONFORMING=2}");
    }

    @Test
    void restore_aLongId_isShortenedInTheMessage() {
      String longId = "r" + "x".repeat(150);
      RequirementResult r =
          new RequirementResult(RequirementId.of(longId), clause(U, "5"), Verdict.CONFORMING,
              List.of(Reason.of(ReasonCode.HOST_RULE, "fine")));

      assertThatThrownBy(() -> ConformityReport.restore(
              AS_OF, List.of(r, r), rollup(Verdict.CONFORMING), Map.of(), Map.of()))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("requirement 'r" + "x".repeat(79) + "...'")
          .hasMessageNotContaining("x".repeat(100));
    }

    @Test
    void restore_nullParts_areRefusedNamingThem() {
      List<RequirementResult> withNull = new ArrayList<>(report.results());
      withNull.add(null);

      assertThatThrownBy(() -> ConformityReport.restore(AS_OF, withNull, report.overall(), report.catalogs(), report.clauses()))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("results: element 5");
      assertThatThrownBy(() -> ConformityReport.restore(null, report.results(), report.overall(), report.catalogs(), report.clauses()))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("asOf");
    }
  }

  @Nested
  class Parts {
    @Test
    void verdictCounts_ofMap_countsEachVerdictAndZeroForTheRest() {
      Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
      counts.put(Verdict.CONFORMING, 2);
      counts.put(Verdict.NOT_APPLICABLE, 1);

      assertThat(VerdictCounts.of(counts))
          .isEqualTo(VerdictCounts.of(Verdict.CONFORMING, Verdict.NOT_APPLICABLE, Verdict.CONFORMING));
      assertThat(VerdictCounts.of(counts).count(Verdict.NONCONFORMING)).isZero();
      assertThat(VerdictCounts.of(Map.of())).isEqualTo(VerdictCounts.of());
    }

    @Test
    void verdictCounts_ofMap_negativeOrOverflowingCounts_areRefused() {
      assertThatThrownBy(() -> VerdictCounts.of(Map.of(Verdict.CONFORMING, -1)))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("CONFORMING was -1; expected a count of 0 or more");
      assertThatThrownBy(() -> VerdictCounts.of(Map.of(Verdict.CONFORMING, Integer.MAX_VALUE, Verdict.NONCONFORMING, 1)))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("add up to 2147483648");
    }

    @Test
    void rollup_of_keepsVerdictAndCountsAndDerivesTheScore() {
      Rollup r = rollup(Verdict.PARTIALLY_CONFORMING, Verdict.CONFORMING, Verdict.PARTIALLY_CONFORMING, Verdict.NOT_APPLICABLE);

      assertThat(r.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(r.score()).isEqualTo(0.75);
      assertThat(ENGINE.evaluate(mixed(), AS_OF).catalog(U))
          .contains(rollup(Verdict.CONFORMING, Verdict.CONFORMING, Verdict.CONFORMING));
      assertThatThrownBy(() -> Rollup.of(null, VerdictCounts.of())).isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  class Messages {
    @Test
    void reason_longJustificationOfAnExclusion_keepsTheMessageBoundAndBuildsAgain() {
      String justification = "Not performed. ".repeat(300).trim();
      ConformityReport report =
          ENGINE.evaluate(
              system().addExclusion(Exclusion.ofRequirement(EXCL, justification)).build(), AS_OF);
      Reason reason = report.result(EXCL).orElseThrow().reasons().get(0);

      assertThat(reason.message()).hasSize(Reason.MAX_MESSAGE).endsWith("...");
      assertThat(Reason.builder(reason.code(), reason.message()).build()).isEqualTo(reason);
    }

    @Test
    void reason_manyEvidenceItems_keepTheDerivedMessageBoundAndBuildAgain() {
      QualitySystem.Builder b = system();
      List<EvidenceId> ids = new ArrayList<>();
      for (int i = 0; i < 120; i++) {
        Evidence e = valid("evidence-item-with-a-long-identifier-" + i, U1, EvidenceKind.RECORD);
        b.addEvidence(e);
        ids.add(e.id());
      }
      Reason reason = ENGINE.evaluate(b.build(), AS_OF).result(U1).orElseThrow().reasons().get(0);

      assertThat(reason.code()).isEqualTo(ReasonCode.EVIDENCE_VALID);
      assertThat(reason.evidence()).hasSize(120);
      assertThat(reason.message()).hasSize(Reason.MAX_MESSAGE).endsWith("...");
      Reason rebuilt =
          Reason.builder(reason.code(), reason.message())
              .evidenceKind(reason.evidenceKind().orElseThrow())
              .evidence(ids)
              .build();
      assertThat(rebuilt).isEqualTo(reason);
    }
  }

  private static <K> Map<K, Rollup> reversed(Map<K, Rollup> map) {
    List<K> keys = new ArrayList<>(map.keySet());
    java.util.Collections.reverse(keys);
    Map<K, Rollup> result = new LinkedHashMap<>();
    keys.forEach(k -> result.put(k, map.get(k)));
    return result;
  }
}
