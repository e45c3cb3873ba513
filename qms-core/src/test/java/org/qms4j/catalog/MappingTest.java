package org.qms4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.qms4j.InvalidModelException;

class MappingTest {
  private static final RequirementId ISO = RequirementId.of("iso-13485:2016/7.3.2");
  private static final RequirementId QMSR = RequirementId.of("fda-qmsr:2026/820.30(b)");

  @Test
  void of_keepsSourceRelationAndTarget() {
    Mapping m = Mapping.of(ISO, MappingRelation.EQUIVALENT, QMSR);

    assertThat(m.source()).isEqualTo(ISO);
    assertThat(m.relation()).isEqualTo(MappingRelation.EQUIVALENT);
    assertThat(m.target()).isEqualTo(QMSR);
    assertThat(m).isEqualTo(new Mapping(ISO, MappingRelation.EQUIVALENT, QMSR));
  }

  @Test
  void of_sourceEqualToTarget_isRefusedNamingIt() {
    assertThatThrownBy(() -> Mapping.of(QMSR, MappingRelation.SUBSET, RequirementId.of("fda-qmsr:2026/820.30(b)")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("mapping: source and target were both fda-qmsr:2026/820.30(b); expected two requirements");
  }

  @Test
  void of_nullPart_throwsNamingIt() {
    assertThatThrownBy(() -> Mapping.of(null, MappingRelation.SUBSET, QMSR)).isInstanceOf(NullPointerException.class).hasMessage("source");
    assertThatThrownBy(() -> Mapping.of(ISO, null, QMSR)).isInstanceOf(NullPointerException.class).hasMessage("relation");
    assertThatThrownBy(() -> Mapping.of(ISO, MappingRelation.SUBSET, null)).isInstanceOf(NullPointerException.class).hasMessage("target");
  }

  @Test
  void reversed_isAnotherMapping() {
    assertThat(Mapping.of(ISO, MappingRelation.SUBSET, QMSR)).isNotEqualTo(Mapping.of(QMSR, MappingRelation.SUBSET, ISO));
  }
}
