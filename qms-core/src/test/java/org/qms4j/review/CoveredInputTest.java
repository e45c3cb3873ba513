package org.qms4j.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qms4j.InvalidModelException;
import org.qms4j.audit.AuditId;
import org.qms4j.catalog.ReviewInput;

class CoveredInputTest {
  private static final Presented AUDIT = Presented.audit(AuditId.of("IA-2026-03"));
  private static final Presented KPI = Presented.indicator("on-time-delivery");

  @Test
  void of_keepsCodeAndPresentedInOrder_withoutSummary() {
    CoveredInput c = CoveredInput.of("audit-results", AUDIT, KPI);

    assertThat(c.code()).isEqualTo("audit-results");
    assertThat(c.presented()).containsExactly(AUDIT, KPI);
    assertThat(c.summary()).isEmpty();
  }

  @Test
  void withSummary_keepsTheRestAndAcceptsSeveralLines() {
    CoveredInput c = CoveredInput.of("audit-results", AUDIT).withSummary("Two minor findings.\nBoth closed.");

    assertThat(c.summary()).contains("Two minor findings.\nBoth closed.");
    assertThat(c.code()).isEqualTo("audit-results");
    assertThat(c.presented()).containsExactly(AUDIT);
  }

  @Test
  void constructor_copiesThePresentedList() {
    List<Presented> list = new ArrayList<>(List.of(AUDIT));
    CoveredInput c = new CoveredInput("audit-results", list, Optional.empty());

    list.add(KPI);

    assertThat(c.presented()).containsExactly(AUDIT);
    assertThatThrownBy(() -> c.presented().add(KPI)).isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "audit-results", "x9-", "process-monitoring"})
  void constructor_reviewInputCode_isAccepted(String code) {
    assertThat(CoveredInput.of(code, AUDIT).code()).isEqualTo(code);
    assertThat(ReviewInput.of(code, "same syntax as the catalog's").code()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Audit-results", "9-audits", "-audits", "audit results", "audit_results", "audit.results"})
  void constructor_notAReviewInputCode_throwsQuotingIt(String code) {
    assertThatThrownBy(() -> CoveredInput.of(code, AUDIT))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("covered input: code was '" + code + "'")
        .hasMessageContaining("lower-case letters, digits or -, starting with a letter");
    assertThatThrownBy(() -> ReviewInput.of(code, "the catalog refuses it too")).isInstanceOf(InvalidModelException.class);
  }

  @Test
  void constructor_codeOf64_isAccepted_of65_throws() {
    assertThat(CoveredInput.of("a".repeat(ReviewInput.MAX_CODE), AUDIT).code()).hasSize(64);
    assertThatThrownBy(() -> CoveredInput.of("a".repeat(65), AUDIT))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("expected 1 to 64");
  }

  @Test
  void constructor_nothingPresented_throwsNamingTheCode() {
    assertThatThrownBy(() -> new CoveredInput("audit-results", List.of(), Optional.empty()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("covered input audit-results: presented was empty; expected at least one thing presented");
  }

  @Test
  void constructor_upTo100Presented_isAccepted_101_throws() {
    assertThat(new CoveredInput("audits", Collections.nCopies(100, AUDIT), Optional.empty()).presented()).hasSize(100);
    assertThatThrownBy(() -> new CoveredInput("audits", Collections.nCopies(101, AUDIT), Optional.empty()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("covered input audits: presented had 101 entries; expected at most 100");
  }

  @Test
  void constructor_summaryLimits() {
    assertThat(CoveredInput.of("audits", AUDIT).withSummary("s".repeat(2_000)).summary().orElseThrow()).hasSize(2_000);
    assertThatThrownBy(() -> CoveredInput.of("audits", AUDIT).withSummary("s".repeat(2_001)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("covered input audits: summary was 2001 characters long; expected at most 2000");
    assertThatThrownBy(() -> CoveredInput.of("audits", AUDIT).withSummary(" \n "))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("summary was blank");
    assertThatThrownBy(() -> CoveredInput.of("audits", AUDIT).withSummary("bell\u0007"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("U+0007");
  }

  @Test
  void constructor_nulls_throwNamingThePart() {
    assertThatThrownBy(() -> new CoveredInput(null, List.of(AUDIT), Optional.empty())).hasMessage("code");
    assertThatThrownBy(() -> new CoveredInput("audits", null, Optional.empty())).hasMessage("presented");
    assertThatThrownBy(() -> new CoveredInput("audits", List.of(AUDIT), null)).hasMessage("summary");
    List<Presented> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> new CoveredInput("audits", withNull, Optional.empty())).isInstanceOf(NullPointerException.class);
  }
}
