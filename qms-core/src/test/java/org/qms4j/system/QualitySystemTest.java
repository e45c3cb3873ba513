package org.qms4j.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.qms4j.testing.Examples.DEMO;
import static org.qms4j.testing.Examples.R41A;
import static org.qms4j.testing.Examples.R4A;
import static org.qms4j.testing.Examples.R753A;
import static org.qms4j.testing.Examples.R753B;
import static org.qms4j.testing.Examples.R75A;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qms4j.system.SystemProblem.Kind;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.Clause;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.testing.Examples;

class QualitySystemTest {
  private static final RequirementId OTHER_1A = RequirementId.of("other/1-a");
  private final QualitySystem system = Examples.system();

  private static QualitySystem.Builder builder() {
    return QualitySystem.builder().organisation("Example Clinic").scope("Outpatient care").addCatalog(Examples.catalog());
  }

  // builder and look-ups

  @Test
  void build_requiredFields_areKept() {
    assertThat(system.organisation()).isEqualTo("Example Clinic");
    assertThat(system.scope()).isEqualTo("Outpatient care");
    assertThat(system.catalogs()).containsExactly(Examples.catalog());
    assertThat(system.exclusions()).isEmpty();
    assertThat(system.evidence()).isEmpty();
    assertThat(system.findings()).isEmpty();
  }

  @Test
  void build_withoutOrganisation_throwsNamingIt() {
    assertThat(problemsOf(() -> QualitySystem.builder().scope("s").build()))
        .containsExactly(new SystemProblem(Kind.MISSING_VALUE, "quality system", "organisation was not set"));
  }

  @Test
  void build_withoutScope_throwsNamingIt() {
    assertThat(problemsOf(() -> QualitySystem.builder().organisation("o").build()))
        .containsExactly(new SystemProblem(Kind.MISSING_VALUE, "quality system", "scope was not set"));
  }

  @Test
  void build_blankOrganisationOrScope_throwsNamingIt() {
    assertThatThrownBy(() -> QualitySystem.builder().organisation(" ").scope("s").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("quality system: organisation was blank; expected some text");
    assertThatThrownBy(() -> QualitySystem.builder().organisation("o").scope("").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("quality system: scope was blank; expected some text");
  }

  @Test
  void build_noCatalog_isAnEmptySystem() {
    QualitySystem empty = QualitySystem.builder().organisation("o").scope("s").build();

    assertThat(empty.catalogs()).isEmpty();
    assertThat(empty.requirements()).isEmpty();
  }

  @Test
  void requirement_byId_isFoundInAnyCatalog() {
    QualitySystem two = builder().addCatalog(Examples.otherCatalog()).build();

    assertThat(two.requirement(R753A).map(LocatedRequirement::catalog)).contains(DEMO);
    assertThat(two.requirement(OTHER_1A).map(LocatedRequirement::catalog)).contains(CatalogId.of("other:2"));
    assertThat(two.requirement(RequirementId.of("nowhere"))).isEmpty();
    assertThat(two.requirements()).hasSize(8);
    assertThat(two.catalogs()).extracting(Catalog::id).containsExactly(DEMO, CatalogId.of("other:2"));
  }

  @Test
  void evidenceAndFindings_areFoundByIdAndByRequirement() {
    Evidence a = Examples.evidence("ev-a").build();
    Evidence b = Examples.evidence("ev-b").addRequirement(R41A).build();
    Finding f = Examples.finding("F-1").requirements(java.util.List.of(R41A)).build();

    QualitySystem qs = builder().addEvidence(a).addEvidence(b).addFinding(f).build();

    assertThat(qs.evidence(EvidenceId.of("ev-b"))).contains(b);
    assertThat(qs.evidence(EvidenceId.of("ev-z"))).isEmpty();
    assertThat(qs.evidenceFor(R4A)).containsExactly(a, b);
    assertThat(qs.evidenceFor(R41A)).containsExactly(b);
    assertThat(qs.evidenceFor(R753A)).isEmpty();
    assertThat(qs.finding(FindingId.of("F-1"))).contains(f);
    assertThat(qs.finding(FindingId.of("F-2"))).isEmpty();
    assertThat(qs.findingsFor(R41A)).containsExactly(f);
    assertThat(qs.findingsFor(R4A)).isEmpty();
    assertThat(qs.evidence()).containsExactly(a, b);
    assertThat(qs.findings()).containsExactly(f);
  }

  // exclusions

  @Test
  void exclusionFor_directExclusion_appliesToThatRequirementOnly() {
    Exclusion exclusion = Exclusion.ofRequirement(R753A, "No document control at this site.");

    QualitySystem qs = builder().addExclusion(exclusion).build();

    assertThat(qs.exclusionFor(R753A)).contains(exclusion);
    assertThat(qs.exclusionFor(R753B)).isEmpty();
    assertThat(qs.exclusions()).containsExactly(exclusion);
  }

  @Test
  void exclusionFor_clauseExclusion_appliesToEveryRequirementUnderIt() {
    Exclusion exclusion = Exclusion.ofClause(ClauseRef.of(DEMO, "7.5"), "No documented information.");

    QualitySystem qs = builder().addExclusion(exclusion).build();

    assertThat(qs.exclusionFor(R75A)).contains(exclusion);
    assertThat(qs.exclusionFor(R753A)).contains(exclusion);
    assertThat(qs.exclusionFor(R753B)).contains(exclusion);
    assertThat(qs.exclusionFor(R4A)).isEmpty();
  }

  @Test
  void build_exclusionOfNotPermittedRequirement_isRefusedNamingIt() {
    assertThat(problemsOf(() -> builder().addExclusion(Exclusion.ofRequirement(R4A, "j")).build()))
        .containsExactly(
            new SystemProblem(
                Kind.EXCLUSION_NOT_PERMITTED,
                "exclusion of requirement demo/4-a",
                "would exclude requirement demo/4-a, which its catalog does not permit to be excluded"));
  }

  @Test
  void build_clauseExclusionTakingANotPermittedRequirement_isRefusedNamingEachOne() {
    assertThat(problemsOf(() -> builder().addExclusion(Exclusion.ofClause(ClauseRef.of(DEMO, "4"), "j")).build()))
        .extracting(SystemProblem::kind, SystemProblem::element, SystemProblem::message)
        .containsExactly(
            tuple(Kind.EXCLUSION_NOT_PERMITTED, "exclusion of clause demo:1#4",
                "would exclude requirement demo/4-a, which its catalog does not permit to be excluded"),
            tuple(Kind.EXCLUSION_NOT_PERMITTED, "exclusion of clause demo:1#4",
                "would exclude requirement demo/4.1-a, which its catalog does not permit to be excluded"));
  }

  @Test
  void build_exclusionOfUnknownRequirement_isRefused() {
    assertThat(problemsOf(() -> builder().addExclusion(Exclusion.ofRequirement(RequirementId.of("demo/9-z"), "j")).build()))
        .containsExactly(
            new SystemProblem(
                Kind.UNKNOWN_REFERENCE, "exclusion of requirement demo/9-z", "no catalog of the system holds the requirement"));
  }

  @Test
  void build_exclusionOfUnknownClauseOrCatalog_isRefused() {
    assertThat(problemsOf(() -> builder().addExclusion(Exclusion.ofClause(ClauseRef.of(DEMO, "7.6"), "j")).build()))
        .extracting(SystemProblem::kind, SystemProblem::element)
        .containsExactly(tuple(Kind.UNKNOWN_REFERENCE, "exclusion of clause demo:1#7.6"));
    assertThat(
            problemsOf(() -> builder().addExclusion(Exclusion.ofClause(ClauseRef.of(CatalogId.of("nope:1"), "7.5"), "j")).build()))
        .extracting(SystemProblem::kind, SystemProblem::element)
        .containsExactly(tuple(Kind.UNKNOWN_REFERENCE, "exclusion of clause nope:1#7.5"));
  }

  @Test
  void build_severalBadExclusions_namesEveryOne() {
    assertThatThrownBy(
            () ->
                builder()
                    .addExclusion(Exclusion.ofRequirement(RequirementId.of("demo/9-z"), "j"))
                    .addExclusion(Exclusion.ofRequirement(R4A, "j"))
                    .build())
        .hasMessageContaining("exclusion of requirement demo/9-z: no catalog of the system holds the requirement")
        .hasMessageContaining("would exclude requirement demo/4-a");
  }

  // consistency checks

  @Test
  void build_duplicateIds_areRefusedNamingEveryOne() {
    Evidence e = Examples.evidence("ev-1").build();
    Finding f = Examples.finding("F-1").build();

    assertThat(
            problemsOf(
                () -> builder().addCatalog(Examples.catalog()).addEvidence(e).addEvidence(e).addFinding(f).addFinding(f).build()))
        .containsExactly(
            new SystemProblem(Kind.DUPLICATE_ID, "catalog demo:1", "was added more than once"),
            new SystemProblem(Kind.DUPLICATE_ID, "evidence ev-1", "was added more than once"),
            new SystemProblem(Kind.DUPLICATE_ID, "finding F-1", "was added more than once"));
  }

  @Test
  void build_sameIdDifferentContent_isStillADuplicate() {
    Evidence first = Examples.evidence("ev-1").build();
    Evidence second = Examples.evidence("ev-1").owner("Someone else").build();

    assertThatThrownBy(() -> builder().addAllEvidence(java.util.List.of(first, second)).build())
        .hasMessageContaining("evidence ev-1");
  }

  @Test
  void build_evidenceWithUnknownRequirements_isRefusedNamingAllOfThem() {
    Evidence bad =
        Examples.evidence("ev-1")
            .addRequirement(RequirementId.of("zz/2"))
            .addRequirement(RequirementId.of("zz/1"))
            .build();
    Evidence alsoBad = Examples.evidence("ev-2").requirements(java.util.List.of(RequirementId.of("zz/3"))).build();

    assertThat(problemsOf(() -> builder().addEvidence(bad).addEvidence(alsoBad).build()))
        .containsExactlyInAnyOrder(
            new SystemProblem(
                Kind.UNKNOWN_REFERENCE,
                "evidence ev-1",
                "refers to requirements [zz/1, zz/2], which no catalog of the system holds"),
            new SystemProblem(
                Kind.UNKNOWN_REFERENCE, "evidence ev-2", "refers to requirement [zz/3], which no catalog of the system holds"));
  }

  @Test
  void build_findingWithUnknownRequirement_isRefusedNamingIt() {
    Finding bad = Examples.finding("F-1").addRequirement(RequirementId.of("zz/1")).build();

    assertThat(problemsOf(() -> builder().addFinding(bad).build()))
        .containsExactly(
            new SystemProblem(
                Kind.UNKNOWN_REFERENCE, "finding F-1", "refers to requirement [zz/1], which no catalog of the system holds"));
  }

  @Test
  void build_requirementIdInTwoCatalogs_isRefusedNamingItAndBothCatalogs() {
    Catalog copy = Examples.catalog().extend().id(CatalogId.of("copy:1")).build();

    List<SystemProblem> problems = problemsOf(() -> builder().addCatalog(copy).build());

    assertThat(problems).extracting(SystemProblem::kind).containsOnly(Kind.REPEATED_REQUIREMENT_ID);
    assertThat(problems)
        .extracting(SystemProblem::element)
        .contains("requirement demo/4-a", "requirement demo/7.5.3-b")
        .hasSize(Examples.catalog().requirements().size());
    assertThat(problems.get(0).message()).startsWith("is held by both demo:1 and copy:1");
  }

  // with... and without...

  @Test
  void withEvidence_newItem_isAddedAndTheOriginalIsUnchanged() {
    Evidence e = Examples.evidence("ev-1").build();

    QualitySystem later = system.withEvidence(e);

    assertThat(later.evidence()).containsExactly(e);
    assertThat(later.evidenceFor(R4A)).containsExactly(e);
    assertThat(system.evidence()).isEmpty();
    assertThat(system.evidenceFor(R4A)).isEmpty();
    assertThat(system).isEqualTo(Examples.system());
  }

  @Test
  void withEvidence_sameId_replacesTheItem() {
    Evidence first = Examples.evidence("ev-1").build();
    Evidence replacement = Examples.evidence("ev-1").requirements(java.util.List.of(R41A)).build();
    QualitySystem qs = system.withEvidence(first);

    QualitySystem later = qs.withEvidence(replacement);

    assertThat(later.evidence()).containsExactly(replacement);
    assertThat(later.evidenceFor(R4A)).isEmpty();
    assertThat(later.evidenceFor(R41A)).containsExactly(replacement);
    assertThat(qs.evidence()).containsExactly(first);
  }

  @Test
  void withEvidence_unknownRequirement_isRefused() {
    Evidence bad = Examples.evidence("ev-1").requirements(java.util.List.of(RequirementId.of("zz/1"))).build();

    assertThatThrownBy(() -> system.withEvidence(bad))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("evidence ev-1: refers to requirement [zz/1]");
  }

  @Test
  void withoutEvidence_heldItem_isRemoved() {
    QualitySystem qs = system.withEvidence(Examples.evidence("ev-1").build());

    QualitySystem later = qs.withoutEvidence(EvidenceId.of("ev-1"));

    assertThat(later.evidence()).isEmpty();
    assertThat(later.evidenceFor(R4A)).isEmpty();
    assertThat(qs.evidence()).hasSize(1);
    assertThat(later).isEqualTo(system);
  }

  @Test
  void withoutEvidence_unknownId_isRefusedNamingIt() {
    assertThat(problemsOf(() -> system.withoutEvidence(EvidenceId.of("ev-9"))))
        .containsExactly(
            new SystemProblem(Kind.NOT_FOUND, "evidence ev-9", "cannot be removed: the evidence register holds no such item"));
  }

  @Test
  void withFinding_addsOrReplacesAndLeavesTheOriginalUnchanged() {
    Finding f = Examples.finding("F-1").grade(FindingGrade.OBSERVATION).build();
    Finding closed = Examples.finding("F-1").grade(FindingGrade.OBSERVATION).closedAt(Examples.T0.plusSeconds(60)).build();

    QualitySystem once = system.withFinding(f);
    QualitySystem twice = once.withFinding(closed);

    assertThat(once.findings()).containsExactly(f);
    assertThat(once.findingsFor(R4A)).containsExactly(f);
    assertThat(twice.findings()).containsExactly(closed);
    assertThat(system.findings()).isEmpty();
  }

  @Test
  void withFinding_unknownRequirement_isRefused() {
    Finding bad = Examples.finding("F-1").requirements(java.util.List.of(RequirementId.of("zz/1"))).build();

    assertThatThrownBy(() -> system.withFinding(bad)).hasMessageContaining("finding F-1: refers to requirement [zz/1]");
  }

  @Test
  void withoutFinding_heldAndUnknown() {
    QualitySystem qs = system.withFinding(Examples.finding("F-1").build());

    assertThat(qs.withoutFinding(FindingId.of("F-1")).findings()).isEmpty();
    assertThat(qs.findings()).hasSize(1);
    assertThat(problemsOf(() -> qs.withoutFinding(FindingId.of("F-9"))))
        .containsExactly(
            new SystemProblem(Kind.NOT_FOUND, "finding F-9", "cannot be removed: the findings register holds no such item"));
  }

  @Test
  void withExclusion_permitted_isAddedAndTheOriginalIsUnchanged() {
    Exclusion exclusion = Exclusion.ofRequirement(R75A, "j");

    QualitySystem later = system.withExclusion(exclusion);

    assertThat(later.exclusions()).containsExactly(exclusion);
    assertThat(later.exclusionFor(R75A)).contains(exclusion);
    assertThat(system.exclusions()).isEmpty();
    assertThat(system.exclusionFor(R75A)).isEmpty();
  }

  @Test
  void withExclusion_notPermitted_isRefused() {
    assertThatThrownBy(() -> system.withExclusion(Exclusion.ofRequirement(R41A, "j")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("would exclude requirement demo/4.1-a");
  }

  @Test
  void toBuilder_rebuilt_isEqual() {
    QualitySystem full =
        builder()
            .addExclusion(Exclusion.ofRequirement(R75A, "j"))
            .addEvidence(Examples.evidence("ev-1").build())
            .addFinding(Examples.finding("F-1").build())
            .build();

    assertThat(full.toBuilder().build()).isEqualTo(full).hasSameHashCodeAs(full);
  }

  // equality

  @Test
  void equals_registersAddedInAnotherOrder_isEqual() {
    Evidence a = Examples.evidence("ev-a").build();
    Evidence b = Examples.evidence("ev-b").build();
    Finding f = Examples.finding("F-1").build();
    Finding g = Examples.finding("F-2").build();

    QualitySystem one = builder().addEvidence(a).addEvidence(b).addFinding(f).addFinding(g).build();
    QualitySystem two = builder().addFinding(g).addEvidence(b).addFinding(f).addEvidence(a).build();

    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
  }

  @Test
  void equals_exclusionsAddedInAnotherOrder_isEqual() {
    Exclusion x = Exclusion.ofRequirement(R753A, "No document control at this site.");
    Exclusion y = Exclusion.ofRequirement(R75A, "Nothing documented.");

    QualitySystem one = builder().addExclusion(x).addExclusion(y).build();
    QualitySystem two = builder().addExclusion(y).addExclusion(x).build();

    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
  }

  @Test
  void equals_differentContent_isNotEqual() {
    assertThat(system)
        .isNotEqualTo(system.withEvidence(Examples.evidence("ev-1").build()))
        .isNotEqualTo(QualitySystem.builder().organisation("Other").scope("Outpatient care").addCatalog(Examples.catalog()).build())
        .isNotEqualTo(QualitySystem.builder().organisation("Example Clinic").scope("Other").addCatalog(Examples.catalog()).build())
        .isNotEqualTo(system.withExclusion(Exclusion.ofRequirement(R75A, "j")))
        .isNotEqualTo(null)
        .isNotEqualTo("a string");
  }

  @Test
  void toString_namesOrganisationAndCatalogs() {
    assertThat(system.toString()).contains("Example Clinic", "demo:1");
  }

  @Test
  void catalogWithClausesButNoRequirements_canBeAdded() {
    Catalog bare =
        Catalog.builder().id(CatalogId.of("bare:1")).title("t").edition("1").publisher("p")
            .addClause(Clause.builder().number("1").title("t").build()).build();

    assertThat(builder().addCatalog(bare).build().catalogs()).hasSize(2);
  }

  @Test
  void nullArguments_areRefusedNamingTheArgument() {
    QualitySystem.Builder b = QualitySystem.builder();

    assertThatThrownBy(() -> b.organisation(null)).isInstanceOf(NullPointerException.class).hasMessage("organisation");
    assertThatThrownBy(() -> b.scope(null)).hasMessage("scope");
    assertThatThrownBy(() -> b.addCatalog(null)).hasMessage("catalog");
    assertThatThrownBy(() -> b.addExclusion(null)).hasMessage("exclusion");
    assertThatThrownBy(() -> b.addEvidence(null)).hasMessage("item");
    assertThatThrownBy(() -> b.addFinding(null)).hasMessage("finding");
    assertThatThrownBy(() -> system.withEvidence(null)).hasMessage("item");
    assertThatThrownBy(() -> system.withoutEvidence(null)).hasMessage("id");
    assertThatThrownBy(() -> system.withFinding(null)).hasMessage("finding");
    assertThatThrownBy(() -> system.withoutFinding(null)).hasMessage("id");
  }

  private static List<SystemProblem> problemsOf(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
    assertThat(t).isInstanceOf(InvalidSystemException.class);
    return ((InvalidSystemException) t).problems();
  }
}
