package org.qms4j.examples;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.RequirementId;
import org.qms4j.conformity.ConformityEngine;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.conformity.Reason;
import org.qms4j.conformity.RequirementResult;
import org.qms4j.conformity.Rollup;
import org.qms4j.conformity.StatusChange;
import org.qms4j.conformity.Verdict;
import org.qms4j.conformity.VerdictCounts;
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
    List<StatusChange> changes = steps.isEmpty() ? List.of() : report.changesSince(steps.get(steps.size() - 1).report());
    Step step = new Step(steps.size() + 1, title, asOf, system, report, changes);
    steps.add(step);
    out.println();
    out.printf(Locale.ROOT, "-- %d. %s (%s)%n", step.number(), title, Records.date(asOf));
    happened.forEach(line -> out.println("   " + line));
    for (Map.Entry<CatalogId, Rollup> c : report.catalogs().entrySet()) {
      out.printf(Locale.ROOT, "   %-22s %s%n", c.getKey(), status(c.getValue()));
    }
    if (steps.size() > 1) {
      out.println("   changed since step " + (step.number() - 1) + ": " + changes(changes));
    }
    return step;
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
