package org.qms4j.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qms4j.plan.Move;
import org.qms4j.plan.Progress;
import org.qms4j.plan.Schedule;
import org.qms4j.plan.ScheduledTask;
import org.qms4j.plan.Slip;
import org.qms4j.plan.Task;
import org.qms4j.plan.TaskId;
import org.qms4j.plan.TaskKind;
import org.qms4j.plan.WeekLoad;

/**
 * An implementation plan as scheduled: a Gantt chart in inline SVG with weeks on the axis and the
 * critical path marked (its bars in another colour and outlined, its labels bold, the links
 * between its tasks drawn), the tasks as a table, the over-allocated weeks, the moves levelling
 * made and, as of a date, progress and slips.
 */
final class PlanSection implements Section {
  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  /** The longest task label the chart shows, in characters; the full title is in the bar's tooltip. */
  static final int LABEL_CHARS = 44;
  private static final double LABEL_WIDTH = 330;
  private static final double CHART_WIDTH = 780;
  static final int WIDTH = (int) (LABEL_WIDTH + CHART_WIDTH + 16);
  private static final double TOP = 48;
  static final double ROW = 22;
  private static final double BAR = 14;

  private final Schedule schedule;
  private final @Nullable LocalDate asOf;

  PlanSection(Schedule schedule, @Nullable LocalDate asOf) {
    this.schedule = schedule;
    this.asOf = asOf;
  }

  @Override
  public String heading() {
    return "Implementation plan";
  }

  /** A title cut to {@code max} characters with an ellipsis, never inside a surrogate pair. */
  static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + "\u2026";
  }

  private static String date(LocalDate d) {
    return d.toString();
  }

  private static String owner(Task t) {
    String role = t.ownerRole().map(r -> r.value()).orElse("");
    String person = t.assignee().map(p -> p.value()).orElse("");
    return role.isEmpty() ? person : person.isEmpty() ? role : role + " (" + person + ")";
  }

  private String summary() {
    int n = schedule.tasks().size();
    return n + (n == 1 ? " task" : " tasks") + " from " + date(schedule.start()) + " to " + date(schedule.finish())
        + "; " + schedule.criticalPath().size() + " on the critical path; "
        + schedule.overAllocations().size() + " over-allocated person-weeks.";
  }

  private String tip(ScheduledTask s, boolean critical) {
    Task t = s.task();
    return t.id().value() + " " + t.title() + " \u2014 " + date(s.start()) + " to " + date(s.finish()) + ", "
        + t.effortDays() + (t.effortDays() == 1 ? " working day" : " working days") + ", slack " + s.slack()
        + (critical ? ", on the critical path" : "") + (t.completedOn().isPresent() ? ", done " + t.completedOn().get() : "");
  }

  // ---- HTML ----

  @Override
  public void html(Html h, String anchor) {
    h.open("section", "id", anchor, "class", "plan");
    h.element("h2", "Implementation plan");
    h.element("p", summary(), "class", "note");
    List<ScheduledTask> tasks = schedule.tasks();
    if (tasks.isEmpty()) {
      h.element("p", "The plan holds no task.").close("section");
      return;
    }
    Set<TaskId> critical = new HashSet<>();
    for (ScheduledTask s : schedule.criticalPath()) {
      critical.add(s.id());
    }
    gantt(h, anchor, tasks, critical);

    h.element("h3", "Tasks");
    h.open("table", "class", "tasks").open("thead").open("tr").element("th", "Task").element("th", "Title")
        .element("th", "Owner").element("th", "Effort (days)", "class", "num").element("th", "Start")
        .element("th", "Finish").element("th", "Slack (days)", "class", "num").element("th", "Critical path")
        .element("th", "Done").close("tr").close("thead").open("tbody");
    for (ScheduledTask s : tasks) {
      Task t = s.task();
      boolean c = critical.contains(s.id());
      h.open("tr", "data-task", t.id().value(), "class", c ? "task critical" : "task").open("td").element("code", t.id().value())
          .close("td").element("td", t.title()).element("td", owner(t))
          .element("td", Integer.toString(t.effortDays()), "class", "num").element("td", date(s.start()), "class", "num")
          .element("td", date(s.finish()), "class", "num").element("td", Long.toString(s.slack()), "class", "num")
          .element("td", c ? "\u25C6 critical" : "")
          .element("td", t.completedOn().map(PlanSection::date).orElse(""), "class", "num")
          .close("tr");
    }
    h.close("tbody").close("table");

    h.element("h3", "Over-allocated weeks");
    List<WeekLoad> over = schedule.overAllocations();
    if (over.isEmpty()) {
      h.element("p", "Nobody has more work in a week than they can give.", "class", "note");
    } else {
      h.open("table", "class", "over-allocations").open("thead").open("tr").element("th", "Person")
          .element("th", "Week").element("th", "Hours", "class", "num").element("th", "Capacity", "class", "num")
          .element("th", "Excess", "class", "num").close("tr").close("thead").open("tbody");
      for (WeekLoad w : over) {
        h.open("tr", "data-person", w.person().value()).element("td", w.person().value())
            .element("td", w.week() + " (" + date(w.week().monday()) + ")").element("td", Html.num(w.hours()), "class", "num")
            .element("td", Html.num(w.capacity()), "class", "num")
            .element("td", Html.num(w.excess()), "class", "num v-nonconforming").close("tr");
      }
      h.close("tbody").close("table");
    }

    List<Move> moves = schedule.moves();
    if (!moves.isEmpty()) {
      h.element("h3", "Moved by levelling");
      h.open("table", "class", "moves").open("thead").open("tr").element("th", "Task").element("th", "From")
          .element("th", "To").element("th", "Working days later", "class", "num").element("th", "Beyond slack")
          .close("tr").close("thead").open("tbody");
      for (Move m : moves) {
        h.open("tr", "data-task", m.task().value()).open("td").element("code", m.task().value()).close("td")
            .element("td", date(m.from())).element("td", date(m.to()))
            .element("td", Long.toString(m.workingDays()), "class", "num")
            .element("td", m.beyondSlack() ? "yes: the finish moves" : "no").close("tr");
      }
      h.close("tbody").close("table");
    }

    if (asOf != null) {
      Progress p = schedule.progress(asOf);
      h.element("h3", "Progress as of " + date(asOf));
      h.element("p", progressWords(p), "class", "progress");
      List<Slip> slips = schedule.slipped(asOf);
      if (slips.isEmpty()) {
        h.element("p", "No task has slipped.", "class", "note");
      } else {
        h.open("table", "class", "slips").open("thead").open("tr").element("th", "Task")
            .element("th", "Planned finish").element("th", "Working days late", "class", "num").close("tr")
            .close("thead").open("tbody");
        for (Slip s : slips) {
          h.open("tr", "data-task", s.task().value()).open("td").element("code", s.task().value()).close("td")
              .element("td", date(s.plannedFinish()))
              .element("td", Long.toString(s.workingDaysLate()), "class", "num v-nonconforming").close("tr");
        }
        h.close("tbody").close("table");
      }
    }
    h.close("section");
  }

  private static String progressWords(Progress p) {
    return p.done() + " of " + p.total() + " tasks done, " + Html.num(p.percentDone()) + "% of the effort ("
        + p.effortDone() + " of " + p.effortTotal() + " working days); " + p.inProgress().size() + " under way.";
  }

  private void gantt(Html h, String anchor, List<ScheduledTask> tasks, Set<TaskId> critical) {
    LocalDate origin = schedule.start().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate last = schedule.finish();
    for (ScheduledTask s : tasks) {
      if (s.finish().isAfter(last)) {
        last = s.finish();
      }
    }
    LocalDate end = last.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    long days = ChronoUnit.DAYS.between(origin, end) + 1;
    long weeks = days / 7;
    double perDay = CHART_WIDTH / days;
    int n = tasks.size();
    double height = TOP + n * ROW + 40;

    h.open("svg", "class", "chart gantt", "viewBox", "0 0 " + WIDTH + " " + Html.num(height), "width",
        Integer.toString(WIDTH), "height", Html.num(height), "role", "img", "aria-labelledby", anchor + "-gantt");
    h.element("title", "Gantt chart of the implementation plan, " + weeks + " weeks from " + date(origin)
        + ", the critical path marked", "id", anchor + "-gantt");
    // week grid and labels
    long every = Math.max(1, (weeks + 25) / 26);
    for (long w = 0; w <= weeks; w++) {
      double x = LABEL_WIDTH + 7 * w * perDay;
      h.empty("line", "class", w % every == 0 ? "gridline week" : "gridline", "x1", Html.num(x), "x2", Html.num(x),
          "y1", Html.num(TOP - 6), "y2", Html.num(TOP + n * ROW));
      if (w < weeks && w % every == 0) {
        LocalDate monday = origin.plusWeeks(w);
        h.element("text", "W" + monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), "x", Html.num(x + 3), "y", "18",
            "class", "week-label");
        h.element("text", DAY_MONTH.format(monday), "x", Html.num(x + 3), "y", "34", "class", "week-date");
      }
    }
    h.element("text", "Weeks (ISO), each from its Monday", "x", "8", "y", "18", "class", "axis-title");
    // rows
    Map<TaskId, Integer> row = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      row.put(tasks.get(i).id(), i);
      if (i % 2 == 1) {
        h.empty("rect", "class", "gantt-row", "x", "0", "y", Html.num(TOP + i * ROW), "width", Integer.toString(WIDTH),
            "height", Html.num(ROW));
      }
    }
    // the links of the critical path, under the bars
    for (ScheduledTask s : tasks) {
      if (!critical.contains(s.id())) {
        continue;
      }
      double ys = TOP + row.get(s.id()) * ROW + ROW / 2;
      double xs = x(origin, s.start(), perDay);
      for (TaskId d : s.task().dependsOn()) {
        Integer r = row.get(d);
        if (r == null || !critical.contains(d)) {
          continue;
        }
        ScheduledTask dep = tasks.get(r);
        double yd = TOP + r * ROW + ROW / 2;
        double xe = x(origin, dep.finish(), perDay) + (dep.task().kind() == TaskKind.MILESTONE ? perDay / 2 : perDay);
        double bend = Math.max(xe, xs - 3);
        h.empty("polyline", "class", "critical-link", "points", Html.num(xe) + "," + Html.num(yd) + " " + Html.num(bend)
            + "," + Html.num(yd) + " " + Html.num(bend) + "," + Html.num(ys) + " " + Html.num(Math.max(xs, bend)) + ","
            + Html.num(ys));
      }
    }
    // labels and bars
    for (int i = 0; i < n; i++) {
      ScheduledTask s = tasks.get(i);
      Task t = s.task();
      boolean c = critical.contains(s.id());
      boolean done = t.completedOn().isPresent() && (asOf == null || !t.completedOn().get().isAfter(asOf));
      double y = TOP + i * ROW;
      h.open("text", "x", "8", "y", Html.num(y + 15), "class", c ? "gantt-label critical" : "gantt-label")
          .text(cut(t.id().value() + " " + t.title(), LABEL_CHARS));
      h.element("title", t.id().value() + " " + t.title()).close("text");
      String css = (c ? " critical" : "") + (done ? " done" : "");
      double x0 = x(origin, s.start(), perDay);
      if (t.kind() == TaskKind.MILESTONE || t.effortDays() == 0) {
        double cx = x0 + perDay / 2;
        double cy = y + ROW / 2;
        double r = 7;
        h.open("polygon", "class", "gantt-milestone" + css, "data-task", t.id().value(), "points",
            Html.num(cx) + "," + Html.num(cy - r) + " " + Html.num(cx + r) + "," + Html.num(cy) + " " + Html.num(cx) + ","
                + Html.num(cy + r) + " " + Html.num(cx - r) + "," + Html.num(cy));
        h.element("title", tip(s, c)).close("polygon");
      } else {
        double w = Math.max(2, (ChronoUnit.DAYS.between(s.start(), s.finish()) + 1) * perDay);
        h.open("rect", "class", "gantt-bar" + css, "data-task", t.id().value(), "x", Html.num(x0), "y",
            Html.num(y + (ROW - BAR) / 2), "width", Html.num(w), "height", Html.num(BAR), "rx", "2");
        h.element("title", tip(s, c)).close("rect");
      }
    }
    if (asOf != null && !asOf.isBefore(origin) && !asOf.isAfter(end)) {
      double x = x(origin, asOf, perDay) + perDay / 2;
      h.empty("line", "class", "asof-line", "x1", Html.num(x), "x2", Html.num(x), "y1", Html.num(TOP - 6), "y2",
          Html.num(TOP + n * ROW));
      h.element("text", "as of " + date(asOf), "x", Html.num(x + 3), "y", Html.num(TOP + n * ROW + 14), "class",
          "asof-label");
    }
    // legend
    double ly = TOP + n * ROW + 30;
    h.empty("rect", "class", "gantt-bar critical", "x", "8", "y", Html.num(ly - 10), "width", "22", "height", "10");
    h.element("text", "critical path", "x", "36", "y", Html.num(ly));
    h.empty("rect", "class", "gantt-bar", "x", "140", "y", Html.num(ly - 10), "width", "22", "height", "10");
    h.element("text", "other task", "x", "168", "y", Html.num(ly));
    h.empty("rect", "class", "gantt-bar done", "x", "258", "y", Html.num(ly - 10), "width", "22", "height", "10");
    h.element("text", "done", "x", "286", "y", Html.num(ly));
    h.empty("polygon", "class", "gantt-milestone", "points", "345," + Html.num(ly - 11) + " 351," + Html.num(ly - 5)
        + " 345," + Html.num(ly + 1) + " 339," + Html.num(ly - 5));
    h.element("text", "milestone", "x", "358", "y", Html.num(ly));
    h.close("svg");
  }

  private static double x(LocalDate origin, LocalDate day, double perDay) {
    return LABEL_WIDTH + ChronoUnit.DAYS.between(origin, day) * perDay;
  }

  // ---- Markdown ----

  @Override
  public void markdown(Markdown md) {
    md.heading(2, "Implementation plan");
    md.text(summary()).constant("\n\n");
    List<ScheduledTask> tasks = schedule.tasks();
    if (tasks.isEmpty()) {
      return;
    }
    Set<TaskId> critical = new HashSet<>();
    md.constant("**Critical path:** ");
    boolean first = true;
    for (ScheduledTask s : schedule.criticalPath()) {
      critical.add(s.id());
      md.constant(first ? "" : " \u2192 ").code(s.id().value());
      first = false;
    }
    md.constant("\n\n");
    md.tableHead("Task", "Title", "Owner", "Effort (days)>", "Start", "Finish", "Slack (days)>", "Critical path", "Done");
    for (ScheduledTask s : tasks) {
      Task t = s.task();
      md.constant("| ").code(t.id().value()).constant(" | ").text(t.title()).constant(" | ").text(owner(t))
          .constant(" | " + t.effortDays() + " | " + date(s.start()) + " | " + date(s.finish()) + " | " + s.slack() + " | ")
          .constant(critical.contains(s.id()) ? "\u25C6 critical" : "").constant(" | ")
          .constant(t.completedOn().map(PlanSection::date).orElse("")).constant(" |\n");
    }
    md.constant("\n");
    md.heading(3, "Over-allocated weeks");
    if (schedule.overAllocations().isEmpty()) {
      md.text("Nobody has more work in a week than they can give.").constant("\n\n");
    } else {
      md.tableHead("Person", "Week", "Hours>", "Capacity>", "Excess>");
      for (WeekLoad w : schedule.overAllocations()) {
        md.constant("| ").code(w.person().value()).constant(" | " + w.week() + " (" + date(w.week().monday()) + ") | "
            + Html.num(w.hours()) + " | " + Html.num(w.capacity()) + " | " + Html.num(w.excess()) + " |\n");
      }
      md.constant("\n");
    }
    if (!schedule.moves().isEmpty()) {
      md.heading(3, "Moved by levelling");
      md.tableHead("Task", "From", "To", "Working days later>", "Beyond slack");
      for (Move m : schedule.moves()) {
        md.constant("| ").code(m.task().value()).constant(" | " + date(m.from()) + " | " + date(m.to()) + " | "
            + m.workingDays() + " | " + (m.beyondSlack() ? "yes: the finish moves" : "no") + " |\n");
      }
      md.constant("\n");
    }
    if (asOf != null) {
      md.heading(3, "Progress as of " + date(asOf));
      md.text(progressWords(schedule.progress(asOf))).constant("\n\n");
      List<Slip> slips = schedule.slipped(asOf);
      if (!slips.isEmpty()) {
        md.tableHead("Task", "Planned finish", "Working days late>");
        for (Slip s : slips) {
          md.constant("| ").code(s.task().value()).constant(" | " + date(s.plannedFinish()) + " | " + s.workingDaysLate()
              + " |\n");
        }
        md.constant("\n");
      }
    }
  }
}
