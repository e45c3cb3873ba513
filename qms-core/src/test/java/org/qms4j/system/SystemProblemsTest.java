package org.qms4j.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.qms4j.testing.Examples.DEMO;
import static org.qms4j.testing.Examples.R4A;
import static org.qms4j.testing.Examples.R753A;
import static org.qms4j.testing.Examples.R753B;
import static org.qms4j.testing.Examples.R75A;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.MappingSet;
import org.qms4j.catalog.MappingSetId;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.finding.Finding;
import org.qms4j.system.SystemProblem.Kind;
import org.qms4j.testing.Examples;

/**
 * How a quality system reports what is wrong: every problem at once, as {@link SystemProblem}s in
 * one {@link InvalidSystemException}, with a message that stays short.
 */
class SystemProblemsTest {
  private static final RequirementId UNKNOWN = RequirementId.of("zz/1");
  private static final CatalogId OURS = CatalogId.of("ours:1");

  private static QualitySystem.Builder builder() {
    return QualitySystem.builder().organisation("Example Clinic").scope("Outpatient care").addCatalog(Examples.catalog());
  }

  private static MappingSet set(String id, CatalogId source, CatalogId target) {
    return MappingSet.builder().id(MappingSetId.of(id)).version("1").title("Set " + id).sourceCatalog(source).targetCatalog(target).build();
  }

  static List<SystemProblem> problemsOf(ThrowingCallable call) {
    return exceptionOf(call).problems();
  }

  static InvalidSystemException exceptionOf(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(InvalidSystemException.class);
    return (InvalidSystemException) thrown;
  }

  // every problem at once

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void build_everyKindOfProblem_isReportedAtOnceInOneException() {
    Evidence evidence = Examples.evidence("ev-1").build();
    Finding finding = Examples.finding("F-1").build();
    MappingSet set = set("demo-to-demo", DEMO, DEMO);
    HostFactKey raw = HostFactKey.of("score", Integer.class);
    QualitySystem.Builder b =
        QualitySystem.builder()
            .addCatalog(Examples.catalog())
            .addCatalog(Examples.catalog())
            .addEvidence(evidence)
            .addEvidence(evidence)
            .addFinding(finding)
            .addFinding(finding)
            .addMappingSet(set)
            .addMappingSet(set)
            .addEvidence(Examples.evidence("ev-2").addRequirement(UNKNOWN).build())
            .addFinding(Examples.finding("F-2").addRequirement(UNKNOWN).build())
            .addExclusion(Exclusion.ofRequirement(R4A, "Not here."))
            .addExclusion(Exclusion.ofRequirement(RequirementId.of("demo/9-z"), "Not here."))
            .addExclusion(Exclusion.ofClause(ClauseRef.of(CatalogId.of("nope:1"), "1"), "Not here."))
            .addExclusion(Exclusion.ofRequirement(R753A, "No document control."))
            .addExclusion(Exclusion.ofRequirement(R753A, "Outsourced."))
            .addMappingSet(set("nowhere", CatalogId.of("nope:1"), CatalogId.of("nope:2")));
    b.hostFact(raw, "ninety");

    List<SystemProblem> problems = problemsOf(b::build);

    assertThat(problems)
        .extracting(SystemProblem::kind, SystemProblem::element)
        .containsExactlyInAnyOrder(
            tuple(Kind.MISSING_VALUE, "quality system"),
            tuple(Kind.MISSING_VALUE, "quality system"),
            tuple(Kind.DUPLICATE_ID, "catalog demo:1"),
            tuple(Kind.DUPLICATE_ID, "evidence ev-1"),
            tuple(Kind.DUPLICATE_ID, "finding F-1"),
            tuple(Kind.DUPLICATE_ID, "mapping set demo-to-demo"),
            tuple(Kind.UNKNOWN_REFERENCE, "evidence ev-2"),
            tuple(Kind.UNKNOWN_REFERENCE, "finding F-2"),
            tuple(Kind.EXCLUSION_NOT_PERMITTED, "exclusion of requirement demo/4-a"),
            tuple(Kind.UNKNOWN_REFERENCE, "exclusion of requirement demo/9-z"),
            tuple(Kind.UNKNOWN_REFERENCE, "exclusion of clause nope:1#1"),
            tuple(Kind.CONFLICTING_EXCLUSIONS, "exclusion of requirement demo/7.5.3-a"),
            tuple(Kind.UNKNOWN_REFERENCE, "mapping set nowhere"),
            tuple(Kind.UNKNOWN_REFERENCE, "mapping set nowhere"),
            tuple(Kind.WRONG_TYPE, "host fact score"));
    assertThat(problems)
        .filteredOn(p -> p.kind() == Kind.MISSING_VALUE)
        .extracting(SystemProblem::message)
        .containsExactlyInAnyOrder("organisation was not set", "scope was not set");
    assertThat(problems)
        .filteredOn(p -> p.element().equals("mapping set nowhere"))
        .extracting(SystemProblem::message)
        .containsExactly(
            "maps catalog nope:1, which the system does not hold (nor one derived from it)",
            "maps catalog nope:2, which the system does not hold (nor one derived from it)");
  }

  @Test
  void build_invalidTextsAndBadReferences_areReportedTogether() {
    List<SystemProblem> problems =
        problemsOf(
            () ->
                QualitySystem.builder()
                    .organisation("x".repeat(301))
                    .scope("Outpatient\0care")
                    .addCatalog(Examples.catalog())
                    .addEvidence(Examples.evidence("ev-1").addRequirement(UNKNOWN).build())
                    .build());

    assertThat(problems)
        .containsExactly(
            new SystemProblem(Kind.INVALID_TEXT, "quality system", "organisation was 301 characters long; expected at most 300"),
            new SystemProblem(
                Kind.INVALID_TEXT,
                "quality system",
                "scope holds character U+0000 at index 10; expected no control characters but tab and line breaks"),
            new SystemProblem(
                Kind.UNKNOWN_REFERENCE, "evidence ev-1", "refers to requirement [zz/1], which no catalog of the system holds"));
  }

  @Test
  void systemProblem_partsAndToString() {
    SystemProblem p = new SystemProblem(Kind.NOT_FOUND, "evidence ev-9", "cannot be removed");

    assertThat(p.kind()).isEqualTo(Kind.NOT_FOUND);
    assertThat(p.element()).isEqualTo("evidence ev-9");
    assertThat(p.message()).isEqualTo("cannot be removed");
    assertThat(p).hasToString("evidence ev-9: cannot be removed");
  }

  // texts

  @Test
  void build_organisationOf300Characters_isAcceptedAnd301IsRefused() {
    String longest = "o".repeat(QualitySystem.MAX_ORGANISATION);

    assertThat(builder().organisation(longest).build().organisation()).isEqualTo(longest);
    assertThat(problemsOf(() -> builder().organisation(longest + "o").build()))
        .containsExactly(
            new SystemProblem(Kind.INVALID_TEXT, "quality system", "organisation was 301 characters long; expected at most 300"));
  }

  @Test
  void build_multiLineOrganisation_isRefusedForEveryKindOfLineBreak() {
    for (String lineBreak : List.of("\n", "\r", "\u000B", "\f", "\u0085", "\u2028", "\u2029")) {
      assertThat(problemsOf(() -> builder().organisation("Example" + lineBreak + "Clinic").build()))
          .as("line break U+%04X", (int) lineBreak.charAt(0))
          .containsExactly(
              new SystemProblem(
                  Kind.INVALID_TEXT,
                  "quality system",
                  String.format(
                      "organisation holds character U+%04X at index 7; expected one line without control characters",
                      (int) lineBreak.charAt(0))));
    }
  }

  @Test
  void build_scopeWithNul_isRefusedButLineBreaksAndTabsAreAccepted() {
    assertThat(problemsOf(() -> builder().scope("Outpatient\0care").build()))
        .extracting(SystemProblem::kind, SystemProblem::message)
        .containsExactly(
            tuple(Kind.INVALID_TEXT, "scope holds character U+0000 at index 10; expected no control characters but tab and line breaks"));

    assertThat(builder().scope("Outpatient care\r\n\tat the main site").build().scope())
        .isEqualTo("Outpatient care\r\n\tat the main site");
  }

  @Test
  void build_scopeOf5000Characters_isAcceptedAnd5001IsRefused() {
    String longest = "s".repeat(QualitySystem.MAX_SCOPE);

    assertThat(builder().scope(longest).build().scope()).hasSize(5000);
    assertThat(problemsOf(() -> builder().scope(longest + "s").build()))
        .extracting(SystemProblem::message)
        .containsExactly("scope was 5001 characters long; expected at most 5000");
  }

  // many problems, short message

  @Test
  void build_972UnknownReferences_holdsEveryProblemButListsTwenty() {
    QualitySystem.Builder b = builder();
    for (int i = 1; i <= 972; i++) {
      b.addEvidence(Examples.evidence(String.format("ev-%04d", i)).requirements(List.of(UNKNOWN)).build());
    }

    InvalidSystemException e = exceptionOf(b::build);

    assertThat(e.problems()).hasSize(972).extracting(SystemProblem::kind).containsOnly(Kind.UNKNOWN_REFERENCE);
    assertThat(e.problems()).extracting(SystemProblem::element).doesNotHaveDuplicates().contains("evidence ev-0001", "evidence ev-0972");
    String message = e.getMessage();
    assertThat(message).startsWith("quality system has 972 problems:\n  - ");
    assertThat(message.split("\n  - ", -1)).hasSize(InvalidSystemException.SHOWN + 1);
    for (SystemProblem listed : e.problems().subList(0, 20)) {
      assertThat(message).contains("\n  - " + listed + "\n");
    }
    assertThat(message).doesNotContain(e.problems().get(20).element() + ":");
    assertThat(message).endsWith("\n  ... and 952 more (see problems())");
    assertThat(message.length()).isLessThan(5_000);
  }

  @Test
  void build_972UnknownReferencesWithLongestIds_messageStaysUnder5000Characters() {
    String tail = "x".repeat(200 - "ev-0000-".length());
    RequirementId longUnknown = RequirementId.of("zz/" + "u".repeat(197));
    QualitySystem.Builder b = builder();
    for (int i = 1; i <= 972; i++) {
      b.addEvidence(Examples.evidence(String.format("ev-%04d-%s", i, tail)).requirements(List.of(longUnknown)).build());
    }

    InvalidSystemException e = exceptionOf(b::build);

    assertThat(e.problems()).hasSize(972);
    assertThat(e.getMessage()).endsWith("\n  ... and 952 more (see problems())");
    assertThat(e.getMessage().length()).isLessThan(5_000);
  }

  @Test
  void message_twentyProblems_listsAllAndCountsNoMore() {
    List<SystemProblem> twenty = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      twenty.add(new SystemProblem(Kind.NOT_FOUND, "evidence ev-" + i, "absent"));
    }
    List<SystemProblem> twentyOne = new ArrayList<>(twenty);
    twentyOne.add(new SystemProblem(Kind.NOT_FOUND, "evidence ev-20", "absent"));

    assertThat(new InvalidSystemException(twenty).getMessage())
        .startsWith("quality system has 20 problems:")
        .endsWith("\n  - evidence ev-19: absent")
        .doesNotContain("more");
    assertThat(new InvalidSystemException(twentyOne).getMessage())
        .doesNotContain("ev-20")
        .endsWith("\n  - evidence ev-19: absent\n  ... and 1 more (see problems())");
    assertThat(new InvalidSystemException(twenty.subList(0, 1)).getMessage())
        .isEqualTo("quality system has 1 problem:\n  - evidence ev-0: absent");
  }

  @Test
  void problems_areACopyThatCannotBeChanged() {
    List<SystemProblem> given = new ArrayList<>(List.of(new SystemProblem(Kind.NOT_FOUND, "evidence ev-1", "absent")));
    InvalidSystemException e = new InvalidSystemException(given);
    given.clear();

    assertThat(e.problems()).hasSize(1);
    assertThat(catchThrowable(() -> e.problems().clear())).isInstanceOf(UnsupportedOperationException.class);
  }

  // exclusions

  @Test
  void build_sameRequirementExcludedTwiceWithDifferentJustifications_isRefusedNamingBoth() {
    List<SystemProblem> problems =
        problemsOf(
            () ->
                builder()
                    .addExclusion(Exclusion.ofRequirement(R753A, "No document control."))
                    .addExclusion(Exclusion.ofRequirement(R753A, "Outsourced."))
                    .build());

    assertThat(problems)
        .containsExactly(
            new SystemProblem(
                Kind.CONFLICTING_EXCLUSIONS,
                "exclusion of requirement demo/7.5.3-a",
                "also excludes requirement demo/7.5.3-a, already excluded by the exclusion of requirement demo/7.5.3-a"
                    + " ('No document control.' against 'Outsourced.'); keep one"));
  }

  @Test
  void build_requirementExcludedDirectlyAndThroughItsClause_isRefusedNamingBoth() {
    Exclusion clause = Exclusion.ofClause(ClauseRef.of(DEMO, "7.5.3"), "No document control.");
    Exclusion direct = Exclusion.ofRequirement(R753B, "Not regulated here.");

    List<SystemProblem> clauseFirst = problemsOf(() -> builder().addExclusion(clause).addExclusion(direct).build());
    List<SystemProblem> directFirst = problemsOf(() -> builder().addExclusion(direct).addExclusion(clause).build());

    assertThat(clauseFirst)
        .containsExactly(
            new SystemProblem(
                Kind.CONFLICTING_EXCLUSIONS,
                "exclusion of requirement demo/7.5.3-b",
                "also excludes requirement demo/7.5.3-b, already excluded by the exclusion of clause demo:1#7.5.3"
                    + " ('No document control.' against 'Not regulated here.'); keep one"));
    assertThat(directFirst)
        .containsExactly(
            new SystemProblem(
                Kind.CONFLICTING_EXCLUSIONS,
                "exclusion of clause demo:1#7.5.3",
                "also excludes requirement demo/7.5.3-b, already excluded by the exclusion of requirement demo/7.5.3-b"
                    + " ('Not regulated here.' against 'No document control.'); keep one"));
  }

  @Test
  void withExclusion_conflicting_isRefusedAndTheSystemIsUnchanged() {
    QualitySystem system = builder().addExclusion(Exclusion.ofClause(ClauseRef.of(DEMO, "7.5"), "Nothing documented.")).build();
    QualitySystem copy = system.toBuilder().build();

    List<SystemProblem> problems = problemsOf(() -> system.withExclusion(Exclusion.ofRequirement(R75A, "Other reason.")));

    assertThat(problems).extracting(SystemProblem::kind, SystemProblem::element)
        .containsExactly(tuple(Kind.CONFLICTING_EXCLUSIONS, "exclusion of requirement demo/7.5-a"));
    assertThat(problems.get(0).message()).contains("clause demo:1#7.5", "'Nothing documented.'", "'Other reason.'");
    assertThat(system).isEqualTo(copy);
    assertThat(system.exclusions()).hasSize(1);
    assertThat(system.exclusionFor(R75A).map(Exclusion::justification)).contains("Nothing documented.");
  }

  @Test
  void identicalExclusionAddedTwice_isHeldOnce() {
    Exclusion exclusion = Exclusion.ofRequirement(R753A, "No document control.");

    QualitySystem built = builder().addExclusion(exclusion).addExclusion(Exclusion.ofRequirement(R753A, "No document control.")).build();
    QualitySystem again = built.withExclusion(Exclusion.ofRequirement(R753A, "No document control."));

    assertThat(built.exclusions()).containsExactly(exclusion);
    assertThat(again).isSameAs(built);
    assertThat(again.exclusions()).containsExactly(exclusion);
    assertThat(built).isEqualTo(builder().addExclusion(exclusion).build());
  }

  @Test
  void withoutExclusion_held_removesOnlyThatOne() {
    Exclusion a = Exclusion.ofRequirement(R753A, "No document control.");
    Exclusion b = Exclusion.ofRequirement(R75A, "Nothing documented.");
    QualitySystem system = builder().addExclusion(a).addExclusion(b).build();

    QualitySystem later = system.withoutExclusion(a);

    assertThat(later.exclusions()).containsExactly(b);
    assertThat(later.exclusionFor(R753A)).isEmpty();
    assertThat(later.exclusionFor(R75A)).contains(b);
    assertThat(later).isEqualTo(builder().addExclusion(b).build());
    assertThat(system.exclusions()).containsExactly(a, b);
    assertThat(system.exclusionFor(R753A)).contains(a);
  }

  @Test
  void withoutExclusion_absent_isRefusedAsNotFound() {
    QualitySystem system = builder().addExclusion(Exclusion.ofRequirement(R753A, "No document control.")).build();

    assertThat(problemsOf(() -> system.withoutExclusion(Exclusion.ofRequirement(R753A, "Another justification."))))
        .containsExactly(
            new SystemProblem(
                Kind.NOT_FOUND, "exclusion of requirement demo/7.5.3-a", "cannot be removed: the system holds no such exclusion"));
    assertThat(problemsOf(() -> system.withoutExclusion(Exclusion.ofClause(ClauseRef.of(DEMO, "7.5"), "j"))))
        .extracting(SystemProblem::kind, SystemProblem::element)
        .containsExactly(tuple(Kind.NOT_FOUND, "exclusion of clause demo:1#7.5"));
    assertThat(system.exclusions()).hasSize(1);
  }

  @Test
  void clauseExclusionForABaseCatalog_appliesToACatalogDerivedFromIt() {
    Catalog ours = Examples.catalog().extend().id(OURS).build();
    Exclusion exclusion = Exclusion.ofClause(ClauseRef.of(DEMO, "7.5.3"), "No document control.");

    QualitySystem built =
        QualitySystem.builder().organisation("o").scope("s").addCatalog(ours).addExclusion(exclusion).build();
    QualitySystem changed = QualitySystem.builder().organisation("o").scope("s").addCatalog(ours).build().withExclusion(exclusion);

    for (QualitySystem system : List.of(built, changed)) {
      assertThat(system.exclusionFor(R753A)).contains(exclusion);
      assertThat(system.exclusionFor(R753B)).contains(exclusion);
      assertThat(system.exclusionFor(R75A)).isEmpty();
    }
    assertThat(built).isEqualTo(changed);
  }

  @Test
  void clauseExclusionForACatalogNoHeldCatalogDerivesFrom_isRefused() {
    // the system holds the base; the exclusion was written for a catalog derived from it
    Exclusion exclusion = Exclusion.ofClause(ClauseRef.of(OURS, "7.5.3"), "No document control.");
    SystemProblem expected =
        new SystemProblem(
            Kind.UNKNOWN_REFERENCE,
            "exclusion of clause ours:1#7.5.3",
            "no catalog of the system (or derived from ours:1) holds the clause");

    assertThat(problemsOf(() -> builder().addExclusion(exclusion).build())).containsExactly(expected);
    assertThat(problemsOf(() -> Examples.system().withExclusion(exclusion))).containsExactly(expected);
  }
}
