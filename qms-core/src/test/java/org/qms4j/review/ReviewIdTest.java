package org.qms4j.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qms4j.InvalidModelException;

class ReviewIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"MR-2026/H1", "a", "9", "x.y_z:1/2#3+4-5"})
  void of_validSyntax_keepsTheValue(String value) {
    ReviewId id = ReviewId.of(value);

    assertThat(id.value()).isEqualTo(value);
    assertThat(id).hasToString(value).isEqualTo(new ReviewId(value));
  }

  @Test
  void of_twoHundredCharacters_isAccepted() {
    assertThat(ReviewId.of("c".repeat(200)).value()).hasSize(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "_x", "has space", "semi;colon", "line\nbreak"})
  void of_invalidSyntax_throwsNamingTheValue(String value) {
    assertThatThrownBy(() -> ReviewId.of(value))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("review id was '")
        .hasMessageContaining("expected 1 to 200 letters, digits");
  }

  @Test
  void of_invalidSyntax_messageQuotesTheValue() {
    assertThatThrownBy(() -> ReviewId.of("has space")).hasMessageContaining("review id was 'has space'");
  }

  @Test
  void of_tooLong_throws() {
    assertThatThrownBy(() -> ReviewId.of("c".repeat(201)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("review id was 'ccc");
  }

  @Test
  void of_null_throwsNamingIt() {
    assertThatThrownBy(() -> ReviewId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("review id");
  }

  @Test
  void compareTo_ordersByValue() {
    assertThat(ReviewId.of("a-1")).isLessThan(ReviewId.of("a-2"));
    assertThat(ReviewId.of("b")).isGreaterThan(ReviewId.of("a-2"));
    assertThat(ReviewId.of("a").compareTo(ReviewId.of("a"))).isZero();
  }
}
