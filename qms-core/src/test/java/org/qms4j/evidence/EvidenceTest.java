package org.qms4j.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.RequirementId;
import org.qms4j.testing.Examples;

class EvidenceTest {
  private static final Instant COLLECTED = Instant.parse("2026-01-10T09:00:00Z");
  private static final Instant EFFECTIVE = Instant.parse("2026-01-15T00:00:00Z");
  private static final Instant EXPIRES = Instant.parse("2026-07-15T00:00:00Z");

  private static Evidence accepted() {
    return Examples.evidence("ev-1").collectedAt(COLLECTED).effectiveFrom(EFFECTIVE).expiresAt(EXPIRES).build();
  }

  @Test
  void build_allAttributes_keepsThem() {
    Evidence e =
        Evidence.builder()
            .id(EvidenceId.of("ev-1"))
            .addRequirement(RequirementId.of("r-1"))
            .addRequirement(RequirementId.of("r-2"))
            .kind(EvidenceKind.PROCEDURE)
            .status(EvidenceStatus.ACCEPTED)
            .collectedAt(COLLECTED)
            .effectiveFrom(EFFECTIVE)
            .expiresAt(EXPIRES)
            .owner("Quality manager")
            .reference("https://dms.example/SOP-12")
            .contentHash("sha256:9f86d0")
            .build();

    assertThat(e.id()).isEqualTo(EvidenceId.of("ev-1"));
    assertThat(e.requirements()).containsExactly(RequirementId.of("r-1"), RequirementId.of("r-2"));
    assertThat(e.kind()).isEqualTo(EvidenceKind.PROCEDURE);
    assertThat(e.status()).isEqualTo(EvidenceStatus.ACCEPTED);
    assertThat(e.collectedAt()).isEqualTo(COLLECTED);
    assertThat(e.effectiveFrom()).isEqualTo(EFFECTIVE);
    assertThat(e.expiresAt()).contains(EXPIRES);
    assertThat(e.owner()).isEqualTo("Quality manager");
    assertThat(e.reference()).isEqualTo("https://dms.example/SOP-12");
    assertThat(e.referenceUri()).isEqualTo(URI.create("https://dms.example/SOP-12"));
    assertThat(e.contentHash()).contains("sha256:9f86d0");
  }

  @Test
  void isValidAt_acceptedAndInEffect_isTrue() {
    Evidence e = accepted();

    assertThat(e.isValidAt(EFFECTIVE)).as("at effectiveFrom").isTrue();
    assertThat(e.isValidAt(Instant.parse("2026-03-01T00:00:00Z"))).isTrue();
    assertThat(e.isValidAt(EXPIRES.minusNanos(1))).as("just before expiry").isTrue();
  }

  @Test
  void isValidAt_atOrAfterExpiry_isFalse() {
    Evidence e = accepted();

    assertThat(e.isValidAt(EXPIRES)).isFalse();
    assertThat(e.isValidAt(EXPIRES.plusSeconds(1))).isFalse();
  }

  @Test
  void isValidAt_beforeEffectiveFrom_isFalse() {
    assertThat(accepted().isValidAt(EFFECTIVE.minusNanos(1))).isFalse();
  }

  @Test
  void isValidAt_beforeCollectedAt_isFalseEvenIfAlreadyEffective() {
    // a record dated (effective) before it was collected does not exist before its collection
    Evidence backdated =
        Examples.evidence("ev-2").collectedAt(COLLECTED).effectiveFrom(Instant.parse("2026-01-01T00:00:00Z")).build();

    assertThat(backdated.isValidAt(COLLECTED.minusNanos(1))).isFalse();
    assertThat(backdated.isValidAt(COLLECTED)).isTrue();
  }

  @Test
  void isValidAt_withoutExpiry_staysValid() {
    Evidence e = Examples.evidence("ev-3").collectedAt(COLLECTED).effectiveFrom(EFFECTIVE).build();

    assertThat(e.isValidAt(Instant.parse("2126-01-01T00:00:00Z"))).isTrue();
  }

  @ParameterizedTest
  @EnumSource(value = EvidenceStatus.class, names = {"DRAFT", "REJECTED", "SUPERSEDED"})
  void isValidAt_notAccepted_isFalse(EvidenceStatus status) {
    Evidence e = Evidence.builder().from(accepted()).status(status).build();

    assertThat(e.isValidAt(Instant.parse("2026-03-01T00:00:00Z"))).isFalse();
  }

  @Test
  void build_noRequirement_throwsNamingTheItem() {
    assertThatThrownBy(() -> Examples.evidence("ev-9").requirements(java.util.List.of()).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("evidence ev-9: requirements was empty; expected at least one requirement id");
  }

  @Test
  void build_blankOwner_throwsNamingTheItem() {
    assertThatThrownBy(() -> Examples.evidence("ev-9").owner("  ").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("evidence ev-9: owner was blank; expected some text");
  }

  @Test
  void build_blankContentHash_throwsNamingTheItem() {
    assertThatThrownBy(() -> Examples.evidence("ev-9").contentHash("").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("evidence ev-9: contentHash was blank; expected some text");
  }

  @Test
  void build_expiryEqualToEffectiveFrom_throwsNamingBothInstants() {
    assertThatThrownBy(() -> Examples.evidence("ev-9").effectiveFrom(EFFECTIVE).expiresAt(EFFECTIVE).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "evidence ev-9: expiresAt was 2026-01-15T00:00:00Z; expected after effectiveFrom 2026-01-15T00:00:00Z");
  }

  @Test
  void build_expiryBeforeEffectiveFrom_throws() {
    assertThatThrownBy(() -> Examples.evidence("ev-9").effectiveFrom(EFFECTIVE).expiresAt(COLLECTED).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("expiresAt was 2026-01-10T09:00:00Z; expected after effectiveFrom 2026-01-15T00:00:00Z");
  }

  @Test
  void build_expiryOneNanosecondAfterEffectiveFrom_isAccepted() {
    Evidence e = Examples.evidence("ev-9").effectiveFrom(EFFECTIVE).expiresAt(EFFECTIVE.plusNanos(1)).build();

    assertThat(e.isValidAt(EFFECTIVE)).isTrue();
  }

  @Test
  void build_missingAttributes_throwsNamingThem() {
    assertThatThrownBy(() -> Evidence.builder().id(EvidenceId.of("ev-9")).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("Evidence")
        .hasMessageContaining("kind")
        .hasMessageContaining("owner")
        .hasMessageContaining("reference");
  }

  @Test
  void equals_sameAttributes_isEqual() {
    assertThat(accepted()).isEqualTo(accepted()).hasSameHashCodeAs(accepted());
    assertThat(accepted()).isNotEqualTo(Evidence.builder().from(accepted()).owner("Someone else").build());
  }
}
