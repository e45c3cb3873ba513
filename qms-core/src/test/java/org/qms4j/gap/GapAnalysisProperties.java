package org.qms4j.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qms4j.testing.ConformityArbitraries.AS_OF;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.conformity.Reason;
import org.qms4j.conformity.ReasonCode;
import org.qms4j.conformity.RequirementResult;
import org.qms4j.conformity.Verdict;
import org.qms4j.testing.ConformityArbitraries;
import org.qms4j.testing.ConformityArbitraries.Scenario;

/** Gap analyses of generated scenarios ({@link ConformityArbitraries#scenarios()}). */
class GapAnalysisProperties {
  @Provide
  Arbitrary<Scenario> scenarios() {
    return ConformityArbitraries.scenarios();
  }

  private static Instant at(int days) {
    return AS_OF.plus(Duration.ofDays(days));
  }

  @Group
  class Gaps {
    @Property(tries = 300)
    void gaps_areExactlyTheApplicableNonconformingResults_byPriorityThenReportOrder(
        @ForAll("scenarios") Scenario s, @ForAll @IntRange(min = -60, max = 400) int days) {
      ConformityReport report = s.engine().evaluate(s.system(), at(days));

      GapAnalysis a = GapAnalysis.of(s.system(), report);

      Map<RequirementId, Integer> order = new HashMap<>();
      List<RequirementId> expected = new ArrayList<>();
      for (RequirementResult r : report.results()) {
        order.put(r.requirement(), order.size());
        if (r.verdict() != Verdict.CONFORMING && r.verdict() != Verdict.NOT_APPLICABLE) {
          expected.add(r.requirement());
        }
      }
      assertThat(a.gaps()).extracting(Gap::requirement).containsExactlyInAnyOrderElementsOf(expected);
      for (int i = 1; i < a.gaps().size(); i++) {
        Gap before = a.gaps().get(i - 1);
        Gap after = a.gaps().get(i);
        int byPriority = before.priority().compareTo(after.priority());
        assertThat(byPriority < 0 || (byPriority == 0 && order.get(before.requirement()) < order.get(after.requirement())))
            .as("%s before %s", before, after)
            .isTrue();
      }
      for (Gap g : a.gaps()) {
        RequirementResult r = report.result(g.requirement()).orElseThrow();
        assertThat(g.verdict()).isEqualTo(r.verdict());
        assertThat(g.clause()).isEqualTo(r.clause());
        assertThat(g.reasons()).isEqualTo(r.reasons());
        assertThat(a.gap(g.requirement())).contains(g);
        boolean major = r.hasReason(ReasonCode.OPEN_MAJOR_NONCONFORMITY);
        assertThat(g.priority() == GapPriority.OPEN_MAJOR_NONCONFORMITY).isEqualTo(major);
        boolean missing = false;
        for (Reason reason : r.reasons()) {
          missing |= GapAnalysis.isMissingDocumentedInformation(reason, s.system().requirement(g.requirement()).orElseThrow().requirement());
        }
        if (!major) {
          assertThat(g.priority() == GapPriority.MISSING_DOCUMENTED_INFORMATION).isEqualTo(missing);
        }
      }
    }

    @Property(tries = 200)
    void missingDocumentedInformation_onlyEverFromEvidenceReasons(@ForAll("scenarios") Scenario s) {
      GapAnalysis a = GapAnalysis.of(s.system(), s.engine().evaluate(s.system(), AS_OF));

      for (Gap g : a.gaps()) {
        if (g.priority() == GapPriority.MISSING_DOCUMENTED_INFORMATION) {
          assertThat(g.reasons())
              .extracting(Reason::code)
              .containsAnyOf(
                  ReasonCode.NO_EVIDENCE,
                  ReasonCode.MISSING_EVIDENCE_KIND,
                  ReasonCode.EVIDENCE_EXPIRED,
                  ReasonCode.EVIDENCE_REJECTED,
                  ReasonCode.EVIDENCE_SUPERSEDED,
                  ReasonCode.EVIDENCE_NOT_YET_EFFECTIVE,
                  ReasonCode.EVIDENCE_NOT_ACCEPTED,
                  ReasonCode.EVIDENCE_ON_OBSOLETE_DOCUMENT);
        }
      }
    }
  }

  @Group
  class Totals {
    @Property(tries = 300)
    void totals_countTheGapsInOrUnderEachClause_andInEachCatalog(@ForAll("scenarios") Scenario s) {
      ConformityReport report = s.engine().evaluate(s.system(), AS_OF);
      GapAnalysis a = GapAnalysis.of(s.system(), report);

      assertThat(a.totalsByClause().keySet()).containsExactlyElementsOf(report.clauses().keySet());
      assertThat(a.totalsByCatalog().keySet()).containsExactlyElementsOf(report.catalogs().keySet());
      for (Map.Entry<ClauseRef, GapTotals> e : a.totalsByClause().entrySet()) {
        ClauseRef clause = e.getKey();
        for (GapPriority p : GapPriority.values()) {
          long n =
              a.gaps().stream()
                  .filter(g -> g.priority() == p)
                  .map(g -> s.system().requirement(g.requirement()).orElseThrow())
                  .filter(r -> r.catalog().equals(clause.catalog()) && r.isUnder(clause.number()))
                  .count();
          assertThat(e.getValue().count(p)).as("%s %s", clause, p).isEqualTo(n);
        }
      }
      for (Map.Entry<CatalogId, GapTotals> e : a.totalsByCatalog().entrySet()) {
        long n = a.gaps().stream().filter(g -> g.catalog().equals(e.getKey())).count();
        assertThat(e.getValue().total()).isEqualTo(n);
      }
      assertThat(a.totals().total()).isEqualTo(a.gaps().size());
      assertThat(a.totalsByCatalog().values().stream().mapToInt(GapTotals::total).sum()).isEqualTo(a.gaps().size());
    }
  }

  @Group
  class Changes {
    @Property(tries = 200)
    void changesSince_listsEachRequirementWhoseGapMoved_once_inReportOrder(
        @ForAll("scenarios") Scenario s, @ForAll @IntRange(min = -60, max = 400) int from, @ForAll @IntRange(min = -60, max = 400) int to) {
      GapAnalysis before = GapAnalysis.of(s.system(), s.engine().evaluate(s.system(), at(from)));
      GapAnalysis after = GapAnalysis.of(s.system(), s.engine().evaluate(s.system(), at(to)));

      List<GapChange> changes = after.changesSince(before);

      List<RequirementId> moved = new ArrayList<>();
      for (LocatedRequirement r : s.system().requirements()) {
        Optional<Gap> b = before.gap(r.id());
        Optional<Gap> n = after.gap(r.id());
        boolean same =
            b.isPresent() == n.isPresent()
                && (b.isEmpty() || (b.get().priority() == n.get().priority() && b.get().verdict() == n.get().verdict()));
        if (!same) {
          moved.add(r.id());
        }
      }
      assertThat(changes).extracting(GapChange::requirement).containsExactlyElementsOf(moved);
      for (GapChange c : changes) {
        assertThat(c.priorityBefore()).isEqualTo(before.gap(c.requirement()).map(Gap::priority));
        assertThat(c.priorityAfter()).isEqualTo(after.gap(c.requirement()).map(Gap::priority));
        assertThat(c.verdictBefore()).isEqualTo(before.report().result(c.requirement()).map(RequirementResult::verdict));
        assertThat(c.verdictAfter()).isEqualTo(after.report().result(c.requirement()).map(RequirementResult::verdict));
      }
      List<GapChange> back = before.changesSince(after);
      assertThat(back).extracting(GapChange::requirement).containsExactlyElementsOf(moved);
      for (int i = 0; i < back.size(); i++) {
        GapChange there = changes.get(i);
        GapChange here = back.get(i);
        assertThat(here.priorityBefore()).isEqualTo(there.priorityAfter());
        assertThat(here.verdictAfter()).isEqualTo(there.verdictBefore());
      }
      assertThat(after.changesSince(after)).isEmpty();
    }
  }
}
