package org.qms4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qms4j.catalog.CatalogProblem.Kind;

class CatalogLimitsTest {
  private static final CatalogId ACME = CatalogId.of("acme:1");

  private static ImmutableCatalog.Builder catalog(NumberingStyle numbering, Clause... clauses) {
    return Catalog.builder().id(ACME).title("Acme").edition("1").publisher("Acme").numbering(numbering).addClauses(clauses);
  }

  private static ImmutableCatalog.Builder catalog(Clause... clauses) {
    return catalog(NumberingStyle.DOTTED, clauses);
  }

  private static Clause clause(String number) {
    return Clause.builder().number(number).title("Title").build();
  }

  private static Clause holding(Requirement requirement) {
    return Clause.builder().number("4").title("Context").addRequirement(requirement).build();
  }

  private static Requirement summarised(String summary) {
    return Requirement.builder().id(RequirementId.of("x-1")).summary(summary).build();
  }

  private static InvalidCatalogException refusal(ImmutableCatalog.Builder builder) {
    InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class, builder::build);
    assertThat(e).as("expected the catalog to be refused").isNotNull();
    return e;
  }

  /** Lines as any reader splits them: every Unicode line break counts. */
  private static int lines(String message) {
    return message.split("\\R", -1).length;
  }

  // long and deep input

  @Test
  void build_clauseNumberOfTwentyThousandSegments_isMalformedWithAShortMessage() {
    String number = "1.".repeat(19_999) + "1";
    String shown = number.substring(0, 80) + "...";

    InvalidCatalogException e = refusal(catalog(clause(number)));

    assertThat(e.problems())
        .containsExactly(
            new CatalogProblem(
                Kind.MALFORMED_CLAUSE_NUMBER,
                "clause " + shown,
                "number '" + shown + "' is 39999 characters long; expected 1 to 100"));
    assertThat(e.getMessage()).hasSizeLessThan(300);
  }

  @Test
  void build_clauseNumberOfTwentyThousandSegmentsInAFreeCatalog_isMalformedWithAShortMessage() {
    String number = "1.".repeat(19_999) + "1";

    InvalidCatalogException e = refusal(catalog(NumberingStyle.FREE, clause(number)));

    assertThat(e.problems())
        .extracting(CatalogProblem::kind, CatalogProblem::message)
        .containsExactly(
            tuple(
                Kind.MALFORMED_CLAUSE_NUMBER,
                "number '" + number.substring(0, 80) + "...' was 39999 characters long; expected at most 100"));
    assertThat(e.getMessage()).hasSizeLessThan(300);
  }

  @Test
  void clauseBuilder_treeTenThousandLevelsDeep_isRefusedAtLevelThirtyThree() {
    Clause deepest = null;
    int refusedAt = 0;
    InvalidCatalogException refusal = null;
    for (int depth = 1; depth <= 10_000; depth++) {
      var builder = Clause.builder().number("level-" + depth).title("Level " + depth);
      if (deepest != null) {
        builder.addSubClause(deepest);
      }
      try {
        deepest = builder.build();
      } catch (InvalidCatalogException e) {
        refusedAt = depth;
        refusal = e;
        break;
      }
    }

    assertThat(refusedAt).isEqualTo(33);
    assertThat(refusal.problems())
        .containsExactly(
            new CatalogProblem(Kind.TOO_LARGE, "clause level-33", "its tree is 33 levels deep; expected at most 32"));
    assertThat(refusal).hasMessage("clause has 1 problem:\n  - clause level-33: its tree is 33 levels deep; expected at most 32");
    assertThat(deepest.depth()).isEqualTo(Catalog.MAX_DEPTH);
    Catalog free = catalog(NumberingStyle.FREE, deepest).build();
    assertThat(free.clausePath("level-1")).hasValueSatisfying(path -> assertThat(path).hasSize(32).startsWith("level-32"));
  }

  @Test
  void build_dottedTreeThirtyTwoLevelsDeep_isAccepted() {
    RequirementId bottom = RequirementId.of("acme/deep");
    Clause tree = null;
    for (int level = 32; level >= 1; level--) {
      var builder = Clause.builder().number("1" + ".1".repeat(level - 1)).title("Level " + level);
      if (tree == null) {
        builder.addRequirement(Requirement.builder().id(bottom).summary("Deep.").build());
      } else {
        builder.addSubClause(tree);
      }
      tree = builder.build();
    }

    Catalog catalog = catalog(tree).build();

    assertThat(tree.depth()).isEqualTo(32);
    assertThat(catalog.requirement(bottom).orElseThrow().clausePath()).hasSize(32).endsWith("1" + ".1".repeat(31));
    assertThat(catalog.requirementsUnder("1")).extracting(LocatedRequirement::id).containsExactly(bottom);
    assertThat(catalog.clauseNumbers()).hasSize(32);
  }

  @Test
  void extend_clauseBelowTheDeepestLevel_isReportedWithTheOtherProblems() {
    Clause tree = null;
    for (int level = 32; level >= 1; level--) {
      var builder = Clause.builder().number("1" + ".1".repeat(level - 1)).title("Level " + level);
      if (tree != null) {
        builder.addSubClause(tree);
      }
      tree = builder.build();
    }
    Catalog deep = catalog(tree).build();
    String bottom = "1" + ".1".repeat(31);

    InvalidCatalogException e =
        catchThrowableOfType(
            InvalidCatalogException.class,
            () -> deep.extend().addClause(bottom, clause(bottom + ".1")).title(" ").build());

    assertThat(e.problems())
        .extracting(CatalogProblem::kind, CatalogProblem::element, CatalogProblem::message)
        .containsExactly(
            tuple(Kind.TOO_LARGE, "clause 1", "its tree is 33 levels deep; expected at most 32"),
            tuple(Kind.EMPTY_TEXT, "catalog acme:1", "title is blank; expected some text"));
    assertThat(e).hasMessageStartingWith("catalog acme:1 has 2 problems:");
  }

  @Test
  void build_oneMegabyteClauseNumber_givesAShortMessage() {
    String huge = "9".repeat(1_000_000);

    InvalidCatalogException dotted = refusal(catalog(clause(huge)));
    InvalidCatalogException free = refusal(catalog(NumberingStyle.FREE, clause("\u0000".repeat(1_000_000))));

    assertThat(dotted.problems()).extracting(CatalogProblem::kind).containsExactly(Kind.MALFORMED_CLAUSE_NUMBER);
    assertThat(dotted.problems().get(0).message()).endsWith("' is 1000000 characters long; expected 1 to 100");
    assertThat(dotted.getMessage().length()).isLessThan(2_000);
    assertThat(free.problems().get(0).message()).endsWith("' was 1000000 characters long; expected at most 100");
    assertThat(free.getMessage().length()).isLessThan(2_000);
  }

  @Test
  void build_oneMegabyteInEveryText_givesAShortMessage() {
    String huge = "x".repeat(1_000_000);
    Requirement requirement =
        Requirement.builder().id(RequirementId.of("x-1")).summary(huge).label(huge).guidance(huge).build();
    Clause clause = Clause.builder().number(huge).label(huge).title(huge).addRequirement(requirement).build();

    InvalidCatalogException e = refusal(catalog(NumberingStyle.FREE, clause).title(huge).note(huge));

    assertThat(e.problems())
        .extracting(CatalogProblem::kind, CatalogProblem::message)
        .containsExactly(
            tuple(Kind.INVALID_TEXT, "title was 1000000 characters long; expected at most 300"),
            tuple(Kind.INVALID_TEXT, "note was 1000000 characters long; expected at most 5000"),
            tuple(Kind.MALFORMED_CLAUSE_NUMBER, "number '" + "x".repeat(80) + "...' was 1000000 characters long; expected at most 100"),
            tuple(Kind.INVALID_TEXT, "label was 1000000 characters long; expected at most 100"),
            tuple(Kind.INVALID_TEXT, "title was 1000000 characters long; expected at most 300"),
            tuple(Kind.INVALID_TEXT, "label was 1000000 characters long; expected at most 100"),
            tuple(Kind.INVALID_TEXT, "summary was 1000000 characters long; expected at most 1000"),
            tuple(Kind.INVALID_TEXT, "guidance was 1000000 characters long; expected at most 20000"));
    assertThat(e.getMessage().length()).isLessThan(2_000);
  }

  @Test
  void build_moreClausesThanTheLimit_stopsWithTooLarge() {
    List<Clause> clauses = new ArrayList<>(Catalog.MAX_CLAUSES + 1);
    for (int i = 1; i <= Catalog.MAX_CLAUSES + 1; i++) {
      clauses.add(clause(String.valueOf(i)));
    }

    InvalidCatalogException e = refusal(catalog().clauses(clauses));

    assertThat(e.problems())
        .containsExactly(
            new CatalogProblem(Kind.TOO_LARGE, "catalog acme:1", "holds more than 100000 clauses; validation stopped there"));
  }

  @Test
  void build_deepTreeOfLongNumbers_givesABoundedMessage() {
    Clause tree = null;
    Clause twin = null;
    for (int level = 32; level >= 1; level--) {
      String number = String.format("%03d", level) + "x".repeat(97);
      var first = Clause.builder().number(number).title("t");
      var second = Clause.builder().number(number).title("t");
      if (tree != null) {
        first.addSubClause(tree);
        second.addSubClause(twin);
      }
      tree = first.build();
      twin = second.build();
    }

    InvalidCatalogException e = refusal(catalog(NumberingStyle.FREE, tree, twin));

    assertThat(e.problems()).hasSize(32).allMatch(p -> p.kind() == Kind.DUPLICATE_CLAUSE_NUMBER);
    assertThat(e.getMessage().length()).isLessThan(20_000);
  }

  // forged problem lines

  @Test
  void build_clauseNumberHoldingAProblemLine_cannotForgeOne() {
    String forged = "4\n  - clause 9: forged problem";

    InvalidCatalogException dotted = refusal(catalog(clause(forged), Clause.builder().number("5").title(" ").build()));
    InvalidCatalogException free = refusal(catalog(NumberingStyle.FREE, clause(forged)));

    assertThat(dotted.problems()).hasSize(2);
    assertThat(lines(dotted.getMessage())).isEqualTo(1 + 2);
    assertThat(dotted.getMessage()).doesNotContain("\n  - clause 9").contains("4\\u000a  - clause 9: forged problem");
    assertThat(lines(free.getMessage())).isEqualTo(1 + 1);
    assertThat(free.problems().get(0).element()).isEqualTo("clause 4\\u000a  - clause 9: forged problem");
  }

  @ParameterizedTest
  @MethodSource("lineBreaks")
  void build_anyLineBreakInAnyQuotedValue_cannotForgeALine(char lineBreak) {
    String forged = "4" + lineBreak + "  - forged";
    Clause titled = Clause.builder().number("5").title("t" + lineBreak + "  - forged").build();

    InvalidCatalogException e = refusal(catalog(NumberingStyle.FREE, clause(forged), titled));

    assertThat(e.problems()).hasSize(2);
    assertThat(lines(e.getMessage())).isEqualTo(1 + 2);
  }

  static Stream<Character> lineBreaks() {
    return Stream.of('\n', '\r', '\u000B', '\f', '\u0085', '\u2028', '\u2029');
  }

  // one-line texts

  static Stream<Arguments> summaryCharacters() {
    return Stream.of(
        Arguments.of('\u2028', Kind.SUMMARY_NOT_ONE_LINE, "summary runs over several lines; expected one line"),
        Arguments.of('\u2029', Kind.SUMMARY_NOT_ONE_LINE, "summary runs over several lines; expected one line"),
        Arguments.of('\u0085', Kind.SUMMARY_NOT_ONE_LINE, "summary runs over several lines; expected one line"),
        Arguments.of('\u000B', Kind.SUMMARY_NOT_ONE_LINE, "summary runs over several lines; expected one line"),
        Arguments.of('\f', Kind.SUMMARY_NOT_ONE_LINE, "summary runs over several lines; expected one line"),
        Arguments.of('\r', Kind.SUMMARY_NOT_ONE_LINE, "summary runs over several lines; expected one line"),
        Arguments.of(
            '\u0000', Kind.INVALID_TEXT, "summary holds character U+0000 at index 3; expected one line without control characters"),
        Arguments.of(
            '\t', Kind.INVALID_TEXT, "summary holds character U+0009 at index 3; expected one line without control characters"),
        Arguments.of(
            '\u001B', Kind.INVALID_TEXT, "summary holds character U+001B at index 3; expected one line without control characters"),
        Arguments.of(
            '\u009B', Kind.INVALID_TEXT, "summary holds character U+009B at index 3; expected one line without control characters"));
  }

  @ParameterizedTest
  @MethodSource("summaryCharacters")
  void build_summaryHoldingACharacter_isRefusedWithItsKind(char c, Kind kind, String message) {
    InvalidCatalogException e = refusal(catalog(holding(summarised("one" + c + "two"))));

    assertThat(e.problems()).containsExactly(new CatalogProblem(kind, "requirement x-1 in clause 4", message));
  }

  @Test
  void build_titlesWithNul_areRefused() {
    Clause clause = Clause.builder().number("4").title("Con\u0000text").build();

    InvalidCatalogException e = refusal(catalog(clause).title("Ac\u0000me"));

    assertThat(e.problems())
        .containsExactly(
            new CatalogProblem(
                Kind.INVALID_TEXT, "catalog acme:1", "title holds character U+0000 at index 2; expected one line without control characters"),
            new CatalogProblem(
                Kind.INVALID_TEXT, "clause 4", "title holds character U+0000 at index 3; expected one line without control characters"));
  }

  @Test
  void build_guidanceWithNul_isRefused() {
    Requirement r = Requirement.builder().id(RequirementId.of("x-1")).summary("s").guidance("See\u0000SOP-12.").build();

    assertThat(refusal(catalog(holding(r))).problems())
        .containsExactly(
            new CatalogProblem(
                Kind.INVALID_TEXT,
                "requirement x-1 in clause 4",
                "guidance holds character U+0000 at index 3; expected no control characters but tab and line breaks"));
  }

  @Test
  void build_guidanceWithLineBreaksAndTabs_isAcceptedAndKept() {
    String guidance = "Check:\n\t- the SOP\r\n\t- the records\u2028(any order)";
    Requirement r = Requirement.builder().id(RequirementId.of("x-1")).summary("s").guidance(guidance).build();

    Catalog catalog = catalog(holding(r)).build();

    assertThat(catalog.requirement(RequirementId.of("x-1")).orElseThrow().requirement().guidance()).contains(guidance);
  }

  @Test
  void build_summaryOfOneThousandCharacters_isAccepted_oneMoreIsRefused() {
    assertThat(catalog(holding(summarised("s".repeat(1_000)))).build().requirements()).hasSize(1);

    assertThat(refusal(catalog(holding(summarised("s".repeat(1_001))))).problems())
        .containsExactly(
            new CatalogProblem(
                Kind.INVALID_TEXT, "requirement x-1 in clause 4", "summary was 1001 characters long; expected at most 1000"));
  }

  // many problems

  @Test
  void build_fiveHundredProblems_listsTwentyAndCountsTheRest() {
    List<Clause> clauses = new ArrayList<>();
    for (int i = 1; i <= 500; i++) {
      clauses.add(Clause.builder().number(String.valueOf(i)).title(" ").build());
    }

    InvalidCatalogException e = refusal(catalog().clauses(clauses));

    assertThat(e.problems()).hasSize(500);
    String[] lines = e.getMessage().split("\n", -1);
    assertThat(lines).hasSize(1 + 20 + 1);
    assertThat(lines[0]).isEqualTo("catalog acme:1 has 500 problems:");
    assertThat(lines[1]).isEqualTo("  - clause 1: title is blank; expected some text");
    assertThat(lines[20]).isEqualTo("  - clause 20: title is blank; expected some text");
    assertThat(lines[21]).isEqualTo("  ... and 480 more (see problems())");
    assertThat(e.problems().get(499)).isEqualTo(new CatalogProblem(Kind.EMPTY_TEXT, "clause 500", "title is blank; expected some text"));
  }

  @Test
  void build_twentyProblems_listsThemAllWithoutACount() {
    List<Clause> clauses = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      clauses.add(Clause.builder().number(String.valueOf(i)).title("").build());
    }

    InvalidCatalogException e = refusal(catalog().clauses(clauses));

    assertThat(e.getMessage().split("\n", -1)).hasSize(21);
    assertThat(e.getMessage()).doesNotContain("more");
  }

  // quoting

  @Test
  void build_quotedValues_areShortenedToEightyCharactersAndEscaped() {
    String number = "'\\" + "\u0001".repeat(5) + "x".repeat(200);
    // the quote and the backslash escape to two characters each, each control to six: 2 + 2 + 30 + 46 = 80
    String shown = "\\'\\\\" + "\\u0001".repeat(5) + "x".repeat(46) + "...";

    InvalidCatalogException e = refusal(catalog(NumberingStyle.FREE, clause(number)));

    assertThat(e.problems())
        .extracting(CatalogProblem::element, CatalogProblem::message)
        .containsExactly(
            tuple("clause " + shown, "number '" + shown + "' was 207 characters long; expected at most 100"));
  }

  @Test
  void build_surrogates_pairsAreKeptLoneOnesEscaped() {
    String pair = "\uD83D\uDE00"; // an emoji, one code point
    String number = pair + "\uD800" + "\n";

    InvalidCatalogException e = refusal(catalog(NumberingStyle.FREE, clause(number)));

    assertThat(e.problems().get(0).element()).isEqualTo("clause " + pair + "\\ud800\\u000a");
  }
}
