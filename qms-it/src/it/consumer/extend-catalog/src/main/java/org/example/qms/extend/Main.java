package org.example.qms.extend;

import java.time.Instant;
import java.util.Set;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.Requirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.conformity.ConformityEngine;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.conformity.Verdict;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.report.Report;
import org.qms4j.standards.StandardCatalogs;
import org.qms4j.system.QualitySystem;

/** A shipped catalog extended with our own requirements, a small system judged against it, and a report of it. */
public final class Main {
  static final RequirementId CENTRAL_LINES = RequirementId.of("riverside/ic-1");
  static final RequirementId SHARPS = RequirementId.of("riverside/ic-2");

  private Main() {}

  public static void main(String[] args) {
    Catalog ours = StandardCatalogs.iso7101().extend()
        .id(CatalogId.of("riverside-7101:2023"))
        .addRequirement("8.1", Requirement.builder()
            .id(CENTRAL_LINES)
            .summary("Central lines are checked daily against the insertion bundle.")
            .addExpectedEvidence(EvidenceKind.RECORD)
            .build())
        .addRequirement("8.1", Requirement.builder()
            .id(SHARPS)
            .summary("Sharps containers are collected within 24 hours.")
            .addExpectedEvidence(EvidenceKind.RECORD)
            .build())
        .build();
    check(ours.isBasedOn(StandardCatalogs.ISO_7101), "the derived catalog records its base");
    check(ours.requirements().size() == StandardCatalogs.iso7101().requirements().size() + 2, "the base's requirements and ours");

    Instant at = Instant.parse("2026-06-01T00:00:00Z");
    QualitySystem hospital = QualitySystem.builder()
        .organisation("Riverside General Hospital")
        .scope("All wards")
        .addCatalog(ours)
        .addEvidence(Evidence.builder()
            .id(EvidenceId.of("line-checks-may"))
            .requirements(Set.of(CENTRAL_LINES))
            .kind(EvidenceKind.RECORD)
            .status(EvidenceStatus.ACCEPTED)
            .collectedAt(at)
            .effectiveFrom(at)
            .owner("ward 4 lead")
            .reference("https://records.example/lines/2026-05")
            .build())
        .build();
    ConformityReport report = ConformityEngine.standard().evaluate(hospital, at.plusSeconds(3600));
    Verdict lines = report.result(CENTRAL_LINES).orElseThrow().verdict();
    Verdict sharps = report.result(SHARPS).orElseThrow().verdict();
    check(lines == Verdict.CONFORMING, CENTRAL_LINES + " with an accepted record is conforming, not " + lines);
    check(sharps == Verdict.NOT_ASSESSED, SHARPS + " without evidence is not assessed, not " + sharps);

    String markdown = Report.builder("Riverside: infection control").conformity(hospital, report).build().markdown();
    check(markdown.contains("riverside/ic-1"), "the report names our requirement");

    System.out.println("extend-catalog: " + ours.id() + " based on " + ours.lineage() + ", " + ours.requirements().size()
        + " requirements; " + CENTRAL_LINES + " " + lines + ", " + SHARPS + " " + sharps + "; overall "
        + report.overall().verdict() + "; a Markdown report of " + markdown.length() + " characters");
  }

  static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError("failed: " + what);
    }
  }
}
