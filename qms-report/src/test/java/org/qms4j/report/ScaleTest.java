package org.qms4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.Clause;
import org.qms4j.catalog.ExclusionRule;
import org.qms4j.catalog.RequirementId;
import org.qms4j.conformity.ConformityEngine;
import org.qms4j.system.QualitySystem;

/**
 * The largest system a report shows ({@link Report#MAX_REQUIREMENTS} requirements) renders in
 * seconds, and the page grows in step with the system.
 */
class ScaleTest {
  private final ConformityEngine engine = ConformityEngine.standard();

  /** A catalog of {@code n} requirements, ten to a clause, every other one with evidence. */
  static QualitySystem system(int n) {
    var c = Catalog.builder().id(CatalogId.of("big:1")).title("Big").edition("1").publisher("Test");
    int clauses = (n + 9) / 10;
    for (int k = 0; k < clauses; k++) {
      var clause = Clause.builder().number(Integer.toString(k + 1)).title("Clause " + (k + 1));
      for (int i = k * 10; i < Math.min(n, k * 10 + 10); i++) {
        clause.addRequirement(ReportFixtures.requirement(RequirementId.of("big/" + i), "Requirement " + i + ".",
            ExclusionRule.NOT_PERMITTED));
      }
      c.addClause(clause.build());
    }
    QualitySystem.Builder b = QualitySystem.builder().organisation("Big").scope("All").addCatalog(c.build());
    for (int i = 0; i < n; i += 2) {
      b.addEvidence(ReportFixtures.record("ev-" + i, RequirementId.of("big/" + i), Instant.parse("2026-01-01T00:00:00Z")));
    }
    return b.build();
  }

  @Test
  void conformity_theLargestSystemRendersInSecondsAndThePageGrowsInStep() {
    QualitySystem small = system(Report.MAX_REQUIREMENTS / 4);
    QualitySystem large = system(Report.MAX_REQUIREMENTS);
    Instant asOf = ReportFixtures.AS_OF;
    Report smallReport = Report.builder("Small").conformity(small, engine.evaluate(small, asOf)).build();
    Report largeReport = Report.builder("Large").conformity(large, engine.evaluate(large, asOf)).build();
    smallReport.html();
    long start = System.nanoTime();
    String html = largeReport.html();
    String md = largeReport.markdown();
    long millis = (System.nanoTime() - start) / 1_000_000;
    // about 2 s on the 2-core build machine (7 MB of HTML), most of it the engine working out the
    // reasons it had not yet explained; the bound only catches a quadratic slip
    assertThat(millis).isLessThan(10_000);
    double htmlRatio = (double) html.length() / smallReport.html().length();
    double mdRatio = (double) md.length() / smallReport.markdown().length();
    assertThat(htmlRatio).isBetween(3.5, 4.5);
    assertThat(mdRatio).isBetween(3.5, 4.5);
    assertThat(html.length()).isLessThan(30_000_000);
  }

  @Test
  void conformity_refusesASystemOverTheLimit() {
    QualitySystem over = system(Report.MAX_REQUIREMENTS + 1);
    assertThatThrownBy(() -> Report.builder("Over").conformity(over, engine.evaluate(over, ReportFixtures.AS_OF)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holds 20001 requirements; expected at most 20000");
  }
}
