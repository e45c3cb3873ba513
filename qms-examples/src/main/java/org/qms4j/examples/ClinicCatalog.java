package org.qms4j.examples;

import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.Clause;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.ExclusionRule;
import org.qms4j.catalog.Requirement;
import org.qms4j.catalog.RequirementId;

/**
 * A small hand-written catalog for the example clinic. Clause numbers follow the harmonized
 * structure of management-system standards; the titles are short and the summaries are our own
 * words, not any standard's text.
 */
public final class ClinicCatalog {
  /** The catalog's id. */
  public static final CatalogId ID = CatalogId.of("clinic-demo:1");

  /** Scope of the quality system is set and recorded. */
  public static final RequirementId SCOPE = id("4.3-a");
  /** Staff in quality-relevant roles are competent and trained. */
  public static final RequirementId COMPETENCE = id("7.2-a");
  /** Procedures are controlled, approved and current. */
  public static final RequirementId DOCUMENT_CONTROL = id("7.5.3-a");
  /** Services bought in are controlled. */
  public static final RequirementId PURCHASING = id("8.4-a");
  /** Patient care follows planned, documented pathways. */
  public static final RequirementId CARE_PATHWAYS = id("8.5-a");
  /** Internal audits run to a programme. */
  public static final RequirementId INTERNAL_AUDIT = id("9.2-a");
  /** Nonconformities are corrected and their causes removed. */
  public static final RequirementId CORRECTIVE_ACTION = id("10.2-a");

  private ClinicCatalog() {}

  private static RequirementId id(String suffix) {
    return RequirementId.of("clinic-demo:1/" + suffix);
  }

  private static Requirement requirement(RequirementId id, String summary, EvidenceKind... kinds) {
    return Requirement.builder().id(id).summary(summary).addExpectedEvidence(kinds).build();
  }

  /**
   * Builds the catalog.
   *
   * @return the catalog
   */
  public static Catalog catalog() {
    return Catalog.builder()
        .id(ID)
        .title("Example clinic quality rules")
        .edition("1")
        .publisher("qms4j examples")
        .addClause(
            Clause.builder()
                .number("4")
                .title("Context")
                .addSubClause(
                    Clause.builder()
                        .number("4.3")
                        .title("Scope")
                        .addRequirement(
                            requirement(SCOPE, "The scope of the quality system is written down.", EvidenceKind.DOCUMENT))
                        .build())
                .build())
        .addClause(
            Clause.builder()
                .number("7")
                .title("Support")
                .addSubClause(
                    Clause.builder()
                        .number("7.2")
                        .title("Competence")
                        .addRequirement(
                            requirement(
                                COMPETENCE,
                                "People in quality-relevant roles are trained and their training works.",
                                EvidenceKind.TRAINING_RECORD))
                        .build())
                .addSubClause(
                    Clause.builder()
                        .number("7.5")
                        .title("Documented information")
                        .addSubClause(
                            Clause.builder()
                                .number("7.5.3")
                                .title("Control of documents")
                                .addRequirement(
                                    requirement(
                                        DOCUMENT_CONTROL,
                                        "Procedures are approved before use and kept current.",
                                        EvidenceKind.PROCEDURE,
                                        EvidenceKind.RECORD))
                                .build())
                        .build())
                .build())
        .addClause(
            Clause.builder()
                .number("8")
                .title("Operation")
                .addSubClause(
                    Clause.builder()
                        .number("8.4")
                        .title("External providers")
                        .addRequirement(
                            Requirement.builder()
                                .from(
                                    requirement(
                                        PURCHASING,
                                        "Bought-in services are chosen and watched against criteria.",
                                        EvidenceKind.RECORD))
                                .exclusionRule(ExclusionRule.ACTIVITY_NOT_PERFORMED)
                                .build())
                        .build())
                .addSubClause(
                    Clause.builder()
                        .number("8.5")
                        .title("Care delivery")
                        .addRequirement(
                            requirement(
                                CARE_PATHWAYS,
                                "Care follows documented pathways and each episode is recorded.",
                                EvidenceKind.PROCEDURE,
                                EvidenceKind.RECORD))
                        .build())
                .build())
        .addClause(
            Clause.builder()
                .number("9")
                .title("Performance evaluation")
                .addSubClause(
                    Clause.builder()
                        .number("9.2")
                        .title("Internal audit")
                        .addRequirement(
                            requirement(
                                INTERNAL_AUDIT,
                                "An audit programme covers every clause at planned intervals.",
                                EvidenceKind.DOCUMENT,
                                EvidenceKind.RECORD))
                        .build())
                .build())
        .addClause(
            Clause.builder()
                .number("10")
                .title("Improvement")
                .addSubClause(
                    Clause.builder()
                        .number("10.2")
                        .title("Nonconformity and corrective action")
                        .addRequirement(
                            requirement(
                                CORRECTIVE_ACTION,
                                "Each nonconformity is contained, its cause found and removed.",
                                EvidenceKind.PROCEDURE))
                        .build())
                .build())
        .build();
  }
}
