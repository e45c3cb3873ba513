package org.qms4j.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qms4j.readiness.ReadyClinic.AS_OF;
import static org.qms4j.readiness.ReadyClinic.AUDITED;
import static org.qms4j.readiness.ReadyClinic.REVIEWED;
import static org.qms4j.readiness.ReadyClinic.assess;
import static org.qms4j.readiness.ReadyClinic.codes;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.qms4j.audit.AuditId;
import org.qms4j.audit.AuditKind;
import org.qms4j.capa.CorrectiveAction;
import org.qms4j.capa.CorrectiveActionId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.RequirementId;
import org.qms4j.certification.CertificateId;
import org.qms4j.certification.CertificateStatus;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.evidence.ImmutableEvidence;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.review.ReviewId;
import org.qms4j.review.ReviewPolicy;
import org.qms4j.standards.StandardCatalogs;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.Registers;
import org.qms4j.testing.CapaFixtures;
import org.qms4j.testing.Examples;
import org.qms4j.testing.ManagementFixtures;
import org.qms4j.training.Role;
import org.qms4j.training.RoleAssignment;
import org.qms4j.training.RoleId;
import org.qms4j.training.TrainingRecord;

class ReadinessAssessmentTest {
  private static final Duration NS = Duration.ofNanos(1);
  /** When something happens in the tests: after the review, before {@link ReadyClinic#AS_OF}. */
  private static final Instant N = Instant.parse("2026-05-01T00:00:00Z");

  private static Instant monthsAfter(Instant t, int months) {
    return t.atOffset(ZoneOffset.UTC).plusMonths(months).toInstant();
  }

  private static Evidence recordOf(RequirementId r) {
    return ReadyClinic.record(r, ReadyClinic.T0);
  }

  private static Finding finding(String id, RequirementId r, FindingGrade grade, Instant raised) {
    return Finding.builder()
        .id(FindingId.of(id))
        .addRequirement(r)
        .grade(grade)
        .statement("Finding " + id + ".")
        .objectiveEvidence("Seen on the ward.")
        .raisedAt(raised)
        .build();
  }

  @Test
  void readyClinic_hasNoBlocker_andNamesTheReviewAfterTheAuditCycle() {
    ReadinessAssessment a = assess(ReadyClinic.system(), AS_OF);

    assertThat(a.isReady()).isTrue();
    assertThat(a.blockers()).isEmpty();
    assertThat(a.catalog()).isEqualTo(Examples.DEMO);
    assertThat(a.asOf()).isEqualTo(AS_OF);
    assertThat(a.auditCycleCompletedAt()).contains(AUDITED);
    assertThat(a.managementReview()).contains(ReviewId.of("MR-1"));
    assertThat(a.auditCoverage().clauses())
        .extracting(c -> c.clause().number())
        .containsExactly("1", "4", "4.1", "7.5", "7.5.3", "10");
    assertThat(a.certifications()).isEmpty();
    assertThat(a.blocker(BlockerCode.REQUIREMENT_NOT_ASSESSED)).isEmpty();
  }

  @Test
  void iso9001_withNothingYet_isBlockedByEveryRequirementTheAuditCycleAndTheReview() {
    QualitySystem empty =
        QualitySystem.builder().organisation("Riverside Clinic").scope("Outpatient care").addCatalog(StandardCatalogs.iso9001()).build();
    ConformityReport report = ReadyClinic.ENGINE.evaluate(empty, AS_OF);

    ReadinessAssessment a = ReadinessAssessment.of(empty, report, StandardCatalogs.ISO_9001, AS_OF);

    assertThat(codes(a))
        .containsExactly(
            BlockerCode.REQUIREMENT_NOT_ASSESSED, BlockerCode.INTERNAL_AUDIT_CYCLE_INCOMPLETE, BlockerCode.NO_MANAGEMENT_REVIEW_AFTER_AUDIT);
    int requirements = StandardCatalogs.iso9001().requirements().size();
    Blocker notAssessed = a.blocker(BlockerCode.REQUIREMENT_NOT_ASSESSED).orElseThrow();
    assertThat(notAssessed.requirements()).hasSize(requirements);
    assertThat(notAssessed.message())
        .isEqualTo(requirements + " applicable requirements of iso-9001:2015 are not assessed: [iso-9001:2015/4.1, iso-9001:2015/4.2,"
            + " iso-9001:2015/4.3, iso-9001:2015/4.4.1, iso-9001:2015/4.4.2, ... and " + (requirements - 5) + " more]");
    assertThat(a.blocker(BlockerCode.INTERNAL_AUDIT_CYCLE_INCOMPLETE).orElseThrow().clauses())
        .hasSize(a.auditCoverage().clauses().size())
        .startsWith(ClauseRef.of(StandardCatalogs.ISO_9001, "4.1"));
    assertThat(a.auditCoverage().neverAudited()).hasSize(a.auditCoverage().clauses().size());
    assertThat(ReadinessAssessment.ofAll(empty, report, AS_OF)).hasSize(1);
  }

  @Nested
  class Requirements {
    @Test
    void notAssessed_untilTheRecordIsCollected() {
      QualitySystem s = ReadyClinic.system().withEvidence(ReadyClinic.record(Examples.R41A, N));

      ReadinessAssessment before = assess(s, N.minus(NS));
      assertThat(codes(before)).containsExactly(BlockerCode.REQUIREMENT_NOT_ASSESSED);
      Blocker b = before.blocker(BlockerCode.REQUIREMENT_NOT_ASSESSED).orElseThrow();
      assertThat(b.requirements()).containsExactly(Examples.R41A);
      assertThat(b.message()).isEqualTo("1 applicable requirement of demo:1 is not assessed: [demo/4.1-a]");
      assertThat(before.isReady()).isFalse();
      assertThat(assess(s, N).isReady()).isTrue();
    }

    @Test
    void nonconforming_fromTheInstantTheOnlyRecordExpires() {
      QualitySystem s = ReadyClinic.system().withEvidence(ImmutableEvidence.copyOf(recordOf(Examples.R41A)).withExpiresAt(N));

      assertThat(assess(s, N.minus(NS)).isReady()).isTrue();
      ReadinessAssessment at = assess(s, N);
      assertThat(codes(at)).containsExactly(BlockerCode.REQUIREMENT_NONCONFORMING);
      assertThat(at.blocker(BlockerCode.REQUIREMENT_NONCONFORMING).orElseThrow().requirements()).containsExactly(Examples.R41A);
    }

    @Test
    void excludedRequirement_withoutEvidence_blocksNothing() {
      QualitySystem s = ReadyClinic.system();

      assertThat(s.evidenceFor(Examples.R753A)).isEmpty();
      assertThat(assess(s, AS_OF).isReady()).isTrue();
    }
  }

  @Nested
  class Nonconformities {
    @Test
    void openMajor_blocksFromItsRaisingUntilItsClosing() {
      Finding major = finding("NC-1", Examples.R4A, FindingGrade.MAJOR_NONCONFORMITY, N);
      CorrectiveAction ca =
          CapaFixtures.walk("CA-1", major.id(), CapaFixtures.VERIFIED, N, Duration.ofDays(1), List.of(EvidenceId.of("rec-demo-4-a")));
      Finding closed = CapaFixtures.closedBy(major, ca);
      Instant closing = closed.closedAt().orElseThrow();
      QualitySystem s = ReadyClinic.builder().addFinding(closed).addCorrectiveAction(ca).build();

      assertThat(closing).isEqualTo(N.plus(Duration.ofDays(5)));
      assertThat(assess(s, N.minus(NS)).isReady()).isTrue();
      for (Instant t : List.of(N, closing.minus(NS))) {
        ReadinessAssessment a = assess(s, t);
        assertThat(codes(a)).as("at %s", t)
            .containsExactly(BlockerCode.REQUIREMENT_NONCONFORMING, BlockerCode.OPEN_MAJOR_NONCONFORMITY);
        Blocker b = a.blocker(BlockerCode.OPEN_MAJOR_NONCONFORMITY).orElseThrow();
        assertThat(b.findings()).containsExactly(FindingId.of("NC-1"));
        assertThat(b.requirements()).containsExactly(Examples.R4A);
        assertThat(b.message()).isEqualTo("1 major nonconformity against requirements of demo:1 is open: [NC-1]");
      }
      assertThat(assess(s, closing).isReady()).isTrue();
    }

    @Test
    void openMinorWithoutAction_partialThenOverdueFromTheLinkDeadline() {
      Instant deadline = N.plus(Duration.ofDays(30));
      QualitySystem s = ReadyClinic.builder().addFinding(finding("NC-2", Examples.R1A, FindingGrade.MINOR_NONCONFORMITY, N)).build();

      assertThat(assess(s, N.minus(NS)).isReady()).isTrue();
      assertThat(codes(assess(s, N))).containsExactly(BlockerCode.REQUIREMENT_PARTIALLY_CONFORMING);
      assertThat(codes(assess(s, deadline.minus(NS)))).containsExactly(BlockerCode.REQUIREMENT_PARTIALLY_CONFORMING);

      ReadinessAssessment late = assess(s, deadline);
      assertThat(codes(late)).containsExactly(BlockerCode.REQUIREMENT_NONCONFORMING, BlockerCode.CORRECTIVE_ACTION_OVERDUE);
      Blocker b = late.blocker(BlockerCode.CORRECTIVE_ACTION_OVERDUE).orElseThrow();
      assertThat(b.findings()).containsExactly(FindingId.of("NC-2"));
      assertThat(b.correctiveActions()).isEmpty();
      assertThat(b.message())
          .isEqualTo("1 corrective-action step for nonconformities of demo:1 is overdue: [link of an action for NC-2 due 2026-05-31T00:00:00Z]");
    }

    @Test
    void plannedActionNotImplemented_overdueFromThePlansDueDate() {
      Finding minor = finding("NC-3", Examples.R1A, FindingGrade.MINOR_NONCONFORMITY, N);
      CorrectiveAction ca = CapaFixtures.walk("CA-3", minor.id(), CapaFixtures.PLANNED, N, Duration.ofDays(1), List.of());
      Instant due = ca.due().orElseThrow();
      QualitySystem s = ReadyClinic.builder().addFinding(minor).addCorrectiveAction(ca).build();

      assertThat(due).isEqualTo(N.plus(Duration.ofDays(6)));
      assertThat(codes(assess(s, due.minus(NS)))).containsExactly(BlockerCode.REQUIREMENT_PARTIALLY_CONFORMING);
      ReadinessAssessment late = assess(s, due);
      assertThat(codes(late)).containsExactly(BlockerCode.REQUIREMENT_NONCONFORMING, BlockerCode.CORRECTIVE_ACTION_OVERDUE);
      Blocker b = late.blocker(BlockerCode.CORRECTIVE_ACTION_OVERDUE).orElseThrow();
      assertThat(b.correctiveActions()).containsExactly(CorrectiveActionId.of("CA-3"));
      assertThat(b.findings()).containsExactly(FindingId.of("NC-3"));
      assertThat(b.message()).contains("CA-3 implementation for NC-3 due 2026-05-07T00:00:00Z");
    }

    @Test
    void observation_blocksNothing() {
      QualitySystem s = ReadyClinic.builder().addFinding(finding("OBS-1", Examples.R1A, FindingGrade.OBSERVATION, N)).build();

      assertThat(assess(s, AS_OF).isReady()).isTrue();
    }
  }

  @Nested
  class InternalAudits {
    @Test
    void cycle_completeFromTheAuditsReport_untilItLeavesTheInterval() {
      QualitySystem s = ReadyClinic.system();
      Instant leaves = monthsAfter(AUDITED, 12);

      ReadinessAssessment before = assess(s, AUDITED.minus(NS));
      assertThat(codes(before)).containsExactly(BlockerCode.INTERNAL_AUDIT_CYCLE_INCOMPLETE, BlockerCode.NO_MANAGEMENT_REVIEW_AFTER_AUDIT);
      Blocker never = before.blocker(BlockerCode.INTERNAL_AUDIT_CYCLE_INCOMPLETE).orElseThrow();
      assertThat(never.clauses()).extracting(ClauseRef::number).containsExactly("1", "4", "4.1", "7.5", "7.5.3", "10");
      assertThat(never.audits()).isEmpty();
      assertThat(never.message())
          .isEqualTo("internal audits reported in the P12M up to 2026-03-02T11:59:59.999999999Z did not cover 6 applicable clauses"
              + " of demo:1: [1, 4, 4.1, 7.5, 7.5.3, ... and 1 more] (6 never audited)");

      assertThat(codes(assess(s, AUDITED))).containsExactly(BlockerCode.NO_MANAGEMENT_REVIEW_AFTER_AUDIT);
      assertThat(assess(s, leaves).isReady()).isTrue();

      ReadinessAssessment after = assess(s, leaves.plus(NS));
      assertThat(codes(after)).containsExactly(BlockerCode.INTERNAL_AUDIT_CYCLE_INCOMPLETE, BlockerCode.NO_MANAGEMENT_REVIEW_AFTER_AUDIT);
      Blocker lapsed = after.blocker(BlockerCode.INTERNAL_AUDIT_CYCLE_INCOMPLETE).orElseThrow();
      assertThat(lapsed.clauses()).hasSize(6);
      assertThat(lapsed.audits()).containsExactly(ReadyClinic.IA_1);
      assertThat(lapsed.message()).doesNotContain("never audited");
      assertThat(after.auditCycleCompletedAt()).isEmpty();
    }

    @Test
    void clauseLeftOut_blocksUntilAnAuditCoversIt_andTheReviewMustFollowThatAudit() {
      QualitySystem partial = ReadyClinic.system().withAudit(ReadyClinic.internalAudit("IA-1", AUDITED, "1", "4", "7"));

      ReadinessAssessment a = assess(partial, AS_OF);
      assertThat(codes(a)).containsExactly(BlockerCode.INTERNAL_AUDIT_CYCLE_INCOMPLETE, BlockerCode.NO_MANAGEMENT_REVIEW_AFTER_AUDIT);
      Blocker cycle = a.blocker(BlockerCode.INTERNAL_AUDIT_CYCLE_INCOMPLETE).orElseThrow();
      assertThat(cycle.clauses()).containsExactly(ClauseRef.of(Examples.DEMO, "10"));
      assertThat(cycle.message()).endsWith("did not cover 1 applicable clause of demo:1: [10] (1 never audited)");
      Blocker review = a.blocker(BlockerCode.NO_MANAGEMENT_REVIEW_AFTER_AUDIT).orElseThrow();
      assertThat(review.reviews()).containsExactly(ReviewId.of("MR-1"));
      assertThat(review.message())
          .isEqualTo("no management review of demo:1 can follow the internal audit cycle, which is not complete;"
              + " the latest, MR-1, was held 2026-04-01T09:00:00Z");

      QualitySystem audited = partial.withAudit(ReadyClinic.internalAudit("IA-2", N, "10"));
      ReadinessAssessment reviewTooEarly = assess(audited, AS_OF);
      assertThat(codes(reviewTooEarly)).containsExactly(BlockerCode.NO_MANAGEMENT_REVIEW_AFTER_AUDIT);
      assertThat(reviewTooEarly.auditCycleCompletedAt()).contains(N);
      assertThat(reviewTooEarly.blocker(BlockerCode.NO_MANAGEMENT_REVIEW_AFTER_AUDIT).orElseThrow().message())
          .isEqualTo("no management review of demo:1 was held after the internal audit cycle was complete at 2026-05-01T00:00:00Z"
              + " and is current; the latest, MR-1, was held 2026-04-01T09:00:00Z");

      Instant held = N.plus(Duration.ofDays(14));
      QualitySystem reviewed = audited.with(Registers.REVIEWS, ReadyClinic.completeReview("MR-2", held));
      assertThat(codes(assess(reviewed, held.minus(NS)))).containsExactly(BlockerCode.NO_MANAGEMENT_REVIEW_AFTER_AUDIT);
      ReadinessAssessment ready = assess(reviewed, held);
      assertThat(ready.isReady()).isTrue();
      assertThat(ready.managementReview()).contains(ReviewId.of("MR-2"));
    }

    @Test
    void reauditAfterTheReview_doesNotUndoTheCycleTheReviewFollowed() {
      QualitySystem s = ReadyClinic.system().withAudit(ReadyClinic.internalAudit("IA-3", N, "4"));

      ReadinessAssessment a = assess(s, AS_OF);
      assertThat(a.isReady()).isTrue();
      assertThat(a.auditCycleCompletedAt()).contains(AUDITED);
      assertThat(a.auditCoverage().clauses().get(1).lastAudit()).contains(AuditId.of("IA-3"));
    }

    @Test
    void auditsOfOtherKinds_doNotCount() {
      QualitySystem s =
          ReadyClinic.system()
              .withAudit(org.qms4j.audit.Audit.builder().from(ReadyClinic.internalAudit("IA-1", AUDITED, "1", "4", "7", "10")).kind(AuditKind.SUPPLIER).build());

      assertThat(codes(assess(s, AS_OF))).contains(BlockerCode.INTERNAL_AUDIT_CYCLE_INCOMPLETE);
    }

    @Test
    void coverageInterval_isThePolicys() {
      ReadinessPolicy sixMonths =
          ReadinessPolicy.builder()
              .auditCoverageInterval(Period.ofMonths(6))
              .reviewPolicy(ReviewPolicy.builder().interval(Period.ofMonths(6)).build())
              .build();
      Instant leaves = monthsAfter(AUDITED, 6);

      assertThat(assess(ReadyClinic.system(), leaves, sixMonths).isReady()).isTrue();
      assertThat(codes(assess(ReadyClinic.system(), leaves.plus(NS), sixMonths)))
          .containsExactly(BlockerCode.INTERNAL_AUDIT_CYCLE_INCOMPLETE, BlockerCode.NO_MANAGEMENT_REVIEW_AFTER_AUDIT);
      assertThat(assess(ReadyClinic.system(), leaves.plus(NS)).isReady()).isTrue();
    }
  }

  @Nested
  class ManagementReviews {
    @Test
    void reviewAfterTheAudit_currentUntilThePolicysNextReviewFallsDue() {
      ReadinessPolicy sixMonthly =
          ReadinessPolicy.builder().reviewPolicy(ReviewPolicy.builder().interval(Period.ofMonths(6)).build()).build();
      Instant due = monthsAfter(REVIEWED, 6);
      QualitySystem s = ReadyClinic.system();

      assertThat(assess(s, due.minus(NS), sixMonthly).isReady()).isTrue();
      ReadinessAssessment late = assess(s, due, sixMonthly);
      assertThat(codes(late)).containsExactly(BlockerCode.NO_MANAGEMENT_REVIEW_AFTER_AUDIT);
      Blocker b = late.blocker(BlockerCode.NO_MANAGEMENT_REVIEW_AFTER_AUDIT).orElseThrow();
      assertThat(b.reviews()).containsExactly(ReviewId.of("MR-1"));
      assertThat(b.message()).endsWith("the latest, MR-1, was held 2026-04-01T09:00:00Z and was due again at 2026-10-01T09:00:00Z");
      assertThat(late.managementReview()).isEmpty();
      assertThat(assess(s, due).isReady()).as("by the standard twelve months").isTrue();
    }

    @Test
    void reviewMissingAnInput_blocks_untilACompleteReviewFollows() {
      Instant second = N.plus(Duration.ofDays(10));
      QualitySystem s =
          ReadyClinic.system()
              .with(Registers.REVIEWS, ReadyClinic.review("MR-1", REVIEWED, "audit-results"))
              .with(Registers.REVIEWS, ReadyClinic.completeReview("MR-2", second));

      ReadinessAssessment a = assess(s, second.minus(NS));
      assertThat(codes(a)).containsExactly(BlockerCode.REQUIREMENT_PARTIALLY_CONFORMING, BlockerCode.MANAGEMENT_REVIEW_INPUTS_MISSING);
      assertThat(a.blocker(BlockerCode.REQUIREMENT_PARTIALLY_CONFORMING).orElseThrow().requirements()).containsExactly(Examples.R10A);
      Blocker b = a.blocker(BlockerCode.MANAGEMENT_REVIEW_INPUTS_MISSING).orElseThrow();
      assertThat(b.reviews()).containsExactly(ReviewId.of("MR-1"));
      assertThat(b.reviewInputs()).containsExactly("customer-feedback");
      assertThat(b.message())
          .isEqualTo("management review MR-1 of demo:1, held 2026-04-01T09:00:00Z after the internal audit cycle, missed 1 required"
              + " input: [customer-feedback]");

      ReadinessAssessment ready = assess(s, second);
      assertThat(ready.isReady()).isTrue();
      assertThat(ready.managementReview()).contains(ReviewId.of("MR-2"));
    }

    @Test
    void noReviewAtAll_blocksNamingNone() {
      QualitySystem s = ReadyClinic.system().without(Registers.REVIEWS, ReviewId.of("MR-1"));

      ReadinessAssessment a = assess(s, AS_OF);
      assertThat(codes(a)).containsExactly(BlockerCode.NO_MANAGEMENT_REVIEW_AFTER_AUDIT);
      Blocker b = a.blocker(BlockerCode.NO_MANAGEMENT_REVIEW_AFTER_AUDIT).orElseThrow();
      assertThat(b.reviews()).isEmpty();
      assertThat(b.message())
          .isEqualTo("no management review of demo:1 was held after the internal audit cycle was complete at 2026-03-02T12:00:00Z and is current");
    }

    @Test
    void catalogWithoutAReviewClause_owesNoReview() {
      QualitySystem s =
          QualitySystem.builder()
              .organisation("Example Clinic")
              .scope("Outpatient care")
              .addCatalog(Examples.otherCatalog())
              .addEvidence(ReadyClinic.record(RequirementId.of("other/1-a"), ReadyClinic.T0))
              .add(Registers.PEOPLE, ManagementFixtures.person(ReadyClinic.ELI.value()))
              .addAudit(
                  org.qms4j.audit.Audit.builder()
                      .from(ReadyClinic.internalAudit("IA-9", AUDITED, "1"))
                      .scope(List.of(ClauseRef.of(Examples.otherCatalog().id(), "1")))
                      .build())
              .build();
      ConformityReport report = ReadyClinic.ENGINE.evaluate(s, AS_OF);

      ReadinessAssessment a = ReadinessAssessment.of(s, report, Examples.otherCatalog().id(), AS_OF);
      assertThat(a.isReady()).isTrue();
      assertThat(a.managementReview()).isEmpty();
    }
  }

  @Nested
  class Training {
    @Test
    void processOwnersTrainingExpires_blocksFromItsExpiry() {
      Instant expiry = N;
      TrainingRecord expiring = TrainingRecord.builder().from(ReadyClinic.training("T-1", ReadyClinic.T0.plus(Duration.ofDays(9)))).expiresAt(expiry).build();
      QualitySystem s = ReadyClinic.system().with(Registers.TRAINING, expiring);

      assertThat(assess(s, expiry.minus(NS)).isReady()).isTrue();
      ReadinessAssessment a = assess(s, expiry);
      assertThat(codes(a)).containsExactly(BlockerCode.REQUIREMENT_PARTIALLY_CONFORMING, BlockerCode.TRAINING_GAP_IN_PROCESS_OWNER_ROLE);
      assertThat(a.blocker(BlockerCode.REQUIREMENT_PARTIALLY_CONFORMING).orElseThrow().requirements())
          .containsExactly(Examples.R75A, Examples.R753B);
      Blocker b = a.blocker(BlockerCode.TRAINING_GAP_IN_PROCESS_OWNER_ROLE).orElseThrow();
      assertThat(b.roles()).containsExactly(ReadyClinic.OWNER);
      assertThat(b.people()).containsExactly(ReadyClinic.PAT);
      assertThat(b.message())
          .isEqualTo("1 holder of roles owning clauses of demo:1 lacks required competences:"
              + " [pat.owner in document-control-owner: skill:Document control expired]");
    }

    @Test
    void untrainedHolderOfARoleOwningNoClause_blocksNothing() {
      Role helper =
          Role.builder()
              .id(RoleId.of("helper"))
              .name("Helper")
              .addRequire(ReadyClinic.DOCUMENT_CONTROL)
              .addHolder(RoleAssignment.since(ReadyClinic.ELI, ReadyClinic.T0))
              .build();
      QualitySystem s = ReadyClinic.builder().add(Registers.ROLES, helper).build();

      assertThat(assess(s, AS_OF).isReady()).isTrue();
    }
  }

  @Nested
  class EveryCatalog {
    @Test
    void ofAll_assessesEachCatalogInTheSystemsOrder_eachByItsOwnFacts() {
      QualitySystem s = ReadyClinic.builder().addCatalog(Examples.otherCatalog()).add(Registers.ROLES, otherOwner()).build();
      ConformityReport report = ReadyClinic.ENGINE.evaluate(s, AS_OF);

      List<ReadinessAssessment> all = ReadinessAssessment.ofAll(s, report, AS_OF);

      assertThat(all).extracting(ReadinessAssessment::catalog).containsExactly(Examples.DEMO, Examples.otherCatalog().id());
      assertThat(all.get(0).isReady()).isTrue();
      assertThat(codes(all.get(1)))
          .containsExactly(
              BlockerCode.REQUIREMENT_PARTIALLY_CONFORMING,
              BlockerCode.INTERNAL_AUDIT_CYCLE_INCOMPLETE,
              BlockerCode.TRAINING_GAP_IN_PROCESS_OWNER_ROLE);
      // no evidence would leave other/1-a not assessed; the training gap caps it at partially conforming
      assertThat(all.get(1).blocker(BlockerCode.TRAINING_GAP_IN_PROCESS_OWNER_ROLE).orElseThrow().people()).containsExactly(ReadyClinic.ELI);
      assertThat(ReadinessAssessment.of(s, report, Examples.otherCatalog().id(), AS_OF).blockers()).isEqualTo(all.get(1).blockers());
    }
  }

  /** A role owning the other catalog's only clause, held by an untrained person. */
  private static Role otherOwner() {
    return Role.builder()
        .id(RoleId.of("other-owner"))
        .name("Other owner")
        .addRequire(ReadyClinic.DOCUMENT_CONTROL)
        .addOwn(ClauseRef.of(Examples.otherCatalog().id(), "1"))
        .addHolder(RoleAssignment.since(ReadyClinic.ELI, ReadyClinic.T0))
        .build();
  }

  @Nested
  class Refusals {
    @Test
    void reportOfAnotherInstant_isRefused() {
      QualitySystem s = ReadyClinic.system();
      ConformityReport report = ReadyClinic.ENGINE.evaluate(s, AS_OF);

      assertThatThrownBy(() -> ReadinessAssessment.of(s, report, Examples.DEMO, AS_OF.plus(NS)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("readiness: the report is as of 2026-06-01T00:00:00Z but the assessment as of 2026-06-01T00:00:00.000000001Z;"
              + " expected a report made as of the assessment's instant");
      assertThatThrownBy(() -> ReadinessAssessment.ofAll(s, report, AS_OF.minus(NS))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void catalogTheSystemDoesNotHold_isRefused() {
      QualitySystem s = ReadyClinic.system();
      ConformityReport report = ReadyClinic.ENGINE.evaluate(s, AS_OF);

      assertThatThrownBy(() -> ReadinessAssessment.of(s, report, Examples.otherCatalog().id(), AS_OF))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("readiness: the system holds no catalog other:2; expected one of its catalogs");
    }

    @Test
    void reportOfAnotherSystem_isRefusedNamingTheRequirement() {
      QualitySystem s = ReadyClinic.builder().addCatalog(Examples.otherCatalog()).build();
      ConformityReport report = ReadyClinic.ENGINE.evaluate(ReadyClinic.system(), AS_OF);

      assertThatThrownBy(() -> ReadinessAssessment.ofAll(s, report, AS_OF))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("readiness: the report holds no result of requirement other/1-a of catalog other:2; expected a report of this system");
    }

    @Test
    void policy_refusesIntervalsOutOfRange() {
      assertThatThrownBy(() -> ReadinessPolicy.builder().auditCoverageInterval(Period.ZERO).build())
          .hasMessage("readiness policy: auditCoverageInterval was P0D; expected a positive period with no negative part");
      assertThatThrownBy(() -> ReadinessPolicy.builder().auditCoverageInterval(Period.of(1, -1, 0)).build())
          .hasMessageContaining("no negative part");
      assertThatThrownBy(() -> ReadinessPolicy.builder().auditCoverageInterval(Period.ofMonths(61)).build())
          .hasMessageContaining("at most five years");
      assertThat(ReadinessPolicy.builder().auditCoverageInterval(Period.ofYears(5)).build().auditCoverageInterval()).isEqualTo(Period.ofYears(5));
      assertThatThrownBy(() -> ReadinessPolicy.builder().trainingEvaluationGrace(Duration.ofDays(-1)).build())
          .hasMessageContaining("trainingEvaluationGrace was PT-24H");
      assertThat(ReadinessPolicy.standard().deadlinePolicy()).isEqualTo(org.qms4j.capa.DeadlinePolicy.standard());
      assertThat(ReadinessPolicy.standard().reviewPolicy()).isEqualTo(ReviewPolicy.standard());
      assertThat(ReadinessPolicy.standard().auditCoverageInterval()).isEqualTo(Period.ofMonths(12));
      assertThat(ReadinessPolicy.standard().trainingEvaluationGrace()).isEqualTo(Registers.TRAINING_EVALUATION_GRACE);
      ReadinessPolicy six = ReadinessPolicy.builder().auditCoverageInterval(Period.ofMonths(6)).build();
      assertThat(ReadinessPolicy.builder().from(six).build()).isEqualTo(six).hasSameHashCodeAs(six).isNotEqualTo(ReadinessPolicy.standard());
      assertThat(ReadinessPolicy.builder().build()).isEqualTo(ReadinessPolicy.standard());
    }
  }

  @Nested
  class Certification {
    private final Instant decision = N;

    private QualitySystem withCertificate(int stages, int surveillances, boolean suspended) {
      return ReadyClinic.builder()
          .add(Registers.CERTIFICATES, ManagementFixtures.certificate("CERT-1", Examples.DEMO, stages, decision, surveillances, suspended))
          .build();
    }

    @Test
    void certified_firstSurveillanceDueTwelveMonthsAfterTheDecision_overdueFromThen() {
      QualitySystem s = withCertificate(4, 0, false);
      Instant due = monthsAfter(decision, 12);

      CertificationOutlook now = assess(s, AS_OF).certifications().get(0);
      assertThat(now)
          .isEqualTo(new CertificationOutlook(CertificateId.of("CERT-1"), Examples.DEMO, CertificateStatus.CERTIFIED,
              Optional.of(AuditKind.SURVEILLANCE), Optional.of(due), false, List.of()));
      assertThat(now.isReady()).isTrue();

      CertificationOutlook justBefore = assess(s, due.minus(NS)).certifications().get(0);
      assertThat(justBefore.overdue()).isFalse();
      ReadinessAssessment atDue = assess(s, due);
      CertificationOutlook late = atDue.certifications().get(0);
      assertThat(late.overdue()).isTrue();
      assertThat(late.dueAt()).contains(due);
      // a year on, the internal audit has left the interval and the review is a year old (the engine
      // caps demo/10-a): the surveillance audit would find that
      assertThat(late.blockers()).isEqualTo(atDue.blockers());
      assertThat(late.blockers()).extracting(Blocker::code)
          .containsExactly(
              BlockerCode.REQUIREMENT_PARTIALLY_CONFORMING,
              BlockerCode.INTERNAL_AUDIT_CYCLE_INCOMPLETE,
              BlockerCode.NO_MANAGEMENT_REVIEW_AFTER_AUDIT);
      assertThat(late.blockers().get(0).requirements()).containsExactly(Examples.R10A);
      assertThat(late.isReady()).isFalse();
    }

    @Test
    void bothSurveillancesHeld_recertificationDueAtExpiry_thenOverdueOnceExpired() {
      QualitySystem s = withCertificate(4, 2, false);
      Instant expiry = monthsAfter(decision, 36);
      Instant afterSecond = monthsAfter(decision, 24);

      CertificationOutlook next = assess(s, afterSecond).certifications().get(0);
      assertThat(next.nextAudit()).contains(AuditKind.RECERTIFICATION);
      assertThat(next.dueAt()).contains(expiry);
      assertThat(next.overdue()).isFalse();
      assertThat(assess(s, expiry.minus(NS)).certifications().get(0).status()).isEqualTo(CertificateStatus.CERTIFIED);

      CertificationOutlook expired = assess(s, expiry).certifications().get(0);
      assertThat(expired.status()).isEqualTo(CertificateStatus.EXPIRED);
      assertThat(expired.nextAudit()).contains(AuditKind.RECERTIFICATION);
      assertThat(expired.dueAt()).contains(expiry);
      assertThat(expired.overdue()).isTrue();
    }

    @Test
    void secondSurveillance_dueAfterTheFirstIsRecorded() {
      QualitySystem s = withCertificate(4, 1, false);
      Instant first = monthsAfter(decision, 12);

      assertThat(assess(s, first.minus(Duration.ofDays(15)).minus(NS)).certifications().get(0).dueAt()).contains(first);
      assertThat(assess(s, first.minus(Duration.ofDays(15))).certifications().get(0).dueAt()).contains(monthsAfter(decision, 24));
    }

    @Test
    void beforeCertification_theStageAuditsAreNext_withoutDueDates() {
      assertThat(assess(withCertificate(1, 0, false), AS_OF).certifications().get(0))
          .extracting(CertificationOutlook::status, CertificationOutlook::nextAudit, CertificationOutlook::dueAt)
          .containsExactly(CertificateStatus.APPLIED, Optional.of(AuditKind.STAGE_1), Optional.empty());
      assertThat(assess(withCertificate(2, 0, false), AS_OF).certifications().get(0).nextAudit()).contains(AuditKind.STAGE_2);
      assertThat(assess(withCertificate(3, 0, false), AS_OF).certifications().get(0))
          .extracting(CertificationOutlook::status, CertificationOutlook::nextAudit)
          .containsExactly(CertificateStatus.STAGE_2_DONE, Optional.empty());
    }

    @Test
    void suspended_stillOwesItsSurveillance() {
      CertificationOutlook o = assess(withCertificate(4, 0, true), AS_OF).certifications().get(0);

      assertThat(o.status()).isEqualTo(CertificateStatus.SUSPENDED);
      assertThat(o.nextAudit()).contains(AuditKind.SURVEILLANCE);
    }

    @Test
    void certificateAppliedForLater_isNotListedYet() {
      QualitySystem s = withCertificate(4, 0, false);
      Instant applied = decision.minus(Duration.ofDays(90));

      assertThat(assess(s, applied.minus(NS)).certifications()).isEmpty();
      assertThat(assess(s, applied).certifications()).extracting(CertificationOutlook::status).containsExactly(CertificateStatus.APPLIED);
    }

    @Test
    void outlook_refusesInconsistentParts() {
      assertThatThrownBy(
              () -> new CertificationOutlook(CertificateId.of("C"), Examples.DEMO, CertificateStatus.WITHDRAWN, Optional.empty(),
                  Optional.of(AS_OF), false, List.of()))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(
              () -> new CertificationOutlook(CertificateId.of("C"), Examples.DEMO, CertificateStatus.CERTIFIED,
                  Optional.of(AuditKind.STAGE_1), Optional.empty(), true, List.of()))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
