package org.qms4j.report;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.qms4j.report.ConformityHistory.Point;

/**
 * Conformity over time: an inline SVG chart of the overall score (a line, left axis) and the open
 * nonconformities (bars, right axis) month by month, and the same figures as a table.
 */
final class HistorySection implements Section {
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

  /** The chart's size, in user units of its view box. */
  static final int WIDTH = 800;
  static final int HEIGHT = 300;
  private static final double LEFT = 64;
  private static final double RIGHT = 736;
  private static final double TOP = 40;
  private static final double BOTTOM = 248;

  private final ConformityHistory history;

  HistorySection(ConformityHistory history) {
    this.history = history;
  }

  @Override
  public String heading() {
    return "Conformity over time";
  }

  static String monthYear(YearMonth m) {
    return MONTH_YEAR.format(m);
  }

  @Override
  public void html(Html h, String anchor) {
    List<Point> points = history.points();
    int n = points.size();
    h.open("section", "id", anchor, "class", "history");
    h.element("h2", "Conformity over time");
    h.element("p", "The overall score and the open nonconformities at the end of each month, "
        + monthYear(points.get(0).month()) + " to " + monthYear(points.get(n - 1).month()) + ".", "class", "note");

    int maxCount = 0;
    for (Point p : points) {
      maxCount = Math.max(maxCount, p.openNonconformities());
    }
    int step = niceStep(maxCount);
    // at least 0 to 4, so that one open nonconformity does not fill the chart
    int axisMax = Math.max(4, ((maxCount + step - 1) / step) * step);

    h.open("svg", "class", "chart history-chart", "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "width", Integer.toString(WIDTH),
        "height", Integer.toString(HEIGHT), "role", "img", "aria-labelledby", anchor + "-title");
    h.element("title", "Overall score and open nonconformities by month", "id", anchor + "-title");
    // legend
    h.empty("rect", "class", "swatch-nc", "x", Html.num(LEFT), "y", "10", "width", "14", "height", "14");
    h.element("text", "Open nonconformities (right axis)", "x", Html.num(LEFT + 20), "y", "22");
    h.empty("rect", "class", "swatch-major", "x", Html.num(LEFT + 245), "y", "10", "width", "14", "height", "14");
    h.element("text", "of them major", "x", Html.num(LEFT + 265), "y", "22");
    h.empty("circle", "class", "swatch-score", "cx", Html.num(LEFT + 382), "cy", "17", "r", "6");
    h.element("text", "Overall score (left axis)", "x", Html.num(LEFT + 395), "y", "22");
    // score grid and left axis
    for (int pct = 0; pct <= 100; pct += 25) {
      double y = scoreY(pct / 100.0);
      h.empty("line", "class", "gridline", "x1", Html.num(LEFT), "x2", Html.num(RIGHT), "y1", Html.num(y), "y2", Html.num(y));
      h.element("text", pct + "%", "x", Html.num(LEFT - 8), "y", Html.num(y + 4), "text-anchor", "end");
    }
    // right axis
    for (int c = 0; c <= axisMax; c += step) {
      double y = BOTTOM - (BOTTOM - TOP) * c / axisMax;
      h.element("text", Integer.toString(c), "x", Html.num(RIGHT + 8), "y", Html.num(y + 4));
    }
    h.empty("line", "class", "axis", "x1", Html.num(LEFT), "x2", Html.num(LEFT), "y1", Html.num(TOP), "y2", Html.num(BOTTOM));
    h.empty("line", "class", "axis", "x1", Html.num(RIGHT), "x2", Html.num(RIGHT), "y1", Html.num(TOP), "y2", Html.num(BOTTOM));
    h.empty("line", "class", "axis", "x1", Html.num(LEFT), "x2", Html.num(RIGHT), "y1", Html.num(BOTTOM), "y2", Html.num(BOTTOM));

    double slot = (RIGHT - LEFT) / n;
    double barWidth = Math.max(1, slot * 0.55);
    int labelEvery = (n + 11) / 12;
    // bars
    for (int i = 0; i < n; i++) {
      Point p = points.get(i);
      double height = (BOTTOM - TOP) * p.openNonconformities() / axisMax;
      h.open("rect", "class", "nc-bar", "x", Html.num(LEFT + i * slot + (slot - barWidth) / 2), "y", Html.num(BOTTOM - height),
          "width", Html.num(barWidth), "height", Html.num(height));
      h.element("title", monthYear(p.month()) + ": " + openWords(p)).close("rect");
      if (p.openMajorNonconformities() > 0) {
        double major = (BOTTOM - TOP) * p.openMajorNonconformities() / axisMax;
        h.open("rect", "class", "nc-major", "x", Html.num(LEFT + i * slot + (slot - barWidth) / 2),
            "y", Html.num(BOTTOM - major), "width", Html.num(barWidth), "height", Html.num(major));
        h.element("title", monthYear(p.month()) + ": " + openWords(p)).close("rect");
      }
      if (i % labelEvery == 0 || i == n - 1) {
        double x = LEFT + (i + 0.5) * slot;
        h.element("text", MONTH.format(p.month()), "x", Html.num(x), "y", Html.num(BOTTOM + 18), "text-anchor", "middle");
        if (i == 0 || p.month().getMonthValue() <= labelEvery) {
          h.element("text", Integer.toString(p.month().getYear()), "x", Html.num(x), "y", Html.num(BOTTOM + 33),
              "text-anchor", "middle");
        }
      }
    }
    // score line and points
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < n; i++) {
      line.append(i == 0 ? "" : " ").append(Html.num(LEFT + (i + 0.5) * slot)).append(',')
          .append(Html.num(scoreY(points.get(i).score())));
    }
    h.empty("polyline", "class", "score-line", "points", line.toString());
    for (int i = 0; i < n; i++) {
      Point p = points.get(i);
      h.open("circle", "class", "score-point", "cx", Html.num(LEFT + (i + 0.5) * slot), "cy", Html.num(scoreY(p.score())),
          "r", n > 36 ? "2.5" : "4.5");
      h.element("title", monthYear(p.month()) + ": score " + Look.percent(p.score()) + ", "
          + Look.verdictLabel(p.overall().verdict()).toLowerCase(Locale.ROOT)).close("circle");
    }
    h.close("svg");

    h.open("table", "class", "history-table").open("thead").open("tr").element("th", "Month").element("th", "Score", "class", "num")
        .element("th", "Overall verdict").element("th", "Open nonconformities", "class", "num")
        .element("th", "of them major", "class", "num").close("tr").close("thead").open("tbody");
    for (Point p : points) {
      h.open("tr").element("td", monthYear(p.month())).element("td", Look.percent(p.score()), "class", "num").open("td");
      Look.verdictBadge(h, p.overall().verdict());
      h.close("td").element("td", Integer.toString(p.openNonconformities()), "class", "num")
          .element("td", Integer.toString(p.openMajorNonconformities()), "class", "num").close("tr");
    }
    h.close("tbody").close("table").close("section");
  }

  private static double scoreY(double score) {
    return BOTTOM - (BOTTOM - TOP) * score;
  }

  private static String openWords(Point p) {
    int n = p.openNonconformities();
    return n + (n == 1 ? " open nonconformity" : " open nonconformities")
        + (n > 0 ? " (" + p.openMajorNonconformities() + " major)" : "");
  }

  /** A step of 1, 2 or 5 times a power of ten that divides 0..max into at most 5 intervals. */
  static int niceStep(int max) {
    int step = 1;
    while (true) {
      for (int f : new int[] {1, 2, 5}) {
        if ((long) f * step * 5 >= max) {
          return f * step;
        }
      }
      step *= 10;
    }
  }

  @Override
  public void markdown(Markdown md) {
    List<Point> points = history.points();
    md.heading(2, "Conformity over time");
    md.text("The overall score and the open nonconformities at the end of each month, "
        + monthYear(points.get(0).month()) + " to " + monthYear(points.get(points.size() - 1).month()) + ".")
        .constant("\n\n");
    md.tableHead("Month", "Score>", "Overall verdict", "Open nonconformities>", "of them major>");
    for (Point p : points) {
      md.constant("| ").text(monthYear(p.month())).constant(" | ").text(Look.percent(p.score())).constant(" | ")
          .text(ConformitySection.verdictWords(p.overall().verdict())).constant(" | ")
          .constant(Integer.toString(p.openNonconformities())).constant(" | ")
          .constant(Integer.toString(p.openMajorNonconformities())).constant(" |\n");
    }
    md.constant("\n");
  }
}
