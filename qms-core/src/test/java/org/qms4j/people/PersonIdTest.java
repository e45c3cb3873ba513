package org.qms4j.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qms4j.InvalidModelException;

class PersonIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"u.kowalski", "a", "9", "x.y_z:1/2#3+4-5"})
  void of_validSyntax_keepsTheValue(String value) {
    PersonId id = PersonId.of(value);

    assertThat(id.value()).isEqualTo(value);
    assertThat(id).hasToString(value).isEqualTo(new PersonId(value));
  }

  @Test
  void of_twoHundredCharacters_isAccepted() {
    assertThat(PersonId.of("c".repeat(200)).value()).hasSize(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "_x", "has space", "semi;colon", "line\nbreak"})
  void of_invalidSyntax_throwsNamingTheValue(String value) {
    assertThatThrownBy(() -> PersonId.of(value))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("person id was '")
        .hasMessageContaining("expected 1 to 200 letters, digits");
  }

  @Test
  void of_invalidSyntax_messageQuotesTheValue() {
    assertThatThrownBy(() -> PersonId.of("has space")).hasMessageContaining("person id was 'has space'");
  }

  @Test
  void of_tooLong_throws() {
    assertThatThrownBy(() -> PersonId.of("c".repeat(201)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("person id was 'ccc");
  }

  @Test
  void of_null_throwsNamingIt() {
    assertThatThrownBy(() -> PersonId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("person id");
  }

  @Test
  void compareTo_ordersByValue() {
    assertThat(PersonId.of("a-1")).isLessThan(PersonId.of("a-2"));
    assertThat(PersonId.of("b")).isGreaterThan(PersonId.of("a-2"));
    assertThat(PersonId.of("a").compareTo(PersonId.of("a"))).isZero();
  }
}
