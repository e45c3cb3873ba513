package org.qms4j.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.qms4j.system.SystemProblemsTest.problemsOf;
import static org.qms4j.testing.Examples.DEMO;
import static org.qms4j.testing.Examples.R4A;
import static org.qms4j.testing.Examples.R75A;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.Mapping;
import org.qms4j.catalog.MappingRelation;
import org.qms4j.catalog.MappingSet;
import org.qms4j.catalog.MappingSetId;
import org.qms4j.catalog.RequirementId;
import org.qms4j.system.SystemProblem.Kind;
import org.qms4j.testing.Examples;

/** The mapping sets a quality system holds: added, looked up, replaced and removed by id. */
class SystemMappingSetsTest {
  private static final CatalogId OTHER = CatalogId.of("other:2");
  private static final RequirementId OTHER_1A = RequirementId.of("other/1-a");
  private static final MappingSetId DEMO_TO_OTHER = MappingSetId.of("demo-to-other");
  private static final MappingSet SET = set("demo-to-other", DEMO, OTHER, MappingRelation.EQUIVALENT);

  private static MappingSet set(String id, CatalogId source, CatalogId target, MappingRelation relation) {
    return MappingSet.builder()
        .id(MappingSetId.of(id))
        .version("1")
        .title("Crosswalk " + id)
        .sourceCatalog(source)
        .targetCatalog(target)
        .addMappings(Mapping.of(R4A, relation, OTHER_1A))
        .build();
  }

  private static QualitySystem.Builder builder(Catalog... catalogs) {
    QualitySystem.Builder b = QualitySystem.builder().organisation("Example Clinic").scope("Outpatient care");
    for (Catalog c : catalogs) {
      b.addCatalog(c);
    }
    return b;
  }

  private static QualitySystem both() {
    return builder(Examples.catalog(), Examples.otherCatalog()).build();
  }

  @Test
  void addMappingSet_isHeldAndFoundById() {
    QualitySystem system = builder(Examples.catalog(), Examples.otherCatalog()).addMappingSet(SET).build();

    assertThat(system.mappingSets()).containsExactly(SET);
    assertThat(system.mappingSet(DEMO_TO_OTHER)).contains(SET);
    assertThat(system.mappingSet(MappingSetId.of("absent"))).isEmpty();
  }

  @Test
  void withMappingSet_new_isAddedAndTheOriginalIsUnchanged() {
    QualitySystem system = both();

    QualitySystem later = system.withMappingSet(SET);

    assertThat(later.mappingSets()).containsExactly(SET);
    assertThat(later.mappingSet(DEMO_TO_OTHER)).contains(SET);
    assertThat(system.mappingSets()).isEmpty();
    assertThat(system.mappingSet(DEMO_TO_OTHER)).isEmpty();
    assertThat(later).isEqualTo(builder(Examples.catalog(), Examples.otherCatalog()).addMappingSet(SET).build());
  }

  @Test
  void withMappingSet_sameId_replacesTheSet() {
    MappingSet other = set("other-set", DEMO, OTHER, MappingRelation.SUBSET);
    MappingSet replacement = set("demo-to-other", DEMO, OTHER, MappingRelation.INTERSECTS);
    QualitySystem system = both().withMappingSet(SET).withMappingSet(other);

    QualitySystem later = system.withMappingSet(replacement);

    assertThat(later.mappingSets()).hasSize(2).containsExactlyInAnyOrder(other, replacement);
    assertThat(later.mappingSet(DEMO_TO_OTHER)).contains(replacement);
    assertThat(system.mappingSet(DEMO_TO_OTHER)).contains(SET);
    assertThat(later).isNotEqualTo(system);
  }

  @Test
  void withoutMappingSet_held_removesIt() {
    MappingSet other = set("other-set", DEMO, OTHER, MappingRelation.SUBSET);
    QualitySystem system = both().withMappingSet(SET).withMappingSet(other);

    QualitySystem later = system.withoutMappingSet(DEMO_TO_OTHER);

    assertThat(later.mappingSets()).containsExactly(other);
    assertThat(later.mappingSet(DEMO_TO_OTHER)).isEmpty();
    assertThat(system.mappingSets()).containsExactly(SET, other);
    assertThat(later.withoutMappingSet(MappingSetId.of("other-set"))).isEqualTo(both());
  }

  @Test
  void withoutMappingSet_absent_isRefusedAsNotFound() {
    assertThat(problemsOf(() -> both().withoutMappingSet(DEMO_TO_OTHER)))
        .containsExactly(new SystemProblem(Kind.NOT_FOUND, "mapping set demo-to-other", "cannot be removed: the system holds no such set"));
  }

  @Test
  void mappingSet_neitherCatalogHeld_isRefusedAsUnknownReference() {
    QualitySystem neither = builder(Examples.catalog()).build();
    MappingSet elsewhere = set("elsewhere", CatalogId.of("nope:1"), OTHER, MappingRelation.EQUIVALENT);

    List<SystemProblem> viaBuilder = problemsOf(() -> builder(Examples.catalog()).addMappingSet(elsewhere).build());
    List<SystemProblem> viaWith = problemsOf(() -> neither.withMappingSet(elsewhere));

    for (List<SystemProblem> problems : List.of(viaBuilder, viaWith)) {
      assertThat(problems).extracting(SystemProblem::kind, SystemProblem::element)
          .containsExactly(
              tuple(Kind.UNKNOWN_REFERENCE, "mapping set elsewhere"), tuple(Kind.UNKNOWN_REFERENCE, "mapping set elsewhere"));
      assertThat(problems.get(0).message()).contains("nope:1");
      assertThat(problems.get(1).message()).contains("other:2");
    }
    assertThat(neither.mappingSets()).isEmpty();
  }

  @Test
  void mappingSet_withinOneCatalogTheSystemDoesNotHold_isRefusedNamingItOnce() {
    MappingSet within = set("within", OTHER, OTHER, MappingRelation.EQUIVALENT);

    assertThat(problemsOf(() -> builder(Examples.catalog()).build().withMappingSet(within)))
        .containsExactly(
            new SystemProblem(
                Kind.UNKNOWN_REFERENCE,
                "mapping set within",
                "maps catalog other:2, which the system does not hold (nor one derived from it)"));
  }

  @Test
  void mappingSet_onlyOneCatalogHeld_isRefusedNamingTheOther() {
    // a system holds the mapping sets it uses: a set with one end missing could never apply
    assertThat(problemsOf(() -> builder(Examples.catalog()).addMappingSet(SET).build()))
        .containsExactly(
            new SystemProblem(
                Kind.UNKNOWN_REFERENCE,
                "mapping set demo-to-other",
                "maps catalog other:2, which the system does not hold (nor one derived from it)"));
    assertThat(problemsOf(() -> builder(Examples.otherCatalog()).build().withMappingSet(SET)))
        .extracting(SystemProblem::message)
        .containsExactly("maps catalog demo:1, which the system does not hold (nor one derived from it)");
  }

  @Test
  void mappingSet_catalogsDerivedFromItsCatalogs_isAccepted() {
    Catalog ours = Examples.catalog().extend().id(CatalogId.of("ours:1")).build();
    Catalog theirs = Examples.otherCatalog().extend().id(CatalogId.of("theirs:3")).build();

    QualitySystem built = builder(ours, theirs).addMappingSet(SET).build();
    QualitySystem changed = builder(ours, theirs).build().withMappingSet(SET);

    assertThat(built.mappingSet(DEMO_TO_OTHER)).contains(SET);
    assertThat(changed).isEqualTo(built);
  }

  @Test
  void mappingSet_writtenForADerivedCatalog_doesNotApplyToItsBase() {
    MappingSet forDerived = set("derived", CatalogId.of("ours:1"), CatalogId.of("theirs:3"), MappingRelation.EQUIVALENT);

    assertThat(problemsOf(() -> both().withMappingSet(forDerived)))
        .extracting(SystemProblem::kind, SystemProblem::element)
        .containsExactly(tuple(Kind.UNKNOWN_REFERENCE, "mapping set derived"), tuple(Kind.UNKNOWN_REFERENCE, "mapping set derived"));
  }

  @Test
  void addMappingSet_duplicateId_isRefused() {
    MappingSet sameId = set("demo-to-other", DEMO, OTHER, MappingRelation.SUPERSET);

    assertThat(problemsOf(() -> builder(Examples.catalog(), Examples.otherCatalog()).addMappingSet(SET).addMappingSet(sameId).build()))
        .containsExactly(new SystemProblem(Kind.DUPLICATE_ID, "mapping set demo-to-other", "was added more than once"));
    assertThat(problemsOf(() -> builder(Examples.catalog(), Examples.otherCatalog()).addMappingSet(SET).addMappingSet(SET).build()))
        .extracting(SystemProblem::kind)
        .containsExactly(Kind.DUPLICATE_ID);
  }

  @Test
  void equals_includesMappingSetsButNotTheirOrder() {
    MappingSet other = set("other-set", DEMO, OTHER, MappingRelation.SUBSET);
    QualitySystem one = both().withMappingSet(SET).withMappingSet(other);
    QualitySystem two = builder(Examples.catalog(), Examples.otherCatalog()).addMappingSet(other).addMappingSet(SET).build();
    QualitySystem changedContent = both().withMappingSet(other).withMappingSet(set("demo-to-other", DEMO, OTHER, MappingRelation.SUBSET));

    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    assertThat(one).isNotEqualTo(both()).isNotEqualTo(changedContent);
    assertThat(one.hashCode()).isNotEqualTo(both().hashCode());
  }

  @Test
  void mappingSets_keepTheirSetsWhenExclusionsChange() {
    QualitySystem system = both().withMappingSet(SET);

    QualitySystem later = system.withExclusion(Exclusion.ofRequirement(R75A, "Nothing documented."));

    assertThat(later.mappingSets()).containsExactly(SET);
    assertThat(later.withoutExclusion(Exclusion.ofRequirement(R75A, "Nothing documented."))).isEqualTo(system);
  }
}
