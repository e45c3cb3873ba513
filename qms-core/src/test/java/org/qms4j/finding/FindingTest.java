package org.qms4j.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qms4j.InvalidModelException;
import org.qms4j.audit.AuditId;
import org.qms4j.catalog.RequirementId;
import org.qms4j.testing.Examples;

class FindingTest {
  private static final Instant RAISED = Instant.parse("2026-03-02T10:00:00Z");
  private static final Instant CLOSED = Instant.parse("2026-04-02T10:00:00Z");

  @Test
  void build_allAttributes_keepsThem() {
    Finding f =
        Finding.builder()
            .id(FindingId.of("F-2026-01"))
            .addRequirement(RequirementId.of("r-1"))
            .grade(FindingGrade.MAJOR_NONCONFORMITY)
            .statement("Obsolete SOPs in use.")
            .objectiveEvidence("SOP-12 rev 3 in the ward 4 binder.")
            .raisedAt(RAISED)
            .audit(AuditId.of("AUD-1"))
            .closedAt(CLOSED)
            .build();

    assertThat(f.id()).isEqualTo(FindingId.of("F-2026-01"));
    assertThat(f.requirements()).containsExactly(RequirementId.of("r-1"));
    assertThat(f.grade()).isEqualTo(FindingGrade.MAJOR_NONCONFORMITY);
    assertThat(f.statement()).isEqualTo("Obsolete SOPs in use.");
    assertThat(f.objectiveEvidence()).isEqualTo("SOP-12 rev 3 in the ward 4 binder.");
    assertThat(f.raisedAt()).isEqualTo(RAISED);
    assertThat(f.audit()).contains(AuditId.of("AUD-1"));
    assertThat(f.closedAt()).contains(CLOSED);
  }

  @Test
  void isOpenAt_openFinding_isOpenFromRaisedAtOn() {
    Finding f = Examples.finding("F-1").raisedAt(RAISED).build();

    assertThat(f.isOpenAt(RAISED.minusNanos(1))).as("before it was raised").isFalse();
    assertThat(f.isOpenAt(RAISED)).as("when it was raised").isTrue();
    assertThat(f.isOpenAt(Instant.parse("2030-01-01T00:00:00Z"))).isTrue();
    assertThat(f.audit()).isEmpty();
    assertThat(f.closedAt()).isEmpty();
  }

  @Test
  void isOpenAt_closedFinding_isClosedFromClosedAtOn() {
    Finding f = Examples.finding("F-1").raisedAt(RAISED).closedAt(CLOSED).build();

    assertThat(f.isOpenAt(CLOSED.minusNanos(1))).as("just before closing").isTrue();
    assertThat(f.isOpenAt(CLOSED)).as("when closed").isFalse();
    assertThat(f.isOpenAt(CLOSED.plusSeconds(1))).isFalse();
  }

  @Test
  void isOpenAt_closedWhenRaised_isNeverOpen() {
    Finding f = Examples.finding("F-1").raisedAt(RAISED).closedAt(RAISED).build();

    assertThat(f.isOpenAt(RAISED)).isFalse();
    assertThat(f.isOpenAt(RAISED.minusNanos(1))).isFalse();
  }

  @Test
  void build_noRequirement_throwsNamingTheFinding() {
    assertThatThrownBy(() -> Examples.finding("F-9").requirements(List.of()).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("finding F-9: requirements was empty; expected at least one requirement id");
  }

  @Test
  void build_blankStatement_throwsNamingTheFinding() {
    assertThatThrownBy(() -> Examples.finding("F-9").statement(" ").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("finding F-9: statement was blank; expected some text");
  }

  @Test
  void build_blankObjectiveEvidence_throwsNamingTheFinding() {
    assertThatThrownBy(() -> Examples.finding("F-9").objectiveEvidence("").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("finding F-9: objectiveEvidence was blank; expected some text");
  }

  @Test
  void build_closedBeforeRaised_throwsNamingBothInstants() {
    assertThatThrownBy(() -> Examples.finding("F-9").raisedAt(RAISED).closedAt(RAISED.minusSeconds(1)).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("finding F-9: closedAt was 2026-03-02T09:59:59Z; expected at or after raisedAt 2026-03-02T10:00:00Z");
  }

  @Test
  void build_missingAttributes_throwsNamingThem() {
    assertThatThrownBy(() -> Finding.builder().id(FindingId.of("F-9")).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("grade")
        .hasMessageContaining("statement")
        .hasMessageContaining("raisedAt");
  }
}
