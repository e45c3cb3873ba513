package org.qms4j.conformity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qms4j.conformity.Fixtures.AS_OF;
import static org.qms4j.conformity.Fixtures.JAN;
import static org.qms4j.conformity.Fixtures.PR;
import static org.qms4j.conformity.Fixtures.U;
import static org.qms4j.conformity.Fixtures.valid;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.qms4j.audit.AuditId;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.RequirementId;
import org.qms4j.catalog.ReviewInput;
import org.qms4j.certification.Certificate;
import org.qms4j.certification.CertificateId;
import org.qms4j.certification.CertificateStatus;
import org.qms4j.document.ControlledDocument;
import org.qms4j.document.DocumentId;
import org.qms4j.document.DocumentVersionRef;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.history.By;
import org.qms4j.objective.Direction;
import org.qms4j.objective.Indicator;
import org.qms4j.objective.IndicatorId;
import org.qms4j.objective.Measurement;
import org.qms4j.objective.Objective;
import org.qms4j.objective.ObjectiveId;
import org.qms4j.people.Person;
import org.qms4j.people.PersonId;
import org.qms4j.review.CoveredInput;
import org.qms4j.review.ManagementReview;
import org.qms4j.review.Presented;
import org.qms4j.review.ReviewId;
import org.qms4j.review.ReviewPolicy;
import org.qms4j.risk.Risk;
import org.qms4j.risk.RiskId;
import org.qms4j.risk.RiskKind;
import org.qms4j.risk.RiskScale;
import org.qms4j.standards.StandardCatalogs;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.Registers;
import org.qms4j.training.Competence;
import org.qms4j.training.Role;
import org.qms4j.training.RoleAssignment;
import org.qms4j.training.RoleId;
import org.qms4j.training.TrainingRecord;
import org.qms4j.training.TrainingRecordId;

/**
 * The built-in management-system rules (training gaps, management review, documents, indicators,
 * risk reviews, certificate audits): one example per rule, reason code and boundary, through {@link
 * ConformityEngine#standard()}.
 */
class ManagementRulesTest {
  private static final PersonId ANA = PersonId.of("ana");
  private static final PersonId BEN = PersonId.of("ben");

  private static final Catalog ISO = StandardCatalogs.iso9001();

  private static final RequirementId R_611 = iso("6.1.1");
  private static final RequirementId R_612 = iso("6.1.2");
  private static final RequirementId R_621 = iso("6.2.1");
  private static final RequirementId R_622 = iso("6.2.2");
  private static final RequirementId R_751 = iso("7.5.1");
  private static final RequirementId R_851 = iso("8.5.1");
  private static final RequirementId R_856 = iso("8.5.6");
  private static final RequirementId R_931 = iso("9.3.1");
  private static final RequirementId R_932 = iso("9.3.2");
  private static final RequirementId R_933 = iso("9.3.3");

  private static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");
  private static final Instant APR = Instant.parse("2026-04-01T00:00:00Z");
  private static final Instant MAY = Instant.parse("2026-05-01T00:00:00Z");
  private static final Instant JUL = Instant.parse("2026-07-01T00:00:00Z");

  private static final ConformityEngine ENGINE = ConformityEngine.standard();

  private static RequirementId iso(String clause) {
    return RequirementId.of(StandardCatalogs.ISO_9001.value() + "/" + clause);
  }

  // ---- helpers ----

  /** ISO 9001 and the test catalogs t:1 and u:1, with ana and ben in the people register. */
  private static QualitySystem.Builder system() {
    return Fixtures.system()
        .addCatalog(ISO)
        .add(Registers.PEOPLE, Person.of(ANA, "Ana Lima"))
        .add(Registers.PEOPLE, Person.of(BEN, "Ben Okafor"));
  }

  /** One accepted, effective item for each kind the ISO 9001 requirement expects (a record if none). */
  private static QualitySystem.Builder evidenced(QualitySystem.Builder b, RequirementId... ids) {
    for (RequirementId id : ids) {
      Set<EvidenceKind> kinds = ISO.requirement(id).orElseThrow().requirement().expectedEvidence();
      for (EvidenceKind kind : kinds.isEmpty() ? Set.of(EvidenceKind.RECORD) : kinds) {
        b.addEvidence(valid("e-" + id.value().substring(id.value().indexOf('/') + 1) + "-" + kind, id, kind));
      }
    }
    return b;
  }

  private static RequirementResult result(QualitySystem qs, RequirementId id, Instant asOf) {
    return ENGINE.evaluate(qs, asOf).result(id).orElseThrow();
  }

  private static List<ReasonCode> codes(RequirementResult r) {
    return r.reasons().stream().map(Reason::code).toList();
  }

  private static Reason reason(RequirementResult r, ReasonCode code) {
    return r.reasons().stream().filter(x -> x.code() == code).findFirst().orElseThrow(() -> new AssertionError("no " + code + " in " + r.reasons()));
  }

  /** A document whose version 1 is effective from the instant given (created ten days before). */
  private static ControlledDocument document(String id, Period reviewInterval, Instant effectiveFrom) {
    Instant t0 = effectiveFrom.minus(Duration.ofDays(10));
    return ControlledDocument.create(DocumentId.of(id), "Procedure " + id, reviewInterval, By.of(ANA, t0))
        .draft("1", By.of(ANA, t0))
        .approve("1", By.of(BEN, t0.plus(Duration.ofDays(1))))
        .makeEffective("1", effectiveFrom, By.of(BEN, t0.plus(Duration.ofDays(1))));
  }

  /** The document with one more version, drafted and approved at {@code act}, effective from {@code from}. */
  private static ControlledDocument nextVersion(ControlledDocument d, String version, Instant act, Instant from) {
    return d.draft(version, By.of(ANA, act)).approve(version, By.of(BEN, act)).makeEffective(version, from, By.of(BEN, act));
  }

  private static Evidence onDocument(Evidence e, String document, String version) {
    return Evidence.builder().from(e).document(DocumentVersionRef.of(DocumentId.of(document), version)).build();
  }

  // ---------------------------------------------------------------------------------------------

  @Nested
  class TrainingGaps {
    private static final String SOP = "SOP-01";
    private final Instant sopV1 = Instant.parse("2026-01-15T00:00:00Z");
    /** When version 2 of SOP-01 is released, and from when it is effective. */
    private final Instant v2Act = Instant.parse("2026-04-20T00:00:00Z");
    private final Instant v2From = MAY;

    private Role nurse(RoleAssignment holder) {
      return Role.builder()
          .id(RoleId.of("ward-nurse"))
          .name("Ward nurse")
          .addRequire(Competence.document(SOP))
          .addRequire(Competence.skill("Hand hygiene"))
          .addOwn(ClauseRef.of(StandardCatalogs.ISO_9001, "8.5"))
          .addHolder(holder)
          .build();
    }

    private TrainingRecord onSop(String id, String version, Instant completed) {
      return TrainingRecord.builder()
          .id(TrainingRecordId.of(id))
          .person(ANA)
          .competence(Competence.document(SOP))
          .documentVersion(version)
          .completedAt(completed)
          .build()
          .withEvaluation(completed.plus(Duration.ofDays(10)), BEN, true);
    }

    private TrainingRecord handHygiene() {
      return TrainingRecord.builder()
          .id(TrainingRecordId.of("TR-HH"))
          .person(ANA)
          .competence(Competence.skill("Hand hygiene"))
          .completedAt(FEB)
          .build()
          .withEvaluation(FEB.plus(Duration.ofDays(10)), BEN, true);
    }

    private QualitySystem system(ControlledDocument sop, RoleAssignment holder) {
      return evidenced(ManagementRulesTest.system(), R_851, R_856, R_751)
          .add(Registers.DOCUMENTS, sop)
          .add(Registers.ROLES, nurse(holder))
          .add(Registers.TRAINING, onSop("TR-SOP-1", "1", FEB))
          .add(Registers.TRAINING, handHygiene())
          .build();
    }

    private ControlledDocument sopV1Only() {
      return document(SOP, Period.ofYears(2), sopV1);
    }

    private ControlledDocument sopWithV2() {
      return nextVersion(sopV1Only(), "2", v2Act, v2From);
    }

    @Test
    void holderTrainedOnTheEffectiveVersion_hasNoGap() {
      RequirementResult r = result(system(sopV1Only(), RoleAssignment.since(ANA, JAN)), R_851, AS_OF);
      assertThat(r.verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void newVersionEffective_capsAFullyEvidencedRequirement_namingPersonRoleAndDocument() {
      QualitySystem qs = system(sopWithV2(), RoleAssignment.since(ANA, JAN));
      RequirementResult r = result(qs, R_851, AS_OF);
      assertThat(r.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.TRAINING_GAP, ReasonCode.EVIDENCE_VALID);
      assertThat(reason(r, ReasonCode.TRAINING_GAP).message())
          .contains("iso-9001:2015#8.5")
          .contains("ana")
          .contains("ward-nurse")
          .contains("document:SOP-01")
          .contains("retraining owed")
          .doesNotContain("Hand hygiene");
    }

    @Test
    void gapAppliesToEveryRequirementUnderTheOwnedClause() {
      RequirementResult r = result(system(sopWithV2(), RoleAssignment.since(ANA, JAN)), R_856, AS_OF);
      assertThat(r.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.TRAINING_GAP, ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void requirementOutsideTheOwnedClause_isUnaffected() {
      RequirementResult r = result(system(sopWithV2(), RoleAssignment.since(ANA, JAN)), R_751, AS_OF);
      assertThat(r.verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void beforeTheNewVersionIsEffective_thereIsNoGap_andFromThatInstantThereIs() {
      QualitySystem qs = system(sopWithV2(), RoleAssignment.since(ANA, JAN));
      assertThat(result(qs, R_851, v2From.minusNanos(1)).verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(codes(result(qs, R_851, v2From))).containsExactly(ReasonCode.TRAINING_GAP, ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void retrainingOnTheNewVersion_closesTheGap() {
      QualitySystem qs = system(sopWithV2(), RoleAssignment.since(ANA, JAN)).with(Registers.TRAINING, onSop("TR-SOP-2", "2", MAY.plus(Duration.ofDays(3))));
      RequirementResult r = result(qs, R_851, AS_OF);
      assertThat(r.verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void holderWhoseAssignmentEnded_owesNothing() {
      QualitySystem qs = system(sopWithV2(), RoleAssignment.between(ANA, JAN, APR));
      RequirementResult r = result(qs, R_851, AS_OF);
      assertThat(r.verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void holderNeverTrainedInTheSkill_isAGap() {
      QualitySystem qs = system(sopV1Only(), RoleAssignment.since(ANA, JAN)).without(Registers.TRAINING, TrainingRecordId.of("TR-HH"));
      RequirementResult r = result(qs, R_851, AS_OF);
      assertThat(r.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(reason(r, ReasonCode.TRAINING_GAP).message()).contains("skill:Hand hygiene").contains("never trained");
    }

    @Test
    void trainingNotEvaluated_becomesAGapWhenTheEvaluationGraceEnds() {
      TrainingRecord unevaluated =
          TrainingRecord.builder().id(TrainingRecordId.of("TR-HH")).person(ANA).competence(Competence.skill("Hand hygiene")).completedAt(FEB).build();
      QualitySystem qs = system(sopV1Only(), RoleAssignment.since(ANA, JAN)).with(Registers.TRAINING, unevaluated);
      Instant graceEnds = FEB.plus(Registers.TRAINING_EVALUATION_GRACE);
      assertThat(codes(result(qs, R_851, graceEnds.minusNanos(1)))).containsExactly(ReasonCode.EVIDENCE_VALID);
      RequirementResult r = result(qs, R_851, graceEnds);
      assertThat(r.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(reason(r, ReasonCode.TRAINING_GAP).message()).contains("skill:Hand hygiene").contains("effectiveness not evaluated");
    }

    @Test
    void sessionMovingPastTheNewVersion_equalsAFullEvaluationThere() {
      QualitySystem qs = system(sopWithV2(), RoleAssignment.since(ANA, JAN));
      ConformitySession session = ENGINE.session(qs, v2Act);
      assertThat(session.report().result(R_851).orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING);

      assertThat(session.advanceTo(v2From.minusNanos(1)).result(R_851).orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING);
      ConformityReport there = session.advanceTo(v2From);
      assertThat(there.result(R_851).orElseThrow().verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(codes(there.result(R_851).orElseThrow())).containsExactly(ReasonCode.TRAINING_GAP, ReasonCode.EVIDENCE_VALID);
      assertThat(there).isEqualTo(ENGINE.evaluate(qs, v2From));
    }

    @Test
    void sessionPuttingTheNewVersionAndTheRetraining_equalsAFullEvaluation() {
      ConformitySession session = ENGINE.session(system(sopV1Only(), RoleAssignment.since(ANA, JAN)), AS_OF);
      assertThat(session.report().result(R_851).orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING);

      session.put(Registers.DOCUMENTS, sopWithV2());
      assertThat(session.report().result(R_851).orElseThrow().verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(session.report()).isEqualTo(ENGINE.evaluate(session.system(), AS_OF));

      session.put(Registers.TRAINING, onSop("TR-SOP-2", "2", MAY.plus(Duration.ofDays(3))));
      assertThat(session.report().result(R_851).orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(session.report()).isEqualTo(ENGINE.evaluate(session.system(), AS_OF));
    }
  }

  // ---------------------------------------------------------------------------------------------

  @Nested
  class ManagementReviewRule {
    private ManagementReview review(String id, Instant heldAt, Set<String> skipped, org.qms4j.catalog.CatalogId... catalogs) {
      List<CoveredInput> inputs = new ArrayList<>();
      for (ReviewInput i : ISO.reviewInputs()) {
        if (!skipped.contains(i.code())) {
          inputs.add(CoveredInput.of(i.code(), Presented.document("Report on " + i.code())));
        }
      }
      return ManagementReview.builder()
          .id(ReviewId.of(id))
          .title("Management review " + id)
          .heldAt(heldAt)
          .addCatalogs(catalogs)
          .addAttendees(ANA, BEN)
          .chair(ANA)
          .inputs(inputs)
          .build();
    }

    private ManagementReview complete(String id, Instant heldAt) {
      return review(id, heldAt, Set.of(), StandardCatalogs.ISO_9001);
    }

    private QualitySystem.Builder base() {
      return evidenced(system(), R_931, R_933, R_851).addEvidence(valid("sop", PR, EvidenceKind.PROCEDURE)).addEvidence(valid("rec", PR, EvidenceKind.RECORD));
    }

    @Test
    void catalogHasAReviewClauseAndInputs() {
      assertThat(ISO.reviewClause()).hasValue("9.3");
      assertThat(ISO.reviewInputs()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void noReview_notesTheRequirementsUnderTheReviewClauseOnly() {
      QualitySystem qs = base().build();
      RequirementResult general = result(qs, R_931, AS_OF);
      assertThat(general.verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(codes(general)).containsExactly(ReasonCode.MANAGEMENT_REVIEW_MISSING, ReasonCode.EVIDENCE_VALID);
      assertThat(reason(general, ReasonCode.MANAGEMENT_REVIEW_MISSING).message()).contains("iso-9001:2015");

      RequirementResult inputs = result(qs, R_932, AS_OF);
      assertThat(inputs.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
      assertThat(codes(inputs)).containsExactly(ReasonCode.MANAGEMENT_REVIEW_MISSING, ReasonCode.NO_EVIDENCE);

      assertThat(codes(result(qs, R_933, AS_OF))).containsExactly(ReasonCode.MANAGEMENT_REVIEW_MISSING, ReasonCode.EVIDENCE_VALID);
      assertThat(codes(result(qs, R_851, AS_OF))).containsExactly(ReasonCode.EVIDENCE_VALID);
      // a catalog without a review clause is never asked for a review
      assertThat(codes(result(qs, PR, AS_OF))).containsExactly(ReasonCode.EVIDENCE_VALID, ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void reviewHeldLater_doesNotCountYet() {
      QualitySystem qs = base().add(Registers.REVIEWS, complete("MR-1", AS_OF.plusNanos(1))).build();
      assertThat(codes(result(qs, R_931, AS_OF))).containsExactly(ReasonCode.MANAGEMENT_REVIEW_MISSING, ReasonCode.EVIDENCE_VALID);
      assertThat(codes(result(qs, R_931, AS_OF.plusNanos(1)))).containsExactly(ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void completeReviewTwoMonthsBefore_givesNothing() {
      QualitySystem qs = base().add(Registers.REVIEWS, complete("MR-1", APR)).build();
      RequirementResult r = result(qs, R_931, AS_OF);
      assertThat(r.verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void reviewTwelveMonthsOld_capsExactlyFromHeldAtPlusTwelveCalendarMonths() {
      Instant held = Instant.parse("2027-03-01T09:00:00Z");
      Instant due = Instant.parse("2028-03-01T09:00:00Z");
      QualitySystem qs = base().add(Registers.REVIEWS, complete("MR-2027", held)).build();

      // 365 days later is 29 February 2028: still in time, since the interval is calendar months
      assertThat(codes(result(qs, R_931, held.plus(Duration.ofDays(365))))).containsExactly(ReasonCode.EVIDENCE_VALID);
      RequirementResult justBefore = result(qs, R_931, due.minusNanos(1));
      assertThat(justBefore.verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(codes(justBefore)).containsExactly(ReasonCode.EVIDENCE_VALID);

      RequirementResult atDue = result(qs, R_931, due);
      assertThat(atDue.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(codes(atDue)).containsExactly(ReasonCode.MANAGEMENT_REVIEW_OVERDUE, ReasonCode.EVIDENCE_VALID);
      assertThat(reason(atDue, ReasonCode.MANAGEMENT_REVIEW_OVERDUE).message()).contains("MR-2027").contains(held.toString()).contains(due.toString());
      assertThat(codes(result(qs, R_851, due))).containsExactly(ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void newerReview_replacesTheOverdueOne() {
      Instant held = Instant.parse("2025-04-01T00:00:00Z");
      QualitySystem old = base().add(Registers.REVIEWS, complete("MR-2025", held)).build();
      assertThat(codes(result(old, R_931, AS_OF))).containsExactly(ReasonCode.MANAGEMENT_REVIEW_OVERDUE, ReasonCode.EVIDENCE_VALID);
      QualitySystem renewed = old.with(Registers.REVIEWS, complete("MR-2026", MAY));
      assertThat(codes(result(renewed, R_931, AS_OF))).containsExactly(ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void reviewMissingInputs_capsNamingTheMissedCodes() {
      QualitySystem qs = base().add(Registers.REVIEWS, review("MR-1", APR, Set.of("audit-results", "improvement-opportunities"), StandardCatalogs.ISO_9001)).build();
      RequirementResult r = result(qs, R_931, AS_OF);
      assertThat(r.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.REVIEW_INPUTS_MISSING, ReasonCode.EVIDENCE_VALID);
      assertThat(reason(r, ReasonCode.REVIEW_INPUTS_MISSING).message())
          .contains("MR-1")
          .contains("audit-results")
          .contains("improvement-opportunities")
          .doesNotContain("context-changes");
    }

    @Test
    void overdueAndMissingInputs_giveBothReasons() {
      QualitySystem qs = base().add(Registers.REVIEWS, review("MR-1", Instant.parse("2025-01-10T00:00:00Z"), Set.of("audit-results"), StandardCatalogs.ISO_9001)).build();
      RequirementResult r = result(qs, R_931, AS_OF);
      assertThat(r.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.MANAGEMENT_REVIEW_OVERDUE, ReasonCode.REVIEW_INPUTS_MISSING, ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void reviewListingAnotherCatalog_doesNotCount() {
      // it covers every ISO 9001 input code, but reviewed the quality system of catalog u:1 only
      QualitySystem qs = base().add(Registers.REVIEWS, review("MR-U", APR, Set.of(), U)).build();
      RequirementResult r = result(qs, R_931, AS_OF);
      assertThat(r.verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.MANAGEMENT_REVIEW_MISSING, ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void sessionMovingPastTheDueInstant_equalsAFullEvaluation() {
      Instant held = Instant.parse("2025-09-15T00:00:00Z");
      Instant due = Instant.parse("2026-09-15T00:00:00Z");
      QualitySystem qs = base().add(Registers.REVIEWS, complete("MR-1", held)).build();
      ConformitySession session = ENGINE.session(qs, AS_OF);
      assertThat(session.advanceTo(due.minusNanos(1)).result(R_931).orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(session.advanceTo(due).result(R_931).orElseThrow().verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(session.report()).isEqualTo(ENGINE.evaluate(qs, due));
    }

    @Test
    void sixMonthPolicy_replacingTheDefaultRule_forIso9001Only() {
      Rule sixMonthly = Rules.managementReview(ReviewPolicy.builder().interval(Period.ofMonths(6)).build());
      List<Rule> chain = Rules.defaultTable().stream().map(rule -> rule == Rules.managementReview() ? sixMonthly : rule).toList();
      assertThat(chain).contains(sixMonthly).doesNotContain(Rules.managementReview()).hasSameSizeAs(Rules.defaultTable());
      ConformityEngine host = ConformityEngine.builder().replaceRules(RuleScope.catalog(StandardCatalogs.ISO_9001), chain).build();

      Instant held = Instant.parse("2025-10-31T12:00:00Z");
      Instant due = Instant.parse("2026-04-30T12:00:00Z"); // six calendar months on, in UTC
      QualitySystem qs = base().add(Registers.REVIEWS, complete("MR-1", held)).build();

      assertThat(codes(result(qs, R_931, AS_OF))).containsExactly(ReasonCode.EVIDENCE_VALID);

      RequirementResult before = host.evaluate(qs, due.minusNanos(1)).result(R_931).orElseThrow();
      assertThat(before.verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(codes(before)).containsExactly(ReasonCode.EVIDENCE_VALID);

      RequirementResult at = host.evaluate(qs, due).result(R_931).orElseThrow();
      assertThat(at.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(codes(at)).containsExactly(ReasonCode.MANAGEMENT_REVIEW_OVERDUE, ReasonCode.EVIDENCE_VALID);
      assertThat(reason(at, ReasonCode.MANAGEMENT_REVIEW_OVERDUE).message()).contains("MR-1").contains(due.toString());

      // requirements of the other catalogs keep the default chain
      assertThat(host.evaluate(qs, due).result(PR).orElseThrow()).isEqualTo(ENGINE.evaluate(qs, due).result(PR).orElseThrow());

      // the rule depends on the instant: a session moving past the due instant matches a full evaluation
      ConformitySession session = host.session(qs, Instant.parse("2026-03-01T00:00:00Z"));
      session.advanceTo(due);
      assertThat(session.report()).isEqualTo(host.evaluate(qs, due));
    }
  }

  // ---------------------------------------------------------------------------------------------

  @Nested
  class DocumentRules {
    /** Catalog t:1's PR expects a procedure and a record; the procedure rests on a document version. */
    private QualitySystem system(ControlledDocument d, String version) {
      return ManagementRulesTest.system()
          .add(Registers.DOCUMENTS, d)
          .addEvidence(onDocument(valid("sop", PR, EvidenceKind.PROCEDURE), d.id().value(), version))
          .addEvidence(valid("rec", PR, EvidenceKind.RECORD))
          .build();
    }

    private ControlledDocument twoVersions() {
      return nextVersion(document("SOP-02", Period.ofYears(2), FEB), "2", Instant.parse("2026-05-20T00:00:00Z"), JUL);
    }

    @Test
    void evidenceOnTheEffectiveVersion_counts() {
      RequirementResult r = result(system(twoVersions(), "1"), PR, AS_OF);
      assertThat(r.verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.EVIDENCE_VALID, ReasonCode.EVIDENCE_VALID);
      assertThat(r.reasons().get(0).evidence()).containsExactly(EvidenceId.of("sop"));
    }

    @Test
    void evidenceOnTheVersionObsoleteFromTheNextOnesEffectiveDate_isNonconformingFromThatInstant() {
      QualitySystem qs = system(twoVersions(), "1");
      assertThat(result(qs, PR, JUL.minusNanos(1)).verdict()).isEqualTo(Verdict.CONFORMING);

      RequirementResult r = result(qs, PR, JUL);
      assertThat(r.verdict()).isEqualTo(Verdict.NONCONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.EVIDENCE_ON_OBSOLETE_DOCUMENT);
      Reason obsolete = r.reasons().get(0);
      assertThat(obsolete.evidenceKind()).hasValue(EvidenceKind.PROCEDURE);
      assertThat(obsolete.evidence()).containsExactly(EvidenceId.of("sop"));
      assertThat(obsolete.message()).contains("sop").contains("obsolete");
    }

    @Test
    void evidenceOnAnObsoleteVersion_withOtherEvidenceOfTheKind_leavesItCovered() {
      QualitySystem qs = system(twoVersions(), "1").withEvidence(valid("sop-plain", PR, EvidenceKind.PROCEDURE));
      RequirementResult r = result(qs, PR, JUL);
      assertThat(r.verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.EVIDENCE_VALID, ReasonCode.EVIDENCE_VALID);
      assertThat(r.reasons().get(0).evidence()).containsExactly(EvidenceId.of("sop-plain"));
    }

    @Test
    void evidenceOnTheNewVersion_countsOnceItIsEffective() {
      RequirementResult r = result(system(twoVersions(), "2"), PR, JUL);
      assertThat(r.verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.EVIDENCE_VALID, ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void withdrawal_obsoletesTheEffectiveVersion() {
      Instant withdrawn = MAY;
      ControlledDocument d = document("SOP-04", Period.ofYears(2), FEB).withdraw(By.of(BEN, withdrawn).because("Merged into SOP-05"));
      QualitySystem qs = system(d, "1");
      assertThat(result(qs, PR, withdrawn.minusNanos(1)).verdict()).isEqualTo(Verdict.CONFORMING);
      RequirementResult r = result(qs, PR, withdrawn);
      assertThat(r.verdict()).isEqualTo(Verdict.NONCONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.EVIDENCE_ON_OBSOLETE_DOCUMENT);
      assertThat(r.reasons().get(0).evidence()).containsExactly(EvidenceId.of("sop"));
    }

    @Test
    void periodicReviewOverdue_isNotedFromTheDueInstant_withoutChangingTheVerdict() {
      ControlledDocument d = document("SOP-03", Period.ofYears(1), FEB);
      Instant due = Instant.parse("2027-02-01T00:00:00Z");
      assertThat(d.reviewDueAt(FEB)).hasValue(due);
      QualitySystem qs = system(d, "1");

      RequirementResult before = result(qs, PR, due.minusNanos(1));
      assertThat(codes(before)).containsExactly(ReasonCode.EVIDENCE_VALID, ReasonCode.EVIDENCE_VALID);

      RequirementResult r = result(qs, PR, due);
      assertThat(r.verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.DOCUMENT_REVIEW_OVERDUE, ReasonCode.EVIDENCE_VALID, ReasonCode.EVIDENCE_VALID);
      assertThat(reason(r, ReasonCode.DOCUMENT_REVIEW_OVERDUE).message()).contains("SOP-03");
    }

    @Test
    void periodicReviewRecorded_clearsTheNote() {
      ControlledDocument d = document("SOP-03", Period.ofYears(1), FEB).recordPeriodicReview(By.of(BEN, Instant.parse("2027-01-20T00:00:00Z")));
      RequirementResult r = result(system(d, "1"), PR, Instant.parse("2027-02-01T00:00:00Z"));
      assertThat(codes(r)).containsExactly(ReasonCode.EVIDENCE_VALID, ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void sessionMovingPastTheObsoleteInstant_equalsAFullEvaluation() {
      QualitySystem qs = system(twoVersions(), "1");
      ConformitySession session = ENGINE.session(qs, AS_OF);
      assertThat(session.advanceTo(JUL.minusNanos(1)).result(PR).orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(session.advanceTo(JUL).result(PR).orElseThrow().verdict()).isEqualTo(Verdict.NONCONFORMING);
      assertThat(session.report()).isEqualTo(ENGINE.evaluate(qs, JUL));
    }
  }

  // ---------------------------------------------------------------------------------------------

  @Nested
  class Indicators {
    private Indicator handHygiene(Measurement... measurements) {
      return Indicator.builder()
          .id(IndicatorId.of("hand-hygiene"))
          .name("Hand-hygiene compliance")
          .unit("%")
          .target(90)
          .direction(Direction.HIGHER_IS_BETTER)
          .measurementInterval(Duration.ofDays(30))
          .firstMeasurementDue(FEB)
          .addMeasurements(measurements)
          .build();
    }

    private Indicator falls(Measurement... measurements) {
      return Indicator.builder()
          .id(IndicatorId.of("falls"))
          .name("Inpatient falls")
          .unit("per 1,000 bed-days")
          .target(3.0)
          .direction(Direction.LOWER_IS_BETTER)
          .measurementInterval(Duration.ofDays(30))
          .firstMeasurementDue(FEB)
          .addMeasurements(measurements)
          .build();
    }

    private QualitySystem system(Indicator indicator) {
      Objective o =
          Objective.builder()
              .id(ObjectiveId.of("OBJ-2026-01"))
              .statement("Reduce avoidable harm on the medical wards")
              .addRequirement(R_621)
              .addIndicator(indicator)
              .build();
      return evidenced(ManagementRulesTest.system(), R_621, R_622).add(Registers.OBJECTIVES, o).build();
    }

    private final Instant may15 = Instant.parse("2026-05-15T00:00:00Z");

    @Test
    void latestBelowTarget_caps_namingTheIndicatorAndValues() {
      QualitySystem qs = system(handHygiene(Measurement.of(APR, 95), Measurement.of(may15, 82)));
      RequirementResult r = result(qs, R_621, AS_OF);
      assertThat(r.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.INDICATOR_BELOW_TARGET, ReasonCode.EVIDENCE_VALID);
      assertThat(reason(r, ReasonCode.INDICATOR_BELOW_TARGET).message()).contains("hand-hygiene").contains("82.0 %").contains("90.0");
    }

    @Test
    void latestAtOrAboveTarget_givesNothing() {
      RequirementResult r = result(system(handHygiene(Measurement.of(APR, 82), Measurement.of(may15, 93))), R_621, AS_OF);
      assertThat(r.verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.EVIDENCE_VALID);
      assertThat(codes(result(system(handHygiene(Measurement.of(may15, 90))), R_621, AS_OF))).containsExactly(ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void requirementTheObjectiveDoesNotBearOn_isUnaffected() {
      RequirementResult r = result(system(handHygiene(Measurement.of(may15, 82))), R_622, AS_OF);
      assertThat(r.verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void missedMeasurement_isNotedFromTheDueInstant_withoutChangingTheVerdict() {
      // measured on 1 April, next due 30 days later
      Instant due = APR.plus(Duration.ofDays(30));
      QualitySystem qs = system(handHygiene(Measurement.of(APR, 93)));
      assertThat(codes(result(qs, R_621, due.minusNanos(1)))).containsExactly(ReasonCode.EVIDENCE_VALID);

      RequirementResult r = result(qs, R_621, AS_OF);
      assertThat(r.verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.INDICATOR_OVERDUE, ReasonCode.EVIDENCE_VALID);
      assertThat(reason(r, ReasonCode.INDICATOR_OVERDUE).message()).contains("hand-hygiene").contains(due.toString());
      assertThat(codes(result(qs, R_621, due))).containsExactly(ReasonCode.INDICATOR_OVERDUE, ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void neverMeasured_isOverdueFromTheFirstDueInstant() {
      QualitySystem qs = system(handHygiene());
      assertThat(codes(result(qs, R_621, FEB.minusNanos(1)))).containsExactly(ReasonCode.EVIDENCE_VALID);
      assertThat(codes(result(qs, R_621, FEB))).containsExactly(ReasonCode.INDICATOR_OVERDUE, ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void belowTargetAndOverdue_capWithBothReasons() {
      RequirementResult r = result(system(handHygiene(Measurement.of(APR, 82))), R_621, AS_OF);
      assertThat(r.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.INDICATOR_BELOW_TARGET, ReasonCode.INDICATOR_OVERDUE, ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void lowerIsBetter_targetValueMeets_andAboveItDoesNot() {
      RequirementResult meets = result(system(falls(Measurement.of(may15, 3.0))), R_621, AS_OF);
      assertThat(meets.verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(codes(meets)).containsExactly(ReasonCode.EVIDENCE_VALID);

      RequirementResult above = result(system(falls(Measurement.of(may15, 3.4))), R_621, AS_OF);
      assertThat(above.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(codes(above)).containsExactly(ReasonCode.INDICATOR_BELOW_TARGET, ReasonCode.EVIDENCE_VALID);
      assertThat(reason(above, ReasonCode.INDICATOR_BELOW_TARGET).message()).contains("falls").contains("3.4 per 1,000 bed-days").contains("3.0");
    }

    @Test
    void sessionMovingPastTheDueMeasurement_equalsAFullEvaluation() {
      QualitySystem qs = system(handHygiene(Measurement.of(may15, 93)));
      Instant due = may15.plus(Duration.ofDays(30));
      ConformitySession session = ENGINE.session(qs, AS_OF);
      assertThat(codes(session.advanceTo(due.minusNanos(1)).result(R_621).orElseThrow())).containsExactly(ReasonCode.EVIDENCE_VALID);
      assertThat(codes(session.advanceTo(due).result(R_621).orElseThrow())).containsExactly(ReasonCode.INDICATOR_OVERDUE, ReasonCode.EVIDENCE_VALID);
      assertThat(session.report()).isEqualTo(ENGINE.evaluate(qs, due));
    }
  }

  // ---------------------------------------------------------------------------------------------

  @Nested
  class Risks {
    private final Instant lastReviewed = Instant.parse("2026-01-15T09:00:00Z");
    private final Instant due = Instant.parse("2026-07-15T09:00:00Z");

    private Risk sepsis() {
      return Risk.builder()
          .id(RiskId.of("R-12"))
          .kind(RiskKind.RISK)
          .title("Sepsis screening missed at triage")
          .description("Night shifts in the emergency department skip the screening tool.")
          .addRequirement(R_611)
          .scale(RiskScale.of(5, 5))
          .likelihood(3)
          .severity(5)
          .owner(ANA)
          .lastReviewedAt(lastReviewed)
          .reviewInterval(Period.ofMonths(6))
          .build();
    }

    private QualitySystem system(Risk risk) {
      return evidenced(ManagementRulesTest.system(), R_611, R_612).add(Registers.RISKS, risk).build();
    }

    @Test
    void beforeTheDueInstant_givesNothing() {
      assertThat(sepsis().nextReviewDue()).isEqualTo(due);
      RequirementResult r = result(system(sepsis()), R_611, due.minusNanos(1));
      assertThat(r.verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void fromTheDueInstant_isNotedWithoutChangingTheVerdict() {
      RequirementResult r = result(system(sepsis()), R_611, due);
      assertThat(r.verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.RISK_REVIEW_OVERDUE, ReasonCode.EVIDENCE_VALID);
      assertThat(reason(r, ReasonCode.RISK_REVIEW_OVERDUE).message()).contains("R-12").contains(due.toString());
      assertThat(codes(result(system(sepsis()), R_612, due))).containsExactly(ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void reviewedAgain_clearsTheNote() {
      Risk reviewed = sepsis().reviewed(due.minus(Duration.ofDays(1)), BEN);
      assertThat(codes(result(system(reviewed), R_611, due))).containsExactly(ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void sessionMovingPastTheDueInstant_equalsAFullEvaluation() {
      QualitySystem qs = system(sepsis());
      ConformitySession session = ENGINE.session(qs, AS_OF);
      assertThat(codes(session.advanceTo(due.minusNanos(1)).result(R_611).orElseThrow())).containsExactly(ReasonCode.EVIDENCE_VALID);
      assertThat(codes(session.advanceTo(due).result(R_611).orElseThrow())).containsExactly(ReasonCode.RISK_REVIEW_OVERDUE, ReasonCode.EVIDENCE_VALID);
      assertThat(session.report()).isEqualTo(ENGINE.evaluate(qs, due));
    }
  }

  // ---------------------------------------------------------------------------------------------

  @Nested
  class Certificates {
    private final Instant decision = Instant.parse("2025-03-01T00:00:00Z");
    private final Instant firstSurveillance = Instant.parse("2026-03-01T00:00:00Z");

    private Certificate certified() {
      return Certificate.apply(CertificateId.of("CERT-1"), StandardCatalogs.ISO_9001, "Example Certification Ltd", By.of(ANA, Instant.parse("2025-01-10T00:00:00Z")))
          .recordStage1(AuditId.of("S1"), By.of(ANA, Instant.parse("2025-01-20T00:00:00Z")))
          .recordStage2(AuditId.of("S2"), By.of(ANA, Instant.parse("2025-02-20T00:00:00Z")))
          .certify(decision, By.of(ANA, decision));
    }

    private QualitySystem system(Certificate c) {
      return evidenced(ManagementRulesTest.system(), R_851)
          .add(Registers.REVIEWS, reviewOfIso(APR))
          .addEvidence(valid("sop", PR, EvidenceKind.PROCEDURE))
          .addEvidence(valid("rec", PR, EvidenceKind.RECORD))
          .add(Registers.CERTIFICATES, c)
          .build();
    }

    private ManagementReview reviewOfIso(Instant held) {
      List<CoveredInput> inputs = ISO.reviewInputs().stream().map(i -> CoveredInput.of(i.code(), Presented.document("Report"))).toList();
      return ManagementReview.builder()
          .id(ReviewId.of("MR-1"))
          .title("Annual review")
          .heldAt(held)
          .addCatalog(StandardCatalogs.ISO_9001)
          .addAttendee(ANA)
          .inputs(inputs)
          .build();
    }

    @Test
    void surveillanceOverdue_isNotedOnEveryRequirementOfTheCertifiedCatalog_fromTheDueInstant() {
      Certificate c = certified();
      assertThat(c.surveillanceDueDates()).first().isEqualTo(firstSurveillance);
      QualitySystem qs = system(c);

      assertThat(codes(result(qs, R_851, firstSurveillance.minusNanos(1)))).containsExactly(ReasonCode.EVIDENCE_VALID);

      RequirementResult r = result(qs, R_851, AS_OF);
      assertThat(r.verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.CERTIFICATE_AUDIT_OVERDUE, ReasonCode.EVIDENCE_VALID);
      assertThat(reason(r, ReasonCode.CERTIFICATE_AUDIT_OVERDUE).message()).contains("CERT-1").contains("surveillance").contains(firstSurveillance.toString());
      assertThat(codes(result(qs, R_851, firstSurveillance))).containsExactly(ReasonCode.CERTIFICATE_AUDIT_OVERDUE, ReasonCode.EVIDENCE_VALID);

      // every requirement of ISO 9001, evidenced or not
      ConformityReport report = ENGINE.evaluate(qs, AS_OF);
      for (var located : ISO.requirements()) {
        assertThat(codes(report.result(located.id()).orElseThrow())).as(located.id().value()).contains(ReasonCode.CERTIFICATE_AUDIT_OVERDUE);
      }
      // not on another catalog's requirements
      RequirementResult other = result(qs, PR, AS_OF);
      assertThat(other.verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(codes(other)).containsExactly(ReasonCode.EVIDENCE_VALID, ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void surveillanceRecorded_clearsTheNote() {
      Certificate c = certified().recordSurveillance(AuditId.of("SV1"), By.of(ANA, MAY));
      QualitySystem qs = system(c);
      assertThat(codes(result(qs, R_851, AS_OF))).containsExactly(ReasonCode.EVIDENCE_VALID);
      // before the surveillance was recorded, it was overdue
      assertThat(codes(result(qs, R_851, MAY.minusNanos(1)))).containsExactly(ReasonCode.CERTIFICATE_AUDIT_OVERDUE, ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void suspendedCertificate_stillOwesItsSurveillance() {
      Certificate c = certified().suspend(By.of(ANA, APR).because("Major nonconformity at the surveillance visit"));
      assertThat(c.statusAt(AS_OF)).hasValue(CertificateStatus.SUSPENDED);
      assertThat(codes(result(system(c), R_851, AS_OF))).containsExactly(ReasonCode.CERTIFICATE_AUDIT_OVERDUE, ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void withdrawnCertificate_owesNothing() {
      Certificate c = certified().withdraw(By.of(ANA, APR).because("Organisation left the scheme"));
      QualitySystem qs = system(c);
      RequirementResult r = result(qs, R_851, AS_OF);
      assertThat(r.verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.EVIDENCE_VALID);
      // while it was still certified, before the withdrawal, it was overdue
      assertThat(codes(result(qs, R_851, APR.minusNanos(1)))).containsExactly(ReasonCode.CERTIFICATE_AUDIT_OVERDUE, ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void sessionMovingPastTheSurveillanceDueDate_equalsAFullEvaluation() {
      QualitySystem qs = system(certified());
      ConformitySession session = ENGINE.session(qs, Instant.parse("2026-01-01T00:00:00Z"));
      assertThat(codes(session.advanceTo(firstSurveillance.minusNanos(1)).result(R_851).orElseThrow())).containsExactly(ReasonCode.EVIDENCE_VALID);
      session.advanceTo(firstSurveillance);
      assertThat(codes(session.report().result(R_851).orElseThrow())).containsExactly(ReasonCode.CERTIFICATE_AUDIT_OVERDUE, ReasonCode.EVIDENCE_VALID);
      assertThat(session.report()).isEqualTo(ENGINE.evaluate(qs, firstSurveillance));
    }

    @Test
    void expiredWithoutRecertification_isNotedAsRecertificationOverdue() {
      // certified on 1 March 2025 with both surveillances done: the cycle expires on 1 March 2028
      Certificate c =
          certified()
              .recordSurveillance(AuditId.of("SV1"), By.of(ANA, Instant.parse("2026-02-15T00:00:00Z")))
              .recordSurveillance(AuditId.of("SV2"), By.of(ANA, Instant.parse("2027-02-15T00:00:00Z")));
      Instant expiry = c.expiresAt().orElseThrow();
      assertThat(expiry).isEqualTo(Instant.parse("2028-03-01T00:00:00Z"));
      assertThat(c.isRecertificationOverdueAt(expiry)).isTrue();
      QualitySystem qs = system(c);
      assertThat(codes(result(qs, R_851, expiry.minusNanos(1)))).doesNotContain(ReasonCode.CERTIFICATE_AUDIT_OVERDUE);

      RequirementResult r = result(qs, R_851, expiry);
      assertThat(codes(r)).contains(ReasonCode.CERTIFICATE_AUDIT_OVERDUE);
      assertThat(reason(r, ReasonCode.CERTIFICATE_AUDIT_OVERDUE).message()).contains("CERT-1").contains("recertification").contains(expiry.toString());
    }
  }
}
