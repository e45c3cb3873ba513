package org.qms4j.examples;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.qms4j.catalog.RequirementId;
import org.qms4j.conformity.ConformityEngine;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.conformity.Reason;
import org.qms4j.conformity.RequirementResult;
import org.qms4j.conformity.Rollup;
import org.qms4j.conformity.StatusChange;
import org.qms4j.conformity.Verdict;
import org.qms4j.conformity.VerdictCounts;
import org.qms4j.gap.GapAnalysis;
import org.qms4j.gap.GapPriority;
import org.qms4j.gap.GapTotals;
import org.qms4j.readiness.Blocker;
import org.qms4j.readiness.ReadinessAssessment;
import org.qms4j.system.QualitySystem;

/**
 * Tells a story step by step: judges the system at each step, prints what happened, the status
 * per catalog and what moved since the step before, and keeps the steps for the caller.
 */
final class Narrator {
  private static final int LISTED = 4;

  private final PrintStream out;
  private final ConformityEngine engine;
  private final List<Step> steps = new ArrayList<>();

  Narrator(PrintStream out, ConformityEngine engine) {
    this.out = out;
    this.engine = engine;
  }

  PrintStream out() {
    return out;
  }

  ConformityEngine engine() {
    return engine;
  }

  List<Step> steps() {
    return List.copyOf(steps);
  }

  void title(String text) {
    out.println();
    out.println("=".repeat(Math.min(100, text.length() + 6)));
    out.println("== " + text);
    out.println("=".repeat(Math.min(100, text.length() + 6)));
  }

  /** Judges the system, prints the step and keeps it. */
  Step step(String title, QualitySystem system, Instant asOf, List<String> happened) {
    ConformityReport report = engine.evaluate(system, asOf);
    GapAnalysis gaps = GapAnalysis.of(system, report);
    List<ReadinessAssessment> readiness = ReadinessAssessment.ofAll(system, report, asOf);
    List<StatusChange> changes = steps.isEmpty() ? List.of() : report.changesSince(steps.get(steps.size() - 1).report());
    Step step = new Step(steps.size() + 1, title, asOf, system, report, gaps, readiness, changes);
    steps.add(step);
    out.println();
    out.printf(Locale.ROOT, "-- %d. %s (%s)%n", step.number(), title, Records.date(asOf));
    happened.forEach(line -> out.println("   " + line));
    for (ReadinessAssessment r : readiness) {
      Rollup rollup = report.catalog(r.catalog()).orElseThrow();
      out.printf(Locale.ROOT, "   %-22s %s%n", r.catalog(), status(rollup));
      out.println("      gaps: " + totals(gaps.totalsByCatalog().getOrDefault(r.catalog(), GapTotals.NONE)));
      out.println("      " + (r.isReady() ? "ready for the certification audit" : "not ready: " + codes(r.blockers())));
    }
    if (steps.size() > 1) {
      out.println("   changed since step " + (step.number() - 1) + ": " + changes(changes));
    }
    return step;
  }

  /** Prints every blocker of every catalog of a step with its message, or that it is ready. */
  void blockers(Step step) {
    for (ReadinessAssessment r : step.readiness()) {
      if (r.isReady()) {
        out.println("     " + r.catalog() + ": ready, no blocker");
      }
      for (Blocker b : r.blockers()) {
        out.println("     " + r.catalog() + " " + b.code() + ": " + b.message());
      }
    }
  }

  /** Prints the first gaps of each priority, in the order to work on them. */
  void gaps(Step step, int perPriority) {
    GapTotals totals = step.gaps().totals();
    out.println("   Gap analysis: " + totals(totals) + "; the first of each priority:");
    for (GapPriority p : GapPriority.values()) {
      step.gaps().gaps().stream()
          .filter(g -> g.priority() == p)
          .limit(perPriority)
          .forEach(g -> out.println("     " + p + " " + g.requirement() + " " + g.verdict() + ": " + shortened(g.summary())));
    }
  }

  /** {@code 12 (1 open major nonconformity, 8 missing documented information, 3 other)}. */
  static String totals(GapTotals t) {
    if (t.total() == 0) {
      return "none";
    }
    List<String> parts = new ArrayList<>();
    for (GapPriority p : GapPriority.values()) {
      if (t.count(p) > 0) {
        parts.add(t.count(p) + " " + p.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      }
    }
    return t.total() + " (" + String.join(", ", parts) + ")";
  }

  private static String shortened(String text) {
    return text.length() <= 72 ? text : text.substring(0, 71) + "…";
  }

  /** The blocker codes, each with the count of what it names where it names several. */
  static String codes(List<Blocker> blockers) {
    List<String> parts = new ArrayList<>();
    for (Blocker b : blockers) {
      int n = Math.max(b.requirements().size(), Math.max(b.clauses().size(), Math.max(b.findings().size(), b.people().size())));
      String what = n == b.requirements().size() ? "" : n == b.clauses().size() ? " clauses" : n == b.findings().size() ? " findings" : " people";
      parts.add(b.code() + (n > 1 ? " (" + n + what + ")" : ""));
    }
    return String.join(", ", parts);
  }

  /** Prints one requirement's verdict and reasons as the report gives them. */
  void explain(ConformityReport report, RequirementId id) {
    RequirementResult r = report.result(id).orElseThrow(() -> new IllegalArgumentException("no result for " + id));
    out.println("     " + id + " " + r.verdict());
    for (Reason reason : r.reasons()) {
      out.println("       " + reason.key() + ": " + reason.message()
          + (reason.mappedFrom().isEmpty() ? "" : " [mapped from " + reason.mappedFrom().stream().map(RequirementId::value).collect(Collectors.joining(", ")) + "]"));
    }
  }

  void say(String line) {
    out.println("   " + line);
  }

  /** {@code score 0.62  conforming 40, partial 2, nonconforming 1, not assessed 20, n/a 2}. */
  static String status(Rollup rollup) {
    VerdictCounts n = rollup.counts();
    return String.format(
        Locale.ROOT,
        "score %.2f  %-20s conforming %d, partial %d, nonconforming %d, not assessed %d, n/a %d",
        rollup.score(),
        rollup.verdict(),
        n.count(Verdict.CONFORMING),
        n.count(Verdict.PARTIALLY_CONFORMING),
        n.count(Verdict.NONCONFORMING),
        n.count(Verdict.NOT_ASSESSED),
        n.count(Verdict.NOT_APPLICABLE));
  }

  /** The moves grouped by verdicts, the requirements named where few moved the same way. */
  static String changes(List<StatusChange> changes) {
    if (changes.isEmpty()) {
      return "nothing";
    }
    Map<String, List<RequirementId>> groups = new LinkedHashMap<>();
    for (StatusChange c : changes) {
      String key = c.before().map(Enum::name).orElse("(new)") + " -> " + c.after().map(Enum::name).orElse("(gone)");
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c.requirement());
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, List<RequirementId>> g : groups.entrySet()) {
      List<RequirementId> ids = g.getValue();
      parts.add(
          ids.size() + " " + g.getKey()
              + (ids.size() <= LISTED ? " (" + ids.stream().map(RequirementId::value).collect(Collectors.joining(", ")) + ")" : ""));
    }
    return String.join("; ", parts);
  }
}
