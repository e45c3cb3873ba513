package org.qms4j.examples;

import static org.qms4j.examples.Records.day;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.qms4j.audit.Audit;
import org.qms4j.audit.AuditId;
import org.qms4j.audit.AuditKind;
import org.qms4j.capa.CorrectiveAction;
import org.qms4j.capa.CorrectiveActionId;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.RequirementId;
import org.qms4j.catalog.ReviewInput;
import org.qms4j.certification.Certificate;
import org.qms4j.certification.CertificateId;
import org.qms4j.conformity.ConformityEngine;
import org.qms4j.document.ControlledDocument;
import org.qms4j.document.DocumentId;
import org.qms4j.document.DocumentVersionRef;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.history.By;
import org.qms4j.people.Person;
import org.qms4j.readiness.CertificationOutlook;
import org.qms4j.report.ConformityHistory;
import org.qms4j.report.Report;
import org.qms4j.readiness.ReadinessAssessment;
import org.qms4j.people.PersonId;
import org.qms4j.plan.ImplementationPlan;
import org.qms4j.plan.Levelling;
import org.qms4j.plan.PlanOptions;
import org.qms4j.plan.Schedule;
import org.qms4j.plan.ScheduledTask;
import org.qms4j.plan.Task;
import org.qms4j.plan.WorkingCalendar;
import org.qms4j.review.CoveredInput;
import org.qms4j.review.ManagementReview;
import org.qms4j.review.Presented;
import org.qms4j.review.ReviewId;
import org.qms4j.standards.StandardCatalogs;
import org.qms4j.system.Exclusion;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.Registers;
import org.qms4j.training.Competence;
import org.qms4j.training.Role;
import org.qms4j.training.RoleAssignment;
import org.qms4j.training.RoleId;
import org.qms4j.training.TrainingRecord;
import org.qms4j.training.TrainingRecordId;

/**
 * A small clinic goes from "we want ISO 9001 and ISO 7101" to certified and kept certified: it
 * starts with a few documents, runs a gap analysis, implements its system clause by clause, trains
 * its staff, runs an internal audit that raises a major and a minor nonconformity, takes both
 * through corrective action, holds a management review, passes the readiness check, is certified
 * after stage 1 and stage 2, and a year later a surveillance audit finds a lapsed training record.
 *
 * <p>Every step is judged by the standard rule engine and printed: the verdict counts and score per
 * catalog, and what changed since the step before. {@link #run(Path, PrintStream)} returns the steps
 * for a test to check; the JSON of the certified system and of the system at surveillance are
 * written under the directory given.
 *
 * <pre>
 * ./mvnw -q -pl qms-examples -am compile exec:java -Dexec.mainClass=org.qms4j.examples.ClinicJourney
 * </pre>
 */
public final class ClinicJourney {
  /** The clinic's ISO 9001 catalog. */
  static final CatalogId ISO_9001 = StandardCatalogs.ISO_9001;
  /** The clinic's ISO 7101 catalog. */
  static final CatalogId ISO_7101 = StandardCatalogs.ISO_7101;

  static final PersonId OKAFOR = PersonId.of("a.okafor");
  static final PersonId LINDQVIST = PersonId.of("m.lindqvist");
  static final PersonId HADDAD = PersonId.of("t.haddad");
  static final PersonId MENSAH = PersonId.of("r.mensah");
  static final PersonId FERREIRA = PersonId.of("j.ferreira");
  static final PersonId BRANDT = PersonId.of("l.brandt");

  static final DocumentId MANUAL = DocumentId.of("QM-01");
  static final DocumentId POLICY = DocumentId.of("POL-01");
  static final DocumentId DOCUMENT_CONTROL = DocumentId.of("SOP-DC-01");
  static final DocumentId DECONTAMINATION = DocumentId.of("SOP-CL-01");

  static final RoleId QUALITY_LEAD = RoleId.of("quality-lead");
  static final RoleId CLINICAL_LEAD = RoleId.of("clinical-lead");
  static final RoleId RECEPTION_LEAD = RoleId.of("reception-lead");

  static final AuditId INTERNAL_AUDIT = AuditId.of("IA-2026-01");
  static final AuditId STAGE_1 = AuditId.of("S1-2026");
  static final AuditId STAGE_2 = AuditId.of("S2-2026");
  static final AuditId INTERNAL_AUDIT_2027 = AuditId.of("IA-2027-01");
  static final AuditId SURVEILLANCE = AuditId.of("SV-2027");

  static final FindingId MAJOR = FindingId.of("F-2026-01");
  static final FindingId MINOR = FindingId.of("F-2026-02");
  static final FindingId IMPROVEMENT = FindingId.of("F-2026-03");
  static final FindingId LAPSED_TRAINING = FindingId.of("F-2027-01");

  static final CorrectiveActionId MAJOR_ACTION = CorrectiveActionId.of("CA-2026-01");
  static final CorrectiveActionId MINOR_ACTION = CorrectiveActionId.of("CA-2026-02");
  static final CorrectiveActionId TRAINING_ACTION = CorrectiveActionId.of("CA-2027-01");

  static final CertificateId CERTIFICATE_9001 = CertificateId.of("NCL-9001-4471");
  static final CertificateId CERTIFICATE_7101 = CertificateId.of("NCL-7101-4472");
  static final String BODY = "Northern Certification Ltd";

  static final RequirementId EQUIPMENT = RequirementId.of("iso-7101:2023/8.2.3");
  static final RequirementId SERVICE_PROVISION = RequirementId.of("iso-9001:2015/8.5.1");
  static final RequirementId DOCUMENT_HANDLING = RequirementId.of("iso-9001:2015/7.5.3.2");
  static final RequirementId DOCUMENT_CONTROL_7101 = RequirementId.of("iso-7101:2023/7.5.3");

  private static final String SITE = "https://dms.riverside-clinic.example/qms/";

  private ClinicJourney() {}

  /**
   * What the clinic's story produced: every step, and the files written.
   *
   * <p>Immutable and thread-safe.
   *
   * @param steps the steps in order
   * @param start the starting point, with the first gap analysis
   * @param plan the implementation plan drawn from it, scheduled without levelling: its critical
   *     path ends at the certification-audit milestone
   * @param followed the plan as followed, levelled to each person's capacity, every task completed
   *     by the certification decision
   * @param audited the step after the internal audit raised its findings
   * @param corrected the step after both nonconformities went through corrective action
   * @param reviewed the step after the management review
   * @param notReady the first readiness check, which a training gap blocks
   * @param ready the second readiness check, with no blocker
   * @param certified the step at the certification decision
   * @param surveillance the step at the surveillance audit a year later
   * @param files the files written, in the order written
   */
  public record Outcome(
      List<Step> steps,
      Step start,
      Schedule plan,
      Schedule followed,
      Step audited,
      Step corrected,
      Step reviewed,
      Step notReady,
      Step ready,
      Step certified,
      Step surveillance,
      List<Path> files) {
    /**
     * Creates an outcome.
     *
     * @param steps the steps, not null
     * @param start the starting step, not null
     * @param plan the plan, not null
     * @param followed the plan as followed, not null
     * @param audited the audit step, not null
     * @param corrected the corrective-action step, not null
     * @param reviewed the management-review step, not null
     * @param notReady the blocked readiness step, not null
     * @param ready the ready step, not null
     * @param certified the certification step, not null
     * @param surveillance the surveillance step, not null
     * @param files the files, not null
     */
    public Outcome {
      steps = List.copyOf(steps);
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(plan, "plan");
      Objects.requireNonNull(followed, "followed");
      Objects.requireNonNull(audited, "audited");
      Objects.requireNonNull(corrected, "corrected");
      Objects.requireNonNull(reviewed, "reviewed");
      Objects.requireNonNull(notReady, "notReady");
      Objects.requireNonNull(ready, "ready");
      Objects.requireNonNull(certified, "certified");
      Objects.requireNonNull(surveillance, "surveillance");
      files = List.copyOf(files);
    }
  }

  /**
   * Runs the clinic's story alone, printing it and writing its files under {@code
   * target/journeys/clinic} (relative to the current directory, or under the directory named by the
   * {@value Journeys#OUTPUT_PROPERTY} system property).
   *
   * @param args ignored
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    run(Journeys.outputDirectory(), new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Runs the story: prints each step to {@code out} and writes the clinic's files under {@code
   * directory/clinic}.
   *
   * @param directory where the examples write their files, not null
   * @param out where the narrative goes, not null
   * @return the steps and the files written
   * @throws IOException if a file cannot be written
   */
  public static Outcome run(Path directory, PrintStream out) throws IOException {
    Objects.requireNonNull(directory, "directory");
    Narrator story = new Narrator(Objects.requireNonNull(out, "out"), ConformityEngine.standard());
    story.title("1. Riverside Family Clinic: ISO 9001 and ISO 7101, from a few documents to certified");

    // ---- the starting point ----
    QualitySystem clinic = start();
    Step start =
        story.step(
        "Where the clinic starts",
        clinic,
        day("2026-01-12"),
        List.of(
            "Three controlled documents: QM-01 quality manual, POL-01 quality policy, SOP-DC-01 document control;",
            clinic.evidence().size() + " evidence items rest on them. Design and development (ISO 9001 8.3) is excluded:",
            "the clinic works to national care pathways and designs no services."));
    story.gaps(start, 2);

    // ---- the implementation plan, from the gap analysis ----
    Schedule unlevelled = plan(clinic, start).schedule(PLAN_START, CALENDAR);
    Schedule plan = unlevelled.level(Levelling.EXTEND_FINISH);
    story.say(
        "Implementation plan from the gap analysis: " + plan.plan().size() + " tasks, "
            + plan.tasks().stream().mapToInt(t -> t.task().effortDays()).sum() + " working days of effort from " + plan.start()
            + " (Monday to Friday, bank holidays off):");
    for (ScheduledTask t : plan.tasks()) {
      story.say(
          String.format(
              Locale.ROOT,
              "  %-5s %-66s %-12s %3d d  %s to %s",
              t.id(),
              t.task().title(),
              t.task().assignee().map(PersonId::value).orElse(""),
              t.task().effortDays(),
              t.start(),
              t.finish()));
    }
    story.say(
        "Unlevelled, the certification audit could start " + unlevelled.finish() + " but " + Records.count(unlevelled.overAllocations().size(), "person-week")
            + " would be over capacity (" + String.format(Locale.ROOT, "%.0f", unlevelled.excessHours()) + " hours);");
    story.say(
        "levelled, " + plan.moves().size() + " tasks start later and the certification audit moves to " + plan.finish() + " ("
            + Records.count(plan.overAllocations().size(), "person-week") + " still over).");
    story.say(
        "Critical path by the dependencies: " + unlevelled.criticalPath().stream().map(t -> t.id().value()).collect(Collectors.joining(" > "))
            + " (" + unlevelled.criticalPath().get(unlevelled.criticalPath().size() - 1).task().title() + ").");
    PlanTracker tracker = new PlanTracker(plan);

    // ---- implementation, clause by clause ----
    clinic = contextLeadershipPlanning(clinic, day("2026-02-27"));
    track(story, tracker, story.step(
        "Context, leadership and planning in place",
        clinic,
        day("2026-02-27"),
        List.of("Context and stakeholder analysis, scope, roles and responsibilities, objectives and risk plan filed (clauses 4 to 6).")));

    clinic = support(clinic, day("2026-03-31"));
    track(story, tracker, story.step(
        "Support processes in place",
        clinic,
        day("2026-03-31"),
        List.of("Resources, awareness, communication and documented information (clause 7 but competence).")));

    clinic = operation(clinic, day("2026-04-17"));
    track(story, tracker, story.step(
        "Operation: procedures and records",
        clinic,
        day("2026-04-17"),
        List.of(
            "SOP-CL-01 decontamination and equipment effective 16 March; care processes, equipment, waste and",
            "monitoring records filed (clauses 8 and 9.1).")));

    clinic = training(clinic);
    Step trained =
        story.step(
            "Staff trained",
            clinic,
            day("2026-04-24"),
            List.of(
                "Roles defined: quality lead (M. Lindqvist), lead practice nurse (T. Haddad), reception lead (R. Mensah);",
                clinic.register(Registers.TRAINING).size() + " training records on the documents and skills the roles require."));
    track(story, tracker, trained);

    // ---- internal audit ----
    clinic = internalAudit(clinic);
    Step audited =
        story.step(
            "Internal audit IA-2026-01 (J. Ferreira, partner clinic)",
            clinic,
            day("2026-05-15"),
            List.of(
                "Whole-system audit of both standards, 11 to 15 May. It raises:",
                "  MAJOR F-2026-01: autoclave AC-2 used after its annual validation lapsed (ISO 7101 8.2.3, ISO 9001 8.5.1)",
                "  MINOR F-2026-02: superseded registration forms at reception (ISO 9001 7.5.3.2, ISO 7101 7.5.3)",
                "  OFI   F-2026-03: an easy-read version of appointment letters (ISO 7101 7.4.2)"));
    track(story, tracker, audited);
    story.explain(audited.report(), EQUIPMENT);
    story.explain(audited.report(), DOCUMENT_HANDLING);

    // ---- corrective action ----
    clinic = correctiveActions(clinic);
    Step corrected =
        story.step(
            "Both nonconformities through corrective action",
            clinic,
            day("2026-07-13"),
            List.of(
                history(clinic.correctiveAction(MAJOR_ACTION).orElseThrow()),
                history(clinic.correctiveAction(MINOR_ACTION).orElseThrow()),
                "F-2026-01 closed 10 July, F-2026-02 closed 1 July; IA-2026-01 closed; effectiveness of five training records checked."));
    track(story, tracker, corrected);

    // ---- management review ----
    clinic = managementReview(clinic);
    Step reviewed =
        story.step(
            "Management review MR-2026-01",
            clinic,
            day("2026-07-20"),
            List.of(
                "Chaired by Dr A. Okafor; covered all " + reviewInputs(clinic).size() + " review inputs of both catalogs",
                "(audit results: IA-2026-01; nonconformities: CA-2026-01, CA-2026-02). Decision: apply for certification."));
    track(story, tracker, reviewed);

    // ---- readiness: a blocker, then none ----
    Step notReady =
        story.step(
            "Readiness check",
            clinic,
            day("2026-07-21"),
            List.of("T. Haddad's basic life support training (22 April) is 90 days old and its effectiveness was never checked."));
    story.blockers(notReady);
    story.explain(notReady.report(), SERVICE_PROVISION);
    clinic = evaluate(clinic, TrainingRecordId.of("TR-2026-005"), day("2026-07-22"), LINDQVIST);
    Step ready =
        story.step(
            "Readiness check again",
            clinic,
            day("2026-07-23"),
            List.of("Effectiveness of T. Haddad's training checked on 22 July (observed resuscitation drill)."));
    story.blockers(ready);
    if (!ready.isReady()) {
      throw new IllegalStateException("the clinic applies for certification only when ready: " + ready.readiness());
    }

    // ---- certification ----
    clinic = certification(clinic);
    Step certified =
        story.step(
            "Certified to ISO 9001 and ISO 7101",
            clinic,
            day("2026-09-30"),
            List.of(
                BODY + ": stage 1 (S1-2026) on 5 August, stage 2 (S2-2026) 8 to 10 September, decision 30 September.",
                certificateLine(clinic.register(Registers.CERTIFICATES).get(CERTIFICATE_9001).orElseThrow()),
                certificateLine(clinic.register(Registers.CERTIFICATES).get(CERTIFICATE_7101).orElseThrow())));
    QualitySystem certifiedSystem = clinic;
    Task milestone = plan.plan().tasks().get(plan.plan().size() - 1);
    tracker.complete(milestone.id(), Records.date(day("2026-09-10")));
    track(story, tracker, certified);
    Schedule done = tracker.current();

    // ---- a year on ----
    clinic = yearOne(clinic);
    Step surveillance =
        story.step(
            "Surveillance audit SV-2027, a year later",
            clinic,
            day("2027-09-15"),
            List.of(
                "Since certification: internal audit IA-2027-01 in February (no findings); SOP-DC-01 revision 2 effective",
                "1 March 2027 (forms printed on demand); M. Lindqvist retrained on it, nobody retrained the reception lead;",
                "management review MR-2027-01 on 19 July. The engine has reported the gap since 1 March.",
                "The surveillance audit raises MINOR F-2027-01: the reception lead was trained on SOP-DC-01 revision 1 only.",
                "CA-2027-01 opened the same day. Both certificates stay CERTIFIED; surveillance recorded."));
    story.explain(surveillance.report(), DOCUMENT_HANDLING);
    story.say("What the next certification audits would find today:");
    for (ReadinessAssessment r : surveillance.readiness()) {
      for (CertificationOutlook c : r.certifications()) {
        story.say(
            "  " + c.certificate() + " (" + c.catalog() + "): " + c.status() + ", next " + c.nextAudit().map(Enum::name).orElse("none")
                + c.dueAt().map(d -> " due " + Records.date(d)).orElse("") + "; " + (c.isReady() ? "nothing in the way" : Narrator.codes(c.blockers())));
      }
    }

    List<Path> files = new ArrayList<>();
    Path dir = directory.resolve("clinic");
    files.add(Output.writeSystem(certifiedSystem, dir.resolve("clinic-certified.json")));
    files.add(Output.writeSystem(clinic, dir.resolve("clinic-surveillance.json")));
    files.add(
        Output.writeHtml(
            Report.builder("Riverside Family Clinic: gap analysis and implementation plan, " + Records.date(start.asOf()))
                .conformity(start.system(), start.report())
                .gapAnalysis(start.system(), start.gaps())
                .plan(unlevelled)
                .readiness(start.system(), start.readiness())
                .build(),
            dir.resolve("1-gap-analysis.html")));
    files.add(
        Output.writeHtml(
            Report.builder("Riverside Family Clinic: certified, " + Records.date(certified.asOf()))
                .conformity(certified.system(), certified.report())
                .history(ConformityHistory.monthly(story.engine(), certified.system(), certified.asOf(), 12))
                .gapAnalysis(certified.system(), certified.gaps(), start.gaps())
                .plan(done, Records.date(certified.asOf()))
                .competence(certified.system(), Output.competence(certified.system(), certified.asOf()))
                .readiness(certified.system(), certified.readiness())
                .build(),
            dir.resolve("2-certified.html")));
    files.add(
        Output.writeHtml(
            Report.builder("Riverside Family Clinic: surveillance audit, " + Records.date(surveillance.asOf()))
                .conformity(surveillance.system(), surveillance.report())
                .history(ConformityHistory.monthly(story.engine(), surveillance.system(), surveillance.asOf(), 24))
                .gapAnalysis(surveillance.system(), surveillance.gaps(), certified.gaps())
                .competence(surveillance.system(), Output.competence(surveillance.system(), surveillance.asOf()))
                .readiness(surveillance.system(), surveillance.readiness())
                .build(),
            dir.resolve("3-surveillance.html")));
    return new Outcome(
        story.steps(), start, unlevelled, done, audited, corrected, reviewed, notReady, ready, certified, surveillance, files);
  }

  // ---------------------------------------------------------------- the clinic, step by step

  private static void track(Narrator story, PlanTracker tracker, Step step) {
    tracker.update(step);
    story.say(tracker.line(Records.date(step.asOf())));
  }

  static final LocalDate PLAN_START = LocalDate.of(2026, 1, 19);
  static final WorkingCalendar CALENDAR =
      WorkingCalendar.mondayToFriday()
          .withHolidays(List.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31)));

  /**
   * The plan the clinic draws from its first gap analysis: one task per top-level clause of each
   * catalog and stage, the quality lead and the clinical director on the generic roles, the lead
   * practice nurse on operation, the partner clinic's auditor on the internal audits.
   */
  static ImplementationPlan plan(QualitySystem clinic, Step start) {
    PlanOptions.Builder options = PlanOptions.builder().granularity(PlanOptions.Granularity.CLAUSE).clauseDepth(1);
    // ISO 7101 work builds on what ISO 9001 work produced: about half the effort
    Map<String, Integer> effort = Map.of("4", 5, "5", 5, "6", 8, "7", 12, "8", 20, "9", 6, "10", 5);
    effort.forEach((clause, days) -> options.putEffortByClause(ClauseRef.of(ISO_9001, clause), days));
    effort.forEach((clause, days) -> options.putEffortByClause(ClauseRef.of(ISO_7101, clause), (days + 1) / 2));
    PlanOptions built = options.build();
    ImplementationPlan plan =
        ImplementationPlan.generate(clinic, start.gaps(), built)
            .withAssigneesByRole(Map.of(built.topManagementRole(), OKAFOR, built.qualityManagerRole(), LINDQVIST));
    for (Task t : plan.tasks()) {
      if (t.title().endsWith(" Operation")) {
        plan = plan.withAssignee(t.id(), HADDAD);
      } else if (t.title().endsWith("Internal audit")) {
        plan = plan.withAssignee(t.id(), FERREIRA);
      }
    }
    return plan;
  }

  static QualitySystem start() {
    Instant effective = day("2026-01-05");
    ControlledDocument manual = document(MANUAL, "Quality manual", effective);
    ControlledDocument policy = document(POLICY, "Quality policy", effective);
    ControlledDocument control = document(DOCUMENT_CONTROL, "Control of documents and records", effective);
    return QualitySystem.builder()
        .organisation("Riverside Family Clinic")
        .scope("Outpatient primary care, minor surgery and vaccination at the Riverside site")
        .addCatalog(StandardCatalogs.iso9001())
        .addCatalog(StandardCatalogs.iso7101())
        .addExclusion(
            Exclusion.ofClause(
                ClauseRef.of(ISO_9001, "8.3"),
                "The clinic delivers care to national clinical pathways and designs no services of its own; the conformity"
                    + " of its care does not depend on design and development."))
        .add(Registers.PEOPLE, Person.of(OKAFOR, "Dr Amara Okafor"))
        .add(Registers.PEOPLE, Person.of(LINDQVIST, "Maja Lindqvist"))
        .add(Registers.PEOPLE, Person.of(HADDAD, "Tomas Haddad"))
        .add(Registers.PEOPLE, Person.of(MENSAH, "Rita Mensah"))
        .add(Registers.PEOPLE, Person.of(FERREIRA, "Joana Ferreira"))
        .add(Registers.PEOPLE, Person.of(BRANDT, "Lena Brandt"))
        .add(Registers.DOCUMENTS, manual)
        .add(Registers.DOCUMENTS, policy)
        .add(Registers.DOCUMENTS, control)
        .addEvidence(
            Records.onDocument(
                "ev:qm-01:scope",
                Set.of(RequirementId.of("iso-9001:2015/4.3"), RequirementId.of("iso-7101:2023/4.3")),
                EvidenceKind.DOCUMENT,
                effective,
                "Quality lead",
                SITE + "QM-01#scope",
                DocumentVersionRef.of(MANUAL, "1")))
        .addEvidence(
            Records.onDocument(
                "ev:qm-01:processes",
                Set.of(RequirementId.of("iso-9001:2015/4.4.1"), RequirementId.of("iso-7101:2023/4.4")),
                EvidenceKind.DOCUMENT,
                effective,
                "Quality lead",
                SITE + "QM-01#processes",
                DocumentVersionRef.of(MANUAL, "1")))
        .addEvidence(
            Records.onDocument(
                "ev:pol-01",
                Set.of(
                    RequirementId.of("iso-9001:2015/5.2.1"),
                    RequirementId.of("iso-9001:2015/5.2.2"),
                    RequirementId.of("iso-7101:2023/5.2")),
                EvidenceKind.DOCUMENT,
                effective,
                "Clinical director",
                SITE + "POL-01",
                DocumentVersionRef.of(POLICY, "1")))
        .addEvidence(
            Records.onDocument(
                "ev:sop-dc-01",
                Set.of(
                    RequirementId.of("iso-9001:2015/7.5.2"),
                    RequirementId.of("iso-9001:2015/7.5.3.1"),
                    DOCUMENT_HANDLING,
                    RequirementId.of("iso-7101:2023/7.5.2"),
                    DOCUMENT_CONTROL_7101),
                EvidenceKind.PROCEDURE,
                effective,
                "Quality lead",
                SITE + "SOP-DC-01",
                DocumentVersionRef.of(DOCUMENT_CONTROL, "1")))
        .build();
  }

  /** A document written by the quality lead, approved by the clinical director, effective then. */
  private static ControlledDocument document(DocumentId id, String title, Instant effective) {
    Instant drafted = effective.minus(Duration.ofDays(21));
    Instant approved = effective.minus(Duration.ofDays(7));
    return ControlledDocument.create(id, title, Period.ofYears(2), By.of(LINDQVIST, drafted))
        .draft("1", By.of(LINDQVIST, drafted))
        .approve("1", By.of(OKAFOR, approved))
        .makeEffective("1", effective, By.of(OKAFOR, approved));
  }

  static QualitySystem contextLeadershipPlanning(QualitySystem clinic, Instant at) {
    for (CatalogId c : List.of(ISO_9001, ISO_7101)) {
      for (String clause : List.of("4", "5", "6")) {
        clinic = Records.implement(clinic, c, clause, at, "Quality lead", SITE);
      }
    }
    return clinic;
  }

  static QualitySystem support(QualitySystem clinic, Instant at) {
    for (String clause : List.of("7.1", "7.3", "7.4", "7.5")) {
      clinic = Records.implement(clinic, ISO_9001, clause, at, "Quality lead", SITE);
      clinic = Records.implement(clinic, ISO_7101, clause, at, "Quality lead", SITE);
    }
    return clinic;
  }

  static QualitySystem operation(QualitySystem clinic, Instant at) {
    Instant effective = day("2026-03-16");
    clinic =
        clinic
            .with(Registers.DOCUMENTS, document(DECONTAMINATION, "Decontamination of instruments and equipment", effective))
            .withEvidence(
                Records.onDocument(
                    "ev:sop-cl-01",
                    Set.of(EQUIPMENT, RequirementId.of("iso-9001:2015/7.1.3"), SERVICE_PROVISION),
                    EvidenceKind.DOCUMENT,
                    effective,
                    "Lead practice nurse",
                    SITE + "SOP-CL-01",
                    DocumentVersionRef.of(DECONTAMINATION, "1")));
    clinic = Records.implement(clinic, ISO_9001, "8", at, "Lead practice nurse", SITE);
    clinic = Records.implement(clinic, ISO_7101, "8", at, "Lead practice nurse", SITE);
    clinic = Records.implement(clinic, ISO_9001, "9.1", at, "Quality lead", SITE);
    return Records.implement(clinic, ISO_7101, "9.1", at, "Quality lead", SITE);
  }

  static QualitySystem training(QualitySystem clinic) {
    Instant assigned = day("2026-04-13");
    clinic =
        clinic
            .with(
                Registers.ROLES,
                Role.builder()
                    .id(QUALITY_LEAD)
                    .name("Quality lead")
                    .addRequires(Competence.document(MANUAL.value()), Competence.document(DOCUMENT_CONTROL.value()))
                    .addRequires(Competence.skill("Root cause analysis"))
                    .addOwns(ClauseRef.of(ISO_9001, "9"), ClauseRef.of(ISO_9001, "10"))
                    .addOwns(ClauseRef.of(ISO_7101, "9"), ClauseRef.of(ISO_7101, "10"))
                    .addHolders(RoleAssignment.since(LINDQVIST, assigned))
                    .build())
            .with(
                Registers.ROLES,
                Role.builder()
                    .id(CLINICAL_LEAD)
                    .name("Lead practice nurse")
                    .addRequires(Competence.document(DECONTAMINATION.value()), Competence.skill("Basic life support"))
                    .addOwns(ClauseRef.of(ISO_9001, "8.5"), ClauseRef.of(ISO_7101, "8.2"))
                    .addHolders(RoleAssignment.since(HADDAD, assigned))
                    .build())
            .with(
                Registers.ROLES,
                Role.builder()
                    .id(RECEPTION_LEAD)
                    .name("Reception lead")
                    .addRequires(Competence.document(DOCUMENT_CONTROL.value()))
                    .addOwns(ClauseRef.of(ISO_9001, "7.5.3"), ClauseRef.of(ISO_7101, "7.5.3"))
                    .addHolders(RoleAssignment.since(MENSAH, assigned))
                    .build());
    clinic = clinic.with(Registers.TRAINING, onDocument("TR-2026-001", LINDQVIST, MANUAL, "1", day("2026-04-20")));
    clinic = clinic.with(Registers.TRAINING, onDocument("TR-2026-002", LINDQVIST, DOCUMENT_CONTROL, "1", day("2026-04-20")));
    clinic = clinic.with(Registers.TRAINING, skill("TR-2026-003", LINDQVIST, "Root cause analysis", day("2026-04-21")));
    clinic = clinic.with(Registers.TRAINING, onDocument("TR-2026-004", HADDAD, DECONTAMINATION, "1", day("2026-04-20")));
    clinic =
        clinic.with(
            Registers.TRAINING,
            TrainingRecord.builder()
                .from(skill("TR-2026-005", HADDAD, "Basic life support", day("2026-04-22")))
                .expiresAt(day("2028-04-22"))
                .build());
    clinic = clinic.with(Registers.TRAINING, onDocument("TR-2026-006", MENSAH, DOCUMENT_CONTROL, "1", day("2026-04-21")));
    return clinic.withEvidence(
        Records.evidence(
            "ev:training-matrix-2026",
            Set.of(RequirementId.of("iso-9001:2015/7.2"), RequirementId.of("iso-7101:2023/7.2")),
            EvidenceKind.TRAINING_RECORD,
            day("2026-04-24"),
            "Quality lead",
            SITE + "training/matrix-2026"));
  }

  private static TrainingRecord onDocument(String id, PersonId person, DocumentId document, String version, Instant completed) {
    return TrainingRecord.builder()
        .id(TrainingRecordId.of(id))
        .person(person)
        .competence(Competence.document(document.value()))
        .documentVersion(version)
        .completedAt(completed)
        .build();
  }

  private static TrainingRecord skill(String id, PersonId person, String skill, Instant completed) {
    return TrainingRecord.builder()
        .id(TrainingRecordId.of(id))
        .person(person)
        .competence(Competence.skill(skill))
        .completedAt(completed)
        .build();
  }

  static QualitySystem evaluate(QualitySystem clinic, TrainingRecordId id, Instant at, PersonId by) {
    TrainingRecord r = clinic.register(Registers.TRAINING).get(id).orElseThrow();
    return clinic.with(Registers.TRAINING, r.withEvaluation(at, by, true));
  }

  static Set<ClauseRef> wholeSystem() {
    Set<ClauseRef> scope = new java.util.LinkedHashSet<>();
    for (CatalogId c : List.of(ISO_9001, ISO_7101)) {
      for (String clause : List.of("4", "5", "6", "7", "8", "9", "10")) {
        scope.add(ClauseRef.of(c, clause));
      }
    }
    return scope;
  }

  static QualitySystem internalAudit(QualitySystem clinic) {
    Instant start = day("2026-05-11");
    Instant reported = day("2026-05-15");
    clinic =
        clinic.withAudit(
            Audit.builder()
                .id(INTERNAL_AUDIT)
                .kind(AuditKind.INTERNAL)
                .title("Internal audit 2026: the whole system against ISO 9001 and ISO 7101")
                .scope(wholeSystem())
                .leadAuditor(FERREIRA)
                .plannedStart(start)
                .plannedEnd(reported)
                .startedAt(start)
                .reportedAt(reported)
                .build());
    clinic =
        clinic.withEvidence(
            Records.evidence(
                "ev:ia-2026-01:report",
                Set.of(
                    RequirementId.of("iso-9001:2015/9.2.1"),
                    RequirementId.of("iso-9001:2015/9.2.2"),
                    RequirementId.of("iso-7101:2023/9.2")),
                EvidenceKind.RECORD,
                reported,
                "Quality lead",
                SITE + "audits/IA-2026-01"));
    return clinic
        .withFinding(
            Finding.builder()
                .id(MAJOR)
                .addRequirements(EQUIPMENT, SERVICE_PROVISION)
                .grade(FindingGrade.MAJOR_NONCONFORMITY)
                .statement("Instruments were sterilised in autoclave AC-2 and released for use after its annual validation lapsed on 28 February 2026.")
                .objectiveEvidence("AC-2 validation certificate dated 27 February 2025; cycle log 1 March to 12 May 2026, 214 cycles.")
                .raisedAt(reported)
                .audit(INTERNAL_AUDIT)
                .build())
        .withFinding(
            Finding.builder()
                .id(MINOR)
                .addRequirements(DOCUMENT_HANDLING, DOCUMENT_CONTROL_7101)
                .grade(FindingGrade.MINOR_NONCONFORMITY)
                .statement("Superseded patient registration forms (revision 3) were in use at reception beside revision 4.")
                .objectiveEvidence("Eleven revision 3 forms in the reception tray on 12 May 2026.")
                .raisedAt(reported)
                .audit(INTERNAL_AUDIT)
                .build())
        .withFinding(
            Finding.builder()
                .id(IMPROVEMENT)
                .addRequirement(RequirementId.of("iso-7101:2023/7.4.2"))
                .grade(FindingGrade.OPPORTUNITY_FOR_IMPROVEMENT)
                .statement("Appointment letters could come in an easy-read version.")
                .objectiveEvidence("Two patients asked reception to explain their letters during the audit.")
                .raisedAt(reported)
                .audit(INTERNAL_AUDIT)
                .build());
  }

  static QualitySystem correctiveActions(QualitySystem clinic) {
    clinic =
        clinic
            .withEvidence(
                Records.evidence(
                    "ev:ac-2:revalidation-2026",
                    Set.of(EQUIPMENT),
                    EvidenceKind.TEST_REPORT,
                    day("2026-06-12"),
                    "Lead practice nurse",
                    SITE + "equipment/AC-2/validation-2026"))
            .withEvidence(
                Records.evidence(
                    "ev:equipment-register",
                    Set.of(EQUIPMENT, RequirementId.of("iso-9001:2015/7.1.3")),
                    EvidenceKind.RECORD,
                    day("2026-06-19"),
                    "Lead practice nurse",
                    SITE + "equipment/register"))
            .withEvidence(
                Records.evidence(
                    "ev:equipment-register:checks-jun-jul",
                    Set.of(EQUIPMENT),
                    EvidenceKind.RECORD,
                    day("2026-07-10"),
                    "Quality lead",
                    SITE + "equipment/register/checks-2026-06-07"))
            .withEvidence(
                Records.evidence(
                    "ev:reception:form-check-log",
                    Set.of(DOCUMENT_HANDLING),
                    EvidenceKind.RECORD,
                    day("2026-06-01"),
                    "Reception lead",
                    SITE + "reception/form-checks"))
            .withEvidence(
                Records.evidence(
                    "ev:reception:spot-check-june",
                    Set.of(DOCUMENT_HANDLING, DOCUMENT_CONTROL_7101),
                    EvidenceKind.OBSERVATION,
                    day("2026-07-01"),
                    "Quality lead",
                    SITE + "reception/spot-check-2026-06"));
    CorrectiveAction major =
        CorrectiveAction.open(MAJOR_ACTION, "Autoclave AC-2 used after its validation lapsed", Set.of(MAJOR), By.of(LINDQVIST, day("2026-05-18")).named("Maja Lindqvist"))
            .recordCorrection(
                "AC-2 taken out of use; instruments reprocessed by the hospital's sterile services until revalidated.",
                By.of(HADDAD, day("2026-05-18")).named("Tomas Haddad"))
            .identifyRootCause(
                "Validation due dates lived only in the supplier's e-mails; nobody owned an equipment register.",
                By.of(LINDQVIST, day("2026-05-26")))
            .plan(
                "Revalidate AC-2; an equipment register with due dates, owned by the lead practice nurse and checked monthly.",
                HADDAD,
                day("2026-06-30"),
                By.of(LINDQVIST, day("2026-05-28")))
            .implement(Set.of(EvidenceId.of("ev:ac-2:revalidation-2026"), EvidenceId.of("ev:equipment-register")), By.of(HADDAD, day("2026-06-19")))
            .verifyEffectiveness(Set.of(EvidenceId.of("ev:equipment-register:checks-jun-jul")), By.of(LINDQVIST, day("2026-07-10")))
            .close(By.of(OKAFOR, day("2026-07-13")).named("Dr Amara Okafor"));
    CorrectiveAction minor =
        CorrectiveAction.open(MINOR_ACTION, "Superseded registration forms at reception", Set.of(MINOR), By.of(LINDQVIST, day("2026-05-18")))
            .recordCorrection("Revision 3 forms removed and shredded.", By.of(MENSAH, day("2026-05-18")).named("Rita Mensah"))
            .identifyRootCause(
                "SOP-DC-01 has no step to withdraw printed forms when a revision is issued.", By.of(LINDQVIST, day("2026-05-20")))
            .plan(
                "Reception checks printed forms against the document register every week.",
                MENSAH,
                day("2026-06-15"),
                By.of(LINDQVIST, day("2026-05-21")))
            .implement(Set.of(EvidenceId.of("ev:reception:form-check-log")), By.of(MENSAH, day("2026-06-01")))
            .verifyEffectiveness(Set.of(EvidenceId.of("ev:reception:spot-check-june")), By.of(LINDQVIST, day("2026-07-01")))
            .close(By.of(OKAFOR, day("2026-07-02")));
    clinic = clinic.withCorrectiveAction(major).withCorrectiveAction(minor);
    clinic = clinic.withFinding(Finding.builder().from(clinic.finding(MAJOR).orElseThrow()).closedAt(day("2026-07-10")).build());
    clinic = clinic.withFinding(Finding.builder().from(clinic.finding(MINOR).orElseThrow()).closedAt(day("2026-07-01")).build());
    clinic =
        clinic.withAudit(Audit.builder().from(clinic.audit(INTERNAL_AUDIT).orElseThrow()).closedAt(day("2026-07-13")).build());
    for (String id : List.of("TR-2026-001", "TR-2026-002", "TR-2026-003", "TR-2026-004", "TR-2026-006")) {
      clinic = evaluate(clinic, TrainingRecordId.of(id), day("2026-06-15"), id.equals("TR-2026-004") || id.equals("TR-2026-006") ? LINDQVIST : OKAFOR);
    }
    clinic = Records.implement(clinic, ISO_9001, "10", day("2026-07-13"), "Quality lead", SITE);
    return Records.implement(clinic, ISO_7101, "10", day("2026-07-13"), "Quality lead", SITE);
  }

  /** Every review input of the clinic's catalogs, by code, first catalog first. */
  static Map<String, ReviewInput> reviewInputs(QualitySystem clinic) {
    Map<String, ReviewInput> inputs = new LinkedHashMap<>();
    for (Catalog c : clinic.catalogs()) {
      c.reviewInputs().forEach(i -> inputs.putIfAbsent(i.code(), i));
    }
    return inputs;
  }

  /** A management review that covers every review input of the clinic's catalogs. */
  static ManagementReview review(QualitySystem clinic, ReviewId id, Instant held, AuditId audit, List<CorrectiveActionId> actions, List<String> decisions) {
    List<CoveredInput> covered = new ArrayList<>();
    for (ReviewInput input : reviewInputs(clinic).values()) {
      String code = input.code();
      Presented what =
          code.contains("audit") || code.equals("performance-trends")
              ? Presented.audit(audit)
              : code.contains("corrective") || code.contains("nonconformit")
                  ? Presented.correctiveActions(actions)
                  : Presented.other("Quality lead's report: " + input.description());
      covered.add(CoveredInput.of(code, what));
    }
    return ManagementReview.builder()
        .id(id)
        .title("Management review " + Records.date(held).getYear())
        .heldAt(held)
        .catalogs(Set.of(ISO_9001, ISO_7101))
        .addAttendees(OKAFOR, LINDQVIST, HADDAD, MENSAH)
        .chair(OKAFOR)
        .inputs(covered)
        .decisions(decisions)
        .build();
  }

  static QualitySystem managementReview(QualitySystem clinic) {
    Instant held = day("2026-07-20");
    clinic =
        clinic.with(
            Registers.REVIEWS,
            review(
                clinic,
                ReviewId.of("MR-2026-01"),
                held,
                INTERNAL_AUDIT,
                List.of(MAJOR_ACTION, MINOR_ACTION),
                List.of(
                    "The equipment register becomes a standing item of the monthly clinical meeting.",
                    "Easy-read appointment letters from September (F-2026-03).",
                    "Apply to Northern Certification Ltd for ISO 9001 and ISO 7101 certification.")));
    clinic = clinic.withFinding(Finding.builder().from(clinic.finding(IMPROVEMENT).orElseThrow()).closedAt(held).build());
    clinic = Records.implement(clinic, ISO_9001, "9.3", held, "Clinical director", SITE);
    return Records.implement(clinic, ISO_7101, "9.3", held, "Clinical director", SITE);
  }

  static QualitySystem certification(QualitySystem clinic) {
    clinic = clinic.withAudit(certificationAudit(STAGE_1, AuditKind.STAGE_1, "Stage 1: documents and readiness", day("2026-08-05"), day("2026-08-05")));
    clinic = clinic.withAudit(certificationAudit(STAGE_2, AuditKind.STAGE_2, "Stage 2: implementation", day("2026-09-08"), day("2026-09-10")));
    for (Map.Entry<CertificateId, CatalogId> c : Map.of(CERTIFICATE_9001, ISO_9001, CERTIFICATE_7101, ISO_7101).entrySet()) {
      Certificate certificate =
          Certificate.apply(c.getKey(), c.getValue(), BODY, By.of(OKAFOR, day("2026-07-24")))
              .recordStage1(STAGE_1, By.of(BRANDT, day("2026-08-06")))
              .recordStage2(STAGE_2, By.of(BRANDT, day("2026-09-11")))
              .certify(day("2026-09-30"), By.of(BRANDT, day("2026-09-30")).named("Lena Brandt"));
      clinic = clinic.with(Registers.CERTIFICATES, certificate);
    }
    return clinic;
  }

  private static Audit certificationAudit(AuditId id, AuditKind kind, String title, Instant start, Instant end) {
    return Audit.builder()
        .id(id)
        .kind(kind)
        .title(title)
        .scope(wholeSystem())
        .leadAuditor(BRANDT)
        .plannedStart(start)
        .plannedEnd(end)
        .startedAt(start)
        .reportedAt(end)
        .closedAt(end)
        .build();
  }

  private static String certificateLine(Certificate c) {
    return c.id() + " (" + c.catalog() + "): " + c.statusAt(day("2026-09-30")).orElseThrow() + " until " + Records.date(c.expiresAt().orElseThrow())
        + ", surveillance due " + Records.date(c.nextSurveillanceDueAt(day("2026-09-30")).orElseThrow());
  }

  static QualitySystem yearOne(QualitySystem clinic) {
    // an internal audit in February, no findings
    Instant iaStart = day("2027-02-08");
    Instant iaEnd = day("2027-02-12");
    clinic =
        clinic.withAudit(
            Audit.builder()
                .from(clinic.audit(INTERNAL_AUDIT).orElseThrow())
                .id(INTERNAL_AUDIT_2027)
                .title("Internal audit 2027: the whole system against ISO 9001 and ISO 7101")
                .plannedStart(iaStart)
                .plannedEnd(iaEnd)
                .startedAt(iaStart)
                .reportedAt(iaEnd)
                .closedAt(iaEnd)
                .build());
    clinic =
        clinic.withEvidence(
            Records.evidence(
                "ev:ia-2027-01:report",
                Set.of(
                    RequirementId.of("iso-9001:2015/9.2.1"),
                    RequirementId.of("iso-9001:2015/9.2.2"),
                    RequirementId.of("iso-7101:2023/9.2")),
                EvidenceKind.RECORD,
                iaEnd,
                "Quality lead",
                SITE + "audits/IA-2027-01"));

    // SOP-DC-01 revision 2, effective 1 March; the quality lead is retrained, the reception lead is not
    Instant rev2 = day("2027-03-01");
    ControlledDocument control =
        clinic.register(Registers.DOCUMENTS).get(DOCUMENT_CONTROL).orElseThrow()
            .draft("2", By.of(LINDQVIST, day("2027-02-15")))
            .approve("2", By.of(OKAFOR, day("2027-02-22")))
            .makeEffective("2", rev2, By.of(OKAFOR, day("2027-02-22")));
    Evidence old = clinic.evidence(EvidenceId.of("ev:sop-dc-01")).orElseThrow();
    clinic =
        clinic
            .with(Registers.DOCUMENTS, control)
            .withEvidence(Evidence.builder().from(old).status(EvidenceStatus.SUPERSEDED).build())
            .withEvidence(
                Evidence.builder()
                    .from(old)
                    .id(EvidenceId.of("ev:sop-dc-01:rev-2"))
                    .collectedAt(rev2)
                    .effectiveFrom(rev2)
                    .reference(SITE + "SOP-DC-01?rev=2")
                    .document(DocumentVersionRef.of(DOCUMENT_CONTROL, "2"))
                    .build())
            .with(
                Registers.TRAINING,
                onDocument("TR-2027-001", LINDQVIST, DOCUMENT_CONTROL, "2", day("2027-02-26"))
                    .withEvaluation(day("2027-04-15"), OKAFOR, true));

    // the yearly management review
    clinic =
        clinic.with(
            Registers.REVIEWS,
            review(
                clinic,
                ReviewId.of("MR-2027-01"),
                day("2027-07-19"),
                INTERNAL_AUDIT_2027,
                List.of(MAJOR_ACTION, MINOR_ACTION),
                List.of("Keep the equipment register in the monthly clinical meeting.", "Prepare for the first surveillance audit.")));

    // the surveillance audit
    Instant svStart = day("2027-09-14");
    Instant svEnd = day("2027-09-15");
    clinic = clinic.withAudit(certificationAudit(SURVEILLANCE, AuditKind.SURVEILLANCE, "First surveillance audit", svStart, svEnd));
    clinic =
        clinic.withFinding(
            Finding.builder()
                .id(LAPSED_TRAINING)
                .addRequirements(RequirementId.of("iso-9001:2015/7.2"), RequirementId.of("iso-7101:2023/7.2"))
                .grade(FindingGrade.MINOR_NONCONFORMITY)
                .statement("The reception lead works to SOP-DC-01 revision 2, effective 1 March 2027, but was trained on revision 1 only.")
                .objectiveEvidence("Training register entry TR-2026-006 (revision 1); no record on revision 2.")
                .raisedAt(svEnd)
                .audit(SURVEILLANCE)
                .build());
    clinic =
        clinic.withCorrectiveAction(
            CorrectiveAction.open(
                TRAINING_ACTION,
                "Reception lead not retrained on SOP-DC-01 revision 2",
                Set.of(LAPSED_TRAINING),
                By.of(LINDQVIST, svEnd.plus(Duration.ofHours(6)))));
    for (CertificateId id : List.of(CERTIFICATE_9001, CERTIFICATE_7101)) {
      Certificate c = clinic.register(Registers.CERTIFICATES).get(id).orElseThrow().recordSurveillance(SURVEILLANCE, By.of(BRANDT, svEnd));
      clinic = clinic.with(Registers.CERTIFICATES, c);
    }
    return clinic;
  }

  private static String history(CorrectiveAction a) {
    return a.id() + " " + a.state() + " after " + a.history().size() + " signed events: "
        + String.join(" > ", a.history().events().stream().map(e -> e.action()).toList());
  }
}
