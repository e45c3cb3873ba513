package org.qms4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.qms4j.InvalidModelException;

class MappingSetTest {
  private static final RequirementId A = RequirementId.of("iso-13485:2016/7.3.2");
  private static final RequirementId B = RequirementId.of("fda-qmsr:2026/820.30(b)");
  private static final RequirementId C = RequirementId.of("fda-qmsr:2026/820.30(a)");

  private static ImmutableMappingSet.Builder set() {
    return MappingSet.builder()
        .id(MappingSetId.of("iso-13485-to-qmsr"))
        .version("2016-2026.1")
        .title("ISO 13485 to QMSR")
        .sourceCatalog(CatalogId.of("iso-13485:2016"))
        .targetCatalog(CatalogId.of("fda-qmsr:2026"));
  }

  @Test
  void build_keepsAttributesAndMappingsInOrder() {
    Mapping ab = Mapping.of(A, MappingRelation.EQUIVALENT, B);
    Mapping ac = Mapping.of(A, MappingRelation.INTERSECTS, C);

    MappingSet set = set().addMapping(ab).addMapping(ac).source("ISO 13485 annex").note("Checked twice.").build();

    assertThat(set.id()).isEqualTo(MappingSetId.of("iso-13485-to-qmsr"));
    assertThat(set.version()).isEqualTo("2016-2026.1");
    assertThat(set.sourceCatalog()).isEqualTo(CatalogId.of("iso-13485:2016"));
    assertThat(set.targetCatalog()).isEqualTo(CatalogId.of("fda-qmsr:2026"));
    assertThat(set.mappings()).containsExactly(ab, ac);
    assertThat(set.source()).contains("ISO 13485 annex");
    assertThat(set.note()).contains("Checked twice.");
    assertThatThrownBy(() -> set.mappings().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void build_samePairTwice_isRefusedNamingBothRelations() {
    assertThatThrownBy(
            () ->
                set()
                    .addMapping(Mapping.of(A, MappingRelation.EQUIVALENT, B))
                    .addMapping(Mapping.of(A, MappingRelation.EQUIVALENT, C))
                    .addMapping(Mapping.of(A, MappingRelation.SUBSET, B))
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "mapping set iso-13485-to-qmsr: maps iso-13485:2016/7.3.2 to fda-qmsr:2026/820.30(b) twice (EQUIVALENT and"
                + " SUBSET); expected each pair once");
  }

  @Test
  void build_samePairWithTheSameRelationTwice_isRefused() {
    Mapping ab = Mapping.of(A, MappingRelation.SUPERSET, B);

    assertThatThrownBy(() -> set().addMappings(ab, ab).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("twice (SUPERSET and SUPERSET)");
  }

  @Test
  void build_pairAndItsReverse_areDifferentPairs() {
    MappingSet set =
        set().addMapping(Mapping.of(A, MappingRelation.SUBSET, B)).addMapping(Mapping.of(B, MappingRelation.SUPERSET, A)).build();

    assertThat(set.mappings()).hasSize(2);
  }

  @Test
  void build_noMappings_isValid() {
    assertThat(set().build().mappings()).isEmpty();
  }

  @Test
  void build_blankOrMultiLineTexts_areRefusedNamingTheField() {
    assertThatThrownBy(() -> set().title(" ").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("mapping set iso-13485-to-qmsr: title was blank; expected some text");
    assertThatThrownBy(() -> set().version("1\n2").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "mapping set iso-13485-to-qmsr: version holds character U+000A at index 1; expected one line without"
                + " control characters");
    assertThatThrownBy(() -> set().note("a\u0000b").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "mapping set iso-13485-to-qmsr: note holds character U+0000 at index 1; expected no control characters but"
                + " tab and line breaks");
  }

  @Test
  void build_missingAttributes_throwsNamingThem() {
    assertThatThrownBy(() -> MappingSet.builder().id(MappingSetId.of("x")).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("version")
        .hasMessageContaining("title")
        .hasMessageContaining("sourceCatalog")
        .hasMessageContaining("targetCatalog");
  }
}
