package org.qms4j.capa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qms4j.InvalidModelException;

class CorrectiveActionIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"CA-2026-07", "a", "9", "x.y_z:1/2#3+4-5"})
  void of_validSyntax_keepsTheValue(String value) {
    CorrectiveActionId id = CorrectiveActionId.of(value);

    assertThat(id.value()).isEqualTo(value);
    assertThat(id).hasToString(value).isEqualTo(new CorrectiveActionId(value));
  }

  @Test
  void of_twoHundredCharacters_isAccepted() {
    assertThat(CorrectiveActionId.of("c".repeat(200)).value()).hasSize(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "_x", "has space", "semi;colon", "line\nbreak"})
  void of_invalidSyntax_throwsNamingTheValue(String value) {
    assertThatThrownBy(() -> CorrectiveActionId.of(value))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("corrective action id was '")
        .hasMessageContaining("expected 1 to 200 letters, digits");
  }

  @Test
  void of_invalidSyntax_messageQuotesTheValue() {
    assertThatThrownBy(() -> CorrectiveActionId.of("has space")).hasMessageContaining("corrective action id was 'has space'");
  }

  @Test
  void of_tooLong_throws() {
    assertThatThrownBy(() -> CorrectiveActionId.of("c".repeat(201)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("corrective action id was 'ccc");
  }

  @Test
  void of_null_throwsNamingIt() {
    assertThatThrownBy(() -> CorrectiveActionId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("corrective action id");
  }

  @Test
  void compareTo_ordersByValue() {
    assertThat(CorrectiveActionId.of("a-1")).isLessThan(CorrectiveActionId.of("a-2"));
    assertThat(CorrectiveActionId.of("b")).isGreaterThan(CorrectiveActionId.of("a-2"));
    assertThat(CorrectiveActionId.of("a").compareTo(CorrectiveActionId.of("a"))).isZero();
  }
}
