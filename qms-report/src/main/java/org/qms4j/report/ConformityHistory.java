package org.qms4j.report;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.qms4j.conformity.ConformityEngine;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.conformity.ConformitySession;
import org.qms4j.conformity.Rollup;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.system.QualitySystem;

/**
 * Conformity month by month: the overall roll-up and score, and the count of open
 * nonconformities, at the end of each of a run of months. {@link Report.Builder#history} charts
 * it.
 *
 * <p>The engine evaluates a system as of any instant, so {@link #monthly} reads the history out
 * of one snapshot: what the system records had happened by each month's end (evidence collected,
 * findings raised and closed, training completed) decides that month's verdicts. A record the host
 * changed after the fact (a finding's statement rewritten, evidence back-dated) shows as it stands
 * now; a host that keeps its past reports charts them instead with {@link #of}.
 *
 * <pre>{@code
 * ConformityHistory year = ConformityHistory.monthly(engine, system, asOf, 12);
 * String html = Report.builder("Quality system").history(year).build().html();
 * }</pre>
 *
 * <p>Immutable and thread-safe; computing one reads no clock and performs no I/O.
 */
public final class ConformityHistory {
  /** The most months a history holds: ten years. */
  public static final int MAX_MONTHS = 120;

  private final List<Point> points;

  private ConformityHistory(List<Point> points) {
    this.points = points;
  }

  /**
   * Evaluates a system at the end of each of the last {@code months} months that ended at or
   * before {@code asOf}, months and their ends taken in UTC.
   *
   * @param engine the engine, not null
   * @param system the system, not null
   * @param asOf the instant the history ends at, not null; the month it falls in counts only if it
   *     ends at or before it, at its last nanosecond
   * @param months how many months, 1 to {@value #MAX_MONTHS}
   * @return the history, oldest month first
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code months} is out of range
   * @throws DateTimeException if the months lie outside the dates Java represents
   * @throws org.qms4j.conformity.RuleFailedException if a rule fails
   * @see #monthly(ConformityEngine, QualitySystem, Instant, int, ZoneId)
   */
  public static ConformityHistory monthly(
      ConformityEngine engine, QualitySystem system, Instant asOf, int months) {
    return monthly(engine, system, asOf, months, ZoneOffset.UTC);
  }

  /**
   * Evaluates a system at the end of each of the last {@code months} months that ended at or
   * before {@code asOf}, months and their ends taken in a time zone.
   *
   * <p>A month's end is the last nanosecond before the next month begins in the zone, so
   * everything recorded in the month counts and a finding closed at the first instant of the next
   * month is still open. The open nonconformities are the findings graded as a nonconformity (major
   * or minor) that are {@linkplain Finding#isOpenAt open} at that instant. The engine moves one
   * {@link ConformitySession} forward from month to month, so that each month judges again only
   * what changed; each month's roll-up equals {@code engine.evaluate(system, end).overall()}.
   *
   * <p>Cost: one evaluation of the system and {@code months - 1} session moves, plus one pass over
   * the findings per month.
   *
   * @param engine the engine, not null
   * @param system the system, not null
   * @param asOf the instant the history ends at, not null
   * @param months how many months, 1 to {@value #MAX_MONTHS}
   * @param zone the time zone whose calendar months are meant, not null
   * @return the history, oldest month first
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code months} is out of range
   * @throws DateTimeException if the months lie outside the dates Java represents
   * @throws org.qms4j.conformity.RuleFailedException if a rule fails
   */
  public static ConformityHistory monthly(
      ConformityEngine engine, QualitySystem system, Instant asOf, int months, ZoneId zone) {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(zone, "zone");
    if (months < 1 || months > MAX_MONTHS) {
      throw new IllegalArgumentException(
          "conformity history: months was " + months + "; expected 1 to " + MAX_MONTHS);
    }
    YearMonth last = YearMonth.from(asOf.atZone(zone));
    if (end(last, zone).isAfter(asOf)) {
      last = last.minusMonths(1);
    }
    YearMonth first = last.minusMonths(months - 1L);
    List<Finding> nonconformities = new ArrayList<>();
    for (Finding f : system.findings()) {
      if (f.grade().isNonconformity()) {
        nonconformities.add(f);
      }
    }
    List<Point> points = new ArrayList<>(months);
    ConformitySession session = null;
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      Instant at = end(m, zone);
      ConformityReport report;
      if (session == null) {
        session = engine.session(system, at);
        report = session.report();
      } else {
        report = session.advanceTo(at);
      }
      int open = 0;
      int major = 0;
      for (Finding f : nonconformities) {
        if (f.isOpenAt(at)) {
          open++;
          if (f.grade() == FindingGrade.MAJOR_NONCONFORMITY) {
            major++;
          }
        }
      }
      points.add(new Point(m, at, report.overall(), open, major));
    }
    return new ConformityHistory(List.copyOf(points));
  }

  /** The last nanosecond of a month in a zone. */
  private static Instant end(YearMonth month, ZoneId zone) {
    return month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().minusNanos(1);
  }

  /**
   * A history from points the host kept, such as the roll-ups of reports it stored month by month.
   *
   * @param points 1 to {@value #MAX_MONTHS} points, months strictly increasing (gaps allowed); not
   *     null, no null element
   * @return the history
   * @throws NullPointerException if the list or an element is null
   * @throws IllegalArgumentException if the list is empty or too long, or a month does not come
   *     after the one before; the message names the month
   */
  public static ConformityHistory of(List<Point> points) {
    Objects.requireNonNull(points, "points");
    if (points.isEmpty() || points.size() > MAX_MONTHS) {
      throw new IllegalArgumentException(
          "conformity history: points had " + points.size() + " points; expected 1 to " + MAX_MONTHS);
    }
    List<Point> copy = List.copyOf(points);
    for (int i = 1; i < copy.size(); i++) {
      if (!copy.get(i).month().isAfter(copy.get(i - 1).month())) {
        throw new IllegalArgumentException(
            "conformity history: point " + i + " is for " + copy.get(i).month() + ", not after "
                + copy.get(i - 1).month() + "; expected months in increasing order");
      }
    }
    return new ConformityHistory(copy);
  }

  /**
   * The points, oldest month first.
   *
   * @return the points, unmodifiable, at least one
   */
  public List<Point> points() {
    return points;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConformityHistory && points.equals(((ConformityHistory) o).points);
  }

  @Override
  public int hashCode() {
    return points.hashCode();
  }

  @Override
  public String toString() {
    return "ConformityHistory" + points;
  }

  /**
   * Conformity at the end of one month.
   *
   * <p>Immutable and thread-safe.
   *
   * @param month the month
   * @param at the instant evaluated: the month's end, or whenever the host's report was made
   * @param overall the roll-up of the whole system then
   * @param openNonconformities how many nonconformities (major and minor) were open then, 0 or
   *     more
   * @param openMajorNonconformities how many of them were major, 0 to {@code openNonconformities}
   */
  public record Point(
      YearMonth month, Instant at, Rollup overall, int openNonconformities, int openMajorNonconformities) {
    /**
     * Creates a point.
     *
     * @param month the month, not null
     * @param at the instant evaluated, not null
     * @param overall the roll-up of the whole system then, not null
     * @param openNonconformities how many nonconformities were open then, 0 or more
     * @param openMajorNonconformities how many of them were major, 0 to {@code
     *     openNonconformities}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a count is out of range
     */
    public Point {
      Objects.requireNonNull(month, "month");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(overall, "overall");
      if (openNonconformities < 0 || openMajorNonconformities < 0
          || openMajorNonconformities > openNonconformities) {
        throw new IllegalArgumentException(
            "conformity history point " + month + ": openNonconformities was " + openNonconformities
                + " and openMajorNonconformities " + openMajorNonconformities
                + "; expected 0 <= major <= all");
      }
    }

    /**
     * The overall score then, from 0 to 1 ({@link Rollup#score()}).
     *
     * @return the score
     */
    public double score() {
      return overall.score();
    }
  }
}
