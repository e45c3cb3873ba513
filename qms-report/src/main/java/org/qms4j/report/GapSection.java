package org.qms4j.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.Clause;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.conformity.Verdict;
import org.qms4j.gap.Gap;
import org.qms4j.gap.GapAnalysis;
import org.qms4j.gap.GapChange;
import org.qms4j.gap.GapPriority;
import org.qms4j.gap.GapTotals;
import org.qms4j.system.QualitySystem;

/**
 * A gap analysis: the totals by priority, per catalog and per top-level clause, every gap in the
 * order to work on them with its priority, verdict and reasons, and, given an earlier analysis,
 * what changed since.
 */
final class GapSection implements Section {
  private final QualitySystem system;
  private final GapAnalysis analysis;
  private final @Nullable GapAnalysis previous;

  GapSection(QualitySystem system, GapAnalysis analysis, @Nullable GapAnalysis previous) {
    this.system = system;
    this.analysis = analysis;
    this.previous = previous;
  }

  @Override
  public String heading() {
    return "Gap analysis";
  }

  static String priorityLabel(GapPriority p) {
    return switch (p) {
      case OPEN_MAJOR_NONCONFORMITY -> "Open major nonconformity";
      case MISSING_DOCUMENTED_INFORMATION -> "Missing documented information";
      case OTHER -> "Other";
    };
  }

  static String priorityClass(GapPriority p) {
    return "p-" + p.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String changeLabel(GapChange.Kind kind) {
    return switch (kind) {
      case OPENED -> "opened";
      case CLOSED -> "closed";
      case CHANGED -> "changed";
    };
  }

  private static String totalsWords(GapTotals t) {
    return t.total() + (t.total() == 1 ? " gap" : " gaps") + ": " + t.openMajorNonconformity()
        + " open major nonconformity, " + t.missingDocumentedInformation() + " missing documented information, "
        + t.other() + " other";
  }

  private String catalogTitle(CatalogId id) {
    return system.catalog(id).map(Catalog::title).orElse(id.value());
  }

  private static String standing(Optional<Verdict> verdict, Optional<GapPriority> priority) {
    String v = verdict.map(ConformitySection::verdictWords).orElse("no result");
    return priority.map(p -> v + ", " + priorityLabel(p).toLowerCase(Locale.ROOT)).orElse(v);
  }

  // ---- HTML ----

  @Override
  public void html(Html h, String anchor) {
    h.open("section", "id", anchor, "class", "gaps");
    h.element("h2", "Gap analysis as of " + Look.instant(analysis.asOf()));
    h.element("p", totalsWords(analysis.totals()) + ".", "class", "note");

    h.element("h3", "Gaps by catalog");
    totalsHead(h, "Catalog");
    for (Map.Entry<CatalogId, GapTotals> e : analysis.totalsByCatalog().entrySet()) {
      h.open("tr", "data-catalog", e.getKey().value()).open("td").text(catalogTitle(e.getKey())).constant(" ")
          .element("span", e.getKey().value(), "class", "id").close("td");
      totalsCells(h, e.getValue());
    }
    h.close("tbody").close("table");

    h.element("h3", "Gaps by clause");
    Map<ClauseRef, GapTotals> byClause = analysis.totalsByClause();
    for (Catalog catalog : system.catalogs()) {
      if (analysis.totalsByCatalog().getOrDefault(catalog.id(), GapTotals.NONE).total() == 0) {
        continue;
      }
      h.open("h4").text(catalog.title()).constant(" ").element("span", catalog.id().value(), "class", "id").close("h4");
      totalsHead(h, "Clause");
      for (Clause top : catalog.clauses()) {
        GapTotals t = byClause.getOrDefault(ClauseRef.of(catalog.id(), top.number()), GapTotals.NONE);
        if (t.total() == 0) {
          continue;
        }
        h.open("tr", "data-clause", top.number()).open("td").element("strong", top.number()).constant(" ")
            .text(top.title()).close("td");
        totalsCells(h, t);
      }
      h.close("tbody").close("table");
    }

    h.element("h3", "Gaps in the order to close them");
    if (analysis.gaps().isEmpty()) {
      h.element("p", "No gap: every applicable requirement conforms.", "class", "note");
    } else {
      h.open("table", "class", "gap-list").open("thead").open("tr").element("th", "#", "class", "num")
          .element("th", "Priority").element("th", "Clause").element("th", "Requirement").element("th", "Verdict")
          .element("th", "Reasons").close("tr").close("thead").open("tbody");
      int n = 0;
      for (Gap g : analysis.gaps()) {
        h.open("tr", "data-requirement", g.requirement().value());
        h.element("td", Integer.toString(++n), "class", "num");
        h.open("td").element("span", priorityLabel(g.priority()), "class", "badge " + priorityClass(g.priority()))
            .close("td");
        h.open("td").element("span", g.clause().number(), "class", "no").constant("<br>")
            .element("span", g.catalog().value(), "class", "id").close("td");
        h.open("td").element("code", g.requirement().value()).constant("<br>").text(g.summary()).close("td");
        h.open("td");
        Look.verdictBadge(h, g.verdict());
        h.close("td").open("td");
        ConformitySection.reasons(h, g.reasons());
        h.close("td").close("tr");
      }
      h.close("tbody").close("table");
    }

    if (previous != null) {
      List<GapChange> changes = analysis.changesSince(previous);
      h.element("h3", "Changes since " + Look.instant(previous.asOf()));
      if (changes.isEmpty()) {
        h.element("p", "No gap opened, closed or changed.", "class", "note");
      } else {
        h.open("table", "class", "gap-changes").open("thead").open("tr").element("th", "Requirement")
            .element("th", "Change").element("th", "Before").element("th", "After").close("tr").close("thead")
            .open("tbody");
        for (GapChange c : changes) {
          h.open("tr", "data-requirement", c.requirement().value(), "class", "change-" + changeLabel(c.kind()))
              .open("td").element("code", c.requirement().value()).close("td")
              .element("td", changeLabel(c.kind()))
              .element("td", standing(c.verdictBefore(), c.priorityBefore()))
              .element("td", standing(c.verdictAfter(), c.priorityAfter())).close("tr");
        }
        h.close("tbody").close("table");
      }
    }
    h.close("section");
  }

  private static void totalsHead(Html h, String first) {
    h.open("table", "class", "gap-totals").open("thead").open("tr").element("th", first);
    for (GapPriority p : GapPriority.values()) {
      h.element("th", priorityLabel(p), "class", "num");
    }
    h.element("th", "Total", "class", "num").close("tr").close("thead").open("tbody");
  }

  private static void totalsCells(Html h, GapTotals t) {
    for (GapPriority p : GapPriority.values()) {
      int c = t.count(p);
      h.element("td", Integer.toString(c), "class", c > 0 ? "num " + priorityClass(p) : "num");
    }
    h.open("td", "class", "num").element("strong", Integer.toString(t.total())).close("td").close("tr");
  }

  // ---- Markdown ----

  @Override
  public void markdown(Markdown md) {
    md.heading(2, "Gap analysis as of " + Look.instant(analysis.asOf()));
    md.text(totalsWords(analysis.totals()) + ".").constant("\n\n");
    md.heading(3, "Gaps by catalog");
    md.tableHead("Catalog", "Open major nonconformity>", "Missing documented information>", "Other>", "Total>");
    for (Map.Entry<CatalogId, GapTotals> e : analysis.totalsByCatalog().entrySet()) {
      md.constant("| ").text(catalogTitle(e.getKey())).constant(" ").code(e.getKey().value());
      totalsCells(md, e.getValue());
    }
    md.constant("\n");
    md.heading(3, "Gaps by clause");
    Map<ClauseRef, GapTotals> byClause = analysis.totalsByClause();
    for (Catalog catalog : system.catalogs()) {
      if (analysis.totalsByCatalog().getOrDefault(catalog.id(), GapTotals.NONE).total() == 0) {
        continue;
      }
      md.constant("#### ").text(catalog.title()).constant(" ").code(catalog.id().value()).constant("\n\n");
      md.tableHead("Clause", "Open major nonconformity>", "Missing documented information>", "Other>", "Total>");
      for (Clause top : catalog.clauses()) {
        GapTotals t = byClause.getOrDefault(ClauseRef.of(catalog.id(), top.number()), GapTotals.NONE);
        if (t.total() > 0) {
          md.constant("| ").text(top.number() + " " + top.title());
          totalsCells(md, t);
        }
      }
      md.constant("\n");
    }
    md.heading(3, "Gaps in the order to close them");
    if (analysis.gaps().isEmpty()) {
      md.text("No gap: every applicable requirement conforms.").constant("\n\n");
    } else {
      md.tableHead("#>", "Priority", "Clause", "Requirement", "Verdict", "Reasons");
      int n = 0;
      for (Gap g : analysis.gaps()) {
        md.constant("| " + (++n) + " | ").text(priorityLabel(g.priority())).constant(" | ").text(g.clause().number())
            .constant(" | ").code(g.requirement().value()).constant(" ").text(g.summary()).constant(" | ")
            .text(ConformitySection.verdictWords(g.verdict())).constant(" | ");
        ConformitySection.reasons(md, g.reasons());
        md.constant(" |\n");
      }
      md.constant("\n");
    }
    if (previous != null) {
      List<GapChange> changes = analysis.changesSince(previous);
      md.heading(3, "Changes since " + Look.instant(previous.asOf()));
      if (changes.isEmpty()) {
        md.text("No gap opened, closed or changed.").constant("\n\n");
        return;
      }
      md.tableHead("Requirement", "Change", "Before", "After");
      for (GapChange c : changes) {
        md.constant("| ").code(c.requirement().value()).constant(" | ").text(changeLabel(c.kind())).constant(" | ")
            .text(standing(c.verdictBefore(), c.priorityBefore())).constant(" | ")
            .text(standing(c.verdictAfter(), c.priorityAfter())).constant(" |\n");
      }
      md.constant("\n");
    }
  }

  private static void totalsCells(Markdown md, GapTotals t) {
    for (GapPriority p : GapPriority.values()) {
      md.constant(" | " + t.count(p));
    }
    md.constant(" | **" + t.total() + "** |\n");
  }
}
