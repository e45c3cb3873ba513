package org.qms4j.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qms4j.InvalidModelException;

class DocumentVersionRefTest {
  private static final DocumentId SOP = DocumentId.of("SOP-12");

  @ParameterizedTest
  @ValueSource(strings = {"1", "3.1", "rev-B", "2026_01", "A", "v1.0.0-rc_2"})
  void of_validVersion_keepsDocumentAndVersion(String version) {
    DocumentVersionRef ref = DocumentVersionRef.of(SOP, version);

    assertThat(ref.document()).isEqualTo(SOP);
    assertThat(ref.version()).isEqualTo(version);
    assertThat(ref).isEqualTo(new DocumentVersionRef(SOP, version));
  }

  @Test
  void toString_isDocumentAtVersion() {
    assertThat(DocumentVersionRef.of(SOP, "3.1")).hasToString("SOP-12@3.1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"SOP-12@3.1", "a@1", "x.y_z:1/2#3+4-5(6)@v-1_2.3", "SOP-12@" + "9"})
  void parse_ofTheTextForm_roundTrips(String text) {
    DocumentVersionRef ref = DocumentVersionRef.parse(text);

    assertThat(ref).hasToString(text);
    assertThat(DocumentVersionRef.parse(ref.toString())).isEqualTo(ref);
  }

  @Test
  void parse_splitsAtTheAt() {
    DocumentVersionRef ref = DocumentVersionRef.parse("WI-3.2@1.0");

    assertThat(ref.document()).isEqualTo(DocumentId.of("WI-3.2"));
    assertThat(ref.version()).isEqualTo("1.0");
  }

  @Test
  void of_fiftyCharacters_isAcceptedAndFiftyOneIsNot() {
    assertThat(DocumentVersionRef.of(SOP, "9".repeat(50)).version()).hasSize(DocumentVersionRef.MAX_VERSION);
    assertThatThrownBy(() -> DocumentVersionRef.of(SOP, "9".repeat(51)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("expected 1 to 50");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "1 2", "1@2", "rev/2", "v:1", "é", "1\n"})
  void of_malformedVersion_throwsNamingDocumentAndValue(String version) {
    assertThatThrownBy(() -> DocumentVersionRef.of(SOP, version))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("document SOP-12: version was '")
        .hasMessageContaining("letters, digits or . - _");
  }

  @ParameterizedTest
  @ValueSource(strings = {"SOP-12", "SOP-12@", "@1", "SOP@12@1", "", "SOP 12@1", "SOP-12@1 2"})
  void parse_malformedText_throws(String text) {
    assertThatThrownBy(() -> DocumentVersionRef.parse(text)).isInstanceOf(InvalidModelException.class);
  }

  @Test
  void parse_withoutAt_namesTheExpectedForm() {
    assertThatThrownBy(() -> DocumentVersionRef.parse("SOP-12"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("'SOP-12'")
        .hasMessageContaining("<document>@<version>");
  }

  @Test
  void parse_longMalformedText_isShortenedInTheMessage() {
    String text = "x".repeat(5_000);

    assertThatThrownBy(() -> DocumentVersionRef.parse(text)).hasMessageContaining("...").message().hasSizeLessThan(300);
  }

  @Test
  void nulls_throwNamingTheArgument() {
    assertThatThrownBy(() -> DocumentVersionRef.of(null, "1")).isInstanceOf(NullPointerException.class).hasMessage("document");
    assertThatThrownBy(() -> DocumentVersionRef.of(SOP, null)).isInstanceOf(NullPointerException.class).hasMessage("version");
    assertThatThrownBy(() -> DocumentVersionRef.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  @Test
  void compareTo_ordersByDocumentThenVersion() {
    assertThat(DocumentVersionRef.parse("A@2")).isLessThan(DocumentVersionRef.parse("B@1"));
    assertThat(DocumentVersionRef.parse("A@1")).isLessThan(DocumentVersionRef.parse("A@2"));
    assertThat(DocumentVersionRef.parse("A@1").compareTo(DocumentVersionRef.parse("A@1"))).isZero();
  }
}
