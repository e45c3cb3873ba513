package org.qms4j.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qms4j.InvalidModelException;

class DocumentIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"SOP-12", "a", "9", "x.y_z:1/2#3+4-5"})
  void of_validSyntax_keepsTheValue(String value) {
    DocumentId id = DocumentId.of(value);

    assertThat(id.value()).isEqualTo(value);
    assertThat(id).hasToString(value).isEqualTo(new DocumentId(value));
  }

  @Test
  void of_twoHundredCharacters_isAccepted() {
    assertThat(DocumentId.of("c".repeat(200)).value()).hasSize(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "_x", "has space", "semi;colon", "line\nbreak"})
  void of_invalidSyntax_throwsNamingTheValue(String value) {
    assertThatThrownBy(() -> DocumentId.of(value))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("document id was '")
        .hasMessageContaining("expected 1 to 200 letters, digits");
  }

  @Test
  void of_invalidSyntax_messageQuotesTheValue() {
    assertThatThrownBy(() -> DocumentId.of("has space")).hasMessageContaining("document id was 'has space'");
  }

  @Test
  void of_tooLong_throws() {
    assertThatThrownBy(() -> DocumentId.of("c".repeat(201)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("document id was 'ccc");
  }

  @Test
  void of_null_throwsNamingIt() {
    assertThatThrownBy(() -> DocumentId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("document id");
  }

  @Test
  void compareTo_ordersByValue() {
    assertThat(DocumentId.of("a-1")).isLessThan(DocumentId.of("a-2"));
    assertThat(DocumentId.of("b")).isGreaterThan(DocumentId.of("a-2"));
    assertThat(DocumentId.of("a").compareTo(DocumentId.of("a"))).isZero();
  }

  @Test
  void parse_ofTheTextForm_givesTheSameId() {
    DocumentId id = DocumentId.of("SOP-12");

    assertThat(DocumentId.parse(id.toString())).isEqualTo(id);
  }

  @Test
  void of_withAnAt_throws() {
    // the text form of a version reference, SOP-12@3, relies on ids holding no @
    assertThatThrownBy(() -> DocumentId.of("SOP@12")).isInstanceOf(InvalidModelException.class).hasMessageContaining("'SOP@12'");
  }
}
