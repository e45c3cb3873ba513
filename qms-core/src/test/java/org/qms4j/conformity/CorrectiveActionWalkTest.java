package org.qms4j.conformity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qms4j.InvalidModelException;
import org.qms4j.audit.Audit;
import org.qms4j.audit.AuditId;
import org.qms4j.audit.AuditKind;
import org.qms4j.capa.ActionState;
import org.qms4j.capa.CorrectiveAction;
import org.qms4j.capa.CorrectiveActionId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.finding.ImmutableFinding;
import org.qms4j.history.By;
import org.qms4j.history.Event;
import org.qms4j.history.History;
import org.qms4j.history.ImmutableEvent;
import org.qms4j.people.PersonId;
import org.qms4j.standards.StandardCatalogs;
import org.qms4j.system.InvalidSystemException;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.Registers;
import org.qms4j.system.SystemProblem;

/**
 * One minor nonconformity from an internal audit through every corrective-action state to
 * closure, with a failed effectiveness check on the way; the verdict of its requirement at each
 * step follows the decision table, a session always equals a full evaluation, and the history
 * verifies and catches a one-byte change.
 */
class CorrectiveActionWalkTest {
  private static final RequirementId HANDLING = RequirementId.of("iso-9001:2015/7.5.3.2");
  private static final PersonId ANA = PersonId.of("ana.quality");
  private static final PersonId BEN = PersonId.of("ben.ward4");
  private static final PersonId CLEO = PersonId.of("cleo.auditor");
  private static final FindingId NC = FindingId.of("NC-2026-01");
  private static final CorrectiveActionId CA = CorrectiveActionId.of("CA-2026-01");

  private static Instant at(String date) {
    return Instant.parse(date + "T09:00:00Z");
  }

  private static Evidence evidence(String id, String collected) {
    return Evidence.builder()
        .id(EvidenceId.of(id))
        .addRequirement(HANDLING)
        .kind(EvidenceKind.RECORD)
        .status(EvidenceStatus.ACCEPTED)
        .collectedAt(at(collected))
        .effectiveFrom(at(collected))
        .owner("Quality manager")
        .reference("https://dms.example/" + id)
        .build();
  }

  private final ConformityEngine engine = ConformityEngine.standard();
  private final List<String> walk = new ArrayList<>();
  private ConformitySession session;

  /** Moves the session to an instant, applies a change, and records the verdict and reason codes. */
  private RequirementResult step(String what, Instant when, Runnable change) {
    session.advanceTo(when);
    change.run();
    ConformityReport full = engine.evaluate(session.system(), when);
    assertThat(session.report()).as(what).isEqualTo(full);
    RequirementResult r = session.report().result(HANDLING).orElseThrow();
    walk.add(what + ": " + r.verdict() + " " + r.reasons().stream().map(Reason::key).toList());
    return r;
  }

  @Test
  void walk_fromAuditToClosure_verdictFollowsTheDecisionTable() {
    Audit audit =
        Audit.builder()
            .id(AuditId.of("IA-2026-03"))
            .kind(AuditKind.INTERNAL)
            .title("Document control on the wards")
            .addScope(ClauseRef.of(StandardCatalogs.ISO_9001, "7.5"))
            .leadAuditor(CLEO)
            .plannedStart(at("2026-03-02"))
            .plannedEnd(at("2026-03-03"))
            .startedAt(at("2026-03-02"))
            .reportedAt(at("2026-03-10"))
            .build();
    QualitySystem start =
        QualitySystem.builder()
            .organisation("Example Clinic")
            .scope("Outpatient care")
            .addCatalog(StandardCatalogs.iso9001())
            .addEvidence(evidence("records-register", "2026-01-05"))
            .addAudit(audit)
            .build();
    session = engine.session(start, at("2026-03-01"));
    Finding nc =
        Finding.builder()
            .id(NC)
            .addRequirement(HANDLING)
            .grade(FindingGrade.MINOR_NONCONFORMITY)
            .statement("Superseded SOPs were in use on ward 4.")
            .objectiveEvidence("SOP-12 rev 3 in the ward 4 binder; rev 5 is current.")
            .raisedAt(at("2026-03-10"))
            .audit(audit.id())
            .build();
    CorrectiveAction[] ca = new CorrectiveAction[1];

    assertThat(step("before the audit", at("2026-03-01"), () -> {}).verdict()).isEqualTo(Verdict.CONFORMING);
    assertThat(step("minor raised", at("2026-03-10"), () -> session.putFinding(nc)).verdict())
        .isEqualTo(Verdict.PARTIALLY_CONFORMING);
    RequirementResult late = step("no action after 30 days", at("2026-04-10"), () -> {});
    assertThat(late.verdict()).isEqualTo(Verdict.NONCONFORMING);
    assertThat(late.reasons().get(0).code()).isEqualTo(ReasonCode.NONCONFORMITY_WITHOUT_ACTION);
    assertThat(late.reasons().get(0).findings()).containsExactly(NC);

    step("action opened", at("2026-04-11"), () -> put(ca, CorrectiveAction.open(CA, "Superseded SOPs on ward 4", Set.of(NC), By.of(ANA, at("2026-04-11")))));
    assertThat(verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
    step("correction", at("2026-04-12"), () -> put(ca, ca[0].recordCorrection("Old copies removed from ward 4", By.of(BEN, at("2026-04-12")))));
    step("root cause", at("2026-04-20"), () -> put(ca, ca[0].identifyRootCause("Revisions are not recalled from the wards", By.of(ANA, at("2026-04-20")))));
    step("planned", at("2026-04-25"), () -> put(ca, ca[0].plan("Add a recall step to SOP-1", BEN, at("2026-05-20"), By.of(ANA, at("2026-04-25")))));
    assertThat(verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);

    RequirementResult overdue = step("plan due date passed", at("2026-05-21"), () -> {});
    assertThat(overdue.verdict()).isEqualTo(Verdict.NONCONFORMING);
    assertThat(overdue.reasons().get(0).code()).isEqualTo(ReasonCode.CORRECTIVE_ACTION_OVERDUE);
    assertThat(overdue.reasons().get(0).correctiveActions()).containsExactly(CA);
    assertThat(overdue.reasons().get(0).findings()).containsExactly(NC);
    assertThat(session.system().overdue(org.qms4j.capa.DeadlinePolicy.standard(), at("2026-05-21")))
        .containsExactly(new org.qms4j.capa.Overdue(org.qms4j.capa.OverdueStep.IMPLEMENTATION, at("2026-05-20"), NC, java.util.Optional.of(CA)));

    step("implemented", at("2026-05-22"), () -> {
      session.putEvidence(evidence("sop-1-rev5", "2026-05-22"));
      put(ca, ca[0].implement(Set.of(EvidenceId.of("sop-1-rev5")), By.of(BEN, at("2026-05-22"))));
    });
    assertThat(verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);

    assertThatThrownBy(() -> session.putFinding(ImmutableFinding.copyOf(nc).withClosedAt(at("2026-05-23"))))
        .isInstanceOf(InvalidSystemException.class)
        .hasMessageContaining(NC.value())
        .hasMessageContaining(CA.value())
        .satisfies(e -> assertThat(((InvalidSystemException) e).problems())
            .extracting(SystemProblem::kind)
            .containsExactly(SystemProblem.Kind.CLOSED_WITHOUT_EFFECTIVE_ACTION));

    step("effectiveness check failed", at("2026-06-15"), () -> {
      session.putEvidence(evidence("ward-6-check", "2026-06-15"));
      put(ca, ca[0].failEffectiveness(CorrectiveAction.Rework.PLANNING, Set.of(EvidenceId.of("ward-6-check")), By.of(CLEO, at("2026-06-15"))));
    });
    assertThat(ca[0].state()).isEqualTo(ActionState.ROOT_CAUSE_IDENTIFIED);
    assertThat(ca[0].rootCause()).isPresent();
    assertThat(ca[0].plan()).isEmpty();
    assertThat(verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);

    step("planned again", at("2026-06-20"), () -> put(ca, ca[0].plan("Recall step plus ward audits monthly", BEN, at("2026-07-20"), By.of(ANA, at("2026-06-20")))));
    step("implemented again", at("2026-07-10"), () -> put(ca, ca[0].implement(Set.of(EvidenceId.of("sop-1-rev5")), By.of(BEN, at("2026-07-10")))));
    step("effectiveness verified", at("2026-08-10"), () -> {
      session.putEvidence(evidence("ward-audit-08", "2026-08-10"));
      put(ca, ca[0].verifyEffectiveness(Set.of(EvidenceId.of("ward-audit-08")), By.of(CLEO, at("2026-08-10"))));
    });
    assertThat(verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);

    RequirementResult closed = step("finding closed", at("2026-08-11"), () -> session.putFinding(ImmutableFinding.copyOf(nc).withClosedAt(at("2026-08-11"))));
    assertThat(closed.verdict()).isEqualTo(Verdict.CONFORMING);
    step("action closed", at("2026-08-12"), () -> put(ca, ca[0].close(By.of(ANA, at("2026-08-12")))));
    assertThat(verdict()).isEqualTo(Verdict.CONFORMING);
    assertThat(ca[0].state()).isEqualTo(ActionState.CLOSED);
    assertThat(ca[0].failedChecks()).isEqualTo(1);

    assertThat(walk)
        .containsExactly(
            "before the audit: CONFORMING [EVIDENCE_VALID]",
            "minor raised: PARTIALLY_CONFORMING [OPEN_MINOR_NONCONFORMITY, EVIDENCE_VALID]",
            "no action after 30 days: NONCONFORMING [NONCONFORMITY_WITHOUT_ACTION]",
            "action opened: PARTIALLY_CONFORMING [OPEN_MINOR_NONCONFORMITY, EVIDENCE_VALID]",
            "correction: PARTIALLY_CONFORMING [OPEN_MINOR_NONCONFORMITY, EVIDENCE_VALID]",
            "root cause: PARTIALLY_CONFORMING [OPEN_MINOR_NONCONFORMITY, EVIDENCE_VALID]",
            "planned: PARTIALLY_CONFORMING [OPEN_MINOR_NONCONFORMITY, EVIDENCE_VALID]",
            "plan due date passed: NONCONFORMING [CORRECTIVE_ACTION_OVERDUE]",
            "implemented: PARTIALLY_CONFORMING [OPEN_MINOR_NONCONFORMITY, EVIDENCE_VALID]",
            "effectiveness check failed: PARTIALLY_CONFORMING [OPEN_MINOR_NONCONFORMITY, EVIDENCE_VALID]",
            "planned again: PARTIALLY_CONFORMING [OPEN_MINOR_NONCONFORMITY, EVIDENCE_VALID]",
            "implemented again: PARTIALLY_CONFORMING [OPEN_MINOR_NONCONFORMITY, EVIDENCE_VALID]",
            "effectiveness verified: PARTIALLY_CONFORMING [OPEN_MINOR_NONCONFORMITY, EVIDENCE_VALID]",
            "finding closed: CONFORMING [EVIDENCE_VALID]",
            "action closed: CONFORMING [EVIDENCE_VALID]");

    History history = session.system().correctiveAction(CA).orElseThrow().history();
    assertThat(history.verify().intact()).isTrue();
    assertThat(CorrectiveAction.replay(History.of(history.events()))).isEqualTo(ca[0]);
    assertThat(history.events()).extracting(Event::action)
        .containsExactly("opened", "correction-recorded", "root-cause-identified", "action-planned", "implemented",
            "effectiveness-failed", "action-planned", "implemented", "effectiveness-verified", "closed");
    for (int k = 0; k < history.size(); k++) {
      List<Event> changed = new ArrayList<>(history.events());
      Event e = changed.get(k);
      String actor = e.actor().value();
      char last = actor.charAt(actor.length() - 1);
      changed.set(k, ImmutableEvent.copyOf(e).withActor(PersonId.of(actor.substring(0, actor.length() - 1) + (last == 'x' ? 'y' : 'x'))));
      History tampered = History.of(changed);
      assertThat(tampered.verify().brokenAt()).as("event %s", k).hasValue(k);
      assertThatThrownBy(() -> CorrectiveAction.replay(tampered)).isInstanceOf(InvalidModelException.class).hasMessageContaining("event " + k);
    }
  }

  private void put(CorrectiveAction[] holder, CorrectiveAction next) {
    holder[0] = next;
    session.put(Registers.CORRECTIVE_ACTIONS, next);
  }

  private Verdict verdict() {
    return session.report().result(HANDLING).orElseThrow().verdict();
  }
}
