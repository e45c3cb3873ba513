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

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.CatalogProblem.Kind;
import org.qms4j.testing.Examples;

class CatalogTest {
  private final Catalog demo = Examples.catalog();

  private static ImmutableCatalog.Builder catalogWith(Clause... clauses) {
    return Catalog.builder().id(CatalogId.of("acme:1")).title("Acme").edition("1").publisher("Acme").addClauses(clauses);
  }

  private static Clause clause(String number, Requirement... requirements) {
    return Clause.builder().number(number).title("Title " + number).addRequirements(requirements).build();
  }

  private static Requirement requirement(String id, String summary) {
    return Requirement.builder().id(RequirementId.of(id)).summary(summary).build();
  }

  private static List<CatalogProblem> problemsOf(ImmutableCatalog.Builder builder) {
    InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class, builder::build);
    assertThat(e).as("expected the catalog to be refused").isNotNull();
    return e.problems();
  }

  // look-ups

  @Test
  void attributes_areKept() {
    assertThat(demo.id()).isEqualTo(DEMO);
    assertThat(demo.title()).isEqualTo("Demo rules");
    assertThat(demo.edition()).isEqualTo("1");
    assertThat(demo.publisher()).isEqualTo("Example Clinic");
    assertThat(demo.clauses()).extracting(Clause::number).containsExactly("1", "4", "7", "10");
  }

  @Test
  void clause_nestedNumber_isFound() {
    assertThat(demo.clause("7.5.3")).hasValueSatisfying(c -> assertThat(c.title()).isEqualTo("Control"));
    assertThat(demo.clause("4")).hasValueSatisfying(c -> assertThat(c.title()).isEqualTo("Context"));
  }

  @Test
  void clause_unknownNumber_isEmpty() {
    assertThat(demo.clause("7.5.4")).isEmpty();
    assertThat(demo.clause("7.")).isEmpty();
    assertThat(demo.clause("")).isEmpty();
  }

  @Test
  void requirement_nested_isFoundWithItsCatalogAndClause() {
    LocatedRequirement located = demo.requirement(R753B).orElseThrow();

    assertThat(located.catalog()).isEqualTo(DEMO);
    assertThat(located.clauseNumber()).isEqualTo("7.5.3");
    assertThat(located.requirement().exclusionRule()).isEqualTo(ExclusionRule.PERMITTED_BY_REGULATION);
    assertThat(located.requirement().related()).containsExactly(R75A);
  }

  @Test
  void requirement_unknownId_isEmpty() {
    assertThat(demo.requirement(RequirementId.of("demo/7.5.3-z"))).isEmpty();
  }

  @Test
  void requirements_areInDocumentOrderOwnBeforeSubClauses() {
    assertThat(demo.requirements())
        .extracting(LocatedRequirement::id, LocatedRequirement::clauseNumber)
        .containsExactly(
            tuple(R1A, "1"),
            tuple(R4A, "4"),
            tuple(R41A, "4.1"),
            tuple(R75A, "7.5"),
            tuple(R753A, "7.5.3"),
            tuple(R753B, "7.5.3"),
            tuple(R10A, "10"));
  }

  @Test
  void requirements_returnedList_isUnmodifiable() {
    List<LocatedRequirement> list = demo.requirements();

    assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> demo.requirementsUnder("7").clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(demo.requirements()).hasSize(7);
  }

  @Test
  void requirementsUnder_clause_includesSubClausesInOrder() {
    assertThat(demo.requirementsUnder("7")).extracting(LocatedRequirement::id).containsExactly(R75A, R753A, R753B);
    assertThat(demo.requirementsUnder("7.5.3")).extracting(LocatedRequirement::id).containsExactly(R753A, R753B);
    assertThat(demo.requirementsUnder("4")).extracting(LocatedRequirement::id).containsExactly(R4A, R41A);
  }

  @Test
  void requirementsUnder_numberThatPrefixesAnother_doesNotTakeTheOther() {
    // clause 1 must not take the requirements of clause 10
    assertThat(demo.requirementsUnder("1")).extracting(LocatedRequirement::id).containsExactly(R1A);
  }

  @Test
  void requirementsUnder_clauseWithoutRequirementsOrUnknown_isEmpty() {
    assertThat(demo.requirementsUnder("9")).isEmpty();
    assertThat(demo.requirementsUnder("7.5.3.1")).isEmpty();
  }

  @Test
  void build_emptyClauseList_isValid() {
    Catalog empty = catalogWith().build();

    assertThat(empty.clauses()).isEmpty();
    assertThat(empty.requirements()).isEmpty();
  }

  @Test
  void build_letterSegments_areValidNumbers() {
    Catalog annex = catalogWith(Clause.builder().number("A").title("Annex").addSubClause(clause("A.2")).build()).build();

    assertThat(annex.clause("A.2")).isPresent();
  }

  @Test
  void equals_sameContent_isEqual() {
    assertThat(Examples.catalog()).isEqualTo(demo).hasSameHashCodeAs(demo);
    assertThat(demo.extend().title("Other").build()).isNotEqualTo(demo);
  }

  @Test
  void build_missingAttributes_throwsNamingThem() {
    assertThatThrownBy(() -> Catalog.builder().id(CatalogId.of("x:1")).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("title")
        .hasMessageContaining("edition")
        .hasMessageContaining("publisher");
  }

  // validation: every message the validator can produce

  @Test
  void build_blankCatalogTexts_reportsEachField() {
    List<CatalogProblem> problems =
        problemsOf(Catalog.builder().id(CatalogId.of("acme:1")).title(" ").edition("").publisher("\t"));

    assertThat(problems)
        .extracting(CatalogProblem::kind, CatalogProblem::element, CatalogProblem::message)
        .containsExactly(
            tuple(Kind.EMPTY_TEXT, "catalog acme:1", "title is blank; expected some text"),
            tuple(Kind.EMPTY_TEXT, "catalog acme:1", "edition is blank; expected some text"),
            tuple(Kind.EMPTY_TEXT, "catalog acme:1", "publisher is blank; expected some text"));
  }

  @Test
  void build_blankClauseTitle_reportsTheClause() {
    Clause sub = Clause.builder().number("4.1").title("  ").build();
    List<CatalogProblem> problems = problemsOf(catalogWith(Clause.builder().number("4").title("Context").addSubClause(sub).build()));

    assertThat(problems)
        .containsExactly(new CatalogProblem(Kind.EMPTY_TEXT, "clause 4 > clause 4.1", "title is blank; expected some text"));
  }

  @Test
  void build_malformedClauseNumber_reportsTheNumber() {
    List<CatalogProblem> problems = problemsOf(catalogWith(clause("7..5")));

    assertThat(problems)
        .containsExactly(
            new CatalogProblem(
                Kind.MALFORMED_CLAUSE_NUMBER,
                "clause 7..5",
                "number '7..5' has an empty segment; expected dot-separated letters and digits such as 7.5.3"));
  }

  @Test
  void build_blankClauseNumber_reportsItQuoted() {
    List<CatalogProblem> problems = problemsOf(catalogWith(clause(" ")));

    assertThat(problems)
        .extracting(CatalogProblem::kind, CatalogProblem::element)
        .containsExactly(tuple(Kind.MALFORMED_CLAUSE_NUMBER, "clause ' '"));
    assertThat(problems.get(0).message()).contains("number ' '");
  }

  @Test
  void build_severalSegmentsAtTopLevel_reportsClauseNotUnderParent() {
    List<CatalogProblem> problems = problemsOf(catalogWith(clause("7.5")));

    assertThat(problems)
        .containsExactly(
            new CatalogProblem(
                Kind.CLAUSE_NOT_UNDER_PARENT, "clause 7.5", "number 7.5 has several segments but stands at the top level"));
  }

  @Test
  void build_subClauseNotExtendingParent_reportsExpectedForm() {
    Clause misplaced = Clause.builder().number("8.2").title("Misplaced").addSubClause(clause("7.5.3")).build();

    List<CatalogProblem> problems = problemsOf(catalogWith(Clause.builder().number("8").title("Operation").addSubClause(misplaced).build()));

    assertThat(problems)
        .containsExactly(
            new CatalogProblem(
                Kind.CLAUSE_NOT_UNDER_PARENT,
                "clause 8 > clause 8.2 > clause 7.5.3",
                "number 7.5.3 does not belong under clause 8.2; expected 8.2.<segment>"));
  }

  @Test
  void build_subClauseTwoSegmentsDeeper_reportsClauseNotUnderParent() {
    Clause tooDeep = clause("7.5.3");

    List<CatalogProblem> problems = problemsOf(catalogWith(Clause.builder().number("7").title("Support").addSubClause(tooDeep).build()));

    assertThat(problems).extracting(CatalogProblem::kind, CatalogProblem::element)
        .containsExactly(tuple(Kind.CLAUSE_NOT_UNDER_PARENT, "clause 7 > clause 7.5.3"));
  }

  @Test
  void build_subClauseSharingOnlyATextPrefix_reportsClauseNotUnderParent() {
    // 71 starts with "7" but is not 7.<segment>
    Clause wrong = clause("71.1");

    List<CatalogProblem> problems = problemsOf(catalogWith(Clause.builder().number("7").title("Support").addSubClause(wrong).build()));

    assertThat(problems).extracting(CatalogProblem::kind).containsExactly(Kind.CLAUSE_NOT_UNDER_PARENT);
  }

  @Test
  void build_duplicateClauseNumber_reportsTheLaterNamingTheEarlier() {
    List<CatalogProblem> problems = problemsOf(catalogWith(clause("4"), clause("4")));

    assertThat(problems)
        .containsExactly(new CatalogProblem(Kind.DUPLICATE_CLAUSE_NUMBER, "clause 4", "number '4' is already used by clause 4"));
  }

  @Test
  void build_duplicateRequirementId_reportsTheLaterNamingTheEarlier() {
    List<CatalogProblem> problems =
        problemsOf(catalogWith(clause("4", requirement("x-1", "One.")), clause("5", requirement("x-1", "Two."))));

    assertThat(problems)
        .containsExactly(
            new CatalogProblem(
                Kind.DUPLICATE_REQUIREMENT_ID,
                "requirement x-1 in clause 5",
                "id x-1 is already used by requirement x-1 in clause 4"));
  }

  @Test
  void build_blankSummary_reportsTheRequirement() {
    List<CatalogProblem> problems = problemsOf(catalogWith(clause("4", requirement("x-1", " "))));

    assertThat(problems)
        .containsExactly(new CatalogProblem(Kind.EMPTY_TEXT, "requirement x-1 in clause 4", "summary is blank; expected some text"));
  }

  @Test
  void build_summaryOverSeveralLines_reportsSummaryNotOneLine() {
    List<CatalogProblem> problems =
        problemsOf(catalogWith(clause("4", requirement("x-1", "line one\nline two"), requirement("x-2", "one\rtwo"))));

    assertThat(problems)
        .extracting(CatalogProblem::kind, CatalogProblem::element, CatalogProblem::message)
        .containsExactly(
            tuple(Kind.SUMMARY_NOT_ONE_LINE, "requirement x-1 in clause 4",
                "summary runs over several lines; expected one line"),
            tuple(Kind.SUMMARY_NOT_ONE_LINE, "requirement x-2 in clause 4",
                "summary runs over several lines; expected one line"));
  }

  @Test
  void build_blankGuidance_reportsTheRequirement() {
    Requirement r = Requirement.builder().id(RequirementId.of("x-1")).summary("s").guidance("").build();

    assertThat(problemsOf(catalogWith(clause("4", r))))
        .containsExactly(new CatalogProblem(Kind.EMPTY_TEXT, "requirement x-1 in clause 4", "guidance is blank; expected some text"));
  }

  @Test
  void build_relatedToUnknownRequirement_reportsDanglingReference() {
    Requirement r = Requirement.builder().id(RequirementId.of("x-1")).summary("s").addRelated(RequirementId.of("x-9")).build();

    assertThat(problemsOf(catalogWith(clause("4", r))))
        .containsExactly(
            new CatalogProblem(
                Kind.DANGLING_REFERENCE,
                "requirement x-1 in clause 4",
                "is related to requirement x-9, which the catalog does not hold; name it in externalReferences if it need not resolve"));
  }

  @Test
  void build_relatedToALaterRequirement_isValid() {
    Requirement first = Requirement.builder().id(RequirementId.of("x-1")).summary("s").addRelated(RequirementId.of("x-2")).build();

    Catalog catalog = catalogWith(clause("4", first), clause("5", requirement("x-2", "t"))).build();

    assertThat(catalog.requirement(RequirementId.of("x-1"))).isPresent();
  }

  @Test
  void build_severalProblems_reportsAllAtOnceInElementOrder() {
    Clause four =
        Clause.builder()
            .number("4")
            .title("")
            .addRequirement(requirement("x-1", ""))
            .addSubClause(clause("5.1"))
            .build();

    InvalidCatalogException e =
        catchThrowableOfType(InvalidCatalogException.class, () -> catalogWith(four, clause("4")).title("").build());

    assertThat(e.problems())
        .extracting(CatalogProblem::kind, CatalogProblem::element)
        .containsExactly(
            tuple(Kind.EMPTY_TEXT, "catalog acme:1"),
            tuple(Kind.EMPTY_TEXT, "clause 4"),
            tuple(Kind.EMPTY_TEXT, "requirement x-1 in clause 4"),
            tuple(Kind.CLAUSE_NOT_UNDER_PARENT, "clause 4 > clause 5.1"),
            tuple(Kind.DUPLICATE_CLAUSE_NUMBER, "clause 4"));
    assertThat(e).hasMessageStartingWith("catalog acme:1 has 5 problems:");
  }
}
