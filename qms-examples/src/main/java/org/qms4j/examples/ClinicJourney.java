package org.qms4j.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.Set;
import org.qms4j.capa.CorrectiveAction;
import org.qms4j.capa.CorrectiveActionId;
import org.qms4j.catalog.Catalog;
import org.qms4j.history.By;
import org.qms4j.people.PersonId;
import org.qms4j.system.Registers;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.conformity.ConformityEngine;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.conformity.ConformitySession;
import org.qms4j.conformity.Reason;
import org.qms4j.conformity.RequirementResult;
import org.qms4j.conformity.Rollup;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.system.Exclusion;
import org.qms4j.system.QualitySystem;

/**
 * Walks a small clinic through its first gap analysis: a hand-written catalog, the clinic's
 * evidence and audit findings, its registers, and what the rule engine says as of one day, then
 * again after the clinic fixes what the audit found.
 *
 * <p>Run it with {@code ./mvnw -q -pl qms-examples -am compile exec:java}.
 */
public final class ClinicJourney {
  static final Instant AS_OF = Instant.parse("2026-06-30T00:00:00Z");
  private static final Instant JAN = Instant.parse("2026-01-15T09:00:00Z");
  static final CorrectiveActionId CA = CorrectiveActionId.of("CA-2026-03");
  private static final PersonId QUALITY_LEAD = PersonId.of("quality.lead");
  private static final PersonId RECEPTION_LEAD = PersonId.of("reception.lead");
  private static final PersonId AUDITOR = PersonId.of("internal.auditor");

  private ClinicJourney() {}

  /**
   * Runs the journey and prints it.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    run(out);
  }

  static void run(PrintStream out) {
    Catalog catalog = ClinicCatalog.catalog();
    QualitySystem clinic = clinic(catalog);

    out.println("qms4j example: " + clinic.organisation());
    out.println("Scope: " + clinic.scope());
    out.println();
    printCatalog(out, catalog);
    printRegisters(out, clinic);

    ConformityEngine engine = ConformityEngine.standard();
    ConformityReport report = engine.evaluate(clinic, AS_OF);
    out.println("== Gap analysis as of " + AS_OF);
    printReport(out, clinic, report);

    out.println("== After the clinic acts on the audit");
    ConformitySession session = engine.session(clinic, AS_OF);
    session.putEvidence(
        evidence("EV-09", ClinicCatalog.DOCUMENT_CONTROL, EvidenceKind.RECORD, "Document review log Q2", Optional.empty()));
    CorrectiveAction verified =
        clinic.correctiveAction(CA).orElseThrow()
            .implement(Set.of(EvidenceId.of("EV-02")), By.of(RECEPTION_LEAD, AS_OF.minus(Duration.ofDays(10))))
            .verifyEffectiveness(Set.of(EvidenceId.of("EV-09")), By.of(AUDITOR, AS_OF.minus(Duration.ofDays(3))));
    session.put(Registers.CORRECTIVE_ACTIONS, verified);
    out.println("  " + CA + " is " + verified.state() + " after " + verified.history().size() + " recorded events");
    ConformityReport after =
        session.putFinding(
            Finding.builder()
                .from(clinic.finding(FindingId.of("F-2026-03")).orElseThrow())
                .closedAt(AS_OF.minus(Duration.ofDays(2)))
                .build());
    after.changesSince(report).forEach(c -> out.println("  changed: " + c));
    out.printf(Locale.ROOT, "  overall now %s, score %.2f%n", after.overall().verdict(), after.overall().score());
  }

  static QualitySystem clinic(Catalog catalog) {
    return QualitySystem.builder()
        .organisation("Riverside Family Clinic")
        .scope("Outpatient primary care at the Riverside site")
        .addCatalog(catalog)
        .addExclusion(
            Exclusion.ofRequirement(
                ClinicCatalog.PURCHASING, "The clinic buys in no clinical services; the health board supplies them."))
        .addEvidence(evidence("EV-01", ClinicCatalog.SCOPE, EvidenceKind.DOCUMENT, "Quality manual section 1", Optional.empty()))
        .addEvidence(evidence("EV-02", ClinicCatalog.DOCUMENT_CONTROL, EvidenceKind.PROCEDURE, "SOP-01 Document control", Optional.empty()))
        .addEvidence(
            evidence(
                "EV-03",
                ClinicCatalog.COMPETENCE,
                EvidenceKind.TRAINING_RECORD,
                "Basic life support training 2025",
                Optional.of(Instant.parse("2026-05-31T00:00:00Z"))))
        .addEvidence(evidence("EV-04", ClinicCatalog.CARE_PATHWAYS, EvidenceKind.PROCEDURE, "Diabetes care pathway", Optional.empty()))
        .addEvidence(evidence("EV-05", ClinicCatalog.CARE_PATHWAYS, EvidenceKind.RECORD, "Pathway audit sample, May", Optional.empty()))
        .addEvidence(evidence("EV-06", ClinicCatalog.INTERNAL_AUDIT, EvidenceKind.DOCUMENT, "Audit programme 2026", Optional.empty()))
        .addEvidence(evidence("EV-07", ClinicCatalog.INTERNAL_AUDIT, EvidenceKind.RECORD, "Audit report IA-2026-01", Optional.empty()))
        .addFinding(
            Finding.builder()
                .id(FindingId.of("F-2026-03"))
                .addRequirement(ClinicCatalog.DOCUMENT_CONTROL)
                .grade(FindingGrade.MINOR_NONCONFORMITY)
                .statement("Two superseded procedures were in use at reception.")
                .objectiveEvidence("SOP-07 rev 2 and SOP-09 rev 1 in the reception binder on 12 March.")
                .raisedAt(Instant.parse("2026-03-12T14:00:00Z"))
                .build())
        .addCorrectiveAction(
            CorrectiveAction.open(CA, "Superseded procedures at reception", Set.of(FindingId.of("F-2026-03")), By.of(QUALITY_LEAD, Instant.parse("2026-03-14T09:00:00Z")))
                .recordCorrection("Superseded copies removed from the reception binder", By.of(RECEPTION_LEAD, Instant.parse("2026-03-14T11:00:00Z")))
                .identifyRootCause("Revised procedures are not recalled from the front desk", By.of(QUALITY_LEAD, Instant.parse("2026-04-02T09:00:00Z")))
                .plan("Add a recall step to SOP-01 and a quarterly binder check", RECEPTION_LEAD, Instant.parse("2026-07-31T00:00:00Z"), By.of(QUALITY_LEAD, Instant.parse("2026-04-10T09:00:00Z"))))
        .addFinding(
            Finding.builder()
                .id(FindingId.of("F-2026-04"))
                .addRequirement(ClinicCatalog.CARE_PATHWAYS)
                .grade(FindingGrade.OPPORTUNITY_FOR_IMPROVEMENT)
                .statement("Pathway reviews could use the new audit sampling tool.")
                .objectiveEvidence("Manual sampling seen in the May pathway audit.")
                .raisedAt(Instant.parse("2026-03-12T15:00:00Z"))
                .build())
        .build();
  }

  private static Evidence evidence(
      String id, RequirementId requirement, EvidenceKind kind, String title, Optional<Instant> expires) {
    return Evidence.builder()
        .id(EvidenceId.of(id))
        .addRequirement(requirement)
        .kind(kind)
        .status(EvidenceStatus.ACCEPTED)
        .collectedAt(JAN)
        .effectiveFrom(JAN)
        .expiresAt(expires)
        .owner("Practice manager")
        .reference("https://dms.riverside.example/" + id + "#" + title.replace(' ', '-'))
        .build();
  }

  private static void printCatalog(PrintStream out, Catalog catalog) {
    out.println("== Catalog " + catalog.id() + ": " + catalog.title());
    for (LocatedRequirement r : catalog.requirements()) {
      out.printf(
          Locale.ROOT,
          "  %-8s %-22s %s (expects %s)%n",
          r.clauseNumber(),
          r.id().value().substring(r.id().value().indexOf('/') + 1),
          r.requirement().summary(),
          r.requirement().expectedEvidence().stream().map(Enum::name).collect(Collectors.joining(", ")));
    }
    out.println();
  }

  private static void printRegisters(PrintStream out, QualitySystem clinic) {
    out.println("== Evidence register (" + clinic.evidence().size() + ")");
    for (Evidence e : clinic.evidence()) {
      out.printf(
          Locale.ROOT,
          "  %-6s %-16s %-9s %-22s expires %s%n",
          e.id(),
          e.kind(),
          e.status(),
          e.requirements().iterator().next().value().substring("clinic-demo:1/".length()),
          e.expiresAt().map(Instant::toString).orElse("never"));
    }
    out.println("== Finding register (" + clinic.findings().size() + ")");
    for (Finding f : clinic.findings()) {
      out.printf(Locale.ROOT, "  %-10s %-27s %s%n", f.id(), f.grade(), f.statement());
    }
    out.println("== Exclusions (" + clinic.exclusions().size() + ")");
    for (Exclusion x : clinic.exclusions()) {
      out.println("  " + x.target() + ": " + x.justification());
    }
    out.println();
  }

  private static void printReport(PrintStream out, QualitySystem clinic, ConformityReport report) {
    for (RequirementResult r : report.results()) {
      out.printf(Locale.ROOT, "  %-22s %s%n", r.requirement().value().substring("clinic-demo:1/".length()), r.verdict());
      for (Reason reason : r.reasons()) {
        out.println("      " + reason.code() + ": " + reason.message());
      }
    }
    out.println("  Clause roll-ups:");
    for (var entry : report.clauses().entrySet()) {
      ClauseRef clause = entry.getKey();
      Rollup rollup = entry.getValue();
      if (!clause.number().contains(".")) {
        out.printf(Locale.ROOT, "    clause %-4s %-21s score %.2f%n", clause.number(), rollup.verdict(), rollup.score());
      }
    }
    out.printf(
        Locale.ROOT,
        "  Overall: %s, score %.2f, %s%n%n",
        report.overall().verdict(),
        report.overall().score(),
        report.overall().counts());
  }
}
