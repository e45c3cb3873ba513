package org.qms4j.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.qms4j.InvalidModelException;
import org.qms4j.people.PersonId;

/**
 * Risks on any scale, at any levels within it, reviewed at any instant of a few centuries with any
 * interval: the rating lies within the scale's bounds, levels outside the scale are refused, and
 * the review is overdue exactly from the due instant on, which lies after the last review by at
 * most {@value Risk#MAX_REVIEW_DAYS} days and keeps its time of day.
 */
class RiskProperties {
  private static final Instant EPOCH = Instant.parse("1900-01-01T00:00:00Z");
  private static final PersonId ANA = PersonId.of("ana");

  record Levels(RiskScale scale, int likelihood, int severity) {}

  @Provide
  Arbitrary<Levels> levels() {
    return Combinators.combine(Arbitraries.integers().between(2, 10), Arbitraries.integers().between(2, 10))
        .as(RiskScale::new)
        .flatMap(
            s ->
                Combinators.combine(
                        Arbitraries.integers().between(1, s.likelihoodLevels()), Arbitraries.integers().between(1, s.severityLevels()))
                    .as((l, v) -> new Levels(s, l, v)));
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(0, 200L * 366 * 86_400 * 1_000_000_000L).map(EPOCH::plusNanos);
  }

  @Provide
  Arbitrary<Period> intervals() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 11), Arbitraries.integers().between(0, 31))
        .as(Period::of)
        .filter(p -> !p.isZero());
  }

  private static ImmutableRisk.Builder risk(RiskScale scale, int likelihood, int severity) {
    return Risk.builder()
        .id(RiskId.of("R-1"))
        .kind(RiskKind.RISK)
        .title("Wrong-site surgery")
        .description("The site is not marked before the patient leaves the ward.")
        .scale(scale)
        .likelihood(likelihood)
        .severity(severity)
        .owner(ANA)
        .lastReviewedAt(EPOCH)
        .reviewInterval(Period.ofYears(1));
  }

  @Property(tries = 200)
  void ratingLiesWithinTheScale(@ForAll("levels") Levels before, @ForAll("levels") Levels after) {
    RiskScale scale = before.scale();
    int residualLikelihood = Math.min(after.likelihood(), scale.likelihoodLevels());
    int residualSeverity = Math.min(after.severity(), scale.severityLevels());
    Risk r =
        risk(scale, before.likelihood(), before.severity())
            .residualLikelihood(residualLikelihood)
            .residualSeverity(residualSeverity)
            .build();

    assertThat(r.rating()).isBetween(1, scale.maxRating()).isEqualTo(before.likelihood() * before.severity());
    assertThat(r.residualRating()).hasValueSatisfying(v -> assertThat(v).isBetween(1, scale.maxRating()));
    assertThat(risk(scale, scale.likelihoodLevels(), scale.severityLevels()).build().rating()).isEqualTo(scale.maxRating());
    assertThat(risk(scale, 1, 1).build().rating()).isEqualTo(1);
  }

  @Property(tries = 200)
  void levelsOutsideTheScaleAreRefused(
      @ForAll("levels") Levels ok, @ForAll @IntRange(min = -3, max = 3) int beyond, @ForAll boolean onLikelihood) {
    RiskScale s = ok.scale();
    int bad = beyond <= 0 ? beyond : (onLikelihood ? s.likelihoodLevels() : s.severityLevels()) + beyond;
    int likelihood = onLikelihood ? bad : ok.likelihood();
    int severity = onLikelihood ? ok.severity() : bad;

    assertThatThrownBy(() -> risk(s, likelihood, severity).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining(onLikelihood ? "likelihood was " + bad : "severity was " + bad);
    assertThatThrownBy(() -> risk(s, ok.likelihood(), ok.severity()).residualLikelihood(likelihood).residualSeverity(severity).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining(onLikelihood ? "residualLikelihood was " + bad : "residualSeverity was " + bad);
  }

  @Property(tries = 200)
  void reviewIsOverdueExactlyFromTheDueInstant(
      @ForAll("instants") Instant last,
      @ForAll("intervals") Period interval,
      @ForAll @LongRange(min = 0, max = 4_000L * 86_400) long secondsAfterDue) {
    Risk r = risk(RiskScale.of(5, 5), 3, 3).lastReviewedAt(last).reviewInterval(interval).build();
    Instant due = r.nextReviewDue();

    assertThat(due).isAfter(last);
    assertThat(Duration.between(last, due)).isLessThanOrEqualTo(Duration.ofDays(Risk.MAX_REVIEW_DAYS));
    assertThat(due.atOffset(ZoneOffset.UTC).toLocalTime()).as("keeps the time of day").isEqualTo(last.atOffset(ZoneOffset.UTC).toLocalTime());
    LocalDate lastDay = last.atOffset(ZoneOffset.UTC).toLocalDate();
    long months = interval.toTotalMonths();
    assertThat(ChronoUnit.DAYS.between(lastDay, due.atOffset(ZoneOffset.UTC).toLocalDate()))
        .as("at least 28 days a month and 1 a day, at most 31 and 1")
        .isBetween(28 * months + interval.getDays(), 31 * months + interval.getDays());

    assertThat(r.isReviewOverdueAt(last)).isFalse();
    assertThat(r.isReviewOverdueAt(due.minusNanos(1))).isFalse();
    assertThat(r.isReviewOverdueAt(due)).isTrue();
    assertThat(r.isReviewOverdueAt(due.plusSeconds(secondsAfterDue))).isTrue();
    assertThat(r.dates()).containsExactly(last, due);
  }

  @Property(tries = 200)
  void reviewingMovesTheDueInstantAndNeverGoesBack(
      @ForAll("instants") Instant last,
      @ForAll("intervals") Period interval,
      @ForAll @LongRange(min = -86_400, max = 4_000L * 86_400) long secondsLater) {
    Risk r = risk(RiskScale.of(5, 5), 3, 3).lastReviewedAt(last).reviewInterval(interval).build();
    Instant at = last.plusSeconds(secondsLater);

    if (at.isBefore(last)) {
      assertThatThrownBy(() -> r.reviewed(at, ANA)).isInstanceOf(InvalidModelException.class);
      return;
    }
    Risk again = r.reviewed(at, ANA);

    assertThat(again.lastReviewedAt()).isEqualTo(at);
    // calendar months clamp at month ends (31 March + 1 month = 30 April, as is 30 March + 1
    // month), so a later review may fall due up to three days before an earlier one, never more
    assertThat(again.nextReviewDue()).isAfter(at).isAfterOrEqualTo(r.nextReviewDue().minus(java.time.Duration.ofDays(3)));
    assertThat(again.isReviewOverdueAt(at)).isFalse();
    assertThat(r.lastReviewedAt()).as("the original is unchanged").isEqualTo(last);
    assertThat(again.rating()).isEqualTo(r.rating());
  }
}
