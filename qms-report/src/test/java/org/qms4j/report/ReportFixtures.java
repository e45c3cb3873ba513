package org.qms4j.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qms4j.audit.Audit;
import org.qms4j.audit.AuditId;
import org.qms4j.audit.AuditKind;
import org.qms4j.capa.CorrectiveAction;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.Clause;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.ExclusionRule;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.Requirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.document.DocumentId;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.people.Person;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.gap.GapAnalysis;
import org.qms4j.plan.ImplementationPlan;
import org.qms4j.plan.PlanOptions;
import org.qms4j.plan.Schedule;
import org.qms4j.plan.Task;
import org.qms4j.plan.TaskId;
import org.qms4j.plan.TaskKind;
import org.qms4j.plan.WorkingCalendar;
import org.qms4j.people.PersonId;
import org.qms4j.standards.StandardCatalogs;
import org.qms4j.system.Exclusion;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.Registers;
import org.qms4j.testing.CapaFixtures;
import org.qms4j.testing.ManagementFixtures;
import org.qms4j.training.Competence;
import org.qms4j.training.CompetenceMatrix;
import org.qms4j.training.Role;
import org.qms4j.training.RoleAssignment;
import org.qms4j.training.RoleId;
import org.qms4j.training.TrainingRecord;
import org.qms4j.training.TrainingRecordId;

/**
 * Quality systems to render: a small demo whose every text the test chooses (so hostile text can
 * go anywhere the model accepts it), and a full example over ISO 9001, ISO 7101 and local rules with a year of
 * history.
 */
final class ReportFixtures {
  static final CatalogId DEMO = CatalogId.of("demo:1");
  static final RequirementId R1A = RequirementId.of("demo/1-a");
  static final RequirementId R4A = RequirementId.of("demo/4-a");
  static final RequirementId R41A = RequirementId.of("demo/4.1-a");
  static final RequirementId R75A = RequirementId.of("demo/7.5-a");
  static final RequirementId R753A = RequirementId.of("demo/7.5.3-a");
  static final RequirementId R753B = RequirementId.of("demo/7.5.3-b");
  static final RequirementId R10A = RequirementId.of("demo/10-a");

  /** The instant the demo is evaluated at. */
  static final Instant AS_OF = Instant.parse("2026-06-15T12:00:00Z");

  static final PersonId ANA = PersonId.of("ana");
  static final PersonId BEN = PersonId.of("ben");
  static final PersonId CHO = PersonId.of("cho");
  static final Competence HYGIENE = Competence.skill("Hand hygiene");
  static final Competence SOP = Competence.document("SOP-01");
  static final Competence BLS = Competence.skill("Basic life support");

  private ReportFixtures() {}

  /** The texts a demo system shows, each in one place of the model. */
  record Texts(String organisation, String catalogTitle, String clauseTitle, String summary, String statement,
      String personName, String roleName, String skillName, String justification) {
    static Texts plain() {
      return new Texts("Example Clinic", "Demo rules", "Context", "Keep a record.",
          "Two obsolete SOPs at the nursing station.", "Ana Lima", "Ward nurse", "Hand hygiene",
          "We perform no such activity.");
    }

    /** The same text wherever the model takes it, made to fit where it would not. */
    static Texts everywhere(String text) {
      String line = fitLine(text, 200);
      return new Texts(fitLine(text, QualitySystem.MAX_ORGANISATION), fitLine(text, Catalog.MAX_TITLE),
          line, fitLine(text, Catalog.MAX_SUMMARY), fitText(text, Finding.MAX_TEXT), line, line, line,
          fitText(text, Exclusion.MAX_JUSTIFICATION));
    }
  }

  /**
   * What is left of a text after dropping what the model refuses in a one-line text (control
   * characters, line breaks, invisible formatting characters, lone surrogates), cut to fit; "x" if
   * nothing but white space is left.
   */
  static String fitLine(String text, int max) {
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < text.length() && kept.length() < max - 1; i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        kept.append(c).append(text.charAt(++i));
      } else if (!Character.isISOControl(c) && !Character.isSurrogate(c) && Character.getType(c) != Character.FORMAT
          && c != '\u2028' && c != '\u2029') {
        kept.append(c);
      }
    }
    return kept.toString().isBlank() ? "x" : kept.toString();
  }

  /**
   * What is left of a text after dropping what the model refuses in a text of several lines
   * (control characters but tab and line breaks), cut to fit; "x" if nothing but white space is
   * left.
   */
  static String fitText(String text, int max) {
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < text.length() && kept.length() < max; i++) {
      char c = text.charAt(i);
      if (!Character.isISOControl(c) || c == '\n' || c == '\r' || c == '\t') {
        kept.append(c);
      }
    }
    if (kept.length() > 0 && Character.isHighSurrogate(kept.charAt(kept.length() - 1))) {
      kept.setLength(kept.length() - 1);
    }
    return kept.toString().isBlank() ? "x" : kept.toString();
  }

  static Requirement requirement(RequirementId id, String summary, ExclusionRule rule) {
    return Requirement.builder().id(id).summary(summary).addExpectedEvidence(EvidenceKind.RECORD).exclusionRule(rule)
        .build();
  }

  /**
   * The demo catalog: clauses 1, 4 (with 4.1), 7 (with 7.5 and 7.5.3, and no requirement of its
   * own), 8 (with no requirement at all) and 10.
   */
  static Catalog demoCatalog(Texts t) {
    return Catalog.builder()
        .id(DEMO)
        .title(t.catalogTitle())
        .edition("1")
        .publisher("Example Clinic")
        .addClause(Clause.builder().number("1").title("Scope")
            .addRequirement(requirement(R1A, t.summary(), ExclusionRule.NOT_PERMITTED)).build())
        .addClause(Clause.builder().number("4").title(t.clauseTitle())
            .addRequirement(requirement(R4A, "Know the context.", ExclusionRule.NOT_PERMITTED))
            .addSubClause(Clause.builder().number("4.1").title("Issues")
                .addRequirement(requirement(R41A, "List the issues.", ExclusionRule.NOT_PERMITTED)).build())
            .build())
        .addClause(Clause.builder().number("7").title("Support")
            .addSubClause(Clause.builder().number("7.5").title("Documented information")
                .addRequirement(requirement(R75A, "Control documents.", ExclusionRule.NO_EFFECT_ON_CONFORMITY))
                .addSubClause(Clause.builder().number("7.5.3").title("Control")
                    .addRequirement(requirement(R753A, "Control access.", ExclusionRule.ACTIVITY_NOT_PERFORMED))
                    .addRequirement(requirement(R753B, "Keep versions.", ExclusionRule.NOT_PERMITTED))
                    .build())
                .build())
            .build())
        .addClause(Clause.builder().number("8").title("Operation").build())
        .addClause(Clause.builder().number("10").title("Improvement")
            .addRequirement(requirement(R10A, "Improve.", ExclusionRule.NOT_PERMITTED)).build())
        .build();
  }

  static Evidence record(String id, RequirementId requirement, Instant at) {
    return Evidence.builder()
        .id(EvidenceId.of(id))
        .addRequirement(requirement)
        .kind(EvidenceKind.RECORD)
        .status(EvidenceStatus.ACCEPTED)
        .collectedAt(at)
        .effectiveFrom(at)
        .owner("Quality manager")
        .reference("https://dms.example/" + id)
        .build();
  }

  static Finding finding(String id, RequirementId requirement, FindingGrade grade, String statement, Instant raised,
      Optional<Instant> closed) {
    return Finding.builder()
        .id(FindingId.of(id))
        .addRequirement(requirement)
        .grade(grade)
        .statement(statement)
        .objectiveEvidence("Seen on the ward.")
        .raisedAt(raised)
        .closedAt(closed)
        .build();
  }

  /** The finding closed when its action's effectiveness check passed. */
  static Finding closed(Finding finding, CorrectiveAction action) {
    Finding f = CapaFixtures.closedBy(finding, action);
    if (f.closedAt().isEmpty()) {
      throw new IllegalStateException("action " + action.id() + " does not close " + finding.id());
    }
    return f;
  }

  /**
   * The demo system, as of {@link #AS_OF}: 1 conforming (evidence); 4 conforming, 4.1 not assessed
   * (so clause 4 not assessed); 7.5 conforming, 7.5.3-a excluded, 7.5.3-b nonconforming (an open
   * major nonconformity, whose statement is {@code t.statement()}); 10 conforming with an
   * observation. Roles: a ward nurse (Ana, Ben) needing hand hygiene and SOP-01, a resuscitation
   * lead (Cho) needing basic life support.
   */
  static QualitySystem demo(Texts t) {
    Instant jan = Instant.parse("2026-01-10T09:00:00Z");
    Role nurse = Role.builder().id(RoleId.of("ward-nurse")).name(t.roleName())
        .addRequires(Competence.skill(t.skillName()), SOP)
        .addHolders(RoleAssignment.since(ANA, jan), RoleAssignment.since(BEN, jan)).build();
    Finding minor = finding("f-minor-closed", R4A, FindingGrade.MINOR_NONCONFORMITY, "Late review.",
        Instant.parse("2026-02-02T10:00:00Z"), Optional.empty());
    CorrectiveAction minorAction = CapaFixtures.walk("ca-minor", minor.id(), CapaFixtures.CLOSED,
        Instant.parse("2026-02-03T10:00:00Z"), Duration.ofDays(10), List.of(EvidenceId.of("ev-4")));
    Role lead = Role.builder().id(RoleId.of("resus-lead")).name("Resuscitation lead").addRequires(BLS)
        .addHolders(RoleAssignment.since(CHO, jan)).build();
    return QualitySystem.builder()
        .organisation(t.organisation())
        .scope("Outpatient care")
        .addCatalog(demoCatalog(t))
        .addExclusion(Exclusion.ofRequirement(R753A, t.justification()))
        .addEvidence(record("ev-1", R1A, jan))
        .addEvidence(record("ev-4", R4A, jan))
        .addEvidence(record("ev-75", R75A, jan))
        .addEvidence(record("ev-753b", R753B, jan))
        .addEvidence(record("ev-10", R10A, jan))
        .addFinding(finding("f-major", R753B, FindingGrade.MAJOR_NONCONFORMITY, t.statement(),
            Instant.parse("2026-03-02T10:00:00Z"), Optional.empty()))
        .addFinding(closed(minor, minorAction))
        .addCorrectiveAction(minorAction)
        .addFinding(finding("f-obs", R10A, FindingGrade.OBSERVATION, "Could trend more.",
            Instant.parse("2026-05-05T10:00:00Z"), Optional.empty()))
        .addFinding(finding("f-later", R10A, FindingGrade.MINOR_NONCONFORMITY, "Raised after the report.",
            Instant.parse("2026-07-01T10:00:00Z"), Optional.empty()))
        .add(Registers.PEOPLE, Person.of(ANA, t.personName()))
        .add(Registers.PEOPLE, Person.of(BEN, "Ben Okafor"))
        .add(Registers.PEOPLE, Person.of(CHO, "Cho Min-jun"))
        .add(Registers.ROLES, nurse)
        .add(Registers.ROLES, lead)
        .build();
  }

  /**
   * Training for the demo: Ana has hand hygiene (met) and SOP-01 on version 1 while version 2 is
   * effective (retraining owed); Ben has hand hygiene expired and never trained on SOP-01; Cho has
   * basic life support (met).
   */
  static CompetenceMatrix matrix(QualitySystem system) {
    Instant jan = Instant.parse("2026-01-12T09:00:00Z");
    Competence hygiene = system.register(Registers.ROLES).get(RoleId.of("ward-nurse")).orElseThrow().requires()
        .stream().filter(c -> c.documentId().isEmpty()).findFirst().orElseThrow();
    List<TrainingRecord> records = List.of(
        training("tr-1", ANA, hygiene, Optional.empty(), jan, Optional.empty()),
        training("tr-2", ANA, SOP, Optional.of("1"), jan, Optional.empty()),
        training("tr-3", BEN, hygiene, Optional.empty(), Instant.parse("2025-01-12T09:00:00Z"),
            Optional.of(Instant.parse("2026-01-12T09:00:00Z"))),
        training("tr-4", CHO, BLS, Optional.empty(), jan, Optional.empty()));
    return CompetenceMatrix.of(system.register(Registers.ROLES).items(), records,
        doc -> Optional.of("2"), Duration.ofDays(365), AS_OF);
  }

  static TrainingRecord training(String id, PersonId person, Competence c, Optional<String> version, Instant done,
      Optional<Instant> expires) {
    return TrainingRecord.builder().id(TrainingRecordId.of(id)).person(person).competence(c).documentVersion(version)
        .completedAt(done).expiresAt(expires).build();
  }

  /** A training record evaluated effective by the quality lead a fortnight after it was completed. */
  static TrainingRecord evaluated(String id, PersonId person, Competence c, Optional<String> version, Instant done,
      Optional<Instant> expires) {
    return TrainingRecord.builder().from(training(id, person, c, version, done, expires))
        .effectivenessEvaluatedAt(done.plus(Duration.ofDays(14))).evaluatedBy(CHO).effective(true).build();
  }

  // ---- a system ready for its certification audit ----

  static final CatalogId READY = CatalogId.of("ready:1");
  static final RequirementId READY_1A = RequirementId.of("ready/1-a");

  /**
   * A catalog of one clause and one requirement, with a record for it, an internal audit of the
   * clause reported on 1 May 2026 and, given a certification decision, a certificate decided then:
   * ready for its certification audit at {@link #AS_OF}.
   */
  static QualitySystem ready(Optional<Instant> certified) {
    Catalog catalog = Catalog.builder().id(READY).title("Ready rules").edition("1").publisher("Example Clinic")
        .addClause(Clause.builder().number("1").title("Scope")
            .addRequirement(requirement(READY_1A, "Keep a record.", ExclusionRule.NOT_PERMITTED)).build())
        .build();
    PersonId eli = PersonId.of("eli.auditor");
    Instant reported = Instant.parse("2026-05-01T12:00:00Z");
    QualitySystem.Builder b = QualitySystem.builder().organisation("Ready Clinic").scope("Outpatient care")
        .addCatalog(catalog)
        .addEvidence(record("rec-1", READY_1A, Instant.parse("2026-01-10T09:00:00Z")))
        .add(Registers.PEOPLE, Person.of(eli, "Eli Auditor"))
        .addAudit(Audit.builder().id(AuditId.of("IA-1")).kind(AuditKind.INTERNAL).title("Internal audit IA-1")
            .leadAuditor(eli).plannedStart(reported.minus(Duration.ofDays(2))).plannedEnd(reported.minus(Duration.ofDays(1)))
            .startedAt(reported.minus(Duration.ofDays(2))).reportedAt(reported).addScope(ClauseRef.of(READY, "1"))
            .build());
    certified.ifPresent(decision -> b.add(Registers.CERTIFICATES,
        ManagementFixtures.certificate("CERT-1", READY, 4, decision, 0, false)));
    return b.build();
  }

  // ---- an implementation plan ----

  /**
   * Five tasks from Tuesday 1 September 2026 on a Monday-to-Friday calendar: the scope (5 days,
   * done on 7 September), then the document control procedure (3 days) and staff training (10
   * days) side by side, both by Ana, then the internal audit (5 days) and the certification audit
   * (a milestone). The critical path runs through scope, training, audit and certification.
   */
  static Schedule schedule() {
    return schedule("Train staff on SOP-01");
  }

  /** The same plan with another title for the training task. */
  static Schedule schedule(String trainingTitle) {
    RoleId lead = RoleId.of("quality-lead");
    Task scope = Task.builder().id(TaskId.of("T-1")).title("Define context and scope").kind(TaskKind.ACTIVITY)
        .ownerRole(lead).assignee(CHO).effortDays(5).completedOn(LocalDate.parse("2026-09-07")).build();
    Task procedure = Task.builder().id(TaskId.of("T-2")).title("Write the document control procedure")
        .kind(TaskKind.ACTIVITY).ownerRole(lead).assignee(ANA).effortDays(3).addDependsOn(scope.id()).build();
    Task training = Task.builder().id(TaskId.of("T-3")).title(trainingTitle).kind(TaskKind.ACTIVITY)
        .ownerRole(lead).assignee(ANA).effortDays(10).addDependsOn(scope.id()).build();
    Task audit = Task.builder().id(TaskId.of("T-4")).title("Internal audit").kind(TaskKind.ACTIVITY).ownerRole(lead)
        .assignee(CHO).effortDays(5).addDependsOn(procedure.id(), training.id()).build();
    Task certification = Task.builder().id(TaskId.of("T-5")).title("Certification audit").kind(TaskKind.MILESTONE)
        .effortDays(0).addDependsOn(audit.id()).build();
    return ImplementationPlan.of(List.of(scope, procedure, training, audit, certification))
        .schedule(LocalDate.parse("2026-09-01"), WorkingCalendar.mondayToFriday());
  }

  // ---- the full example ----

  /** The instant the full example is rendered at. */
  static final Instant FULL_AS_OF = Instant.parse("2026-11-25T12:00:00Z");

  /**
   * ISO 9001, ISO 7101 and the clinic's infection-control rules, with evidence arriving month by
   * month from December 2025 (so the score climbs), an exclusion, a major nonconformity raised in
   * March and closed in June, another raised in October against the infection-control rules and
   * still open, two minor ones raised in September and November (the first closed in October), an
   * observation, and a finding statement that holds markup.
   */
  static QualitySystem full() {
    Catalog iso9001 = StandardCatalogs.iso9001();
    Catalog iso7101 = StandardCatalogs.iso7101();
    QualitySystem.Builder b = QualitySystem.builder()
        .organisation("Example Clinic <Ward 4 & Day Surgery>")
        .scope("Outpatient and day-surgery care")
        .addCatalog(iso9001)
        .addCatalog(iso7101)
        .addCatalog(infectionControl());
    RequirementId excluded = iso9001.requirements().stream()
        .filter(l -> l.requirement().exclusionRule().permitsExclusion() && l.clauseNumber().startsWith("8.3"))
        .map(LocatedRequirement::id)
        .findFirst().orElseThrow();
    b.addExclusion(Exclusion.ofRequirement(excluded, "No design and development: the clinic follows published protocols."));
    Instant start = Instant.parse("2025-12-03T09:00:00Z");
    List<LocatedRequirement> all = new ArrayList<>(iso9001.requirements());
    all.addAll(iso7101.requirements());
    int n = 0;
    for (int i = 0; i < all.size(); i++) {
      LocatedRequirement l = all.get(i);
      if (l.id().equals(excluded) || i % 5 == 4) {
        continue; // every fifth requirement stays without evidence
      }
      Instant at = start.plus(Duration.ofDays(30L * (i % 11)));
      int k = 0;
      for (EvidenceKind kind : l.requirement().expectedEvidence()) {
        if (i % 7 == 3 && k > 0) {
          break; // some requirements get only their first kind of evidence
        }
        b.addEvidence(Evidence.builder().id(EvidenceId.of("ev-" + (++n))).addRequirement(l.id()).kind(kind)
            .status(EvidenceStatus.ACCEPTED).collectedAt(at).effectiveFrom(at).owner("Quality manager")
            .reference("https://dms.example/ev-" + n).build());
        k++;
      }
      if (l.requirement().expectedEvidence().isEmpty()) {
        b.addEvidence(record("ev-" + (++n), l.id(), at));
      }
    }
    RequirementId r1 = all.get(12).id();
    RequirementId r2 = all.get(30).id();
    RequirementId r3 = all.get(all.size() - 3).id();
    Finding major = finding("NC-2026-01", r1, FindingGrade.MAJOR_NONCONFORMITY,
        "Sterilisation records missing for two weeks; the log says <script>alert(1)</script>.",
        Instant.parse("2026-03-10T10:00:00Z"), Optional.empty());
    CorrectiveAction majorAction = CapaFixtures.walk("CA-2026-01", major.id(), CapaFixtures.CLOSED,
        Instant.parse("2026-03-11T10:00:00Z"), Duration.ofDays(16), List.of(EvidenceId.of("ev-1")));
    Finding minor = finding("NC-2026-02", r2, FindingGrade.MINOR_NONCONFORMITY,
        "Two obsolete SOPs at the nursing station | ward 4.", Instant.parse("2026-09-08T10:00:00Z"),
        Optional.empty());
    CorrectiveAction minorAction = CapaFixtures.walk("CA-2026-02", minor.id(), CapaFixtures.CLOSED,
        Instant.parse("2026-09-09T10:00:00Z"), Duration.ofDays(6), List.of(EvidenceId.of("ev-2")));
    b.addFinding(closed(major, majorAction)).addCorrectiveAction(majorAction);
    b.addFinding(closed(minor, minorAction)).addCorrectiveAction(minorAction);
    b.addFinding(finding("NC-2026-03", r3, FindingGrade.MINOR_NONCONFORMITY,
        "Hand-hygiene audit overdue by one month.", Instant.parse("2026-11-10T10:00:00Z"), Optional.empty()));
    b.addFinding(finding("OBS-2026-04", r3, FindingGrade.OBSERVATION, "Trend charts could show targets.",
        Instant.parse("2026-10-01T10:00:00Z"), Optional.empty()));
    Instant ic = Instant.parse("2026-02-02T09:00:00Z");
    b.addEvidence(record("ic-ev-1", IC_HYGIENE, ic)).addEvidence(record("ic-ev-2", IC_STERILE, ic))
        .addEvidence(record("ic-ev-3", IC_SURVEILLANCE, ic));
    b.addFinding(finding("NC-2026-05", IC_STERILE, FindingGrade.MAJOR_NONCONFORMITY,
        "Autoclave cycle log unsigned for three days.", Instant.parse("2026-10-20T10:00:00Z"), Optional.empty()));
    Instant hired = Instant.parse("2025-09-01T08:00:00Z");
    b.add(Registers.PEOPLE, Person.of(ANA, "Ana Lima"))
        .add(Registers.PEOPLE, Person.of(BEN, "Ben Okafor"))
        .add(Registers.PEOPLE, Person.of(CHO, "Cho Min-jun"))
        .add(Registers.PEOPLE, ManagementFixtures.person("dee"))
        .add(Registers.ROLES, Role.builder().id(RoleId.of("ward-nurse")).name("Ward nurse")
            .addRequires(HYGIENE, SOP, BLS)
            .addHolders(RoleAssignment.since(ANA, hired), RoleAssignment.since(BEN, hired)).build())
        .add(Registers.ROLES, Role.builder().id(RoleId.of("quality-lead")).name("Quality lead")
            .addRequires(SOP, Competence.skill("Internal auditing"))
            .addOwns(ClauseRef.of(iso9001.id(), "7.5"))
            .addHolders(RoleAssignment.since(CHO, hired), RoleAssignment.since(PersonId.of("dee"), hired)).build());
    b.add(Registers.DOCUMENTS, ManagementFixtures.document(DocumentId.of("SOP-01"), 365,
        Instant.parse("2025-10-01T00:00:00Z"), Optional.empty(), Optional.of(Duration.ofDays(300)), Optional.empty()));
    b.addAll(Registers.TRAINING, fullTraining());
    return b.build();
  }

  /**
   * The plan the full example generates from its gaps, one task per clause, started on 2 November
   * 2026 with the quality lead's tasks on Cho and the first two tasks done.
   */
  static Schedule fullSchedule(QualitySystem system, ConformityReport report) {
    List<RequirementId> gaps = GapAnalysis.of(system, report).gaps().stream().map(g -> g.requirement()).toList();
    ImplementationPlan plan = ImplementationPlan.generate(system, gaps,
        PlanOptions.builder().granularity(PlanOptions.Granularity.CLAUSE).build());
    plan = plan.withAssigneesByRole(java.util.Map.of(RoleId.of("quality-manager"), CHO));
    List<Task> tasks = plan.tasks();
    for (int i = 0; i < Math.min(2, tasks.size()); i++) {
      plan = plan.withCompletedOn(tasks.get(i).id(), LocalDate.parse("2026-11-13"));
    }
    return plan.schedule(LocalDate.parse("2026-11-02"), WorkingCalendar.mondayToFriday());
  }

  static final CatalogId INFECTION_CONTROL = CatalogId.of("local:infection-control-1");
  static final RequirementId IC_HYGIENE = RequirementId.of("ic/1-a");
  static final RequirementId IC_STERILE = RequirementId.of("ic/2-a");
  static final RequirementId IC_SURVEILLANCE = RequirementId.of("ic/3-a");
  static final RequirementId IC_OUTBREAK = RequirementId.of("ic/3-b");

  /** The clinic's own infection-control rules, whose title holds markup characters. */
  static Catalog infectionControl() {
    return Catalog.builder().id(INFECTION_CONTROL).title("Infection prevention & control <local rules>").edition("1")
        .publisher("Example Clinic")
        .addClause(Clause.builder().number("1").title("Hand hygiene")
            .addRequirement(requirement(IC_HYGIENE, "Audit hand hygiene monthly.", ExclusionRule.NOT_PERMITTED)).build())
        .addClause(Clause.builder().number("2").title("Sterilisation")
            .addRequirement(requirement(IC_STERILE, "Log and sign every autoclave cycle.", ExclusionRule.NOT_PERMITTED))
            .build())
        .addClause(Clause.builder().number("3").title("Surveillance")
            .addRequirement(requirement(IC_SURVEILLANCE, "Track surgical-site infections.", ExclusionRule.NOT_PERMITTED))
            .addRequirement(requirement(IC_OUTBREAK, "Keep an outbreak plan.", ExclusionRule.NOT_PERMITTED))
            .build())
        .build();
  }

  /** Training for the full example: a mix of met, missing, expired and retraining owed. */
  static List<TrainingRecord> fullTraining() {
    Instant done = Instant.parse("2025-10-20T09:00:00Z");
    Competence audit = Competence.skill("Internal auditing");
    return List.of(
        evaluated("t1", ANA, HYGIENE, Optional.empty(), done, Optional.empty()),
        evaluated("t2", ANA, SOP, Optional.of("1"), done, Optional.empty()),
        evaluated("t3", ANA, BLS, Optional.empty(), done, Optional.empty()),
        evaluated("t4", BEN, HYGIENE, Optional.empty(), Instant.parse("2024-10-01T09:00:00Z"),
            Optional.of(Instant.parse("2025-10-01T09:00:00Z"))),
        evaluated("t5", BEN, SOP, Optional.of("2"), Instant.parse("2026-08-10T09:00:00Z"), Optional.empty()),
        training("t6", CHO, SOP, Optional.of("2"), Instant.parse("2026-06-11T09:00:00Z"), Optional.empty()),
        evaluated("t7", CHO, audit, Optional.empty(), done, Optional.empty()),
        evaluated("t8", PersonId.of("dee"), audit, Optional.empty(), done, Optional.empty()),
        evaluated("t9", PersonId.of("dee"), SOP, Optional.of("2"), Instant.parse("2026-08-01T09:00:00Z"),
            Optional.empty()));
  }

  /** The competence matrix of the full example, with SOP-01's effective version from its register. */
  static CompetenceMatrix fullMatrix(QualitySystem system, Instant asOf) {
    return CompetenceMatrix.of(system.register(Registers.ROLES).items(), fullTraining(),
        doc -> system.register(Registers.DOCUMENTS).get(DocumentId.of(doc)).flatMap(d -> d.effectiveVersionAt(asOf)),
        Registers.TRAINING_EVALUATION_GRACE, asOf);
  }
}
