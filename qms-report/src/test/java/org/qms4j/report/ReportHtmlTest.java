package org.qms4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.Clause;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.conformity.ConformityEngine;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.conformity.Rollup;
import org.qms4j.report.ReportFixtures.Texts;
import org.qms4j.system.QualitySystem;

class ReportHtmlTest {
  private final ConformityEngine engine = ConformityEngine.standard();

  private Document conformityPage(QualitySystem system) {
    String html = Report.builder("Demo").conformity(system, engine.evaluate(system, ReportFixtures.AS_OF)).build().html();
    return Jsoup.parse(html);
  }

  private static Element cell(Document d, String catalog, String clause) {
    Elements cells = d.select("div.catalog[data-catalog=\"" + catalog + "\"] div.cell[data-clause=\"" + clause + "\"]");
    assertThat(cells).as("cell of clause " + clause).hasSize(1);
    return cells.first();
  }

  @Test
  void conformity_everyClauseIsACellColouredAndLabelledByItsRollup() {
    Document d = conformityPage(ReportFixtures.demo(Texts.plain()));
    Map<String, String> expected = Map.of(
        "1", "v-conforming", "4", "v-not-assessed", "4.1", "v-not-assessed", "7", "v-nonconforming",
        "7.5", "v-nonconforming", "7.5.3", "v-nonconforming", "8", "v-none", "10", "v-conforming");
    Map<String, String> words = Map.of(
        "v-conforming", "\u2713 Conforming", "v-not-assessed", "? Not assessed", "v-nonconforming", "\u2717 Nonconforming",
        "v-none", "no requirements");
    assertThat(d.select("div.catalog[data-catalog=demo:1] div.cell")).hasSize(expected.size());
    expected.forEach((clause, css) -> {
      Element cell = cell(d, "demo:1", clause);
      assertThat(cell.classNames()).as(clause).contains(css);
      assertThat(cell.selectFirst(".no").text()).isEqualTo(clause);
      assertThat(cell.selectFirst(".verdict").text()).as(clause).isEqualTo(words.get(css));
    });
    assertThat(cell(d, "demo:1", "4").selectFirst(".title").text()).isEqualTo("Context");
    assertThat(cell(d, "demo:1", "4").classNames()).contains("top");
    assertThat(cell(d, "demo:1", "4.1").classNames()).doesNotContain("top");
    assertThat(cell(d, "demo:1", "7.5.3").attr("title"))
        .isEqualTo("7.5.3 Control \u2014 \u2717 Nonconforming (1 nonconforming, 1 not applicable)");
  }

  @Test
  void conformity_showsTheOverallAndEachCatalogsScore() {
    Document d = conformityPage(ReportFixtures.demo(Texts.plain()));
    // 4 of the 6 applicable requirements conform
    assertThat(d.selectFirst("div.overall").text()).contains("\u2717 Nonconforming", "66.7%",
        "4 conforming, 1 nonconforming, 1 not assessed, 1 not applicable");
    Element row = d.selectFirst("table.scores tr[data-catalog=demo:1]");
    assertThat(row.select("td").eachText())
        .containsExactly("Demo rules demo:1", "\u2717 Nonconforming", "66.7%", "4", "0", "1", "1", "1");
    assertThat(row.selectFirst("rect.bar-fill").attr("width")).isEqualTo("80");
  }

  @Test
  void conformity_listsEachRequirementsVerdictWithItsReasons() {
    Document d = conformityPage(ReportFixtures.demo(Texts.plain()));
    assertThat(d.select("table.requirements tr[data-requirement]")).hasSize(7);
    Element major = d.selectFirst("tr[data-requirement=demo/7.5.3-b]");
    assertThat(major.select("td").get(0).text()).isEqualTo("7.5.3");
    assertThat(major.select("td").get(1).text()).isEqualTo("demo/7.5.3-b Keep versions.");
    assertThat(major.selectFirst(".badge").classNames()).contains("v-nonconforming");
    assertThat(major.select("ul.reasons code").eachText()).contains("OPEN_MAJOR_NONCONFORMITY");
    assertThat(major.selectFirst("ul.reasons").text()).contains("f-major");
    assertThat(d.selectFirst("tr[data-requirement=demo/4.1-a] ul.reasons code").text()).isEqualTo("NO_EVIDENCE");
    assertThat(d.selectFirst("tr[data-requirement=demo/7.5.3-a] .badge").text()).isEqualTo("\u2013 Not applicable");
    assertThat(d.selectFirst("tr[data-requirement=demo/7.5.3-a] ul.reasons code").text()).isEqualTo("EXCLUDED");
  }

  @Test
  void conformity_listsTheFindingsRaisedByTheReportsInstantWithTheirStatusThen() {
    Document d = conformityPage(ReportFixtures.demo(Texts.plain()));
    Elements rows = d.select("table.findings tbody tr");
    assertThat(rows.eachAttr("data-finding")).containsExactly("f-major", "f-minor-closed", "f-obs");
    assertThat(rows.get(0).select("td").eachText())
        .containsExactly("f-major", "Major nonconformity", "demo/7.5.3-b", "Two obsolete SOPs at the nursing station.",
            "2026-03-02", "open");
    assertThat(rows.get(0).select("td").get(1).classNames()).contains("v-nonconforming");
    assertThat(rows.get(1).select("td").get(5).text()).isEqualTo("closed 2026-03-25");
    assertThat(rows.get(1).select("td").get(1).classNames()).doesNotContain("v-partially-conforming");
  }

  @Test
  void conformity_findsEveryClauseOfTheStandardCatalogsWithItsRollupVerdict() {
    QualitySystem system = ReportFixtures.full();
    ConformityReport report = engine.evaluate(system, ReportFixtures.FULL_AS_OF);
    Document d = Jsoup.parse(Report.builder("Full").conformity(system, report).build().html());
    int clauses = 0;
    for (Catalog catalog : system.catalogs()) {
      List<Clause> all = new ArrayList<>();
      Consumer<Clause>[] walk = new Consumer[1];
      walk[0] = c -> {
        all.add(c);
        c.subClauses().forEach(walk[0]);
      };
      catalog.clauses().forEach(walk[0]);
      for (Clause c : all) {
        Element cell = cell(d, catalog.id().value(), c.number());
        String css = report.clause(ClauseRef.of(catalog.id(), c.number())).map(Rollup::verdict)
            .map(Look::verdictClass).orElse("v-none");
        assertThat(cell.classNames()).as(c.number()).contains(css);
        assertThat(cell.selectFirst(".title").text()).isEqualTo(c.title());
      }
      clauses += all.size();
    }
    assertThat(d.select("div.cell")).hasSize(clauses);
    assertThat(clauses).isGreaterThan(100);
  }

  @Test
  void conformity_hostileHostTextShowsAsTextAndCreatesNoElement() {
    String hostile = "<script>alert(1)</script>";
    QualitySystem system = ReportFixtures.demo(Texts.everywhere(hostile));
    Report report = Report.builder(hostile)
        .conformity(system, engine.evaluate(system, ReportFixtures.AS_OF))
        .competence(system, ReportFixtures.matrix(system))
        .build();
    String html = report.html();
    Document d = Jsoup.parse(html);
    assertThat(d.select("script")).isEmpty();
    assertThat(html).doesNotContain("<script");
    assertThat(d.title()).isEqualTo(hostile);
    assertThat(d.selectFirst("h1").text()).isEqualTo(hostile);
    assertThat(d.selectFirst("table.scores td").text()).isEqualTo(hostile + " demo:1");
    assertThat(d.selectFirst("div.catalog h4").text()).isEqualTo(hostile + " demo:1");
    assertThat(cell(d, "demo:1", "4").selectFirst(".title").text()).isEqualTo(hostile);
    assertThat(cell(d, "demo:1", "4").attr("title")).startsWith("4 " + hostile);
    assertThat(d.selectFirst("tr[data-finding=f-major] td.statement").text()).isEqualTo(hostile);
    assertThat(d.selectFirst("tr[data-requirement=demo/1-a] td:eq(1)").text()).isEqualTo("demo/1-a " + hostile);
    assertThat(d.selectFirst("table.matrix tr[data-person=ana] th").text()).isEqualTo(hostile + " ana");
    assertThat(d.select("table.matrix thead th").eachText()).contains(hostile);
  }

  @Test
  void page_isSelfContainedAndRunsNoScript() {
    Document d = Jsoup.parse(ExamplePageTest.fullReport().html());
    assertThat(d.select("script, link, iframe, object, embed, img, image, use, foreignObject, form, base")).isEmpty();
    assertThat(d.select("[src]")).isEmpty();
    assertThat(d.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("#s"));
    assertThat(d.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .startsWith("default-src 'none';");
    assertThat(d.select("style")).hasSize(1);
    assertThat(d.selectFirst("style").data()).doesNotContain("url(", "@import");
    assertThat(d.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(d.select("nav a").eachText())
        .containsExactly("Conformity", "Conformity over time", "Competence", "Gap analysis", "Implementation plan",
            "Readiness");
    for (Element a : d.select("nav a")) {
      assertThat(d.getElementById(a.attr("href").substring(1))).isNotNull();
    }
  }

  @Test
  void history_chartsABarAndAPointPerMonth() {
    QualitySystem demo = ReportFixtures.demo(Texts.plain());
    ConformityHistory h = ConformityHistory.monthly(engine, demo, java.time.Instant.parse("2026-07-10T00:00:00Z"), 6);
    Document d = Jsoup.parse(Report.builder("History").history(h).build().html());
    Element svg = d.selectFirst("section.history svg.history-chart");
    assertThat(svg).isNotNull();
    Elements bars = svg.select("rect.nc-bar");
    Elements points = svg.select("circle.score-point");
    assertThat(bars).hasSize(6);
    assertThat(points).hasSize(6);
    assertThat(svg.selectFirst("polyline.score-line").attr("points").split(" ")).hasSize(6);
    // January: no open nonconformity; February on: one, a quarter of the right axis (0 to 4); from
    // March on it is a major one, drawn over the bar
    assertThat(Double.parseDouble(bars.get(0).attr("height"))).isZero();
    assertThat(Double.parseDouble(bars.get(1).attr("height"))).isEqualTo(52.0);
    assertThat(svg.select("rect.nc-major")).hasSize(4);
    assertThat(svg.select("rect.nc-major").first().attr("x")).isEqualTo(bars.get(2).attr("x"));
    assertThat(bars.get(2).selectFirst("title").text()).isEqualTo("Mar 2026: 1 open nonconformity (1 major)");
    // 5 of 6 applicable requirements conform in January; in June 4 do, one holding an open major
    assertThat(points.get(0).selectFirst("title").text()).isEqualTo("Jan 2026: score 83.3%, not assessed");
    assertThat(points.get(5).selectFirst("title").text()).isEqualTo("Jun 2026: score 66.7%, nonconforming");
    assertThat(Double.parseDouble(points.get(0).attr("cy"))).isLessThan(Double.parseDouble(points.get(5).attr("cy")));
    assertThat(Double.parseDouble(points.get(0).attr("cy"))).isCloseTo(248 - 208 * 5 / 6.0, org.assertj.core.data.Offset.offset(0.1));
    assertThat(svg.select("text").eachText()).contains("Jan", "2026", "Jun", "0%", "100%");
    assertThat(d.select("table.history-table tbody tr")).hasSize(6);
    assertThat(d.select("table.history-table tbody tr").get(2).select("td").eachText())
        .containsExactly("Mar 2026", "66.7%", "\u2717 Nonconforming", "1", "1");
  }

  @Test
  void history_labelsAtMostAboutTwelveMonthsOnALongAxis() {
    QualitySystem demo = ReportFixtures.demo(Texts.plain());
    ConformityHistory h = ConformityHistory.monthly(engine, demo, ReportFixtures.AS_OF, 120);
    Element svg = Jsoup.parse(Report.builder("History").history(h).build().html()).selectFirst("svg.history-chart");
    assertThat(svg.select("rect.nc-bar")).hasSize(120);
    assertThat(svg.select("circle.score-point")).hasSize(120);
    long monthLabels = svg.select("text[y=266]").size();
    assertThat(monthLabels).isBetween(10L, 14L);
  }

  @Test
  void competence_colouresAndLabelsEachPersonsRequiredCompetences() {
    QualitySystem system = ReportFixtures.demo(Texts.plain());
    Document d = Jsoup.parse(Report.builder("Competence").competence(system, ReportFixtures.matrix(system)).build().html());
    Element table = d.selectFirst("section.competence table.matrix");
    assertThat(table.select("thead th").eachText())
        .containsExactly("Person", "Roles", "SOP-01 (document)", "Basic life support", "Hand hygiene");
    assertThat(table.select("tbody tr").eachAttr("data-person")).containsExactly("ana", "ben", "cho");
    assertThat(row(table, "ana")).containsExactly("k-retraining-owed", "k-not-required", "k-met");
    assertThat(row(table, "ben")).containsExactly("k-never-trained", "k-not-required", "k-expired");
    assertThat(row(table, "cho")).containsExactly("k-not-required", "k-met", "k-not-required");
    assertThat(table.select("tr[data-person=ben] td.cell-k").eachText())
        .containsExactly("\u2717 missing", "\u2013", "\u2717 expired");
    assertThat(table.select("tr[data-person=ana] td.cell-k").eachText())
        .containsExactly("\u21BB retraining owed", "\u2013", "\u2713 met");
    assertThat(table.selectFirst("tr[data-person=ana] th").text()).isEqualTo("Ana Lima ana");
    assertThat(table.selectFirst("tr[data-person=cho] th").text()).isEqualTo("Cho Min-jun cho");
    assertThat(table.selectFirst("tr[data-person=cho] td").text()).isEqualTo("Resuscitation lead");
    assertThat(d.selectFirst("section.competence p.note").text())
        .isEqualTo("3 people holding roles, 3 competences required: 2 met, 1 missing, 1 expired, 1 retraining owed.");
  }

  private static List<String> row(Element table, String person) {
    List<String> out = new ArrayList<>();
    for (Element td : table.select("tr[data-person=" + person + "] td.cell-k")) {
      out.add(td.classNames().stream().filter(c -> c.startsWith("k-")).findFirst().orElseThrow());
    }
    return out;
  }

  @Test
  void builder_refusesABlankOrLongTitleAndTooManySections() {
    assertThatThrownBy(() -> Report.builder(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was blank");
    assertThatThrownBy(() -> Report.builder("x".repeat(301))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("301 characters");
    QualitySystem demo = ReportFixtures.demo(Texts.plain());
    ConformityHistory h = ConformityHistory.monthly(engine, demo, ReportFixtures.AS_OF, 1);
    Report.Builder b = Report.builder("Many");
    for (int i = 0; i < Report.MAX_SECTIONS; i++) {
      b.history(h);
    }
    assertThatThrownBy(() -> b.history(h)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected at most 50");
  }
}
