package org.qms4j.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.qms4j.testing.Examples.DEMO;
import static org.qms4j.testing.Examples.T0;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.qms4j.audit.Audit;
import org.qms4j.audit.AuditId;
import org.qms4j.audit.AuditKind;
import org.qms4j.capa.CorrectiveAction;
import org.qms4j.capa.CorrectiveActionId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.finding.ImmutableFinding;
import org.qms4j.history.By;
import org.qms4j.testing.CapaFixtures;
import org.qms4j.testing.Examples;

/**
 * The rules between registers ({@link Registers}): what a finding, a corrective action and an
 * audit refer to must be held and cannot be removed; a closed major or minor nonconformity needs a
 * linked action whose effectiveness check passed by then; a replacing action continues the
 * history. Each refusal names both sides and leaves the system as it was.
 */
class CrossRegisterTest {
  static final Duration DAY = Duration.ofDays(1);
  static final EvidenceId E1 = EvidenceId.of("e1");
  static final EvidenceId E2 = EvidenceId.of("e2");
  static final FindingId NC1 = FindingId.of("nc1");
  static final FindingId NC2 = FindingId.of("nc2");
  static final CorrectiveActionId CA1 = CorrectiveActionId.of("ca1");
  static final AuditId IA1 = AuditId.of("ia1");

  /** Walked from T0 + 1 day, a step a day: implemented at T0 + 5 days with e1, verified at T0 + 6 days with e2. */
  static final Instant VERIFIED_AT = T0.plus(Duration.ofDays(6));

  /** The demo system with evidence e1 and e2 and two open minor nonconformities, nc1 and nc2. */
  static QualitySystem base() {
    return QualitySystem.builder()
        .organisation("Example Clinic")
        .scope("Outpatient care")
        .addCatalog(Examples.catalog())
        .addEvidence(Examples.evidence("e1").build())
        .addEvidence(Examples.evidence("e2").build())
        .addFinding(Examples.finding("nc1").build())
        .addFinding(Examples.finding("nc2").build())
        .build();
  }

  static CorrectiveAction action(String id, FindingId finding, int steps) {
    return CapaFixtures.walk(id, finding, steps, T0.plus(DAY), DAY, List.of(E1, E2));
  }

  static Audit audit(String id) {
    return Audit.builder()
        .id(AuditId.of(id))
        .kind(AuditKind.INTERNAL)
        .title("Document control")
        .addScope(ClauseRef.of(DEMO, "4"))
        .leadAuditor(CapaFixtures.AUDITOR)
        .plannedStart(T0)
        .plannedEnd(T0.plus(DAY))
        .startedAt(T0)
        .reportedAt(T0.plus(DAY))
        .build();
  }

  static Finding closed(Finding f, Instant at) {
    return ImmutableFinding.copyOf(f).withClosedAt(at);
  }

  /** The one problem of a refused change, after checking that the system did not change. */
  static SystemProblem refusal(QualitySystem system, ThrowingCallable change) {
    Snapshot before = Snapshot.of(system);
    InvalidSystemException e = catchThrowableOfType(InvalidSystemException.class, change);
    assertThat(e).as("refused").isNotNull();
    assertThat(Snapshot.of(system)).as("the system is unchanged").isEqualTo(before);
    assertThat(e.problems()).hasSize(1);
    SystemProblem p = e.problems().get(0);
    assertThat(e.getMessage()).contains(p.element()).contains(p.message());
    return p;
  }

  /** Everything a system's registers hold, and what its link indexes say, as plain lists. */
  record Snapshot(
      List<Evidence> evidence,
      List<Finding> findings,
      List<CorrectiveAction> actions,
      List<Audit> audits,
      List<List<CorrectiveAction>> actionsByFinding,
      List<List<Finding>> findingsByAudit) {
    static Snapshot of(QualitySystem s) {
      return new Snapshot(
          List.copyOf(s.evidence()),
          List.copyOf(s.findings()),
          List.copyOf(s.correctiveActions()),
          List.copyOf(s.audits()),
          s.findings().stream().map(f -> List.copyOf(s.correctiveActionsFor(f.id()))).toList(),
          s.audits().stream().map(a -> List.copyOf(s.findingsOf(a.id()))).toList());
    }
  }

  // a finding's audit must be held

  @Test
  void findingFromAnAuditTheSystemDoesNotHold_isRefused_namingFindingAndAudit() {
    QualitySystem system = base();
    Finding f = Examples.finding("f7").audit(IA1).build();

    SystemProblem p = refusal(system, () -> system.withFinding(f));

    assertThat(p.kind()).isEqualTo(SystemProblem.Kind.UNKNOWN_REFERENCE);
    assertThat(p.element()).contains("f7");
    assertThat(p.message()).contains("ia1");
  }

  @Test
  void findingFromAHeldAudit_isAccepted_andListedByFindingsOf() {
    QualitySystem system = base().withAudit(audit("ia1"));

    QualitySystem next = system.withFinding(Examples.finding("f7").audit(IA1).build());

    assertThat(next.findingsOf(IA1)).extracting(Finding::id).containsExactly(FindingId.of("f7"));
    assertThat(system.findingsOf(IA1)).isEmpty();
  }

  // a corrective action's findings and evidence must be held

  @Test
  void actionLinkingAFindingTheSystemDoesNotHold_isRefused_namingActionAndFinding() {
    QualitySystem system = base();
    CorrectiveAction a = action("ca1", FindingId.of("nc9"), CapaFixtures.CORRECTED);

    SystemProblem p = refusal(system, () -> system.withCorrectiveAction(a));

    assertThat(p.kind()).isEqualTo(SystemProblem.Kind.UNKNOWN_REFERENCE);
    assertThat(p.element()).contains("ca1");
    assertThat(p.message()).contains("nc9");
  }

  @Test
  void actionImplementedWithEvidenceTheSystemDoesNotHold_isRefused_namingActionAndEvidence() {
    QualitySystem system = base();
    CorrectiveAction a = CapaFixtures.walk("ca1", NC1, CapaFixtures.IMPLEMENTED, T0.plus(DAY), DAY, List.of(EvidenceId.of("e9")));

    SystemProblem p = refusal(system, () -> system.withCorrectiveAction(a));

    assertThat(p.kind()).isEqualTo(SystemProblem.Kind.UNKNOWN_REFERENCE);
    assertThat(p.element()).contains("ca1");
    assertThat(p.message()).contains("e9");
  }

  @Test
  void actionVerifiedWithEvidenceTheSystemDoesNotHold_isRefused_namingActionAndEvidence() {
    QualitySystem system = base();
    CorrectiveAction a = CapaFixtures.walk("ca1", NC1, CapaFixtures.VERIFIED, T0.plus(DAY), DAY, List.of(E1, EvidenceId.of("e9")));

    SystemProblem p = refusal(system, () -> system.withCorrectiveAction(a));

    assertThat(p.kind()).isEqualTo(SystemProblem.Kind.UNKNOWN_REFERENCE);
    assertThat(p.element()).contains("ca1");
    assertThat(p.message()).contains("e9").doesNotContain("e1");
  }

  // nothing referenced can be removed

  @Test
  void removingAFindingAnActionLinks_isRefused_namingFindingAndAction() {
    QualitySystem system = base().withCorrectiveAction(action("ca1", NC1, CapaFixtures.CORRECTED));

    SystemProblem p = refusal(system, () -> system.withoutFinding(NC1));

    assertThat(p.kind()).isEqualTo(SystemProblem.Kind.STILL_REFERENCED);
    assertThat(p.element()).contains("nc1");
    assertThat(p.message()).contains("ca1");
  }

  @Test
  void removingTheEvidenceOfAnImplementation_isRefused_namingEvidenceAndAction() {
    QualitySystem system = base().withCorrectiveAction(action("ca1", NC1, CapaFixtures.IMPLEMENTED));

    SystemProblem p = refusal(system, () -> system.withoutEvidence(E1));

    assertThat(p.kind()).isEqualTo(SystemProblem.Kind.STILL_REFERENCED);
    assertThat(p.element()).contains("e1");
    assertThat(p.message()).contains("ca1");
    assertThat(system.withoutEvidence(E2).evidence()).extracting(Evidence::id).containsExactly(E1);
  }

  @Test
  void removingTheEvidenceOfAnEffectivenessCheck_isRefused_namingEvidenceAndAction() {
    QualitySystem system = base().withCorrectiveAction(action("ca1", NC1, CapaFixtures.VERIFIED));

    SystemProblem p = refusal(system, () -> system.withoutEvidence(E2));

    assertThat(p.kind()).isEqualTo(SystemProblem.Kind.STILL_REFERENCED);
    assertThat(p.element()).contains("e2");
    assertThat(p.message()).contains("ca1");
  }

  @Test
  void removingAnAuditThatRaisedAFinding_isRefused_namingAuditAndFinding() {
    QualitySystem system = base().withAudit(audit("ia1")).withFinding(Examples.finding("f7").audit(IA1).build());

    SystemProblem p = refusal(system, () -> system.without(Registers.AUDITS, IA1));

    assertThat(p.kind()).isEqualTo(SystemProblem.Kind.STILL_REFERENCED);
    assertThat(p.element()).contains("ia1");
    assertThat(p.message()).contains("f7");
  }

  @Test
  void whatNothingRefersToAnyMore_canBeRemoved() {
    QualitySystem system =
        base().withAudit(audit("ia1")).withFinding(Examples.finding("f7").audit(IA1).build())
            .withCorrectiveAction(action("ca1", NC1, CapaFixtures.VERIFIED));

    QualitySystem emptied =
        system
            .without(Registers.FINDINGS, FindingId.of("f7"))
            .without(Registers.AUDITS, IA1)
            .without(Registers.CORRECTIVE_ACTIONS, CA1)
            .withoutEvidence(E1)
            .withoutEvidence(E2)
            .withoutFinding(NC1);

    assertThat(emptied.audits()).isEmpty();
    assertThat(emptied.correctiveActions()).isEmpty();
    assertThat(emptied.evidence()).isEmpty();
    assertThat(emptied.findings()).extracting(Finding::id).containsExactly(NC2);
  }

  /** The link index is keyed by the id objects: a finding and an evidence item may share a value. */
  @Test
  void aFindingAndAnEvidenceItemWithTheSameIdValue_areLinkedApart() {
    QualitySystem system =
        base().withEvidence(Examples.evidence("x1").build()).withFinding(Examples.finding("x1").build())
            .withCorrectiveAction(action("ca1", FindingId.of("x1"), CapaFixtures.IMPLEMENTED));

    assertThat(system.correctiveActionsFor(FindingId.of("x1"))).extracting(CorrectiveAction::id).containsExactly(CA1);
    assertThat(system.withoutEvidence(EvidenceId.of("x1")).evidence()).extracting(Evidence::id).containsExactly(E1, E2);
    SystemProblem p = refusal(system, () -> system.withoutFinding(FindingId.of("x1")));
    assertThat(p.kind()).isEqualTo(SystemProblem.Kind.STILL_REFERENCED);
  }

  // a closed major or minor nonconformity needs an action whose check passed by then

  @Test
  void minorNonconformityClosedWithoutAnyAction_isRefused_namingTheFinding() {
    QualitySystem system = base();

    SystemProblem p = refusal(system, () -> system.withFinding(closed(Examples.finding("nc1").build(), T0.plus(DAY))));

    assertThat(p.kind()).isEqualTo(SystemProblem.Kind.CLOSED_WITHOUT_EFFECTIVE_ACTION);
    assertThat(p.element()).contains("nc1");
    assertThat(p.message()).contains("MINOR_NONCONFORMITY").contains("no action links it");
  }

  @Test
  void majorNonconformityClosedWhileItsActionIsOnlyImplemented_isRefused_namingFindingAndAction() {
    Finding major = Examples.finding("nc1").grade(FindingGrade.MAJOR_NONCONFORMITY).build();
    QualitySystem system = base().withFinding(major).withCorrectiveAction(action("ca1", NC1, CapaFixtures.IMPLEMENTED));

    SystemProblem p = refusal(system, () -> system.withFinding(closed(major, T0.plus(Duration.ofDays(30)))));

    assertThat(p.kind()).isEqualTo(SystemProblem.Kind.CLOSED_WITHOUT_EFFECTIVE_ACTION);
    assertThat(p.element()).contains("nc1");
    assertThat(p.message()).contains("MAJOR_NONCONFORMITY").contains("ca1").contains("IMPLEMENTED");
  }

  @Test
  void nonconformityClosedOneSecondBeforeTheCheckPassed_isRefused_andAtTheSameInstant_accepted() {
    CorrectiveAction a = action("ca1", NC1, CapaFixtures.VERIFIED);
    assertThat(a.effectivenessVerifiedAt()).contains(VERIFIED_AT);
    QualitySystem system = base().withCorrectiveAction(a);
    Finding nc1 = system.finding(NC1).orElseThrow();

    SystemProblem p = refusal(system, () -> system.withFinding(closed(nc1, VERIFIED_AT.minusSeconds(1))));
    QualitySystem closedThen = system.withFinding(closed(nc1, VERIFIED_AT));

    assertThat(p.kind()).isEqualTo(SystemProblem.Kind.CLOSED_WITHOUT_EFFECTIVE_ACTION);
    assertThat(p.element()).contains("nc1");
    // as of the closing instant the action was implemented, not yet verified
    assertThat(p.message()).contains("ca1").contains("IMPLEMENTED");
    assertThat(closedThen.finding(NC1).orElseThrow().closedAt()).contains(VERIFIED_AT);
    assertThat(system.withFinding(closed(nc1, VERIFIED_AT.plus(DAY))).finding(NC1).orElseThrow().closedAt())
        .contains(VERIFIED_AT.plus(DAY));
  }

  @Test
  void oneVerifiedActionAmongSeveral_isEnough() {
    QualitySystem system =
        base()
            .withCorrectiveAction(action("ca0", NC1, CapaFixtures.PLANNED))
            .withCorrectiveAction(action("ca1", NC1, CapaFixtures.VERIFIED))
            .withCorrectiveAction(action("ca2", NC1, CapaFixtures.OPENED));

    QualitySystem next = system.withFinding(closed(system.finding(NC1).orElseThrow(), VERIFIED_AT));

    assertThat(next.finding(NC1).orElseThrow().closedAt()).contains(VERIFIED_AT);
  }

  @Test
  void observationsAndOpportunities_closeWithoutAnAction() {
    QualitySystem system = base();
    Finding obs = closed(Examples.finding("o1").grade(FindingGrade.OBSERVATION).build(), T0.plus(DAY));
    Finding ofi = closed(Examples.finding("o2").grade(FindingGrade.OPPORTUNITY_FOR_IMPROVEMENT).build(), T0);

    QualitySystem next = system.withFinding(obs).withFinding(ofi);

    assertThat(next.findings()).extracting(Finding::id).contains(FindingId.of("o1"), FindingId.of("o2"));
    assertThat(next.correctiveActions()).isEmpty();
  }

  @Test
  void removingTheActionAClosedNonconformityReliesOn_isRefused_namingTheFinding() {
    QualitySystem open = base().withCorrectiveAction(action("ca1", NC1, CapaFixtures.CLOSED));
    QualitySystem system = open.withFinding(closed(open.finding(NC1).orElseThrow(), VERIFIED_AT));

    SystemProblem p = refusal(system, () -> system.without(Registers.CORRECTIVE_ACTIONS, CA1));

    assertThat(p.kind()).isEqualTo(SystemProblem.Kind.STILL_REFERENCED);
    assertThat(p.element()).contains("ca1");
    assertThat(p.message()).contains("nc1");
  }

  // a replacing action continues the history

  @Test
  void replacingAnActionWithAFreshlyOpenedOne_isRefused_namingTheAction() {
    QualitySystem system = base().withCorrectiveAction(action("ca1", NC1, CapaFixtures.ROOT_CAUSE));
    CorrectiveAction fresh = CorrectiveAction.open(CA1, "Start again", Set.of(NC1), By.of(CapaFixtures.QUALITY, T0.plus(DAY)));

    SystemProblem p = refusal(system, () -> system.withCorrectiveAction(fresh));

    assertThat(p.kind()).isEqualTo(SystemProblem.Kind.HISTORY_REWRITTEN);
    assertThat(p.element()).contains("ca1");
    assertThat(p.message()).contains("1 events").contains("3 events");
  }

  @Test
  void replacingAnActionWithAnEarlierVersionOfItself_isRefused() {
    QualitySystem system = base().withCorrectiveAction(action("ca1", NC1, CapaFixtures.ROOT_CAUSE));

    SystemProblem p = refusal(system, () -> system.withCorrectiveAction(action("ca1", NC1, CapaFixtures.CORRECTED)));

    assertThat(p.kind()).isEqualTo(SystemProblem.Kind.HISTORY_REWRITTEN);
    assertThat(p.element()).contains("ca1");
  }

  @Test
  void replacingAnActionWithAForkOfItsHistory_isRefused() {
    CorrectiveAction corrected = action("ca1", NC1, CapaFixtures.CORRECTED);
    QualitySystem system = base().withCorrectiveAction(corrected.identifyRootCause("One cause.", By.of(CapaFixtures.QUALITY, T0.plus(Duration.ofDays(3)))));
    CorrectiveAction fork =
        corrected
            .identifyRootCause("Another cause.", By.of(CapaFixtures.QUALITY, T0.plus(Duration.ofDays(3))))
            .plan("Fix it.", CapaFixtures.OWNER, T0.plus(Duration.ofDays(9)), By.of(CapaFixtures.QUALITY, T0.plus(Duration.ofDays(4))));

    SystemProblem p = refusal(system, () -> system.withCorrectiveAction(fork));

    assertThat(p.kind()).isEqualTo(SystemProblem.Kind.HISTORY_REWRITTEN);
    assertThat(p.element()).contains("ca1");
    assertThat(p.message()).contains("4 events").contains("3 events");
  }

  @Test
  void replacingAnActionWithOneThatContinuesItsHistory_isAccepted() {
    QualitySystem system = base().withCorrectiveAction(action("ca1", NC1, CapaFixtures.ROOT_CAUSE));

    QualitySystem next = system.withCorrectiveAction(action("ca1", NC1, CapaFixtures.CLOSED));

    assertThat(next.correctiveAction(CA1).orElseThrow().history().size()).isEqualTo(CapaFixtures.CLOSED);
    assertThat(system.correctiveAction(CA1).orElseThrow().history().size()).isEqualTo(CapaFixtures.ROOT_CAUSE);
    assertThat(next.withCorrectiveAction(next.correctiveAction(CA1).orElseThrow())).isSameAs(next);
  }

  // the builder reports everything at once

  @Test
  void builder_reportsEveryCrossRegisterProblemAtOnce() {
    QualitySystem.Builder b =
        QualitySystem.builder()
            .organisation("Example Clinic")
            .scope("Outpatient care")
            .addCatalog(Examples.catalog())
            .addFinding(closed(Examples.finding("nc1").build(), T0.plus(DAY)))
            .addFinding(closed(Examples.finding("nc2").grade(FindingGrade.MAJOR_NONCONFORMITY).build(), T0.plus(DAY)))
            .addFinding(Examples.finding("o3").grade(FindingGrade.OBSERVATION).audit(AuditId.of("ia9")).build());

    InvalidSystemException e = catchThrowableOfType(InvalidSystemException.class, b::build);

    assertThat(e).isNotNull();
    assertThat(e.problems())
        .extracting(SystemProblem::kind)
        .containsExactlyInAnyOrder(
            SystemProblem.Kind.CLOSED_WITHOUT_EFFECTIVE_ACTION,
            SystemProblem.Kind.CLOSED_WITHOUT_EFFECTIVE_ACTION,
            SystemProblem.Kind.UNKNOWN_REFERENCE);
    assertThat(e.problems()).anySatisfy(p -> assertThat(p.element()).contains("nc1"));
    assertThat(e.problems()).anySatisfy(p -> assertThat(p.element()).contains("nc2"));
    assertThat(e.problems()).anySatisfy(p -> assertThat(p.toString()).contains("o3").contains("ia9"));
    assertThat(e.getMessage()).contains("nc1").contains("nc2").contains("ia9");
  }

  @Test
  void builder_reportsAClosedNonconformityWithoutActionBesideAMissingOrganisation() {
    QualitySystem.Builder b =
        QualitySystem.builder()
            .scope("Outpatient care")
            .addCatalog(Examples.catalog())
            .addFinding(closed(Examples.finding("nc1").build(), T0.plus(DAY)));

    InvalidSystemException e = catchThrowableOfType(InvalidSystemException.class, b::build);

    assertThat(e).isNotNull();
    assertThat(e.problems())
        .extracting(SystemProblem::kind)
        .containsExactlyInAnyOrder(SystemProblem.Kind.MISSING_VALUE, SystemProblem.Kind.CLOSED_WITHOUT_EFFECTIVE_ACTION);
  }

  @Test
  void builder_reportsAClosedNonconformityWithoutActionBesideADuplicateId() {
    QualitySystem.Builder b =
        base().toBuilder()
            .addEvidence(Examples.evidence("e1").build())
            .addFinding(closed(Examples.finding("nc3").build(), T0.plus(DAY)));

    InvalidSystemException e = catchThrowableOfType(InvalidSystemException.class, b::build);

    assertThat(e).isNotNull();
    assertThat(e.problems())
        .extracting(SystemProblem::kind)
        .containsExactlyInAnyOrder(SystemProblem.Kind.DUPLICATE_ID, SystemProblem.Kind.CLOSED_WITHOUT_EFFECTIVE_ACTION);
  }

  @Test
  void builder_reportsAnUnknownAuditBesideAnUnknownRequirement() {
    QualitySystem.Builder b =
        base().toBuilder()
            .addFinding(Examples.finding("f2").requirements(Set.of(RequirementId.of("demo/99-z"))).build())
            .addFinding(Examples.finding("f3").audit(AuditId.of("ia9")).build());

    InvalidSystemException e = catchThrowableOfType(InvalidSystemException.class, b::build);

    assertThat(e).isNotNull();
    assertThat(e.problems()).hasSize(2).allSatisfy(p -> assertThat(p.kind()).isEqualTo(SystemProblem.Kind.UNKNOWN_REFERENCE));
    assertThat(e.problems()).anySatisfy(p -> assertThat(p.toString()).contains("f2").contains("demo/99-z"));
    assertThat(e.problems()).anySatisfy(p -> assertThat(p.toString()).contains("f3").contains("ia9"));
  }

  @Test
  void with_reportsAnUnknownAuditBesideAnUnknownRequirementOfTheSameFinding() {
    QualitySystem system = base();
    Finding f = Examples.finding("f2").requirements(Set.of(RequirementId.of("demo/99-z"))).audit(AuditId.of("ia9")).build();

    InvalidSystemException e = catchThrowableOfType(InvalidSystemException.class, () -> system.withFinding(f));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("demo/99-z").contains("ia9");
  }

  @Test
  void builder_reportsUnknownFindingsAndEvidenceOfEveryAction() {
    QualitySystem.Builder b =
        base().toBuilder()
            .addCorrectiveAction(action("ca1", FindingId.of("nc8"), CapaFixtures.CORRECTED))
            .addCorrectiveAction(CapaFixtures.walk("ca2", NC1, CapaFixtures.IMPLEMENTED, T0.plus(DAY), DAY, List.of(EvidenceId.of("e9"))));

    InvalidSystemException e = catchThrowableOfType(InvalidSystemException.class, b::build);

    assertThat(e).isNotNull();
    assertThat(e.problems()).hasSize(2).allSatisfy(p -> assertThat(p.kind()).isEqualTo(SystemProblem.Kind.UNKNOWN_REFERENCE));
    assertThat(e.problems()).anySatisfy(p -> assertThat(p.toString()).contains("ca1").contains("nc8"));
    assertThat(e.problems()).anySatisfy(p -> assertThat(p.toString()).contains("ca2").contains("e9"));
  }

  @Test
  void builder_acceptsAClosedNonconformityWithItsVerifiedAction_inAnyOrderOfAdding() {
    CorrectiveAction a = action("ca1", NC1, CapaFixtures.VERIFIED);
    QualitySystem system =
        QualitySystem.builder()
            .organisation("Example Clinic")
            .scope("Outpatient care")
            .addCorrectiveAction(a)
            .addFinding(closed(Examples.finding("nc1").build(), VERIFIED_AT))
            .addEvidence(Examples.evidence("e2").build())
            .addCatalog(Examples.catalog())
            .addEvidence(Examples.evidence("e1").build())
            .build();

    assertThat(system.correctiveActionsFor(NC1)).containsExactly(a);
  }

  // the link indexes follow every change

  @Test
  void correctiveActionsFor_followsPutReplaceLinkAndRemove() {
    QualitySystem s0 = base();
    QualitySystem s1 = s0.withCorrectiveAction(action("ca2", NC1, CapaFixtures.OPENED)).withCorrectiveAction(action("ca1", NC1, CapaFixtures.CORRECTED));
    CorrectiveAction ca1 = s1.correctiveAction(CA1).orElseThrow();
    CorrectiveAction ca2 = s1.correctiveAction(CorrectiveActionId.of("ca2")).orElseThrow();
    assertThat(s1.correctiveActionsFor(NC1)).containsExactly(ca1, ca2);
    assertThat(s1.correctiveActionsFor(NC2)).isEmpty();

    CorrectiveAction ca1Later = ca1.identifyRootCause("Found.", By.of(CapaFixtures.QUALITY, T0.plus(Duration.ofDays(3))));
    QualitySystem s2 = s1.withCorrectiveAction(ca1Later);
    assertThat(s2.correctiveActionsFor(NC1)).containsExactly(ca1Later, ca2);

    CorrectiveAction ca1Linked = ca1Later.linkFinding(NC2, By.of(CapaFixtures.QUALITY, T0.plus(Duration.ofDays(4))));
    QualitySystem s3 = s2.withCorrectiveAction(ca1Linked);
    assertThat(s3.correctiveActionsFor(NC1)).containsExactly(ca1Linked, ca2);
    assertThat(s3.correctiveActionsFor(NC2)).containsExactly(ca1Linked);

    QualitySystem s4 = s3.without(Registers.CORRECTIVE_ACTIONS, CA1);
    assertThat(s4.correctiveActionsFor(NC1)).containsExactly(ca2);
    assertThat(s4.correctiveActionsFor(NC2)).isEmpty();
    QualitySystem s5 = s4.without(Registers.CORRECTIVE_ACTIONS, CorrectiveActionId.of("ca2"));
    assertThat(s5.correctiveActionsFor(NC1)).isEmpty();
    assertThat(s5.withoutFinding(NC1).withoutFinding(NC2).findings()).isEmpty();

    // every earlier snapshot still says what it said
    assertThat(s0.correctiveActionsFor(NC1)).isEmpty();
    assertThat(s1.correctiveActionsFor(NC1)).containsExactly(ca1, ca2);
    assertThat(s2.correctiveActionsFor(NC2)).isEmpty();
    assertThat(s3.correctiveActionsFor(NC2)).containsExactly(ca1Linked);
  }

  @Test
  void findingsOf_followsPutReplaceAndRemove() {
    QualitySystem s0 = base().withAudit(audit("ia1")).withAudit(audit("ia2"));
    Finding f7 = Examples.finding("f7").audit(IA1).build();
    Finding f8 = Examples.finding("f8").audit(IA1).build();
    QualitySystem s1 = s0.withFinding(f8).withFinding(f7);
    assertThat(s1.findingsOf(IA1)).containsExactly(f7, f8);

    Finding f7Moved = ImmutableFinding.copyOf(f7).withAudit(AuditId.of("ia2"));
    QualitySystem s2 = s1.withFinding(f7Moved);
    assertThat(s2.findingsOf(IA1)).containsExactly(f8);
    assertThat(s2.findingsOf(AuditId.of("ia2"))).containsExactly(f7Moved);

    Finding f8Unlinked = ImmutableFinding.copyOf(f8).withAudit(java.util.Optional.empty());
    QualitySystem s3 = s2.withFinding(f8Unlinked);
    assertThat(s3.findingsOf(IA1)).isEmpty();
    QualitySystem s4 = s3.without(Registers.AUDITS, IA1).withoutFinding(FindingId.of("f7"));
    assertThat(s4.findingsOf(AuditId.of("ia2"))).isEmpty();
    assertThat(s4.without(Registers.AUDITS, AuditId.of("ia2")).audits()).isEmpty();

    assertThat(s1.findingsOf(IA1)).containsExactly(f7, f8);
    assertThat(s2.findingsOf(AuditId.of("ia2"))).containsExactly(f7Moved);
  }

  @Test
  void closing_onAnActionVerifiedBeforeItWasLinked_isRefused() {
    QualitySystem system = base();
    CorrectiveAction verifiedEarlier = CapaFixtures.walk("ca-old", NC1, CapaFixtures.VERIFIED, T0.plus(DAY), DAY, List.of(EvidenceId.of("e1")));
    Instant verified = verifiedEarlier.effectivenessVerifiedAt().orElseThrow();
    Finding other = Examples.finding("nc-late").raisedAt(verified.plus(DAY)).build();
    CorrectiveAction linkedLater =
        verifiedEarlier.linkFinding(other.id(), org.qms4j.history.By.of(CapaFixtures.QUALITY, verified.plus(DAY.multipliedBy(2))));
    QualitySystem held = system.withCorrectiveAction(verifiedEarlier).withFinding(other).withCorrectiveAction(linkedLater);

    InvalidSystemException e =
        catchThrowableOfType(InvalidSystemException.class, () -> held.withFinding(closed(other, verified.plus(DAY.multipliedBy(3)))));

    assertThat(e).isNotNull();
    assertThat(e.problems()).extracting(SystemProblem::kind).containsExactly(SystemProblem.Kind.CLOSED_WITHOUT_EFFECTIVE_ACTION);
    assertThat(e.getMessage()).contains("nc-late").contains("ca-old");
  }

  @Test
  void closing_onAnActionCancelledAfterItsCheck_isRefused() {
    QualitySystem system = base();
    CorrectiveAction verified = CapaFixtures.walk("ca1", NC1, CapaFixtures.VERIFIED, T0.plus(DAY), DAY, List.of(EvidenceId.of("e1")));
    Instant checked = verified.effectivenessVerifiedAt().orElseThrow();
    CorrectiveAction cancelled =
        verified.cancel(org.qms4j.history.By.of(CapaFixtures.QUALITY, checked.plus(DAY)).because("Superseded by a wider action"));
    QualitySystem held = system.withCorrectiveAction(cancelled);

    assertThat(held.withFinding(closed(held.finding(NC1).orElseThrow(), checked)).finding(NC1).orElseThrow().closedAt()).hasValue(checked);
    assertThatThrownBy(() -> held.withFinding(closed(held.finding(NC1).orElseThrow(), checked.plus(DAY.multipliedBy(2)))))
        .isInstanceOf(InvalidSystemException.class)
        .hasMessageContaining("ca1 (CANCELLED)");
  }

}
