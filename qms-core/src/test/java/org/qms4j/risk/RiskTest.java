package org.qms4j.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.RequirementId;
import org.qms4j.people.PersonId;

class RiskTest {
  private static final Instant REVIEWED = Instant.parse("2026-01-15T09:00:00Z");
  private static final PersonId ANA = PersonId.of("ana");
  private static final PersonId BEN = PersonId.of("ben");
  private static final RequirementId RISKS = RequirementId.of("iso-9001:2015/6.1.1");

  private static ImmutableRisk.Builder sepsis() {
    return Risk.builder()
        .id(RiskId.of("R-12"))
        .kind(RiskKind.RISK)
        .title("Sepsis screening missed at triage")
        .description("Night shifts in the emergency department skip the screening tool.\nSeen in two incidents.")
        .addRequirement(RISKS)
        .scale(RiskScale.of(5, 5))
        .likelihood(3)
        .severity(5)
        .owner(ANA)
        .lastReviewedAt(REVIEWED)
        .reviewInterval(Period.ofMonths(6));
  }

  // ---------------------------------------------------------------------------------------------
  // building

  @Test
  void build_allAttributes_keepsThem() {
    Risk r =
        sepsis()
            .addAction("Screening prompt added to the triage form")
            .residualLikelihood(2)
            .residualSeverity(5)
            .lastReviewedBy(BEN)
            .build();

    assertThat(r.id()).isEqualTo(RiskId.of("R-12"));
    assertThat(r.kind()).isEqualTo(RiskKind.RISK);
    assertThat(r.title()).isEqualTo("Sepsis screening missed at triage");
    assertThat(r.description()).startsWith("Night shifts");
    assertThat(r.requirements()).containsExactly(RISKS);
    assertThat(r.scale()).isEqualTo(new RiskScale(5, 5));
    assertThat(r.likelihood()).isEqualTo(3);
    assertThat(r.severity()).isEqualTo(5);
    assertThat(r.actions()).containsExactly("Screening prompt added to the triage form");
    assertThat(r.residualLikelihood()).contains(2);
    assertThat(r.residualSeverity()).contains(5);
    assertThat(r.owner()).isEqualTo(ANA);
    assertThat(r.lastReviewedAt()).isEqualTo(REVIEWED);
    assertThat(r.lastReviewedBy()).contains(BEN);
    assertThat(r.reviewInterval()).isEqualTo(Period.ofMonths(6));
  }

  @Test
  void build_opportunityWithoutRequirementsActionsOrResidual_isAccepted() {
    Risk r =
        sepsis()
            .id(RiskId.of("O-3"))
            .kind(RiskKind.OPPORTUNITY)
            .title("Electronic hand-over notes")
            .requirements(Set.of())
            .build();

    assertThat(r.kind()).isEqualTo(RiskKind.OPPORTUNITY);
    assertThat(r.requirements()).isEmpty();
    assertThat(r.actions()).isEmpty();
    assertThat(r.residualRating()).isEmpty();
    assertThat(r.lastReviewedBy()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"0,3,likelihood,0,5", "6,3,likelihood,6,5", "3,0,severity,0,5", "3,6,severity,6,5", "-1,3,likelihood,-1,5"})
  void build_levelOutsideTheScale_throwsNamingIt(int likelihood, int severity, String field, int value, int levels) {
    assertThatThrownBy(() -> sepsis().likelihood(likelihood).severity(severity).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("risk R-12: " + field + " was " + value + "; expected 1 to " + levels + " on the scale");
  }

  @Test
  void build_levelsAtTheEdgesOfAnUnevenScale_areAccepted() {
    Risk r = sepsis().scale(RiskScale.of(2, 10)).likelihood(2).severity(10).build();
    Risk low = sepsis().scale(RiskScale.of(2, 10)).likelihood(1).severity(1).build();

    assertThat(r.rating()).isEqualTo(20);
    assertThat(low.rating()).isEqualTo(1);
    assertThatThrownBy(() -> sepsis().scale(RiskScale.of(2, 10)).likelihood(3).severity(10).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("risk R-12: likelihood was 3; expected 1 to 2 on the scale");
  }

  @Test
  void build_residualOutsideTheScale_throwsNamingIt() {
    assertThatThrownBy(() -> sepsis().residualLikelihood(6).residualSeverity(1).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("risk R-12: residualLikelihood was 6; expected 1 to 5 on the scale");
    assertThatThrownBy(() -> sepsis().residualLikelihood(1).residualSeverity(0).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("risk R-12: residualSeverity was 0; expected 1 to 5 on the scale");
  }

  @Test
  void build_residualLikelihoodWithoutSeverity_throws() {
    assertThatThrownBy(() -> sepsis().residualLikelihood(2).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("risk R-12: residualLikelihood was set without residualSeverity; expected both or neither");
    assertThatThrownBy(() -> sepsis().residualSeverity(2).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("risk R-12: residualSeverity was set without residualLikelihood; expected both or neither");
  }

  @Test
  void build_badTitleOrDescription_throwsNamingIt() {
    assertThatThrownBy(() -> sepsis().title("Sepsis\nscreening").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("risk R-12: title holds character U+000A at index 6");
    assertThatThrownBy(() -> sepsis().title("t".repeat(301)).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("risk R-12: title was 301 characters long; expected at most 300");
    assertThatThrownBy(() -> sepsis().description(" ").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("risk R-12: description was blank; expected some text");
    assertThatThrownBy(() -> sepsis().description("d".repeat(10_001)).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("risk R-12: description was 10001 characters long; expected at most 10000");
    assertThat(sepsis().title("t".repeat(300)).description("d".repeat(10_000)).build().description()).hasSize(10_000);
  }

  @Test
  void build_badOrTooManyActions_throwsNamingTheIndex() {
    List<String> many = new ArrayList<>();
    for (int k = 0; k <= Risk.MAX_ACTIONS; k++) {
      many.add("Action " + k);
    }

    assertThat(sepsis().actions(many.subList(0, 100)).build().actions()).hasSize(100);
    assertThatThrownBy(() -> sepsis().actions(many).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("risk R-12: actions had 101 entries; expected at most 100");
    assertThatThrownBy(() -> sepsis().addActions("Prompt added", "").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("risk R-12: actions[1] was blank; expected some text");
    assertThatThrownBy(() -> sepsis().addAction("a".repeat(1_001)).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("risk R-12: actions[0] was 1001 characters long; expected at most 1000");
  }

  @Test
  void build_tooManyRequirements_throws() {
    List<RequirementId> many = new ArrayList<>();
    for (int k = 0; k <= Risk.MAX_REQUIREMENTS; k++) {
      many.add(RequirementId.of("r-" + k));
    }

    assertThat(sepsis().requirements(many.subList(0, 1_000)).build().requirements()).hasSize(1_000);
    assertThatThrownBy(() -> sepsis().requirements(many).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("risk R-12: requirements had 1001 entries; expected at most 1000");
  }

  @Test
  void build_zeroOrPartlyNegativeReviewInterval_throwsNamingIt() {
    for (Period p : List.of(Period.ZERO, Period.ofDays(-1), Period.of(0, 1, -3), Period.ofYears(-1))) {
      assertThatThrownBy(() -> sepsis().reviewInterval(p).build())
          .as("%s", p)
          .isInstanceOf(InvalidModelException.class)
          .hasMessage("risk R-12: reviewInterval was " + p + "; expected no negative part and more than zero");
    }
  }

  @Test
  void build_reviewIntervalSpanningMoreThan3660Days_throws() {
    assertThat(sepsis().reviewInterval(Period.ofYears(10)).build().nextReviewDue()).isEqualTo(Instant.parse("2036-01-15T09:00:00Z"));
    assertThat(sepsis().reviewInterval(Period.ofDays(3_660)).build().reviewInterval()).isEqualTo(Period.ofDays(3_660));
    assertThatThrownBy(() -> sepsis().reviewInterval(Period.ofDays(3_661)).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("risk R-12: reviewInterval was P3661D; expected at most 3660 days from lastReviewedAt " + REVIEWED);
    assertThatThrownBy(() -> sepsis().reviewInterval(Period.ofYears(Integer.MAX_VALUE)).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("fell past the last instant supported");
  }

  @Test
  void build_lastReviewNearTheEndOfTime_throwsRatherThanOverflowing() {
    assertThatThrownBy(() -> sepsis().lastReviewedAt(Instant.MAX).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("risk R-12: reviewInterval P6M from lastReviewedAt " + Instant.MAX + " fell past the last instant supported");
  }

  @Test
  void build_missingAttributes_throwsNamingThem() {
    assertThatThrownBy(() -> Risk.builder().id(RiskId.of("R-9")).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("kind")
        .hasMessageContaining("scale")
        .hasMessageContaining("owner")
        .hasMessageContaining("reviewInterval");
  }

  @Test
  void collections_areUnmodifiable() {
    Risk r = sepsis().addAction("Prompt added").build();

    assertThatThrownBy(() -> r.actions().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.requirements().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.dates().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  // ---------------------------------------------------------------------------------------------
  // ratings

  @Test
  void rating_isLikelihoodTimesSeverity() {
    assertThat(sepsis().build().rating()).isEqualTo(15);
    assertThat(sepsis().likelihood(1).severity(1).build().rating()).isEqualTo(1);
    assertThat(sepsis().likelihood(5).severity(5).build().rating()).isEqualTo(25);
  }

  @Test
  void residualRating_isResidualLikelihoodTimesSeverityWhenAssessed() {
    assertThat(sepsis().residualLikelihood(2).residualSeverity(5).build().residualRating()).contains(10);
    assertThat(sepsis().build().residualRating()).isEmpty();
  }

  @Test
  void residualRating_mayExceedTheRating() {
    Risk r = sepsis().likelihood(1).severity(2).residualLikelihood(3).residualSeverity(2).build();

    assertThat(r.residualRating()).contains(6);
    assertThat(r.rating()).isEqualTo(2);
  }

  // ---------------------------------------------------------------------------------------------
  // review

  @Test
  void nextReviewDue_addsTheIntervalOnTheUtcCalendar() {
    Instant endOfJanuary = Instant.parse("2026-01-31T23:30:00Z");
    Instant leapDay = Instant.parse("2028-02-29T12:00:00Z");

    assertThat(sepsis().build().nextReviewDue()).isEqualTo(Instant.parse("2026-07-15T09:00:00Z"));
    assertThat(sepsis().lastReviewedAt(endOfJanuary).reviewInterval(Period.ofMonths(1)).build().nextReviewDue())
        .isEqualTo(Instant.parse("2026-02-28T23:30:00Z"));
    assertThat(sepsis().lastReviewedAt(leapDay).reviewInterval(Period.ofYears(1)).build().nextReviewDue())
        .isEqualTo(Instant.parse("2029-02-28T12:00:00Z"));
    assertThat(sepsis().reviewInterval(Period.of(1, 2, 3)).build().nextReviewDue()).isEqualTo(Instant.parse("2027-03-18T09:00:00Z"));
  }

  @Test
  void isReviewOverdueAt_exactlyAtTheDueInstant_isOverdueAndOneNanosecondBeforeIsNot() {
    Risk r = sepsis().build();
    Instant due = Instant.parse("2026-07-15T09:00:00Z");

    assertThat(r.isReviewOverdueAt(REVIEWED)).isFalse();
    assertThat(r.isReviewOverdueAt(due.minusNanos(1))).isFalse();
    assertThat(r.isReviewOverdueAt(due)).isTrue();
    assertThat(r.isReviewOverdueAt(due.plusSeconds(86_400 * 365L))).isTrue();
    assertThat(r.isReviewOverdueAt(REVIEWED.minusSeconds(1))).as("before the last review").isFalse();
  }

  @Test
  void dates_holdTheLastReviewAndTheNextDue() {
    assertThat(sepsis().build().dates()).containsExactly(REVIEWED, Instant.parse("2026-07-15T09:00:00Z"));
  }

  @Test
  void reviewed_movesTheLastReviewAndLeavesTheOriginal() {
    Risk r = sepsis().build();
    Instant at = Instant.parse("2026-07-20T10:00:00Z");

    Risk again = r.reviewed(at, BEN);

    assertThat(again.lastReviewedAt()).isEqualTo(at);
    assertThat(again.lastReviewedBy()).contains(BEN);
    assertThat(again.nextReviewDue()).isEqualTo(Instant.parse("2027-01-20T10:00:00Z"));
    assertThat(again.isReviewOverdueAt(at)).isFalse();
    assertThat(again).usingRecursiveComparison().ignoringFields("lastReviewedAt", "lastReviewedBy").isEqualTo(r);
    assertThat(r.lastReviewedAt()).isEqualTo(REVIEWED);
    assertThat(r.lastReviewedBy()).isEmpty();
    assertThat(r.isReviewOverdueAt(at)).isTrue();
  }

  @Test
  void reviewed_atTheSameInstant_isAccepted() {
    assertThat(sepsis().build().reviewed(REVIEWED, BEN).lastReviewedBy()).contains(BEN);
  }

  @Test
  void reviewed_beforeTheLastReview_throwsNamingBothInstants() {
    Risk r = sepsis().build();

    assertThatThrownBy(() -> r.reviewed(REVIEWED.minusNanos(1), BEN))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("risk R-12: reviewed at " + REVIEWED.minusNanos(1) + "; expected at or after lastReviewedAt " + REVIEWED);
  }

  @Test
  void methods_nullArguments_throwNamingThem() {
    Risk r = sepsis().build();

    assertThatThrownBy(() -> r.isReviewOverdueAt(null)).isInstanceOf(NullPointerException.class).hasMessage("instant");
    assertThatThrownBy(() -> r.reviewed(null, BEN)).isInstanceOf(NullPointerException.class).hasMessage("at");
    assertThatThrownBy(() -> r.reviewed(REVIEWED, null)).isInstanceOf(NullPointerException.class).hasMessage("by");
  }

  // ---------------------------------------------------------------------------------------------
  // scale

  @Test
  void scale_levelsOutOfRange_throwNamingThem() {
    assertThatThrownBy(() -> RiskScale.of(1, 5))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("risk scale: likelihoodLevels was 1; expected 2 to 10");
    assertThatThrownBy(() -> RiskScale.of(5, 11))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("risk scale: severityLevels was 11; expected 2 to 10");
    assertThat(RiskScale.of(2, 10).maxRating()).isEqualTo(20);
    assertThat(RiskScale.of(10, 10).maxRating()).isEqualTo(100);
    assertThat(Optional.of(RiskScale.of(5, 5))).contains(new RiskScale(5, 5));
  }
}
