package org.qms4j.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qms4j.InvalidModelException;

class IndicatorTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final Duration MONTH = Duration.ofDays(30);

  private static Instant day(long n) {
    return START.plus(Duration.ofDays(n));
  }

  /** Hand-hygiene compliance: %, higher is better, target 90, measured every 30 days from day 30. */
  static ImmutableIndicator.Builder handHygiene() {
    return Indicator.builder()
        .id(IndicatorId.of("hand-hygiene"))
        .name("Hand-hygiene compliance")
        .unit("%")
        .target(90)
        .direction(Direction.HIGHER_IS_BETTER)
        .measurementInterval(MONTH)
        .firstMeasurementDue(day(30));
  }

  /** Falls per 1,000 bed-days: lower is better, target 3.0. */
  static ImmutableIndicator.Builder falls() {
    return Indicator.builder()
        .id(IndicatorId.of("falls"))
        .name("Inpatient falls")
        .unit("per 1,000 bed-days")
        .target(3.0)
        .direction(Direction.LOWER_IS_BETTER)
        .measurementInterval(MONTH)
        .firstMeasurementDue(day(30));
  }

  /** Complaint response time: hours, lower is better, target 72. */
  static ImmutableIndicator.Builder complaintResponse() {
    return Indicator.builder()
        .id(IndicatorId.of("complaint-response"))
        .name("Complaint response time")
        .unit("hours")
        .target(72)
        .direction(Direction.LOWER_IS_BETTER)
        .measurementInterval(Duration.ofDays(7))
        .firstMeasurementDue(day(7));
  }

  private static Measurement m(long day, double value) {
    return Measurement.of(day(day), value);
  }

  // ---------------------------------------------------------------------------------------------
  // building

  @Test
  void build_allAttributes_keepsThem() {
    Indicator i = handHygiene().trendWindow(4).addMeasurement(m(30, 88.5)).build();

    assertThat(i.id()).isEqualTo(IndicatorId.of("hand-hygiene"));
    assertThat(i.name()).isEqualTo("Hand-hygiene compliance");
    assertThat(i.unit()).isEqualTo("%");
    assertThat(i.target()).isEqualTo(90.0);
    assertThat(i.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(i.measurementInterval()).isEqualTo(MONTH);
    assertThat(i.firstMeasurementDue()).isEqualTo(day(30));
    assertThat(i.measurements()).containsExactly(m(30, 88.5));
    assertThat(i.trendWindow()).isEqualTo(4);
  }

  @Test
  void build_noTrendWindow_defaultsToThree() {
    assertThat(handHygiene().build().trendWindow()).isEqualTo(3);
    assertThat(handHygiene().build().measurements()).isEmpty();
  }

  @Test
  void build_measurementsOutOfOrder_keepsThemSortedByInstant() {
    Indicator i = falls().addMeasurements(m(90, 2.5), m(30, 3.5), m(60, 3.1)).build();

    assertThat(i.measurements()).containsExactly(m(30, 3.5), m(60, 3.1), m(90, 2.5));
  }

  @Test
  void build_twoMeasurementsAtOneInstant_throwsNamingTheInstant() {
    assertThatThrownBy(() -> falls().addMeasurements(m(30, 3.5), m(60, 3.1), m(30, 2.0)).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("indicator falls: measurements had two at " + day(30) + "; expected at most one per instant");
  }

  @Test
  void build_twoMeasurementsAtOneInstantInOrder_throws() {
    assertThatThrownBy(() -> falls().addMeasurements(m(30, 3.5), m(30, 3.5)).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("measurements had two at " + day(30));
  }

  @Test
  void build_nonFiniteTarget_throwsNamingIt() {
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> handHygiene().target(bad).build())
          .isInstanceOf(InvalidModelException.class)
          .hasMessage("indicator hand-hygiene: target was " + bad + "; expected a finite number");
    }
  }

  @Test
  void build_zeroNegativeOrTooLongInterval_throwsNamingIt() {
    for (Duration d : List.of(Duration.ZERO, Duration.ofNanos(-1), Duration.ofDays(3_660).plusNanos(1))) {
      assertThatThrownBy(() -> handHygiene().measurementInterval(d).build())
          .as("%s", d)
          .isInstanceOf(InvalidModelException.class)
          .hasMessage("indicator hand-hygiene: measurementInterval was " + d + "; expected more than zero and at most 3660 days");
    }
  }

  @Test
  void build_shortestAndLongestInterval_areAccepted() {
    assertThat(handHygiene().measurementInterval(Duration.ofNanos(1)).build().measurementInterval()).isEqualTo(Duration.ofNanos(1));
    assertThat(handHygiene().measurementInterval(Duration.ofDays(3_660)).build().measurementInterval())
        .isEqualTo(Duration.ofDays(3_660));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 1, 101})
  void build_trendWindowOutOfRange_throwsNamingIt(int window) {
    assertThatThrownBy(() -> handHygiene().trendWindow(window).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("indicator hand-hygiene: trendWindow was " + window + "; expected 2 to 100");
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 100})
  void build_trendWindowAtTheLimits_isAccepted(int window) {
    assertThat(handHygiene().trendWindow(window).build().trendWindow()).isEqualTo(window);
  }

  @Test
  void build_badNameOrUnit_throwsNamingTheField() {
    assertThatThrownBy(() -> handHygiene().name(" ").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("indicator hand-hygiene: name was blank; expected some text");
    assertThatThrownBy(() -> handHygiene().name("Hand\nhygiene").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("indicator hand-hygiene: name holds character U+000A at index 4");
    assertThatThrownBy(() -> handHygiene().name("n".repeat(301)).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("indicator hand-hygiene: name was 301 characters long; expected at most 300");
    assertThatThrownBy(() -> handHygiene().unit("u".repeat(51)).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("indicator hand-hygiene: unit was 51 characters long; expected at most 50");
    assertThat(handHygiene().name("n".repeat(300)).unit("u".repeat(50)).build().unit()).hasSize(50);
  }

  @Test
  void build_tooManyMeasurements_throwsNamingTheLimit() {
    List<Measurement> many = new ArrayList<>();
    for (int k = 0; k <= Indicator.MAX_MEASUREMENTS; k++) {
      many.add(Measurement.of(START.plusSeconds(k), 95));
    }
    Indicator full = handHygiene().measurements(many.subList(0, Indicator.MAX_MEASUREMENTS)).build();

    assertThat(full.measurements()).hasSize(10_000);
    assertThatThrownBy(() -> handHygiene().measurements(many).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("indicator hand-hygiene: measurements had 10001 entries; expected at most 10000");
    assertThatThrownBy(() -> full.withMeasurement(Measurement.of(day(400), 95)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("expected at most 10000");
  }

  @Test
  void build_measurementTooLateForTheNextDue_throws() {
    Instant last = Instant.MAX.minus(MONTH);

    assertThat(handHygiene().addMeasurement(Measurement.of(last, 91)).build().nextMeasurementDueAt(Instant.MAX)).isEqualTo(Instant.MAX);
    assertThatThrownBy(() -> handHygiene().addMeasurement(Measurement.of(last.plusNanos(1), 91)).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("indicator hand-hygiene: measurements had one at " + last.plusNanos(1))
        .hasMessageContaining("expected at most " + last);
  }

  @Test
  void build_missingAttributes_throwsNamingThem() {
    assertThatThrownBy(() -> Indicator.builder().id(IndicatorId.of("x")).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("name")
        .hasMessageContaining("unit")
        .hasMessageContaining("target")
        .hasMessageContaining("direction")
        .hasMessageContaining("measurementInterval")
        .hasMessageContaining("firstMeasurementDue");
  }

  @Test
  void measurements_areUnmodifiable() {
    Indicator i = falls().addMeasurement(m(30, 3.5)).build();

    assertThatThrownBy(() -> i.measurements().add(m(60, 1))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> i.dates().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  // ---------------------------------------------------------------------------------------------
  // measurements

  @Test
  void measurement_nonFiniteValue_throwsNamingIt() {
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> Measurement.of(START, bad))
          .isInstanceOf(InvalidModelException.class)
          .hasMessage("measurement at " + START + ": value was " + bad + "; expected a finite number");
    }
    assertThatThrownBy(() -> Measurement.of(null, 1)).isInstanceOf(NullPointerException.class).hasMessage("at");
    assertThat(Measurement.of(START, -Double.MAX_VALUE).value()).isEqualTo(-Double.MAX_VALUE);
  }

  @Test
  void withMeasurement_outOfOrder_isPlacedByInstantAndLeavesTheOriginal() {
    Indicator none = falls().build();
    Indicator one = none.withMeasurement(m(60, 3.1));
    Indicator two = one.withMeasurement(m(30, 3.5));
    Indicator three = two.withMeasurement(m(45, 3.3));

    assertThat(none.measurements()).isEmpty();
    assertThat(one.measurements()).containsExactly(m(60, 3.1));
    assertThat(two.measurements()).containsExactly(m(30, 3.5), m(60, 3.1));
    assertThat(three.measurements()).containsExactly(m(30, 3.5), m(45, 3.3), m(60, 3.1));
    assertThat(three).isEqualTo(falls().addMeasurements(m(30, 3.5), m(45, 3.3), m(60, 3.1)).build());
  }

  @Test
  void withMeasurement_atAnInstantAlreadyMeasured_throwsAndChangesNothing() {
    Indicator i = falls().addMeasurement(m(30, 3.5)).build();

    assertThatThrownBy(() -> i.withMeasurement(m(30, 2.0)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("indicator falls: measurements had one at " + day(30) + " already; expected at most one per instant");
    assertThat(i.measurements()).containsExactly(m(30, 3.5));
  }

  // ---------------------------------------------------------------------------------------------
  // latest, met

  @Test
  void latestAt_isTheLastMeasurementAtOrBeforeTheInstant() {
    Indicator i = handHygiene().addMeasurements(m(30, 85), m(60, 92)).build();

    assertThat(i.latestAt(day(30).minusNanos(1))).isEmpty();
    assertThat(i.latestAt(day(30))).contains(m(30, 85));
    assertThat(i.latestAt(day(60).minusNanos(1))).contains(m(30, 85));
    assertThat(i.latestAt(day(60))).contains(m(60, 92));
    assertThat(i.latestAt(day(1_000))).contains(m(60, 92));
  }

  @Test
  void isMetAt_higherIsBetter_metAtOrAboveTheTarget() {
    Indicator i = handHygiene().addMeasurements(m(30, 89.9), m(60, 90), m(90, 97.2)).build();

    assertThat(i.isMetAt(day(29))).as("nothing measured yet").isEmpty();
    assertThat(i.isMetAt(day(30))).contains(false);
    assertThat(i.isMetAt(day(60).minusNanos(1))).contains(false);
    assertThat(i.isMetAt(day(60))).as("equal to the target").contains(true);
    assertThat(i.isMetAt(day(90))).contains(true);
  }

  @Test
  void isMetAt_lowerIsBetter_metAtOrBelowTheTarget() {
    Indicator f = falls().addMeasurements(m(30, 3.4), m(60, 3.0), m(90, 2.1), m(120, 3.01)).build();

    assertThat(f.isMetAt(day(30))).contains(false);
    assertThat(f.isMetAt(day(60))).as("equal to the target").contains(true);
    assertThat(f.isMetAt(day(90))).contains(true);
    assertThat(f.isMetAt(day(120))).contains(false);

    Indicator c = complaintResponse().addMeasurements(m(7, 96), m(14, 72), m(21, 48)).build();
    assertThat(c.isMetAt(day(7))).contains(false);
    assertThat(c.isMetAt(day(14))).contains(true);
    assertThat(c.isMetAt(day(21))).contains(true);
  }

  @Test
  void direction_meetsAndIsBetter() {
    assertThat(Direction.HIGHER_IS_BETTER.meets(90, 90)).isTrue();
    assertThat(Direction.HIGHER_IS_BETTER.meets(89, 90)).isFalse();
    assertThat(Direction.LOWER_IS_BETTER.meets(3, 3)).isTrue();
    assertThat(Direction.LOWER_IS_BETTER.meets(3.1, 3)).isFalse();
    assertThat(Direction.HIGHER_IS_BETTER.isBetter(91, 90)).isTrue();
    assertThat(Direction.HIGHER_IS_BETTER.isBetter(90, 90)).isFalse();
    assertThat(Direction.LOWER_IS_BETTER.isBetter(2, 3)).isTrue();
    assertThat(Direction.LOWER_IS_BETTER.isBetter(3, 3)).isFalse();
  }

  // ---------------------------------------------------------------------------------------------
  // trend

  @Test
  void trendAt_fewerThanTwoMeasurements_isEmpty() {
    Indicator i = handHygiene().addMeasurements(m(30, 85), m(60, 92)).build();

    assertThat(handHygiene().build().trendAt(day(1_000))).isEmpty();
    assertThat(i.trendAt(day(30))).isEmpty();
    assertThat(i.trendAt(day(60).minusNanos(1))).isEmpty();
    assertThat(i.trendAt(day(60))).contains(Trend.IMPROVING);
  }

  @Test
  void trendAt_higherIsBetter_comparesTheLastWithTheFirstOfTheWindow() {
    // window 3: at day 90 it holds 80, 95, 85: 85 > 80 improving, whatever 95 in between
    Indicator i = handHygiene().addMeasurements(m(30, 80), m(60, 95), m(90, 85), m(120, 84)).build();

    assertThat(i.trendAt(day(90))).contains(Trend.IMPROVING);
    // at day 120 the window is 95, 85, 84: 84 < 95
    assertThat(i.trendAt(day(120))).contains(Trend.WORSENING);
  }

  @Test
  void trendAt_lowerIsBetter_fallingValuesImprove() {
    Indicator f = falls().addMeasurements(m(30, 3.6), m(60, 3.2), m(90, 2.8)).build();
    Indicator rising = falls().addMeasurements(m(30, 2.8), m(60, 3.2)).build();

    assertThat(f.trendAt(day(90))).contains(Trend.IMPROVING);
    assertThat(rising.trendAt(day(60))).contains(Trend.WORSENING);
  }

  @Test
  void trendAt_tieBetweenFirstAndLast_isStableWhateverLiesBetween() {
    Indicator f = falls().addMeasurements(m(30, 3.0), m(60, 5.0), m(90, 3.0)).build();
    Indicator flat = handHygiene().addMeasurements(m(30, 92), m(60, 92)).build();

    assertThat(f.trendAt(day(90))).contains(Trend.STABLE);
    assertThat(flat.trendAt(day(60))).contains(Trend.STABLE);
  }

  @Test
  void trendAt_windowOfTwo_comparesTheLastTwoOnly() {
    Indicator i = handHygiene().trendWindow(2).addMeasurements(m(30, 70), m(60, 95), m(90, 93)).build();

    assertThat(i.trendAt(day(90))).contains(Trend.WORSENING);
    assertThat(ImmutableIndicator.copyOf(i).withTrendWindow(3).trendAt(day(90))).contains(Trend.IMPROVING);
  }

  @Test
  void trendAt_ignoresMeasurementsAfterTheInstant() {
    Indicator i = handHygiene().addMeasurements(m(30, 80), m(60, 90), m(90, 70)).build();

    assertThat(i.trendAt(day(89))).contains(Trend.IMPROVING);
    assertThat(i.trendAt(day(90))).contains(Trend.WORSENING);
  }

  // ---------------------------------------------------------------------------------------------
  // due and overdue

  @Test
  void nextMeasurementDueAt_nothingMeasured_isTheFirstDueInstant() {
    Indicator i = handHygiene().build();

    assertThat(i.nextMeasurementDueAt(START)).isEqualTo(day(30));
    assertThat(i.nextMeasurementDueAt(day(500))).isEqualTo(day(30));
  }

  @Test
  void nextMeasurementDueAt_afterAMeasurement_isOneIntervalAfterTheLatest() {
    Indicator i = handHygiene().addMeasurements(m(28, 91), m(61, 93)).build();

    assertThat(i.nextMeasurementDueAt(day(27))).isEqualTo(day(30));
    assertThat(i.nextMeasurementDueAt(day(28))).isEqualTo(day(58));
    assertThat(i.nextMeasurementDueAt(day(61))).isEqualTo(day(91));
  }

  @Test
  void isOverdueAt_exactlyAtTheFirstDueInstant_isOverdueAndOneNanosecondBeforeIsNot() {
    Indicator i = handHygiene().build();

    assertThat(i.isOverdueAt(day(30).minusNanos(1))).isFalse();
    assertThat(i.isOverdueAt(day(30))).isTrue();
    assertThat(i.isOverdueAt(day(300))).isTrue();
  }

  @Test
  void isOverdueAt_measuredAtTheDueInstant_isInTime() {
    Indicator i = handHygiene().addMeasurement(m(30, 91)).build();

    assertThat(i.isOverdueAt(day(30))).isFalse();
    assertThat(i.isOverdueAt(day(60).minusNanos(1))).isFalse();
    assertThat(i.isOverdueAt(day(60))).isTrue();
  }

  @Test
  void isOverdueAt_measuredLate_isOverdueUntilTheMeasurement() {
    Indicator i = handHygiene().addMeasurement(m(40, 91)).build();

    assertThat(i.isOverdueAt(day(39))).isTrue();
    assertThat(i.isOverdueAt(day(40))).isFalse();
    assertThat(i.nextMeasurementDueAt(day(40))).isEqualTo(day(70));
  }

  @Test
  void isOverdueAt_baselineBeforeTheFirstDue_countsTheIntervalFromTheBaseline() {
    Indicator i = handHygiene().addMeasurement(m(0, 75)).build();

    assertThat(i.isOverdueAt(day(29))).isFalse();
    assertThat(i.isOverdueAt(day(30))).isTrue();
    assertThat(i.nextMeasurementDueAt(START.minusNanos(1))).isEqualTo(day(30));
  }

  @Test
  void dates_holdTheFirstDueEveryMeasurementAndTheDueAfterEach() {
    Indicator i = handHygiene().addMeasurements(m(28, 91), m(61, 93)).build();

    assertThat(handHygiene().build().dates()).containsExactly(day(30));
    assertThat(i.dates()).containsExactlyInAnyOrder(day(30), day(28), day(58), day(61), day(91));
  }

  @Test
  void methods_nullInstant_throwNamingIt() {
    Indicator i = handHygiene().build();

    assertThatThrownBy(() -> i.latestAt(null)).isInstanceOf(NullPointerException.class).hasMessage("instant");
    assertThatThrownBy(() -> i.isMetAt(null)).isInstanceOf(NullPointerException.class).hasMessage("instant");
    assertThatThrownBy(() -> i.trendAt(null)).isInstanceOf(NullPointerException.class).hasMessage("instant");
    assertThatThrownBy(() -> i.nextMeasurementDueAt(null)).isInstanceOf(NullPointerException.class).hasMessage("instant");
    assertThatThrownBy(() -> i.isOverdueAt(null)).isInstanceOf(NullPointerException.class).hasMessage("instant");
    assertThatThrownBy(() -> i.withMeasurement(null)).isInstanceOf(NullPointerException.class).hasMessage("measurement");
  }
}
