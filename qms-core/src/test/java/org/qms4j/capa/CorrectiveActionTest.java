package org.qms4j.capa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.qms4j.InvalidModelException;
import org.qms4j.capa.CorrectiveAction.Rework;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.FindingId;
import org.qms4j.history.By;
import org.qms4j.history.Event;
import org.qms4j.history.History;
import org.qms4j.history.SignatureMeaning;
import org.qms4j.people.PersonId;

class CorrectiveActionTest {
  private static final CorrectiveActionId ID = CorrectiveActionId.of("CA-7");
  private static final String TITLE = "Obsolete SOPs on ward 4";
  private static final FindingId F1 = FindingId.of("F-2026-01");
  private static final FindingId F2 = FindingId.of("F-2026-02");
  private static final PersonId ANA = PersonId.of("ana");
  private static final PersonId BEN = PersonId.of("ben");
  private static final PersonId CLEO = PersonId.of("cleo");
  private static final PersonId DAN = PersonId.of("dan");
  private static final EvidenceId SOP_REV5 = EvidenceId.of("sop-1-rev5");
  private static final EvidenceId WARD_AUDIT = EvidenceId.of("ward-audit-06");
  private static final EvidenceId TRAINING = EvidenceId.of("training-record-3");
  private static final EvidenceId RE_AUDIT = EvidenceId.of("ward-audit-09");

  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
  private static final Instant DUE = T0.plus(Duration.ofDays(60));

  /** The instant {@code n} days after {@link #T0}. */
  private static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  private static CorrectiveAction opened() {
    return CorrectiveAction.open(ID, TITLE, Set.of(F1), By.of(ANA, T0));
  }

  private static CorrectiveAction corrected() {
    return opened().recordCorrection("Obsolete copies removed", By.of(BEN, day(1)));
  }

  private static CorrectiveAction rootCauseIdentified() {
    return corrected().identifyRootCause("Revisions are not recalled from wards", By.of(ANA, day(2)));
  }

  private static CorrectiveAction planned() {
    return rootCauseIdentified().plan("Add a recall step to SOP-1", BEN, DUE, By.of(ANA, day(3)));
  }

  private static CorrectiveAction implemented() {
    return planned().implement(Set.of(SOP_REV5), By.of(BEN, day(4)));
  }

  private static CorrectiveAction verified() {
    return implemented().verifyEffectiveness(Set.of(WARD_AUDIT), By.of(CLEO, day(5)));
  }

  private static CorrectiveAction closed() {
    return verified().close(By.of(ANA, day(6)));
  }

  private static CorrectiveAction cancelled() {
    return planned().cancel(By.of(ANA, day(6)).because("Ward 4 closes for good"));
  }

  /**
   * Attempts a transition that must be refused, and checks that the exception names the action,
   * its state and the transition, and that the action is unchanged.
   */
  private static IllegalTransitionException refused(
      CorrectiveAction action, Function<CorrectiveAction, CorrectiveAction> attempt, Transition transition) {
    History before = action.history();
    ActionState state = action.state();
    int size = before.size();

    IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class, () -> attempt.apply(action));

    assertThat(e).as("%s in state %s is refused", transition, state).isNotNull();
    assertThat(e.action()).isEqualTo(ID);
    assertThat(e.state()).isEqualTo(state);
    assertThat(e.transition()).isEqualTo(transition);
    assertThat(e.missing()).isNotEmpty();
    assertThat(e.getMessage()).contains(ID.value(), state.name(), transition.name());
    assertThat(action.history()).isSameAs(before);
    assertThat(action.history().size()).isEqualTo(size);
    assertThat(action.state()).isEqualTo(state);
    return e;
  }

  // ---------------------------------------------------------------------------------------------
  // opening and the happy path

  @Test
  void open_recordsIdTitleFindingsAndTheOpeningEvent() {
    CorrectiveAction a = CorrectiveAction.open(ID, TITLE, Set.of(F2, F1), By.of(ANA, T0));

    assertThat(a.id()).isEqualTo(ID);
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.state()).isEqualTo(ActionState.OPENED);
    assertThat(a.findings()).containsExactly(F1, F2);
    assertThat(a.linkedAt(F1)).contains(T0);
    assertThat(a.linkedAt(FindingId.of("F-other"))).isEmpty();
    assertThat(a.openedAt()).isEqualTo(T0);
    assertThat(a.history().size()).isEqualTo(1);
    Event e = a.history().events().get(0);
    assertThat(e.action()).isEqualTo(Transition.OPEN.eventName());
    assertThat(e.actor()).isEqualTo(ANA);
    assertThat(e.at()).isEqualTo(T0);
    assertThat(a.correction()).isEmpty();
    assertThat(a.rootCause()).isEmpty();
    assertThat(a.plan()).isEmpty();
    assertThat(a.endedAt()).isEmpty();
  }

  @Test
  void open_withoutFindings_linksNone() {
    CorrectiveAction a = CorrectiveAction.open(ID, TITLE, Set.of(), By.of(ANA, T0));

    assertThat(a.findings()).isEmpty();
    assertThat(a.state()).isEqualTo(ActionState.OPENED);
  }

  @Test
  void open_titleOnTwoLines_throws() {
    assertThatThrownBy(() -> CorrectiveAction.open(ID, "one\ntwo", Set.of(), By.of(ANA, T0)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("title");
  }

  @Test
  void fullWalk_reachesClosedWithEveryStepRecorded() {
    CorrectiveAction a = closed();

    assertThat(a.state()).isEqualTo(ActionState.CLOSED);
    assertThat(a.correction()).contains("Obsolete copies removed");
    assertThat(a.correctedAt()).contains(day(1));
    assertThat(a.rootCause()).contains("Revisions are not recalled from wards");
    assertThat(a.plan()).contains("Add a recall step to SOP-1");
    assertThat(a.firstPlannedAt()).contains(day(3));
    assertThat(a.owner()).contains(BEN);
    assertThat(a.due()).contains(DUE);
    assertThat(a.implementers()).containsExactly(BEN);
    assertThat(a.implementationEvidence()).containsExactly(SOP_REV5);
    assertThat(a.effectivenessEvidence()).containsExactly(WARD_AUDIT);
    assertThat(a.effectivenessVerifiedAt()).contains(day(5));
    assertThat(a.failedChecks()).isZero();
    assertThat(a.endedAt()).contains(day(6));
    assertThat(a.history().events())
        .extracting(Event::action)
        .containsExactly(
            "opened", "correction-recorded", "root-cause-identified", "action-planned", "implemented", "effectiveness-verified", "closed");
    assertThat(a.history().verify().intact()).isTrue();
  }

  @Test
  void transitions_leaveTheEarlierActionUnchanged() {
    CorrectiveAction before = planned();
    CorrectiveAction after = before.implement(Set.of(SOP_REV5), By.of(BEN, day(4)));

    assertThat(before.state()).isEqualTo(ActionState.PLANNED);
    assertThat(before.history().size()).isEqualTo(4);
    assertThat(before.implementers()).isEmpty();
    assertThat(after.state()).isEqualTo(ActionState.IMPLEMENTED);
    assertThat(after.history().events().subList(0, 4)).containsExactlyElementsOf(before.history().events());
    assertThat(after).isNotEqualTo(before);
  }

  @Test
  void transitions_recordSignatureMeaningsAsTheTransitionTableSays() {
    // the meanings of the table in the Javadoc of Transition
    Map<Transition, Optional<SignatureMeaning>> table = new EnumMap<>(Transition.class);
    table.put(Transition.OPEN, Optional.of(SignatureMeaning.AUTHORED));
    table.put(Transition.LINK_FINDING, Optional.empty());
    table.put(Transition.RECORD_CORRECTION, Optional.empty());
    table.put(Transition.IDENTIFY_ROOT_CAUSE, Optional.empty());
    table.put(Transition.PLAN, Optional.of(SignatureMeaning.AUTHORED));
    table.put(Transition.IMPLEMENT, Optional.empty());
    table.put(Transition.VERIFY_EFFECTIVENESS, Optional.of(SignatureMeaning.VERIFIED));
    table.put(Transition.FAIL_EFFECTIVENESS, Optional.of(SignatureMeaning.VERIFIED));
    table.put(Transition.CLOSE, Optional.of(SignatureMeaning.APPROVED));
    table.put(Transition.CANCEL, Optional.of(SignatureMeaning.APPROVED));
    List<Event> events = new ArrayList<>(
        implemented()
            .linkFinding(F2, By.of(ANA, day(4)))
            .failEffectiveness(Rework.PLANNING, Set.of(), By.of(CLEO, day(5)))
            .plan("Revised plan", BEN, DUE, By.of(ANA, day(6)))
            .implement(Set.of(TRAINING), By.of(BEN, day(7)))
            .verifyEffectiveness(Set.of(RE_AUDIT), By.of(CLEO, day(8)))
            .close(By.of(ANA, day(9)))
            .history()
            .events());
    events.addAll(cancelled().history().events());

    for (Transition t : Transition.values()) {
      List<Event> ofT = events.stream().filter(e -> e.action().equals(t.eventName())).toList();
      assertThat(ofT).as("events of %s", t).isNotEmpty();
      assertThat(t.meaning()).as("%s meaning()", t).isEqualTo(table.get(t));
      ofT.forEach(e -> assertThat(e.meaning()).as("event %s of %s", e.sequence(), t).isEqualTo(table.get(t)));
    }
  }

  @Test
  void transitions_recordActorInstantAndReason() {
    CorrectiveAction a = opened().recordCorrection("Copies removed", By.of(BEN, day(1)).because("Found on the ward round"));
    Event e = a.history().last().orElseThrow();

    assertThat(e.actor()).isEqualTo(BEN);
    assertThat(e.at()).isEqualTo(day(1));
    assertThat(e.reason()).contains("Found on the ward round");
    assertThat(e.data()).containsValue("Copies removed");
  }

  @Test
  void transition_datedBeforeTheLastEvent_throwsAndLeavesTheActionUnchanged() {
    CorrectiveAction a = corrected();

    assertThatThrownBy(() -> a.identifyRootCause("Cause", By.of(ANA, T0)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("time order");
    assertThat(a.state()).isEqualTo(ActionState.CORRECTED);
    assertThat(a.history().size()).isEqualTo(2);
  }

  // ---------------------------------------------------------------------------------------------
  // gates, one test each

  @Test
  void recordCorrection_afterTheCorrection_isRefused() {
    IllegalTransitionException e =
        refused(corrected(), a -> a.recordCorrection("Again", By.of(BEN, day(2))), Transition.RECORD_CORRECTION);

    assertThat(e.missing()).singleElement().asString().contains("correction");
    refused(planned(), a -> a.recordCorrection("Again", By.of(BEN, day(4))), Transition.RECORD_CORRECTION);
  }

  @Test
  void identifyRootCause_withoutCorrection_isRefusedNamingTheCorrection() {
    IllegalTransitionException e =
        refused(opened(), a -> a.identifyRootCause("Cause", By.of(ANA, day(1))), Transition.IDENTIFY_ROOT_CAUSE);

    assertThat(e.missing()).singleElement().asString().contains("correction");
  }

  @Test
  void identifyRootCause_twice_isRefused() {
    IllegalTransitionException e =
        refused(rootCauseIdentified(), a -> a.identifyRootCause("Another cause", By.of(ANA, day(3))), Transition.IDENTIFY_ROOT_CAUSE);

    assertThat(e.missing()).singleElement().asString().contains("root cause");
  }

  @Test
  void plan_withoutRootCause_isRefusedNamingTheRootCause() {
    IllegalTransitionException e =
        refused(corrected(), a -> a.plan("Plan", BEN, DUE, By.of(ANA, day(2))), Transition.PLAN);
    refused(opened(), a -> a.plan("Plan", By.of(ANA, day(2))), Transition.PLAN);

    assertThat(e.missing()).singleElement().asString().contains("root cause");
  }

  @Test
  void plan_afterImplementation_isRefused() {
    refused(implemented(), a -> a.plan("Revised", BEN, DUE, By.of(ANA, day(5))), Transition.PLAN);
  }

  @Test
  void plan_revisedBeforeImplementation_replacesOwnerAndDue() {
    CorrectiveAction a = planned().plan("Revised plan", DAN, DUE.plusSeconds(60), By.of(ANA, day(4)));

    assertThat(a.state()).isEqualTo(ActionState.PLANNED);
    assertThat(a.plan()).contains("Revised plan");
    assertThat(a.owner()).contains(DAN);
    assertThat(a.due()).contains(DUE.plusSeconds(60));
    assertThat(a.firstPlannedAt()).contains(day(3));
  }

  @Test
  void implement_planWithoutOwnerAndDueDate_isRefusedNamingBoth() {
    CorrectiveAction a = rootCauseIdentified().plan("Add a recall step", By.of(ANA, day(3)));

    assertThat(a.state()).isEqualTo(ActionState.PLANNED);
    assertThat(a.owner()).isEmpty();
    assertThat(a.due()).isEmpty();
    IllegalTransitionException e = refused(a, x -> x.implement(Set.of(SOP_REV5), By.of(BEN, day(4))), Transition.IMPLEMENT);

    assertThat(e.missing()).hasSize(2);
    assertThat(e.missing()).anySatisfy(m -> assertThat(m).contains("owner"));
    assertThat(e.missing()).anySatisfy(m -> assertThat(m).contains("due date"));
  }

  @Test
  void implement_withoutPlan_isRefusedNamingThePlan() {
    IllegalTransitionException e =
        refused(rootCauseIdentified(), a -> a.implement(Set.of(SOP_REV5), By.of(BEN, day(3))), Transition.IMPLEMENT);

    assertThat(e.missing()).singleElement().asString().contains("plan");
  }

  @Test
  void implement_again_addsImplementerAndEvidence() {
    CorrectiveAction a = implemented().implement(Set.of(TRAINING), By.of(DAN, day(5)));

    assertThat(a.state()).isEqualTo(ActionState.IMPLEMENTED);
    assertThat(a.implementers()).containsExactly(BEN, DAN);
    assertThat(a.implementationEvidence()).containsExactly(SOP_REV5, TRAINING);
  }

  @Test
  void verifyEffectiveness_withoutImplementationEvidence_isRefused() {
    CorrectiveAction a = planned().implement(Set.of(), By.of(BEN, day(4)));

    assertThat(a.state()).isEqualTo(ActionState.IMPLEMENTED);
    IllegalTransitionException e =
        refused(a, x -> x.verifyEffectiveness(Set.of(WARD_AUDIT), By.of(CLEO, day(5))), Transition.VERIFY_EFFECTIVENESS);

    assertThat(e.missing()).singleElement().asString().contains("evidence of implementation");
  }

  @Test
  void verifyEffectiveness_withoutEvidenceOfTheCheck_isRefused() {
    IllegalTransitionException e =
        refused(implemented(), a -> a.verifyEffectiveness(Set.of(), By.of(CLEO, day(5))), Transition.VERIFY_EFFECTIVENESS);

    assertThat(e.missing()).singleElement().asString().contains("evidence of the effectiveness check");
  }

  @Test
  void verifyEffectiveness_byAnImplementer_isRefusedNamingThePerson() {
    CorrectiveAction a = implemented().implement(Set.of(TRAINING), By.of(DAN, day(5)));

    IllegalTransitionException byBen =
        refused(a, x -> x.verifyEffectiveness(Set.of(WARD_AUDIT), By.of(BEN, day(6))), Transition.VERIFY_EFFECTIVENESS);
    IllegalTransitionException byDan =
        refused(a, x -> x.verifyEffectiveness(Set.of(WARD_AUDIT), By.of(DAN, day(6))), Transition.VERIFY_EFFECTIVENESS);

    assertThat(byBen.missing()).singleElement().asString().contains("not an implementer").contains("ben");
    assertThat(byDan.missing()).singleElement().asString().contains("dan");
    assertThat(a.verifyEffectiveness(Set.of(WARD_AUDIT), By.of(CLEO, day(6))).state()).isEqualTo(ActionState.EFFECTIVENESS_VERIFIED);
  }

  @Test
  void verifyEffectiveness_everythingMissing_namesEveryGap() {
    CorrectiveAction a = planned().implement(Set.of(), By.of(BEN, day(4)));

    IllegalTransitionException e =
        refused(a, x -> x.verifyEffectiveness(Set.of(), By.of(BEN, day(5))), Transition.VERIFY_EFFECTIVENESS);

    assertThat(e.missing()).hasSize(3);
  }

  @Test
  void verifyEffectiveness_beforeImplementation_isRefused() {
    refused(planned(), a -> a.verifyEffectiveness(Set.of(WARD_AUDIT), By.of(CLEO, day(4))), Transition.VERIFY_EFFECTIVENESS);
    refused(verified(), a -> a.verifyEffectiveness(Set.of(WARD_AUDIT), By.of(CLEO, day(6))), Transition.VERIFY_EFFECTIVENESS);
  }

  @Test
  void failEffectiveness_byAnImplementerOrWithoutImplementationEvidence_isRefused() {
    refused(implemented(), a -> a.failEffectiveness(Rework.PLANNING, Set.of(), By.of(BEN, day(5))), Transition.FAIL_EFFECTIVENESS);
    CorrectiveAction noEvidence = planned().implement(Set.of(), By.of(BEN, day(4)));
    refused(noEvidence, a -> a.failEffectiveness(Rework.PLANNING, Set.of(RE_AUDIT), By.of(CLEO, day(5))), Transition.FAIL_EFFECTIVENESS);
    refused(planned(), a -> a.failEffectiveness(Rework.PLANNING, Set.of(), By.of(CLEO, day(5))), Transition.FAIL_EFFECTIVENESS);
  }

  @Test
  void close_withoutPassedCheck_isRefused() {
    IllegalTransitionException e = refused(implemented(), a -> a.close(By.of(ANA, day(5))), Transition.CLOSE);

    assertThat(e.missing()).singleElement().asString().contains("passed effectiveness check");
    refused(opened(), a -> a.close(By.of(ANA, day(1))), Transition.CLOSE);
  }

  @Test
  void cancel_withoutReason_isRefused() {
    IllegalTransitionException e = refused(opened(), a -> a.cancel(By.of(ANA, day(1))), Transition.CANCEL);

    assertThat(e.missing()).singleElement().asString().contains("reason");
  }

  @Test
  void cancel_withReason_endsTheActionFromAnyOpenState() {
    for (CorrectiveAction a : List.of(opened(), corrected(), rootCauseIdentified(), planned(), implemented(), verified())) {
      CorrectiveAction c = a.cancel(By.of(ANA, day(7)).because("Superseded by CA-8"));

      assertThat(c.state()).isEqualTo(ActionState.CANCELLED);
      assertThat(c.endedAt()).contains(day(7));
      assertThat(c.history().last().orElseThrow().reason()).contains("Superseded by CA-8");
    }
  }

  @Test
  void cancel_afterClose_isRefused() {
    IllegalTransitionException e =
        refused(closed(), a -> a.cancel(By.of(ANA, day(7)).because("Too late")), Transition.CANCEL);

    assertThat(e.missing()).singleElement().asString().contains("closed");
  }

  @Test
  void anyTransition_afterClosedOrCancelled_isRefused() {
    Map<Transition, Function<CorrectiveAction, CorrectiveAction>> attempts = new EnumMap<>(Transition.class);
    By later = By.of(CLEO, day(10)).because("Trying anyway");
    attempts.put(Transition.LINK_FINDING, a -> a.linkFinding(F2, later));
    attempts.put(Transition.RECORD_CORRECTION, a -> a.recordCorrection("More", later));
    attempts.put(Transition.IDENTIFY_ROOT_CAUSE, a -> a.identifyRootCause("Another", later));
    attempts.put(Transition.PLAN, a -> a.plan("Another", DAN, DUE, later));
    attempts.put(Transition.IMPLEMENT, a -> a.implement(Set.of(TRAINING), later));
    attempts.put(Transition.VERIFY_EFFECTIVENESS, a -> a.verifyEffectiveness(Set.of(RE_AUDIT), later));
    attempts.put(Transition.FAIL_EFFECTIVENESS, a -> a.failEffectiveness(Rework.PLANNING, Set.of(RE_AUDIT), later));
    attempts.put(Transition.CLOSE, a -> a.close(later));
    attempts.put(Transition.CANCEL, a -> a.cancel(later));

    for (CorrectiveAction ended : List.of(closed(), cancelled())) {
      attempts.forEach(
          (t, attempt) -> {
            IllegalTransitionException e = refused(ended, attempt, t);
            assertThat(e.missing()).singleElement().asString().contains("open action");
          });
    }
  }

  @Test
  void linkFinding_newFinding_isRecordedWithItsInstant() {
    CorrectiveAction a = corrected().linkFinding(F2, By.of(ANA, day(2)));

    assertThat(a.state()).isEqualTo(ActionState.CORRECTED);
    assertThat(a.findings()).containsExactly(F1, F2);
    assertThat(a.linkedAt(F2)).contains(day(2));
    assertThat(a.linkedAt(F1)).contains(T0);
  }

  @Test
  void linkFinding_alreadyLinked_isRefusedNamingTheFinding() {
    IllegalTransitionException e = refused(planned(), a -> a.linkFinding(F1, By.of(ANA, day(4))), Transition.LINK_FINDING);

    assertThat(e.missing()).singleElement().asString().contains(F1.value());
    CorrectiveAction linked = planned().linkFinding(F2, By.of(ANA, day(4)));
    refused(linked, a -> a.linkFinding(F2, By.of(ANA, day(5))), Transition.LINK_FINDING);
  }

  // ---------------------------------------------------------------------------------------------
  // failed effectiveness checks

  @Test
  void failEffectiveness_backToRootCauseAnalysis_setsRootCauseAndPlanAsideAndKeepsTheCheck() {
    CorrectiveAction failed = implemented().failEffectiveness(Rework.ROOT_CAUSE_ANALYSIS, Set.of(RE_AUDIT), By.of(CLEO, day(5)));

    assertThat(failed.state()).isEqualTo(ActionState.CORRECTED);
    assertThat(failed.rootCause()).isEmpty();
    assertThat(failed.plan()).isEmpty();
    assertThat(failed.owner()).isEmpty();
    assertThat(failed.due()).isEmpty();
    assertThat(failed.implementers()).isEmpty();
    assertThat(failed.failedChecks()).isEqualTo(1);
    assertThat(failed.correction()).contains("Obsolete copies removed");
    assertThat(failed.effectivenessEvidence()).containsExactly(RE_AUDIT);
    assertThat(failed.implementationEvidence()).as("evidence over every round").containsExactly(SOP_REV5);
    assertThat(failed.effectivenessVerifiedAt()).isEmpty();

    CorrectiveAction done =
        failed
            .identifyRootCause("Wards keep private copies", By.of(ANA, day(6)))
            .plan("Collect private copies; audit binders monthly", DAN, DUE.plus(Duration.ofDays(30)), By.of(ANA, day(7)))
            .implement(Set.of(TRAINING), By.of(DAN, day(8)))
            .verifyEffectiveness(Set.of(WARD_AUDIT), By.of(CLEO, day(9)))
            .close(By.of(ANA, day(10)));

    assertThat(done.state()).isEqualTo(ActionState.CLOSED);
    assertThat(done.failedChecks()).isEqualTo(1);
    assertThat(done.rootCause()).contains("Wards keep private copies");
    assertThat(done.owner()).contains(DAN);
    assertThat(done.implementers()).containsExactly(DAN);
    assertThat(done.implementationEvidence()).containsExactly(SOP_REV5, TRAINING);
    assertThat(done.effectivenessEvidence()).containsExactly(WARD_AUDIT, RE_AUDIT);
    assertThat(done.firstPlannedAt()).contains(day(3));
    List<Event> fails =
        done.history().events().stream().filter(e -> e.action().equals(Transition.FAIL_EFFECTIVENESS.eventName())).toList();
    assertThat(fails).singleElement().satisfies(e -> {
      assertThat(e.actor()).isEqualTo(CLEO);
      assertThat(e.at()).isEqualTo(day(5));
      assertThat(e.data()).containsValue(RE_AUDIT.value());
    });
    assertThat(done.history().size()).isEqualTo(11);
    assertThat(CorrectiveAction.replay(done.history())).isEqualTo(done);
  }

  @Test
  void failEffectiveness_backToPlanning_keepsTheRootCause() {
    CorrectiveAction failed = implemented().failEffectiveness(Rework.PLANNING, Set.of(), By.of(CLEO, day(5)));

    assertThat(failed.state()).isEqualTo(ActionState.ROOT_CAUSE_IDENTIFIED);
    assertThat(failed.rootCause()).contains("Revisions are not recalled from wards");
    assertThat(failed.plan()).isEmpty();
    assertThat(failed.owner()).isEmpty();
    assertThat(failed.due()).isEmpty();
    assertThat(failed.failedChecks()).isEqualTo(1);
    refused(failed, a -> a.implement(Set.of(SOP_REV5), By.of(BEN, day(6))), Transition.IMPLEMENT);
    refused(failed, a -> a.identifyRootCause("Another", By.of(ANA, day(6))), Transition.IDENTIFY_ROOT_CAUSE);

    CorrectiveAction done =
        failed
            .plan("Recall step plus ward training", BEN, DUE, By.of(ANA, day(6)))
            .implement(Set.of(TRAINING), By.of(BEN, day(7)))
            .verifyEffectiveness(Set.of(RE_AUDIT), By.of(CLEO, day(8)))
            .close(By.of(ANA, day(9)));

    assertThat(done.state()).isEqualTo(ActionState.CLOSED);
    assertThat(done.rootCause()).contains("Revisions are not recalled from wards");
    assertThat(done.plan()).contains("Recall step plus ward training");
    assertThat(done.failedChecks()).isEqualTo(1);
    assertThat(done.history().events()).extracting(Event::action).contains(Transition.FAIL_EFFECTIVENESS.eventName());
  }

  // ---------------------------------------------------------------------------------------------
  // replay, asOf, dates

  @Test
  void replay_ofEveryStage_rebuildsAnEqualActionInTheSameState() {
    for (CorrectiveAction a : List.of(opened(), corrected(), rootCauseIdentified(), planned(), implemented(), verified(), closed(), cancelled())) {
      CorrectiveAction back = CorrectiveAction.replay(History.of(List.copyOf(a.history().events())));

      assertThat(back).isEqualTo(a).hasSameHashCodeAs(a);
      assertThat(back.state()).isEqualTo(a.state());
      assertThat(back.id()).isEqualTo(a.id());
      assertThat(back.title()).isEqualTo(a.title());
      assertThat(back.findings()).isEqualTo(a.findings());
      assertThat(back.rootCause()).isEqualTo(a.rootCause());
      assertThat(back.plan()).isEqualTo(a.plan());
      assertThat(back.owner()).isEqualTo(a.owner());
      assertThat(back.due()).isEqualTo(a.due());
      assertThat(back.implementers()).isEqualTo(a.implementers());
      assertThat(back.implementationEvidence()).isEqualTo(a.implementationEvidence());
      assertThat(back.effectivenessEvidence()).isEqualTo(a.effectivenessEvidence());
      assertThat(back.endedAt()).isEqualTo(a.endedAt());
    }
  }

  @Test
  void replay_tamperedHistory_isRefusedNamingTheEvent() {
    List<Event> events = new ArrayList<>(closed().history().events());
    Event e = events.get(2);
    events.set(2, Event.builder().from(e).putData("rootCause", "Nobody's fault").build());

    assertThatThrownBy(() -> CorrectiveAction.replay(History.of(events)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("event 2");
  }

  @Test
  void replay_eventBreakingAGate_isRefusedNamingTheEvent() {
    History h =
        History.empty()
            .append("opened", Map.of("id", ID.value(), "title", TITLE), By.of(ANA, T0), SignatureMeaning.AUTHORED)
            .append(Transition.CLOSE.eventName(), Map.of(), By.of(ANA, day(1)), SignatureMeaning.APPROVED);

    assertThat(h.verify().intact()).isTrue();
    assertThatThrownBy(() -> CorrectiveAction.replay(h))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("event 1")
        .hasMessageContaining(Transition.CLOSE.name());
  }

  @Test
  void replay_eventWithTheWrongMeaning_isRefusedNamingTheEvent() {
    History h = verified().history().append(Transition.CLOSE.eventName(), Map.of(), By.of(ANA, day(6)), SignatureMeaning.AUTHORED);

    assertThatThrownBy(() -> CorrectiveAction.replay(h))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("event 6")
        .hasMessageContaining("meaning");
  }

  @Test
  void replay_openingEventWithTheWrongMeaning_isRefused() {
    History h =
        History.empty().append("opened", Map.of("id", ID.value(), "title", TITLE), By.of(ANA, T0), SignatureMeaning.VERIFIED);

    assertThatThrownBy(() -> CorrectiveAction.replay(h))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("event 0")
        .hasMessageContaining("meaning");
  }

  @Test
  void replay_unknownActionOrNotOpenedFirst_isRefusedNamingTheEvent() {
    History unknown = opened().history().append("reviewed", Map.of(), By.of(ANA, day(1)), null);
    History notOpened = History.empty().append(Transition.RECORD_CORRECTION.eventName(), Map.of("correction", "x"), By.of(ANA, T0), null);

    assertThatThrownBy(() -> CorrectiveAction.replay(unknown)).isInstanceOf(InvalidModelException.class).hasMessageContaining("event 1");
    assertThatThrownBy(() -> CorrectiveAction.replay(notOpened)).isInstanceOf(InvalidModelException.class).hasMessageContaining("event 0");
    assertThatThrownBy(() -> CorrectiveAction.replay(History.empty())).isInstanceOf(InvalidModelException.class).hasMessageContaining("empty");
  }

  @Test
  void replay_malformedDueDate_isRefusedNamingTheEvent() {
    History h =
        rootCauseIdentified()
            .history()
            .append(
                Transition.PLAN.eventName(),
                Map.of("plan", "Plan", "owner", "ben", "due", "next week"),
                By.of(ANA, day(3)),
                SignatureMeaning.AUTHORED);

    assertThatThrownBy(() -> CorrectiveAction.replay(h))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("event 3")
        .hasMessageContaining("due");
  }

  @Test
  void asOf_beforeOpening_isEmpty() {
    assertThat(closed().asOf(T0.minusNanos(1))).isEmpty();
  }

  @Test
  void asOf_betweenEvents_givesTheEarlierState() {
    CorrectiveAction a = closed();

    assertThat(a.asOf(T0)).hasValueSatisfying(x -> assertThat(x.state()).isEqualTo(ActionState.OPENED));
    CorrectiveAction then = a.asOf(day(3).plusSeconds(1)).orElseThrow();
    assertThat(then.state()).isEqualTo(ActionState.PLANNED);
    assertThat(then).isEqualTo(planned());
    assertThat(then.plan()).contains("Add a recall step to SOP-1");
    assertThat(then.implementers()).isEmpty();
    assertThat(a.asOf(day(6).minusNanos(1)).orElseThrow().state()).isEqualTo(ActionState.EFFECTIVENESS_VERIFIED);
    assertThat(a.asOf(day(6))).contains(a);
    assertThat(a.asOf(day(100))).contains(a);
  }

  @Test
  void dates_holdEveryEventInstantAndTheDueDate() {
    CorrectiveAction a = closed();

    List<Instant> dates = a.dates();

    assertThat(dates).containsAll(a.history().events().stream().map(Event::at).toList());
    assertThat(dates).contains(DUE);
    assertThat(dates).containsOnly(T0, day(1), day(2), day(3), day(4), day(5), day(6), DUE);
  }

  @Test
  void dates_afterAPlanIsRevised_keepEveryDueDate() {
    CorrectiveAction a = planned().plan("Revised", BEN, DUE.plus(Duration.ofDays(7)), By.of(ANA, day(4)));

    assertThat(a.dates()).contains(DUE, DUE.plus(Duration.ofDays(7)));
  }

  @Test
  void equals_isByHistory() {
    assertThat(closed()).isEqualTo(closed()).hasSameHashCodeAs(closed());
    assertThat(closed()).isNotEqualTo(verified());
    assertThat(closed().toString()).contains(ID.value(), "CLOSED");
  }
}
