package org.qms4j.system;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.qms4j.audit.Audit;
import org.qms4j.audit.AuditId;
import org.qms4j.capa.CorrectiveAction;
import org.qms4j.capa.CorrectiveActionId;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.certification.Certificate;
import org.qms4j.certification.CertificateId;
import org.qms4j.document.ControlledDocument;
import org.qms4j.document.DocumentId;
import org.qms4j.document.DocumentVersionRef;
import org.qms4j.objective.Objective;
import org.qms4j.objective.ObjectiveId;
import org.qms4j.people.Person;
import org.qms4j.people.PersonId;
import org.qms4j.review.ManagementReview;
import org.qms4j.review.ReviewId;
import org.qms4j.review.ReviewPolicy;
import org.qms4j.risk.Risk;
import org.qms4j.risk.RiskId;
import org.qms4j.training.CompetenceMatrix;
import org.qms4j.training.Role;
import org.qms4j.training.RoleAssignment;
import org.qms4j.training.RoleId;
import org.qms4j.training.TrainingRecord;
import org.qms4j.training.TrainingRecordId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingId;
import org.qms4j.history.Event;
import org.qms4j.internal.Checks;

/**
 * The registers a quality system holds, each described by a {@link RegisterType}. Use them with
 * {@link QualitySystem#register}, {@link QualitySystem#with} and {@link QualitySystem#without}, and
 * name them in a rule's reads.
 *
 * <p>Items refer to one another, and the system keeps the references whole: a finding's audit, a
 * corrective action's findings and evidence, an evidence item's document version, a role's holders
 * and owned clauses, a training record's person and document version, the catalogs of a
 * management review and of a certificate must be held, and none of them can be removed while
 * something refers to it. A closed major or minor nonconformity needs a linked corrective action
 * whose effectiveness check passed at or before the closing instant, after the action was linked
 * to it, and that was not cancelled by then. A corrective action replacing
 * another must continue its history.
 */
public final class Registers {
  /**
   * How long after training its effectiveness may go unevaluated before the competence matrix
   * reports it: 90 days.
   */
  public static final java.time.Duration TRAINING_EVALUATION_GRACE = java.time.Duration.ofDays(90);

  /** The evidence register, indexed by the requirements each item supports. */
  public static final RegisterType<EvidenceId, Evidence> EVIDENCE =
      new RegisterType<>(
          "evidence",
          "evidence",
          0,
          Evidence.class,
          Evidence::id,
          Evidence::requirements,
          e -> dates(e.collectedAt(), e.effectiveFrom(), e.expiresAt()),
          e -> e.document().isPresent() ? List.of(e.document().get().document()) : List.of(),
          null,
          Registers::checkEvidence,
          (old, e, system, problems) -> notReferenced("evidence", e.id(), system, problems));

  /**
   * The finding register, indexed by the requirements each finding is raised against, and by the
   * audit that raised it ({@link Register#itemsLinkedTo}).
   */
  public static final RegisterType<FindingId, Finding> FINDINGS =
      new RegisterType<>(
          "findings",
          "finding",
          1,
          Finding.class,
          Finding::id,
          Finding::requirements,
          f -> dates(f.raisedAt(), f.closedAt()),
          f -> f.audit().isPresent() ? List.of(f.audit().get()) : List.of(),
          null,
          Registers::checkFinding,
          (old, f, system, problems) -> notReferenced("finding", f.id(), system, problems));

  /**
   * The corrective-action register, by id and by the findings and evidence each action links
   * ({@link Register#itemsLinkedTo}). An action bears on the requirements of the findings it links.
   */
  public static final RegisterType<CorrectiveActionId, CorrectiveAction> CORRECTIVE_ACTIONS =
      new RegisterType<>(
          "corrective-actions",
          "corrective action",
          2,
          CorrectiveAction.class,
          CorrectiveAction::id,
          null,
          CorrectiveAction::dates,
          Registers::linksOf,
          Registers::touched,
          Registers::checkAction,
          Registers::checkActionRemoval);

  /** The audit register: the audits of the programme, planned and done. */
  public static final RegisterType<AuditId, Audit> AUDITS =
      new RegisterType<>(
          "audits",
          "audit",
          3,
          Audit.class,
          Audit::id,
          null,
          a -> dates(a.plannedStart(), a.startedAt(), a.reportedAt(), a.closedAt()),
          null,
          null,
          Registers::checkAudit,
          (old, a, system, problems) -> notReferenced("audit", a.id(), system, problems));

  /**
   * The controlled documents, by id; evidence names the document version it rests on ({@link
   * Evidence#document()}), and a document that evidence names cannot be removed.
   */
  public static final RegisterType<DocumentId, ControlledDocument> DOCUMENTS =
      new RegisterType<>(
          "documents",
          "document",
          4,
          ControlledDocument.class,
          ControlledDocument::id,
          null,
          ControlledDocument::dates,
          null,
          null,
          Registers::checkDocument,
          (old, d, system, problems) -> notReferenced("document", d.id(), system, problems));

  /** The people of the organisation, by id; a person a role or a training record names cannot be removed. */
  public static final RegisterType<PersonId, Person> PEOPLE =
      new RegisterType<>(
          "people",
          "person",
          5,
          Person.class,
          Person::id,
          null,
          p -> List.of(),
          null,
          null,
          RegisterType.noChecks(),
          (old, p, system, problems) -> notReferenced("person", p.id(), system, problems));

  /** The roles, with their required competences, owned clauses and holders over time. */
  public static final RegisterType<RoleId, Role> ROLES =
      new RegisterType<>(
          "roles",
          "role",
          6,
          Role.class,
          Role::id,
          null,
          Role::dates,
          r -> r.holders().stream().map(RoleAssignment::person).collect(java.util.stream.Collectors.toSet()),
          null,
          Registers::checkRole,
          RegisterType.noChecks());

  /** The training records, by id and by the person trained. */
  public static final RegisterType<TrainingRecordId, TrainingRecord> TRAINING =
      new RegisterType<>(
          "training",
          "training record",
          7,
          TrainingRecord.class,
          TrainingRecord::id,
          null,
          r -> CompetenceMatrix.dates(r, TRAINING_EVALUATION_GRACE),
          r -> r.competence().documentId().isPresent()
              ? List.of(r.person(), DocumentId.of(r.competence().documentId().get()))
              : List.of(r.person()),
          null,
          Registers::checkTraining,
          RegisterType.noChecks());

  /** The quality objectives and their indicators, indexed by the requirements they bear on. */
  public static final RegisterType<ObjectiveId, Objective> OBJECTIVES =
      new RegisterType<>(
          "objectives",
          "objective",
          8,
          Objective.class,
          Objective::id,
          Objective::requirements,
          Objective::dates,
          null,
          null,
          RegisterType.noChecks(),
          RegisterType.noChecks());

  /** The risks and opportunities, indexed by the requirements they bear on. */
  public static final RegisterType<RiskId, Risk> RISKS =
      new RegisterType<>(
          "risks",
          "risk",
          9,
          Risk.class,
          Risk::id,
          Risk::requirements,
          Risk::dates,
          null,
          null,
          RegisterType.noChecks(),
          RegisterType.noChecks());

  /** The management reviews. */
  public static final RegisterType<ReviewId, ManagementReview> REVIEWS =
      new RegisterType<>(
          "reviews",
          "management review",
          10,
          ManagementReview.class,
          ManagementReview::id,
          null,
          r -> ReviewPolicy.standard().dates(r),
          null,
          null,
          (old, r, system, problems) -> knownCatalogs("management review", r.id(), r.catalogs(), system, problems),
          RegisterType.noChecks());

  /** The certificates, one lifecycle per certification of a catalog. */
  public static final RegisterType<CertificateId, Certificate> CERTIFICATES =
      new RegisterType<>(
          "certificates",
          "certificate",
          11,
          Certificate.class,
          Certificate::id,
          null,
          Certificate::dates,
          null,
          null,
          (old, c, system, problems) -> {
            knownCatalogs("certificate", c.id(), Set.of(c.catalog()), system, problems);
            if (old != null) {
              continuesHistory("certificate " + Checks.printable(c.id().value()), old.history(), c.history(), problems);
            }
          },
          RegisterType.noChecks());

  private static final List<RegisterType<?, ?>> ALL =
      List.of(EVIDENCE, FINDINGS, CORRECTIVE_ACTIONS, AUDITS, DOCUMENTS, PEOPLE, ROLES, TRAINING, OBJECTIVES, RISKS, REVIEWS, CERTIFICATES);

  private Registers() {}

  private static List<Instant> dates(Instant first, Object... more) {
    List<Instant> all = new ArrayList<>(1 + more.length);
    all.add(first);
    for (Object m : more) {
      if (m instanceof Instant) {
        all.add((Instant) m);
      } else if (m instanceof Optional && ((Optional<?>) m).isPresent()) {
        all.add((Instant) ((Optional<?>) m).get());
      }
    }
    return all;
  }

  /**
   * Every register type, in a fixed order.
   *
   * @return the register types
   */
  public static List<RegisterType<?, ?>> all() {
    return ALL;
  }

  private static Collection<?> linksOf(CorrectiveAction a) {
    Set<Object> all = new HashSet<>(a.findings());
    all.addAll(a.implementationEvidence());
    all.addAll(a.effectivenessEvidence());
    return all;
  }

  private static Set<RequirementId> touched(CorrectiveAction a, QualitySystem system) {
    Set<RequirementId> all = new HashSet<>();
    for (FindingId f : a.findings()) {
      system.finding(f).ifPresent(x -> all.addAll(x.requirements()));
    }
    return all;
  }

  private static void checkFinding(@Nullable Finding old, Finding f, QualitySystem system, List<SystemProblem> problems) {
    if (f.audit().isPresent() && !system.register(AUDITS).contains(f.audit().get())) {
      problems.add(
          new SystemProblem(
              SystemProblem.Kind.UNKNOWN_REFERENCE,
              "finding " + Checks.printable(f.id().value()),
              "refers to audit " + Checks.printable(f.audit().get().value()) + ", which the audit register does not hold"));
    }
    if (f.grade().isNonconformity() && f.closedAt().isPresent()) {
      Instant closed = f.closedAt().get();
      List<CorrectiveAction> linked = system.register(CORRECTIVE_ACTIONS).itemsLinkedTo(f.id());
      for (CorrectiveAction a : linked) {
        if (verifiedFor(a, f.id(), closed)) {
          return;
        }
      }
      List<String> states = new ArrayList<>();
      for (CorrectiveAction a : linked.subList(0, Math.min(5, linked.size()))) {
        states.add(a.id() + " (" + a.asOf(closed).map(x -> x.state().name()).orElse("not yet opened") + ")");
      }
      problems.add(
          new SystemProblem(
              SystemProblem.Kind.CLOSED_WITHOUT_EFFECTIVE_ACTION,
              "finding " + Checks.printable(f.id().value()),
              "is a " + f.grade() + " closed at " + closed + " without a corrective action whose effectiveness check passed by then; "
                  + (linked.isEmpty() ? "no action links it" : "linked: " + String.join(", ", states) + (linked.size() > 5 ? " and " + (linked.size() - 5) + " more" : ""))));
    }
  }

  /**
   * Whether the action, as it stood at the closing instant, was not cancelled and had passed an
   * effectiveness check made after it was linked to the finding.
   */
  static boolean verifiedFor(CorrectiveAction action, FindingId finding, Instant closed) {
    Optional<CorrectiveAction> then = action.asOf(closed);
    if (then.isEmpty() || then.get().state() == org.qms4j.capa.ActionState.CANCELLED) {
      return false;
    }
    Optional<Instant> verified = then.get().effectivenessVerifiedAt();
    Optional<Instant> linked = then.get().linkedAt(finding);
    return verified.isPresent() && linked.isPresent() && !verified.get().isBefore(linked.get());
  }

  private static void checkAction(
      @Nullable CorrectiveAction old, CorrectiveAction a, QualitySystem system, List<SystemProblem> problems) {
    String element = "corrective action " + Checks.printable(a.id().value());
    Set<FindingId> unknownFindings = new TreeSet<>();
    for (FindingId f : a.findings()) {
      if (!system.register(FINDINGS).contains(f)) {
        unknownFindings.add(f);
      }
    }
    if (!unknownFindings.isEmpty()) {
      problems.add(
          new SystemProblem(
              SystemProblem.Kind.UNKNOWN_REFERENCE,
              element,
              "links " + (unknownFindings.size() == 1 ? "finding " : "findings ") + Checks.listed(unknownFindings, 5) + ", which the finding register does not hold"));
    }
    Set<EvidenceId> unknownEvidence = new TreeSet<>();
    for (EvidenceId e : a.implementationEvidence()) {
      if (!system.register(EVIDENCE).contains(e)) {
        unknownEvidence.add(e);
      }
    }
    for (EvidenceId e : a.effectivenessEvidence()) {
      if (!system.register(EVIDENCE).contains(e)) {
        unknownEvidence.add(e);
      }
    }
    if (!unknownEvidence.isEmpty()) {
      problems.add(
          new SystemProblem(
              SystemProblem.Kind.UNKNOWN_REFERENCE,
              element,
              "records evidence " + Checks.listed(unknownEvidence, 5) + ", which the evidence register does not hold"));
    }
    if (old != null) {
      List<Event> before = old.history().events();
      List<Event> after = a.history().events();
      if (after.size() < before.size() || !after.get(before.size() - 1).hash().equals(old.history().head())) {
        problems.add(
            new SystemProblem(
                SystemProblem.Kind.HISTORY_REWRITTEN,
                element,
                "has a history of " + after.size() + " events that does not continue the " + before.size()
                    + " events held; a history only grows"));
      }
    }
  }

  private static void checkActionRemoval(
      @Nullable CorrectiveAction old, CorrectiveAction a, QualitySystem system, List<SystemProblem> problems) {
    List<FindingId> relying = new ArrayList<>();
    for (FindingId f : a.findings()) {
      Optional<Finding> x = system.finding(f);
      if (x.isPresent()) {
        List<SystemProblem> found = new ArrayList<>(1);
        checkFinding(x.get(), x.get(), system, found);
        if (!found.isEmpty()) {
          relying.add(f);
        }
      }
    }
    if (!relying.isEmpty()) {
      problems.add(
          new SystemProblem(
              SystemProblem.Kind.STILL_REFERENCED,
              "corrective action " + Checks.printable(a.id().value()),
              "cannot be removed: closed " + (relying.size() == 1 ? "nonconformity " : "nonconformities ") + Checks.listed(relying, 5)
                  + " rel" + (relying.size() == 1 ? "ies" : "y") + " on its effectiveness check"));
    }
  }

  private static void checkEvidence(@Nullable Evidence old, Evidence e, QualitySystem system, List<SystemProblem> problems) {
    if (e.document().isEmpty()) {
      return;
    }
    DocumentVersionRef ref = e.document().get();
    Optional<ControlledDocument> d = system.register(DOCUMENTS).get(ref.document());
    if (d.isEmpty() || !d.get().versions().contains(ref.version())) {
      problems.add(
          new SystemProblem(
              SystemProblem.Kind.UNKNOWN_REFERENCE,
              "evidence " + Checks.printable(e.id().value()),
              "rests on document version " + Checks.printable(ref.toString()) + ", which the document register does not hold"));
    }
  }

  private static void checkDocument(
      @Nullable ControlledDocument old, ControlledDocument d, QualitySystem system, List<SystemProblem> problems) {
    String element = "document " + Checks.printable(d.id().value());
    if (old == null) {
      // a new document: whatever names a version of it is checked from its own side
      return;
    }
    continuesHistory(element, old.history(), d.history(), problems);
    Set<String> missing = new TreeSet<>();
    for (Evidence e : system.register(EVIDENCE).itemsLinkedTo(d.id())) {
      String version = e.document().orElseThrow().version();
      if (!d.versions().contains(version)) {
        missing.add("evidence " + e.id() + " on version " + version);
      }
    }
    for (TrainingRecord t : system.register(TRAINING).itemsLinkedTo(d.id())) {
      String version = t.documentVersion().orElse("");
      if (!d.versions().contains(version)) {
        missing.add("training record " + t.id() + " on version " + version);
      }
    }
    if (!missing.isEmpty()) {
      problems.add(
          new SystemProblem(
              SystemProblem.Kind.STILL_REFERENCED,
              element,
              "lacks versions that " + Checks.listed(missing, 5) + " rest on"));
    }
  }

  private static void continuesHistory(String element, org.qms4j.history.History before, org.qms4j.history.History after, List<SystemProblem> problems) {
    if (after.size() < before.size() || !after.events().get(before.size() - 1).hash().equals(before.head())) {
      problems.add(
          new SystemProblem(
              SystemProblem.Kind.HISTORY_REWRITTEN,
              element,
              "has a history of " + after.size() + " events that does not continue the " + before.size() + " events held; a history only grows"));
    }
  }

  private static void checkRole(@Nullable Role old, Role r, QualitySystem system, List<SystemProblem> problems) {
    Set<PersonId> unknown = new TreeSet<>();
    for (RoleAssignment a : r.holders()) {
      if (!system.register(PEOPLE).contains(a.person())) {
        unknown.add(a.person());
      }
    }
    if (!unknown.isEmpty()) {
      problems.add(
          new SystemProblem(
              SystemProblem.Kind.UNKNOWN_REFERENCE,
              "role " + Checks.printable(r.id().value()),
              "is held by " + Checks.listed(unknown, 5) + ", whom the people register does not hold"));
    }
    Set<ClauseRef> unknownClauses = new TreeSet<>(java.util.Comparator.comparing(ClauseRef::toString));
    for (ClauseRef c : r.owns()) {
      Optional<Catalog> catalog = system.catalog(c.catalog());
      if (catalog.isEmpty() || catalog.get().clause(c.number()).isEmpty()) {
        unknownClauses.add(c);
      }
    }
    if (!unknownClauses.isEmpty()) {
      problems.add(
          new SystemProblem(
              SystemProblem.Kind.UNKNOWN_REFERENCE,
              "role " + Checks.printable(r.id().value()),
              "owns " + Checks.listed(unknownClauses, 5) + ", which no catalog of the system holds"));
    }
  }

  private static void checkTraining(@Nullable TrainingRecord old, TrainingRecord t, QualitySystem system, List<SystemProblem> problems) {
    String element = "training record " + Checks.printable(t.id().value());
    if (!system.register(PEOPLE).contains(t.person())) {
      problems.add(
          new SystemProblem(
              SystemProblem.Kind.UNKNOWN_REFERENCE, element, "names " + Checks.printable(t.person().value()) + ", whom the people register does not hold"));
    }
    Optional<String> document = t.competence().documentId();
    if (document.isPresent()) {
      Optional<ControlledDocument> d = system.register(DOCUMENTS).get(DocumentId.of(document.get()));
      String version = t.documentVersion().orElse("");
      if (d.isEmpty() || !d.get().versions().contains(version)) {
        problems.add(
            new SystemProblem(
                SystemProblem.Kind.UNKNOWN_REFERENCE,
                element,
                "is on document " + Checks.printable(document.get()) + " version " + Checks.printable(version) + ", which the document register does not hold"));
      }
    }
  }

  private static void knownCatalogs(String what, Object id, Set<CatalogId> catalogs, QualitySystem system, List<SystemProblem> problems) {
    Set<String> unknown = new TreeSet<>();
    for (CatalogId c : catalogs) {
      if (system.catalog(c).isEmpty() && system.catalogs().stream().noneMatch(held -> held.lineage().contains(c))) {
        unknown.add(c.value());
      }
    }
    if (!unknown.isEmpty()) {
      problems.add(
          new SystemProblem(
              SystemProblem.Kind.UNKNOWN_REFERENCE,
              what + " " + Checks.printable(String.valueOf(id)),
              "names " + (unknown.size() == 1 ? "catalog " : "catalogs ") + Checks.listed(unknown, 5) + ", which the system neither holds nor derives a catalog from"));
    }
  }

  private static void checkAudit(@Nullable Audit old, Audit a, QualitySystem system, List<SystemProblem> problems) {
    Set<ClauseRef> unknown = new TreeSet<>(java.util.Comparator.comparing(ClauseRef::toString));
    for (ClauseRef c : a.scope()) {
      Optional<Catalog> catalog = system.catalog(c.catalog());
      if (catalog.isEmpty() || catalog.get().clause(c.number()).isEmpty()) {
        unknown.add(c);
      }
    }
    if (!unknown.isEmpty()) {
      problems.add(
          new SystemProblem(
              SystemProblem.Kind.UNKNOWN_REFERENCE,
              "audit " + Checks.printable(a.id().value()),
              "has in scope " + Checks.listed(unknown, 5) + ", which no catalog of the system holds"));
    }
  }

  /** Refuses the removal of an item that an item of any register links to by its id. */
  private static void notReferenced(String what, Object id, QualitySystem system, List<SystemProblem> problems) {
    for (RegisterType<?, ?> type : ALL) {
      if (type.isIndexedByLink()) {
        referencedBy(type, what, id, system, problems);
      }
    }
  }

  private static <K extends Comparable<? super K>, T> void referencedBy(
      RegisterType<K, T> type, String what, Object id, QualitySystem system, List<SystemProblem> problems) {
    List<T> by = system.register(type).itemsLinkedTo(id);
    if (!by.isEmpty()) {
      problems.add(stillReferenced(what, id, type.itemName(), by.stream().map(type::idOf).toList()));
    }
  }

  private static SystemProblem stillReferenced(String what, Object id, String byWhat, List<?> by) {
    return new SystemProblem(
        SystemProblem.Kind.STILL_REFERENCED,
        what + " " + Checks.printable(String.valueOf(id)),
        "cannot be removed: " + byWhat + (by.size() == 1 ? " " : "s ") + Checks.listed(by, 5) + " refer" + (by.size() == 1 ? "s" : "") + " to it");
  }
}
