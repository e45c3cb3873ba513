package org.qms4j.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.gap.GapAnalysis;
import org.qms4j.plan.Schedule;
import org.qms4j.readiness.Blocker;
import org.qms4j.readiness.ReadinessAssessment;
import org.qms4j.system.QualitySystem;
import org.qms4j.training.CompetenceMatrix;

/**
 * A report for people: sections about a quality system (conformity, its history, competence, gap
 * analysis, implementation plan, readiness), rendered as one self-contained HTML page or as
 * Markdown.
 *
 * <p>The HTML page needs nothing but itself: its style sheet is inline, its charts are inline SVG,
 * it loads no font, image or script and needs no script to be read; its content security policy
 * forbids any script, so a page that was somehow tampered with still runs none. Colours follow a
 * palette that readers with the common colour-vision deficiencies tell apart, and every colour is
 * also said in words and a symbol.
 *
 * <p>Every text that comes from the host's data (organisation, catalog, clause and requirement
 * titles, finding statements, reason messages, names) is escaped: in HTML as text or attribute
 * value, in SVG the same way, in Markdown with backslashes and entities so that it can open no
 * tag, link, code span, emphasis, table cell or block. A catalog titled {@code <script>} shows
 * that word.
 *
 * <pre>{@code
 * ConformityReport now = engine.evaluate(system, asOf);
 * Report report = Report.builder("Example Clinic: certification readiness")
 *     .conformity(system, now)
 *     .history(ConformityHistory.monthly(engine, system, asOf, 12))
 *     .competence(system, matrix)
 *     .build();
 * Files.writeString(Path.of("target/report.html"), report.html());   // the host writes it
 * Files.writeString(Path.of("target/report.md"), report.markdown());
 * }</pre>
 *
 * <p>Like {@code qms-core}, this module performs no I/O and reads no clock: every instant shown
 * comes from the data, so the same data renders the same text. Rendering takes time and memory
 * linear in the data shown, and the limits below bound it. The largest conformity section, a
 * system of {@value #MAX_REQUIREMENTS} requirements, renders as about 7 MB of HTML in about two
 * seconds on two cores, most of it spent by the engine working out the reasons it had not yet
 * explained; a system of the shipped standard catalogs (a few hundred requirements) renders in
 * milliseconds.
 *
 * <p>Immutable and thread-safe.
 */
public final class Report {
  /** The longest title accepted. */
  public static final int MAX_TITLE = 300;
  /** The most sections a report holds. */
  public static final int MAX_SECTIONS = 50;
  /** The most requirements a conformity section shows: the system's requirement count. */
  public static final int MAX_REQUIREMENTS = 20_000;
  /** The most findings a conformity section shows: the system's finding count. */
  public static final int MAX_FINDINGS = 20_000;
  /** The most cells of a competence grid: people holding roles times the competences required. */
  public static final int MAX_COMPETENCE_CELLS = 250_000;
  /** The most gaps a gap analysis section shows, in the analysis and in the earlier one each. */
  public static final int MAX_GAPS = MAX_REQUIREMENTS;
  /** The most tasks an implementation plan section shows: a Gantt chart about 220,000 units tall. */
  public static final int MAX_PLAN_TASKS = 10_000;
  /** The most readiness assessments (catalogs) a readiness section shows. */
  public static final int MAX_ASSESSMENTS = 1_000;

  private final String title;
  private final List<Section> sections;

  private Report(String title, List<Section> sections) {
    this.title = title;
    this.sections = sections;
  }

  /**
   * Starts a report.
   *
   * @param title the page's title and top heading: not blank, at most {@value #MAX_TITLE}
   *     characters; host text, escaped when rendered
   * @return a builder
   * @throws NullPointerException if the title is null
   * @throws IllegalArgumentException if the title is blank or too long
   */
  public static Builder builder(String title) {
    Objects.requireNonNull(title, "title");
    if (title.isBlank() || title.length() > MAX_TITLE) {
      throw new IllegalArgumentException(
          "report: title had " + title.length() + " characters" + (title.isBlank() ? " and was blank" : "")
              + "; expected 1 to " + MAX_TITLE + " characters, not all white space");
    }
    return new Builder(title);
  }

  /**
   * The title.
   *
   * @return the title as given
   */
  public String title() {
    return title;
  }

  /**
   * The headings of the sections, in order, as the page's table of contents shows them.
   *
   * @return the headings, unmodifiable
   */
  public List<String> headings() {
    return sections.stream().map(Section::heading).toList();
  }

  /**
   * Renders the report as one self-contained HTML5 page, UTF-8 text to be served or saved as
   * {@code text/html; charset=utf-8}.
   *
   * @return the page
   */
  public String html() {
    StringBuilder out = new StringBuilder(16_384);
    Html h = new Html(out);
    h.constant("<!DOCTYPE html>\n").open("html", "lang", "en").open("head");
    h.constant("<meta charset=\"utf-8\">")
        .constant("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .constant("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            + "style-src 'unsafe-inline'; img-src data:\">")
        .constant("<meta name=\"generator\" content=\"qms4j\">");
    h.element("title", title);
    h.constant("<style>\n").constant(Look.CSS).constant("</style>").close("head").constant("\n");
    h.open("body").open("header").element("h1", title);
    if (sections.size() > 1) {
      h.open("nav", "aria-label", "Sections").open("ol");
      for (int i = 0; i < sections.size(); i++) {
        h.open("li").element("a", sections.get(i).heading(), "href", "#" + anchor(i)).close("li");
      }
      h.close("ol").close("nav");
    }
    h.close("header").constant("\n").open("main");
    for (int i = 0; i < sections.size(); i++) {
      sections.get(i).html(h, anchor(i));
      h.constant("\n");
    }
    h.close("main").open("footer")
        .element("p", "Rendered by qms4j from the quality system's own records; every date is in UTC.")
        .close("footer").close("body").close("html").constant("\n");
    return out.toString();
  }

  private static String anchor(int i) {
    return "s" + (i + 1);
  }

  /**
   * Renders the report as Markdown (CommonMark with GitHub's tables), with the charts as tables.
   *
   * @return the Markdown text
   */
  public String markdown() {
    StringBuilder out = new StringBuilder(8_192);
    Markdown md = new Markdown(out);
    md.heading(1, title);
    for (Section s : sections) {
      s.markdown(md);
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "Report[" + title + ", " + headings() + "]";
  }

  /** Builds a {@link Report}, one section at a time, in the order they are added. Not thread-safe. */
  public static final class Builder {
    private final String title;
    private final List<Section> sections = new ArrayList<>();

    private Builder(String title) {
      this.title = title;
    }

    private Builder add(Section section) {
      if (sections.size() == MAX_SECTIONS) {
        throw new IllegalArgumentException(
            "report " + title + ": already holds " + MAX_SECTIONS + " sections; expected at most " + MAX_SECTIONS);
      }
      sections.add(section);
      return this;
    }

    /**
     * Adds a conformity report: the overall verdict and score, the score of each catalog, a grid
     * of every clause of the system's catalogs coloured by its roll-up verdict (a clause without
     * requirements is marked so), every requirement's verdict with its reasons, and the findings
     * raised by the report's instant with their status then.
     *
     * <p>The report is the engine's evaluation of this system (or one {@linkplain
     * ConformityReport#restore restored}); the system gives the titles and the clause structure.
     * A clause or requirement the report has no result for shows none.
     *
     * @param system the system, not null; at most {@value #MAX_REQUIREMENTS} requirements and
     *     {@value #MAX_FINDINGS} findings
     * @param report the conformity report, not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the system exceeds a limit, or the report already holds
     *     {@value #MAX_SECTIONS} sections
     */
    public Builder conformity(QualitySystem system, ConformityReport report) {
      Objects.requireNonNull(system, "system");
      Objects.requireNonNull(report, "report");
      int requirements = system.requirements().size();
      if (requirements > MAX_REQUIREMENTS) {
        throw new IllegalArgumentException(
            "report " + title + ": the system holds " + requirements + " requirements; expected at most "
                + MAX_REQUIREMENTS + " in a conformity section");
      }
      int findings = system.findings().size();
      if (findings > MAX_FINDINGS) {
        throw new IllegalArgumentException(
            "report " + title + ": the system holds " + findings + " findings; expected at most " + MAX_FINDINGS
                + " in a conformity section");
      }
      return add(new ConformitySection(system, report));
    }

    /**
     * Adds conformity over time: a chart of the overall score (a line) and the open
     * nonconformities (bars) month by month, and a table of the same figures.
     *
     * @param history the history, not null
     * @return this builder
     * @throws NullPointerException if the history is null
     * @throws IllegalArgumentException if the report already holds {@value #MAX_SECTIONS} sections
     */
    public Builder history(ConformityHistory history) {
      return add(new HistorySection(Objects.requireNonNull(history, "history")));
    }

    /**
     * Adds the competence matrix as a grid: a row for each person who holds a role at the matrix's
     * instant, a column for each competence their roles require, and in each cell whether the
     * person has it ({@code met}), does not owe it ({@code not required}), or why not ({@code
     * missing}, {@code expired}, {@code retraining owed}, {@code not effective}, {@code not
     * evaluated}: the {@link org.qms4j.training.GapKind}).
     *
     * <p>The roles and the people's names come from the system's registers ({@link
     * org.qms4j.system.Registers#ROLES}, {@link org.qms4j.system.Registers#PEOPLE}); the matrix
     * is the one built from that system's roles and training records. A gap in a competence the
     * system's roles do not require of that person is not shown.
     *
     * @param system the system, not null
     * @param matrix the matrix, not null; at most {@value #MAX_COMPETENCE_CELLS} cells
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the grid would exceed {@value #MAX_COMPETENCE_CELLS}
     *     cells, or the report already holds {@value #MAX_SECTIONS} sections
     */
    public Builder competence(QualitySystem system, CompetenceMatrix matrix) {
      Objects.requireNonNull(system, "system");
      Objects.requireNonNull(matrix, "matrix");
      long cells = CompetenceSection.cells(system, matrix.asOf());
      if (cells > MAX_COMPETENCE_CELLS) {
        throw new IllegalArgumentException(
            "report " + title + ": the competence grid would have " + cells + " cells; expected at most "
                + MAX_COMPETENCE_CELLS);
      }
      return add(new CompetenceSection(system, matrix));
    }

    /**
     * Adds a gap analysis: the number of gaps by priority, per catalog and per top-level clause of
     * each catalog, and every gap in the order to close them (open major nonconformities first,
     * then missing documented information, then the rest, clause by clause) with its verdict and
     * reasons.
     *
     * @param system the system the analysis was made of, for the catalogs' and clauses' titles;
     *     not null
     * @param analysis the gap analysis, not null; at most {@value #MAX_GAPS} gaps
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the analysis holds more than {@value #MAX_GAPS} gaps, or
     *     the report already holds {@value #MAX_SECTIONS} sections
     */
    public Builder gapAnalysis(QualitySystem system, GapAnalysis analysis) {
      Objects.requireNonNull(system, "system");
      checkGaps(Objects.requireNonNull(analysis, "analysis"), "analysis");
      return add(new GapSection(system, analysis, null));
    }

    /**
     * Adds a gap analysis as {@link #gapAnalysis(QualitySystem, GapAnalysis)} does, and what changed
     * since an earlier one ({@link GapAnalysis#changesSince}): each gap opened, closed or changed in
     * verdict or priority, with its standing before and after.
     *
     * @param system the system the analysis was made of, not null
     * @param analysis the gap analysis, not null; at most {@value #MAX_GAPS} gaps
     * @param previous the earlier gap analysis, not null; at most {@value #MAX_GAPS} gaps
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an analysis holds more than {@value #MAX_GAPS} gaps, or
     *     the report already holds {@value #MAX_SECTIONS} sections
     */
    public Builder gapAnalysis(QualitySystem system, GapAnalysis analysis, GapAnalysis previous) {
      Objects.requireNonNull(system, "system");
      checkGaps(Objects.requireNonNull(analysis, "analysis"), "analysis");
      checkGaps(Objects.requireNonNull(previous, "previous"), "previous");
      return add(new GapSection(system, analysis, previous));
    }

    private void checkGaps(GapAnalysis analysis, String which) {
      int gaps = analysis.gaps().size();
      if (gaps > MAX_GAPS) {
        throw new IllegalArgumentException(
            "report " + title + ": the " + which + " gap analysis holds " + gaps + " gaps; expected at most " + MAX_GAPS);
      }
    }

    /**
     * Adds an implementation plan as scheduled: a Gantt chart with ISO weeks on the axis (each
     * task a bar from its start to its finish, a milestone a diamond, a task done by then drawn
     * faint) and the critical path marked (its bars in vermilion and outlined, its labels bold, the
     * links between its tasks drawn); the tasks as a table with their owner, effort, dates, slack
     * and whether they are critical; the over-allocated weeks of each person; and the moves
     * levelling made, if the schedule was levelled.
     *
     * @param schedule the schedule, not null; at most {@value #MAX_PLAN_TASKS} tasks
     * @return this builder
     * @throws NullPointerException if the schedule is null
     * @throws IllegalArgumentException if the plan holds more than {@value #MAX_PLAN_TASKS} tasks,
     *     or the report already holds {@value #MAX_SECTIONS} sections
     */
    public Builder plan(Schedule schedule) {
      return add(new PlanSection(checkTasks(schedule), null));
    }

    /**
     * Adds an implementation plan as {@link #plan(Schedule)} does, and its progress as of a date:
     * the tasks and effort done, the tasks under way, and the tasks that slipped ({@link
     * Schedule#progress}, {@link Schedule#slipped}); the Gantt chart draws the date as a line.
     *
     * @param schedule the schedule, not null; at most {@value #MAX_PLAN_TASKS} tasks
     * @param asOf the date of the progress, not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the plan holds more than {@value #MAX_PLAN_TASKS} tasks,
     *     or the report already holds {@value #MAX_SECTIONS} sections
     */
    public Builder plan(Schedule schedule, LocalDate asOf) {
      return add(new PlanSection(checkTasks(schedule), Objects.requireNonNull(asOf, "asOf")));
    }

    private Schedule checkTasks(Schedule schedule) {
      int tasks = Objects.requireNonNull(schedule, "schedule").tasks().size();
      if (tasks > MAX_PLAN_TASKS) {
        throw new IllegalArgumentException(
            "report " + title + ": the plan holds " + tasks + " tasks; expected at most " + MAX_PLAN_TASKS);
      }
      return schedule;
    }

    /**
     * Adds readiness for the certification audit: for each assessment (one catalog each), whether
     * the system is ready and, if not, every {@link Blocker} with its code, message and the ids it
     * concerns (at most 50 of each kind named, the rest counted), and what each certificate of the
     * catalog needs next.
     *
     * @param system the system assessed, for the catalogs' titles; not null
     * @param assessments the assessments, such as {@link ReadinessAssessment#ofAll}'s, in the order
     *     to show them; not null, no null element, at most {@value #MAX_ASSESSMENTS}
     * @return this builder
     * @throws NullPointerException if an argument or an element is null
     * @throws IllegalArgumentException if there are more than {@value #MAX_ASSESSMENTS}
     *     assessments, or the report already holds {@value #MAX_SECTIONS} sections
     */
    public Builder readiness(QualitySystem system, List<ReadinessAssessment> assessments) {
      Objects.requireNonNull(system, "system");
      Objects.requireNonNull(assessments, "assessments");
      if (assessments.size() > MAX_ASSESSMENTS) {
        throw new IllegalArgumentException(
            "report " + title + ": " + assessments.size() + " readiness assessments; expected at most "
                + MAX_ASSESSMENTS);
      }
      for (int i = 0; i < assessments.size(); i++) {
        Objects.requireNonNull(assessments.get(i), "assessments: element " + i);
      }
      return add(new ReadinessSection(system, List.copyOf(assessments)));
    }

    /**
     * Builds the report.
     *
     * @return the report
     */
    public Report build() {
      return new Report(title, List.copyOf(sections));
    }
  }
}
