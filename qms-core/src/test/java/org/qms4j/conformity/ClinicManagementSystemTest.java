package org.qms4j.conformity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qms4j.audit.AuditId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.ReviewInput;
import org.qms4j.catalog.RequirementId;
import org.qms4j.certification.Certificate;
import org.qms4j.certification.CertificateId;
import org.qms4j.document.ControlledDocument;
import org.qms4j.document.DocumentId;
import org.qms4j.document.DocumentVersionRef;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.evidence.EvidenceStatus;
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
 * A small clinic certified to ISO 9001 with every register of the management system, evaluated
 * by one session as of three instants a year apart while the clinic's year happens in between:
 * the verdicts and reasons of the management-system rules at each.
 */
class ClinicManagementSystemTest {
  private static final String ISO = "iso-9001:2015/";
  private static final RequirementId SERVICE = RequirementId.of(ISO + "8.5.1");
  private static final RequirementId OBJECTIVES = RequirementId.of(ISO + "6.2.1");
  private static final RequirementId RISKS = RequirementId.of(ISO + "6.1.1");
  private static final RequirementId REVIEW = RequirementId.of(ISO + "9.3.2");
  private static final RequirementId CONTEXT = RequirementId.of(ISO + "4.1");

  private static final PersonId ANA = PersonId.of("ana.quality");
  private static final PersonId BEN = PersonId.of("ben.ward-manager");
  private static final PersonId CLEO = PersonId.of("cleo.nurse");
  private static final PersonId DAN = PersonId.of("dan.nurse");
  private static final DocumentId SOP = DocumentId.of("SOP-01");
  private static final IndicatorId HAND_HYGIENE = IndicatorId.of("hand-hygiene");

  private static final Instant YEAR_1 = at("2026-12-01");
  private static final Instant YEAR_2 = at("2027-12-01");
  private static final Instant YEAR_3 = at("2028-12-01");

  private static Instant at(String date) {
    return Instant.parse(date + "T09:00:00Z");
  }

  private static Evidence evidence(String id, RequirementId requirement, EvidenceKind kind, String collected) {
    return Evidence.builder()
        .id(EvidenceId.of(id))
        .addRequirement(requirement)
        .kind(kind)
        .status(EvidenceStatus.ACCEPTED)
        .collectedAt(at(collected))
        .effectiveFrom(at(collected))
        .owner("Quality lead")
        .reference("https://dms.example/" + id)
        .build();
  }

  private static TrainingRecord trained(String id, PersonId person, String version, String on) {
    return TrainingRecord.builder()
        .id(TrainingRecordId.of(id))
        .person(person)
        .competence(Competence.document(SOP.value()))
        .documentVersion(version)
        .completedAt(at(on))
        .build()
        .withEvaluation(at(on).plus(Duration.ofDays(20)), BEN, true);
  }

  private static ManagementReview review(String id, String held, List<ReviewInput> covered) {
    var b =
        ManagementReview.builder()
            .id(ReviewId.of(id))
            .title("Management review " + held.substring(0, 4))
            .heldAt(at(held))
            .addCatalog(StandardCatalogs.ISO_9001)
            .addAttendees(ANA, BEN)
            .addDecision("Keep the hand-hygiene campaign running.");
    for (ReviewInput input : covered) {
      b.addInput(CoveredInput.of(input.code(), Presented.other("Presented by the quality lead")));
    }
    return b.build();
  }

  private static Indicator handHygiene(Measurement... measurements) {
    return Indicator.builder()
        .id(HAND_HYGIENE)
        .name("Hand-hygiene compliance")
        .unit("%")
        .target(90)
        .direction(Direction.HIGHER_IS_BETTER)
        .measurementInterval(Duration.ofDays(31))
        .firstMeasurementDue(at("2026-02-01"))
        .addMeasurements(measurements)
        .build();
  }

  private static Objective objective(Indicator indicator) {
    return Objective.builder()
        .id(ObjectiveId.of("OBJ-1"))
        .statement("Hand-hygiene compliance of 90% or more on every ward.")
        .addRequirement(OBJECTIVES)
        .addIndicator(indicator)
        .build();
  }

  private static Risk outbreak(String reviewed) {
    return Risk.builder()
        .id(RiskId.of("R-1"))
        .kind(RiskKind.RISK)
        .title("Infection outbreak on a ward")
        .description("Poor hand hygiene spreads infection between patients.")
        .addRequirement(RISKS)
        .scale(RiskScale.of(5, 5))
        .likelihood(3)
        .severity(5)
        .owner(ANA)
        .lastReviewedAt(at(reviewed))
        .reviewInterval(Period.ofMonths(6))
        .build();
  }

  private final ConformityEngine engine = ConformityEngine.standard();
  private ConformitySession session;

  /** The verdict and reason keys of a few requirements, after checking the session against a full evaluation. */
  private Map<String, String> snapshot(Instant asOf) {
    session.advanceTo(asOf);
    ConformityReport full = engine.evaluate(session.system(), asOf);
    assertThat(session.report()).isEqualTo(full);
    Map<String, String> shown = new LinkedHashMap<>();
    for (RequirementId id : List.of(SERVICE, OBJECTIVES, RISKS, REVIEW, CONTEXT)) {
      RequirementResult r = full.result(id).orElseThrow();
      List<String> keys = new ArrayList<>();
      r.reasons().forEach(x -> keys.add(x.key()));
      shown.put(id.value().substring(ISO.length()), r.verdict() + " " + keys);
    }
    return shown;
  }

  @Test
  void clinic_overThreeYears_theManagementSystemRulesFollowWhatHappens() {
    List<ReviewInput> inputs = StandardCatalogs.iso9001().reviewInputs();
    ControlledDocument sop =
        ControlledDocument.create(SOP, "Hand hygiene", Period.ofMonths(24), By.of(ANA, at("2026-01-05")))
            .draft("1", By.of(ANA, at("2026-01-05")))
            .approve("1", By.of(BEN, at("2026-01-20")))
            .makeEffective("1", at("2026-02-01"), By.of(BEN, at("2026-01-20")));
    Role nurse =
        Role.builder()
            .id(RoleId.of("ward-nurse"))
            .name("Ward nurse")
            .addRequire(Competence.document(SOP.value()))
            .addOwn(ClauseRef.of(StandardCatalogs.ISO_9001, "8.5"))
            .addHolders(RoleAssignment.since(CLEO, at("2026-01-01")), RoleAssignment.since(DAN, at("2026-01-01")))
            .build();
    Certificate certificate =
        Certificate.apply(CertificateId.of("CERT-9001"), StandardCatalogs.ISO_9001, "Example Certification Ltd", By.of(ANA, at("2026-03-01")))
            .recordStage1(AuditId.of("S1-2026"), By.of(ANA, at("2026-04-01")))
            .recordStage2(AuditId.of("S2-2026"), By.of(ANA, at("2026-05-01")))
            .certify(at("2026-06-15"), By.of(ANA, at("2026-06-15")));
    QualitySystem clinic =
        QualitySystem.builder()
            .organisation("Riverside Clinic")
            .scope("Outpatient and day-ward care at the Riverside site")
            .addCatalog(StandardCatalogs.iso9001())
            .add(Registers.PEOPLE, Person.of(ANA, "Ana Silva"))
            .add(Registers.PEOPLE, Person.of(BEN, "Ben Okafor"))
            .add(Registers.PEOPLE, Person.of(CLEO, "Cleo Martin"))
            .add(Registers.PEOPLE, Person.of(DAN, "Dan Novak"))
            .add(Registers.DOCUMENTS, sop)
            .add(Registers.ROLES, nurse)
            .add(Registers.TRAINING, trained("T-1", CLEO, "1", "2026-02-10"))
            .add(Registers.TRAINING, trained("T-2", DAN, "1", "2026-02-11"))
            .addEvidence(
                Evidence.builder()
                    .from(evidence("ward-procedure-check", SERVICE, EvidenceKind.DOCUMENT, "2026-06-01"))
                    .document(DocumentVersionRef.of(SOP, "1"))
                    .build())
            .addEvidence(evidence("objectives-2026", OBJECTIVES, EvidenceKind.DOCUMENT, "2026-01-10"))
            .addEvidence(evidence("risk-register", RISKS, EvidenceKind.RECORD, "2026-01-10"))
            .addEvidence(evidence("review-minutes", REVIEW, EvidenceKind.RECORD, "2026-11-15"))
            .addEvidence(evidence("context-analysis", CONTEXT, EvidenceKind.DOCUMENT, "2026-01-10"))
            .add(Registers.OBJECTIVES, objective(handHygiene(Measurement.of(at("2026-11-01"), 93))))
            .add(Registers.RISKS, outbreak("2026-10-01"))
            .add(Registers.REVIEWS, review("MR-2026", "2026-11-15", inputs))
            .add(Registers.CERTIFICATES, certificate)
            .build();
    session = engine.session(clinic, at("2026-06-16"));

    // Year 1: everything in order
    assertThat(snapshot(YEAR_1))
        .containsEntry("8.5.1", "CONFORMING [EVIDENCE_VALID]")
        .containsEntry("6.2.1", "CONFORMING [EVIDENCE_VALID]")
        .containsEntry("6.1.1", "CONFORMING [EVIDENCE_VALID]")
        .containsEntry("9.3.2", "CONFORMING [EVIDENCE_VALID]")
        .containsEntry("4.1", "CONFORMING [EVIDENCE_VALID]");

    // During year 2: a new SOP version (no one retrained), a surveillance audit, a poor and then a
    // missed measurement, no risk review and no management review
    session.put(
        Registers.DOCUMENTS,
        sop = sop.draft("2", By.of(ANA, at("2027-09-01")))
            .approve("2", By.of(BEN, at("2027-09-10")))
            .makeEffective("2", at("2027-10-01"), By.of(BEN, at("2027-09-10"))));
    session.put(Registers.CERTIFICATES, certificate = certificate.recordSurveillance(AuditId.of("SV1-2027"), By.of(ANA, at("2027-06-01"))));
    session.put(Registers.OBJECTIVES, objective(handHygiene(Measurement.of(at("2026-11-01"), 93), Measurement.of(at("2027-09-01"), 85))));

    Map<String, String> year2 = snapshot(YEAR_2);
    assertThat(year2)
        .containsEntry("8.5.1", "NONCONFORMING [TRAINING_GAP, EVIDENCE_ON_OBSOLETE_DOCUMENT]")
        .containsEntry("6.2.1", "PARTIALLY_CONFORMING [INDICATOR_BELOW_TARGET, INDICATOR_OVERDUE, EVIDENCE_VALID]")
        .containsEntry("6.1.1", "CONFORMING [RISK_REVIEW_OVERDUE, EVIDENCE_VALID]")
        .containsEntry("9.3.2", "PARTIALLY_CONFORMING [MANAGEMENT_REVIEW_OVERDUE, EVIDENCE_VALID]")
        .containsEntry("4.1", "CONFORMING [EVIDENCE_VALID]");
    RequirementResult service = session.report().result(SERVICE).orElseThrow();
    assertThat(service.reasons().get(0).message()).contains("cleo.nurse").contains("dan.nurse").contains("retraining owed");

    // During year 3: both nurses retrained and a new check on version 2, hand hygiene back above
    // target, the risk reviewed, a management review that skipped customer satisfaction, and no
    // second surveillance audit
    session.put(Registers.TRAINING, trained("T-3", CLEO, "2", "2028-01-15"));
    session.put(Registers.TRAINING, trained("T-4", DAN, "2", "2028-01-16"));
    session.putEvidence(
        Evidence.builder()
            .from(evidence("ward-procedure-check-2028", SERVICE, EvidenceKind.DOCUMENT, "2028-02-01"))
            .document(DocumentVersionRef.of(SOP, "2"))
            .build());
    session.put(
        Registers.OBJECTIVES,
        objective(handHygiene(Measurement.of(at("2026-11-01"), 93), Measurement.of(at("2027-09-01"), 85), Measurement.of(at("2028-11-20"), 95))));
    session.put(Registers.RISKS, outbreak("2028-10-01"));
    session.put(
        Registers.REVIEWS,
        review("MR-2028", "2028-11-20", inputs.stream().filter(i -> !i.code().equals("customer-satisfaction")).toList()));

    assertThat(snapshot(YEAR_3))
        .containsEntry("8.5.1", "CONFORMING [CERTIFICATE_AUDIT_OVERDUE, EVIDENCE_VALID]")
        .containsEntry("6.2.1", "CONFORMING [CERTIFICATE_AUDIT_OVERDUE, EVIDENCE_VALID]")
        .containsEntry("6.1.1", "CONFORMING [CERTIFICATE_AUDIT_OVERDUE, EVIDENCE_VALID]")
        .containsEntry("9.3.2", "PARTIALLY_CONFORMING [REVIEW_INPUTS_MISSING, CERTIFICATE_AUDIT_OVERDUE, EVIDENCE_VALID]")
        .containsEntry("4.1", "CONFORMING [CERTIFICATE_AUDIT_OVERDUE, EVIDENCE_VALID]");
    RequirementResult review = session.report().result(REVIEW).orElseThrow();
    assertThat(review.reasons().get(0).message()).contains("MR-2028").contains("customer-satisfaction");
    assertThat(certificate.nextSurveillanceDueAt(YEAR_3)).contains(at("2028-06-15"));
  }
}
