package org.qms4j.benchmarks;

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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.qms4j.benchmarks.drools.DroolsModel;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.conformity.ConformitySession;

/**
 * qms4j's conformity engine side by side with a hand-written pass (primitive arrays, plain
 * objects) and the same decision table in Drools, on the same generated systems.
 *
 * <p>Every state checks in {@code @Setup} that its implementation gives the same verdict counts
 * as qms4j, and throws if not. The incremental benchmarks alternate one fact between two versions
 * (each op applies the other one), so that the state never drifts; both versions move a verdict.
 * Every result is returned, so JMH sinks it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ConformityBenchmarks {

  /** The generated system, the qms4j engine and the expected counts. */
  @State(Scope.Benchmark)
  public static class Data {
    @Param({"S", "M", "L"})
    public Size size;

    @Param("20261125")
    public long seed;

    Workload w;

    @Setup(Level.Trial)
    public void setUp() {
      w = new Workload(size, seed, true);
    }
  }

  /** A qms4j session, alternating one evidence item and one finding between two versions. */
  @State(Scope.Benchmark)
  public static class Qms4jSession {
    ConformitySession session;
    boolean evidenceFlipped;
    boolean findingFlipped;
    Data data;

    @Setup(Level.Trial)
    public void setUp(Data d) {
      data = d;
      Workload w = d.w;
      session = w.engine.session(w.system, w.asOf);
      Verdicts.check("qms4j session", w.expected, Verdicts.of(session.report()));
      Verdicts.check("qms4j session, evidence changed", w.expectedAfterEvidence, Verdicts.of(session.putEvidence(w.evidenceAfter)));
      Verdicts.check("qms4j session, evidence back", w.expected, Verdicts.of(session.putEvidence(w.evidenceBefore)));
      Verdicts.check("qms4j session, finding changed", w.expectedAfterFinding, Verdicts.of(session.putFinding(w.findingAfter)));
      Verdicts.check("qms4j session, finding back", w.expected, Verdicts.of(session.putFinding(w.findingBefore)));
    }

    ConformityReport flipEvidence() {
      evidenceFlipped = !evidenceFlipped;
      return session.putEvidence(evidenceFlipped ? data.w.evidenceAfter : data.w.evidenceBefore);
    }

    ConformityReport flipFinding() {
      findingFlipped = !findingFlipped;
      return session.putFinding(findingFlipped ? data.w.findingAfter : data.w.findingBefore);
    }
  }

  /** The system flattened into primitive arrays. */
  @State(Scope.Benchmark)
  public static class Arrays {
    HandWritten.Arrays1Pass arrays;

    @Setup(Level.Trial)
    public void setUp(Data d) {
      arrays = new HandWritten.Arrays1Pass(d.w.system, d.w.asOf);
      Verdicts.check("hand-written arrays", d.w.expected, arrays.countVerdicts());
    }
  }

  /** The Drools rules and the system as facts, for full runs. */
  @State(Scope.Benchmark)
  public static class DroolsFull {
    DroolsModel model;
    DroolsModel.Facts facts;

    @Setup(Level.Trial)
    public void setUp(Data d) {
      model = new DroolsModel();
      facts = new DroolsModel.Facts(d.w.system, d.w.asOf);
      Verdicts.check("Drools full run", d.w.expected, model.fullRun(facts));
    }
  }

  /** A live Drools session, alternating the same two changes as {@link Qms4jSession}. */
  @State(Scope.Benchmark)
  public static class DroolsLive {
    DroolsModel.Session session;
    Object evidenceBefore;
    Object evidenceAfter;
    Object findingBefore;
    Object findingAfter;
    boolean evidenceFlipped;
    boolean findingFlipped;

    @Setup(Level.Trial)
    public void setUp(Data d) {
      Workload w = d.w;
      DroolsModel model = new DroolsModel();
      DroolsModel.Facts facts = new DroolsModel.Facts(w.system, w.asOf);
      evidenceBefore = facts.inserted(w.evidenceBefore.id());
      evidenceAfter = facts.ev(w.evidenceAfter);
      findingBefore = facts.inserted(w.findingBefore.id());
      findingAfter = facts.fnd(w.findingAfter);
      session = model.live(facts);
      Verdicts.check("Drools session", w.expected, session.counts().clone());
      Verdicts.check("Drools session, evidence changed", w.expectedAfterEvidence, session.replace(evidenceBefore, evidenceAfter).clone());
      Verdicts.check("Drools session, evidence back", w.expected, session.replace(evidenceAfter, evidenceBefore).clone());
      Verdicts.check("Drools session, finding changed", w.expectedAfterFinding, session.replace(findingBefore, findingAfter).clone());
      Verdicts.check("Drools session, finding back", w.expected, session.replace(findingAfter, findingBefore).clone());
    }

    int[] flipEvidence() {
      evidenceFlipped = !evidenceFlipped;
      return evidenceFlipped
          ? session.replace(evidenceBefore, evidenceAfter)
          : session.replace(evidenceAfter, evidenceBefore);
    }

    int[] flipFinding() {
      findingFlipped = !findingFlipped;
      return findingFlipped
          ? session.replace(findingBefore, findingAfter)
          : session.replace(findingAfter, findingBefore);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      session.close();
    }
  }

  /** qms4j: evaluate every requirement with reasons and roll-ups (engine reused, as documented). */
  @Benchmark
  public ConformityReport qms4jFull(Data d) {
    return d.w.engine.evaluate(d.w.system, d.w.asOf);
  }

  /** qms4j: a session re-evaluates after one evidence item changes. */
  @Benchmark
  public ConformityReport qms4jIncrementalEvidence(Qms4jSession s) {
    return s.flipEvidence();
  }

  /** qms4j: a session re-evaluates after one finding changes. */
  @Benchmark
  public ConformityReport qms4jIncrementalFinding(Qms4jSession s) {
    return s.flipFinding();
  }

  /** Hand-written: one pass over primitive arrays (verdict counts only). */
  @Benchmark
  public int[] handArrays(Arrays a) {
    return a.arrays.countVerdicts();
  }

  /** Hand-written: a walk over the system's own objects (verdict counts only). */
  @Benchmark
  public int[] handObjects(Data d) {
    return HandWritten.ObjectWalk.countVerdicts(d.w.system, d.w.asOf);
  }

  /** Drools: new session, insert every fact, fire every rule, dispose. */
  @Benchmark
  public int[] droolsFull(DroolsFull f) {
    return f.model.fullRun(f.facts);
  }

  /** Drools: update one evidence fact in a live session and fire. */
  @Benchmark
  public int[] droolsIncrementalEvidence(DroolsLive l) {
    return l.flipEvidence();
  }

  /** Drools: update one finding fact in a live session and fire. */
  @Benchmark
  public int[] droolsIncrementalFinding(DroolsLive l) {
    return l.flipFinding();
  }
}
