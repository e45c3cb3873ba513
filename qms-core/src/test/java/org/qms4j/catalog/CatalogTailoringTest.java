package org.qms4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.qms4j.testing.Examples.DEMO;
import static org.qms4j.testing.Examples.R10A;
import static org.qms4j.testing.Examples.R1A;
import static org.qms4j.testing.Examples.R41A;
import static org.qms4j.testing.Examples.R4A;
import static org.qms4j.testing.Examples.R753A;
import static org.qms4j.testing.Examples.R753B;
import static org.qms4j.testing.Examples.R75A;

import org.junit.jupiter.api.Test;
import org.qms4j.catalog.CatalogProblem.Kind;
import org.qms4j.testing.Examples;

class CatalogTailoringTest {
  private static final CatalogId CORE = CatalogId.of("demo:1/core");

  private final Catalog base = Examples.catalog();
  private final Catalog pristine = Examples.catalog();

  private static Requirement requirement(String id, RequirementId... related) {
    return Requirement.builder().id(RequirementId.of(id)).summary("Local rule.").addRelated(related).build();
  }

  // select

  @Test
  void select_keepsTheClauseWithItsSubtreeAndItsAncestorsAsHeadings() {
    Catalog subset = base.tailor().id(CORE).select("7.5").build();

    assertThat(subset.clauseNumbers()).containsExactly("7", "7.5", "7.5.3");
    assertThat(subset.requirements()).extracting(LocatedRequirement::id).containsExactly(R75A, R753A, R753B);
    assertThat(subset.clause("7").orElseThrow().title()).isEqualTo("Support");
  }

  @Test
  void select_nestedClause_leavesItsAncestorsWithoutTheirOwnRequirements() {
    Catalog subset = base.tailor().select("4.1", "7.5.3").build();

    assertThat(subset.clauseNumbers()).containsExactly("4", "4.1", "7", "7.5", "7.5.3");
    assertThat(subset.clause("4").orElseThrow().requirements()).isEmpty();
    assertThat(subset.clause("7.5").orElseThrow().requirements()).isEmpty();
    assertThat(subset.clause("7.5").orElseThrow().title()).isEqualTo("Documented information");
    assertThat(subset.requirements()).extracting(LocatedRequirement::id).containsExactly(R41A, R753A, R753B);
    assertThat(subset.requirement(R753A).orElseThrow().clausePath()).containsExactly("7", "7.5", "7.5.3");
  }

  @Test
  void select_aClauseAndItsAncestor_keepsTheAncestorsRequirements() {
    Catalog subset = base.tailor().select("7.5.3", "7.5").build();

    assertThat(subset.requirements()).extracting(LocatedRequirement::id).containsExactly(R75A, R753A, R753B);
  }

  @Test
  void select_nothing_keepsEveryClause() {
    Catalog subset = base.tailor().id(CORE).build();

    assertThat(subset.clauses()).isEqualTo(base.clauses());
    assertThat(subset.tailoring()).hasValueSatisfying(t -> {
      assertThat(t.selectedClauses()).isEmpty();
      assertThat(t.droppedClauses()).isEmpty();
      assertThat(t.droppedRequirements()).isEmpty();
      assertThat(t.rationale()).isEmpty();
    });
  }

  // drop

  @Test
  void drop_removesTheClauseWithItsSubtree() {
    Catalog subset = base.tailor().drop("7.5", "1").build();

    assertThat(subset.clauseNumbers()).containsExactly("4", "4.1", "7", "10");
    assertThat(subset.requirements()).extracting(LocatedRequirement::id).containsExactly(R4A, R41A, R10A);
    assertThat(subset.clause("7.5.3")).isEmpty();
  }

  @Test
  void drop_insideASelection_removesOnlyThatSubtree() {
    Catalog subset = base.tailor().select("4", "7").drop("4.1").build();

    assertThat(subset.clauseNumbers()).containsExactly("4", "7", "7.5", "7.5.3");
    assertThat(subset.requirements()).extracting(LocatedRequirement::id).containsExactly(R4A, R75A, R753A, R753B);
  }

  @Test
  void dropRequirement_removesOnlyThatRequirement() {
    Catalog subset = base.tailor().dropRequirement(R753A, R1A).build();

    assertThat(subset.clauseNumbers()).isEqualTo(base.clauseNumbers());
    assertThat(subset.clause("1").orElseThrow().requirements()).isEmpty();
    assertThat(subset.clause("7.5.3").orElseThrow().requirements()).extracting(Requirement::id).containsExactly(R753B);
    assertThat(subset.requirement(R753A)).isEmpty();
  }

  // the record of the tailoring

  @Test
  void tailoring_recordsSelectedDroppedAndEveryDroppedRequirement() {
    Catalog subset =
        base.tailor()
            .id(CORE)
            .select("4", "7")
            .drop("7.5.3")
            .dropRequirement(R41A)
            .rationale("Core clauses for small clinics")
            .build();

    Tailoring tailoring = subset.tailoring().orElseThrow();
    assertThat(tailoring.selectedClauses()).containsExactly("4", "7");
    assertThat(tailoring.droppedClauses()).containsExactly("7.5.3");
    assertThat(tailoring.droppedRequirements()).containsExactlyInAnyOrder(R1A, R41A, R753A, R753B, R10A);
    assertThat(tailoring.rationale()).contains("Core clauses for small clinics");
    assertThat(subset.requirements()).extracting(LocatedRequirement::id).containsExactly(R4A, R75A);
  }

  @Test
  void tailoring_ofACatalogNeverTailored_isEmpty() {
    assertThat(base.tailoring()).isEmpty();
    assertThat(base.extend().id(CORE).build().tailoring()).isEmpty();
  }

  @Test
  void tailorATailoredCatalog_accumulatesDroppedRequirements() {
    Catalog first = base.tailor().id(CORE).drop("10").build();

    Catalog second = first.tailor().id(CatalogId.of("demo:1/core-min")).dropRequirement(R1A).select("1", "4").build();

    Tailoring tailoring = second.tailoring().orElseThrow();
    assertThat(tailoring.droppedRequirements()).containsExactlyInAnyOrder(R10A, R1A, R75A, R753A, R753B);
    assertThat(tailoring.selectedClauses()).containsExactly("1", "4");
    assertThat(tailoring.droppedClauses()).isEmpty();
    assertThat(second.lineage()).containsExactly(CORE, DEMO);
    assertThat(first.tailoring().orElseThrow().droppedRequirements()).containsExactly(R10A);
  }

  // related links

  @Test
  void build_keptRequirementRelatedToADroppedOne_isValid() {
    // demo/7.5.3-b is related to demo/7.5-a, which stays behind in the heading 7.5
    Catalog subset = base.tailor().select("7.5.3").build();

    assertThat(subset.requirement(R753B).orElseThrow().requirement().related()).containsExactly(R75A);
    assertThat(subset.requirement(R75A)).isEmpty();
    assertThat(subset.tailoring().orElseThrow().droppedRequirements()).contains(R75A);
  }

  @Test
  void build_keptRequirementRelatedToASingleDroppedRequirement_isValid() {
    Catalog subset = base.tailor().dropRequirement(R75A).build();

    assertThat(subset.requirement(R753B)).isPresent();
    assertThat(subset.requirement(R75A)).isEmpty();
  }

  @Test
  void extend_relatedToARequirementDroppedByTheTailoring_isValid() {
    Catalog subset = base.tailor().drop("10").build();

    Catalog extended = subset.extend().addRequirement("4", requirement("local/4-x", R10A)).build();

    assertThat(extended.requirement(RequirementId.of("local/4-x"))).isPresent();
  }

  @Test
  void extend_relatedToARequirementNeverInTheBase_isStillRefused() {
    Catalog subset = base.tailor().drop("10").build();
    RequirementId never = RequirementId.of("demo/99-a");

    InvalidCatalogException e =
        catchThrowableOfType(
            InvalidCatalogException.class,
            () -> subset.extend().addRequirement("4", requirement("local/4-x", never)).build());

    assertThat(e.problems())
        .containsExactly(
            new CatalogProblem(
                Kind.DANGLING_REFERENCE,
                "requirement local/4-x in clause 4",
                "is related to requirement demo/99-a, which the catalog does not hold; name it in externalReferences if it"
                    + " need not resolve"));
  }

  // unknown names

  @Test
  void build_unknownNames_areAllReportedAtOnce() {
    InvalidCatalogException e =
        catchThrowableOfType(
            InvalidCatalogException.class,
            () ->
                base.tailor()
                    .id(CORE)
                    .select("4", "9")
                    .drop("7.5.4", "7.")
                    .dropRequirement(RequirementId.of("demo/9-a"), R4A)
                    .build());

    assertThat(e.problems())
        .extracting(CatalogProblem::kind, CatalogProblem::element, CatalogProblem::message)
        .containsExactly(
            tuple(Kind.DANGLING_REFERENCE, "tailoring", "names clause '9', which demo:1 does not hold"),
            tuple(Kind.DANGLING_REFERENCE, "tailoring", "names clause '7.5.4', which demo:1 does not hold"),
            tuple(Kind.DANGLING_REFERENCE, "tailoring", "names clause '7.', which demo:1 does not hold"),
            tuple(Kind.DANGLING_REFERENCE, "tailoring", "drops requirement demo/9-a, which demo:1 does not hold"));
    assertThat(e).hasMessageStartingWith("catalog demo:1/core has 4 problems:");
  }

  @Test
  void build_unknownNamesAndAnInvalidTitle_areReportedTogether() {
    InvalidCatalogException e =
        catchThrowableOfType(InvalidCatalogException.class, () -> base.tailor().title(" ").drop("99").build());

    assertThat(e.problems())
        .extracting(CatalogProblem::kind, CatalogProblem::element)
        .containsExactly(tuple(Kind.DANGLING_REFERENCE, "tailoring"), tuple(Kind.EMPTY_TEXT, "catalog demo:1"));
  }

  // the base and the subset's attributes

  @Test
  void build_leavesTheBaseUnchanged() {
    base.tailor().id(CORE).select("7.5.3").drop("7.5.3").dropRequirement(R753B).build();
    base.tailor().select("4").build();

    assertThat(base).isEqualTo(pristine);
    assertThat(base.requirements()).hasSize(7);
    assertThat(base.tailoring()).isEmpty();
  }

  @Test
  void idTitleEdition_set_changeOnlyTheSubset() {
    Catalog subset = base.tailor().id(CORE).title("Demo core").edition("1-core").select("4").build();

    assertThat(subset.id()).isEqualTo(CORE);
    assertThat(subset.title()).isEqualTo("Demo core");
    assertThat(subset.edition()).isEqualTo("1-core");
    assertThat(subset.publisher()).isEqualTo(base.publisher());
    assertThat(subset.lineage()).containsExactly(DEMO);
    assertThat(subset.requirement(R4A).orElseThrow().catalog()).isEqualTo(CORE);
  }

  @Test
  void setters_null_throwNamingTheArgument() {
    CatalogTailoring tailoring = base.tailor();

    assertThatThrownBy(() -> tailoring.id(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> tailoring.title(null)).isInstanceOf(NullPointerException.class).hasMessage("title");
    assertThatThrownBy(() -> tailoring.select("4", null)).isInstanceOf(NullPointerException.class).hasMessage("numbers");
    assertThatThrownBy(() -> tailoring.drop((String) null)).isInstanceOf(NullPointerException.class).hasMessage("numbers");
    assertThatThrownBy(() -> tailoring.dropRequirement((RequirementId) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ids");
    // a refused call adds nothing: the tailoring still selects everything
    assertThat(tailoring.build().tailoring().orElseThrow().selectedClauses()).isEmpty();
    assertThatThrownBy(() -> tailoring.rationale(null)).isInstanceOf(NullPointerException.class).hasMessage("rationale");
  }

  @Test
  void aTailoringRecordRefusesABlankRationaleAndClauseNumbersThatAreNotOneLine() {
    assertThatThrownBy(() -> Tailoring.builder().rationale(" ").build())
        .isInstanceOf(org.qms4j.InvalidModelException.class)
        .hasMessage("tailoring: rationale was blank; expected some text");
    assertThatThrownBy(() -> Tailoring.builder().addSelectedClauses("4\n5").build())
        .isInstanceOf(org.qms4j.InvalidModelException.class)
        .hasMessageStartingWith("tailoring: selected clause ");
    assertThatThrownBy(() -> Tailoring.builder().addDroppedClauses("x".repeat(Catalog.MAX_NUMBER + 1)).build())
        .isInstanceOf(org.qms4j.InvalidModelException.class)
        .hasMessageStartingWith("tailoring: dropped clause ");
    // through the tailoring builder, a blank rationale is one of the catalog's problems
    InvalidCatalogException e =
        catchThrowableOfType(InvalidCatalogException.class, () -> Examples.catalog().tailor().id(CatalogId.of("t:1")).rationale("").build());
    assertThat(e.problems()).extracting(CatalogProblem::kind).containsExactly(Kind.INVALID_TEXT);
  }
}
