package org.qms4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qms4j.InvalidModelException;

class CatalogIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"iso-9001:2015", "a", "7", "acme_local:3", "x.y/z1+2-3"})
  void of_validSyntax_keepsTheValue(String value) {
    CatalogId id = CatalogId.of(value);

    assertThat(id.value()).isEqualTo(value);
    assertThat(id).hasToString(value).isEqualTo(new CatalogId(value));
  }

  @Test
  void of_twoHundredCharacters_isAccepted() {
    String longest = "a".repeat(200);

    assertThat(CatalogId.of(longest).value()).hasSize(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "-abc", ".abc", "iso 9001", "iso9001!", "é", "a\tb", "iso#9001"})
  void of_invalidSyntax_throwsNamingTheValue(String value) {
    assertThatThrownBy(() -> CatalogId.of(value))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("catalog id was '")
        .hasMessageContaining("expected 1 to 200 letters, digits or . _ : / + -, starting with a letter or digit");
  }

  @Test
  void of_invalidSyntax_messageQuotesTheValue() {
    assertThatThrownBy(() -> CatalogId.of("iso 9001"))
        .hasMessageContaining("'iso 9001'");
  }

  @Test
  void of_controlCharacter_messageEscapesIt() {
    assertThatThrownBy(() -> CatalogId.of("a\nb"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("'a\\u000ab'");
  }

  @Test
  void of_tooLong_throwsWithTheValueShortenedToEightyCharacters() {
    String tooLong = "b".repeat(201);

    assertThatThrownBy(() -> CatalogId.of(tooLong))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("'" + "b".repeat(80) + "...'")
        .hasMessageNotContaining("b".repeat(81));
  }

  @Test
  void of_invalidValueOfEightyCharacters_isShownWhole() {
    String eighty = "!" + "a".repeat(79);

    assertThatThrownBy(() -> CatalogId.of(eighty)).hasMessageContaining("'" + eighty + "'");
  }

  @Test
  void of_manyControlCharacters_messageShowsAtMostEightyCharactersAndMarksTheCut() {
    // 30 control characters escape to 180 characters; 13 escapes (78 characters) fit in 80
    String controls = "\u0001".repeat(30);

    assertThatThrownBy(() -> CatalogId.of(controls))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("'" + "\\u0001".repeat(13) + "...'");
  }

  @Test
  void of_null_throwsNamingIt() {
    assertThatThrownBy(() -> CatalogId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("catalog id");
  }

  @Test
  void compareTo_ordersByValue() {
    assertThat(CatalogId.of("a:1")).isLessThan(CatalogId.of("b:1"));
    assertThat(CatalogId.of("b:1")).isGreaterThan(CatalogId.of("a:2"));
    assertThat(CatalogId.of("a:1").compareTo(CatalogId.of("a:1"))).isZero();
  }
}
