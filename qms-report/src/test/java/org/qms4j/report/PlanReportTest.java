package org.qms4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.qms4j.plan.Schedule;

class PlanReportTest {
  /** Two weeks into the plan: the scope is done, the procedure is late, training is under way. */
  private static final LocalDate MID_SEPTEMBER = LocalDate.parse("2026-09-15");

  private final Schedule schedule = ReportFixtures.schedule();

  private Document page() {
    return Jsoup.parse(Report.builder("Plan").plan(schedule, MID_SEPTEMBER).build().html());
  }

  @Test
  void gantt_drawsABarPerTaskAndADiamondPerMilestoneOnAWeekAxis() {
    Element svg = page().selectFirst("section.plan svg.gantt");
    assertThat(svg.select("rect.gantt-bar[data-task]").eachAttr("data-task")).containsExactly("T-1", "T-2", "T-3", "T-4");
    assertThat(svg.select("polygon.gantt-milestone[data-task]").eachAttr("data-task")).containsExactly("T-5");
    // 1 September 2026 is a Tuesday: the axis starts on Monday 31 August (ISO week 36) and ends on
    // Sunday 4 October, 35 days over 780 units
    assertThat(svg.select("text.week-label").eachText()).containsExactly("W36", "W37", "W38", "W39", "W40");
    assertThat(svg.select("text.week-date").eachText()).containsExactly("31 Aug", "7 Sep", "14 Sep", "21 Sep", "28 Sep");
    Element t1 = svg.selectFirst("rect[data-task=T-1]");
    assertThat(Double.parseDouble(t1.attr("x"))).isCloseTo(330 + 780 / 35.0, offset(0.1));
    // five working days from Tuesday to the next Monday: seven days on the axis
    assertThat(Double.parseDouble(t1.attr("width"))).isCloseTo(7 * 780 / 35.0, offset(0.1));
    assertThat(t1.selectFirst("title").text())
        .isEqualTo("T-1 Define context and scope \u2014 2026-09-01 to 2026-09-07, 5 working days, slack 0, on the"
            + " critical path, done 2026-09-07");
  }

  @Test
  void gantt_marksTheCriticalPath() {
    Element svg = page().selectFirst("svg.gantt");
    assertThat(svg.select("[data-task].critical").eachAttr("data-task")).containsExactly("T-1", "T-3", "T-4", "T-5");
    assertThat(svg.selectFirst("rect[data-task=T-2]").classNames()).doesNotContain("critical");
    assertThat(svg.select("text.gantt-label.critical").stream().map(Element::ownText))
        .containsExactly("T-1 Define context and scope", "T-3 Train staff on SOP-01", "T-4 Internal audit",
            "T-5 Certification audit");
    // T-1 to T-3, T-3 to T-4, T-4 to T-5; T-2 to T-4 is no link of the path
    assertThat(svg.select("polyline.critical-link")).hasSize(3);
    assertThat(svg.select("rect[data-task=T-1]").first().classNames()).contains("done");
    assertThat(svg.select("line.asof-line")).hasSize(1);
  }

  @Test
  void plan_tablesTheTasksOverAllocationsProgressAndSlips() {
    Document d = page();
    Elements rows = d.select("table.tasks tbody tr");
    assertThat(rows.eachAttr("data-task")).containsExactly("T-1", "T-2", "T-3", "T-4", "T-5");
    assertThat(rows.get(1).select("td").stream().map(Element::text)).containsExactly(
        "T-2", "Write the document control procedure", "quality-lead (ana)", "3", "2026-09-08", "2026-09-10", "7", "",
        "");
    assertThat(rows.get(2).select("td").get(7).text()).isEqualTo("\u25C6 critical");
    // Ana holds both T-2 and T-3 in the week of 7 September: 7 days of 8 hours
    assertThat(d.select("table.over-allocations tbody tr")).singleElement()
        .satisfies(r -> assertThat(r.select("td").eachText())
            .containsExactly("ana", "2026-W37 (2026-09-07)", "56", "40", "16"));
    assertThat(d.selectFirst("p.progress").text())
        .isEqualTo("1 of 5 tasks done, 21.7% of the effort (5 of 23 working days); 2 under way.");
    assertThat(d.select("table.slips tbody tr")).singleElement()
        .satisfies(r -> assertThat(r.select("td").eachText()).containsExactly("T-2", "2026-09-10", "3"));
  }

  @Test
  void plan_inMarkdown() {
    List<String> lines = Report.builder("Plan").plan(schedule, MID_SEPTEMBER).build().markdown().lines().toList();
    assertThat(lines).contains(
        "5 tasks from 2026-09-01 to 2026-09-29; 4 on the critical path; 1 over-allocated person-weeks.",
        "**Critical path:** `T-1` \u2192 `T-3` \u2192 `T-4` \u2192 `T-5`",
        "| `T-2` | Write the document control procedure | quality-lead (ana) | 3 | 2026-09-08 | 2026-09-10 | 7 |  |  |",
        "| `ana` | 2026-W37 (2026-09-07) | 56 | 40 | 16 |",
        "| `T-2` | 2026-09-10 | 3 |");
  }

  @Test
  void gantt_cutsLongTitlesAndKeepsThemWholeInTheTooltip() {
    assertThat(PlanSection.cut("x".repeat(50), 44)).hasSize(44).endsWith("\u2026");
    assertThat(PlanSection.cut("short", 44)).isEqualTo("short");
    // never inside a surrogate pair
    String emoji = "a".repeat(42) + "\uD83D\uDE00" + "b";
    assertThat(PlanSection.cut(emoji, 44)).isEqualTo("a".repeat(42) + "\u2026");
  }
}
