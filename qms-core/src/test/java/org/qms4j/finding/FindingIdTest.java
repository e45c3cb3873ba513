package org.qms4j.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qms4j.InvalidModelException;

class FindingIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"F-2026-01", "a", "9", "x.y_z:1/2#3+4-5"})
  void of_validSyntax_keepsTheValue(String value) {
    FindingId id = FindingId.of(value);

    assertThat(id.value()).isEqualTo(value);
    assertThat(id).hasToString(value).isEqualTo(new FindingId(value));
  }

  @Test
  void of_twoHundredCharacters_isAccepted() {
    assertThat(FindingId.of("c".repeat(200)).value()).hasSize(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "_x", "has space", "semi;colon", "line\nbreak"})
  void of_invalidSyntax_throwsNamingTheValue(String value) {
    assertThatThrownBy(() -> FindingId.of(value))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("finding id was '")
        .hasMessageContaining("expected 1 to 200 letters, digits");
  }

  @Test
  void of_invalidSyntax_messageQuotesTheValue() {
    assertThatThrownBy(() -> FindingId.of("has space")).hasMessageContaining("finding id was 'has space'");
  }

  @Test
  void of_tooLong_throws() {
    assertThatThrownBy(() -> FindingId.of("c".repeat(201)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("finding id was 'ccc");
  }

  @Test
  void of_null_throwsNamingIt() {
    assertThatThrownBy(() -> FindingId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("finding id");
  }

  @Test
  void compareTo_ordersByValue() {
    assertThat(FindingId.of("a-1")).isLessThan(FindingId.of("a-2"));
    assertThat(FindingId.of("b")).isGreaterThan(FindingId.of("a-2"));
    assertThat(FindingId.of("a").compareTo(FindingId.of("a"))).isZero();
  }
}
