package org.qms4j.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.qms4j.conformity.Verdict;

/**
 * How a report looks: the page's style sheet, and the class, label and symbol of each verdict.
 *
 * <p>Colours follow the Okabe–Ito palette, which readers with the common colour-vision
 * deficiencies tell apart, as pale fills with a dark border, so that dark text on them keeps a
 * contrast above 7:1; every coloured thing also says what it means in words and a symbol.
 */
final class Look {
  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Look() {}

  /** The CSS class of a verdict, such as {@code v-partially-conforming}. */
  static String verdictClass(Verdict verdict) {
    return "v-" + verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The words for a verdict, such as {@code Partially conforming}. */
  static String verdictLabel(Verdict verdict) {
    return switch (verdict) {
      case CONFORMING -> "Conforming";
      case PARTIALLY_CONFORMING -> "Partially conforming";
      case NONCONFORMING -> "Nonconforming";
      case NOT_ASSESSED -> "Not assessed";
      case NOT_APPLICABLE -> "Not applicable";
    };
  }

  /** A symbol for a verdict, so that it reads without colour. */
  static String verdictSymbol(Verdict verdict) {
    return switch (verdict) {
      case CONFORMING -> "\u2713";
      case PARTIALLY_CONFORMING -> "\u25D0";
      case NONCONFORMING -> "\u2717";
      case NOT_ASSESSED -> "?";
      case NOT_APPLICABLE -> "\u2013";
    };
  }

  /** A badge: the verdict's symbol and words, coloured by the verdict. */
  static void verdictBadge(Html h, Verdict verdict) {
    h.element("span", verdictSymbol(verdict) + " " + verdictLabel(verdict), "class", "badge " + verdictClass(verdict));
  }

  /** A score from 0 to 1 as a percentage with one decimal, such as {@code 83.3%}. */
  static String percent(double score) {
    return Html.num(score * 100) + "%";
  }

  /** An instant to the minute, in UTC. */
  static String instant(Instant instant) {
    return INSTANT.format(instant);
  }

  /** The date of an instant, in UTC. */
  static String date(Instant instant) {
    return DATE.format(instant);
  }

  /** A score bar: an inline SVG 120 pixels wide, filled to the score. */
  static void scoreBar(Html h, double score) {
    h.open("svg", "class", "bar", "width", "120", "height", "10", "viewBox", "0 0 120 10", "aria-hidden", "true")
        .empty("rect", "class", "bar-bg", "width", "120", "height", "10")
        .empty("rect", "class", "bar-fill", "width", Html.num(120 * score), "height", "10")
        .close("svg");
  }

  /** The page's style sheet. */
  static final String CSS =
      """
      :root{--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--page:#f6f8fa;\
      --c-bg:#d3efe5;--c-bd:#00785a;--p-bg:#fdebbd;--p-bd:#9a6200;--n-bg:#fbd3c4;--n-bd:#b33c00;\
      --a-bg:#e6e8eb;--a-bd:#57606a;--x-bg:#ffffff;--x-bd:#8c959f;--b-bg:#dbe8f7;--b-bd:#1f5f9e;\
      --m-bg:#eddcf2;--m-bd:#7a3d94}
      *{box-sizing:border-box}
      body{margin:0;background:var(--page);color:var(--fg);\
      font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans","Liberation Sans",sans-serif}
      header,main,footer{max-width:1240px;margin:0 auto;padding:0 24px}
      header{padding-top:24px}
      h1{font-size:26px;margin:0 0 4px}
      h2{font-size:20px;margin:0 0 8px}
      h3{font-size:16px;margin:20px 0 8px}
      h4{font-size:14px;margin:14px 0 6px}
      .meta,.note,footer{color:var(--muted)}
      .meta{margin:0 0 10px}
      nav ol{display:flex;flex-wrap:wrap;gap:4px 18px;list-style:none;padding:0;margin:0 0 16px}
      a{color:#0b5cad}
      section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin:0 0 20px;\
      overflow-x:auto}
      table{border-collapse:collapse;margin:4px 0 8px}
      table.scores td.catalog-name{min-width:240px}
      th.num{white-space:normal}
      th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
      th{background:var(--page);font-weight:600}
      .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      .id{color:var(--muted);font-weight:normal;font-size:12px;font-family:ui-monospace,"DejaVu Sans Mono",monospace}
      code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:12px;background:var(--page);padding:0 3px;\
      border-radius:3px}
      .badge{display:inline-block;padding:0 8px;border:1px solid;border-radius:10px;font-size:12px;font-weight:600;\
      white-space:nowrap}
      .v-conforming{background:var(--c-bg);border-color:var(--c-bd)}
      .v-partially-conforming{background:var(--p-bg);border-color:var(--p-bd)}
      .v-nonconforming{background:var(--n-bg);border-color:var(--n-bd)}
      .v-not-assessed{background:var(--a-bg);border-color:var(--a-bd);border-style:dotted}
      .v-not-applicable{background:var(--x-bg);border-color:var(--x-bd);border-style:dashed;color:var(--muted)}
      .v-none{background:var(--x-bg);border-color:var(--line);color:var(--muted)}
      .legend{display:flex;flex-wrap:wrap;gap:6px;margin:4px 0 10px}
      .overall{display:flex;align-items:center;gap:12px;font-size:15px;margin:6px 0}
      .bar-bg{fill:#eaeef2}.bar-fill{fill:var(--c-bd)}
      svg.bar{vertical-align:middle;margin-right:6px}
      .catalog{margin:0 0 14px}
      .clause-row{display:grid;grid-template-columns:230px 1fr;gap:6px;margin:0 0 6px}
      .subclauses{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:6px}
      .cell{border:1px solid;border-left-width:6px;border-radius:4px;padding:3px 6px;min-height:46px;overflow:hidden}
      .cell.v-conforming{border-left-color:#009e73}.cell.v-partially-conforming{border-left-color:#e69f00}
      .cell.v-nonconforming{border-left-color:#d55e00}.cell.v-not-assessed{border-left-color:#8c959f}
      .cell .no{font-weight:700;margin-right:4px}
      .cell .title{display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;font-size:12px}
      .cell .verdict{display:block;font-size:12px;font-weight:600}
      .cell.top{font-size:15px}
      .cell.top .title{font-size:13px;white-space:normal}
      ul.reasons{margin:0;padding-left:18px}
      td.statement{max-width:520px}
      .chart{width:100%;max-width:820px;height:auto;display:block;margin:6px 0}
      .chart text{font-size:12px;fill:var(--fg)}
      .chart .axis{stroke:var(--muted);stroke-width:1}
      .chart .gridline{stroke:#eaeef2;stroke-width:1}
      .nc-bar{fill:#e69f00}.nc-major{fill:#b33c00}
      .score-line{fill:none;stroke:#0072b2;stroke-width:2.5}
      .score-point{fill:#0072b2;stroke:#fff;stroke-width:1.5}
      .swatch-nc{fill:#e69f00}.swatch-major{fill:#b33c00}.swatch-score{fill:#0072b2}
      .matrix td.cell-k{font-size:12px;font-weight:600;white-space:nowrap;border-color:var(--line)}
      .k-met{background:var(--c-bg);border-color:var(--c-bd)}
      .k-never-trained{background:var(--n-bg);border-color:var(--n-bd)}
      .k-expired{background:var(--p-bg);border-color:var(--p-bd)}
      .k-retraining-owed{background:var(--b-bg);border-color:var(--b-bd)}
      .k-not-effective{background:var(--m-bg);border-color:var(--m-bd)}
      .k-effectiveness-not-evaluated{background:var(--a-bg);border-color:var(--a-bd)}
      .k-not-required{background:#fff;color:var(--muted)}
      .p-open-major-nonconformity{background:var(--n-bg);border-color:var(--n-bd)}
      .p-missing-documented-information{background:var(--p-bg);border-color:var(--p-bd)}
      .p-other{background:var(--a-bg);border-color:var(--a-bd)}
      td.p-open-major-nonconformity,td.p-missing-documented-information,td.p-other{font-weight:700;      border-color:var(--line)}
      .chart.gantt{max-width:none}
      td code{white-space:nowrap}
      .gantt text{font-size:12px}
      .gantt .week-label{font-weight:600}.gantt .week-date,.gantt .axis-title{fill:var(--muted);font-size:11px}
      .gantt .gridline.week{stroke:#d8dee4}
      .gantt-row{fill:#f6f8fa}
      .gantt-label.critical{font-weight:700}
      .gantt-bar{fill:#56b4e9;stroke:#1f5f9e;stroke-width:1}
      .gantt-bar.critical{fill:#d55e00;stroke:#7a2900;stroke-width:1.5}
      .gantt-bar.done{fill-opacity:.35;stroke-dasharray:3 2}
      .gantt-milestone{fill:#1b1f24;stroke:#fff;stroke-width:1}.gantt-milestone.critical{fill:#b33c00}
      .critical-link{fill:none;stroke:#b33c00;stroke-width:1.5}
      .asof-line{stroke:#7a3d94;stroke-width:1.5;stroke-dasharray:4 3}.gantt .asof-label{fill:#7a3d94;font-weight:600}
      tr.critical td:first-child{border-left:4px solid #d55e00}
      .assessment{margin:0 0 16px}
      ul.concerns{margin:0;padding-left:18px;font-size:12px}
      footer{padding-bottom:24px;font-size:12px}
      @media print{body{background:#fff}section{border:none;padding:0;break-inside:auto}nav{display:none}}
      """;
}
