package org.qms4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qms4j.InvalidModelException;

class RequirementIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"iso-9001:2015/7.5.3-a", "a", "9", "x.y_z:1/2#3+4-5"})
  void of_validSyntax_keepsTheValue(String value) {
    RequirementId id = RequirementId.of(value);

    assertThat(id.value()).isEqualTo(value);
    assertThat(id).hasToString(value).isEqualTo(new RequirementId(value));
  }

  @Test
  void of_twoHundredCharacters_isAccepted() {
    assertThat(RequirementId.of("c".repeat(200)).value()).hasSize(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "_x", "has space", "semi;colon", "line\nbreak"})
  void of_invalidSyntax_throwsNamingTheValue(String value) {
    assertThatThrownBy(() -> RequirementId.of(value))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("requirement id was '")
        .hasMessageContaining("expected 1 to 200 letters, digits");
  }

  @Test
  void of_invalidSyntax_messageQuotesTheValue() {
    assertThatThrownBy(() -> RequirementId.of("has space")).hasMessageContaining("requirement id was 'has space'");
  }

  @Test
  void of_tooLong_throws() {
    assertThatThrownBy(() -> RequirementId.of("c".repeat(201)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("requirement id was 'ccc");
  }

  @Test
  void of_null_throwsNamingIt() {
    assertThatThrownBy(() -> RequirementId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("requirement id");
  }

  @Test
  void compareTo_ordersByValue() {
    assertThat(RequirementId.of("a-1")).isLessThan(RequirementId.of("a-2"));
    assertThat(RequirementId.of("b")).isGreaterThan(RequirementId.of("a-2"));
    assertThat(RequirementId.of("a").compareTo(RequirementId.of("a"))).isZero();
  }
}
