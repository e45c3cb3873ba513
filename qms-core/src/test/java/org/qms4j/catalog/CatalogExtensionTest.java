package org.qms4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.qms4j.testing.Examples.DEMO;
import static org.qms4j.testing.Examples.R10A;
import static org.qms4j.testing.Examples.R4A;
import static org.qms4j.testing.Examples.R753A;
import static org.qms4j.testing.Examples.R753B;

import org.junit.jupiter.api.Test;
import org.qms4j.catalog.CatalogProblem.Kind;
import org.qms4j.testing.Examples;

class CatalogExtensionTest {
  private final Catalog base = Examples.catalog();
  private final Catalog pristine = Examples.catalog();
  private static final RequirementId NEW = RequirementId.of("acme/7.5.3-x");

  private static Requirement newRequirement(RequirementId id) {
    return Requirement.builder().id(id).summary("Leaflets are reviewed every two years.").build();
  }

  @Test
  void build_noChange_isEqualToTheBase() {
    assertThat(base.extend().build()).isEqualTo(base);
  }

  @Test
  void idTitleEditionPublisher_set_changeOnlyTheDerivedCatalog() {
    Catalog derived =
        base.extend()
            .id(CatalogId.of("acme-demo:2"))
            .title("Acme rules")
            .edition("2")
            .publisher("Acme")
            .build();

    assertThat(derived.id()).isEqualTo(CatalogId.of("acme-demo:2"));
    assertThat(derived.title()).isEqualTo("Acme rules");
    assertThat(derived.edition()).isEqualTo("2");
    assertThat(derived.publisher()).isEqualTo("Acme");
    assertThat(derived.clauses()).isEqualTo(base.clauses());
    assertThat(derived.requirement(R4A).orElseThrow().catalog()).isEqualTo(CatalogId.of("acme-demo:2"));
    assertThat(base).isEqualTo(pristine);
  }

  @Test
  void addClause_topLevel_comesAfterTheExistingOnes() {
    Clause eleven = Clause.builder().number("11").title("Local rules").addRequirement(newRequirement(NEW)).build();

    Catalog derived = base.extend().addClause(eleven).build();

    assertThat(derived.clauses()).extracting(Clause::number).containsExactly("1", "4", "7", "10", "11");
    assertThat(derived.requirement(NEW).orElseThrow().clauseNumber()).isEqualTo("11");
    assertThat(base).isEqualTo(pristine);
    assertThat(base.clause("11")).isEmpty();
  }

  @Test
  void addClause_underNestedParent_comesAfterItsSubClauses() {
    Clause added = Clause.builder().number("7.5.4").title("Retention").build();

    Catalog derived = base.extend().addClause("7.5", added).build();

    assertThat(derived.clause("7.5").orElseThrow().subClauses()).extracting(Clause::number).containsExactly("7.5.3", "7.5.4");
    assertThat(base.clause("7.5.4")).isEmpty();
    assertThat(base).isEqualTo(pristine);
  }

  @Test
  void addClause_numberNotExtendingParent_reportsClauseNotUnderParent() {
    Clause wrong = Clause.builder().number("8.1").title("Wrong").build();

    InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class, () -> base.extend().addClause("7", wrong).build());

    assertThat(e.problems()).extracting(CatalogProblem::kind, CatalogProblem::element)
        .containsExactly(tuple(Kind.CLAUSE_NOT_UNDER_PARENT, "clause 7 > clause 8.1"));
  }

  @Test
  void addClause_unknownParent_reportsDanglingReference() {
    Clause added = Clause.builder().number("9.1").title("Monitoring").build();

    InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class, () -> base.extend().addClause("9", added).build());

    assertThat(e.problems())
        .containsExactly(
            new CatalogProblem(
                Kind.DANGLING_REFERENCE, "extension", "cannot add clause '9.1' under clause '9': the catalog has no such clause"));
  }

  @Test
  void addRequirement_nestedClause_comesAfterItsRequirements() {
    Catalog derived = base.extend().addRequirement("7.5.3", newRequirement(NEW)).build();

    assertThat(derived.clause("7.5.3").orElseThrow().requirements())
        .extracting(Requirement::id)
        .containsExactly(R753A, R753B, NEW);
    assertThat(derived.requirement(NEW).orElseThrow().clauseNumber()).isEqualTo("7.5.3");
    assertThat(base.requirement(NEW)).isEmpty();
    assertThat(base).isEqualTo(pristine);
  }

  @Test
  void addRequirement_unknownClause_reportsDanglingReference() {
    InvalidCatalogException e =
        catchThrowableOfType(InvalidCatalogException.class, () -> base.extend().addRequirement("7.5.9", newRequirement(NEW)).build());

    assertThat(e.problems())
        .containsExactly(
            new CatalogProblem(
                Kind.DANGLING_REFERENCE,
                "extension",
                "cannot add requirement acme/7.5.3-x under clause '7.5.9': the catalog has no such clause"));
  }

  @Test
  void addRequirement_existingId_reportsDuplicateRequirementId() {
    InvalidCatalogException e =
        catchThrowableOfType(InvalidCatalogException.class, () -> base.extend().addRequirement("10", newRequirement(R4A)).build());

    assertThat(e.problems()).extracting(CatalogProblem::kind, CatalogProblem::element)
        .containsExactly(tuple(Kind.DUPLICATE_REQUIREMENT_ID, "requirement demo/4-a in clause 10"));
  }

  @Test
  void replaceRequirement_existing_replacesItInPlace() {
    Requirement replacement =
        Requirement.builder().id(R753A).summary("Replaced.").exclusionRule(ExclusionRule.NOT_PERMITTED).build();

    Catalog derived = base.extend().replaceRequirement(replacement).build();

    assertThat(derived.requirement(R753A).orElseThrow().requirement()).isEqualTo(replacement);
    assertThat(derived.clause("7.5.3").orElseThrow().requirements()).extracting(Requirement::id).containsExactly(R753A, R753B);
    assertThat(base.requirement(R753A).orElseThrow().requirement().summary()).isEqualTo("Summary of demo/7.5.3-a.");
    assertThat(base).isEqualTo(pristine);
  }

  @Test
  void replaceRequirement_unknownId_reportsDanglingReference() {
    InvalidCatalogException e =
        catchThrowableOfType(InvalidCatalogException.class, () -> base.extend().replaceRequirement(newRequirement(NEW)).build());

    assertThat(e.problems())
        .containsExactly(
            new CatalogProblem(Kind.DANGLING_REFERENCE, "extension", "cannot replace it: the catalog has no requirement acme/7.5.3-x"));
  }

  @Test
  void replaceSummary_existing_changesOnlyTheSummary() {
    Catalog derived = base.extend().replaceSummary(R10A, "Improvement is planned.").build();

    Requirement after = derived.requirement(R10A).orElseThrow().requirement();
    Requirement before = base.requirement(R10A).orElseThrow().requirement();
    assertThat(after.summary()).isEqualTo("Improvement is planned.");
    assertThat(after).usingRecursiveComparison().ignoringFields("summary").isEqualTo(before);
    assertThat(base).isEqualTo(pristine);
  }

  @Test
  void replaceSummary_unknownId_reportsDanglingReference() {
    InvalidCatalogException e =
        catchThrowableOfType(InvalidCatalogException.class, () -> base.extend().replaceSummary(NEW, "x").build());

    assertThat(e.problems())
        .containsExactly(
            new CatalogProblem(
                Kind.DANGLING_REFERENCE, "extension", "cannot replace its summary: the catalog has no requirement acme/7.5.3-x"));
  }

  @Test
  void replaceSummary_severalLines_reportsSummaryNotOneLine() {
    InvalidCatalogException e =
        catchThrowableOfType(InvalidCatalogException.class, () -> base.extend().replaceSummary(R4A, "a\nb").build());

    assertThat(e.problems()).extracting(CatalogProblem::kind, CatalogProblem::element)
        .containsExactly(tuple(Kind.SUMMARY_NOT_ONE_LINE, "requirement demo/4-a in clause 4"));
  }

  @Test
  void replaceGuidance_withoutGuidanceBefore_setsIt() {
    Catalog derived = base.extend().replaceGuidance(R753A, "See SOP-40.").replaceGuidance(R753B, "See SOP-41.").build();

    assertThat(derived.requirement(R753A).orElseThrow().requirement().guidance()).contains("See SOP-40.");
    assertThat(derived.requirement(R753B).orElseThrow().requirement().guidance()).contains("See SOP-41.");
    assertThat(base.requirement(R753A).orElseThrow().requirement().guidance()).isEmpty();
    assertThat(base.requirement(R753B).orElseThrow().requirement().guidance()).contains("See SOP-12.");
  }

  @Test
  void replaceGuidance_unknownId_reportsDanglingReference() {
    InvalidCatalogException e =
        catchThrowableOfType(InvalidCatalogException.class, () -> base.extend().replaceGuidance(NEW, "x").build());

    assertThat(e.problems())
        .containsExactly(
            new CatalogProblem(
                Kind.DANGLING_REFERENCE, "extension", "cannot replace its guidance: the catalog has no requirement acme/7.5.3-x"));
  }

  @Test
  void changes_areAppliedInOrder() {
    Catalog derived =
        base.extend()
            .addRequirement("10", newRequirement(NEW))
            .replaceSummary(NEW, "First.")
            .replaceSummary(NEW, "Second.")
            .build();

    assertThat(derived.requirement(NEW).orElseThrow().requirement().summary()).isEqualTo("Second.");
  }

  @Test
  void build_severalProblems_reportsAllAtOnceUnderTheNewId() {
    InvalidCatalogException e =
        catchThrowableOfType(
            InvalidCatalogException.class,
            () ->
                base.extend()
                    .id(CatalogId.of("acme:9"))
                    .title(" ")
                    .addRequirement("99", newRequirement(NEW))
                    .replaceSummary(RequirementId.of("nope"), "x")
                    .replaceSummary(R4A, "")
                    .build());

    assertThat(e.problems())
        .extracting(CatalogProblem::kind, CatalogProblem::element)
        .containsExactly(
            tuple(Kind.DANGLING_REFERENCE, "extension"),
            tuple(Kind.DANGLING_REFERENCE, "extension"),
            tuple(Kind.EMPTY_TEXT, "catalog acme:9"),
            tuple(Kind.EMPTY_TEXT, "requirement demo/4-a in clause 4"));
    assertThat(e).hasMessageStartingWith("catalog acme:9 has 4 problems:");
    assertThat(e.getMessage()).contains("under clause '99'", "no requirement nope");
    assertThat(base).isEqualTo(pristine);
  }

  @Test
  void build_calledTwice_givesEqualCatalogs() {
    CatalogExtension extension = base.extend().addRequirement("10", newRequirement(NEW));

    assertThat(extension.build()).isEqualTo(extension.build());
  }

  @Test
  void setters_null_throwNamingTheArgument() {
    CatalogExtension extension = base.extend();

    assertThatThrownBy(() -> extension.id(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> extension.title(null)).hasMessage("title");
    assertThatThrownBy(() -> extension.edition(null)).hasMessage("edition");
    assertThatThrownBy(() -> extension.publisher(null)).hasMessage("publisher");
    assertThatThrownBy(() -> extension.addClause(null)).hasMessage("clause");
    assertThatThrownBy(() -> extension.addClause(null, Examples.c753())).hasMessage("parentNumber");
    assertThatThrownBy(() -> extension.addRequirement("7", null)).hasMessage("requirement");
    assertThatThrownBy(() -> extension.replaceSummary(R4A, null)).hasMessage("summary");
    assertThatThrownBy(() -> extension.replaceGuidance(null, "g")).hasMessage("id");
    assertThat(extension.build()).isEqualTo(base).extracting(Catalog::id).isEqualTo(DEMO);
  }
}
