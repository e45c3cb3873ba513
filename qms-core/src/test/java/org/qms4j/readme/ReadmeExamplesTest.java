package org.qms4j.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.Clause;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.Requirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.conformity.ConformityEngine;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.conformity.ConformitySession;
import org.qms4j.conformity.Decision;
import org.qms4j.conformity.Reason;
import org.qms4j.conformity.RequirementFacts;
import org.qms4j.conformity.Rule;
import org.qms4j.conformity.RuleReads;
import org.qms4j.conformity.RuleScope;
import org.qms4j.conformity.Verdict;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.system.HostFactKey;
import org.qms4j.system.QualitySystem;

/** The README's host rule and its unit test, as a host would write them. */
class ReadmeExamplesTest {
  record HandHygiene(double compliance) {}

  static final HostFactKey<HandHygiene> HAND_HYGIENE = HostFactKey.of("hand-hygiene", HandHygiene.class);

  static final Rule HAND_HYGIENE_TARGET = Rule.named("hand-hygiene-target",
      RuleReads.requirementFacts().and(HAND_HYGIENE),
      facts -> facts.system().hostFact(HAND_HYGIENE)
          .filter(h -> h.compliance() < 0.90)
          .map(h -> Decision.cap(Verdict.PARTIALLY_CONFORMING,
              Reason.of("HAND_HYGIENE_BELOW_TARGET", "compliance " + h.compliance() + " is below 0.90")))
          .orElse(Decision.pass()));

  final ConformityEngine engine = ConformityEngine.builder()
      .addRule(RuleScope.clause(ClauseRef.of(CatalogId.of("clinic-local:1"), "1")), HAND_HYGIENE_TARGET)
      .build();

  final Instant asOf = Instant.parse("2026-06-30T00:00:00Z");

  final QualitySystem clinic =
      QualitySystem.builder()
          .organisation("Riverside Family Clinic")
          .scope("Outpatient primary care")
          .addCatalog(
              Catalog.builder()
                  .id(CatalogId.of("clinic-local:1"))
                  .title("Clinic rules").edition("1").publisher("Riverside Family Clinic")
                  .addClause(Clause.builder().number("1").title("Hand hygiene")
                      .addRequirement(Requirement.builder()
                          .id(RequirementId.of("clinic-local:1/1-a"))
                          .summary("Hand hygiene compliance is audited monthly.")
                          .addExpectedEvidence(EvidenceKind.RECORD)
                          .build())
                      .build())
                  .build())
          .addEvidence(
              Evidence.builder()
                  .id(EvidenceId.of("hh-2026-06"))
                  .addRequirement(RequirementId.of("clinic-local:1/1-a"))
                  .kind(EvidenceKind.RECORD)
                  .status(EvidenceStatus.ACCEPTED)
                  .collectedAt(Instant.parse("2026-06-03T09:00:00Z"))
                  .effectiveFrom(Instant.parse("2026-06-01T00:00:00Z"))
                  .owner("Infection control lead")
                  .reference("https://audits.riverside.example/hh/2026-06")
                  .build())
          .build();

  @Test
  void handHygieneBelowTarget_capsTheRequirement() {
    QualitySystem system = clinic.withHostFact(HAND_HYGIENE, new HandHygiene(0.82));
    RequirementFacts facts = engine.factsFor(system, RequirementId.of("clinic-local:1/1-a"), asOf);

    Decision d = HAND_HYGIENE_TARGET.apply(facts);

    assertThat(d.kind()).isEqualTo(Decision.Kind.CAP);
    assertThat(d.reasons()).extracting(Reason::key).containsExactly("HAND_HYGIENE_BELOW_TARGET");
  }

  @Test
  void session_followsTheHostFactAndTime() {
    ConformitySession session = engine.session(clinic, asOf);
    assertThat(session.report().result(RequirementId.of("clinic-local:1/1-a")).orElseThrow().verdict())
        .isEqualTo(Verdict.CONFORMING);

    ConformityReport low = session.putHostFact(HAND_HYGIENE, new HandHygiene(0.82));
    assertThat(low.result(RequirementId.of("clinic-local:1/1-a")).orElseThrow().verdict())
        .isEqualTo(Verdict.PARTIALLY_CONFORMING);

    session.putHostFact(HAND_HYGIENE, new HandHygiene(0.93));
    ConformityReport tomorrow = session.advanceTo(asOf.plus(Duration.ofDays(1)));
    assertThat(tomorrow.result(RequirementId.of("clinic-local:1/1-a")).orElseThrow().verdict())
        .isEqualTo(Verdict.CONFORMING);
    assertThat(tomorrow).isEqualTo(engine.evaluate(session.system(), asOf.plus(Duration.ofDays(1))));
    assertThat(engine.check(clinic)).isEmpty();
  }

  @Test
  void correctiveActionWalk_asInTheReadme() {
    org.qms4j.people.PersonId ben = org.qms4j.people.PersonId.of("ben");
    org.qms4j.people.PersonId cleo = org.qms4j.people.PersonId.of("cleo");
    Instant t1 = Instant.parse("2026-04-11T09:00:00Z");
    Instant[] t = new Instant[11];
    for (int k = 1; k <= 10; k++) {
      t[k] = t1.plus(Duration.ofDays(5L * (k - 1)));
    }
    Instant due = t[4].plus(Duration.ofDays(10));
    Instant due2 = t[7].plus(Duration.ofDays(10));
    QualitySystem clinic =
        QualitySystem.builder()
            .organisation("Example Clinic")
            .scope("Outpatient care")
            .addCatalog(org.qms4j.standards.StandardCatalogs.iso9001())
            .addEvidence(evidence("sop-1-rev5", t[5]))
            .addEvidence(evidence("ward-6-check", t[6]))
            .addEvidence(evidence("ward-audit-08", t[9]))
            .build();
    org.qms4j.finding.Finding nc =
        org.qms4j.finding.Finding.builder()
            .id(org.qms4j.finding.FindingId.of("NC-1"))
            .addRequirement(RequirementId.of("iso-9001:2015/7.5.3.2"))
            .grade(org.qms4j.finding.FindingGrade.MINOR_NONCONFORMITY)
            .statement("Superseded SOPs on ward 4.")
            .objectiveEvidence("SOP-12 rev 3 in the binder.")
            .raisedAt(t1.minus(Duration.ofDays(1)))
            .build();
    ConformitySession session = ConformityEngine.standard().session(clinic.withFinding(nc), t1);
    session.advanceTo(t[10]);

    // as in the README
    org.qms4j.people.PersonId ana = org.qms4j.people.PersonId.of("ana");
    org.qms4j.capa.CorrectiveAction ca = org.qms4j.capa.CorrectiveAction.open(org.qms4j.capa.CorrectiveActionId.of("CA-7"), "Superseded SOPs on ward 4",
            java.util.Set.of(nc.id()), org.qms4j.history.By.of(ana, t1))
        .recordCorrection("Old copies removed", org.qms4j.history.By.of(ben, t[2]))
        .identifyRootCause("Revisions are not recalled from the wards", org.qms4j.history.By.of(ana, t[3]))
        .plan("Add a recall step to SOP-1", ben, due, org.qms4j.history.By.of(ana, t[4]))
        .implement(java.util.Set.of(EvidenceId.of("sop-1-rev5")), org.qms4j.history.By.of(ben, t[5]))
        .failEffectiveness(org.qms4j.capa.CorrectiveAction.Rework.PLANNING, java.util.Set.of(EvidenceId.of("ward-6-check")), org.qms4j.history.By.of(cleo, t[6]))
        .plan("Recall step plus monthly ward checks", ben, due2, org.qms4j.history.By.of(ana, t[7]))
        .implement(java.util.Set.of(EvidenceId.of("sop-1-rev5")), org.qms4j.history.By.of(ben, t[8]))
        .verifyEffectiveness(java.util.Set.of(EvidenceId.of("ward-audit-08")), org.qms4j.history.By.of(cleo, t[9]));
    session.put(org.qms4j.system.Registers.CORRECTIVE_ACTIONS, ca);
    session.putFinding(org.qms4j.finding.Finding.builder().from(nc).closedAt(t[9]).build());
    ca = ca.close(org.qms4j.history.By.of(ana, t[10]));

    org.qms4j.history.History h = ca.history();
    String head = h.head();
    java.util.List<org.qms4j.history.Event> storedEvents = h.events();
    org.qms4j.capa.CorrectiveAction again = org.qms4j.capa.CorrectiveAction.replay(org.qms4j.history.History.of(storedEvents));
    org.qms4j.history.Verification v = org.qms4j.history.History.of(storedEvents).verify(head);

    assertThat(again).isEqualTo(ca);
    assertThat(v.intact()).isTrue();
    assertThat(ca.state()).isEqualTo(org.qms4j.capa.ActionState.CLOSED);
    assertThat(session.report().result(RequirementId.of("iso-9001:2015/7.5.3.2")).orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING);
  }

  private static Evidence evidence(String id, Instant at) {
    return Evidence.builder()
        .id(EvidenceId.of(id))
        .addRequirement(RequirementId.of("iso-9001:2015/7.5.3.2"))
        .kind(EvidenceKind.RECORD)
        .status(EvidenceStatus.ACCEPTED)
        .collectedAt(at)
        .effectiveFrom(at)
        .owner("Quality manager")
        .reference("https://dms.example/" + id)
        .build();
  }
}
