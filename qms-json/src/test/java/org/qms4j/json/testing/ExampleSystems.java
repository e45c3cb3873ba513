package org.qms4j.json.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qms4j.audit.Audit;
import org.qms4j.audit.AuditId;
import org.qms4j.audit.AuditKind;
import org.qms4j.capa.CorrectiveAction;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.document.ControlledDocument;
import org.qms4j.document.DocumentId;
import org.qms4j.document.DocumentVersionRef;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.objective.Measurement;
import org.qms4j.people.PersonId;
import org.qms4j.standards.StandardCatalogs;
import org.qms4j.system.Exclusion;
import org.qms4j.system.QualitySystem;
import org.qms4j.testing.CapaFixtures;
import org.qms4j.testing.ManagementFixtures;
import org.qms4j.training.Competence;
import org.qms4j.training.Role;
import org.qms4j.training.RoleAssignment;
import org.qms4j.training.RoleId;
import org.qms4j.training.TrainingRecord;
import org.qms4j.training.TrainingRecordId;

/**
 * A full example quality system: ISO 9001 and ISO 7101 with the shipped mapping between them, an
 * exclusion, and at least one item in every register, with the histories of a closed corrective
 * action, an effective document in its second version and a certificate under surveillance.
 */
public final class ExampleSystems {
  /** When the example begins. */
  public static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");

  private ExampleSystems() {}

  /**
   * The full example.
   *
   * @return the system
   */
  public static QualitySystem full() {
    Catalog iso9001 = ManagementFixtures.withReviewClause(StandardCatalogs.iso9001(), "9.3");
    Catalog iso7101 = StandardCatalogs.iso7101();
    List<RequirementId> reqs =
        iso9001.requirements().stream().map(LocatedRequirement::id).toList();
    RequirementId excluded =
        iso9001.requirements().stream()
            .filter(l -> l.requirement().exclusionRule().permitsExclusion())
            .map(LocatedRequirement::id)
            .findFirst()
            .orElseThrow();
    RequirementId r1 = reqs.get(3);
    RequirementId r2 = reqs.get(10);
    PersonId nurse = PersonId.of("nurse.lee");
    DocumentId sop = DocumentId.of("SOP-01");
    ControlledDocument document =
        ManagementFixtures.document(sop, 365, T0, Optional.empty(),
            Optional.of(Duration.ofDays(60)), Optional.empty());
    Evidence policy =
        Evidence.builder()
            .id(EvidenceId.of("ev-policy"))
            .addRequirements(r1, r2)
            .kind(EvidenceKind.values()[0])
            .status(EvidenceStatus.values()[EvidenceStatus.values().length > 1 ? 1 : 0])
            .collectedAt(T0)
            .effectiveFrom(T0)
            .expiresAt(T0.plus(Duration.ofDays(730)))
            .owner("Quality manager")
            .reference("https://dms.example/policy?rev=4")
            .contentHash("sha256:" + "ab".repeat(32))
            .document(DocumentVersionRef.of(sop, "1"))
            .build();
    Evidence check =
        Evidence.builder()
            .id(EvidenceId.of("ev-check"))
            .addRequirement(r1)
            .kind(EvidenceKind.values()[EvidenceKind.values().length - 1])
            .status(EvidenceStatus.values()[EvidenceStatus.values().length > 1 ? 1 : 0])
            .collectedAt(T0.plus(Duration.ofDays(100)))
            .effectiveFrom(T0.plus(Duration.ofDays(100)))
            .owner("Internal auditor")
            .reference("https://dms.example/checks/7")
            .build();
    AuditId ia = AuditId.of("IA-2026-03");
    Audit audit =
        Audit.builder()
            .id(ia)
            .kind(AuditKind.values()[0])
            .title("Internal audit of document control")
            .addScope(ClauseRef.of(iso9001.id(), "7.5"))
            .leadAuditor(CapaFixtures.AUDITOR)
            .plannedStart(T0.plus(Duration.ofDays(20)))
            .plannedEnd(T0.plus(Duration.ofDays(21)))
            .startedAt(T0.plus(Duration.ofDays(20)))
            .reportedAt(T0.plus(Duration.ofDays(22)))
            .build();
    Finding nc =
        Finding.builder()
            .id(FindingId.of("F-1"))
            .addRequirement(r1)
            .grade(FindingGrade.MINOR_NONCONFORMITY)
            .statement("Two obsolete SOPs at the nursing station <ward 4> & \"annex\".")
            .objectiveEvidence("SOP-12 rev 3 in the ward 4 binder; \u00e9l\u00e8ve \ud83d\ude00.")
            .raisedAt(T0.plus(Duration.ofDays(21)))
            .audit(ia)
            .build();
    CorrectiveAction action =
        CapaFixtures.walk("CA-1", nc.id(), CapaFixtures.CLOSED, T0.plus(Duration.ofDays(22)),
            Duration.ofDays(5), List.of(policy.id(), check.id()));
    Finding closed = CapaFixtures.closedBy(nc, action);
    Role ward =
        Role.builder()
            .id(RoleId.of("ward-nurse"))
            .name("Ward nurse")
            .addRequires(Competence.skill("Hand hygiene"), Competence.document(sop.value()))
            .addOwns(ClauseRef.of(iso9001.id(), "8.5"))
            .addHolders(RoleAssignment.since(nurse, T0))
            .build();
    TrainingRecord training =
        TrainingRecord.builder()
            .id(TrainingRecordId.of("TR-1"))
            .person(nurse)
            .competence(Competence.document(sop.value()))
            .documentVersion("1")
            .completedAt(T0.plus(Duration.ofDays(2)))
            .effectivenessEvaluatedAt(T0.plus(Duration.ofDays(30)))
            .evaluatedBy(ManagementFixtures.APPROVER)
            .effective(true)
            .build();
    return QualitySystem.builder()
        .organisation("Example Clinic")
        .scope("Outpatient care, day surgery and the pharmacy")
        .addCatalog(iso9001)
        .addCatalog(iso7101)
        .addMappingSet(StandardCatalogs.iso7101ToIso9001())
        .addExclusion(Exclusion.ofRequirement(excluded, "No design and development is done."))
        .addEvidence(policy)
        .addEvidence(check)
        .addAudit(audit)
        .addFinding(closed)
        .addCorrectiveAction(action)
        .add(org.qms4j.system.Registers.DOCUMENTS, document)
        .add(org.qms4j.system.Registers.PEOPLE, ManagementFixtures.person(nurse.value()))
        .add(org.qms4j.system.Registers.PEOPLE, ManagementFixtures.person(
            ManagementFixtures.APPROVER.value()))
        .add(org.qms4j.system.Registers.ROLES, ward)
        .add(org.qms4j.system.Registers.TRAINING, training)
        .add(org.qms4j.system.Registers.OBJECTIVES, ManagementFixtures.objective("hand-hygiene",
            Set.of(r2), T0.plus(Duration.ofDays(30)), 30,
            List.of(Measurement.of(T0.plus(Duration.ofDays(30)), 92.5),
                Measurement.of(T0.plus(Duration.ofDays(60)), 88))))
        .add(org.qms4j.system.Registers.RISKS, ManagementFixtures.risk("falls", Set.of(r2),
            T0.plus(Duration.ofDays(10)), 6))
        .add(org.qms4j.system.Registers.REVIEWS, ManagementFixtures.review("MR-2026",
            Set.of(iso9001.id()), T0.plus(Duration.ofDays(120)),
            ManagementFixtures.REVIEW_INPUTS.stream().map(i -> i.code()).toList()))
        .add(org.qms4j.system.Registers.CERTIFICATES, ManagementFixtures.certificate("CERT-1",
            iso9001.id(), 4, T0.plus(Duration.ofDays(150)), 1, false))
        .build();
  }
}
