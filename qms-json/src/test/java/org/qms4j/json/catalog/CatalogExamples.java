package org.qms4j.json.catalog;

import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.Clause;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.ExclusionRule;
import org.qms4j.catalog.Mapping;
import org.qms4j.catalog.MappingRelation;
import org.qms4j.catalog.MappingSet;
import org.qms4j.catalog.MappingSetId;
import org.qms4j.catalog.Requirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.catalog.ReviewInput;

/** The example catalog and mapping set of the golden files, and small documents to spoil. */
final class CatalogExamples {
  private CatalogExamples() {}

  /** The base of the golden catalog: a clinic's own rules. */
  static Catalog clinicRules() {
    return Catalog.builder()
        .id(CatalogId.of("clinic-rules:2025"))
        .title("Clinic rules")
        .edition("2025")
        .publisher("Example Clinic")
        .source("Infection control policy IC-01, revision 7")
        .note("Written by the quality team.\nReviewed by the medical director.")
        .addReviewInput(ReviewInput.of("audit-results", "Results of hand-hygiene audits"))
        .addReviewInput(ReviewInput.of("incidents", "Infection incidents and their follow-up"))
        .reviewClause("3")
        .addClause(Clause.builder().number("1").title("Hand hygiene")
            .addRequirement(Requirement.builder()
                .id(RequirementId.of("clinic-rules:2025/1-a"))
                .summary("Staff clean their hands before and after each patient contact.")
                .addExpectedEvidence(EvidenceKind.PROCEDURE, EvidenceKind.OBSERVATION)
                .guidance("Observe at least 30 contacts a month.\nRecord each observation.")
                .build())
            .addSubClause(Clause.builder().number("1.1").title("Hand-hygiene audits")
                .addRequirement(Requirement.builder()
                    .id(RequirementId.of("clinic-rules:2025/1.1-a"))
                    .summary("Hand hygiene compliance is audited monthly.")
                    .addExpectedEvidence(EvidenceKind.RECORD)
                    .addRelated(RequirementId.of("clinic-rules:2025/1-a"))
                    .build())
                .build())
            .build())
        .addClause(Clause.builder().number("2").title("Sterile supplies")
            .addRequirement(Requirement.builder()
                .id(RequirementId.of("clinic-rules:2025/2-a"))
                .summary("Sterile supplies are stored apart and used before they expire.")
                .addExpectedEvidence(EvidenceKind.RECORD, EvidenceKind.DOCUMENT)
                .exclusionRule(ExclusionRule.ACTIVITY_NOT_PERFORMED)
                .build())
            .build())
        .addClause(Clause.builder().number("3").label("Part 3").title("Management review")
            .addRequirement(Requirement.builder()
                .id(RequirementId.of("clinic-rules:2025/3-a"))
                .label("3(a)")
                .summary("Management reviews infection control twice a year.")
                .addExpectedEvidence(EvidenceKind.RECORD)
                .exclusionRule(ExclusionRule.NO_EFFECT_ON_CONFORMITY)
                .addExternalReference(RequirementId.of("iso-9001:2015/9.3.2"))
                .build())
            .build())
        .build();
  }

  /**
   * The golden catalog: an outpatient baseline (a tailoring that drops sterile supplies) of a
   * ward's extension of {@link #clinicRules()}, so it has a lineage of two and a tailoring.
   */
  static Catalog outpatientRules() {
    Catalog ward = clinicRules().extend()
        .id(CatalogId.of("clinic-rules:2025+ward"))
        .title("Clinic rules with ward additions")
        .edition("2025 ward 1")
        .addRequirement("1.1", Requirement.builder()
            .id(RequirementId.of("clinic-rules:2025+ward/1.1-b"))
            .summary("Audit results are posted on the ward within a week.")
            .addExpectedEvidence(EvidenceKind.RECORD)
            .build())
        .replaceGuidance(RequirementId.of("clinic-rules:2025/1.1-a"),
            "Use the ward's audit form HH-2.")
        .build();
    return ward.tailor()
        .id(CatalogId.of("clinic-rules:2025+ward/outpatient"))
        .title("Clinic rules for outpatient wards")
        .edition("2025 ward 1 outpatient")
        .drop("2")
        .rationale("Outpatient wards keep no sterile supplies.")
        .build();
  }

  /** The golden mapping set: the clinic's rules to ISO 9001. */
  static MappingSet clinicRulesToIso9001() {
    return MappingSet.builder()
        .id(MappingSetId.of("clinic-rules-to-iso-9001"))
        .version("2025.1")
        .title("Clinic rules to ISO 9001:2015")
        .sourceCatalog(CatalogId.of("clinic-rules:2025"))
        .targetCatalog(CatalogId.of("iso-9001:2015"))
        .addMapping(Mapping.of(RequirementId.of("clinic-rules:2025/1.1-a"),
            MappingRelation.SUBSET, RequirementId.of("iso-9001:2015/9.1.1")))
        .addMapping(Mapping.of(RequirementId.of("clinic-rules:2025/3-a"),
            MappingRelation.INTERSECTS, RequirementId.of("iso-9001:2015/9.3.1")))
        .addMapping(Mapping.of(RequirementId.of("clinic-rules:2025/2-a"),
            MappingRelation.EQUIVALENT, RequirementId.of("iso-9001:2015/7.1.3")))
        .source("Drawn up by the quality team from both texts.")
        .note("Clause 1 has no counterpart in ISO 9001.")
        .build();
  }

  /**
   * A small, valid catalog document, compact, to spoil in tests of bad input: clause 1 with
   * requirement {@code t/1-a} and sub-clause 1.1 with {@code t/1.1-a}.
   */
  static final String SMALL_CATALOG =
      "{\"formatVersion\":1,\"id\":\"t:1\",\"title\":\"T\",\"edition\":\"1\",\"publisher\":\"P\","
          + "\"numbering\":\"dotted\",\"clauses\":[{\"number\":\"1\",\"title\":\"One\","
          + "\"requirements\":[{\"id\":\"t/1-a\",\"summary\":\"Do a\","
          + "\"expectedEvidence\":[\"record\"]}],"
          + "\"subClauses\":[{\"number\":\"1.1\",\"title\":\"One one\","
          + "\"requirements\":[{\"id\":\"t/1.1-a\",\"summary\":\"Do b\"}]}]}]}";

  /** A small, valid mapping set document, compact, to spoil: two mappings. */
  static final String SMALL_MAPPING_SET =
      "{\"formatVersion\":1,\"id\":\"m\",\"version\":\"1\",\"title\":\"M\","
          + "\"sourceCatalog\":\"a:1\",\"targetCatalog\":\"b:1\",\"mappings\":["
          + "{\"source\":\"a/1\",\"relation\":\"subset\",\"target\":\"b/1\"},"
          + "{\"source\":\"a/2\",\"relation\":\"equivalent\",\"target\":\"b/2\"}]}";
}
