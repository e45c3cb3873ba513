package org.qms4j.conformity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qms4j.conformity.Fixtures.AS_OF;
import static org.qms4j.conformity.Fixtures.PR;
import static org.qms4j.conformity.Fixtures.T;
import static org.qms4j.conformity.Fixtures.finding;
import static org.qms4j.conformity.Fixtures.system;
import static org.qms4j.conformity.Fixtures.valid;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.qms4j.InvalidModelException;
import org.qms4j.audit.Audit;
import org.qms4j.audit.AuditId;
import org.qms4j.audit.AuditKind;
import org.qms4j.capa.CorrectiveAction;
import org.qms4j.capa.CorrectiveActionId;
import org.qms4j.capa.DeadlinePolicy;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.history.By;
import org.qms4j.people.PersonId;
import org.qms4j.system.QualitySystem;
import org.qms4j.testing.CapaFixtures;

/** Row 3 of the decision table and the audit-coverage rule, one example per reason code and case. */
class CorrectiveActionRulesTest {
  private static final PersonId ANA = PersonId.of("ana");

  private static QualitySystem.Builder evidenced() {
    return system().addEvidence(valid("sop", PR, EvidenceKind.PROCEDURE)).addEvidence(valid("rec", PR, EvidenceKind.RECORD));
  }

  private static Finding raised(String id, FindingGrade grade, Instant raisedAt) {
    return Finding.builder().from(finding(id, PR, grade)).raisedAt(raisedAt).build();
  }

  private static RequirementResult result(ConformityEngine engine, QualitySystem system, Instant asOf) {
    return engine.evaluate(system, asOf).result(PR).orElseThrow();
  }

  private static List<ReasonCode> codes(RequirementResult r) {
    return r.reasons().stream().map(Reason::code).toList();
  }

  @Nested
  class Row3 {
    private final ConformityEngine engine = ConformityEngine.standard();

    @Test
    void minorWithoutAction_beforeTheLinkDeadline_isOnlyCapped() {
      Finding f = raised("f1", FindingGrade.MINOR_NONCONFORMITY, AS_OF.minus(Duration.ofDays(29)));
      RequirementResult r = result(engine, evidenced().addFinding(f).build(), AS_OF);
      assertThat(r.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(codes(r)).doesNotContain(ReasonCode.NONCONFORMITY_WITHOUT_ACTION);
    }

    @Test
    void minorWithoutAction_fromTheLinkDeadlineOn_isNonconformingNamingTheFinding() {
      Finding f = raised("f1", FindingGrade.MINOR_NONCONFORMITY, AS_OF.minus(Duration.ofDays(30)));
      RequirementResult r = result(engine, evidenced().addFinding(f).build(), AS_OF);
      assertThat(r.verdict()).isEqualTo(Verdict.NONCONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.NONCONFORMITY_WITHOUT_ACTION);
      assertThat(r.reasons().get(0).findings()).containsExactly(FindingId.of("f1"));
      assertThat(r.reasons().get(0).message()).contains("f1").contains(AS_OF.toString());
    }

    @Test
    void majorWithoutAction_isNotedBesideRow2() {
      Finding f = raised("f1", FindingGrade.MAJOR_NONCONFORMITY, AS_OF.minus(Duration.ofDays(40)));
      RequirementResult r = result(engine, evidenced().addFinding(f).build(), AS_OF);
      assertThat(r.verdict()).isEqualTo(Verdict.NONCONFORMING);
      assertThat(codes(r)).containsExactly(ReasonCode.NONCONFORMITY_WITHOUT_ACTION, ReasonCode.OPEN_MAJOR_NONCONFORMITY);
    }

    @Test
    void majorWithUncorrectedAction_pastThirtyDays_namesTheAction() {
      Finding f = raised("f1", FindingGrade.MAJOR_NONCONFORMITY, AS_OF.minus(Duration.ofDays(31)));
      CorrectiveAction a = CapaFixtures.walk("ca1", f.id(), CapaFixtures.OPENED, f.raisedAt(), Duration.ofDays(1), List.of());
      RequirementResult r = result(engine, evidenced().addFinding(f).addCorrectiveAction(a).build(), AS_OF);
      assertThat(codes(r)).containsExactly(ReasonCode.CORRECTIVE_ACTION_OVERDUE, ReasonCode.OPEN_MAJOR_NONCONFORMITY);
      Reason overdue = r.reasons().get(0);
      assertThat(overdue.correctiveActions()).containsExactly(CorrectiveActionId.of("ca1"));
      assertThat(overdue.findings()).containsExactly(FindingId.of("f1"));
      assertThat(overdue.message()).contains("ca1 correction for f1");
    }

    @Test
    void minorWithActionPastItsPlanDueDate_isNonconforming_andImplementationClearsIt() {
      Finding f = raised("f1", FindingGrade.MINOR_NONCONFORMITY, AS_OF.minus(Duration.ofDays(20)));
      CorrectiveAction planned = CapaFixtures.walk("ca1", f.id(), CapaFixtures.PLANNED, f.raisedAt(), Duration.ofDays(1), List.of());
      assertThat(planned.due()).hasValue(f.raisedAt().plus(Duration.ofDays(6)));
      QualitySystem qs = evidenced().addFinding(f).addCorrectiveAction(planned).build();

      RequirementResult late = result(engine, qs, AS_OF);
      assertThat(late.verdict()).isEqualTo(Verdict.NONCONFORMING);
      assertThat(codes(late)).containsExactly(ReasonCode.CORRECTIVE_ACTION_OVERDUE);

      CorrectiveAction implemented = planned.implement(Set.of(EvidenceId.of("rec")), By.of(CapaFixtures.OWNER, AS_OF.minus(Duration.ofDays(1))));
      RequirementResult onTime = result(engine, qs.withCorrectiveAction(implemented), AS_OF);
      assertThat(onTime.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(codes(onTime)).containsExactly(ReasonCode.OPEN_MINOR_NONCONFORMITY, ReasonCode.EVIDENCE_VALID, ReasonCode.EVIDENCE_VALID);
    }

    @Test
    void cancelledAction_doesNotAnswerTheFinding() {
      Finding f = raised("f1", FindingGrade.MINOR_NONCONFORMITY, AS_OF.minus(Duration.ofDays(40)));
      CorrectiveAction a =
          CorrectiveAction.open(CorrectiveActionId.of("ca1"), "Answer", Set.of(f.id()), By.of(ANA, f.raisedAt()))
              .cancel(By.of(ANA, f.raisedAt().plus(Duration.ofDays(2))).because("Raised in error against the wrong ward"));
      RequirementResult r = result(engine, evidenced().addFinding(f).addCorrectiveAction(a).build(), AS_OF);
      assertThat(codes(r)).containsExactly(ReasonCode.NONCONFORMITY_WITHOUT_ACTION);
    }

    @Test
    void hostPolicy_changesTheDeadlines() {
      DeadlinePolicy lenient =
          DeadlinePolicy.builder().putLinkWithin(FindingGrade.MINOR_NONCONFORMITY, Duration.ofDays(60)).build();
      ConformityEngine host = ConformityEngine.builder().deadlinePolicy(lenient).build();
      Finding f = raised("f1", FindingGrade.MINOR_NONCONFORMITY, AS_OF.minus(Duration.ofDays(40)));
      QualitySystem qs = evidenced().addFinding(f).build();

      assertThat(result(engine, qs, AS_OF).verdict()).isEqualTo(Verdict.NONCONFORMING);
      assertThat(result(host, qs, AS_OF).verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(host.deadlinePolicy()).isEqualTo(lenient);
    }

    @Test
    void sessionMovingPastTheDeadline_equalsAFullEvaluation() {
      Finding f = raised("f1", FindingGrade.MINOR_NONCONFORMITY, AS_OF);
      QualitySystem qs = evidenced().addFinding(f).build();
      ConformitySession session = engine.session(qs, AS_OF);
      Instant due = AS_OF.plus(Duration.ofDays(30));

      assertThat(session.advanceTo(due.minusNanos(1)).result(PR).orElseThrow().verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(session.advanceTo(due).result(PR).orElseThrow().verdict()).isEqualTo(Verdict.NONCONFORMING);
      assertThat(session.report()).isEqualTo(engine.evaluate(qs, due));
    }
  }

  @Nested
  class AuditCoverage {
    private Audit internal(String id, String clause, Instant reported) {
      return Audit.builder()
          .id(AuditId.of(id))
          .kind(AuditKind.INTERNAL)
          .title("Internal audit")
          .addScope(ClauseRef.of(T, clause))
          .leadAuditor(ANA)
          .plannedStart(reported.minus(Duration.ofDays(2)))
          .plannedEnd(reported.minus(Duration.ofDays(1)))
          .startedAt(reported.minus(Duration.ofDays(2)))
          .reportedAt(reported)
          .build();
    }

    private String clauseOfPr(QualitySystem qs) {
      return qs.requirement(PR).orElseThrow().clausePath().get(0);
    }

    @Test
    void neverAudited_isNotedWithoutChangingTheVerdict() {
      ConformityEngine engine = ConformityEngine.builder().addRule(RuleScope.all(), Rules.auditCoverage()).build();
      RequirementResult r = result(engine, evidenced().build(), AS_OF);
      assertThat(r.verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(codes(r)).startsWith(ReasonCode.CLAUSE_NOT_AUDITED);
      assertThat(r.reasons().get(0).message()).contains("never audited");
    }

    @Test
    void auditedWithinTwelveMonths_givesNoReason_andLapsesAfter() {
      ConformityEngine engine = ConformityEngine.builder().addRule(RuleScope.all(), Rules.auditCoverage()).build();
      QualitySystem base = evidenced().build();
      QualitySystem qs = base.withAudit(internal("IA-1", clauseOfPr(base), AS_OF.minus(Duration.ofDays(100))));

      assertThat(codes(result(engine, qs, AS_OF))).doesNotContain(ReasonCode.CLAUSE_NOT_AUDITED);
      RequirementResult later = result(engine, qs, AS_OF.plus(Duration.ofDays(300)));
      assertThat(codes(later)).contains(ReasonCode.CLAUSE_NOT_AUDITED);
      assertThat(later.reasons().get(0).message()).contains("IA-1");
    }

    @Test
    void supplierAudit_doesNotCount() {
      ConformityEngine engine = ConformityEngine.builder().addRule(RuleScope.all(), Rules.auditCoverage()).build();
      QualitySystem base = evidenced().build();
      Audit supplier = Audit.builder().from(internal("SA-1", clauseOfPr(base), AS_OF.minus(Duration.ofDays(10)))).kind(AuditKind.SUPPLIER).build();
      assertThat(codes(result(engine, base.withAudit(supplier), AS_OF))).contains(ReasonCode.CLAUSE_NOT_AUDITED);
    }

    @Test
    void hostCap_capsTheVerdict() {
      ConformityEngine engine =
          ConformityEngine.builder()
              .addRule(RuleScope.catalog(T), Rules.auditCoverage(Period.ofMonths(6), Optional.of(Verdict.PARTIALLY_CONFORMING)))
              .build();
      RequirementResult r = result(engine, evidenced().build(), AS_OF);
      assertThat(r.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
      assertThat(r.reasons().get(0).message()).contains("P6M");
    }

    @Test
    void nonPositiveInterval_isRefused() {
      assertThatThrownBy(() -> Rules.auditCoverage(Period.ZERO, Optional.empty()))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("interval was P0D");
    }

    @Test
    void sessionWithAudits_equalsAFullEvaluationAfterChangesAndMoves() {
      ConformityEngine engine = ConformityEngine.builder().addRule(RuleScope.all(), Rules.auditCoverage(Period.ofMonths(1), Optional.of(Verdict.PARTIALLY_CONFORMING))).build();
      QualitySystem base = evidenced().build();
      ConformitySession session = engine.session(base, AS_OF);
      session.put(org.qms4j.system.Registers.AUDITS, internal("IA-1", clauseOfPr(base), AS_OF.minus(Duration.ofDays(3))));
      assertThat(session.report()).isEqualTo(engine.evaluate(session.system(), AS_OF));
      session.advanceTo(AS_OF.plus(Duration.ofDays(40)));
      assertThat(session.report()).isEqualTo(engine.evaluate(session.system(), AS_OF.plus(Duration.ofDays(40))));
      session.remove(org.qms4j.system.Registers.AUDITS, AuditId.of("IA-1"));
      assertThat(session.report()).isEqualTo(engine.evaluate(session.system(), AS_OF.plus(Duration.ofDays(40))));
    }
  }
}
