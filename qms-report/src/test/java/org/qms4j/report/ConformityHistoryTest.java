package org.qms4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qms4j.conformity.ConformityEngine;
import org.qms4j.conformity.Rollup;
import org.qms4j.conformity.Verdict;
import org.qms4j.conformity.VerdictCounts;
import org.qms4j.report.ConformityHistory.Point;
import org.qms4j.system.QualitySystem;

class ConformityHistoryTest {
  private final ConformityEngine engine = ConformityEngine.standard();
  private final QualitySystem demo = ReportFixtures.demo(ReportFixtures.Texts.plain());

  @Test
  void monthly_takesTheLastMonthsThatEndedBeforeAsOf() {
    ConformityHistory h = ConformityHistory.monthly(engine, demo, Instant.parse("2026-11-25T12:00:00Z"), 12);
    assertThat(h.points()).extracting(Point::month)
        .containsExactly(YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2),
            YearMonth.of(2026, 3), YearMonth.of(2026, 4), YearMonth.of(2026, 5), YearMonth.of(2026, 6),
            YearMonth.of(2026, 7), YearMonth.of(2026, 8), YearMonth.of(2026, 9), YearMonth.of(2026, 10));
    assertThat(h.points().get(11).at()).isEqualTo(Instant.parse("2026-10-31T23:59:59.999999999Z"));
    assertThat(h.points().get(0).at()).isEqualTo(Instant.parse("2025-11-30T23:59:59.999999999Z"));
  }

  @Test
  void monthly_countsTheMonthAsOfFallsInOnlyAtItsLastInstant() {
    Instant lastNano = Instant.parse("2026-10-31T23:59:59.999999999Z");
    assertThat(ConformityHistory.monthly(engine, demo, lastNano, 1).points().get(0).month()).isEqualTo(YearMonth.of(2026, 10));
    assertThat(ConformityHistory.monthly(engine, demo, lastNano.minusNanos(1), 1).points().get(0).month())
        .isEqualTo(YearMonth.of(2026, 9));
    assertThat(ConformityHistory.monthly(engine, demo, Instant.parse("2026-11-01T00:00:00Z"), 1).points().get(0).month())
        .isEqualTo(YearMonth.of(2026, 10));
  }

  @Test
  void monthly_countsOpenNonconformitiesAtEachMonthsEnd() {
    // a minor nonconformity open from 2 February to 25 March, a major one from 2 March on, an
    // observation from 5 May (not counted), a minor one raised on 1 July (after the last month)
    ConformityHistory h = ConformityHistory.monthly(engine, demo, Instant.parse("2026-07-10T00:00:00Z"), 6);
    assertThat(h.points()).extracting(Point::month).first().isEqualTo(YearMonth.of(2026, 1));
    assertThat(h.points()).extracting(Point::openNonconformities).containsExactly(0, 1, 1, 1, 1, 1);
    assertThat(h.points()).extracting(Point::openMajorNonconformities).containsExactly(0, 0, 1, 1, 1, 1);
  }

  @Test
  void monthly_eachMonthsRollupIsTheEnginesEvaluationThen() {
    ConformityHistory h = ConformityHistory.monthly(engine, demo, Instant.parse("2026-07-10T00:00:00Z"), 6);
    for (Point p : h.points()) {
      assertThat(p.overall()).as(p.month().toString()).isEqualTo(engine.evaluate(demo, p.at()).overall());
    }
    // clause 4.1 never has evidence; from the major of 2 March the system is nonconforming
    assertThat(h.points().get(0).overall().verdict()).isEqualTo(Verdict.NOT_ASSESSED);
    assertThat(h.points().get(2).overall().verdict()).isEqualTo(Verdict.NONCONFORMING);
  }

  @Test
  void monthly_takesMonthsInTheZoneGiven() {
    ConformityHistory h = ConformityHistory.monthly(engine, demo, Instant.parse("2026-06-30T13:00:00Z"), 1,
        ZoneId.of("Pacific/Auckland"));
    // 1 July 01:00 in Auckland: June has ended there
    assertThat(h.points().get(0).month()).isEqualTo(YearMonth.of(2026, 6));
    assertThat(h.points().get(0).at()).isEqualTo(Instant.parse("2026-06-30T11:59:59.999999999Z"));
  }

  @Test
  void monthly_refusesMonthsOutOfRange() {
    Instant asOf = ReportFixtures.AS_OF;
    assertThatThrownBy(() -> ConformityHistory.monthly(engine, demo, asOf, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("months was 0; expected 1 to 120");
    assertThatThrownBy(() -> ConformityHistory.monthly(engine, demo, asOf, 121))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("months was 121");
    assertThatThrownBy(() -> ConformityHistory.monthly(engine, null, asOf, 12))
        .isInstanceOf(NullPointerException.class).hasMessage("system");
  }

  @Test
  void of_refusesMonthsOutOfOrderNamingThem() {
    Rollup r = Rollup.of(Verdict.CONFORMING, VerdictCounts.of(Verdict.CONFORMING));
    Point may = new Point(YearMonth.of(2026, 5), Instant.parse("2026-05-31T00:00:00Z"), r, 0, 0);
    Point april = new Point(YearMonth.of(2026, 4), Instant.parse("2026-04-30T00:00:00Z"), r, 0, 0);
    assertThatThrownBy(() -> ConformityHistory.of(List.of(may, april)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("point 1 is for 2026-04, not after 2026-05");
    assertThatThrownBy(() -> ConformityHistory.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThat(ConformityHistory.of(List.of(april, may)).points()).containsExactly(april, may);
  }

  @Test
  void point_refusesMoreMajorsThanNonconformities() {
    Rollup r = Rollup.of(Verdict.CONFORMING, VerdictCounts.of(Verdict.CONFORMING));
    assertThatThrownBy(() -> new Point(YearMonth.of(2026, 5), Instant.EPOCH, r, 1, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-05");
    assertThatThrownBy(() -> new Point(YearMonth.of(2026, 5), Instant.EPOCH, r, -1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
