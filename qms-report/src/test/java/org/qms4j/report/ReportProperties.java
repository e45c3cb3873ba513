package org.qms4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.qms4j.conformity.ConformityEngine;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.conformity.Reason;
import org.qms4j.conformity.ReasonCode;
import org.qms4j.conformity.RequirementResult;
import org.qms4j.gap.GapAnalysis;
import org.qms4j.plan.Task;
import org.qms4j.readiness.ReadinessAssessment;
import org.qms4j.report.ReportFixtures.Texts;
import org.qms4j.system.QualitySystem;

/**
 * Host text, however hostile, placed everywhere the model takes it (catalog and clause titles,
 * requirement summaries, finding statements, reason messages, names, task titles, the report's
 * title) and
 * rendered in every section that shows it (conformity, history, competence, gaps, plan, readiness), never
 * makes an element or an attribute of its own: the page is built of the same elements as with
 * plain text, from the page's own tags and attributes, and the Markdown has the same lines.
 */
class ReportProperties {
  /** Every tag the page uses. */
  static final Set<String> TAGS = Set.of(
      "html", "head", "meta", "title", "style", "body", "header", "h1", "nav", "ol", "li", "a", "main", "section",
      "h2", "h3", "h4", "div", "strong", "span", "svg", "rect", "table", "thead", "tbody", "tr", "th", "td", "code",
      "br", "ul", "p", "footer", "text", "line", "polyline", "circle", "polygon");
  /** Every attribute the page uses. */
  static final Set<String> ATTRIBUTES = Set.of(
      "lang", "charset", "name", "content", "http-equiv", "id", "class", "href", "title", "colspan", "role",
      "aria-label", "aria-labelledby", "aria-hidden", "width", "height", "viewbox", "x", "y", "x1", "x2", "y1", "y2",
      "cx", "cy", "r", "points", "text-anchor", "data-catalog", "data-clause", "data-requirement", "data-finding",
      "data-person", "data-competence", "data-blocker", "data-certificate", "data-task", "rx");

  private final ConformityEngine engine = ConformityEngine.standard();

  @Provide
  Arbitrary<String> hostile() {
    return ReportArbitraries.hostileTexts();
  }

  private Report render(String text) {
    Texts texts = Texts.everywhere(text);
    QualitySystem system = ReportFixtures.demo(texts);
    ConformityReport report = withMessage(engine.evaluate(system, ReportFixtures.AS_OF),
        ReportFixtures.fitText(text, Reason.MAX_MESSAGE));
    return Report.builder(texts.organisation())
        .conformity(system, report)
        .history(ConformityHistory.monthly(engine, system, ReportFixtures.AS_OF, 3))
        .competence(system, ReportFixtures.matrix(system))
        .gapAnalysis(system, GapAnalysis.of(system, report),
            GapAnalysis.of(system, engine.evaluate(system, Instant.parse("2026-02-15T00:00:00Z"))))
        .plan(ReportFixtures.schedule(ReportFixtures.fitLine(text, Task.MAX_TITLE)), LocalDate.parse("2026-09-15"))
        .readiness(system, ReadinessAssessment.ofAll(system, report, ReportFixtures.AS_OF))
        .build();
  }

  /** The report with a reason holding the message added to every result. */
  private static ConformityReport withMessage(ConformityReport report, String message) {
    List<RequirementResult> results = new ArrayList<>();
    for (RequirementResult r : report.results()) {
      List<Reason> reasons = new ArrayList<>(r.reasons());
      reasons.add(Reason.of(ReasonCode.NO_EVIDENCE, message));
      results.add(new RequirementResult(r.requirement(), r.clause(), r.verdict(), reasons));
    }
    return ConformityReport.restore(report.asOf(), results, report.overall(), report.catalogs(), report.clauses());
  }

  @Property(tries = 150)
  void html_hostTextMakesNoElementAndNoAttribute(@ForAll("hostile") String text) {
    Document d = Jsoup.parse(render(text).html());
    Document plain = Jsoup.parse(render("plain text").html());
    assertThat(d.select("script")).isEmpty();
    List<String> tags = new ArrayList<>();
    for (Element e : d.getAllElements()) {
      if (e == d) {
        continue;
      }
      tags.add(e.normalName());
      assertThat(TAGS).as("tag").contains(e.normalName());
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        assertThat(ATTRIBUTES).as("attribute of <" + e.normalName() + ">").contains(key);
        if (key.equals("href")) {
          // the only URLs of the page are its own anchors: no javascript:, no data:, nowhere else
          assertThat(a.getValue()).matches("#s[0-9]+");
        }
      }
    }
    List<String> plainTags = new ArrayList<>();
    for (Element e : plain.getAllElements()) {
      if (e != plain) {
        plainTags.add(e.normalName());
      }
    }
    assertThat(tags).isEqualTo(plainTags);
  }

  @Property(tries = 150)
  void markdown_hostTextMakesNoLineAndNoTag(@ForAll("hostile") String text) {
    String md = render(text).markdown();
    String plain = render("plain text").markdown();
    assertThat(md.lines().count()).isEqualTo(plain.lines().count());
    assertThat(md.replace("<br>", "")).doesNotContain("<");
    // every table row keeps its number of cells: no host pipe splits one
    List<String> rows = md.lines().toList();
    List<String> plainRows = plain.lines().toList();
    for (int i = 0; i < rows.size(); i++) {
      assertThat(cells(rows.get(i))).as(plainRows.get(i)).isEqualTo(cells(plainRows.get(i)));
    }
  }

  /** The number of unescaped pipes on a line. */
  static int cells(String line) {
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '\\') {
        i++;
      } else if (line.charAt(i) == '|') {
        n++;
      }
    }
    return n;
  }
}
