package org.qms4j.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.Mapping;
import org.qms4j.catalog.MappingRelation;
import org.qms4j.catalog.MappingSet;
import org.qms4j.catalog.MappingSetId;
import org.qms4j.catalog.RequirementId;
import org.qms4j.conformity.ConformityEngine;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.conformity.ConformitySession;
import org.qms4j.conformity.Decision;
import org.qms4j.conformity.Reason;
import org.qms4j.conformity.Rule;
import org.qms4j.conformity.RuleReads;
import org.qms4j.conformity.RuleScope;
import org.qms4j.conformity.Verdict;
import org.qms4j.system.QualitySystem;

/**
 * The costs of the model beyond a full evaluation: a persistent snapshot change ({@code
 * withEvidence}), a session moving forward one day ({@code advanceTo}), and a session change where
 * mapping sets and a host rule are in play. Each state checks in {@code @Setup} that what it
 * measures gives the same answer as a full evaluation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ModelBenchmarks {

  /** A host rule like the README's: caps a requirement whose newest valid item is over a year old. */
  static final Rule RECENT_RECORD =
      Rule.named(
          "record-within-12-months",
          RuleReads.requirementFacts().dependingOnInstant(),
          facts ->
              facts.validEvidence().isEmpty()
                      || facts.validEvidence().stream()
                          .anyMatch(e -> e.effectiveFrom().isAfter(facts.asOf().minus(Duration.ofDays(365))))
                  ? Decision.pass()
                  : Decision.cap(Verdict.PARTIALLY_CONFORMING, Reason.of("NO_RECENT_RECORD", "no record from the last 12 months")));

  /** A generated system and one evidence change, as in {@link ConformityBenchmarks}. */
  @State(Scope.Benchmark)
  public static class Snapshots {
    @Param({"S", "M", "L"})
    public Size size;

    @Param("20261125")
    public long seed;

    Workload w;
    boolean flipped;

    @Setup(Level.Trial)
    public void setUp() {
      w = new Workload(size, seed, true);
      QualitySystem changed = w.system.withEvidence(w.evidenceAfter);
      Verdicts.check("withEvidence", w.expectedAfterEvidence, Verdicts.of(w.engine.evaluate(changed, w.asOf)));
      Verdicts.check("withEvidence back", w.expected, Verdicts.of(w.engine.evaluate(changed.withEvidence(w.evidenceBefore), w.asOf)));
    }
  }

  /**
   * {@code QualitySystem.withEvidence}: a new snapshot with one item replaced; the old one is kept
   * (the state holds it), so every call copies the same path.
   */
  @Benchmark
  public QualitySystem withEvidence(Snapshots s) {
    s.flipped = !s.flipped;
    return s.w.system.withEvidence(s.flipped ? s.w.evidenceAfter : s.w.evidenceBefore);
  }

  /**
   * A session at L, opened afresh before each iteration at a different day; each operation moves it
   * one day further, so an iteration walks it through a year, day by day.
   */
  @State(Scope.Benchmark)
  public static class Days {
    @Param({"L"})
    public Size size;

    @Param("20261125")
    public long seed;

    Workload w;
    ConformitySession session;
    int day;
    Instant next;

    @Setup(Level.Trial)
    public void setUp() {
      w = new Workload(size, seed, false);
      ConformitySession check = w.engine.session(w.system, w.asOf);
      for (int d = 1; d <= 3; d++) {
        Instant t = w.asOf.plus(Duration.ofDays(d));
        ConformityReport moved = check.advanceTo(t);
        if (!moved.equals(w.engine.evaluate(w.system, t))) {
          throw new IllegalStateException("advanceTo disagrees with a full evaluation at " + t);
        }
      }
    }

    @Setup(Level.Iteration)
    public void openSession() {
      // a different day each time, within the year the generated dates cluster around
      day = (day + 37) % 365;
      Instant start = w.asOf.minus(Duration.ofDays(180)).plus(Duration.ofDays(day));
      session = w.engine.session(w.system, start);
      next = start.plus(Duration.ofDays(1));
    }
  }

  /**
   * {@code ConformitySession.advanceTo} one day later, at L: the time per day of a walk through a
   * year (each iteration opens a session and moves it 365 times, one day at a time).
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 10, batchSize = 365)
  @Measurement(iterations = 20, batchSize = 365)
  public ConformityReport advanceOneDay(Days d) {
    ConformityReport report = d.session.advanceTo(d.next);
    d.next = d.next.plus(Duration.ofDays(1));
    return report;
  }

  /**
   * A session at the given size whose system holds a mapping set of 600 mappings from the changed
   * item's catalog to the next (the item's requirement is a source), and whose engine has the
   * README's host rule on the source catalog.
   */
  @State(Scope.Benchmark)
  public static class Mapped {
    @Param({"L"})
    public Size size;

    @Param("20261125")
    public long seed;

    Workload w;
    ConformityEngine engine;
    ConformitySession session;
    boolean flipped;

    @Setup(Level.Trial)
    public void setUp() {
      w = new Workload(size, seed, true);
      List<Catalog> catalogs = w.system.catalogs();
      if (catalogs.size() < 2) {
        throw new IllegalStateException("the mapped benchmark needs two catalogs; size L has three");
      }
      RequirementId changed = w.evidenceBefore.requirements().iterator().next();
      int source = 0;
      while (catalogs.get(source).requirement(changed).isEmpty()) {
        source++;
      }
      Catalog sourceCatalog = catalogs.get(source);
      Catalog targetCatalog = catalogs.get((source + 1) % catalogs.size());
      List<LocatedRequirement> from = sourceCatalog.requirements();
      List<LocatedRequirement> to = targetCatalog.requirements();
      SplittableRandom rnd = new SplittableRandom(seed);
      MappingRelation[] relations = MappingRelation.values();
      List<Mapping> mappings = new ArrayList<>();
      java.util.Set<List<RequirementId>> pairs = new java.util.HashSet<>();
      mappings.add(Mapping.of(changed, MappingRelation.INTERSECTS, to.get(0).id()));
      pairs.add(List.of(changed, to.get(0).id()));
      while (mappings.size() < 600) {
        RequirementId s = from.get(rnd.nextInt(from.size())).id();
        RequirementId t = to.get(rnd.nextInt(to.size())).id();
        if (pairs.add(List.of(s, t))) {
          mappings.add(Mapping.of(s, relations[rnd.nextInt(relations.length)], t));
        }
      }
      MappingSet set =
          MappingSet.builder()
              .id(MappingSetId.of("bench-mapping-set"))
              .version("1")
              .title("Synthetic mapping set")
              .sourceCatalog(sourceCatalog.id())
              .targetCatalog(targetCatalog.id())
              .mappings(mappings)
              .build();
      QualitySystem system = w.system.withMappingSet(set);
      engine = ConformityEngine.builder().deadlinePolicy(org.qms4j.capa.DeadlinePolicy.builder().build()).addRule(RuleScope.catalog(sourceCatalog.id()), RECENT_RECORD).build();
      session = engine.session(system, w.asOf);
      for (int i = 0; i < 2; i++) {
        ConformityReport after = session.putEvidence(i == 0 ? w.evidenceAfter : w.evidenceBefore);
        if (!after.equals(engine.evaluate(session.system(), w.asOf))) {
          throw new IllegalStateException("the mapped session disagrees with a full evaluation");
        }
      }
    }
  }

  /** A session change with 600 mappings and a host rule in play. */
  @Benchmark
  public ConformityReport qms4jIncrementalEvidenceMapped(Mapped m) {
    m.flipped = !m.flipped;
    return m.session.putEvidence(m.flipped ? m.w.evidenceAfter : m.w.evidenceBefore);
  }
}
