package org.qms4j.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qms4j.InvalidModelException;

class ObjectiveIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"OBJ-2026/Q1", "a", "9", "x.y_z:1/2#3+4-5"})
  void of_validSyntax_keepsTheValue(String value) {
    ObjectiveId id = ObjectiveId.of(value);

    assertThat(id.value()).isEqualTo(value);
    assertThat(id).hasToString(value).isEqualTo(new ObjectiveId(value));
  }

  @Test
  void of_twoHundredCharacters_isAccepted() {
    assertThat(ObjectiveId.of("c".repeat(200)).value()).hasSize(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "_x", "has space", "semi;colon", "line\nbreak"})
  void of_invalidSyntax_throwsNamingTheValue(String value) {
    assertThatThrownBy(() -> ObjectiveId.of(value))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("objective id was '")
        .hasMessageContaining("expected 1 to 200 letters, digits");
  }

  @Test
  void of_invalidSyntax_messageQuotesTheValue() {
    assertThatThrownBy(() -> ObjectiveId.of("has space")).hasMessageContaining("objective id was 'has space'");
  }

  @Test
  void of_tooLong_throws() {
    assertThatThrownBy(() -> ObjectiveId.of("c".repeat(201)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("objective id was 'ccc");
  }

  @Test
  void of_null_throwsNamingIt() {
    assertThatThrownBy(() -> ObjectiveId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("objective id");
  }

  @Test
  void compareTo_ordersByValue() {
    assertThat(ObjectiveId.of("a-1")).isLessThan(ObjectiveId.of("a-2"));
    assertThat(ObjectiveId.of("b")).isGreaterThan(ObjectiveId.of("a-2"));
    assertThat(ObjectiveId.of("a").compareTo(ObjectiveId.of("a"))).isZero();
  }
}
