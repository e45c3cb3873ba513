package org.qms4j.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.readiness.Blocker;
import org.qms4j.readiness.BlockerCode;
import org.qms4j.readiness.CertificationOutlook;
import org.qms4j.readiness.ReadinessAssessment;
import org.qms4j.system.QualitySystem;

/**
 * Readiness for the certification audit, one catalog at a time: ready or not, every blocker with
 * its code, message and the ids it concerns, and what each certificate needs next.
 */
final class ReadinessSection implements Section {
  /** The most ids of one kind a blocker lists; the rest are counted. */
  static final int SHOWN_IDS = 50;

  private final QualitySystem system;
  private final List<ReadinessAssessment> assessments;

  ReadinessSection(QualitySystem system, List<ReadinessAssessment> assessments) {
    this.system = system;
    this.assessments = assessments;
  }

  @Override
  public String heading() {
    return "Readiness";
  }

  static String codeLabel(BlockerCode code) {
    String s = code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private String catalogTitle(ReadinessAssessment a) {
    return system.catalog(a.catalog()).map(Catalog::title).orElse(a.catalog().value());
  }

  private static String verdict(ReadinessAssessment a) {
    int n = a.blockers().size();
    return a.isReady() ? "\u2713 Ready for the certification audit"
        : "\u2717 Not ready: " + n + (n == 1 ? " blocker" : " blockers");
  }

  /**
   * The ids a blocker concerns, as "kind: id, id, ... and N more" lines; clauses of the assessed
   * catalog by their number alone.
   */
  static List<String> concerns(Blocker b, CatalogId catalog) {
    List<String> out = new ArrayList<>();
    add(out, "requirements", b.requirements());
    add(out, "findings", b.findings());
    add(out, "clauses", b.clauses().stream().map(c -> c.catalog().equals(catalog) ? c.number() : c.toString()).toList());
    add(out, "audits", b.audits());
    add(out, "management reviews", b.reviews());
    add(out, "review inputs", b.reviewInputs());
    add(out, "corrective actions", b.correctiveActions());
    add(out, "roles", b.roles());
    add(out, "people", b.people());
    return out;
  }

  private static void add(List<String> out, String kind, List<?> ids) {
    if (ids.isEmpty()) {
      return;
    }
    StringBuilder s = new StringBuilder(kind).append(": ");
    int shown = Math.min(SHOWN_IDS, ids.size());
    for (int i = 0; i < shown; i++) {
      s.append(i == 0 ? "" : ", ").append(ids.get(i));
    }
    if (ids.size() > shown) {
      s.append(" and ").append(ids.size() - shown).append(" more");
    }
    out.add(s.toString());
  }

  private static String outlookWords(CertificationOutlook o) {
    String next = o.nextAudit().map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " audit")
        .orElse("no audit owed");
    String due = o.dueAt().map(d -> ", due " + Look.date(d)).orElse("");
    return next + due + (o.overdue() ? ", overdue" : "");
  }

  // ---- HTML ----

  @Override
  public void html(Html h, String anchor) {
    h.open("section", "id", anchor, "class", "readiness");
    h.element("h2", "Readiness for the certification audit");
    if (assessments.isEmpty()) {
      h.element("p", "No catalog was assessed.", "class", "note").close("section");
      return;
    }
    for (ReadinessAssessment a : assessments) {
      h.open("div", "class", "assessment " + (a.isReady() ? "ready" : "not-ready"), "data-catalog", a.catalog().value());
      h.open("h3").text(catalogTitle(a)).constant(" ").element("span", a.catalog().value(), "class", "id").close("h3");
      h.open("p").element("span", verdict(a), "class", "badge " + (a.isReady() ? "v-conforming" : "v-nonconforming"))
          .constant(" ").element("span", "as of " + Look.instant(a.asOf()), "class", "note").close("p");
      if (!a.blockers().isEmpty()) {
        h.open("table", "class", "blockers").open("thead").open("tr").element("th", "Blocker").element("th", "Why")
            .element("th", "Concerns").close("tr").close("thead").open("tbody");
        for (Blocker b : a.blockers()) {
          h.open("tr", "data-blocker", b.code().name()).open("td").element("strong", codeLabel(b.code()))
              .constant("<br>").element("code", b.code().name()).close("td").element("td", b.message()).open("td");
          List<String> concerns = concerns(b, a.catalog());
          if (!concerns.isEmpty()) {
            h.open("ul", "class", "concerns");
            for (String c : concerns) {
              h.element("li", c);
            }
            h.close("ul");
          }
          h.close("td").close("tr");
        }
        h.close("tbody").close("table");
      }
      if (!a.certifications().isEmpty()) {
        h.open("table", "class", "certificates").open("thead").open("tr").element("th", "Certificate")
            .element("th", "Status").element("th", "Next").close("tr").close("thead").open("tbody");
        for (CertificationOutlook o : a.certifications()) {
          h.open("tr", "data-certificate", o.certificate().value()).open("td").element("code", o.certificate().value())
              .close("td").element("td", o.status().name().toLowerCase(Locale.ROOT).replace('_', ' '))
              .element("td", outlookWords(o), "class", o.overdue() ? "v-nonconforming" : "").close("tr");
        }
        h.close("tbody").close("table");
      }
      h.close("div");
    }
    h.close("section");
  }

  // ---- Markdown ----

  @Override
  public void markdown(Markdown md) {
    md.heading(2, "Readiness for the certification audit");
    if (assessments.isEmpty()) {
      md.text("No catalog was assessed.").constant("\n\n");
      return;
    }
    for (ReadinessAssessment a : assessments) {
      md.constant("### ").text(catalogTitle(a)).constant(" ").code(a.catalog().value()).constant("\n\n");
      md.constant("**").text(verdict(a)).constant("** as of ").text(Look.instant(a.asOf())).constant("\n\n");
      if (!a.blockers().isEmpty()) {
        md.tableHead("Blocker", "Why", "Concerns");
        for (Blocker b : a.blockers()) {
          md.constant("| ").code(b.code().name()).constant(" | ").text(b.message()).constant(" | ");
          boolean first = true;
          for (String c : concerns(b, a.catalog())) {
            md.constant(first ? "" : "<br>").text(c);
            first = false;
          }
          md.constant(" |\n");
        }
        md.constant("\n");
      }
      if (!a.certifications().isEmpty()) {
        md.tableHead("Certificate", "Status", "Next");
        for (CertificationOutlook o : a.certifications()) {
          md.constant("| ").code(o.certificate().value()).constant(" | ")
              .text(o.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')).constant(" | ").text(outlookWords(o))
              .constant(" |\n");
        }
        md.constant("\n");
      }
    }
  }
}
