package org.qms4j.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qms4j.InvalidModelException;

class PersonTest {
  private static final PersonId ANA = PersonId.of("ana");

  @Test
  void of_idAndName_keepsBoth() {
    Person p = Person.of(ANA, "Ana Lima");

    assertThat(p.id()).isEqualTo(ANA);
    assertThat(p.name()).isEqualTo("Ana Lima");
    assertThat(p).isEqualTo(Person.builder().id(ANA).name("Ana Lima").build());
  }

  @Test
  void of_twoHundredCharacterName_isAccepted() {
    assertThat(Person.of(ANA, "n".repeat(Person.MAX_NAME)).name()).hasSize(200);
  }

  @Test
  void of_nameTooLong_throwsNamingPersonAndLength() {
    assertThatThrownBy(() -> Person.of(ANA, "n".repeat(201)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("person ana: name was 201 characters long; expected at most 200");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "Ana\nLima", "Ana\u2028Lima", "Ana\u202ELima"})
  void of_nameNotOneVisibleLine_throwsNamingTheField(String name) {
    assertThatThrownBy(() -> Person.of(ANA, name))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("person ana: name ");
  }

  @Test
  void builder_withoutName_throws() {
    assertThatThrownBy(() -> Person.builder().id(ANA).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("name");
  }

  @Test
  void of_nulls_throwNullPointerException() {
    assertThatThrownBy(() -> Person.of(null, "Ana")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Person.of(ANA, null)).isInstanceOf(NullPointerException.class);
  }
}
