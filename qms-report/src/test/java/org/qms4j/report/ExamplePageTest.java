package org.qms4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.qms4j.conformity.ConformityEngine;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.gap.GapAnalysis;
import org.qms4j.readiness.ReadinessAssessment;
import org.qms4j.system.QualitySystem;

/**
 * Renders the full example to {@code target/example-report.html} and {@code .md}, the page the
 * README describes and a person opens in a browser.
 */
class ExamplePageTest {
  static Report fullReport() {
    QualitySystem system = ReportFixtures.full();
    ConformityEngine engine = ConformityEngine.standard();
    ConformityReport report = engine.evaluate(system, ReportFixtures.FULL_AS_OF);
    ConformityReport earlier = engine.evaluate(system, ReportFixtures.FULL_AS_OF.minus(Duration.ofDays(91)));
    return Report.builder("Example Clinic: certification readiness")
        .conformity(system, report)
        .history(ConformityHistory.monthly(engine, system, ReportFixtures.FULL_AS_OF, 12))
        .competence(system, ReportFixtures.fullMatrix(system, ReportFixtures.FULL_AS_OF))
        .gapAnalysis(system, GapAnalysis.of(system, report), GapAnalysis.of(system, earlier))
        .plan(ReportFixtures.fullSchedule(system, report), LocalDate.parse("2026-11-25"))
        .readiness(system, ReadinessAssessment.ofAll(system, report, ReportFixtures.FULL_AS_OF))
        .build();
  }

  @Test
  void fullExample_showsEveryBlockerBothChartsAndTheHostsMarkupAsText() {
    QualitySystem system = ReportFixtures.full();
    ConformityReport report = ConformityEngine.standard().evaluate(system, ReportFixtures.FULL_AS_OF);
    Document d = Jsoup.parse(fullReport().html());
    List<ReadinessAssessment> assessments = ReadinessAssessment.ofAll(system, report, ReportFixtures.FULL_AS_OF);
    assertThat(assessments).hasSize(3);
    int blockers = 0;
    for (ReadinessAssessment a : assessments) {
      Element div = d.selectFirst("section.readiness div.assessment[data-catalog=\"" + a.catalog().value() + "\"]");
      assertThat(div.select("tr[data-blocker]").eachAttr("data-blocker"))
          .containsExactlyElementsOf(a.blockers().stream().map(b -> b.code().name()).toList());
      blockers += a.blockers().size();
    }
    assertThat(blockers).isGreaterThan(5);
    assertThat(d.select("tr[data-blocker=OPEN_MAJOR_NONCONFORMITY]")).hasSize(1);
    Element history = d.selectFirst("svg.history-chart");
    assertThat(history.select("rect.nc-bar")).hasSize(12);
    assertThat(history.select("circle.score-point")).hasSize(12);
    Element gantt = d.selectFirst("svg.gantt");
    int tasks = d.select("table.tasks tbody tr").size();
    assertThat(gantt.select("rect.gantt-bar[data-task], polygon.gantt-milestone[data-task]")).hasSize(tasks);
    assertThat(gantt.select("[data-task].critical")).isNotEmpty();
    assertThat(d.select("script")).isEmpty();
    assertThat(d.selectFirst("tr[data-finding=NC-2026-01] td.statement").text())
        .isEqualTo("Sterilisation records missing for two weeks; the log says <script>alert(1)</script>.");
    assertThat(d.selectFirst("table.scores tr[data-catalog=local:infection-control-1] td").text())
        .isEqualTo("Infection prevention & control <local rules> local:infection-control-1");
  }

  @Test
  void fullExample_writesAPageWithEverySection() throws Exception {
    Report report = fullReport();
    Path dir = Path.of("target");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("example-report.html"), report.html(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("example-report.md"), report.markdown(), StandardCharsets.UTF_8);
    assertThat(report.headings())
        .containsExactly("Conformity", "Conformity over time", "Competence", "Gap analysis", "Implementation plan",
            "Readiness");
  }
}
