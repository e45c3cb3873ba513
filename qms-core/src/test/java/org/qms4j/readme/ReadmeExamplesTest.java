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
}
