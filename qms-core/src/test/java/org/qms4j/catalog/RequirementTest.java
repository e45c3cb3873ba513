package org.qms4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.qms4j.InvalidModelException;

class RequirementTest {
  private static final RequirementId ID = RequirementId.of("iso-9001:2015/7.5.3-a");

  @Test
  void build_minimal_defaultsToNotPermittedAndEmptyCollections() {
    Requirement r = Requirement.builder().id(ID).summary("Documents are controlled.").build();

    assertThat(r.id()).isEqualTo(ID);
    assertThat(r.summary()).isEqualTo("Documents are controlled.");
    assertThat(r.exclusionRule()).isEqualTo(ExclusionRule.NOT_PERMITTED);
    assertThat(r.expectedEvidence()).isEmpty();
    assertThat(r.guidance()).isEmpty();
    assertThat(r.related()).isEmpty();
  }

  @Test
  void build_allAttributes_keepsThem() {
    RequirementId other = RequirementId.of("iso-9001:2015/7.5.2-a");
    Requirement r =
        Requirement.builder()
            .id(ID)
            .summary("Documents are controlled.")
            .addExpectedEvidence(EvidenceKind.PROCEDURE, EvidenceKind.RECORD)
            .exclusionRule(ExclusionRule.NO_EFFECT_ON_CONFORMITY)
            .guidance("See SOP-12.")
            .addRelated(other)
            .build();

    assertThat(r.expectedEvidence()).containsExactlyInAnyOrder(EvidenceKind.PROCEDURE, EvidenceKind.RECORD);
    assertThat(r.exclusionRule()).isEqualTo(ExclusionRule.NO_EFFECT_ON_CONFORMITY);
    assertThat(r.guidance()).contains("See SOP-12.");
    assertThat(r.related()).containsExactly(other);
  }

  @Test
  void build_missingIdAndSummary_throwsNamingBoth() {
    assertThatThrownBy(() -> Requirement.builder().build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("Requirement")
        .hasMessageContaining("id")
        .hasMessageContaining("summary");
  }

  @Test
  void expectedEvidence_isUnmodifiable() {
    Requirement r = Requirement.builder().id(ID).summary("s").addExpectedEvidence(EvidenceKind.RECORD).build();

    assertThatThrownBy(() -> r.expectedEvidence().add(EvidenceKind.DOCUMENT))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equals_sameAttributes_isEqual() {
    Requirement a = Requirement.builder().id(ID).summary("s").build();
    Requirement b = Requirement.builder().id(ID).summary("s").build();
    Requirement c = Requirement.builder().id(ID).summary("t").build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
  }

  @Test
  void builderFrom_changedSummary_leavesTheOriginalAlone() {
    Requirement original = Requirement.builder().id(ID).summary("old").build();

    Requirement changed = Requirement.builder().from(original).summary("new").build();

    assertThat(changed.summary()).isEqualTo("new");
    assertThat(changed.id()).isEqualTo(ID);
    assertThat(original.summary()).isEqualTo("old");
  }
}
