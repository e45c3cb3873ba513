package org.qms4j.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.Requirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.conformity.ConformityEngine;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.conformity.Decision;
import org.qms4j.conformity.Reason;
import org.qms4j.conformity.ReasonCode;
import org.qms4j.conformity.RequirementResult;
import org.qms4j.conformity.Rule;
import org.qms4j.conformity.RuleReads;
import org.qms4j.conformity.RuleScope;
import org.qms4j.conformity.Verdict;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.system.Exclusion;
import org.qms4j.system.QualitySystem;

/** The four shipped catalogs and three mapping sets in one quality system, through the engine. */
class StandardSystemTest {
  static final Instant AS_OF = Instant.parse("2026-06-30T00:00:00Z");

  static Evidence evidence(String id, String requirement, EvidenceKind kind) {
    return Evidence.builder()
        .id(EvidenceId.of(id))
        .addRequirement(RequirementId.of(requirement))
        .kind(kind)
        .status(EvidenceStatus.ACCEPTED)
        .collectedAt(Instant.parse("2026-02-01T00:00:00Z"))
        .effectiveFrom(Instant.parse("2026-02-01T00:00:00Z"))
        .owner("Quality manager")
        .reference("https://dms.example/" + id)
        .build();
  }

  static QualitySystem everything() {
    QualitySystem.Builder b = QualitySystem.builder().organisation("Acme Health Devices").scope("Everything we do");
    StandardCatalogs.catalogs().forEach(b::addCatalog);
    StandardCatalogs.mappingSets().forEach(b::addMappingSet);
    return b.build();
  }

  @Test
  void allFourCatalogsAndThreeMappingSets_loadValidateAndEvaluate() {
    QualitySystem system =
        everything()
            .withEvidence(evidence("resources-plan", "iso-13485:2016/6.1", EvidenceKind.DOCUMENT))
            .withEvidence(evidence("complaint-log", "fda-qmsr:2026/820.35(a)", EvidenceKind.RECORD))
            .withExclusion(Exclusion.ofClause(ClauseRef.of(StandardCatalogs.ISO_13485, "7.3"), "Design is done by our parent company; 21 CFR 820.10(c) does not apply to our class I devices."));

    ConformityReport report = ConformityEngine.standard().evaluate(system, AS_OF);

    assertThat(report.results()).hasSize(65 + 72 + 36 + 37);
    assertThat(ConformityEngine.standard().check(system)).isEmpty();
    // ISO 13485 6.1 is a superset of ISO 9001 7.1.2: its evidence counts in full
    RequirementResult people = report.result(RequirementId.of("iso-9001:2015/7.1.2")).orElseThrow();
    assertThat(people.verdict()).isEqualTo(Verdict.CONFORMING);
    assertThat(people.reasons()).singleElement().satisfies(r -> {
      assertThat(r.code()).isEqualTo(ReasonCode.EVIDENCE_VALID);
      assertThat(r.mappedFrom()).containsExactly(RequirementId.of("iso-13485:2016/6.1"));
    });
    // QMSR 820.35(a) intersects ISO 13485 8.2.2: its record counts in part, the procedure is missing
    RequirementResult complaints = report.result(RequirementId.of("iso-13485:2016/8.2.2")).orElseThrow();
    assertThat(complaints.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
    assertThat(complaints.reasons()).extracting(Reason::code).contains(ReasonCode.EVIDENCE_VALID, ReasonCode.MISSING_EVIDENCE_KIND);
    // the justified exclusion of design and development
    assertThat(report.result(RequirementId.of("iso-13485:2016/7.3.4")).orElseThrow().verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(report.catalog(StandardCatalogs.QMSR)).isPresent();
  }

  /** The README's example: a hospital extends ISO 7101, and what was written for ISO 7101 still applies. */
  @Test
  void extendingAShippedCatalog_keepsItsRulesAndMappingSets() {
    Catalog ours = StandardCatalogs.iso7101().extend()
        .id(CatalogId.of("riverside-7101:2023"))
        .addRequirement("8.1", Requirement.builder()
            .id(RequirementId.of("riverside/ic-1"))
            .summary("Central lines are checked daily against the insertion bundle.")
            .addExpectedEvidence(EvidenceKind.RECORD)
            .build())
        .build();
    QualitySystem hospital = QualitySystem.builder()
        .organisation("Riverside General Hospital").scope("All wards")
        .addCatalog(ours).addCatalog(StandardCatalogs.iso9001())
        .addMappingSet(StandardCatalogs.iso7101ToIso9001())       // written for iso-7101:2023
        .build();
    Rule weekly = Rule.named("audited-weekly", RuleReads.requirementFacts(),
        f -> Decision.note(Reason.of("OPERATIONS_AUDITED_WEEKLY", "clause 8 is audited weekly")));
    ConformityEngine engine = ConformityEngine.builder()
        .addRule(RuleScope.clause(ClauseRef.of(StandardCatalogs.ISO_7101, "8")), weekly)   // and this rule
        .build();

    ConformityReport report = engine.evaluate(hospital.withEvidence(evidence("cl-2026-06", "riverside/ic-1", EvidenceKind.RECORD)), AS_OF);

    RequirementResult own = report.result(RequirementId.of("riverside/ic-1")).orElseThrow();
    assertThat(own.verdict()).isEqualTo(Verdict.CONFORMING);
    assertThat(own.reasons()).extracting(Reason::key).contains("OPERATIONS_AUDITED_WEEKLY");
    assertThat(ours.lineage()).containsExactly(StandardCatalogs.ISO_7101);
    assertThat(engine.check(hospital)).isEmpty();
    // the mapping set written for iso-7101:2023 carries the derived catalog's evidence to ISO 9001
    QualitySystem planned =
        hospital
            .withEvidence(evidence("ops-plan", "iso-7101:2023/8.1", EvidenceKind.DOCUMENT))
            .withEvidence(evidence("ops-log", "iso-7101:2023/8.1", EvidenceKind.RECORD));
    RequirementResult iso9001Operations = engine.evaluate(planned, AS_OF).result(RequirementId.of("iso-9001:2015/8.1")).orElseThrow();
    assertThat(iso9001Operations.reasons()).extracting(Reason::code).contains(ReasonCode.PARTIAL_MAPPING_ONLY);
    assertThat(iso9001Operations.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
    assertThat(List.of(report.catalog(ours.id()).orElseThrow().counts().total())).containsExactly(37);
  }
}
