package org.qms4j.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.qms4j.InvalidModelException;
import org.qms4j.audit.AuditId;
import org.qms4j.capa.CorrectiveActionId;

class PresentedTest {
  private static final CorrectiveActionId CA_7 = CorrectiveActionId.of("CA-7");
  private static final CorrectiveActionId CA_12 = CorrectiveActionId.of("CA-12");
  private static final CorrectiveActionId CA_9 = CorrectiveActionId.of("CA-9");

  @Test
  void audit_referencesTheAuditAndReadsItBack() {
    Presented p = Presented.audit(AuditId.of("IA-2026-03"));

    assertThat(p.kind()).isEqualTo(PresentedKind.AUDIT);
    assertThat(p.reference()).isEqualTo("IA-2026-03");
    assertThat(p.auditId()).contains(AuditId.of("IA-2026-03"));
    assertThat(p.correctiveActionIds()).isEmpty();
  }

  @Test
  void correctiveActions_joinsTheIdsSortedAndOnce_andReadsThemBack() {
    Presented p = Presented.correctiveActions(List.of(CA_9, CA_7, CA_12, CA_7));

    assertThat(p.kind()).isEqualTo(PresentedKind.CORRECTIVE_ACTIONS);
    assertThat(p.reference()).isEqualTo("CA-12, CA-7, CA-9");
    assertThat(p.correctiveActionIds()).containsExactly(CA_12, CA_7, CA_9);
    assertThat(p.auditId()).isEmpty();
  }

  @Test
  void correctiveActions_readBack_isUnmodifiable() {
    List<CorrectiveActionId> ids = Presented.correctiveActions(Set.of(CA_7)).correctiveActionIds();

    assertThatThrownBy(() -> ids.add(CA_9)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void correctiveActions_empty_throws() {
    assertThatThrownBy(() -> Presented.correctiveActions(List.of()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("CORRECTIVE_ACTIONS")
        .hasMessageContaining("at least one");
  }

  @Test
  void correctiveActions_nullElement_throwsNamingIt() {
    List<CorrectiveActionId> withNull = new ArrayList<>();
    withNull.add(CA_7);
    withNull.add(null);

    assertThatThrownBy(() -> Presented.correctiveActions(withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("actions element");
  }

  @Test
  void correctiveActions_joinedPastTheLimit_throwsCountingThemWithoutListingThem() {
    List<CorrectiveActionId> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      many.add(CorrectiveActionId.of("CA-2026-" + (1000 + i)));
    }

    assertThatThrownBy(() -> Presented.correctiveActions(many))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("40 action ids")
        .hasMessageContaining("at most " + Presented.MAX_REFERENCE)
        .hasMessageNotContaining("CA-2026-1039");
  }

  @Test
  void correctiveActions_justWithinTheLimit_isAccepted() {
    // 20 ids of 8 characters joined by ", ": 20 * 8 + 19 * 2 = 198 characters
    List<CorrectiveActionId> ids = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ids.add(CorrectiveActionId.of("CA-" + (10000 + i)));
    }

    Presented p = Presented.correctiveActions(ids);

    assertThat(p.reference()).hasSize(198);
    assertThat(p.correctiveActionIds()).containsExactlyElementsOf(ids);
  }

  @Test
  void indicator_keepsTheId() {
    Presented p = Presented.indicator("on-time-delivery");

    assertThat(p).isEqualTo(new Presented(PresentedKind.INDICATOR, "on-time-delivery"));
    assertThat(p.auditId()).isEmpty();
  }

  @Test
  void textFactories_keepTheTextAndKind() {
    assertThat(Presented.riskReview("Risk register review, Q4 2025"))
        .isEqualTo(new Presented(PresentedKind.RISK_REVIEW, "Risk register review, Q4 2025"));
    assertThat(Presented.document("Complaints report 2025 rev 2"))
        .isEqualTo(new Presented(PresentedKind.DOCUMENT, "Complaints report 2025 rev 2"));
    assertThat(Presented.other("Verbal report by the head of pharmacy"))
        .isEqualTo(Presented.of(PresentedKind.OTHER, "Verbal report by the head of pharmacy"));
  }

  @ParameterizedTest
  @EnumSource(PresentedKind.class)
  void constructor_blankReference_throwsNamingTheKind(PresentedKind kind) {
    assertThatThrownBy(() -> new Presented(kind, "  "))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("presented " + kind + ": reference was blank");
  }

  @ParameterizedTest
  @EnumSource(value = PresentedKind.class, names = {"RISK_REVIEW", "DOCUMENT", "OTHER"})
  void constructor_freeText_isOneLineOfAtMost200(PresentedKind kind) {
    assertThat(new Presented(kind, "x".repeat(200)).reference()).hasSize(200);
    assertThatThrownBy(() -> new Presented(kind, "x".repeat(201)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("201 characters long; expected at most 200");
    assertThatThrownBy(() -> new Presented(kind, "two\nlines"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("expected one line");
    assertThat(new Presented(kind, "free text, with spaces; and punctuation").reference()).contains(" ");
  }

  @ParameterizedTest
  @EnumSource(value = PresentedKind.class, names = {"AUDIT", "INDICATOR"})
  void constructor_idKindWithFreeText_throwsQuotingIt(PresentedKind kind) {
    assertThatThrownBy(() -> new Presented(kind, "the spring audit"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("presented " + kind + ": reference was 'the spring audit'")
        .hasMessageContaining("expected 1 to 200 letters, digits");
  }

  @ParameterizedTest
  @ValueSource(strings = {"CA-1,CA-2", "CA-1, ", ", CA-1", "CA-1,  CA-2", "CA 1"})
  void constructor_correctiveActionsNotIdsJoinedByCommaSpace_throws(String reference) {
    assertThatThrownBy(() -> new Presented(PresentedKind.CORRECTIVE_ACTIONS, reference))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("presented CORRECTIVE_ACTIONS: reference");
  }

  @Test
  void constructor_correctiveActionsWrittenByHand_readBackInTheirOrder() {
    Presented p = new Presented(PresentedKind.CORRECTIVE_ACTIONS, "CA-9, CA-7");

    assertThat(p.correctiveActionIds()).containsExactly(CA_9, CA_7);
  }

  @Test
  void constructor_controlCharacterInReference_messageDoesNotEchoIt() {
    assertThatThrownBy(() -> Presented.other("a\u0000b" + "c".repeat(180)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("U+0000")
        .hasMessageNotContaining("\u0000")
        .hasMessageNotContaining("ccc");
  }

  @Test
  void factories_null_throwNamingTheArgument() {
    assertThatThrownBy(() -> Presented.audit(null)).isInstanceOf(NullPointerException.class).hasMessage("audit");
    assertThatThrownBy(() -> Presented.correctiveActions(null)).isInstanceOf(NullPointerException.class).hasMessage("actions");
    assertThatThrownBy(() -> Presented.indicator(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> Presented.riskReview(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> new Presented(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("kind");
    assertThatThrownBy(() -> new Presented(PresentedKind.OTHER, null)).isInstanceOf(NullPointerException.class).hasMessage("reference");
  }
}
