package org.qms4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
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
