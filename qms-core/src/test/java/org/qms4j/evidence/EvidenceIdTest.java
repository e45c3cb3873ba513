package org.qms4j.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qms4j.InvalidModelException;

class EvidenceIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"ev-1", "a", "9", "x.y_z:1/2#3+4-5"})
  void of_validSyntax_keepsTheValue(String value) {
    EvidenceId id = EvidenceId.of(value);

    assertThat(id.value()).isEqualTo(value);
    assertThat(id).hasToString(value).isEqualTo(new EvidenceId(value));
  }

  @Test
  void of_twoHundredCharacters_isAccepted() {
    assertThat(EvidenceId.of("c".repeat(200)).value()).hasSize(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "_x", "has space", "semi;colon", "line\nbreak"})
  void of_invalidSyntax_throwsNamingTheValue(String value) {
    assertThatThrownBy(() -> EvidenceId.of(value))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("evidence id was '")
        .hasMessageContaining("expected 1 to 200 letters, digits");
  }

  @Test
  void of_invalidSyntax_messageQuotesTheValue() {
    assertThatThrownBy(() -> EvidenceId.of("has space")).hasMessageContaining("evidence id was 'has space'");
  }

  @Test
  void of_tooLong_throws() {
    assertThatThrownBy(() -> EvidenceId.of("c".repeat(201)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("evidence id was 'ccc");
  }

  @Test
  void of_null_throwsNamingIt() {
    assertThatThrownBy(() -> EvidenceId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("evidence id");
  }

  @Test
  void compareTo_ordersByValue() {
    assertThat(EvidenceId.of("a-1")).isLessThan(EvidenceId.of("a-2"));
    assertThat(EvidenceId.of("b")).isGreaterThan(EvidenceId.of("a-2"));
    assertThat(EvidenceId.of("a").compareTo(EvidenceId.of("a"))).isZero();
  }
}
