package org.qms4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.qms4j.testing.QmsrExamples.Q8203;
import static org.qms4j.testing.QmsrExamples.Q82030;
import static org.qms4j.testing.QmsrExamples.Q82030A;
import static org.qms4j.testing.QmsrExamples.Q82030B;
import static org.qms4j.testing.QmsrExamples.Q820180;
import static org.qms4j.testing.QmsrExamples.QMSR;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qms4j.catalog.CatalogProblem.Kind;
import org.qms4j.testing.QmsrExamples;

class NumberingStyleTest {
  private final Catalog qmsr = QmsrExamples.catalog();

  private static ImmutableCatalog.Builder catalog(NumberingStyle numbering, Clause... clauses) {
    return Catalog.builder()
        .id(CatalogId.of("acme:1"))
        .title("Acme")
        .edition("1")
        .publisher("Acme")
        .numbering(numbering)
        .addClauses(clauses);
  }

  private static Clause clause(String number, Clause... subs) {
    return Clause.builder().number(number).title("Title").addSubClauses(subs).build();
  }

  private static Clause clauseWith(String number, String requirementId) {
    return Clause.builder()
        .number(number)
        .title("Title")
        .addRequirement(Requirement.builder().id(RequirementId.of(requirementId)).summary("Summary.").build())
        .build();
  }

  private static List<CatalogProblem> problemsOf(ImmutableCatalog.Builder builder) {
    InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class, builder::build);
    assertThat(e).as("expected the catalog to be refused").isNotNull();
    return e.problems();
  }

  // the style itself

  @Test
  void numbering_notSet_isDotted() {
    assertThat(catalog(NumberingStyle.DOTTED).build().numbering()).isEqualTo(NumberingStyle.DOTTED);
    assertThat(Catalog.builder().id(CatalogId.of("x:1")).title("t").edition("1").publisher("p").build().numbering())
        .isEqualTo(NumberingStyle.DOTTED);
  }

  @Test
  void values_areDottedAndFree() {
    assertThat(NumberingStyle.values()).containsExactly(NumberingStyle.DOTTED, NumberingStyle.FREE);
    assertThat(NumberingStyle.valueOf("FREE")).isEqualTo(NumberingStyle.FREE);
  }

  // FREE: a 21 CFR 820-like catalog

  @Test
  void free_regulationNumbers_areAcceptedAndFoundNestedUnderTheirSection() {
    assertThat(qmsr.numbering()).isEqualTo(NumberingStyle.FREE);
    assertThat(qmsr.clauseNumbers())
        .containsExactly("A", "820.3", "820.30", "820.30(a)", "820.30(b)", "B", "820.180");
    assertThat(qmsr.clause("820.30(a)")).hasValueSatisfying(c -> assertThat(c.title()).isEqualTo("General"));
    assertThat(qmsr.clause("820.30").orElseThrow().subClauses())
        .extracting(Clause::number)
        .containsExactly("820.30(a)", "820.30(b)");
  }

  @Test
  void free_requirementIdsWithParentheses_areFoundInTheirClause() {
    LocatedRequirement located = qmsr.requirement(RequirementId.of("fda-qmsr:2026/820.30(a)")).orElseThrow();

    assertThat(located.id()).isEqualTo(Q82030A);
    assertThat(located.catalog()).isEqualTo(QMSR);
    assertThat(located.clauseNumber()).isEqualTo("820.30(a)");
    assertThat(located.clause()).isEqualTo(ClauseRef.of(QMSR, "820.30(a)"));
    assertThat(located.clause()).hasToString("fda-qmsr:2026#820.30(a)");
  }

  @Test
  void free_clausePath_followsTheTreeNotTheText() {
    assertThat(qmsr.clausePath("820.30(a)")).contains(List.of("A", "820.30", "820.30(a)"));
    assertThat(qmsr.clausePath("820.3")).contains(List.of("A", "820.3"));
    assertThat(qmsr.clausePath("820.180")).contains(List.of("B", "820.180"));
    assertThat(qmsr.clausePath("820.30(c)")).isEmpty();
  }

  @Test
  void free_locatedRequirementClausePath_followsTheTree() {
    LocatedRequirement located = qmsr.requirement(Q82030B).orElseThrow();

    assertThat(located.clausePath()).containsExactly("A", "820.30", "820.30(b)");
    assertThat(located.isUnder("820.30")).isTrue();
    assertThat(located.isUnder("A")).isTrue();
    assertThat(located.isUnder("820.3")).isFalse();
    assertThat(located.isUnder("820.30(a)")).isFalse();
  }

  @Test
  void free_requirementsUnder_followsTheTreeNotPrefixes() {
    // 820.3 is a text prefix of 820.30 and 820.30(a), but a sibling in the tree
    assertThat(qmsr.requirementsUnder("820.3")).extracting(LocatedRequirement::id).containsExactly(Q8203);
    assertThat(qmsr.requirementsUnder("820.30"))
        .extracting(LocatedRequirement::id)
        .containsExactly(Q82030, Q82030A, Q82030B);
    assertThat(qmsr.requirementsUnder("820.30(a)")).extracting(LocatedRequirement::id).containsExactly(Q82030A);
    assertThat(qmsr.requirementsUnder("A"))
        .extracting(LocatedRequirement::id)
        .containsExactly(Q8203, Q82030, Q82030A, Q82030B);
    assertThat(qmsr.requirementsUnder("B")).extracting(LocatedRequirement::id).containsExactly(Q820180);
    assertThat(qmsr.requirementsUnder("820")).isEmpty();
  }

  @Test
  void free_numberNestedUnderAnUnrelatedNumber_isAccepted() {
    // nesting is given by the tree alone: no prefix rule
    Catalog catalog = catalog(NumberingStyle.FREE, clause("7", clause("8.1", clause("zz")))).build();

    assertThat(catalog.clausePath("zz")).contains(List.of("7", "8.1", "zz"));
  }

  @Test
  void free_nistControlsAndEnhancements_areAccepted() {
    Catalog nist =
        catalog(
                NumberingStyle.FREE,
                clause("AC", Clause.builder().from(clauseWith("AC-2", "nist/AC-2")).addSubClause(clauseWith("AC-2(1)", "nist/AC-2(1)")).build()))
            .build();

    assertThat(nist.clausePath("AC-2(1)")).contains(List.of("AC", "AC-2", "AC-2(1)"));
    assertThat(nist.requirementsUnder("AC-2"))
        .extracting(LocatedRequirement::id)
        .containsExactly(RequirementId.of("nist/AC-2"), RequirementId.of("nist/AC-2(1)"));
  }

  @Test
  void free_jointCommissionElements_areAccepted() {
    Catalog tjc =
        catalog(NumberingStyle.FREE, clause("IC", clauseWith("IC.02.01.01", "tjc/IC.02.01.01"), clauseWith("IC.02.02.01", "tjc/IC.02.02.01")))
            .build();

    assertThat(tjc.requirement(RequirementId.of("tjc/IC.02.01.01")).orElseThrow().clausePath())
        .containsExactly("IC", "IC.02.01.01");
    assertThat(tjc.requirementsUnder("IC")).hasSize(2);
  }

  @Test
  void free_annexNumbers_areAccepted() {
    Catalog annex = catalog(NumberingStyle.FREE, clause("A", clause("A.5", clauseWith("A.5.1", "iso-27001:2022/A.5.1")))).build();

    assertThat(annex.clausePath("A.5.1")).contains(List.of("A", "A.5", "A.5.1"));
  }

  @Test
  void free_hospitalPolicyCodes_areAccepted() {
    Catalog policies =
        catalog(NumberingStyle.FREE, clauseWith("POL-IC-007", "clinic/POL-IC-007"), clauseWith("POL-IC-010", "clinic/POL-IC-010"))
            .build();

    assertThat(policies.requirementsUnder("POL-IC-007"))
        .extracting(LocatedRequirement::id)
        .containsExactly(RequirementId.of("clinic/POL-IC-007"));
    assertThat(policies.clauseNumbers()).containsExactly("POL-IC-007", "POL-IC-010");
  }

  @Test
  void free_duplicateNumber_isStillRefused() {
    assertThat(problemsOf(catalog(NumberingStyle.FREE, clause("820.30(a)"), clause("B", clause("820.30(a)")))))
        .containsExactly(
            new CatalogProblem(
                Kind.DUPLICATE_CLAUSE_NUMBER, "clause B > clause 820.30(a)", "number '820.30(a)' is already used by clause 820.30(a)"));
  }

  // FREE: what is still refused

  @Test
  void free_numberWithALineBreak_isRefused() {
    assertThat(problemsOf(catalog(NumberingStyle.FREE, clause("820.30\n(a)"))))
        .containsExactly(
            new CatalogProblem(
                Kind.MALFORMED_CLAUSE_NUMBER,
                "clause 820.30\\u000a(a)",
                "number '820.30\\u000a(a)' holds character U+000A at index 6; expected one line without control characters"));
  }

  @Test
  void free_numberWithALineSeparator_isRefused() {
    assertThat(problemsOf(catalog(NumberingStyle.FREE, clause("AC-2\u2028(1)"))))
        .extracting(CatalogProblem::kind, CatalogProblem::message)
        .containsExactly(
            tuple(
                Kind.MALFORMED_CLAUSE_NUMBER,
                "number 'AC-2\\u2028(1)' holds character U+2028 at index 4; expected one line without control characters"));
  }

  @Test
  void free_numberWithAControlCharacter_isRefused() {
    assertThat(problemsOf(catalog(NumberingStyle.FREE, clause("POL\u0007IC"), clause("POL\tIC"))))
        .extracting(CatalogProblem::kind, CatalogProblem::element, CatalogProblem::message)
        .containsExactly(
            tuple(
                Kind.MALFORMED_CLAUSE_NUMBER,
                "clause POL\\u0007IC",
                "number 'POL\\u0007IC' holds character U+0007 at index 3; expected one line without control characters"),
            tuple(
                Kind.MALFORMED_CLAUSE_NUMBER,
                "clause POL\\u0009IC",
                "number 'POL\\u0009IC' holds character U+0009 at index 3; expected one line without control characters"));
  }

  @ParameterizedTest
  @ValueSource(strings = {" 820.30", "820.30 ", "  820.30  "})
  void free_numberWithLeadingOrTrailingSpace_isRefused(String number) {
    assertThat(problemsOf(catalog(NumberingStyle.FREE, clause(number))))
        .containsExactly(
            new CatalogProblem(
                Kind.MALFORMED_CLAUSE_NUMBER, "clause " + number, "number '" + number + "' starts or ends with white space"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u00A0820.30", "820.30\u00A0", "820.30\u202F", "\u2007820.30", "\u3000820.30"})
  void free_numberWithLeadingOrTrailingNoBreakSpace_isRefused(String number) {
    // regulations copied from web pages carry no-break spaces ("§&nbsp;820.30"); kept at an end, they
    // would make a number that looks like 820.30 but is never found by clause("820.30")
    assertThat(problemsOf(catalog(NumberingStyle.FREE, clause(number))))
        .extracting(CatalogProblem::kind, CatalogProblem::message)
        .containsExactly(tuple(Kind.MALFORMED_CLAUSE_NUMBER, "number '" + number + "' starts or ends with white space"));
  }

  @Test
  void free_spacesInside_areAccepted() {
    Catalog catalog = catalog(NumberingStyle.FREE, clause("IC.02.01.01 EP 3"), clause("§\u00A0820.30")).build();

    assertThat(catalog.clause("IC.02.01.01 EP 3")).isPresent();
    assertThat(catalog.clause("§\u00A0820.30")).isPresent();
  }

  @Test
  void free_numberOfOneHundredCharacters_isAccepted_oneMoreIsRefused() {
    String hundred = "820." + "9".repeat(96);
    String tooLong = hundred + "0";

    assertThat(catalog(NumberingStyle.FREE, clause(hundred)).build().clause(hundred)).isPresent();
    assertThat(problemsOf(catalog(NumberingStyle.FREE, clause(tooLong))))
        .containsExactly(
            new CatalogProblem(
                Kind.MALFORMED_CLAUSE_NUMBER,
                "clause " + tooLong.substring(0, 80) + "...",
                "number '" + tooLong.substring(0, 80) + "...' was 101 characters long; expected at most 100"));
  }

  @Test
  void free_blankNumber_isRefused() {
    assertThat(problemsOf(catalog(NumberingStyle.FREE, clause(""), clause("   "))))
        .extracting(CatalogProblem::kind, CatalogProblem::element, CatalogProblem::message)
        .containsExactly(
            tuple(Kind.MALFORMED_CLAUSE_NUMBER, "clause ''", "number '' was blank; expected some text"),
            tuple(Kind.MALFORMED_CLAUSE_NUMBER, "clause '   '", "number '   ' was blank; expected some text"));
  }

  // DOTTED refuses the same numbers

  @ParameterizedTest
  @ValueSource(strings = {"820.30(a)", "AC-2", "AC-2(1)", "POL-IC-007", "§ 820.30", "IC 02"})
  void dotted_freeNumber_isRefusedNamingItAndSuggestingFree(String number) {
    assertThat(problemsOf(catalog(NumberingStyle.DOTTED, clause(number))))
        .containsExactly(
            new CatalogProblem(
                Kind.MALFORMED_CLAUSE_NUMBER,
                "clause " + number,
                "number '"
                    + number
                    + "' is not dot-separated letters and digits such as 7.5.3 (the catalog's numbering is DOTTED;"
                    + " declare FREE for other labels)"));
  }

  @Test
  void dotted_theRegulationsTree_isRefusedAtEveryFreeNumberAndEveryMisplacedSection() {
    List<CatalogProblem> problems = problemsOf(QmsrExamples.builder().numbering(NumberingStyle.DOTTED));

    assertThat(problems)
        .extracting(CatalogProblem::kind, CatalogProblem::element)
        .containsExactly(
            tuple(Kind.CLAUSE_NOT_UNDER_PARENT, "clause A > clause 820.3"),
            tuple(Kind.CLAUSE_NOT_UNDER_PARENT, "clause A > clause 820.30"),
            tuple(Kind.MALFORMED_CLAUSE_NUMBER, "clause A > clause 820.30 > clause 820.30(a)"),
            tuple(Kind.MALFORMED_CLAUSE_NUMBER, "clause A > clause 820.30 > clause 820.30(b)"),
            tuple(Kind.CLAUSE_NOT_UNDER_PARENT, "clause B > clause 820.180"));
    assertThat(problems.get(2).message()).startsWith("number '820.30(a)' is not dot-separated").contains("declare FREE");
    assertThat(problems.get(0).message()).isEqualTo("number 820.3 does not belong under clause A; expected A.<segment>");
  }

  @Test
  void dotted_jointCommissionElementUnderItsChapter_isNotAChildNumber() {
    // IC.02.01.01 is dotted letters and digits, but three segments below IC, not one
    assertThat(problemsOf(catalog(NumberingStyle.DOTTED, clause("IC", clause("IC.02.01.01")))))
        .containsExactly(
            new CatalogProblem(
                Kind.CLAUSE_NOT_UNDER_PARENT,
                "clause IC > clause IC.02.01.01",
                "number IC.02.01.01 does not belong under clause IC; expected IC.<segment>"));
  }

  @Test
  void dotted_stillChecksParentAndChildNumbers() {
    Clause tree = clause("7", clause("8.1"), clause("7.5", clause("7.5.3"), clause("7.6.1")));

    assertThat(problemsOf(catalog(NumberingStyle.DOTTED, tree)))
        .extracting(CatalogProblem::kind, CatalogProblem::element, CatalogProblem::message)
        .containsExactly(
            tuple(Kind.CLAUSE_NOT_UNDER_PARENT, "clause 7 > clause 8.1", "number 8.1 does not belong under clause 7; expected 7.<segment>"),
            tuple(
                Kind.CLAUSE_NOT_UNDER_PARENT,
                "clause 7 > clause 7.5 > clause 7.6.1",
                "number 7.6.1 does not belong under clause 7.5; expected 7.5.<segment>"));
    assertThat(catalog(NumberingStyle.FREE, tree).build().clausePath("7.6.1")).contains(List.of("7", "7.5", "7.6.1"));
  }

  @Test
  void dotted_annexNumbers_areAccepted() {
    Catalog annex = catalog(NumberingStyle.DOTTED, clause("A", clause("A.5", clause("A.5.1")))).build();

    assertThat(annex.clausePath("A.5.1")).contains(List.of("A", "A.5", "A.5.1"));
  }

  // labels

  @Test
  void labels_ofClausesAndRequirements_areKept() {
    assertThat(qmsr.clause("820.30(a)").orElseThrow().label()).contains("§ 820.30(a)");
    assertThat(qmsr.clause("A").orElseThrow().label()).contains("Subpart A");
    assertThat(qmsr.requirement(Q82030A).orElseThrow().requirement().label()).contains("§ 820.30(a)");
    assertThat(catalog(NumberingStyle.DOTTED, clause("4")).build().clause("4").orElseThrow().label()).isEmpty();
  }

  @Test
  void label_ofOneHundredCharacters_isAccepted_oneMoreIsReported() {
    Clause longest = Clause.builder().number("1").title("t").label("L".repeat(100)).build();
    Clause tooLong = Clause.builder().number("2").title("t").label("L".repeat(101)).build();
    Requirement requirementTooLong =
        Requirement.builder().id(RequirementId.of("x-1")).summary("s").label("R".repeat(101)).build();
    Clause holder = Clause.builder().number("3").title("t").addRequirement(requirementTooLong).build();

    assertThat(catalog(NumberingStyle.DOTTED, longest).build().clause("1").orElseThrow().label()).contains("L".repeat(100));
    assertThat(problemsOf(catalog(NumberingStyle.DOTTED, longest, tooLong, holder)))
        .extracting(CatalogProblem::kind, CatalogProblem::element, CatalogProblem::message)
        .containsExactly(
            tuple(Kind.INVALID_TEXT, "clause 2", "label was 101 characters long; expected at most 100"),
            tuple(Kind.INVALID_TEXT, "requirement x-1 in clause 3", "label was 101 characters long; expected at most 100"));
  }

  @Test
  void label_overSeveralLines_isReported() {
    Clause clause = Clause.builder().number("820.30").title("t").label("§ 820.30\nDesign").build();
    Requirement requirement =
        Requirement.builder().id(RequirementId.of("x-1")).summary("s").label("AC-2\u2029(1)").build();
    Clause holder = Clause.builder().number("AC-2").title("t").addRequirement(requirement).build();

    assertThat(problemsOf(catalog(NumberingStyle.FREE, clause, holder)))
        .extracting(CatalogProblem::kind, CatalogProblem::element, CatalogProblem::message)
        .containsExactly(
            tuple(Kind.SUMMARY_NOT_ONE_LINE, "clause 820.30", "label runs over several lines; expected one line"),
            tuple(Kind.SUMMARY_NOT_ONE_LINE, "requirement x-1 in clause AC-2", "label runs over several lines; expected one line"));
  }

  @Test
  void label_blankOrWithControlCharacter_isReported() {
    Clause blank = Clause.builder().number("1").title("t").label(" ").build();
    Clause control = Clause.builder().number("2").title("t").label("a\u0000b").build();

    assertThat(problemsOf(catalog(NumberingStyle.DOTTED, blank, control)))
        .extracting(CatalogProblem::kind, CatalogProblem::element, CatalogProblem::message)
        .containsExactly(
            tuple(Kind.EMPTY_TEXT, "clause 1", "label is blank; expected some text"),
            tuple(
                Kind.INVALID_TEXT,
                "clause 2",
                "label holds character U+0000 at index 1; expected one line without control characters"));
  }

  @Test
  void freeNumber_withInvisibleFormattingOrBrokenSurrogate_isReportedEscaped() {
    for (String number : List.of("820.30\u202E(a)", "\u200B820.30", "820.30\uFEFF", "820.30\uD800")) {
      List<CatalogProblem> problems = problemsOf(catalog(NumberingStyle.FREE, clause(number)));

      assertThat(problems).as(number).extracting(CatalogProblem::kind).containsExactly(CatalogProblem.Kind.MALFORMED_CLAUSE_NUMBER);
      assertThat(problems.get(0).message()).as(number).contains("invisible formatting character or lone surrogate");
      String shown = problems.get(0).element() + problems.get(0).message();
      assertThat(shown.chars().filter(c -> Character.getType(c) == Character.FORMAT || Character.isSurrogate((char) c)))
          .as("no raw formatting character or surrogate in %s", number)
          .isEmpty();
    }
  }
}
