package org.qms4j.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qms4j.InvalidModelException;

class CompetenceTest {

  @Test
  void skill_keepsTheNameAndIsNoDocument() {
    Competence bls = Competence.skill("Basic life support");

    assertThat(bls).isEqualTo(new Competence.Skill("Basic life support")).isInstanceOf(Competence.Skill.class);
    assertThat(((Competence.Skill) bls).name()).isEqualTo("Basic life support");
    assertThat(bls.documentId()).isEmpty();
    assertThat(bls).hasToString("skill:Basic life support");
  }

  @Test
  void document_keepsTheIdForTheRegister() {
    Competence sop = Competence.document("SOP-01");

    assertThat(sop).isEqualTo(new Competence.ControlledDocument("SOP-01"));
    assertThat(sop.documentId()).isEqualTo(Optional.of("SOP-01"));
    assertThat(sop).hasToString("document:SOP-01");
  }

  @Test
  void skillAndDocumentOfTheSameName_differ() {
    assertThat(Competence.skill("SOP-01")).isNotEqualTo(Competence.document("SOP-01"));
  }

  @Test
  void compareTo_documentsFirstThenSkills_eachByName() {
    TreeSet<Competence> sorted =
        new TreeSet<>(
            List.of(
                Competence.skill("b"), Competence.document("SOP-02"), Competence.skill("a"), Competence.document("SOP-01")));

    assertThat(sorted)
        .containsExactly(Competence.document("SOP-01"), Competence.document("SOP-02"), Competence.skill("a"), Competence.skill("b"));
  }

  @Test
  void skill_twoHundredCharacters_isAccepted() {
    assertThat(Competence.skill("s".repeat(Competence.MAX_NAME)).toString()).hasSize(206);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "two\nlines", "tab\there"})
  void skill_notOneLine_throwsQuotingTheName(String name) {
    assertThatThrownBy(() -> Competence.skill(name))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("competence: skill name '");
  }

  @Test
  void skill_tooLong_throwsWithAShortenedQuote() {
    assertThatThrownBy(() -> Competence.skill("s".repeat(201)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("...'")
        .hasMessageEndingWith("was 201 characters long; expected at most 200");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-SOP", "SOP 01", "SOP;01"})
  void document_invalidId_throwsLikeEveryId(String id) {
    assertThatThrownBy(() -> Competence.document(id))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("competence: document id was '")
        .hasMessageContaining("expected 1 to 200 letters, digits");
  }

  @Test
  void nulls_throwNullPointerException() {
    assertThatThrownBy(() -> Competence.skill(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Competence.document(null)).isInstanceOf(NullPointerException.class);
  }
}
