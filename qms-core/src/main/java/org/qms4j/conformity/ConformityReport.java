package org.qms4j.conformity;

import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.RequirementId;
import org.qms4j.internal.Checks;
import org.qms4j.internal.Chunked;

/**
 * What the engine found, as of one instant: a {@link RequirementResult} per requirement, in the
 * order of the system's catalogs, and a {@link Rollup} per clause, per catalog and for the whole
 * system.
 *
 * <p>Two reports are equal when they were made as of the same instant and hold equal results, in
 * the same order, and equal roll-ups. A host that stores reports rebuilds one from its parts with
 * {@link #restore}; the rebuilt report equals the one it was taken from and compares with any other
 * report through {@link #changesSince}:
 *
 * <pre>{@code
 * ConformityReport copy = ConformityReport.restore(
 *     report.asOf(), report.results(), report.overall(), report.catalogs(), report.clauses());
 * assert copy.equals(report);
 * List<StatusChange> moved = engine.evaluate(system, later).changesSince(copy);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ConformityReport {
  private final ReportShape shape;
  private final Instant asOf;
  /** The engine's policy, to move roll-ups in a session; null in a restored report. */
  private final @Nullable RollupPolicy policy;
  private final Chunked<RequirementResult> results;
  private final Chunked<Rollup> rollups;

  private ConformityReport(
      ReportShape shape,
      Instant asOf,
      @Nullable RollupPolicy policy,
      Chunked<RequirementResult> results,
      Chunked<Rollup> rollups) {
    this.shape = shape;
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
    return new ConformityReport(plan.shape, asOf, policy, Chunked.of(results), Chunked.of(rollups));
  }

  /**
   * Rebuilds a report from its parts, as a host that stored a report reads it back: the parts are
   * those of {@link #asOf()}, {@link #results()}, {@link #overall()}, {@link #catalogs()} and {@link
   * #clauses()}.
   *
   * <p>The rebuilt report {@linkplain #equals equals} the report the parts were taken from, looks
   * up results and roll-ups as it does, lists its catalogs and clauses in the order given (so the
   * parts of an engine's report come back in the engine's order), and compares with any report,
   * the engine's or another rebuilt one, through {@link #changesSince}. It is not tied to an engine
   * or a system.
   *
   * <p>What the parts must agree on is checked, and a report no engine could have made is refused:
   * a requirement that has two results; an overall roll-up whose counts are not the tally of the
   * results' verdicts; a catalog roll-up whose counts are not the tally of the results in that
   * catalog (the catalog of a result is that of its clause), or one for a catalog that holds no
   * result; a result whose catalog or clause has no roll-up; a clause roll-up of a catalog that has
   * none, that counts no requirement, that counts fewer of a verdict than the results standing in
   * the clause itself or more than its catalog. The verdict of each roll-up is taken as given: the
   * roll-up policy that reached it is not known here.
   *
   * @param asOf the instant the report was made as of, not null
   * @param results every requirement's result, in the report's order; not null, no null element
   * @param overall the roll-up of the whole system, not null
   * @param catalogs the roll-up of each catalog that holds results, in the report's order; not
   *     null, no null key or value
   * @param clauses the roll-up of each clause that holds results directly or below it, in the
   *     report's order; not null, no null key or value
   * @return the report
   * @throws NullPointerException if an argument, an element, a key or a value is null
   * @throws InvalidModelException if the parts disagree as described above; the message names the
   *     requirement, catalog or clause
   */
  public static ConformityReport restore(
      Instant asOf,
      List<RequirementResult> results,
      Rollup overall,
      Map<CatalogId, Rollup> catalogs,
      Map<ClauseRef, Rollup> clauses) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(overall, "overall");
    Objects.requireNonNull(catalogs, "catalogs");
    Objects.requireNonNull(clauses, "clauses");
    RequirementResult[] resultArray = results.toArray(new RequirementResult[0]);
    Map<RequirementId, Integer> index = new HashMap<>(resultArray.length * 2);
    int verdicts = Verdict.values().length;
    int[] total = new int[verdicts];
    Map<CatalogId, int[]> byCatalog = new LinkedHashMap<>();
    Map<ClauseRef, int[]> byClause = new LinkedHashMap<>();
    Map<Object, RequirementId> firstOf = new HashMap<>();
    for (int i = 0; i < resultArray.length; i++) {
      RequirementResult r = Objects.requireNonNull(resultArray[i], "results: element " + i);
      if (index.putIfAbsent(r.requirement(), i) != null) {
        throw new InvalidModelException(
            "conformity report: requirement " + quote(r.requirement())
                + " has more than one result; expected one result per requirement");
      }
      int v = r.verdict().ordinal();
      total[v]++;
      CatalogId catalog = r.clause().catalog();
      byCatalog.computeIfAbsent(catalog, k -> new int[verdicts])[v]++;
      byClause.computeIfAbsent(r.clause(), k -> new int[verdicts])[v]++;
      firstOf.putIfAbsent(catalog, r.requirement());
      firstOf.putIfAbsent(r.clause(), r.requirement());
    }
    if (!overall.counts().equalsTally(total)) {
      throw new InvalidModelException(
          "conformity report: the overall roll-up counts " + overall.counts()
              + "; expected the tally of the results, " + new VerdictCounts(total));
    }
    Map<Object, Integer> nodes = new LinkedHashMap<>();
    List<Rollup> rollups = new ArrayList<>(1 + catalogs.size() + clauses.size());
    nodes.put(ReportShape.SYSTEM_NODE, 0);
    rollups.add(overall);
    catalogs.forEach((id, rollup) -> {
      Objects.requireNonNull(id, "catalogs: a key");
      Objects.requireNonNull(rollup, "catalogs: the value of " + id);
      int[] tally = byCatalog.get(id);
      if (tally == null) {
        throw new InvalidModelException(
            "conformity report: catalog " + quote(id) + " has a roll-up but no result; expected"
                + " roll-ups only of catalogs that hold results");
      }
      if (!rollup.counts().equalsTally(tally)) {
        throw new InvalidModelException(
            "conformity report: the roll-up of catalog " + quote(id) + " counts " + rollup.counts()
                + "; expected the tally of its results, " + new VerdictCounts(tally));
      }
      nodes.put(id, rollups.size());
      rollups.add(rollup);
    });
    for (CatalogId id : byCatalog.keySet()) {
      if (!nodes.containsKey(id)) {
        throw new InvalidModelException(
            "conformity report: catalog " + quote(id) + " of requirement " + quote(firstOf.get(id))
                + " has no roll-up");
      }
    }
    clauses.forEach((clause, rollup) -> {
      Objects.requireNonNull(clause, "clauses: a key");
      Objects.requireNonNull(rollup, "clauses: the value of " + clause);
      Integer catalogNode = nodes.get(clause.catalog());
      if (catalogNode == null) {
        throw new InvalidModelException(
            "conformity report: clause " + quote(clause) + " has a roll-up but its catalog has"
                + " none; expected clause roll-ups only in catalogs that hold results");
      }
      VerdictCounts counts = rollup.counts();
      if (counts.total() == 0) {
        throw new InvalidModelException(
            "conformity report: the roll-up of clause " + quote(clause) + " counts no requirement;"
                + " expected roll-ups only of clauses that hold results");
      }
      int[] direct = byClause.get(clause);
      VerdictCounts catalogCounts = rollups.get(catalogNode).counts();
      for (Verdict v : Verdict.values()) {
        int c = counts.count(v);
        if (direct != null && c < direct[v.ordinal()]) {
          throw new InvalidModelException(
              "conformity report: the roll-up of clause " + quote(clause) + " counts " + counts
                  + "; expected at least the results that stand in the clause, "
                  + new VerdictCounts(direct));
        }
        if (c > catalogCounts.count(v)) {
          throw new InvalidModelException(
              "conformity report: the roll-up of clause " + quote(clause) + " counts " + counts
                  + "; expected at most its catalog's counts, " + catalogCounts);
        }
      }
      nodes.put(clause, rollups.size());
      rollups.add(rollup);
    });
    for (ClauseRef clause : byClause.keySet()) {
      if (!nodes.containsKey(clause)) {
        throw new InvalidModelException(
            "conformity report: clause " + quote(clause) + " of requirement "
                + quote(firstOf.get(clause)) + " has no roll-up");
      }
    }
    ReportShape shape =
        new ReportShape(index, nodes.keySet().toArray(), Collections.unmodifiableMap(nodes), null);
    return new ConformityReport(
        shape, asOf, null, Chunked.of(resultArray), Chunked.of(rollups.toArray(new Rollup[0])));
  }

  private static String quote(@Nullable Object value) {
    return Checks.quote(String.valueOf(value));
  }

  /**
   * Returns a report with the results at the given indices replaced and the roll-ups on their
   * paths moved in step; the cost depends on the number of indices, not on the report's size. Only
   * for a report the engine made.
   */
  ConformityReport with(int[] indices, RequirementResult[] replacements) {
    int[][] paths = Objects.requireNonNull(shape.paths, "a restored report is never moved");
    RollupPolicy policy = Objects.requireNonNull(this.policy, "a restored report is never moved");
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
      for (int node : paths[i]) {
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
    return new ConformityReport(shape, asOf, policy, r, rollups.withAll(nodes, moved, n));
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
    return new ConformityReport(shape, instant, policy, results, rollups);
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
    Integer i = shape.index.get(Objects.requireNonNull(id, "id"));
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
   * The roll-up of every catalog that holds requirements, in the order of the system's catalogs.
   *
   * @return the catalog roll-ups, unmodifiable
   */
  public Map<CatalogId, Rollup> catalogs() {
    return nodesOf(CatalogId.class);
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
    return nodesOf(ClauseRef.class);
  }

  private <K> Map<K, Rollup> nodesOf(Class<K> type) {
    Map<K, Rollup> result = new LinkedHashMap<>();
    Object[] keys = shape.nodeKeys;
    for (int k = 0; k < keys.length; k++) {
      if (type.isInstance(keys[k])) {
        result.put(type.cast(keys[k]), rollups.get(k));
      }
    }
    return Collections.unmodifiableMap(result);
  }

  private Optional<Rollup> node(Object key) {
    Integer k = shape.nodeIndex.get(key);
    return k == null ? Optional.empty() : Optional.of(rollups.get(k));
  }

  /**
   * The requirements whose verdict differs from an earlier report, in this report's order, then
   * those the earlier report had and this one has not, in its order. The earlier report may be
   * the engine's or a {@linkplain #restore restored} one: requirements are matched by id.
   *
   * @param previous the earlier report, not null
   * @return the changes, unmodifiable; empty if no verdict moved
   */
  public List<StatusChange> changesSince(ConformityReport previous) {
    Objects.requireNonNull(previous, "previous");
    List<StatusChange> changes = new ArrayList<>();
    boolean samePlan = previous.shape == shape;
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
    if (!asOf.equals(other.asOf)
        || results.size() != other.results.size()
        || rollups.size() != other.rollups.size()) {
      return false;
    }
    for (int i = 0; i < results.size(); i++) {
      if (!results.get(i).equals(other.results.get(i))) {
        return false;
      }
    }
    // node keys are distinct, so equal counts and every key found with an equal roll-up suffice
    Object[] keys = shape.nodeKeys;
    for (int k = 0; k < keys.length; k++) {
      Integer j = other.shape == shape ? Integer.valueOf(k) : other.shape.nodeIndex.get(keys[k]);
      if (j == null || !rollups.get(k).equals(other.rollups.get(j))) {
        return false;
      }
    }
    return true;
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
