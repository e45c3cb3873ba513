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
 * corrective action's findings and evidence must be held, and none of them can be removed while
 * something refers to it. A closed major or minor nonconformity needs a linked corrective action
 * whose effectiveness check passed at or before the closing instant, after the action was linked
 * to it, and that was not cancelled by then. A corrective action replacing
 * another must continue its history.
 */
public final class Registers {
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
          null,
          null,
          RegisterType.noChecks(),
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

  private static final List<RegisterType<?, ?>> ALL = List.of(EVIDENCE, FINDINGS, CORRECTIVE_ACTIONS, AUDITS);

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
