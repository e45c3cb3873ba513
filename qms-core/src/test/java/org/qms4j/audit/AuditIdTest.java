package org.qms4j.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qms4j.InvalidModelException;

class AuditIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"AUD-2026/Q1", "a", "9", "x.y_z:1/2#3+4-5"})
  void of_validSyntax_keepsTheValue(String value) {
    AuditId id = AuditId.of(value);

    assertThat(id.value()).isEqualTo(value);
    assertThat(id).hasToString(value).isEqualTo(new AuditId(value));
  }

  @Test
  void of_twoHundredCharacters_isAccepted() {
    assertThat(AuditId.of("c".repeat(200)).value()).hasSize(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "_x", "has space", "semi;colon", "line\nbreak"})
  void of_invalidSyntax_throwsNamingTheValue(String value) {
    assertThatThrownBy(() -> AuditId.of(value))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("audit id was '")
        .hasMessageContaining("expected 1 to 200 letters, digits");
  }

  @Test
  void of_invalidSyntax_messageQuotesTheValue() {
    assertThatThrownBy(() -> AuditId.of("has space")).hasMessageContaining("audit id was 'has space'");
  }

  @Test
  void of_tooLong_throws() {
    assertThatThrownBy(() -> AuditId.of("c".repeat(201)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("audit id was 'ccc");
  }

  @Test
  void of_null_throwsNamingIt() {
    assertThatThrownBy(() -> AuditId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("audit id");
  }

  @Test
  void compareTo_ordersByValue() {
    assertThat(AuditId.of("a-1")).isLessThan(AuditId.of("a-2"));
    assertThat(AuditId.of("b")).isGreaterThan(AuditId.of("a-2"));
    assertThat(AuditId.of("a").compareTo(AuditId.of("a"))).isZero();
  }
}
