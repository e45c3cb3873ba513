package org.qms4j.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qms4j.InvalidModelException;
import org.qms4j.people.PersonId;

class TrainingRecordTest {
  private static final TrainingRecordId TR = TrainingRecordId.of("TR-1");
  private static final PersonId ANA = PersonId.of("ana");
  private static final PersonId CLEO = PersonId.of("cleo");
  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
  private static final Competence BLS = Competence.skill("Basic life support");
  private static final Competence SOP = Competence.document("SOP-01");

  private static Instant day(long n) {
    return T0.plus(Duration.ofDays(n));
  }

  private static ImmutableTrainingRecord.Builder skill() {
    return TrainingRecord.builder().id(TR).person(ANA).competence(BLS).completedAt(T0);
  }

  private static ImmutableTrainingRecord.Builder sop(String version) {
    return TrainingRecord.builder().id(TR).person(ANA).competence(SOP).documentVersion(version).completedAt(T0);
  }

  @Test
  void trainingRecordId_invalid_throwsNamingTheKind() {
    assertThatThrownBy(() -> TrainingRecordId.of("TR 1")).hasMessageStartingWith("training record id was 'TR 1'");
    assertThat(TrainingRecordId.parse("TR-1")).isEqualTo(TR).hasToString("TR-1");
  }

  @Test
  void builder_fullRecord_keepsEveryAttribute() {
    TrainingRecord r =
        sop("5").expiresAt(day(730)).effectivenessEvaluatedAt(day(30)).evaluatedBy(CLEO).effective(true).build();

    assertThat(r.documentVersion()).contains("5");
    assertThat(r.expiresAt()).contains(day(730));
    assertThat(r.effectivenessEvaluatedAt()).contains(day(30));
    assertThat(r.evaluatedBy()).contains(CLEO);
    assertThat(r.effective()).contains(true);
  }

  // ---------------------------------------------------------------------------------------------
  // document version

  @Test
  void documentCompetence_withoutVersion_throws() {
    assertThatThrownBy(() -> TrainingRecord.builder().id(TR).person(ANA).competence(SOP).completedAt(T0).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("training record TR-1: documentVersion was empty; expected the version of document:SOP-01 trained on");
  }

  @Test
  void skill_withVersion_throws() {
    assertThatThrownBy(() -> skill().documentVersion("3").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "training record TR-1: documentVersion was '3'; expected none for 'skill:Basic life support', which is no document");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "4\n5"})
  void documentVersion_notOneLine_throws(String version) {
    assertThatThrownBy(() -> sop(version).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("training record TR-1: documentVersion '");
  }

  @Test
  void documentVersion_atTheLimit_isAcceptedAndBeyondIsNot() {
    assertThat(sop("v".repeat(TrainingRecord.MAX_VERSION)).build().documentVersion().orElseThrow()).hasSize(100);
    assertThatThrownBy(() -> sop("v".repeat(101)).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageEndingWith("was 101 characters long; expected at most 100");
  }

  // ---------------------------------------------------------------------------------------------
  // expiry and validity

  @Test
  void expiresAt_atOrBeforeCompletion_throws() {
    assertThatThrownBy(() -> skill().expiresAt(T0).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("training record TR-1: expiresAt was " + T0 + "; expected after completedAt " + T0);
    assertThatThrownBy(() -> skill().expiresAt(day(-1)).build()).isInstanceOf(InvalidModelException.class);
  }

  @Test
  void isValidAt_fromCompletionUntilJustBeforeExpiry() {
    TrainingRecord r = skill().expiresAt(day(365)).build();

    assertThat(r.isValidAt(T0.minusNanos(1))).isFalse();
    assertThat(r.isValidAt(T0)).isTrue();
    assertThat(r.isValidAt(day(365).minusNanos(1))).isTrue();
    assertThat(r.isValidAt(day(365))).as("expired exactly at the instant").isFalse();
  }

  @Test
  void isValidAt_withoutExpiry_countsForGood() {
    assertThat(skill().build().isValidAt(Instant.MAX)).isTrue();
  }

  // ---------------------------------------------------------------------------------------------
  // effectiveness evaluation

  @Test
  void evaluation_atCompletion_isAccepted() {
    TrainingRecord r = skill().effectivenessEvaluatedAt(T0).evaluatedBy(CLEO).effective(false).build();

    assertThat(r.isEvaluatedAt(T0)).isTrue();
    assertThat(r.effective()).contains(false);
  }

  @Test
  void evaluation_beforeCompletion_throws() {
    assertThatThrownBy(() -> skill().effectivenessEvaluatedAt(day(-1)).evaluatedBy(CLEO).effective(true).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "training record TR-1: effectivenessEvaluatedAt was " + day(-1) + "; expected at or after completedAt " + T0);
  }

  @Test
  void evaluation_withoutEvaluator_throws() {
    assertThatThrownBy(() -> skill().effectivenessEvaluatedAt(day(1)).effective(true).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("training record TR-1: evaluatedBy was empty; expected the evaluator, since effectivenessEvaluatedAt was set");
  }

  @Test
  void evaluation_withoutOutcome_throws() {
    assertThatThrownBy(() -> skill().effectivenessEvaluatedAt(day(1)).evaluatedBy(CLEO).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("training record TR-1: effective was empty; expected the outcome, since effectivenessEvaluatedAt was set");
  }

  @Test
  void evaluatorWithoutEvaluation_throws() {
    assertThatThrownBy(() -> skill().evaluatedBy(CLEO).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("training record TR-1: evaluatedBy was cleo; expected none without effectivenessEvaluatedAt");
  }

  @Test
  void outcomeWithoutEvaluation_throws() {
    assertThatThrownBy(() -> skill().effective(true).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("training record TR-1: effective was true; expected none without effectivenessEvaluatedAt");
  }

  @Test
  void isEvaluatedAt_fromTheEvaluationOn() {
    TrainingRecord r = skill().effectivenessEvaluatedAt(day(30)).evaluatedBy(CLEO).effective(true).build();

    assertThat(r.isEvaluatedAt(day(30).minusNanos(1))).isFalse();
    assertThat(r.isEvaluatedAt(day(30))).isTrue();
    assertThat(skill().build().isEvaluatedAt(Instant.MAX)).isFalse();
  }

  @Test
  void builder_missingRequiredAttributes_throws() {
    assertThatThrownBy(() -> TrainingRecord.builder().id(TR).person(ANA).competence(BLS).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("completedAt");
  }

  @Test
  void withEvaluation_keepsTheRestAndSetsTheThreeTogether() {
    TrainingRecord r = skill().expiresAt(day(100)).build();

    TrainingRecord evaluated = r.withEvaluation(day(10), CLEO, false);

    assertThat(evaluated.expiresAt()).contains(day(100));
    assertThat(evaluated.effectivenessEvaluatedAt()).contains(day(10));
    assertThat(evaluated.evaluatedBy()).contains(CLEO);
    assertThat(evaluated.effective()).contains(false);
    assertThat(r.effectivenessEvaluatedAt()).as("the original is unchanged").isEmpty();
  }

  @Test
  void withEvaluation_beforeCompletion_throws() {
    assertThatThrownBy(() -> skill().build().withEvaluation(day(-1), CLEO, true))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("effectivenessEvaluatedAt was " + day(-1));
  }

  @Test
  void copy_settingOnlyTheEvaluationInstant_throws() {
    assertThatThrownBy(() -> ImmutableTrainingRecord.copyOf(skill().build()).withEffectivenessEvaluatedAt(day(10)))
        .isInstanceOf(InvalidModelException.class);
  }

  // ---------------------------------------------------------------------------------------------
  // dates

  @Test
  void dates_areCompletionExpiryAndEvaluation_sorted() {
    TrainingRecord r = skill().expiresAt(day(365)).effectivenessEvaluatedAt(day(30)).evaluatedBy(CLEO).effective(true).build();

    assertThat(CompetenceMatrix.dates(r)).containsExactly(T0, day(30), day(365));
    assertThat(CompetenceMatrix.dates(skill().build())).containsExactly(T0);
  }

  @Test
  void dates_withGrace_addTheEndOfTheGracePeriod() {
    assertThat(CompetenceMatrix.dates(skill().expiresAt(day(365)).build(), Duration.ofDays(90)))
        .containsExactly(T0, day(90), day(365));
    assertThat(CompetenceMatrix.dates(skill().build(), Duration.ZERO)).containsExactly(T0);
    assertThat(CompetenceMatrix.dates(skill().completedAt(Instant.MAX.minusSeconds(5)).build(), Duration.ofDays(1)))
        .containsExactly(Instant.MAX.minusSeconds(5));
    assertThatThrownBy(() -> CompetenceMatrix.dates(skill().build(), Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
  }
}
