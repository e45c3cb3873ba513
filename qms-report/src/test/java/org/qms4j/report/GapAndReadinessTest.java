package org.qms4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.qms4j.conformity.ConformityEngine;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.gap.GapAnalysis;
import org.qms4j.readiness.Blocker;
import org.qms4j.readiness.BlockerCode;
import org.qms4j.readiness.ReadinessAssessment;
import org.qms4j.report.ReportFixtures.Texts;
import org.qms4j.system.QualitySystem;

class GapAndReadinessTest {
  private final ConformityEngine engine = ConformityEngine.standard();
  private final QualitySystem demo = ReportFixtures.demo(Texts.plain());
  private final ConformityReport now = engine.evaluate(demo, ReportFixtures.AS_OF);
  /** 15 February: the minor nonconformity of 2 February is open, the major of 2 March not yet raised. */
  private final ConformityReport february = engine.evaluate(demo, Instant.parse("2026-02-15T00:00:00Z"));

  private Report gaps() {
    return Report.builder("Gaps").gapAnalysis(demo, GapAnalysis.of(demo, now), GapAnalysis.of(demo, february)).build();
  }

  @Test
  void gapAnalysis_listsTheGapsInTheOrderToCloseThem() {
    Document d = Jsoup.parse(gaps().html());
    Elements rows = d.select("table.gap-list tbody tr");
    assertThat(rows.eachAttr("data-requirement")).containsExactly("demo/7.5.3-b", "demo/4.1-a");
    assertThat(rows.get(0).select("td").get(1).text()).isEqualTo("Open major nonconformity");
    assertThat(rows.get(0).selectFirst(".badge").classNames()).contains("p-open-major-nonconformity");
    assertThat(rows.get(0).select("td").get(2).text()).isEqualTo("7.5.3 demo:1");
    assertThat(rows.get(0).select("td").get(3).text()).isEqualTo("demo/7.5.3-b Keep versions.");
    assertThat(rows.get(0).select("ul.reasons code").eachText()).contains("OPEN_MAJOR_NONCONFORMITY");
    assertThat(rows.get(1).select("td").get(1).text()).isEqualTo("Missing documented information");
    assertThat(rows.get(1).selectFirst("td:eq(4) .badge").classNames()).contains("v-not-assessed");
    assertThat(d.selectFirst("section.gaps p.note").text())
        .isEqualTo("2 gaps: 1 open major nonconformity, 1 missing documented information, 0 other.");
  }

  @Test
  void gapAnalysis_totalsGapsPerCatalogAndTopLevelClause() {
    Document d = Jsoup.parse(gaps().html());
    assertThat(d.selectFirst("table.gap-totals tr[data-catalog=demo:1]").select("td").eachText())
        .containsExactly("Demo rules demo:1", "1", "1", "0", "2");
    Elements clauses = d.select("table.gap-totals tr[data-clause]");
    assertThat(clauses.eachAttr("data-clause")).containsExactly("4", "7");
    assertThat(clauses.get(0).select("td").eachText()).containsExactly("4 Context", "0", "1", "0", "1");
    assertThat(clauses.get(1).select("td").eachText()).containsExactly("7 Support", "1", "0", "0", "1");
  }

  @Test
  void gapAnalysis_showsWhatChangedSinceTheEarlierAnalysis() {
    Document d = Jsoup.parse(gaps().html());
    assertThat(d.selectFirst("section.gaps h3:contains(Changes since)").text())
        .isEqualTo("Changes since 2026-02-15 00:00 UTC");
    Elements rows = d.select("table.gap-changes tbody tr");
    assertThat(rows.eachAttr("data-requirement")).containsExactly("demo/4-a", "demo/7.5.3-b");
    assertThat(rows.get(0).select("td").eachText())
        .containsExactly("demo/4-a", "closed", "\u25D0 Partially conforming, other", "\u2713 Conforming");
    assertThat(rows.get(1).select("td").eachText())
        .containsExactly("demo/7.5.3-b", "opened", "\u2713 Conforming", "\u2717 Nonconforming, open major nonconformity");
  }

  @Test
  void gapAnalysis_inMarkdown() {
    List<String> lines = gaps().markdown().lines().toList();
    assertThat(lines).contains(
        "| Demo rules `demo:1` | 1 | 1 | 0 | **2** |",
        "| 4 Context | 0 | 1 | 0 | **1** |",
        "| 2 | Missing documented information | 4.1 | `demo/4.1-a` List the issues. | ? Not assessed | "
            + "`NO_EVIDENCE` no evidence has been collected for the requirement |",
        "| `demo/4-a` | closed | \u25D0 Partially conforming, other | \u2713 Conforming |");
  }

  @Test
  void readiness_listsEveryBlockerWithItsCodeMessageAndIds() {
    List<ReadinessAssessment> assessments = ReadinessAssessment.ofAll(demo, now, ReportFixtures.AS_OF);
    Document d = Jsoup.parse(Report.builder("Readiness").readiness(demo, assessments).build().html());
    Element a = d.selectFirst("section.readiness div.assessment[data-catalog=demo:1]");
    assertThat(a.classNames()).contains("not-ready");
    assertThat(a.selectFirst(".badge").text()).isEqualTo("\u2717 Not ready: 5 blockers");
    // no record for 4.1, the open major against 7.5.3-b without an action, no internal audit yet
    assertThat(a.select("tr[data-blocker]").eachAttr("data-blocker")).containsExactly(
        "REQUIREMENT_NOT_ASSESSED", "REQUIREMENT_NONCONFORMING", "OPEN_MAJOR_NONCONFORMITY",
        "INTERNAL_AUDIT_CYCLE_INCOMPLETE", "CORRECTIVE_ACTION_OVERDUE");
    for (Blocker b : assessments.get(0).blockers()) {
      Element row = a.selectFirst("tr[data-blocker=" + b.code().name() + "]");
      assertThat(row.selectFirst("code").text()).isEqualTo(b.code().name());
      assertThat(row.select("td").get(1).text()).isEqualTo(b.message());
    }
    assertThat(a.selectFirst("tr[data-blocker=OPEN_MAJOR_NONCONFORMITY] ul.concerns").select("li").eachText())
        .containsExactly("requirements: demo/7.5.3-b", "findings: f-major");
    assertThat(a.selectFirst("tr[data-blocker=INTERNAL_AUDIT_CYCLE_INCOMPLETE] ul.concerns").text())
        .isEqualTo("clauses: 1, 4, 4.1, 7.5, 7.5.3, 10");
    assertThat(a.selectFirst("tr[data-blocker=OPEN_MAJOR_NONCONFORMITY] td strong").text())
        .isEqualTo("Open major nonconformity");
  }

  @Test
  void readiness_saysReadyAndWhatTheCertificateNeedsNext() {
    QualitySystem ready = ReportFixtures.ready(Optional.of(Instant.parse("2025-09-01T00:00:00Z")));
    List<ReadinessAssessment> assessments =
        ReadinessAssessment.ofAll(ready, engine.evaluate(ready, ReportFixtures.AS_OF), ReportFixtures.AS_OF);
    Document d = Jsoup.parse(Report.builder("Readiness").readiness(ready, assessments).build().html());
    Element a = d.selectFirst("div.assessment[data-catalog=ready:1]");
    assertThat(a.classNames()).contains("ready");
    assertThat(a.selectFirst(".badge").text()).isEqualTo("\u2713 Ready for the certification audit");
    assertThat(a.select("tr[data-blocker]")).isEmpty();
    assertThat(a.select("table.certificates tbody tr").get(0).select("td").eachText())
        .containsExactly("CERT-1", "certified", "surveillance audit, due 2026-09-01");
    assertThat(Report.builder("Readiness").readiness(ready, assessments).build().markdown())
        .contains("**\u2713 Ready for the certification audit** as of 2026-06-15 12:00 UTC",
            "| `CERT-1` | certified | surveillance audit, due 2026-09-01 |");
  }

  @Test
  void readiness_inMarkdownNamesEveryBlocker() {
    List<ReadinessAssessment> assessments = ReadinessAssessment.ofAll(demo, now, ReportFixtures.AS_OF);
    String md = Report.builder("Readiness").readiness(demo, assessments).build().markdown();
    for (BlockerCode code : List.of(BlockerCode.REQUIREMENT_NOT_ASSESSED, BlockerCode.REQUIREMENT_NONCONFORMING,
        BlockerCode.OPEN_MAJOR_NONCONFORMITY, BlockerCode.INTERNAL_AUDIT_CYCLE_INCOMPLETE,
        BlockerCode.CORRECTIVE_ACTION_OVERDUE)) {
      assertThat(md).contains("| `" + code.name() + "` | ");
    }
    assertThat(md).contains("**\u2717 Not ready: 5 blockers** as of 2026-06-15 12:00 UTC");
  }

  @Test
  void builder_refusesNullAssessments() {
    assertThatThrownBy(() -> Report.builder("R").readiness(demo, java.util.Arrays.asList((ReadinessAssessment) null)))
        .isInstanceOf(NullPointerException.class).hasMessage("assessments: element 0");
  }
}
