package org.qms4j.conformity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qms4j.testing.ConformityArbitraries.AS_OF;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.Mapping;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.system.QualitySystem;
import org.qms4j.testing.ConformityArbitraries;
import org.qms4j.testing.ConformityArbitraries.Scenario;

class ConformityEngineProperties {

  @Provide
  Arbitrary<Scenario> scenarios() {
    return ConformityArbitraries.scenarios();
  }

  /** One change a host makes to a session: put or remove evidence or a finding. */
  sealed interface Change permits PutEvidence, RemoveEvidence, PutFinding, RemoveFinding {}

  record PutEvidence(Evidence item) implements Change {}

  record RemoveEvidence(EvidenceId id) implements Change {}

  record PutFinding(Finding finding) implements Change {}

  record RemoveFinding(FindingId id) implements Change {}

  private static Arbitrary<Change> changes(List<RequirementId> ids) {
    // ids from a small pool, so that puts replace and removes hit existing items often
    Arbitrary<String> evidenceIds = Arbitraries.of("e0", "e1", "e2", "e3", "e20", "e21");
    Arbitrary<String> findingIds = Arbitraries.of("f0", "f1", "f2", "f20");
    return Arbitraries.oneOf(
        evidenceIds.flatMap(id -> ConformityArbitraries.evidence(ids, id)).map(PutEvidence::new),
        evidenceIds.map(id -> new RemoveEvidence(EvidenceId.of(id))),
        findingIds.flatMap(id -> ConformityArbitraries.findings(ids, id)).map(PutFinding::new),
        findingIds.map(id -> new RemoveFinding(FindingId.of(id))));
  }

  @Group
  class Incremental {
    @Property(tries = 200)
    void session_afterAnySequenceOfChanges_equalsAFullEvaluation(@ForAll("scenarioAndChanges") ScenarioAndChanges input) {
      ConformityEngine engine = input.scenario().engine();
      ConformitySession session = engine.session(input.scenario().system(), AS_OF);
      for (Change change : input.changes()) {
        ConformityReport before = session.report();
        try {
          apply(session, change);
        } catch (InvalidModelException e) {
          // only a removal of an absent id may be refused, and it must change nothing
          assertThat(change).isInstanceOfAny(RemoveEvidence.class, RemoveFinding.class);
          assertThat(session.report()).isSameAs(before);
        }
        QualitySystem now = session.system();
        assertThat(session.report()).isEqualTo(ConformityEngine.builder()
            .addMappings(input.scenario().mappings()).build().evaluate(now, AS_OF));
      }
    }

    @Provide
    Arbitrary<ScenarioAndChanges> scenarioAndChanges() {
      return scenarios()
          .flatMap(s -> changes(s.requirements()).list().ofMaxSize(12).map(c -> new ScenarioAndChanges(s, c)));
    }
  }

  record ScenarioAndChanges(Scenario scenario, List<Change> changes) {}

  private static void apply(ConformitySession session, Change change) {
    if (change instanceof PutEvidence p) {
      session.putEvidence(p.item());
    } else if (change instanceof RemoveEvidence r) {
      session.removeEvidence(r.id());
    } else if (change instanceof PutFinding p) {
      session.putFinding(p.finding());
    } else if (change instanceof RemoveFinding r) {
      session.removeFinding(r.id());
    }
  }

  @Group
  class OrderIndependence {
    @Property(tries = 200)
    void evaluate_sameFactsInAnyOrder_giveEqualReports(@ForAll("scenarios") Scenario s, @ForAll long seed) {
      QualitySystem system = s.system();
      List<Evidence> evidence = new ArrayList<>(system.evidence());
      List<Finding> findings = new ArrayList<>(system.findings());
      Random random = new Random(seed);
      Collections.shuffle(evidence, random);
      Collections.shuffle(findings, random);
      List<org.qms4j.capa.CorrectiveAction> actions = new ArrayList<>(system.correctiveActions());
      Collections.shuffle(actions, random);
      QualitySystem.Builder b = QualitySystem.builder().organisation(system.organisation()).scope(system.scope());
      system.catalogs().forEach(b::addCatalog);
      system.exclusions().forEach(b::addExclusion);
      actions.forEach(b::addCorrectiveAction);
      QualitySystem shuffled = b.addAllEvidence(evidence).addAllFindings(findings).build();
      List<Mapping> mappings = new ArrayList<>(s.mappings());
      Collections.shuffle(mappings, random);
      ConformityEngine shuffledEngine = ConformityEngine.builder().addMappings(mappings).build();

      assertThat(shuffledEngine.evaluate(shuffled, AS_OF)).isEqualTo(s.engine().evaluate(system, AS_OF));
    }
  }

  /** How well a requirement is met: conforming best, nonconforming worst. */
  private static int goodness(Verdict v) {
    switch (v) {
      case CONFORMING:
        return 3;
      case PARTIALLY_CONFORMING:
        return 2;
      case NOT_ASSESSED:
        return 1;
      default:
        return 0;
    }
  }

  @Group
  class Monotonicity {
    @Property(tries = 300)
    void addingAnOpenMajorNonconformity_neverImprovesAnyVerdict(
        @ForAll("scenarios") Scenario s, @ForAll("anyIndex") int pick) {
      RequirementId target = s.requirements().get(pick % s.requirements().size());
      Finding major =
          Finding.builder()
              .id(FindingId.of("new-major"))
              .addRequirement(target)
              .grade(FindingGrade.MAJOR_NONCONFORMITY)
              .statement("Major.")
              .objectiveEvidence("Seen.")
              .raisedAt(AS_OF)
              .build();
      ConformityEngine engine = s.engine();
      ConformityReport before = engine.evaluate(s.system(), AS_OF);
      ConformityReport after = engine.evaluate(s.system().withFinding(major), AS_OF);
      for (RequirementResult b : before.results()) {
        Verdict a = after.result(b.requirement()).orElseThrow().verdict();
        if (b.verdict() == Verdict.NOT_APPLICABLE) {
          assertThat(a).isEqualTo(Verdict.NOT_APPLICABLE);
        } else {
          assertThat(goodness(a)).as("%s: %s -> %s", b.requirement(), b.verdict(), a).isLessThanOrEqualTo(goodness(b.verdict()));
          assertThat(a.severity()).isGreaterThanOrEqualTo(b.verdict().severity());
        }
      }
      Verdict targetVerdict = after.result(target).orElseThrow().verdict();
      assertThat(targetVerdict).isIn(Verdict.NONCONFORMING, Verdict.NOT_APPLICABLE);
    }

    @Property(tries = 300)
    void acceptingEvidence_neverWorsensAnyVerdict(@ForAll("scenarios") Scenario s, @ForAll("anyIndex") int pick) {
      List<Evidence> notAccepted =
          s.system().evidence().stream().filter(e -> e.status() != EvidenceStatus.ACCEPTED).toList();
      if (notAccepted.isEmpty()) {
        return;
      }
      Evidence item = notAccepted.get(pick % notAccepted.size());
      Evidence accepted = org.qms4j.evidence.ImmutableEvidence.copyOf(item).withStatus(EvidenceStatus.ACCEPTED);
      ConformityEngine engine = s.engine();
      ConformityReport before = engine.evaluate(s.system(), AS_OF);
      ConformityReport after = engine.evaluate(s.system().withEvidence(accepted), AS_OF);
      for (RequirementResult b : before.results()) {
        Verdict a = after.result(b.requirement()).orElseThrow().verdict();
        assertThat(goodness(a)).as("%s: %s -> %s", b.requirement(), b.verdict(), a).isGreaterThanOrEqualTo(goodness(b.verdict()));
      }
    }

    @Provide
    Arbitrary<Integer> anyIndex() {
      return Arbitraries.integers().between(0, 1000);
    }
  }

  @Group
  class Determinism {
    @Property(tries = 30)
    void evaluate_inParallelOnOneSnapshot_givesEqualReports(@ForAll("scenarios") Scenario s) throws Exception {
      ConformityEngine shared = s.engine();
      ConformityReport expected = s.engine().evaluate(s.system(), AS_OF);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<ConformityReport>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          futures.add(pool.submit(() -> shared.evaluate(s.system(), AS_OF)));
        }
        for (Future<ConformityReport> f : futures) {
          assertThat(f.get()).isEqualTo(expected);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Property(tries = 200)
  void reasonsWorkedOutLater_equalReasonsGatheredAtOnce(@ForAll("scenarios") Scenario s) {
    // a host rule that never decides makes every chain non-built-in, so reasons are gathered at once
    ConformityEngine eager =
        ConformityEngine.builder()
            .addMappings(s.mappings())
            .addRule(RuleScope.catalog(org.qms4j.catalog.CatalogId.of("a:1")), Rule.named("noop", f -> Decision.pass()))
            .addRule(RuleScope.catalog(org.qms4j.catalog.CatalogId.of("b:1")), Rule.named("noop", f -> Decision.pass()))
            .build();
    assertThat(s.engine().evaluate(s.system(), AS_OF)).isEqualTo(eager.evaluate(s.system(), AS_OF));
  }

  @Property(tries = 100)
  void evaluate_everyRequirementHasAResultWithReasons(@ForAll("scenarios") Scenario s) {
    ConformityReport report = s.engine().evaluate(s.system(), AS_OF);
    assertThat(report.results()).extracting(RequirementResult::requirement).containsExactlyElementsOf(s.requirements());
    assertThat(report.results()).allSatisfy(r -> assertThat(r.reasons()).isNotEmpty());
    assertThat(report.overall().counts().total()).isEqualTo(s.requirements().size());
  }

  @Property(tries = 50)
  void removingAnAbsentItem_isRefused(@ForAll("scenarios") Scenario s) {
    ConformitySession session = s.engine().session(s.system(), AS_OF);
    assertThatThrownBy(() -> session.removeEvidence(EvidenceId.of("absent"))).isInstanceOf(InvalidModelException.class);
  }

}
