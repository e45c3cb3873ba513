package org.qms4j.capa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.RequirementId;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.finding.ImmutableFinding;
import org.qms4j.history.By;
import org.qms4j.people.PersonId;

class DeadlinePolicyTest {
  private static final Instant RAISED = Instant.parse("2026-03-02T10:00:00Z");
  private static final FindingId F1 = FindingId.of("F-2026-01");
  private static final PersonId ANA = PersonId.of("ana");
  private static final PersonId BEN = PersonId.of("ben");
  private static final DeadlinePolicy STANDARD = DeadlinePolicy.standard();

  private static Instant day(long n) {
    return RAISED.plus(Duration.ofDays(n));
  }

  private static ImmutableFinding.Builder finding(FindingGrade grade) {
    return Finding.builder()
        .id(F1)
        .addRequirement(RequirementId.of("iso-9001:2015/10.2"))
        .grade(grade)
        .statement("Two obsolete SOPs were found at the nursing station.")
        .objectiveEvidence("SOP-12 rev 3 and SOP-14 rev 1 in the ward 4 binder.")
        .raisedAt(RAISED);
  }

  private static Finding major() {
    return finding(FindingGrade.MAJOR_NONCONFORMITY).build();
  }

  private static CorrectiveAction opened(String id, Instant at) {
    return CorrectiveAction.open(CorrectiveActionId.of(id), "Obsolete SOPs", Set.of(F1), By.of(ANA, at));
  }

  private static Overdue overdue(OverdueStep step, Instant due, Optional<String> action) {
    return new Overdue(step, due, F1, action.map(CorrectiveActionId::of));
  }

  // ---------------------------------------------------------------------------------------------
  // the policy itself

  @Test
  void standard_hasTheDocumentedDeadlines() {
    assertThat(STANDARD.linkWithin())
        .containsOnly(
            Map.entry(FindingGrade.MAJOR_NONCONFORMITY, Duration.ofDays(30)),
            Map.entry(FindingGrade.MINOR_NONCONFORMITY, Duration.ofDays(30)));
    assertThat(STANDARD.correctionWithin()).containsOnly(Map.entry(FindingGrade.MAJOR_NONCONFORMITY, Duration.ofDays(30)));
    assertThat(STANDARD.planWithin())
        .containsOnly(
            Map.entry(FindingGrade.MAJOR_NONCONFORMITY, Duration.ofDays(90)),
            Map.entry(FindingGrade.MINOR_NONCONFORMITY, Duration.ofDays(90)));
  }

  @Test
  void due_isRaisedAtPlusTheGradesDuration() {
    Finding minor = finding(FindingGrade.MINOR_NONCONFORMITY).build();

    assertThat(STANDARD.due(OverdueStep.LINK, major())).contains(day(30));
    assertThat(STANDARD.due(OverdueStep.CORRECTION, major())).contains(day(30));
    assertThat(STANDARD.due(OverdueStep.PLAN, major())).contains(day(90));
    assertThat(STANDARD.due(OverdueStep.IMPLEMENTATION, major())).isEmpty();
    assertThat(STANDARD.due(OverdueStep.CORRECTION, minor)).isEmpty();
    assertThat(STANDARD.due(OverdueStep.PLAN, minor)).contains(day(90));
    assertThat(STANDARD.dates(major())).containsExactlyInAnyOrder(day(30), day(30), day(90));
    assertThat(STANDARD.dates(minor)).containsExactlyInAnyOrder(day(30), day(90));
  }

  @ParameterizedTest
  @EnumSource(value = FindingGrade.class, names = {"OBSERVATION", "OPPORTUNITY_FOR_IMPROVEMENT"})
  void standard_observationsHaveNoDeadline(FindingGrade grade) {
    Finding f = finding(grade).build();

    assertThat(STANDARD.dates(f)).isEmpty();
    for (OverdueStep step : OverdueStep.values()) {
      assertThat(STANDARD.due(step, f)).isEmpty();
    }
  }

  @Test
  void builder_fromStandard_changesOneDeadline() {
    DeadlinePolicy strict =
        DeadlinePolicy.builder().from(STANDARD).putCorrectionWithin(FindingGrade.MAJOR_NONCONFORMITY, Duration.ofDays(7)).build();

    assertThat(strict.due(OverdueStep.CORRECTION, major())).contains(day(7));
    assertThat(strict.due(OverdueStep.PLAN, major())).contains(day(90));
    assertThat(STANDARD.due(OverdueStep.CORRECTION, major())).as("unchanged").contains(day(30));
  }

  @ParameterizedTest
  @EnumSource(value = FindingGrade.class, names = {"OBSERVATION", "OPPORTUNITY_FOR_IMPROVEMENT"})
  void builder_deadlineForANonNonconformity_throwsNamingTheGrade(FindingGrade grade) {
    assertThatThrownBy(() -> DeadlinePolicy.builder().putLinkWithin(grade, Duration.ofDays(30)).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("linkWithin")
        .hasMessageContaining(grade.name());
    assertThatThrownBy(() -> DeadlinePolicy.builder().putCorrectionWithin(grade, Duration.ofDays(30)).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("correctionWithin");
    assertThatThrownBy(() -> DeadlinePolicy.builder().putPlanWithin(grade, Duration.ofDays(30)).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("planWithin");
  }

  @Test
  void builder_zeroNegativeOrTooLongDuration_throwsNamingIt() {
    List<Duration> bad =
        List.of(Duration.ZERO, Duration.ofNanos(-1), Duration.ofDays(-30), Duration.ofDays(DeadlinePolicy.MAX_DAYS).plusNanos(1));

    for (Duration d : bad) {
      assertThatThrownBy(() -> DeadlinePolicy.builder().putPlanWithin(FindingGrade.MINOR_NONCONFORMITY, d).build())
          .as("%s", d)
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("planWithin")
          .hasMessageContaining(FindingGrade.MINOR_NONCONFORMITY.name())
          .hasMessageContaining(d.toString());
    }
  }

  @Test
  void builder_shortestAndLongestDuration_areAccepted() {
    DeadlinePolicy p =
        DeadlinePolicy.builder()
            .putLinkWithin(FindingGrade.MAJOR_NONCONFORMITY, Duration.ofNanos(1))
            .putPlanWithin(FindingGrade.MAJOR_NONCONFORMITY, Duration.ofDays(DeadlinePolicy.MAX_DAYS))
            .build();

    assertThat(p.due(OverdueStep.LINK, major())).contains(RAISED.plusNanos(1));
    assertThat(p.due(OverdueStep.PLAN, major())).contains(day(DeadlinePolicy.MAX_DAYS));
    assertThat(p.due(OverdueStep.CORRECTION, major())).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // overdue

  @Test
  void overdue_unlinkedMajorAfter30Days_owesLinkAndCorrectionWithNoAction() {
    assertThat(STANDARD.overdue(major(), List.of(), day(30)))
        .containsExactlyInAnyOrder(
            overdue(OverdueStep.LINK, day(30), Optional.empty()), overdue(OverdueStep.CORRECTION, day(30), Optional.empty()));
  }

  @Test
  void overdue_exactlyAtTheDueInstant_isOverdueAndOneNanosecondBeforeIsNot() {
    assertThat(STANDARD.overdue(major(), List.of(), day(30).minusNanos(1))).isEmpty();
    assertThat(STANDARD.overdue(major(), List.of(), day(30))).isNotEmpty();
    assertThat(STANDARD.overdue(major(), List.of(), day(90).minusNanos(1))).extracting(Overdue::step).doesNotContain(OverdueStep.PLAN);
    assertThat(STANDARD.overdue(major(), List.of(), day(90))).extracting(Overdue::step).contains(OverdueStep.PLAN);
  }

  @Test
  void overdue_unlinkedMajorAfter90Days_owesEveryStep() {
    assertThat(STANDARD.overdue(major(), List.of(), day(100)))
        .containsExactlyInAnyOrder(
            overdue(OverdueStep.LINK, day(30), Optional.empty()),
            overdue(OverdueStep.CORRECTION, day(30), Optional.empty()),
            overdue(OverdueStep.PLAN, day(90), Optional.empty()));
  }

  @Test
  void overdue_unlinkedMinor_owesNoCorrection() {
    Finding minor = finding(FindingGrade.MINOR_NONCONFORMITY).build();

    assertThat(STANDARD.overdue(minor, List.of(), day(30))).containsExactly(overdue(OverdueStep.LINK, day(30), Optional.empty()));
  }

  @Test
  void overdue_linkedButUncorrected_owesTheCorrectionNamingTheAction() {
    CorrectiveAction a = opened("CA-1", day(1));

    assertThat(STANDARD.overdue(major(), List.of(a), day(30)))
        .containsExactly(overdue(OverdueStep.CORRECTION, day(30), Optional.of("CA-1")));
    assertThat(STANDARD.overdue(major(), List.of(a), day(29))).isEmpty();
  }

  @Test
  void overdue_correctedBeforeTheInstant_owesNothingYet() {
    CorrectiveAction a = opened("CA-1", day(1)).recordCorrection("Removed", By.of(BEN, day(2)));

    assertThat(STANDARD.overdue(major(), List.of(a), day(30))).isEmpty();
  }

  @Test
  void overdue_correctedOnlyAfterTheInstant_owesTheCorrectionAtThatInstant() {
    CorrectiveAction a = opened("CA-1", day(1)).recordCorrection("Removed", By.of(BEN, day(40)));

    assertThat(STANDARD.overdue(major(), List.of(a), day(35)))
        .containsExactly(overdue(OverdueStep.CORRECTION, day(30), Optional.of("CA-1")));
    assertThat(STANDARD.overdue(major(), List.of(a), day(40))).isEmpty();
  }

  @Test
  void overdue_oneOfTwoActionsCorrected_owesNoCorrection() {
    CorrectiveAction corrected = opened("CA-1", day(1)).recordCorrection("Removed", By.of(BEN, day(2)));
    CorrectiveAction other = opened("CA-2", day(1));

    assertThat(STANDARD.overdue(major(), List.of(other, corrected), day(30))).isEmpty();
  }

  @Test
  void overdue_twoUncorrectedActions_eachOwesTheCorrection() {
    List<Overdue> o = STANDARD.overdue(major(), List.of(opened("CA-2", day(1)), opened("CA-1", day(1))), day(30));

    assertThat(o)
        .containsExactly(
            overdue(OverdueStep.CORRECTION, day(30), Optional.of("CA-1")), overdue(OverdueStep.CORRECTION, day(30), Optional.of("CA-2")));
  }

  @Test
  void overdue_plannedPastItsDueDateAndNotImplemented_owesTheImplementation() {
    Instant due = day(45);
    CorrectiveAction planned =
        opened("CA-1", day(1))
            .recordCorrection("Removed", By.of(BEN, day(2)))
            .identifyRootCause("No recall step", By.of(ANA, day(3)))
            .plan("Add a recall step", BEN, due, By.of(ANA, day(4)));

    assertThat(STANDARD.overdue(major(), List.of(planned), due.minusNanos(1))).isEmpty();
    assertThat(STANDARD.overdue(major(), List.of(planned), due))
        .containsExactly(overdue(OverdueStep.IMPLEMENTATION, due, Optional.of("CA-1")));

    CorrectiveAction implemented = planned.implement(Set.of(), By.of(BEN, day(50)));
    assertThat(STANDARD.overdue(major(), List.of(implemented), day(49)))
        .as("not implemented yet at day 49")
        .containsExactly(overdue(OverdueStep.IMPLEMENTATION, due, Optional.of("CA-1")));
    assertThat(STANDARD.overdue(major(), List.of(implemented), day(50))).isEmpty();
  }

  @Test
  void overdue_plannedWithoutDueDate_owesNoImplementation() {
    CorrectiveAction planned =
        opened("CA-1", day(1))
            .recordCorrection("Removed", By.of(BEN, day(2)))
            .identifyRootCause("No recall step", By.of(ANA, day(3)))
            .plan("Add a recall step", By.of(ANA, day(4)));

    assertThat(STANDARD.overdue(major(), List.of(planned), day(200))).isEmpty();
  }

  @Test
  void overdue_linkedButNeverPlanned_owesThePlanNamingTheAction() {
    CorrectiveAction corrected = opened("CA-1", day(1)).recordCorrection("Removed", By.of(BEN, day(2)));

    assertThat(STANDARD.overdue(major(), List.of(corrected), day(90)))
        .containsExactly(overdue(OverdueStep.PLAN, day(90), Optional.of("CA-1")));
  }

  @Test
  void overdue_cancelledAction_doesNotAnswer() {
    CorrectiveAction cancelled = opened("CA-1", day(1)).cancel(By.of(ANA, day(2)).because("Raised in error"));

    assertThat(STANDARD.overdue(major(), List.of(cancelled), day(30)))
        .containsExactlyInAnyOrder(
            overdue(OverdueStep.LINK, day(30), Optional.empty()), overdue(OverdueStep.CORRECTION, day(30), Optional.empty()));
  }

  @Test
  void overdue_actionCancelledOnlyAfterTheInstant_stillAnswersAtThatInstant() {
    CorrectiveAction cancelled =
        opened("CA-1", day(1)).recordCorrection("Removed", By.of(BEN, day(2))).cancel(By.of(ANA, day(60)).because("Merged into CA-2"));

    assertThat(STANDARD.overdue(major(), List.of(cancelled), day(30))).isEmpty();
    assertThat(STANDARD.overdue(major(), List.of(cancelled), day(60))).extracting(Overdue::step).contains(OverdueStep.LINK);
  }

  @Test
  void overdue_closedFindingOrObservation_isEmpty() {
    Finding closed = finding(FindingGrade.MAJOR_NONCONFORMITY).closedAt(day(10)).build();
    Finding observation = finding(FindingGrade.OBSERVATION).build();

    assertThat(STANDARD.overdue(closed, List.of(), day(100))).isEmpty();
    assertThat(STANDARD.overdue(observation, List.of(), day(100))).isEmpty();
    assertThat(STANDARD.overdue(major(), List.of(), RAISED.minusSeconds(1))).as("not raised yet").isEmpty();
  }

  @Test
  void overdue_actionLinkingTheFindingOnlyAfterTheInstant_doesNotAnswer() {
    CorrectiveAction a =
        CorrectiveAction.open(CorrectiveActionId.of("CA-1"), "Obsolete SOPs", Set.of(), By.of(ANA, day(1)))
            .recordCorrection("Removed", By.of(BEN, day(2)))
            .linkFinding(F1, By.of(ANA, day(40)));

    assertThat(STANDARD.overdue(major(), List.of(a), day(35)))
        .containsExactlyInAnyOrder(
            overdue(OverdueStep.LINK, day(30), Optional.empty()), overdue(OverdueStep.CORRECTION, day(30), Optional.empty()));
    assertThat(STANDARD.overdue(major(), List.of(a), day(40))).isEmpty();
  }

  @Test
  void overdue_actionOpenedOnlyAfterTheInstant_doesNotAnswer() {
    CorrectiveAction late = opened("CA-1", day(40));

    assertThat(STANDARD.overdue(major(), List.of(late), day(35))).extracting(Overdue::action).containsOnly(Optional.empty());
  }
}
