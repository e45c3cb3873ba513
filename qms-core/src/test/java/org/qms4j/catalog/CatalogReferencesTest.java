package org.qms4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.qms4j.testing.Examples.R4A;

import org.junit.jupiter.api.Test;
import org.qms4j.catalog.CatalogProblem.Kind;
import org.qms4j.testing.Examples;

class CatalogReferencesTest {
  private static final RequirementId LOCAL = RequirementId.of("clinic/1-a");
  private static final RequirementId ISO_9001 = RequirementId.of("iso-9001:2015/7.5.3");
  private static final RequirementId WITHDRAWN = RequirementId.of("clinic-old:1/POL-IC-003");

  private static ImmutableCatalog.Builder catalogHolding(Requirement requirement) {
    return Catalog.builder()
        .id(CatalogId.of("clinic:1"))
        .title("Clinic rules")
        .edition("1")
        .publisher("Clinic")
        .addClause(Clause.builder().number("1").title("Hygiene").addRequirement(requirement).build());
  }

  @Test
  void externalReferences_mayNameRequirementsNoCatalogHolds() {
    Requirement r =
        Requirement.builder()
            .id(LOCAL)
            .summary("Hand hygiene is audited monthly.")
            .addExternalReferences(ISO_9001, WITHDRAWN)
            .build();

    Catalog catalog = catalogHolding(r).build();

    assertThat(catalog.requirement(LOCAL).orElseThrow().requirement().externalReferences())
        .containsExactlyInAnyOrder(ISO_9001, WITHDRAWN);
    assertThat(catalog.requirement(ISO_9001)).isEmpty();
  }

  @Test
  void externalReferences_mayNameTheRequirementItselfOrOneTheCatalogHolds() {
    Requirement r = Requirement.builder().id(LOCAL).summary("s").addExternalReferences(LOCAL).build();

    assertThat(catalogHolding(r).build().requirements()).hasSize(1);
  }

  @Test
  void externalReferences_addedByAnExtensionOrKeptByATailoring_areNeverChecked() {
    Catalog base = Examples.catalog();

    Catalog extended =
        base.extend()
            .replaceRequirement(Requirement.builder().from(Examples.requirement(R4A)).addExternalReferences(ISO_9001).build())
            .build();
    Catalog tailored = extended.tailor().select("4").build();

    assertThat(tailored.requirement(R4A).orElseThrow().requirement().externalReferences()).containsExactly(ISO_9001);
  }

  @Test
  void externalReferences_isEmptyUnlessSet_andUnmodifiable() {
    Requirement r = Requirement.builder().id(LOCAL).summary("s").build();

    assertThat(r.externalReferences()).isEmpty();
    assertThat(catchThrowableOfType(UnsupportedOperationException.class, () -> r.externalReferences().add(ISO_9001)))
        .isNotNull();
  }

  @Test
  void related_toTheSameIdAsAnExternalReference_isNotChecked() {
    Requirement r =
        Requirement.builder().id(LOCAL).summary("s").addRelated(ISO_9001).addExternalReferences(ISO_9001).build();

    assertThat(catalogHolding(r).build().requirement(LOCAL).orElseThrow().requirement().related()).containsExactly(ISO_9001);
  }
}
