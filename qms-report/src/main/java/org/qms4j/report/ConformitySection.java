package org.qms4j.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.Clause;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.conformity.Reason;
import org.qms4j.conformity.RequirementResult;
import org.qms4j.conformity.Rollup;
import org.qms4j.conformity.Verdict;
import org.qms4j.conformity.VerdictCounts;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.system.QualitySystem;

/**
 * A conformity report: the overall verdict and score, a score per catalog, the clause-by-clause
 * status grid, every requirement's verdict with its reasons, and the findings raised by the
 * report's instant.
 */
final class ConformitySection implements Section {
  /** The verdicts in the order the report lists them: good news first. */
  static final List<Verdict> SHOWN =
      List.of(Verdict.CONFORMING, Verdict.PARTIALLY_CONFORMING, Verdict.NONCONFORMING, Verdict.NOT_ASSESSED,
          Verdict.NOT_APPLICABLE);

  private final QualitySystem system;
  private final ConformityReport report;

  ConformitySection(QualitySystem system, ConformityReport report) {
    this.system = system;
    this.report = report;
  }

  @Override
  public String heading() {
    return "Conformity";
  }

  // ---- HTML ----

  @Override
  public void html(Html h, String anchor) {
    h.open("section", "id", anchor, "class", "conformity");
    h.element("h2", "Conformity as of " + Look.instant(report.asOf()));
    Rollup overall = report.overall();
    h.open("div", "class", "overall").constant("<strong>Overall</strong> ");
    Look.verdictBadge(h, overall.verdict());
    h.open("span", "class", "score");
    Look.scoreBar(h, overall.score());
    h.element("strong", Look.percent(overall.score())).close("span");
    h.element("span", counts(overall.counts()), "class", "note").close("div");

    h.element("h3", "Score by catalog");
    h.open("table", "class", "scores").open("thead").open("tr").element("th", "Catalog").element("th", "Verdict")
        .element("th", "Score");
    for (Verdict v : SHOWN) {
      h.element("th", Look.verdictLabel(v), "class", "num");
    }
    h.close("tr").close("thead").open("tbody");
    for (Catalog catalog : system.catalogs()) {
      Optional<Rollup> r = report.catalog(catalog.id());
      h.open("tr", "data-catalog", catalog.id().value()).open("td", "class", "catalog-name").text(catalog.title()).constant(" ")
          .element("span", catalog.id().value(), "class", "id").close("td");
      if (r.isEmpty()) {
        h.element("td", "no requirements", "colspan", Integer.toString(2 + SHOWN.size()), "class", "note");
      } else {
        h.open("td");
        Look.verdictBadge(h, r.get().verdict());
        h.close("td").open("td", "class", "num");
        Look.scoreBar(h, r.get().score());
        h.text(Look.percent(r.get().score())).close("td");
        for (Verdict v : SHOWN) {
          h.element("td", Integer.toString(r.get().counts().count(v)), "class", "num");
        }
      }
      h.close("tr");
    }
    h.close("tbody").close("table");

    h.element("h3", "Clause status");
    h.open("div", "class", "legend");
    for (Verdict v : SHOWN) {
      Look.verdictBadge(h, v);
    }
    h.close("div");
    for (Catalog catalog : system.catalogs()) {
      h.open("div", "class", "catalog", "data-catalog", catalog.id().value());
      h.open("h4").text(catalog.title()).constant(" ").element("span", catalog.id().value(), "class", "id").close("h4");
      for (Clause top : catalog.clauses()) {
        h.open("div", "class", "clause-row");
        cell(h, catalog.id(), top, true);
        h.open("div", "class", "subclauses");
        for (Clause sub : top.subClauses()) {
          descendants(h, catalog.id(), sub);
        }
        h.close("div").close("div");
      }
      h.close("div");
    }

    h.element("h3", "Requirements");
    CatalogId current = null;
    for (RequirementResult r : report.results()) {
      CatalogId catalog = r.clause().catalog();
      if (!catalog.equals(current)) {
        if (current != null) {
          h.close("tbody").close("table");
        }
        current = catalog;
        h.open("h4").text(catalogTitle(catalog)).constant(" ").element("span", catalog.value(), "class", "id")
            .close("h4");
        h.open("table", "class", "requirements", "data-catalog", catalog.value()).open("thead").open("tr")
            .element("th", "Clause").element("th", "Requirement").element("th", "Verdict").element("th", "Reasons")
            .close("tr").close("thead").open("tbody");
      }
      h.open("tr", "data-requirement", r.requirement().value(), "class", Look.verdictClass(r.verdict()) + "-row");
      h.element("td", r.clause().number(), "class", "num");
      h.open("td").element("code", r.requirement().value());
      Optional<LocatedRequirement> located = system.requirement(r.requirement());
      if (located.isPresent()) {
        h.constant("<br>").text(located.get().requirement().summary());
      }
      h.close("td").open("td");
      Look.verdictBadge(h, r.verdict());
      h.close("td").open("td");
      reasons(h, r.reasons());
      h.close("td").close("tr");
    }
    if (current != null) {
      h.close("tbody").close("table");
    }

    List<Finding> findings = raised();
    h.element("h3", "Findings");
    if (findings.isEmpty()) {
      h.element("p", "No finding was raised by " + Look.instant(report.asOf()) + ".", "class", "note");
    } else {
      h.open("table", "class", "findings").open("thead").open("tr").element("th", "Finding").element("th", "Grade")
          .element("th", "Requirements").element("th", "Statement").element("th", "Raised")
          .element("th", "Status").close("tr").close("thead").open("tbody");
      for (Finding f : findings) {
        h.open("tr", "data-finding", f.id().value()).open("td").element("code", f.id().value()).close("td");
        h.element("td", gradeLabel(f.grade()), "class", gradeClass(f));
        h.open("td");
        boolean first = true;
        for (var id : f.requirements()) {
          h.constant(first ? "" : " ").element("code", id.value());
          first = false;
        }
        h.close("td");
        h.element("td", f.statement(), "class", "statement");
        h.element("td", Look.date(f.raisedAt()), "class", "num");
        h.element("td", status(f));
        h.close("tr");
      }
      h.close("tbody").close("table");
    }
    h.close("section");
  }

  private void descendants(Html h, CatalogId catalog, Clause clause) {
    cell(h, catalog, clause, false);
    for (Clause sub : clause.subClauses()) {
      descendants(h, catalog, sub);
    }
  }

  private void cell(Html h, CatalogId catalog, Clause clause, boolean top) {
    Optional<Rollup> rollup = report.clause(ClauseRef.of(catalog, clause.number()));
    String css = rollup.map(r -> Look.verdictClass(r.verdict())).orElse("v-none");
    String words = rollup.map(r -> Look.verdictSymbol(r.verdict()) + " " + Look.verdictLabel(r.verdict()))
        .orElse("no requirements");
    String tip = clause.number() + " " + clause.title() + " \u2014 " + words
        + rollup.map(r -> " (" + counts(r.counts()) + ")").orElse("");
    h.open("div", "class", "cell " + css + (top ? " top" : ""), "data-clause", clause.number(), "title", tip);
    h.element("span", clause.number(), "class", "no");
    h.element("span", clause.title(), "class", "title");
    h.element("span", words, "class", "verdict");
    h.close("div");
  }

  private String catalogTitle(CatalogId id) {
    return system.catalog(id).map(Catalog::title).orElse(id.value());
  }

  /** The findings raised by the report's instant, in the system's order. */
  private List<Finding> raised() {
    Instant asOf = report.asOf();
    List<Finding> out = new ArrayList<>();
    for (Finding f : system.findings()) {
      if (!f.raisedAt().isAfter(asOf)) {
        out.add(f);
      }
    }
    return out;
  }

  private String status(Finding f) {
    Optional<Instant> closed = f.closedAt().filter(c -> !c.isAfter(report.asOf()));
    return closed.map(c -> "closed " + Look.date(c)).orElse("open");
  }

  private String gradeClass(Finding f) {
    boolean open = f.isOpenAt(report.asOf());
    return switch (f.grade()) {
      case MAJOR_NONCONFORMITY -> open ? "grade v-nonconforming" : "grade";
      case MINOR_NONCONFORMITY -> open ? "grade v-partially-conforming" : "grade";
      default -> "grade";
    };
  }

  static String gradeLabel(FindingGrade grade) {
    return switch (grade) {
      case MAJOR_NONCONFORMITY -> "Major nonconformity";
      case MINOR_NONCONFORMITY -> "Minor nonconformity";
      case OBSERVATION -> "Observation";
      case OPPORTUNITY_FOR_IMPROVEMENT -> "Opportunity for improvement";
    };
  }

  /** Counts in words: {@code 12 conforming, 1 nonconforming}; verdicts counted 0 left out. */
  static String counts(VerdictCounts counts) {
    List<String> parts = new ArrayList<>();
    for (Verdict v : SHOWN) {
      int c = counts.count(v);
      if (c > 0) {
        parts.add(c + " " + Look.verdictLabel(v).toLowerCase(java.util.Locale.ROOT));
      }
    }
    return parts.isEmpty() ? "no requirements" : String.join(", ", parts);
  }

  // ---- Markdown ----

  @Override
  public void markdown(Markdown md) {
    md.heading(2, "Conformity as of " + Look.instant(report.asOf()));
    Rollup overall = report.overall();
    md.constant("**Overall:** ").text(verdictWords(overall.verdict())).constant(", score ")
        .text(Look.percent(overall.score())).constant(" (").text(counts(overall.counts())).constant(").\n\n");

    md.heading(3, "Score by catalog");
    md.tableHead("Catalog", "Verdict", "Score>", "Conforming>", "Partially conforming>", "Nonconforming>",
        "Not assessed>", "Not applicable>");
    for (Catalog catalog : system.catalogs()) {
      Optional<Rollup> r = report.catalog(catalog.id());
      md.constant("| ").text(catalog.title()).constant(" ").code(catalog.id().value()).constant(" | ");
      if (r.isEmpty()) {
        md.constant("no requirements |  |  |  |  |  |  |\n");
        continue;
      }
      md.text(verdictWords(r.get().verdict())).constant(" | ").text(Look.percent(r.get().score()));
      for (Verdict v : SHOWN) {
        md.constant(" | ").constant(Integer.toString(r.get().counts().count(v)));
      }
      md.constant(" |\n");
    }
    md.constant("\n");

    md.heading(3, "Clause status");
    for (Catalog catalog : system.catalogs()) {
      md.constant("#### ").text(catalog.title()).constant(" ").code(catalog.id().value()).constant("\n\n");
      md.tableHead("Clause", "Title", "Verdict", "Requirements>");
      for (Clause top : catalog.clauses()) {
        clauseRows(md, catalog.id(), top);
      }
      md.constant("\n");
    }

    md.heading(3, "Requirements");
    CatalogId current = null;
    for (RequirementResult r : report.results()) {
      CatalogId catalog = r.clause().catalog();
      if (!catalog.equals(current)) {
        if (current != null) {
          md.constant("\n");
        }
        current = catalog;
        md.constant("#### ").text(catalogTitle(catalog)).constant(" ").code(catalog.value()).constant("\n\n");
        md.tableHead("Clause", "Requirement", "Verdict", "Reasons");
      }
      md.constant("| ").text(r.clause().number()).constant(" | ").code(r.requirement().value());
      system.requirement(r.requirement()).ifPresent(l -> md.constant(" ").text(l.requirement().summary()));
      md.constant(" | ").text(verdictWords(r.verdict())).constant(" | ");
      reasons(md, r.reasons());
      md.constant(" |\n");
    }
    if (current != null) {
      md.constant("\n");
    }

    md.heading(3, "Findings");
    List<Finding> findings = raised();
    if (findings.isEmpty()) {
      md.text("No finding was raised by " + Look.instant(report.asOf()) + ".").constant("\n\n");
      return;
    }
    md.tableHead("Finding", "Grade", "Requirements", "Statement", "Raised", "Status");
    for (Finding f : findings) {
      md.constant("| ").code(f.id().value()).constant(" | ").text(gradeLabel(f.grade())).constant(" | ");
      md.text(f.requirements().stream().map(id -> id.value()).collect(Collectors.joining(", ")));
      md.constant(" | ").text(f.statement()).constant(" | ").text(Look.date(f.raisedAt())).constant(" | ")
          .text(status(f)).constant(" |\n");
    }
    md.constant("\n");
  }

  private void clauseRows(Markdown md, CatalogId catalog, Clause clause) {
    Optional<Rollup> rollup = report.clause(ClauseRef.of(catalog, clause.number()));
    md.constant("| ").text(clause.number()).constant(" | ").text(clause.title()).constant(" | ")
        .text(rollup.map(r -> verdictWords(r.verdict())).orElse("no requirements")).constant(" | ")
        .constant(rollup.map(r -> Integer.toString(r.counts().total())).orElse("0")).constant(" |\n");
    for (Clause sub : clause.subClauses()) {
      clauseRows(md, catalog, sub);
    }
  }

  /** Reasons as a list: each its code and message. */
  static void reasons(Html h, List<Reason> reasons) {
    if (reasons.isEmpty()) {
      return;
    }
    h.open("ul", "class", "reasons");
    for (Reason reason : reasons) {
      h.open("li").element("code", reason.key()).constant(" ").text(reason.message()).close("li");
    }
    h.close("ul");
  }

  /** Reasons in a table cell: each its code and message, separated by line breaks. */
  static void reasons(Markdown md, List<Reason> reasons) {
    boolean first = true;
    for (Reason reason : reasons) {
      md.constant(first ? "" : "<br>").code(reason.key()).constant(" ").text(reason.message());
      first = false;
    }
  }

  static String verdictWords(Verdict v) {
    return Look.verdictSymbol(v) + " " + Look.verdictLabel(v);
  }
}
