package org.qms4j.conformity;

import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.RequirementId;
import org.qms4j.internal.Chunked;

/**
 * What the engine found, as of one instant: a {@link RequirementResult} per requirement, in the
 * order of the system's catalogs, and a {@link Rollup} per clause, per catalog and for the whole
 * system.
 *
 * <p>Two reports are equal when they were made as of the same instant and hold equal results and
 * roll-ups. Immutable and thread-safe.
 */
public final class ConformityReport {
  private final Plan plan;
  private final Instant asOf;
  private final RollupPolicy policy;
  private final Chunked<RequirementResult> results;
  private final Chunked<Rollup> rollups;

  private ConformityReport(
      Plan plan,
      Instant asOf,
      RollupPolicy policy,
      Chunked<RequirementResult> results,
      Chunked<Rollup> rollups) {
    this.plan = plan;
    this.asOf = asOf;
    this.policy = policy;
    this.results = results;
    this.rollups = rollups;
  }

  static ConformityReport create(
      Plan plan, Instant asOf, RequirementResult[] results, RollupPolicy policy) {
    int[][] counts = new int[plan.nodes()][Verdict.values().length];
    for (int i = 0; i < results.length; i++) {
      int v = results[i].verdict().ordinal();
      for (int node : plan.paths[i]) {
        counts[node][v]++;
      }
    }
    Rollup[] rollups = new Rollup[counts.length];
    for (int k = 0; k < counts.length; k++) {
      rollups[k] = Rollup.of(new VerdictCounts(counts[k]), policy);
    }
    return new ConformityReport(plan, asOf, policy, Chunked.of(results), Chunked.of(rollups));
  }

  /**
   * Returns a report with the results at the given indices replaced and the roll-ups on their
   * paths moved in step; the cost depends on the number of indices, not on the report's size.
   */
  ConformityReport with(int[] indices, RequirementResult[] replacements) {
    Chunked<RequirementResult> r = results.withAll(indices, replacements, indices.length);
    // the roll-up nodes whose counts move, each moved once per changed requirement on its path
    int[] nodes = new int[8];
    Object[] moved = new Object[8];
    int n = 0;
    for (int k = 0; k < indices.length; k++) {
      int i = indices[k];
      Verdict before = results.get(i).verdict();
      Verdict after = replacements[k].verdict();
      if (before == after) {
        // replaced even when the verdict stays: the reasons may have moved
        continue;
      }
      for (int node : plan.paths[i]) {
        int at = indexOf(nodes, n, node);
        if (at < 0) {
          if (n == nodes.length) {
            nodes = Arrays.copyOf(nodes, n * 2);
            moved = Arrays.copyOf(moved, n * 2);
          }
          nodes[n] = node;
          moved[n] = rollups.get(node);
          at = n++;
        }
        moved[at] = ((Rollup) moved[at]).moved(before, after, policy);
      }
    }
    return new ConformityReport(plan, asOf, policy, r, rollups.withAll(nodes, moved, n));
  }

  private static int indexOf(int[] nodes, int n, int node) {
    for (int k = 0; k < n; k++) {
      if (nodes[k] == node) {
        return k;
      }
    }
    return -1;
  }

  /** This report as of another instant, for a session that moved there without any change. */
  ConformityReport at(Instant instant) {
    return new ConformityReport(plan, instant, policy, results, rollups);
  }

  /**
   * The instant the report was made as of.
   *
   * @return the instant
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * Every requirement's result, in the order of the system's catalogs.
   *
   * @return an unmodifiable list of results
   */
  public List<RequirementResult> results() {
    return new AbstractList<>() {
      @Override
      public RequirementResult get(int index) {
        Objects.checkIndex(index, results.size());
        return results.get(index);
      }

      @Override
      public int size() {
        return results.size();
      }
    };
  }

  /**
   * One requirement's result.
   *
   * @param id the requirement id, not null
   * @return the result, or empty if the system holds no such requirement
   */
  public Optional<RequirementResult> result(RequirementId id) {
    Integer i = plan.index.get(Objects.requireNonNull(id, "id"));
    return i == null ? Optional.empty() : Optional.of(results.get(i));
  }

  /**
   * The roll-up of the whole system.
   *
   * @return the roll-up
   */
  public Rollup overall() {
    return rollups.get(0);
  }

  /**
   * The roll-up of one catalog.
   *
   * @param id the catalog id, not null
   * @return the roll-up, or empty if no requirement of the system belongs to such a catalog
   */
  public Optional<Rollup> catalog(CatalogId id) {
    return node(Objects.requireNonNull(id, "id"));
  }

  /**
   * The roll-up of one clause and its sub-clauses.
   *
   * @param clause the clause, not null
   * @return the roll-up, or empty if no requirement stands in or under that clause
   */
  public Optional<Rollup> clause(ClauseRef clause) {
    return node(Objects.requireNonNull(clause, "clause"));
  }

  /**
   * The roll-up of every clause that holds requirements, directly or below it, in catalog order.
   *
   * @return the clause roll-ups, unmodifiable
   */
  public Map<ClauseRef, Rollup> clauses() {
    Map<ClauseRef, Rollup> result = new LinkedHashMap<>();
    for (int k = 0; k < plan.nodeKeys.length; k++) {
      if (plan.nodeKeys[k] instanceof ClauseRef) {
        result.put((ClauseRef) plan.nodeKeys[k], rollups.get(k));
      }
    }
    return Collections.unmodifiableMap(result);
  }

  private Optional<Rollup> node(Object key) {
    Integer k = plan.nodeIndex.get(key);
    return k == null ? Optional.empty() : Optional.of(rollups.get(k));
  }

  /**
   * The requirements whose verdict differs from an earlier report, in this report's order, then
   * those the earlier report had and this one has not.
   *
   * @param previous the earlier report, not null
   * @return the changes, unmodifiable; empty if no verdict moved
   */
  public List<StatusChange> changesSince(ConformityReport previous) {
    Objects.requireNonNull(previous, "previous");
    List<StatusChange> changes = new ArrayList<>();
    boolean samePlan = previous.plan == plan;
    Set<RequirementId> here = samePlan ? Set.of() : new HashSet<>();
    for (int i = 0; i < results.size(); i++) {
      RequirementResult now = results.get(i);
      Optional<Verdict> before;
      if (samePlan) {
        before = Optional.of(previous.results.get(i).verdict());
      } else {
        here.add(now.requirement());
        before = previous.result(now.requirement()).map(RequirementResult::verdict);
      }
      if (before.isEmpty() || before.get() != now.verdict()) {
        changes.add(new StatusChange(now.requirement(), before, Optional.of(now.verdict())));
      }
    }
    if (!samePlan) {
      for (RequirementResult old : previous.results()) {
        if (!here.contains(old.requirement())) {
          changes.add(new StatusChange(old.requirement(), Optional.of(old.verdict()), Optional.empty()));
        }
      }
    }
    return Collections.unmodifiableList(changes);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ConformityReport)) {
      return false;
    }
    ConformityReport other = (ConformityReport) o;
    if (!asOf.equals(other.asOf) || results.size() != other.results.size()) {
      return false;
    }
    for (int i = 0; i < results.size(); i++) {
      if (!results.get(i).equals(other.results.get(i))) {
        return false;
      }
    }
    return rollupMap().equals(other.rollupMap());
  }

  private Map<Object, Rollup> rollupMap() {
    Map<Object, Rollup> map = new LinkedHashMap<>();
    for (int k = 0; k < plan.nodeKeys.length; k++) {
      map.put(k == 0 ? "system" : plan.nodeKeys[k], rollups.get(k));
    }
    return map;
  }

  @Override
  public int hashCode() {
    int h = asOf.hashCode();
    for (int i = 0; i < results.size(); i++) {
      h = 31 * h + results.get(i).hashCode();
    }
    return h;
  }

  @Override
  public String toString() {
    return "ConformityReport{asOf=" + asOf + ", requirements=" + results.size() + ", overall=" + overall() + "}";
  }
}
