package org.qms4j.conformity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingId;
import org.qms4j.system.QualitySystem;

/**
 * Keeps a quality system indexed and its report current while evidence and findings are added,
 * replaced and removed. Each change re-evaluates only the requirements the changed fact supports
 * or is raised against (and the requirements they are mapped onto), and updates only their
 * roll-up path; the report it returns is equal to a full {@link ConformityEngine#evaluate}
 * of {@link #system()} at the same instant.
 *
 * <p>A change that refers to an unknown requirement is refused with an {@link
 * InvalidModelException} and changes nothing. Reports returned are immutable and share structure
 * with their predecessors. Thread-safe: changes are serialised.
 *
 * <pre>{@code
 * ConformitySession session = engine.session(system, asOf);
 * ConformityReport before = session.report();
 * ConformityReport after = session.putFinding(majorNc);
 * after.changesSince(before).forEach(System.out::println);
 * }</pre>
 */
public final class ConformitySession {
  private final Plan plan;
  private final Instant asOf;
  private final RollupPolicy policy;
  private final QualitySystem base;
  private final Register<EvidenceId, Evidence> evidence =
      new Register<>("evidence", Evidence::id, Evidence::requirements, Evaluation.EVIDENCE_BY_ID);
  private final Register<FindingId, Finding> findings =
      new Register<>("finding", Finding::id, Finding::requirements, Evaluation.FINDINGS_BY_ID);
  private final Evaluation evaluation;
  private ConformityReport report;
  private @Nullable QualitySystem snapshot;

  ConformitySession(ConformityEngine engine, Plan plan, QualitySystem system, Instant asOf) {
    this.plan = plan;
    this.asOf = asOf;
    this.policy = engine.policy();
    this.base = system;
    this.snapshot = system;
    system.evidence().forEach(evidence::put);
    system.findings().forEach(findings::put);
    FactSource source = FactSource.of(evidence::itemsFor, findings::itemsFor);
    this.evaluation = new Evaluation(plan, source, asOf);
    RequirementResult[] results = new RequirementResult[plan.size()];
    for (int i = 0; i < results.length; i++) {
      results[i] = evaluation.evaluate(i);
    }
    this.report = ConformityReport.create(plan, asOf, results, policy);
  }

  /**
   * The instant every evaluation of this session is made as of.
   *
   * @return the instant
   */
  public Instant asOf() {
    return asOf;
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
   * The current system as an immutable snapshot. Building it copies the registers; it is cached
   * until the next change.
   *
   * @return the system
   */
  public synchronized QualitySystem system() {
    QualitySystem s = snapshot;
    if (s == null) {
      QualitySystem.Builder b =
          QualitySystem.builder().organisation(base.organisation()).scope(base.scope());
      base.catalogs().forEach(b::addCatalog);
      base.exclusions().forEach(b::addExclusion);
      b.addAllEvidence(evidence.items()).addAllFindings(findings.items());
      s = b.build();
      snapshot = s;
    }
    return s;
  }

  /**
   * Adds an evidence item, or replaces the item with the same id.
   *
   * @param item the item, not null
   * @return the report after the change
   * @throws InvalidModelException if the item refers to a requirement the system does not hold
   */
  public synchronized ConformityReport putEvidence(Evidence item) {
    return put(evidence, Objects.requireNonNull(item, "item"));
  }

  /**
   * Removes an evidence item.
   *
   * @param id the item's id, not null
   * @return the report after the change
   * @throws InvalidModelException if the session holds no item with that id
   */
  public synchronized ConformityReport removeEvidence(EvidenceId id) {
    return remove(evidence, Objects.requireNonNull(id, "id"));
  }

  /**
   * Adds a finding, or replaces the finding with the same id.
   *
   * @param finding the finding, not null
   * @return the report after the change
   * @throws InvalidModelException if the finding refers to a requirement the system does not hold
   */
  public synchronized ConformityReport putFinding(Finding finding) {
    return put(findings, Objects.requireNonNull(finding, "finding"));
  }

  /**
   * Removes a finding.
   *
   * @param id the finding's id, not null
   * @return the report after the change
   * @throws InvalidModelException if the session holds no finding with that id
   */
  public synchronized ConformityReport removeFinding(FindingId id) {
    return remove(findings, Objects.requireNonNull(id, "id"));
  }

  private <K, T> ConformityReport put(Register<K, T> register, T item) {
    Set<RequirementId> refs = register.refs.apply(item);
    Set<RequirementId> unknown = null;
    for (RequirementId id : refs) {
      if (!plan.index.containsKey(id)) {
        if (unknown == null) {
          unknown = new TreeSet<>();
        }
        unknown.add(id);
      }
    }
    if (unknown != null) {
      throw new InvalidModelException(
          "session: unknown requirement ids referenced; "
              + register.what
              + " "
              + register.id.apply(item)
              + " refers to "
              + unknown);
    }
    T old = register.put(item);
    return changed(old == null ? Set.of() : register.refs.apply(old), refs);
  }

  private <K, T> ConformityReport remove(Register<K, T> register, K id) {
    T old = register.remove(id);
    if (old == null) {
      throw new InvalidModelException("session: no " + register.what + " " + id + " to remove");
    }
    return changed(register.refs.apply(old), Set.of());
  }

  private ConformityReport changed(Set<RequirementId> before, Set<RequirementId> after) {
    snapshot = null;
    TreeSet<Integer> touched = new TreeSet<>();
    addTouched(before, touched);
    addTouched(after, touched);
    int[] indices = new int[touched.size()];
    RequirementResult[] results = new RequirementResult[indices.length];
    int k = 0;
    for (int i : touched) {
      indices[k] = i;
      results[k] = evaluation.evaluate(i);
      k++;
    }
    report = report.with(indices, results);
    return report;
  }

  private void addTouched(Set<RequirementId> ids, Set<Integer> touched) {
    for (RequirementId id : ids) {
      int i = plan.index.get(id);
      touched.add(i);
      for (int dependent : plan.dependents[i]) {
        touched.add(dependent);
      }
    }
  }

  /**
   * A register of items by id, indexed by the requirements they refer to. The per-requirement
   * lists are kept sorted by id, as a snapshot's are, and are replaced, never changed, so that a
   * list handed to a rule stays as it was.
   */
  private static final class Register<K, T> {
    private final String what;
    private final Function<T, K> id;
    private final Function<T, Set<RequirementId>> refs;
    private final Map<K, T> items = new LinkedHashMap<>();
    private final Map<RequirementId, List<T>> index = new HashMap<>();
    private final Comparator<T> byId;

    Register(
        String what, Function<T, K> id, Function<T, Set<RequirementId>> refs, Comparator<T> byId) {
      this.what = what;
      this.id = id;
      this.refs = refs;
      this.byId = byId;
    }

    Collection<T> items() {
      return items.values();
    }

    List<T> itemsFor(RequirementId requirement) {
      return index.getOrDefault(requirement, List.of());
    }

    @Nullable T put(T item) {
      T old = items.put(id.apply(item), item);
      if (old != null) {
        unindex(old);
      }
      for (RequirementId r : refs.apply(item)) {
        List<T> now = index.get(r);
        List<T> next = new ArrayList<>(now == null ? 1 : now.size() + 1);
        if (now != null) {
          next.addAll(now);
        }
        int at = Collections.binarySearch(next, item, byId);
        next.add(at < 0 ? -at - 1 : at, item);
        index.put(r, next);
      }
      return old;
    }

    @Nullable T remove(K key) {
      T old = items.remove(key);
      if (old != null) {
        unindex(old);
      }
      return old;
    }

    private void unindex(T old) {
      for (RequirementId r : refs.apply(old)) {
        List<T> next = new ArrayList<>(index.get(r));
        next.remove(old);
        if (next.isEmpty()) {
          index.remove(r);
        } else {
          index.put(r, next);
        }
      }
    }
  }
}
