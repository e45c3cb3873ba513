package org.qms4j.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.jspecify.annotations.Nullable;
import org.qms4j.InvalidModelException;

/**
 * An indicator fed a random sequence of measurements, in random order, some at instants already
 * measured: every accepted measurement leaves the indicator it was added to unchanged, every
 * refused one changes nothing, and at random instants (and on each side of every measurement and
 * due instant) what the indicator answers is what a brute-force model over the accepted
 * measurements answers.
 */
class IndicatorProperties {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  /** What an indicator is made of; values and targets are small integers, so ties are frequent. */
  record Setup(
      Direction direction,
      double target,
      Duration interval,
      Instant firstDue,
      int window,
      List<Measurement> measurements,
      List<Instant> queries) {}

  private static Instant minute(int n) {
    return T0.plus(Duration.ofMinutes(n));
  }

  @Provide
  Arbitrary<Setup> setups() {
    Arbitrary<Measurement> measurement =
        Combinators.combine(Arbitraries.integers().between(0, 120), Arbitraries.integers().between(0, 4))
            .as((at, v) -> Measurement.of(minute(at), v));
    return Combinators.combine(
            Arbitraries.of(Direction.class),
            Arbitraries.integers().between(0, 4).map(Integer::doubleValue),
            Arbitraries.integers().between(1, 60).map(Duration::ofMinutes),
            Arbitraries.integers().between(0, 150).map(IndicatorProperties::minute),
            Arbitraries.integers().between(2, 6),
            measurement.list().ofMaxSize(30),
            Arbitraries.integers().between(-10, 250).map(IndicatorProperties::minute).list().ofMaxSize(20))
        .as(Setup::new);
  }

  // ---------------------------------------------------------------------------------------------
  // the model

  /** The accepted measurements, in the order they were added, and the indicator's settings. */
  record Model(Setup setup, List<Measurement> accepted) {
    List<Measurement> upTo(Instant t) {
      List<Measurement> byThen = new ArrayList<>();
      for (Measurement m : accepted) {
        if (m.at().compareTo(t) <= 0) {
          byThen.add(m);
        }
      }
      byThen.sort(Comparator.comparing(Measurement::at));
      return byThen;
    }

    Optional<Measurement> latest(Instant t) {
      @Nullable Measurement best = null;
      for (Measurement m : accepted) {
        if (m.at().compareTo(t) <= 0 && (best == null || m.at().isAfter(best.at()))) {
          best = m;
        }
      }
      return Optional.ofNullable(best);
    }

    Optional<Boolean> met(Instant t) {
      return latest(t)
          .map(m -> setup.direction() == Direction.HIGHER_IS_BETTER ? m.value() >= setup.target() : m.value() <= setup.target());
    }

    Optional<Trend> trend(Instant t) {
      List<Measurement> byThen = upTo(t);
      if (byThen.size() < 2) {
        return Optional.empty();
      }
      List<Measurement> window = byThen.subList(Math.max(0, byThen.size() - setup.window()), byThen.size());
      double first = window.get(0).value();
      double last = window.get(window.size() - 1).value();
      if (first == last) {
        return Optional.of(Trend.STABLE);
      }
      boolean rose = last > first;
      boolean higherIsBetter = setup.direction() == Direction.HIGHER_IS_BETTER;
      return Optional.of(rose == higherIsBetter ? Trend.IMPROVING : Trend.WORSENING);
    }

    Instant due(Instant t) {
      return latest(t).map(m -> m.at().plus(setup.interval())).orElse(setup.firstDue());
    }

    boolean overdue(Instant t) {
      return t.compareTo(due(t)) >= 0;
    }
  }

  private static Indicator empty(Setup s) {
    return Indicator.builder()
        .id(IndicatorId.of("hand-hygiene"))
        .name("Hand-hygiene compliance")
        .unit("%")
        .target(s.target())
        .direction(s.direction())
        .measurementInterval(s.interval())
        .firstMeasurementDue(s.firstDue())
        .trendWindow(s.window())
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // properties

  @Property(tries = 200)
  void answersAgreeWithTheModel(@ForAll("setups") Setup s) {
    Indicator indicator = empty(s);
    Model model = new Model(s, new ArrayList<>());
    for (Measurement m : s.measurements()) {
      Indicator before = indicator;
      List<Measurement> beforeMeasurements = List.copyOf(before.measurements());
      if (model.latest(m.at()).filter(l -> l.at().equals(m.at())).isPresent()) {
        assertThatThrownBy(() -> before.withMeasurement(m)).isInstanceOf(InvalidModelException.class);
        Statistics.label("refused").collect(true);
      } else {
        indicator = before.withMeasurement(m);
        model.accepted().add(m);
        Statistics.label("refused").collect(false);
      }
      assertThat(before.measurements()).as("the indicator added to is unchanged").isEqualTo(beforeMeasurements);
    }

    assertThat(indicator.measurements()).isSortedAccordingTo(Comparator.comparing(Measurement::at));
    assertThat(indicator.measurements()).containsExactlyInAnyOrderElementsOf(model.accepted());
    assertThat(indicator).as("built at once, in any order").isEqualTo(ImmutableIndicator.copyOf(empty(s)).withMeasurements(model.accepted()));

    List<Instant> queries = new ArrayList<>(s.queries());
    for (Instant d : indicator.dates()) {
      queries.add(d.minusNanos(1));
      queries.add(d);
      queries.add(d.plusNanos(1));
    }
    for (Instant t : queries) {
      assertThat(indicator.latestAt(t)).as("latestAt %s", t).isEqualTo(model.latest(t));
      assertThat(indicator.isMetAt(t)).as("isMetAt %s", t).isEqualTo(model.met(t));
      assertThat(indicator.trendAt(t)).as("trendAt %s", t).isEqualTo(model.trend(t));
      assertThat(indicator.nextMeasurementDueAt(t)).as("nextMeasurementDueAt %s", t).isEqualTo(model.due(t));
      assertThat(indicator.isOverdueAt(t)).as("isOverdueAt %s", t).isEqualTo(model.overdue(t));
      Statistics.label("trend").collect(indicator.trendAt(t).map(Trend::name).orElse("none"));
    }
  }

  @Property(tries = 200)
  void datesHoldEveryInstantWhereAnAnswerChanges(@ForAll("setups") Setup s) {
    Indicator indicator = ImmutableIndicator.copyOf(empty(s)).withMeasurements(distinctByInstant(s.measurements()));
    List<Instant> dates = indicator.dates();

    for (Instant t : s.queries()) {
      Instant before = t.minusNanos(1);
      boolean changed =
          !indicator.latestAt(before).equals(indicator.latestAt(t))
              || indicator.isOverdueAt(before) != indicator.isOverdueAt(t);
      if (changed) {
        assertThat(dates).as("an answer changes at %s", t).contains(t);
      }
    }
  }

  private static List<Measurement> distinctByInstant(List<Measurement> all) {
    List<Measurement> kept = new ArrayList<>();
    for (Measurement m : all) {
      if (kept.stream().noneMatch(k -> k.at().equals(m.at()))) {
        kept.add(m);
      }
    }
    return kept;
  }
}
