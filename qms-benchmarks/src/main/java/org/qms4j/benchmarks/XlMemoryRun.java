package org.qms4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import org.qms4j.conformity.ConformityEngine;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.conformity.ConformitySession;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.evidence.ImmutableEvidence;
import org.qms4j.system.QualitySystem;

/**
 * The one time-and-memory run: generates a system (XL unless told otherwise), evaluates it, and
 * reports wall times and the heap used after a full GC at each step. Run it with the heap limit
 * under test:
 *
 * <pre>
 * java -Xmx1g -cp qms-benchmarks/target/benchmarks.jar org.qms4j.benchmarks.XlMemoryRun XL
 * </pre>
 *
 * <p>A third argument {@code --histogram} prints the top of a class histogram of the heap once the
 * system is built. Wall times here are single shots on a cold-ish JVM (the evaluation is repeated and the best
 * and median are given), not JMH measurements.
 */
public final class XlMemoryRun {
  private XlMemoryRun() {}

  public static void main(String[] args) {
    Size size = args.length > 0 ? Size.valueOf(args[0]) : Size.XL;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261125L;
    boolean histogram = args.length > 2 && args[2].equals("--histogram");
    Instant asOf = SyntheticSystems.AS_OF;
    System.out.printf(
        Locale.ROOT,
        "size %s: %,d requirements, %,d evidence, %,d findings; max heap %,d MiB%n",
        size, size.requirements, size.evidence, size.findings, Runtime.getRuntime().maxMemory() >> 20);

    long base = usedAfterGc();
    long t0 = System.nanoTime();
    QualitySystem system = SyntheticSystems.generate(size, seed);
    long generated = System.nanoTime() - t0;
    long withSystem = usedAfterGc();
    line("generate + build the system", generated);
    if (histogram) {
      printHistogram(30);
    }

    ConformityEngine engine = SyntheticSystems.engine();
    t0 = System.nanoTime();
    ConformityReport report = engine.evaluate(system, asOf);
    line("first evaluation (compiles the plan)", System.nanoTime() - t0);
    long[] times = new long[5];
    for (int i = 0; i < times.length; i++) {
      report = null;
      t0 = System.nanoTime();
      report = engine.evaluate(system, asOf);
      times[i] = System.nanoTime() - t0;
    }
    Arrays.sort(times);
    line("evaluation, best of 5", times[0]);
    line("evaluation, median of 5", times[2]);
    int[] counts = Verdicts.of(report);
    System.out.println("verdicts: " + Verdicts.format(counts));

    long[] walk = new long[5];
    for (int i = 0; i < walk.length; i++) {
      t0 = System.nanoTime();
      int[] c = HandWritten.ObjectWalk.countVerdicts(system, asOf);
      walk[i] = System.nanoTime() - t0;
      Verdicts.check("hand-written object walk", counts, c);
    }
    Arrays.sort(walk);
    line("hand-written object walk, median of 5", walk[2]);

    long withReport = usedAfterGc();

    // the engine works out reasons when they are read: read them all and measure again
    t0 = System.nanoTime();
    long reasons = 0;
    for (var result : report.results()) {
      reasons += result.reasons().size();
    }
    line("reading every requirement's reasons", System.nanoTime() - t0);
    long withReasons = usedAfterGc();

    ConformitySession session;
    t0 = System.nanoTime();
    session = engine.session(system, asOf);
    line("open a session (indexes + full evaluation)", System.nanoTime() - t0);
    Evidence before = Workload.pickEvidence(system, asOf);
    Evidence after = ImmutableEvidence.copyOf(before).withStatus(EvidenceStatus.REJECTED);
    int rounds = 2_000;
    t0 = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      session.putEvidence(i % 2 == 0 ? after : before);
    }
    line("session put of one evidence item, mean of " + rounds, (System.nanoTime() - t0) / rounds);
    Verdicts.check("qms4j session after the flips", counts, Verdicts.of(session.report()));
    long withSession = usedAfterGc();

    Reference.reachabilityFence(system);
    Reference.reachabilityFence(report);
    Reference.reachabilityFence(session);

    System.out.println();
    mib("heap used after GC, before generating", base);
    mib("heap used after GC, system held", withSystem);
    mib("heap used after GC, system + report held", withReport);
    mib("heap used after GC, system + report, every reason read", withReasons);
    mib("heap used after GC, system + report (reasons read) + open session", withSession);
    System.out.printf(
        Locale.ROOT,
        "system: %,d bytes per evidence item (everything held by the system / evidence items)%n",
        (withSystem - base) / size.evidence);
    System.out.printf(
        Locale.ROOT,
        "report: %,d bytes in all, %,d bytes per requirement, %,d bytes per evidence item%n",
        withReport - withSystem,
        (withReport - withSystem) / size.requirements,
        (withReport - withSystem) / size.evidence);
    System.out.printf(
        Locale.ROOT,
        "report with every reason read (%,d reasons): %,d bytes per evidence item%n",
        reasons,
        (withReasons - withSystem) / size.evidence);
    System.out.printf(
        Locale.ROOT,
        "session: %,d bytes per evidence item on top of system and report%n",
        (withSession - withReasons) / size.evidence);
  }

  /** Prints the top of a class histogram of the live heap (forces a full GC). */
  private static void printHistogram(int lines) {
    try {
      Object text =
          ManagementFactory.getPlatformMBeanServer()
              .invoke(
                  new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                  "gcClassHistogram",
                  new Object[] {new String[0]},
                  new String[] {String[].class.getName()});
      String[] rows = text.toString().split("\n");
      for (int i = 0; i < Math.min(rows.length, lines + 3); i++) {
        System.out.println(rows[i]);
      }
    } catch (javax.management.JMException e) {
      System.out.println("no class histogram: " + e);
    }
  }

  /** The heap used after three full collections, in bytes. */
  static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Prints a step's wall time. */
  static void line(String what, long nanos) {
    System.out.printf(Locale.ROOT, "%-48s %,12.3f ms%n", what, nanos / 1e6);
  }

  private static void mib(String what, long bytes) {
    System.out.printf(Locale.ROOT, "%-56s %,8.1f MiB%n", what, bytes / 1048576.0);
  }
}
