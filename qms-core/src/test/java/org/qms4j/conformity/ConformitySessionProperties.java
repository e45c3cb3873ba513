package org.qms4j.conformity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qms4j.testing.ConformityArbitraries.AS_OF;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.MappingSet;
import org.qms4j.catalog.MappingSetId;
import org.qms4j.catalog.RequirementId;
import org.qms4j.finding.FindingGrade;
import org.qms4j.system.Exclusion;
import org.qms4j.system.HostFactKey;
import org.qms4j.system.InvalidSystemException;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.Registers;
import org.qms4j.testing.ConformityArbitraries;
import org.qms4j.testing.ConformityArbitraries.Scenario;

/**
 * A session equals a full evaluation after any sequence of changes and moves in time, with host
 * rules that read other registers, host facts, the instant, or everything, each declaring it.
 */
class ConformitySessionProperties {
  record Score(double value) {}

  static final HostFactKey<Score> SCORE = HostFactKey.of("score", Score.class);
  static final CatalogId A = CatalogId.of("a:1");
  static final CatalogId B = CatalogId.of("b:1");

  /** Caps every requirement it judges while the system holds two or more open findings. */
  static final Rule READS_FINDINGS =
      Rule.named(
          "many-open-findings",
          RuleReads.requirementFacts().and(Registers.FINDINGS),
          f ->
              f.system().findings().stream().filter(x -> x.isOpenAt(f.asOf())).count() >= 2
                  ? Decision.cap(Verdict.PARTIALLY_CONFORMING, Reason.of("MANY_OPEN_FINDINGS", "two or more open"))
                  : Decision.pass());

  /** Decides nonconforming while the host's score is below 0.5. */
  static final Rule READS_SCORE =
      Rule.named(
          "low-score",
          RuleReads.requirementFacts().and(SCORE),
          f ->
              f.system().hostFact(SCORE).filter(s -> s.value() < 0.5).isPresent()
                  ? Decision.decide(Verdict.NONCONFORMING, Reason.of("LOW_SCORE", "score below 0.5"))
                  : Decision.pass());

  /** Caps requirements whose valid evidence is all older than 45 days: changes at instants of its own. */
  static final Rule STALE =
      Rule.named(
          "stale-evidence",
          RuleReads.requirementFacts().dependingOnInstant(),
          f ->
              !f.validEvidence().isEmpty()
                      && f.validEvidence().stream()
                          .allMatch(e -> e.effectiveFrom().isBefore(f.asOf().minus(Duration.ofDays(45))))
                  ? Decision.note(Reason.of("STALE_EVIDENCE", "all evidence older than 45 days"))
                  : Decision.pass());

  /** Reads the whole evidence register and the instant, declaring nothing (so: everything). */
  static final Rule UNDECLARED =
      Rule.named(
          "evidence-count",
          f ->
              f.system().evidence().stream().filter(e -> e.isValidAt(f.asOf())).count() > 6
                  ? Decision.cap(Verdict.NOT_ASSESSED, Reason.of("TOO_MUCH", "more than six valid items"))
                  : Decision.pass());

  sealed interface Step permits Put, PutFinding, Remove, RemoveFinding, Advance, SetScore, DropScore, ToggleExclusion, ToggleMappingSet {}

  record Put(org.qms4j.evidence.Evidence item) implements Step {}

  record PutFinding(org.qms4j.finding.Finding finding) implements Step {}

  record Remove(String id) implements Step {}

  record RemoveFinding(String id) implements Step {}

  record Advance(Duration by) implements Step {}

  record SetScore(double value) implements Step {}

  record DropScore() implements Step {}

  record ToggleExclusion(RequirementId requirement) implements Step {}

  record ToggleMappingSet() implements Step {}

  record Input(Scenario scenario, List<Step> steps, List<Integer> scopes) {}

  @Provide
  Arbitrary<Input> inputs() {
    return ConformityArbitraries.scenarios()
        .flatMap(
            s -> {
              List<RequirementId> ids = s.requirements();
              Arbitrary<String> evidenceIds = Arbitraries.of("e0", "e1", "e2", "e30", "e31");
              Arbitrary<String> findingIds = Arbitraries.of("f0", "f1", "f30");
              Arbitrary<Step> step =
                  Arbitraries.frequencyOf(
                      net.jqwik.api.Tuple.of(4, evidenceIds.flatMap(id -> ConformityArbitraries.evidence(ids, id)).map(Put::new)),
                      net.jqwik.api.Tuple.of(3, findingIds.flatMap(id -> ConformityArbitraries.findings(ids, id)).map(PutFinding::new)),
                      net.jqwik.api.Tuple.of(1, evidenceIds.map(Remove::new)),
                      net.jqwik.api.Tuple.of(1, findingIds.map(RemoveFinding::new)),
                      net.jqwik.api.Tuple.of(
                          3,
                          Arbitraries.of(
                                  Duration.ZERO,
                                  Duration.ofSeconds(1),
                                  Duration.ofDays(1),
                                  Duration.ofDays(31),
                                  Duration.ofDays(70),
                                  Duration.ofDays(-2),
                                  Duration.ofDays(-40))
                              .map(Advance::new)),
                      net.jqwik.api.Tuple.of(1, Arbitraries.of(0.3, 0.7).map(SetScore::new)),
                      net.jqwik.api.Tuple.of(1, Arbitraries.just(new DropScore())),
                      net.jqwik.api.Tuple.of(1, Arbitraries.of(ids).map(ToggleExclusion::new)),
                      net.jqwik.api.Tuple.of(1, Arbitraries.just(new ToggleMappingSet())));
              return Combinators.combine(
                      step.list().ofMaxSize(14), Arbitraries.integers().between(0, 5).list().ofMinSize(4).ofMaxSize(4))
                  .as((steps, scopes) -> new Input(s, steps, scopes));
            });
  }

  /** Scopes for the four host rules, picked by index: catalogs, a clause, a requirement. */
  private static RuleScope scope(int pick, Scenario s) {
    switch (pick) {
      case 0:
        return RuleScope.catalog(A);
      case 1:
        return RuleScope.catalog(B);
      case 2:
        return RuleScope.clause(ClauseRef.of(A, "1"));
      case 3:
        return RuleScope.clause(ClauseRef.of(B, "2"));
      case 4:
        return RuleScope.requirement(s.requirements().get(0));
      default:
        return RuleScope.requirement(s.requirements().get(s.requirements().size() - 1));
    }
  }

  @Property(tries = 250)
  void session_afterAnyChangesAndMoves_equalsAFullEvaluation(@ForAll("inputs") Input input) {
    Scenario s = input.scenario();
    ConformityEngine engine =
        ConformityEngine.builder()
            .addRule(scope(input.scopes().get(0), s), READS_FINDINGS)
            .addRule(scope(input.scopes().get(1), s), READS_SCORE)
            .addRule(scope(input.scopes().get(2), s), STALE)
            .addRule(scope(input.scopes().get(3), s), UNDECLARED)
            .build();
    MappingSet set =
        MappingSet.builder()
            .id(MappingSetId.of("a-to-b"))
            .version("1")
            .title("a to b")
            .sourceCatalog(A)
            .targetCatalog(B)
            .mappings(
                s.mappings().stream()
                    .collect(java.util.stream.Collectors.toMap(m -> List.of(m.source(), m.target()), m -> m, (x, y) -> x))
                    .values())
            .build();
    ConformitySession session = engine.session(s.system(), AS_OF);
    for (Step step : input.steps()) {
      ConformityReport before = session.report();
      QualitySystem systemBefore = session.system();
      Instant asOfBefore = session.asOf();
      try {
        apply(session, step, set);
      } catch (InvalidSystemException refused) {
        assertThat(session.report()).isSameAs(before);
        assertThat(session.system()).isSameAs(systemBefore);
        assertThat(session.asOf()).isEqualTo(asOfBefore);
      }
      ConformityReport full = engine.evaluate(session.system(), session.asOf());
      assertThat(session.report().results()).as("after %s", step).containsExactlyElementsOf(full.results());
      assertThat(session.report()).as("after %s", step).isEqualTo(full);
      assertThat(session.report().overall()).isEqualTo(full.overall());
    }
  }

  private static void apply(ConformitySession session, Step step, MappingSet set) {
    if (step instanceof Put p) {
      session.putEvidence(p.item());
    } else if (step instanceof PutFinding p) {
      session.putFinding(p.finding());
    } else if (step instanceof Remove r) {
      session.removeEvidence(org.qms4j.evidence.EvidenceId.of(r.id()));
    } else if (step instanceof RemoveFinding r) {
      session.removeFinding(org.qms4j.finding.FindingId.of(r.id()));
    } else if (step instanceof Advance a) {
      session.advanceTo(session.asOf().plus(a.by()));
    } else if (step instanceof SetScore sc) {
      session.putHostFact(SCORE, new Score(sc.value()));
    } else if (step instanceof DropScore) {
      session.removeHostFact(SCORE);
    } else if (step instanceof ToggleExclusion t) {
      Exclusion e = Exclusion.ofRequirement(t.requirement(), "Not performed.");
      if (session.system().exclusions().contains(e)) {
        session.removeExclusion(e);
      } else {
        session.putExclusion(e);
      }
    } else if (step instanceof ToggleMappingSet) {
      if (session.system().mappingSet(set.id()).isPresent()) {
        session.removeMappingSet(set.id());
      } else {
        session.putMappingSet(set);
      }
    }
  }

  @Property(tries = 150)
  void advanceTo_anyLaterInstant_equalsAFullEvaluationThere(
      @ForAll("scenarios") Scenario s, @ForAll("offsets") List<Duration> moves) {
    ConformityEngine engine = s.engine();
    ConformitySession session = engine.session(s.system(), AS_OF);
    Instant t = AS_OF;
    for (Duration d : moves) {
      t = t.plus(d);
      session.advanceTo(t);
      assertThat(session.report()).isEqualTo(engine.evaluate(s.system(), t));
    }
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return ConformityArbitraries.scenarios();
  }

  @Provide
  Arbitrary<List<Duration>> offsets() {
    return Arbitraries.of(
            Duration.ofSeconds(1), Duration.ofDays(1), Duration.ofDays(29), Duration.ofDays(60), Duration.ofDays(300))
        .list()
        .ofMaxSize(6);
  }

  @Property(tries = 100)
  void openFindingsOfAGrade_neverIncludeClosedOnes(@ForAll("scenarios") Scenario s) {
    ConformityEngine engine = s.engine();
    for (RequirementId id : s.requirements()) {
      RequirementFacts facts = engine.factsFor(s.system(), id, AS_OF);
      for (FindingGrade g : FindingGrade.values()) {
        assertThat(facts.openFindings(g)).allSatisfy(f -> assertThat(f.isOpenAt(AS_OF) && f.grade() == g).isTrue());
      }
    }
  }
}
