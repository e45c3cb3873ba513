package org.qms4j.readiness;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.qms4j.internal.Instants;
import org.qms4j.audit.Audit;
import org.qms4j.audit.AuditKind;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.programme.AuditCoverage;
import org.qms4j.programme.ClauseCoverage;
import org.qms4j.system.QualitySystem;

/**
 * How internal audits cover one catalog's applicable clauses as of an instant, as {@link
 * org.qms4j.programme.AuditProgramme#coverage} reports it, and when the cycle in the interval was
 * complete: the latest, over the clauses, of the first report in the interval that covered each.
 * The audits are walked once, each scope clause reaching the applicable clauses at or below it.
 */
final class AuditCycle {
  /** A whole cycle of the Gregorian calendar, 400 years, which it repeats exactly. */

  final AuditCoverage coverage;
  /** When every applicable clause had been covered within the interval; null if never, or if there is no clause. */
  final @Nullable Instant completedAt;

  private AuditCycle(AuditCoverage coverage, @Nullable Instant completedAt) {
    this.coverage = coverage;
    this.completedAt = completedAt;
  }

  /**
   * The cycle of the applicable requirements of one catalog.
   *
   * @param applicable the catalog's applicable requirements, in document order
   */
  static AuditCycle of(QualitySystem system, CatalogId catalog, List<LocatedRequirement> applicable, Period interval, Instant asOf) {
    Map<String, ClauseRef> clauses = new LinkedHashMap<>();
    for (LocatedRequirement r : applicable) {
      clauses.putIfAbsent(r.clauseNumber(), r.clause());
    }
    List<ClauseRef> order = new ArrayList<>(clauses.values());
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      index.put(order.get(i).number(), i);
    }
    // the applicable clauses at or below each clause number
    Map<String, List<Integer>> under = new HashMap<>();
    for (LocatedRequirement r : applicable) {
      int i = index.get(r.clauseNumber());
      for (String n : r.clausePath()) {
        List<Integer> below = under.computeIfAbsent(n, k -> new ArrayList<>(1));
        if (below.isEmpty() || below.get(below.size() - 1) != i) {
          below.add(i);
        }
      }
    }
    Instant since = Instants.minus(asOf, interval);
    int n = order.size();
    Audit[] last = new Audit[n];
    Instant[] lastAt = new Instant[n];
    Instant[] firstInInterval = new Instant[n];
    for (Audit a : system.audits()) {
      Optional<Instant> reported = a.reportedAt();
      if (a.kind() != AuditKind.INTERNAL || reported.isEmpty() || reported.get().isAfter(asOf)) {
        continue;
      }
      Instant t = reported.get();
      for (ClauseRef c : a.scope()) {
        List<Integer> below = c.catalog().equals(catalog) ? under.get(c.number()) : null;
        if (below == null) {
          continue;
        }
        for (int i : below) {
          if (lastAt[i] == null || t.isAfter(lastAt[i])) {
            last[i] = a;
            lastAt[i] = t;
          }
          if (!t.isBefore(since) && (firstInInterval[i] == null || t.isBefore(firstInInterval[i]))) {
            firstInInterval[i] = t;
          }
        }
      }
    }
    List<ClauseCoverage> coverage = new ArrayList<>(n);
    Instant completed = null;
    boolean complete = true;
    for (int i = 0; i < n; i++) {
      coverage.add(
          last[i] == null
              ? new ClauseCoverage(order.get(i), Optional.empty(), Optional.empty(), false)
              : new ClauseCoverage(order.get(i), Optional.of(last[i].id()), Optional.of(lastAt[i]), firstInInterval[i] != null));
      if (firstInInterval[i] == null) {
        complete = false;
      } else if (completed == null || firstInInterval[i].isAfter(completed)) {
        completed = firstInInterval[i];
      }
    }
    return new AuditCycle(new AuditCoverage(catalog, asOf, interval, coverage), complete ? completed : null);
  }
}
