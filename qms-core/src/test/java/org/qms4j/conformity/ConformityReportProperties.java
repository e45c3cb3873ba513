package org.qms4j.conformity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qms4j.testing.ConformityArbitraries.AS_OF;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.testing.ConformityArbitraries;
import org.qms4j.testing.ConformityArbitraries.Scenario;

/** A report rebuilt from its parts is the report it came from, for any generated scenario. */
class ConformityReportProperties {
  @Provide
  Arbitrary<Scenario> scenarios() {
    return ConformityArbitraries.scenarios();
  }

  private static ConformityReport restored(ConformityReport r) {
    return ConformityReport.restore(r.asOf(), r.results(), r.overall(), r.catalogs(), r.clauses());
  }

  @Property(tries = 200)
  void restore_partsOfAnEngineReport_equalsItAndAnswersTheSame(@ForAll("scenarios") Scenario s) {
    ConformityReport report = s.engine().evaluate(s.system(), AS_OF);

    ConformityReport copy = restored(report);

    assertThat(copy).isEqualTo(report).hasSameHashCodeAs(report);
    assertThat(report).isEqualTo(copy);
    assertThat(copy.results()).containsExactlyElementsOf(report.results());
    assertThat(copy.catalogs()).containsExactlyEntriesOf(report.catalogs());
    assertThat(copy.clauses()).containsExactlyEntriesOf(report.clauses());
    for (LocatedRequirement r : s.system().requirements()) {
      assertThat(copy.result(r.id())).isEqualTo(report.result(r.id()));
      assertThat(copy.catalog(r.catalog())).isEqualTo(report.catalog(r.catalog()));
      for (String number : r.clausePath()) {
        ClauseRef clause = ClauseRef.of(r.catalog(), number);
        assertThat(copy.clause(clause)).isEqualTo(report.clause(clause)).isPresent();
      }
    }
    assertThat(restored(copy)).isEqualTo(report);
  }

  @Property(tries = 100)
  void changesSince_aRestoredReport_isTheSameAsTheEngineReport(
      @ForAll("scenarios") Scenario earlier,
      @ForAll("scenarios") Scenario later,
      @ForAll @IntRange(min = 0, max = 90) int days) {
    ConformityReport before = earlier.engine().evaluate(earlier.system(), AS_OF);
    ConformityReport after =
        later.engine().evaluate(later.system(), AS_OF.plus(Duration.ofDays(days)));
    ConformityReport sameSystemLater =
        earlier.engine().evaluate(earlier.system(), AS_OF.plus(Duration.ofDays(days)));

    assertThat(after.changesSince(restored(before))).isEqualTo(after.changesSince(before));
    assertThat(restored(after).changesSince(before)).isEqualTo(after.changesSince(before));
    assertThat(sameSystemLater.changesSince(restored(before)))
        .isEqualTo(sameSystemLater.changesSince(before));
    assertThat(restored(before).changesSince(sameSystemLater))
        .isEqualTo(before.changesSince(sameSystemLater));
  }

  @Property(tries = 100)
  void restore_aSessionReportAfterMoves_equalsIt(
      @ForAll("scenarios") Scenario s, @ForAll @IntRange(min = 1, max = 400) int days) {
    ConformitySession session = s.engine().session(s.system(), AS_OF);
    Instant later = AS_OF.plus(Duration.ofDays(days));
    session.advanceTo(later);
    ConformityReport moved =
        session.putFinding(
            Finding.builder()
                .id(FindingId.of("added"))
                .addRequirement(s.requirements().get(0))
                .grade(FindingGrade.MAJOR_NONCONFORMITY)
                .statement("Added in the session.")
                .objectiveEvidence("Seen.")
                .raisedAt(AS_OF)
                .build());

    assertThat(restored(moved)).isEqualTo(moved);
    assertThat(restored(moved)).isEqualTo(s.engine().evaluate(session.system(), later));
  }
}
