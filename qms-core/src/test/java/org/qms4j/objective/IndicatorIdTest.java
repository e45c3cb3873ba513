package org.qms4j.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qms4j.InvalidModelException;

class IndicatorIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"falls-per-1000", "a", "9", "x.y_z:1/2#3+4-5"})
  void of_validSyntax_keepsTheValue(String value) {
    IndicatorId id = IndicatorId.of(value);

    assertThat(id.value()).isEqualTo(value);
    assertThat(id).hasToString(value).isEqualTo(new IndicatorId(value));
  }

  @Test
  void of_twoHundredCharacters_isAccepted() {
    assertThat(IndicatorId.of("c".repeat(200)).value()).hasSize(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "_x", "has space", "semi;colon", "line\nbreak"})
  void of_invalidSyntax_throwsNamingTheValue(String value) {
    assertThatThrownBy(() -> IndicatorId.of(value))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("indicator id was '")
        .hasMessageContaining("expected 1 to 200 letters, digits");
  }

  @Test
  void of_invalidSyntax_messageQuotesTheValue() {
    assertThatThrownBy(() -> IndicatorId.of("has space")).hasMessageContaining("indicator id was 'has space'");
  }

  @Test
  void of_tooLong_throws() {
    assertThatThrownBy(() -> IndicatorId.of("c".repeat(201)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("indicator id was 'ccc");
  }

  @Test
  void of_null_throwsNamingIt() {
    assertThatThrownBy(() -> IndicatorId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("indicator id");
  }

  @Test
  void compareTo_ordersByValue() {
    assertThat(IndicatorId.of("a-1")).isLessThan(IndicatorId.of("a-2"));
    assertThat(IndicatorId.of("b")).isGreaterThan(IndicatorId.of("a-2"));
    assertThat(IndicatorId.of("a").compareTo(IndicatorId.of("a"))).isZero();
  }
}
