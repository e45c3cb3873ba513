package org.qms4j.json.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.Mapping;
import org.qms4j.catalog.MappingRelation;
import org.qms4j.catalog.RequirementId;
import org.qms4j.conformity.ConformityEngine;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.conformity.Decision;
import org.qms4j.conformity.Reason;
import org.qms4j.conformity.Rule;
import org.qms4j.conformity.RuleScope;
import org.qms4j.conformity.Verdict;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.finding.FindingId;
import org.qms4j.system.Exclusion;
import org.qms4j.system.QualitySystem;
import org.qms4j.testing.CapaFixtures;
import org.qms4j.testing.Examples;

/**
 * A small evaluated system whose report holds every part of the format: a host rule's reason with
 * a host code, evidence kinds and ids, a finding with an overdue corrective action, a mapping, an
 * exclusion, and every verdict.
 */
final class ReportSamples {
  static final Instant AS_OF = Instant.parse("2026-06-30T00:00:00Z");
  static final RequirementId OTHER = RequirementId.of("other/1-a");

  private ReportSamples() {}

  static QualitySystem system() {
    FindingId minor = FindingId.of("nc-7");
    return QualitySystem.builder()
        .organisation("Example Clinic")
        .scope("Outpatient care")
        .addCatalog(Examples.catalog())
        .addCatalog(Examples.otherCatalog())
        .addExclusion(Exclusion.ofRequirement(Examples.R753A, "No archive is kept on site."))
        .addEvidence(Examples.evidence("rec-4a").build())
        .addEvidence(
            Examples.evidence("rec-1a")
                .requirements(List.of(OTHER))
                .kind(EvidenceKind.RECORD)
                .build())
        .addEvidence(
            Examples.evidence("rec-41")
                .requirements(List.of(Examples.R41A))
                .status(EvidenceStatus.REJECTED)
                .build())
        .addFinding(Examples.finding(minor.value()).build())
        .addCorrectiveAction(
            CapaFixtures.walk("ca-7", minor, CapaFixtures.OPENED, Examples.T0, Duration.ofDays(1),
                List.of(EvidenceId.of("rec-4a"))))
        .build();
  }

  static ConformityEngine engine() {
    Rule handHygiene =
        Rule.named("hand hygiene", facts ->
            Decision.cap(Verdict.PARTIALLY_CONFORMING,
                Reason.builder("HAND_HYGIENE_BELOW_TARGET", "compliance 82% against a target of 90%")
                    .evidence(List.of(EvidenceId.of("hh-audit-2026-05")))
                    .build()));
    return ConformityEngine.builder()
        .addMapping(Mapping.of(OTHER, MappingRelation.EQUIVALENT, Examples.R1A))
        .addRule(RuleScope.requirement(Examples.R10A), handHygiene)
        .build();
  }

  static ConformityReport report() {
    return engine().evaluate(system(), AS_OF);
  }
}
