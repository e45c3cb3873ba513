package org.qms4j.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qms4j.InvalidModelException;

class RiskIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"R-12/a", "a", "9", "x.y_z:1/2#3+4-5"})
  void of_validSyntax_keepsTheValue(String value) {
    RiskId id = RiskId.of(value);

    assertThat(id.value()).isEqualTo(value);
    assertThat(id).hasToString(value).isEqualTo(new RiskId(value));
  }

  @Test
  void of_twoHundredCharacters_isAccepted() {
    assertThat(RiskId.of("c".repeat(200)).value()).hasSize(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "_x", "has space", "semi;colon", "line\nbreak"})
  void of_invalidSyntax_throwsNamingTheValue(String value) {
    assertThatThrownBy(() -> RiskId.of(value))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("risk id was '")
        .hasMessageContaining("expected 1 to 200 letters, digits");
  }

  @Test
  void of_invalidSyntax_messageQuotesTheValue() {
    assertThatThrownBy(() -> RiskId.of("has space")).hasMessageContaining("risk id was 'has space'");
  }

  @Test
  void of_tooLong_throws() {
    assertThatThrownBy(() -> RiskId.of("c".repeat(201)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("risk id was 'ccc");
  }

  @Test
  void of_null_throwsNamingIt() {
    assertThatThrownBy(() -> RiskId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("risk id");
  }

  @Test
  void compareTo_ordersByValue() {
    assertThat(RiskId.of("a-1")).isLessThan(RiskId.of("a-2"));
    assertThat(RiskId.of("b")).isGreaterThan(RiskId.of("a-2"));
    assertThat(RiskId.of("a").compareTo(RiskId.of("a"))).isZero();
  }
}
