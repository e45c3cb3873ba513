package org.qms4j.readiness;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.qms4j.audit.Audit;
import org.qms4j.audit.AuditId;
import org.qms4j.audit.AuditKind;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.RequirementId;
import org.qms4j.conformity.ConformityEngine;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.people.PersonId;
import org.qms4j.review.ManagementReview;
import org.qms4j.system.Exclusion;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.Registers;
import org.qms4j.testing.Examples;
import org.qms4j.testing.ManagementFixtures;
import org.qms4j.training.Competence;
import org.qms4j.training.Role;
import org.qms4j.training.RoleAssignment;
import org.qms4j.training.RoleId;
import org.qms4j.training.TrainingRecord;
import org.qms4j.training.TrainingRecordId;

/**
 * A clinic on the demo catalog ({@link Examples#catalog()} with review clause 10 and the {@link
 * ManagementFixtures#REVIEW_INPUTS}) that is ready for its certification audit at {@link #AS_OF}:
 * a record for every requirement, {@code demo/7.5.3-a} excluded, one internal audit of every
 * clause, a complete management review after it, and a trained process owner of clause 7.5.
 */
final class ReadyClinic {
  static final Instant T0 = Examples.T0;
  /** When the internal audit IA-1 was reported. */
  static final Instant AUDITED = Instant.parse("2026-03-02T12:00:00Z");
  /** When the management review MR-1 was held. */
  static final Instant REVIEWED = Instant.parse("2026-04-01T09:00:00Z");
  static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");

  static final PersonId PAT = PersonId.of("pat.owner");
  static final PersonId ELI = PersonId.of("eli.auditor");
  static final RoleId OWNER = RoleId.of("document-control-owner");
  static final Competence DOCUMENT_CONTROL = Competence.skill("Document control");
  static final AuditId IA_1 = AuditId.of("IA-1");

  static final ConformityEngine ENGINE = ConformityEngine.standard();

  private ReadyClinic() {}

  static Catalog catalog() {
    return ManagementFixtures.withReviewClause(Examples.catalog(), "10");
  }

  static Evidence record(RequirementId requirement, Instant collected) {
    return Evidence.builder()
        .id(org.qms4j.evidence.EvidenceId.of("rec-" + requirement.value().replace('/', '-')))
        .addRequirement(requirement)
        .kind(EvidenceKind.RECORD)
        .status(EvidenceStatus.ACCEPTED)
        .collectedAt(collected)
        .effectiveFrom(collected)
        .owner("Quality lead")
        .reference("https://dms.example/" + requirement.value())
        .build();
  }

  static Audit internalAudit(String id, Instant reported, String... clauses) {
    var b =
        Audit.builder()
            .id(AuditId.of(id))
            .kind(AuditKind.INTERNAL)
            .title("Internal audit " + id)
            .leadAuditor(ELI)
            .plannedStart(reported.minus(Duration.ofDays(2)))
            .plannedEnd(reported.minus(Duration.ofDays(1)))
            .startedAt(reported.minus(Duration.ofDays(2)))
            .reportedAt(reported);
    for (String c : clauses) {
      b.addScope(ClauseRef.of(Examples.DEMO, c));
    }
    return b.build();
  }

  static ManagementReview review(String id, Instant held, String... inputs) {
    return ManagementFixtures.review(id, Set.of(Examples.DEMO), held, List.of(inputs));
  }

  static ManagementReview completeReview(String id, Instant held) {
    return review(id, held, "audit-results", "customer-feedback");
  }

  static TrainingRecord training(String id, Instant completed) {
    return TrainingRecord.builder()
        .id(TrainingRecordId.of(id))
        .person(PAT)
        .competence(DOCUMENT_CONTROL)
        .completedAt(completed)
        .build()
        .withEvaluation(completed.plus(Duration.ofDays(10)), ManagementFixtures.APPROVER, true);
  }

  static Role owner() {
    return Role.builder()
        .id(OWNER)
        .name("Document control owner")
        .addRequire(DOCUMENT_CONTROL)
        .addOwn(ClauseRef.of(Examples.DEMO, "7.5"))
        .addHolder(RoleAssignment.since(PAT, T0))
        .build();
  }

  /** The ready clinic, to be changed by the tests. */
  static QualitySystem.Builder builder() {
    QualitySystem.Builder b =
        QualitySystem.builder()
            .organisation("Example Clinic")
            .scope("Outpatient care")
            .addCatalog(catalog())
            .addExclusion(Exclusion.ofRequirement(Examples.R753A, "Not performed here."))
            .add(Registers.PEOPLE, ManagementFixtures.person(PAT.value()))
            .add(Registers.PEOPLE, ManagementFixtures.person(ELI.value()))
            .add(Registers.PEOPLE, ManagementFixtures.person(ManagementFixtures.APPROVER.value()))
            .add(Registers.ROLES, owner())
            .add(Registers.TRAINING, training("T-1", T0.plus(Duration.ofDays(9))))
            .addAudit(internalAudit("IA-1", AUDITED, "1", "4", "7", "10"))
            .add(Registers.REVIEWS, completeReview("MR-1", REVIEWED));
    for (RequirementId r : List.of(Examples.R1A, Examples.R4A, Examples.R41A, Examples.R75A, Examples.R753B, Examples.R10A)) {
      b.addEvidence(record(r, T0));
    }
    return b;
  }

  static QualitySystem system() {
    return builder().build();
  }

  static ReadinessAssessment assess(QualitySystem system, Instant asOf) {
    return ReadinessAssessment.of(system, ENGINE.evaluate(system, asOf), Examples.DEMO, asOf);
  }

  static ReadinessAssessment assess(QualitySystem system, Instant asOf, ReadinessPolicy policy) {
    return ReadinessAssessment.of(system, ENGINE.evaluate(system, asOf), Examples.DEMO, asOf, policy);
  }

  static List<BlockerCode> codes(ReadinessAssessment a) {
    return a.blockers().stream().map(Blocker::code).toList();
  }
}
