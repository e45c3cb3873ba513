package org.qms4j.conformity;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.qms4j.catalog.MappingSet;
import org.qms4j.catalog.MappingSetId;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingId;
import org.qms4j.system.Exclusion;
import org.qms4j.system.FactType;
import org.qms4j.system.HostFactKey;
import org.qms4j.system.InvalidSystemException;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.RegisterType;
import org.qms4j.system.Registers;

/**
 * Keeps a quality system's report current while its facts change and its instant moves. The
 * report a session returns always equals a full {@link ConformityEngine#evaluate} of {@link
 * #system()} as of {@link #asOf()}.
 *
 * <h2>What a change costs</h2>
 *
 * <ul>
 *   <li>A change to a register item ({@link #put}, {@link #remove}, and the evidence and finding
 *       shortcuts) judges again the requirements the item concerns, the requirements mapped from
 *       them, and the requirements whose rules read that register or everything ({@link
 *       Rule#reads()}); only their roll-up paths move.
 *   <li>A change to a host fact judges again the requirements whose rules read it or everything.
 *   <li>{@link #advanceTo} a later instant judges again only the requirements one of whose facts
 *       changes state in between (collected, effective, expired, raised, closed), found through a
 *       time index, and those whose rules depend on the instant. Moving to an earlier instant
 *       evaluates everything.
 *   <li>A change to exclusions or mapping sets changes what the engine compiled for the system, and
 *       evaluates everything.
 * </ul>
 *
 * <h2>Failures</h2>
 *
 * <p>A change the system refuses throws {@link InvalidSystemException}; one whose re-evaluation
 * fails throws {@link RuleFailedException} or {@link RollupFailedException}. Either way the session
 * is left exactly as it was: same system, same instant, same report. Reports returned are immutable
 * and share structure with their predecessors. Thread-safe: changes are serialised.
 *
 * <pre>{@code
 * ConformitySession session = engine.session(system, asOf);
 * ConformityReport before = session.report();
 * ConformityReport after = session.putFinding(majorNc);
 * after.changesSince(before).forEach(System.out::println);
 * ConformityReport tomorrow = session.advanceTo(asOf.plus(Duration.ofDays(1)));
 * }</pre>
 */
public final class ConformitySession {
  private final ConformityEngine engine;
  private Plan plan;
  private QualitySystem system;
  private Evaluation evaluation;
  private ConformityReport report;
  /** Each requirement's horizon: the first instant after asOf at which one of its facts changes. */
  private @Nullable Instant[] horizons;
  /** The requirements by horizon. */
  private NavigableMap<Instant, Set<Integer>> due;
  /** Requirements judged again since their horizon was last worked out: it is worked out when the session moves. */
  private boolean[] stale;
  private int[] staleList = new int[16];
  private int staleCount;
  /** For each register some rule reads, how many of its items change state at each instant. */
  private Map<RegisterType<?, ?>, NavigableMap<Instant, Integer>> registerDates;

  ConformitySession(ConformityEngine engine, Plan plan, QualitySystem system, Instant asOf) {
    this.engine = engine;
    State s = full(engine, plan, system, asOf);
    this.plan = plan;
    this.system = system;
    this.evaluation = s.evaluation;
    this.report = s.report;
    this.horizons = s.horizons;
    this.due = s.due;
    this.stale = new boolean[plan.size()];
    this.registerDates = registerDates(plan, system);
  }

  /** The dates of the items of every register the plan's rules read, counted by instant. */
  private static Map<RegisterType<?, ?>, NavigableMap<Instant, Integer>> registerDates(Plan plan, QualitySystem system) {
    Map<RegisterType<?, ?>, NavigableMap<Instant, Integer>> all = new java.util.HashMap<>();
    for (FactType type : plan.readers.keySet()) {
      if (type instanceof RegisterType) {
        RegisterType<?, ?> register = (RegisterType<?, ?>) type;
        NavigableMap<Instant, Integer> dates = new TreeMap<>();
        addDates(system, register, dates);
        all.put(register, dates);
      }
    }
    return all;
  }

  private static <K extends Comparable<? super K>, T> void addDates(
      QualitySystem system, RegisterType<K, T> type, NavigableMap<Instant, Integer> dates) {
    for (T item : system.register(type).items()) {
      countDates(type, item, dates, 1);
    }
  }

  private static <T> void countDates(RegisterType<?, T> type, T item, NavigableMap<Instant, Integer> dates, int by) {
    for (Instant t : type.datesOf(item)) {
      dates.merge(t, by, (a, b) -> a + b == 0 ? null : a + b);
    }
  }

  /** Everything a full evaluation yields, committed only once it all succeeded. */
  private static final class State {
    final Evaluation evaluation;
    final ConformityReport report;
    final @Nullable Instant[] horizons;
    final NavigableMap<Instant, Set<Integer>> due;

    State(Evaluation evaluation, ConformityReport report, @Nullable Instant[] horizons, NavigableMap<Instant, Set<Integer>> due) {
      this.evaluation = evaluation;
      this.report = report;
      this.horizons = horizons;
      this.due = due;
    }
  }

  private static State full(ConformityEngine engine, Plan plan, QualitySystem system, Instant asOf) {
    Evaluation evaluation = new Evaluation(plan, system, asOf);
    RequirementResult[] results = new RequirementResult[plan.size()];
    Instant[] horizons = new Instant[plan.size()];
    NavigableMap<Instant, Set<Integer>> due = new TreeMap<>();
    for (int i = 0; i < results.length; i++) {
      results[i] = evaluation.evaluate(i);
      horizons[i] = evaluation.horizonOf(i);
      if (horizons[i] != null) {
        due.computeIfAbsent(horizons[i], k -> new HashSet<>()).add(i);
      }
    }
    return new State(evaluation, ConformityReport.create(plan, asOf, results, engine.policy()), horizons, due);
  }

  /**
   * The instant the current report is made as of.
   *
   * @return the instant
   */
  public synchronized Instant asOf() {
    return evaluation.asOf();
  }

  /**
   * The current report.
   *
   * @return the report
   */
  public synchronized ConformityReport report() {
    return report;
  }

  /**
   * The current system: an immutable snapshot, free to keep.
   *
   * @return the system
   */
  public synchronized QualitySystem system() {
    return system;
  }

  /**
   * Adds an item to a register, or replaces the item with the same id.
   *
   * @param type the register, not null
   * @param item the item, not null
   * @param <K> the id type
   * @param <T> the item type
   * @return the report after the change
   * @throws InvalidSystemException if the system refuses the item; nothing changes
   * @throws RuleFailedException if a rule fails on the changed facts; nothing changes
   */
  public synchronized <K extends Comparable<? super K>, T> ConformityReport put(RegisterType<K, T> type, T item) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(item, "item");
    T old = system.register(type).get(type.idOf(item)).orElse(null);
    QualitySystem next = system.with(type, item);
    if (next == system) {
      return report;
    }
    ConformityReport after = apply(next, touched(type, old, item, next));
    moveDates(type, old, item);
    return after;
  }

  /**
   * Removes an item from a register.
   *
   * @param type the register, not null
   * @param id the item's id, not null
   * @param <K> the id type
   * @param <T> the item type
   * @return the report after the change
   * @throws InvalidSystemException if the register holds no item with that id; nothing changes
   * @throws RuleFailedException if a rule fails on the changed facts; nothing changes
   */
  public synchronized <K extends Comparable<? super K>, T> ConformityReport remove(RegisterType<K, T> type, K id) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    T old = system.register(type).get(id).orElse(null);
    QualitySystem next = system.without(type, id);
    ConformityReport after = apply(next, touched(type, old, null, next));
    moveDates(type, old, null);
    return after;
  }

  private <T> void moveDates(RegisterType<?, T> type, @Nullable T old, @Nullable T item) {
    NavigableMap<Instant, Integer> dates = registerDates.isEmpty() ? null : registerDates.get(type);
    if (dates != null) {
      if (old != null) {
        countDates(type, old, dates, -1);
      }
      if (item != null) {
        countDates(type, item, dates, 1);
      }
    }
  }

  /**
   * Adds an evidence item, or replaces the item with the same id.
   *
   * @param item the item, not null
   * @return the report after the change
   * @throws InvalidSystemException if the item refers to a requirement the system does not hold
   * @throws RuleFailedException if a rule fails on the changed facts; nothing changes
   */
  public ConformityReport putEvidence(Evidence item) {
    return put(Registers.EVIDENCE, Objects.requireNonNull(item, "item"));
  }

  /**
   * Removes an evidence item.
   *
   * @param id the item's id, not null
   * @return the report after the change
   * @throws InvalidSystemException if the session holds no item with that id
   * @throws RuleFailedException if a rule fails on the changed facts; nothing changes
   */
  public ConformityReport removeEvidence(EvidenceId id) {
    return remove(Registers.EVIDENCE, Objects.requireNonNull(id, "id"));
  }

  /**
   * Adds a finding, or replaces the finding with the same id.
   *
   * @param finding the finding, not null
   * @return the report after the change
   * @throws InvalidSystemException if the finding refers to a requirement the system does not hold
   * @throws RuleFailedException if a rule fails on the changed facts; nothing changes
   */
  public ConformityReport putFinding(Finding finding) {
    return put(Registers.FINDINGS, Objects.requireNonNull(finding, "finding"));
  }

  /**
   * Removes a finding.
   *
   * @param id the finding's id, not null
   * @return the report after the change
   * @throws InvalidSystemException if the session holds no finding with that id
   * @throws RuleFailedException if a rule fails on the changed facts; nothing changes
   */
  public ConformityReport removeFinding(FindingId id) {
    return remove(Registers.FINDINGS, Objects.requireNonNull(id, "id"));
  }

  /**
   * Attaches a host fact, replacing the value the key had.
   *
   * @param key the fact's key, not null
   * @param value the value, immutable, not null
   * @param <T> the fact's type
   * @return the report after the change
   * @throws InvalidSystemException if the value is not of the key's type
   * @throws RuleFailedException if a rule fails on the changed facts; nothing changes
   */
  public synchronized <T> ConformityReport putHostFact(HostFactKey<T> key, T value) {
    QualitySystem next = system.withHostFact(key, value);
    return apply(next, readersOf(key));
  }

  /**
   * Removes a host fact.
   *
   * @param key the fact's key, not null
   * @return the report after the change
   * @throws InvalidSystemException if no value is attached under the key
   * @throws RuleFailedException if a rule fails on the changed facts; nothing changes
   */
  public synchronized ConformityReport removeHostFact(HostFactKey<?> key) {
    QualitySystem next = system.withoutHostFact(key);
    return apply(next, readersOf(key));
  }

  /**
   * Adds an exclusion and evaluates everything again.
   *
   * @param exclusion the exclusion, not null
   * @return the report after the change
   * @throws InvalidSystemException if the system refuses the exclusion; nothing changes
   * @throws RuleFailedException if a rule fails; nothing changes
   */
  public synchronized ConformityReport putExclusion(Exclusion exclusion) {
    return replan(system.withExclusion(exclusion));
  }

  /**
   * Removes an exclusion and evaluates everything again.
   *
   * @param exclusion the exclusion, not null
   * @return the report after the change
   * @throws InvalidSystemException if the system holds no such exclusion; nothing changes
   * @throws RuleFailedException if a rule fails; nothing changes
   */
  public synchronized ConformityReport removeExclusion(Exclusion exclusion) {
    return replan(system.withoutExclusion(exclusion));
  }

  /**
   * Adds or replaces a mapping set and evaluates everything again.
   *
   * @param set the mapping set, not null
   * @return the report after the change
   * @throws InvalidSystemException if the system refuses the set; nothing changes
   * @throws RuleFailedException if a rule fails; nothing changes
   */
  public synchronized ConformityReport putMappingSet(MappingSet set) {
    return replan(system.withMappingSet(set));
  }

  /**
   * Removes a mapping set and evaluates everything again.
   *
   * @param id the set's id, not null
   * @return the report after the change
   * @throws InvalidSystemException if the system holds no such set; nothing changes
   * @throws RuleFailedException if a rule fails; nothing changes
   */
  public synchronized ConformityReport removeMappingSet(MappingSetId id) {
    return replan(system.withoutMappingSet(id));
  }

  /**
   * Moves the session to another instant. Moving forward judges again only the requirements one of
   * whose facts changes state after the current instant and at or before the new one, and those
   * whose rules depend on the instant; moving back evaluates everything.
   *
   * @param instant the new instant, not null
   * @return the report as of the new instant
   * @throws RuleFailedException if a rule fails; nothing changes
   */
  public synchronized ConformityReport advanceTo(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    Instant asOf = evaluation.asOf();
    if (instant.equals(asOf)) {
      return report;
    }
    if (instant.isBefore(asOf)) {
      commit(plan, system, full(engine, plan, system, instant));
      return report;
    }
    refreshStaleHorizons();
    Set<Integer> passed = new HashSet<>();
    for (Set<Integer> bucket : due.headMap(instant, true).values()) {
      passed.addAll(bucket);
    }
    for (int i : plan.instantDependent) {
      passed.add(i);
    }
    for (Map.Entry<RegisterType<?, ?>, NavigableMap<Instant, Integer>> e : registerDates.entrySet()) {
      if (!e.getValue().subMap(asOf, false, instant, true).isEmpty()) {
        for (int i : readers(e.getKey())) {
          passed.add(i);
        }
      }
    }
    int[] indices = sorted(passed);
    Evaluation moved = new Evaluation(plan, system, instant);
    RequirementResult[] results = new RequirementResult[indices.length];
    Instant[] next = new Instant[indices.length];
    for (int k = 0; k < indices.length; k++) {
      results[k] = moved.evaluate(indices[k]);
      next[k] = moved.horizonOf(indices[k]);
    }
    ConformityReport after = report.at(instant).with(indices, results);
    evaluation = moved;
    report = after;
    moveHorizons(indices, next);
    return report;
  }

  private ConformityReport replan(QualitySystem next) {
    Plan nextPlan = engine.plan(next);
    commit(nextPlan, next, full(engine, nextPlan, next, evaluation.asOf()));
    return report;
  }

  /** Works out the horizons of the requirements judged again since the session last moved. */
  private void refreshStaleHorizons() {
    int[] indices = Arrays.copyOf(staleList, staleCount);
    Instant[] next = new Instant[staleCount];
    for (int k = 0; k < staleCount; k++) {
      next[k] = evaluation.horizonOf(indices[k]);
      stale[indices[k]] = false;
    }
    staleCount = 0;
    moveHorizons(indices, next);
  }

  private void markStale(int[] indices) {
    for (int i : indices) {
      if (!stale[i]) {
        stale[i] = true;
        if (staleCount == staleList.length) {
          staleList = Arrays.copyOf(staleList, staleCount * 2);
        }
        staleList[staleCount++] = i;
      }
    }
  }

  private void commit(Plan nextPlan, QualitySystem next, State s) {
    if (nextPlan != plan) {
      registerDates = registerDates(nextPlan, next);
    }
    plan = nextPlan;
    system = next;
    evaluation = s.evaluation;
    report = s.report;
    horizons = s.horizons;
    due = s.due;
    stale = new boolean[nextPlan.size()];
    staleCount = 0;
  }

  /** Judges the indices again on the next snapshot, and commits only if every one succeeds. */
  private ConformityReport apply(QualitySystem next, int[] indices) {
    RequirementResult[] results = new RequirementResult[indices.length];
    ConformityReport after;
    evaluation.bind(next);
    try {
      for (int k = 0; k < indices.length; k++) {
        results[k] = evaluation.evaluate(indices[k]);
      }
      // the roll-up policy runs here, and may fail too
      after = report.with(indices, results);
    } catch (RuntimeException | Error e) {
      evaluation.bind(system);
      throw e;
    }
    system = next;
    report = after;
    markStale(indices);
    return report;
  }

  private void moveHorizons(int[] indices, @Nullable Instant[] next) {
    for (int k = 0; k < indices.length; k++) {
      int i = indices[k];
      Instant before = horizons[i];
      Instant after = next[k];
      if (Objects.equals(before, after)) {
        continue;
      }
      if (before != null) {
        Set<Integer> bucket = due.get(before);
        bucket.remove(i);
        if (bucket.isEmpty()) {
          due.remove(before);
        }
      }
      if (after != null) {
        due.computeIfAbsent(after, t -> new HashSet<>()).add(i);
      }
      horizons[i] = after;
    }
  }

  /** The requirements an item change touches: its own, those mapped from them, and the readers. */
  private <T> int[] touched(RegisterType<?, T> type, @Nullable T old, @Nullable T item, QualitySystem next) {
    int[] all = new int[16];
    int n = 0;
    for (T x : Arrays.asList(old, item)) {
      if (x == null) {
        continue;
      }
      for (RequirementId id : type.requirementsTouched(x, x == old ? system : next)) {
        int i = plan.index.get(id);
        int[] deps = plan.dependents[i];
        all = grow(all, n + 1 + deps.length);
        all[n++] = i;
        System.arraycopy(deps, 0, all, n, deps.length);
        n += deps.length;
      }
    }
    int[] extra = readers(type);
    all = grow(all, n + extra.length + plan.readEverything.length);
    System.arraycopy(extra, 0, all, n, extra.length);
    n += extra.length;
    System.arraycopy(plan.readEverything, 0, all, n, plan.readEverything.length);
    n += plan.readEverything.length;
    return unique(all, n);
  }

  private int[] readersOf(FactType type) {
    int[] extra = readers(type);
    int[] all = Arrays.copyOf(extra, extra.length + plan.readEverything.length);
    System.arraycopy(plan.readEverything, 0, all, extra.length, plan.readEverything.length);
    return unique(all, all.length);
  }

  private static final int[] NONE = new int[0];

  private int[] readers(FactType type) {
    Map<FactType, int[]> readers = plan.readers;
    int[] r = readers.isEmpty() ? null : readers.get(type);
    return r == null ? NONE : r;
  }

  private static int[] grow(int[] all, int needed) {
    return needed <= all.length ? all : Arrays.copyOf(all, Math.max(needed, all.length * 2));
  }

  private static int[] unique(int[] all, int n) {
    Arrays.sort(all, 0, n);
    int m = 0;
    for (int k = 0; k < n; k++) {
      if (m == 0 || all[m - 1] != all[k]) {
        all[m++] = all[k];
      }
    }
    return Arrays.copyOf(all, m);
  }

  private static int[] sorted(Set<Integer> set) {
    int[] a = new int[set.size()];
    int k = 0;
    for (int i : set) {
      a[k++] = i;
    }
    Arrays.sort(a);
    return a;
  }
}
