package org.qms4j.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.qms4j.InvalidModelException;
import org.qms4j.people.PersonId;

class CompetenceMatrixTest {
  private static final RoleId NURSE = RoleId.of("ward-nurse");
  private static final RoleId QA = RoleId.of("qa-officer");
  private static final PersonId ANA = PersonId.of("ana");
  private static final PersonId BEN = PersonId.of("ben");
  private static final PersonId CLEO = PersonId.of("cleo");
  private static final PersonId DAN = PersonId.of("dan");
  private static final Competence BLS = Competence.skill("Basic life support");
  private static final Competence SOP = Competence.document("SOP-01");
  private static final Competence SOP2 = Competence.document("SOP-02");
  private static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");
  private static final Duration GRACE = Duration.ofDays(90);
  private static final Function<String, Optional<String>> NO_VERSIONS = d -> Optional.empty();

  private static Instant day(long n) {
    return T0.plus(Duration.ofDays(n));
  }

  private static Role role(RoleId id, Collection<Competence> requires, RoleAssignment... holders) {
    return Role.builder().id(id).name("Role " + id).requires(requires).holders(List.of(holders)).build();
  }

  private static Role nurse(RoleAssignment... holders) {
    return role(NURSE, List.of(SOP), holders);
  }

  private static ImmutableTrainingRecord.Builder trained(String id, PersonId who, Competence c, Instant at) {
    return TrainingRecord.builder().id(TrainingRecordId.of(id)).person(who).competence(c).completedAt(at);
  }

  private static TrainingRecord onSop(String id, PersonId who, String version, Instant at) {
    return trained(id, who, SOP, at).documentVersion(version).build();
  }

  private static Function<String, Optional<String>> effective(String version) {
    return d -> Optional.of(version);
  }

  private static CompetenceMatrix matrix(
      Collection<Role> roles, Collection<TrainingRecord> records, Function<String, Optional<String>> versions, Instant asOf) {
    return CompetenceMatrix.of(roles, records, versions, GRACE, asOf);
  }

  private static CompetenceGap gap(PersonId p, RoleId r, Competence c, GapKind kind, String record) {
    return new CompetenceGap(p, r, c, kind, Optional.of(TrainingRecordId.of(record)));
  }

  private static CompetenceGap never(PersonId p, RoleId r, Competence c) {
    return new CompetenceGap(p, r, c, GapKind.NEVER_TRAINED, Optional.empty());
  }

  // ---------------------------------------------------------------------------------------------
  // the acceptance example

  @Test
  void newDocumentVersion_everyoneTrainedOnTheOldOneOwesRetraining_untilTheyRetrain() {
    Role nurse = nurse(RoleAssignment.since(ANA, T0), RoleAssignment.since(BEN, T0), RoleAssignment.since(CLEO, T0));
    List<TrainingRecord> records = new ArrayList<>();
    for (PersonId p : List.of(ANA, BEN, CLEO)) {
      records.add(onSop("TR-" + p + "-4", p, "4", day(1)).withEvaluation(day(20), DAN, true));
    }

    CompetenceMatrix onVersion4 = matrix(List.of(nurse), records, effective("4"), day(100));
    assertThat(onVersion4.gaps()).isEmpty();

    CompetenceMatrix onVersion5 = matrix(List.of(nurse), records, effective("5"), day(100));
    assertThat(onVersion5.gaps())
        .containsExactly(
            gap(ANA, NURSE, SOP, GapKind.RETRAINING_OWED, "TR-ana-4"),
            gap(BEN, NURSE, SOP, GapKind.RETRAINING_OWED, "TR-ben-4"),
            gap(CLEO, NURSE, SOP, GapKind.RETRAINING_OWED, "TR-cleo-4"));
    assertThat(onVersion5.isCompetent(BEN, NURSE)).isFalse();

    records.add(onSop("TR-ben-5", BEN, "5", day(101)));
    CompetenceMatrix afterBenRetrained = matrix(List.of(nurse), records, effective("5"), day(102));
    assertThat(afterBenRetrained.gaps())
        .containsExactly(
            gap(ANA, NURSE, SOP, GapKind.RETRAINING_OWED, "TR-ana-4"),
            gap(CLEO, NURSE, SOP, GapKind.RETRAINING_OWED, "TR-cleo-4"));
    assertThat(afterBenRetrained.isCompetent(BEN, NURSE)).isTrue();
    assertThat(afterBenRetrained.gapsFor(BEN)).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // each kind of gap

  @Test
  void neverTrained_holderWithoutAnyRecord_owesEveryRequiredCompetence() {
    Role role = role(NURSE, List.of(BLS, SOP), RoleAssignment.since(ANA, T0));

    CompetenceMatrix m = matrix(List.of(role), List.of(), effective("1"), day(1));

    assertThat(m.gaps()).containsExactly(never(ANA, NURSE, SOP), never(ANA, NURSE, BLS));
  }

  @Test
  void neverTrained_trainingCompletedOnlyAfterTheInstant_doesNotCountYet() {
    TrainingRecord later = trained("TR-1", ANA, BLS, day(10)).build();
    Role role = role(NURSE, List.of(BLS), RoleAssignment.since(ANA, T0));

    assertThat(matrix(List.of(role), List.of(later), NO_VERSIONS, day(10).minusNanos(1)).gaps())
        .containsExactly(never(ANA, NURSE, BLS));
    assertThat(matrix(List.of(role), List.of(later), NO_VERSIONS, day(10)).gaps()).isEmpty();
  }

  @Test
  void neverTrained_trainingInAnotherCompetenceOrByAnotherPerson_doesNotCount() {
    Role role = role(NURSE, List.of(BLS), RoleAssignment.since(ANA, T0));
    List<TrainingRecord> records =
        List.of(trained("TR-1", BEN, BLS, T0).build(), trained("TR-2", ANA, Competence.skill("basic life support"), T0).build());

    assertThat(matrix(List.of(role), records, NO_VERSIONS, day(1)).gaps()).containsExactly(never(ANA, NURSE, BLS));
  }

  @Test
  void expired_expiryExactlyAtTheInstant_isExpired() {
    Role role = role(NURSE, List.of(BLS), RoleAssignment.since(ANA, T0));
    TrainingRecord r = trained("TR-1", ANA, BLS, T0).expiresAt(day(365)).build();

    assertThat(matrix(List.of(role), List.of(r), NO_VERSIONS, day(365).minusNanos(1)).gaps())
        .containsExactly(gap(ANA, NURSE, BLS, GapKind.EFFECTIVENESS_NOT_EVALUATED, "TR-1"));
    assertThat(matrix(List.of(role), List.of(r), NO_VERSIONS, day(365)).gaps())
        .containsExactly(gap(ANA, NURSE, BLS, GapKind.EXPIRED, "TR-1"));
  }

  @Test
  void expired_validJustBeforeExpiry_whenEvaluatedEffective() {
    Role role = role(NURSE, List.of(BLS), RoleAssignment.since(ANA, T0));
    TrainingRecord r = trained("TR-1", ANA, BLS, T0).expiresAt(day(365)).build().withEvaluation(day(10), DAN, true);

    assertThat(matrix(List.of(role), List.of(r), NO_VERSIONS, day(365).minusNanos(1)).gaps()).isEmpty();
    assertThat(matrix(List.of(role), List.of(r), NO_VERSIONS, day(365)).gapsFor(ANA))
        .extracting(CompetenceGap::kind)
        .containsExactly(GapKind.EXPIRED);
  }

  @Test
  void expired_renewedBeforeExpiry_countsTheRenewal() {
    Role role = role(NURSE, List.of(BLS), RoleAssignment.since(ANA, T0));
    List<TrainingRecord> records =
        List.of(
            trained("TR-1", ANA, BLS, T0).expiresAt(day(365)).build().withEvaluation(day(10), DAN, true),
            trained("TR-2", ANA, BLS, day(360)).expiresAt(day(725)).build().withEvaluation(day(370), DAN, true));

    assertThat(matrix(List.of(role), records, NO_VERSIONS, day(400)).gaps()).isEmpty();
    assertThat(matrix(List.of(role), records, NO_VERSIONS, day(725)).gaps())
        .as("both expired: the latest names the gap")
        .containsExactly(gap(ANA, NURSE, BLS, GapKind.EXPIRED, "TR-2"));
  }

  @Test
  void retrainingOwed_trainedOnAnotherVersion_evenIfEvaluatedEffective() {
    Role nurse = nurse(RoleAssignment.since(ANA, T0));
    TrainingRecord r = onSop("TR-1", ANA, "4", day(1)).withEvaluation(day(5), DAN, true);

    assertThat(matrix(List.of(nurse), List.of(r), effective("5"), day(10)).gaps())
        .containsExactly(gap(ANA, NURSE, SOP, GapKind.RETRAINING_OWED, "TR-1"));
  }

  @Test
  void retrainingOwed_ratherThanExpired_whenAValidRecordOnAnOldVersionRemains() {
    Role nurse = nurse(RoleAssignment.since(ANA, T0));
    List<TrainingRecord> records =
        List.of(
            onSop("TR-old", ANA, "4", day(1)),
            trained("TR-new", ANA, SOP, day(2)).documentVersion("5").expiresAt(day(30)).build());

    assertThat(matrix(List.of(nurse), records, effective("5"), day(40)).gaps())
        .containsExactly(gap(ANA, NURSE, SOP, GapKind.RETRAINING_OWED, "TR-old"));
  }

  @Test
  void expired_ratherThanRetraining_whenTheOldVersionRecordExpiredToo() {
    Role nurse = nurse(RoleAssignment.since(ANA, T0));
    TrainingRecord r = trained("TR-1", ANA, SOP, day(1)).documentVersion("4").expiresAt(day(30)).build();

    assertThat(matrix(List.of(nurse), List.of(r), effective("5"), day(40)).gaps())
        .containsExactly(gap(ANA, NURSE, SOP, GapKind.EXPIRED, "TR-1"));
  }

  @Test
  void noEffectiveVersion_anyValidVersionCounts() {
    Role nurse = nurse(RoleAssignment.since(ANA, T0));
    TrainingRecord r = onSop("TR-1", ANA, "draft-2", day(1));

    assertThat(matrix(List.of(nurse), List.of(r), NO_VERSIONS, day(10)).gaps()).isEmpty();
    assertThat(matrix(List.of(nurse), List.of(r), effective("draft-2"), day(10)).gaps()).isEmpty();
    assertThat(matrix(List.of(nurse), List.of(r), effective("3"), day(10)).gaps())
        .extracting(CompetenceGap::kind)
        .containsExactly(GapKind.RETRAINING_OWED);
  }

  @Test
  void effectiveVersions_areLookedUpPerDocument() {
    Role role = role(NURSE, List.of(SOP, SOP2), RoleAssignment.since(ANA, T0));
    List<TrainingRecord> records =
        List.of(onSop("TR-1", ANA, "4", day(1)), trained("TR-2", ANA, SOP2, day(1)).documentVersion("4").build());
    Map<String, String> versions = Map.of("SOP-01", "4", "SOP-02", "7");

    CompetenceMatrix m = CompetenceMatrix.of(List.of(role), records, d -> Optional.ofNullable(versions.get(d)), GRACE, day(10));

    assertThat(m.gaps()).containsExactly(gap(ANA, NURSE, SOP2, GapKind.RETRAINING_OWED, "TR-2"));
  }

  @Test
  void notEffective_evaluatedAndFoundLacking() {
    Role role = role(NURSE, List.of(BLS), RoleAssignment.since(ANA, T0));
    TrainingRecord r = trained("TR-1", ANA, BLS, day(1)).build().withEvaluation(day(20), DAN, false);

    assertThat(matrix(List.of(role), List.of(r), NO_VERSIONS, day(20)).gaps())
        .containsExactly(gap(ANA, NURSE, BLS, GapKind.NOT_EFFECTIVE, "TR-1"));
    assertThat(matrix(List.of(role), List.of(r), NO_VERSIONS, day(20).minusNanos(1)).gaps())
        .as("before the evaluation the training counts, within the grace period")
        .isEmpty();
  }

  @Test
  void notEffective_retrainedAfterwards_countsTheNewTraining() {
    Role role = role(NURSE, List.of(BLS), RoleAssignment.since(ANA, T0));
    List<TrainingRecord> records =
        List.of(
            trained("TR-1", ANA, BLS, day(1)).build().withEvaluation(day(20), DAN, false),
            trained("TR-2", ANA, BLS, day(30)).build());

    assertThat(matrix(List.of(role), records, NO_VERSIONS, day(31)).gaps()).isEmpty();
    assertThat(matrix(List.of(role), records, NO_VERSIONS, day(30).plus(GRACE)).gaps())
        .as("the retraining unevaluated beyond the grace period is a lesser gap than the failed one")
        .containsExactly(gap(ANA, NURSE, BLS, GapKind.EFFECTIVENESS_NOT_EVALUATED, "TR-2"));
  }

  @Test
  void effectivenessNotEvaluated_fromTheEndOfTheGracePeriodOn() {
    Role role = role(NURSE, List.of(BLS), RoleAssignment.since(ANA, T0));
    TrainingRecord r = trained("TR-1", ANA, BLS, day(1)).build();
    Instant due = day(1).plus(GRACE);

    assertThat(matrix(List.of(role), List.of(r), NO_VERSIONS, due.minusNanos(1)).gaps()).isEmpty();
    assertThat(matrix(List.of(role), List.of(r), NO_VERSIONS, due).gaps())
        .containsExactly(gap(ANA, NURSE, BLS, GapKind.EFFECTIVENESS_NOT_EVALUATED, "TR-1"));
  }

  @Test
  void effectivenessNotEvaluated_anEvaluationAfterTheInstantDoesNotCountYet() {
    Role role = role(NURSE, List.of(BLS), RoleAssignment.since(ANA, T0));
    TrainingRecord r = trained("TR-1", ANA, BLS, day(1)).build().withEvaluation(day(200), DAN, true);

    assertThat(matrix(List.of(role), List.of(r), NO_VERSIONS, day(150)).gapsFor(ANA))
        .extracting(CompetenceGap::kind)
        .containsExactly(GapKind.EFFECTIVENESS_NOT_EVALUATED);
    assertThat(matrix(List.of(role), List.of(r), NO_VERSIONS, day(200)).gaps()).isEmpty();
  }

  @Test
  void effectivenessNotEvaluated_zeroGrace_owesTheEvaluationFromCompletion() {
    Role role = role(NURSE, List.of(BLS), RoleAssignment.since(ANA, T0));
    TrainingRecord r = trained("TR-1", ANA, BLS, day(1)).build();

    assertThat(CompetenceMatrix.of(List.of(role), List.of(r), NO_VERSIONS, Duration.ZERO, day(1)).gaps())
        .extracting(CompetenceGap::kind)
        .containsExactly(GapKind.EFFECTIVENESS_NOT_EVALUATED);
    assertThat(CompetenceMatrix.of(List.of(role), List.of(r.withEvaluation(day(1), DAN, true)), NO_VERSIONS, Duration.ZERO, day(1)).gaps())
        .isEmpty();
  }

  @Test
  void bestRecord_twoEqualRecords_theLatestNamesTheGap() {
    Role role = role(NURSE, List.of(BLS), RoleAssignment.since(ANA, T0));
    List<TrainingRecord> records =
        List.of(
            trained("TR-b", ANA, BLS, day(1)).build().withEvaluation(day(2), DAN, false),
            trained("TR-c", ANA, BLS, day(3)).build().withEvaluation(day(4), DAN, false),
            trained("TR-a", ANA, BLS, day(3)).build().withEvaluation(day(4), DAN, false));

    assertThat(matrix(List.of(role), records, NO_VERSIONS, day(5)).gaps())
        .containsExactly(gap(ANA, NURSE, BLS, GapKind.NOT_EFFECTIVE, "TR-c"));
  }

  // ---------------------------------------------------------------------------------------------
  // role assignments

  @Test
  void assignment_endedBeforeTheInstant_owesNothing() {
    Role nurse = nurse(RoleAssignment.between(ANA, T0, day(30)), RoleAssignment.since(BEN, T0));

    CompetenceMatrix m = matrix(List.of(nurse), List.of(), effective("5"), day(30));

    assertThat(m.gaps()).containsExactly(never(BEN, NURSE, SOP));
    assertThat(m.gapsFor(ANA)).isEmpty();
    assertThat(matrix(List.of(nurse), List.of(), effective("5"), day(30).minusNanos(1)).gapsFor(ANA))
        .containsExactly(never(ANA, NURSE, SOP));
  }

  @Test
  void assignment_startingAfterTheInstant_owesNothingYet_andFromItsStartOwes() {
    Role nurse = nurse(RoleAssignment.since(ANA, day(10)));

    assertThat(matrix(List.of(nurse), List.of(), NO_VERSIONS, day(10).minusNanos(1)).gaps()).isEmpty();
    assertThat(matrix(List.of(nurse), List.of(), NO_VERSIONS, day(10)).gaps()).containsExactly(never(ANA, NURSE, SOP));
  }

  @Test
  void roleRequiringNothing_hasNoGaps() {
    Role role = role(NURSE, List.of(), RoleAssignment.since(ANA, T0));

    CompetenceMatrix m = matrix(List.of(role), List.of(), NO_VERSIONS, day(1));

    assertThat(m.gaps()).isEmpty();
    assertThat(m.isCompetent(ANA, NURSE)).isTrue();
  }

  // ---------------------------------------------------------------------------------------------
  // queries

  @Test
  void gaps_sortedByPersonRoleAndCompetence_andFilteredByPersonOrRole() {
    Role nurse = role(NURSE, List.of(BLS, SOP), RoleAssignment.since(BEN, T0), RoleAssignment.since(ANA, T0));
    Role qa = role(QA, List.of(SOP2), RoleAssignment.since(ANA, T0));
    List<TrainingRecord> records = List.of(trained("TR-1", BEN, BLS, T0).build().withEvaluation(T0, DAN, true));

    CompetenceMatrix m = matrix(List.of(nurse, qa), records, NO_VERSIONS, day(1));

    assertThat(m.gaps())
        .containsExactly(
            never(ANA, QA, SOP2), never(ANA, NURSE, SOP), never(ANA, NURSE, BLS), never(BEN, NURSE, SOP));
    assertThat(m.gapsFor(ANA)).containsExactly(never(ANA, QA, SOP2), never(ANA, NURSE, SOP), never(ANA, NURSE, BLS));
    assertThat(m.gapsFor(BEN)).containsExactly(never(BEN, NURSE, SOP));
    assertThat(m.gapsFor(CLEO)).isEmpty();
    assertThat(m.gapsForRole(NURSE)).containsExactly(never(ANA, NURSE, SOP), never(ANA, NURSE, BLS), never(BEN, NURSE, SOP));
    assertThat(m.gapsForRole(RoleId.of("unknown"))).isEmpty();
    assertThat(m.asOf()).isEqualTo(day(1));
    assertThat(m.evaluationGrace()).isEqualTo(GRACE);
  }

  @Test
  void gaps_areUnmodifiable() {
    CompetenceMatrix m = matrix(List.of(nurse(RoleAssignment.since(ANA, T0))), List.of(), NO_VERSIONS, day(1));

    assertThatThrownBy(() -> m.gaps().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.gapsFor(ANA).clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.gapsForRole(NURSE).clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void isCompetent_appliesToPeopleNotHoldingTheRoleToo() {
    Role nurse = nurse(RoleAssignment.since(ANA, T0));
    List<TrainingRecord> records = List.of(onSop("TR-1", DAN, "5", day(1)), onSop("TR-2", CLEO, "4", day(1)));

    CompetenceMatrix m = matrix(List.of(nurse), records, effective("5"), day(2));

    assertThat(m.isCompetent(DAN, NURSE)).as("a candidate trained on the effective version").isTrue();
    assertThat(m.isCompetent(CLEO, NURSE)).isFalse();
    assertThat(m.isCompetent(ANA, NURSE)).isFalse();
    assertThat(m.gapsFor(DAN)).isEmpty();
  }

  @Test
  void isCompetent_unknownRole_throws() {
    CompetenceMatrix m = matrix(List.of(), List.of(), NO_VERSIONS, day(1));

    assertThatThrownBy(() -> m.isCompetent(ANA, NURSE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("role ward-nurse was not one of the matrix's roles");
  }

  // ---------------------------------------------------------------------------------------------
  // inputs

  @Test
  void of_duplicateRoleIds_throws() {
    Role a = nurse();
    Role b = role(NURSE, List.of(BLS));

    assertThatThrownBy(() -> matrix(List.of(a, b), List.of(), NO_VERSIONS, T0))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("competence matrix: roles had two roles with id ward-nurse; expected unique ids");
  }

  @Test
  void of_duplicateRecordIds_throws() {
    List<TrainingRecord> records = List.of(trained("TR-1", ANA, BLS, T0).build(), trained("TR-1", BEN, BLS, T0).build());

    assertThatThrownBy(() -> matrix(List.of(), records, NO_VERSIONS, T0))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("competence matrix: records had two records with id TR-1; expected unique ids");
  }

  @Test
  void of_graceOutOfRange_throws() {
    assertThatThrownBy(() -> CompetenceMatrix.of(List.of(), List.of(), NO_VERSIONS, Duration.ofSeconds(-1), T0))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("competence matrix: evaluationGrace was PT-1S; expected zero to 36600 days");
    assertThatThrownBy(() -> CompetenceMatrix.of(List.of(), List.of(), NO_VERSIONS, Duration.ofDays(36_601), T0))
        .isInstanceOf(InvalidModelException.class);
    assertThat(CompetenceMatrix.of(List.of(), List.of(), NO_VERSIONS, Duration.ofDays(36_600), T0).gaps()).isEmpty();
  }

  @Test
  void of_versionLookupReturningNull_throwsNamingTheDocument() {
    assertThatThrownBy(() -> matrix(List.of(nurse()), List.of(), d -> null, T0))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("effectiveVersionOf(SOP-01)");
  }

  @Test
  void of_looksUpEachRequiredDocumentOnce() {
    List<String> asked = new ArrayList<>();
    Role a = role(NURSE, List.of(SOP, BLS), RoleAssignment.since(ANA, T0));
    Role b = role(QA, List.of(SOP, SOP2), RoleAssignment.since(ANA, T0));

    matrix(List.of(a, b), List.of(), d -> {
      asked.add(d);
      return Optional.empty();
    }, T0);

    assertThat(asked).containsExactlyInAnyOrder("SOP-01", "SOP-02");
  }

  @Test
  void of_nulls_throwNullPointerException() {
    assertThatThrownBy(() -> CompetenceMatrix.of(null, List.of(), NO_VERSIONS, GRACE, T0)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CompetenceMatrix.of(List.of(), null, NO_VERSIONS, GRACE, T0)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CompetenceMatrix.of(List.of(), List.of(), null, GRACE, T0)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CompetenceMatrix.of(List.of(), List.of(), NO_VERSIONS, null, T0)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CompetenceMatrix.of(List.of(), List.of(), NO_VERSIONS, GRACE, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void competenceGap_recordPresentExactlyUnlessNeverTrained() {
    assertThatThrownBy(() -> new CompetenceGap(ANA, NURSE, SOP, GapKind.EXPIRED, Optional.empty()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("competence gap of ana in role ward-nurse: latestRecord was empty for EXPIRED; expected the record that decided it");
    assertThatThrownBy(() -> new CompetenceGap(ANA, NURSE, SOP, GapKind.NEVER_TRAINED, Optional.of(TrainingRecordId.of("TR-1"))))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("competence gap of ana in role ward-nurse: latestRecord was TR-1 for NEVER_TRAINED; expected none");
  }
}
