package org.qms4j.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qms4j.InvalidModelException;

class CertificateIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"CERT-2026/0417", "a", "9", "x.y_z:1/2#3+4-5"})
  void of_validSyntax_keepsTheValue(String value) {
    CertificateId id = CertificateId.of(value);

    assertThat(id.value()).isEqualTo(value);
    assertThat(id).hasToString(value).isEqualTo(new CertificateId(value));
  }

  @Test
  void of_twoHundredCharacters_isAccepted() {
    assertThat(CertificateId.of("c".repeat(200)).value()).hasSize(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "_x", "has space", "semi;colon", "line\nbreak"})
  void of_invalidSyntax_throwsNamingTheValue(String value) {
    assertThatThrownBy(() -> CertificateId.of(value))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("certificate id was '")
        .hasMessageContaining("expected 1 to 200 letters, digits");
  }

  @Test
  void of_invalidSyntax_messageQuotesTheValue() {
    assertThatThrownBy(() -> CertificateId.of("has space")).hasMessageContaining("certificate id was 'has space'");
  }

  @Test
  void of_tooLong_throws() {
    assertThatThrownBy(() -> CertificateId.of("c".repeat(201)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("certificate id was 'ccc");
  }

  @Test
  void of_null_throwsNamingIt() {
    assertThatThrownBy(() -> CertificateId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("certificate id");
  }

  @Test
  void compareTo_ordersByValue() {
    assertThat(CertificateId.of("a-1")).isLessThan(CertificateId.of("a-2"));
    assertThat(CertificateId.of("b")).isGreaterThan(CertificateId.of("a-2"));
    assertThat(CertificateId.of("a").compareTo(CertificateId.of("a"))).isZero();
  }
}
