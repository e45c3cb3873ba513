package org.qms4j.conformity;

import java.time.Instant;
import java.util.Optional;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.Clause;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.ExclusionRule;
import org.qms4j.catalog.Requirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.system.QualitySystem;

/** Small hand-written catalogs and facts for the engine's example tests. */
final class Fixtures {
  static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
  static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");
  static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
  /** When {@link #finding} raises findings: twelve days before {@link #AS_OF}, inside every default deadline. */
  static final Instant RAISED = Instant.parse("2026-05-20T00:00:00Z");
  static final Instant SEP = Instant.parse("2026-09-01T00:00:00Z");

  static final CatalogId T = CatalogId.of("t:1");
  static final CatalogId U = CatalogId.of("u:1");
  /** Expects a procedure and a record; in clause 1.1. */
  static final RequirementId PR = RequirementId.of("t-pr");
  /** Expects no particular kind; in clause 1.2. */
  static final RequirementId ANY = RequirementId.of("t-any");
  /** May be excluded; in clause 2. */
  static final RequirementId EXCL = RequirementId.of("t-excl");
  /** Catalog u: expects a record. */
  static final RequirementId U1 = RequirementId.of("u-1");
  static final RequirementId U2 = RequirementId.of("u-2");

  private Fixtures() {}

  static Catalog catalogT() {
    return Catalog.builder()
        .id(T)
        .title("Test catalog")
        .edition("1")
        .publisher("qms4j tests")
        .addClause(
            Clause.builder()
                .number("1")
                .title("Control")
                .addSubClause(
                    Clause.builder()
                        .number("1.1")
                        .title("Procedures and records")
                        .addRequirement(
                            Requirement.builder()
                                .id(PR)
                                .summary("A procedure exists and its use is recorded.")
                                .addExpectedEvidence(EvidenceKind.PROCEDURE, EvidenceKind.RECORD)
                                .build())
                        .build())
                .addSubClause(
                    Clause.builder()
                        .number("1.2")
                        .title("Anything")
                        .addRequirement(
                            Requirement.builder().id(ANY).summary("Something shows it is done.").build())
                        .build())
                .build())
        .addClause(
            Clause.builder()
                .number("2")
                .title("Optional activity")
                .addRequirement(
                    Requirement.builder()
                        .id(EXCL)
                        .summary("The optional activity is controlled.")
                        .exclusionRule(ExclusionRule.ACTIVITY_NOT_PERFORMED)
                        .addExpectedEvidence(EvidenceKind.RECORD)
                        .build())
                .build())
        .build();
  }

  static Catalog catalogU() {
    return Catalog.builder()
        .id(U)
        .title("Other catalog")
        .edition("1")
        .publisher("qms4j tests")
        .addClause(
            Clause.builder()
                .number("5")
                .title("Records")
                .addRequirement(
                    Requirement.builder()
                        .id(U1)
                        .summary("Records are kept.")
                        .addExpectedEvidence(EvidenceKind.RECORD)
                        .build())
                .addRequirement(
                    Requirement.builder()
                        .id(U2)
                        .summary("Procedures are kept.")
                        .addExpectedEvidence(EvidenceKind.PROCEDURE)
                        .build())
                .build())
        .build();
  }

  static QualitySystem.Builder system() {
    return QualitySystem.builder()
        .organisation("Test Clinic")
        .scope("Everything")
        .addCatalog(catalogT())
        .addCatalog(catalogU());
  }

  static ClauseRef clause(CatalogId catalog, String number) {
    return ClauseRef.of(catalog, number);
  }

  static Evidence valid(String id, RequirementId req, EvidenceKind kind) {
    return evidence(id, req, kind, EvidenceStatus.ACCEPTED, JAN, Optional.empty());
  }

  static Evidence evidence(
      String id,
      RequirementId req,
      EvidenceKind kind,
      EvidenceStatus status,
      Instant effectiveFrom,
      Optional<Instant> expiresAt) {
    return Evidence.builder()
        .id(EvidenceId.of(id))
        .addRequirement(req)
        .kind(kind)
        .status(status)
        .collectedAt(JAN)
        .effectiveFrom(effectiveFrom)
        .expiresAt(expiresAt)
        .owner("Quality manager")
        .reference("urn:test:" + id)
        .build();
  }

  static Finding finding(String id, RequirementId req, FindingGrade grade) {
    return Finding.builder()
        .id(FindingId.of(id))
        .addRequirement(req)
        .grade(grade)
        .statement("Found something.")
        .objectiveEvidence("Seen on the ward.")
        .raisedAt(RAISED)
        .build();
  }
}
