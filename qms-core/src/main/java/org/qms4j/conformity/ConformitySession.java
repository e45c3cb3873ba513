package org.qms4j.conformity;

import java.time.Instant;
import java.util.ArrayList;
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
  private final QualitySystem base;
  private final Map<EvidenceId, Evidence> evidence;
  private final Map<FindingId, Finding> findings;
  private final Map<RequirementId, List<Evidence>> evidenceIndex = new HashMap<>();
  private final Map<RequirementId, List<Finding>> findingIndex = new HashMap<>();
  private final FactSource source;
  private ConformityReport report;
  private @Nullable QualitySystem snapshot;

  ConformitySession(ConformityEngine engine, Plan plan, QualitySystem system, Instant asOf) {
    this.plan = plan;
    this.asOf = asOf;
    this.base = system;
    this.snapshot = system;
    this.evidence = new LinkedHashMap<>();
    this.findings = new LinkedHashMap<>();
    for (Evidence e : system.evidence()) {
      evidence.put(e.id(), e);
      e.requirements().forEach(r -> evidenceIndex.computeIfAbsent(r, k -> new ArrayList<>(2)).add(e));
    }
    for (Finding f : system.findings()) {
      findings.put(f.id(), f);
      f.requirements().forEach(r -> findingIndex.computeIfAbsent(r, k -> new ArrayList<>(2)).add(f));
    }
    this.source =
        new FactSource() {
          @Override
          public List<Evidence> evidenceFor(RequirementId id) {
            return evidenceIndex.getOrDefault(id, List.of());
          }

          @Override
          public List<Finding> findingsFor(RequirementId id) {
            return findingIndex.getOrDefault(id, List.of());
          }
        };
    this.policy = engine.policy();
    RequirementResult[] results = new RequirementResult[plan.size()];
    for (int i = 0; i < results.length; i++) {
      results[i] = ConformityEngine.evaluate(plan, i, source, asOf);
    }
    this.report = ConformityReport.create(plan, asOf, results, policy);
  }

  private final RollupPolicy policy;

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
      b.addAllEvidence(evidence.values()).addAllFindings(findings.values());
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
    Objects.requireNonNull(item, "item");
    checkKnown(item.requirements(), "evidence " + item.id());
    Evidence old = evidence.put(item.id(), item);
    if (old != null) {
      unindex(evidenceIndex, old.requirements(), e -> e.id().equals(old.id()));
    }
    index(evidenceIndex, item.requirements(), item);
    return changed(old == null ? Set.of() : old.requirements(), item.requirements());
  }

  /**
   * Removes an evidence item.
   *
   * @param id the item's id, not null
   * @return the report after the change
   * @throws InvalidModelException if the session holds no item with that id
   */
  public synchronized ConformityReport removeEvidence(EvidenceId id) {
    Objects.requireNonNull(id, "id");
    Evidence old = evidence.remove(id);
    if (old == null) {
      throw new InvalidModelException("session: no evidence " + id + " to remove");
    }
    unindex(evidenceIndex, old.requirements(), e -> e.id().equals(id));
    return changed(old.requirements(), Set.of());
  }

  /**
   * Adds a finding, or replaces the finding with the same id.
   *
   * @param finding the finding, not null
   * @return the report after the change
   * @throws InvalidModelException if the finding refers to a requirement the system does not hold
   */
  public synchronized ConformityReport putFinding(Finding finding) {
    Objects.requireNonNull(finding, "finding");
    checkKnown(finding.requirements(), "finding " + finding.id());
    Finding old = findings.put(finding.id(), finding);
    if (old != null) {
      unindex(findingIndex, old.requirements(), f -> f.id().equals(old.id()));
    }
    index(findingIndex, finding.requirements(), finding);
    return changed(old == null ? Set.of() : old.requirements(), finding.requirements());
  }

  /**
   * Removes a finding.
   *
   * @param id the finding's id, not null
   * @return the report after the change
   * @throws InvalidModelException if the session holds no finding with that id
   */
  public synchronized ConformityReport removeFinding(FindingId id) {
    Objects.requireNonNull(id, "id");
    Finding old = findings.remove(id);
    if (old == null) {
      throw new InvalidModelException("session: no finding " + id + " to remove");
    }
    unindex(findingIndex, old.requirements(), f -> f.id().equals(id));
    return changed(old.requirements(), Set.of());
  }

  private void checkKnown(Set<RequirementId> ids, String what) {
    Set<RequirementId> unknown = null;
    for (RequirementId id : ids) {
      if (!plan.index.containsKey(id)) {
        if (unknown == null) {
          unknown = new TreeSet<>();
        }
        unknown.add(id);
      }
    }
    if (unknown != null) {
      throw new InvalidModelException(
          "session: unknown requirement ids referenced; " + what + " refers to " + unknown);
    }
  }

  private static <T> void index(Map<RequirementId, List<T>> index, Set<RequirementId> ids, T item) {
    for (RequirementId id : ids) {
      List<T> now = index.get(id);
      List<T> next = new ArrayList<>(now == null ? 1 : now.size() + 1);
      if (now != null) {
        next.addAll(now);
      }
      next.add(item);
      index.put(id, next);
    }
  }

  private static <T> void unindex(
      Map<RequirementId, List<T>> index, Set<RequirementId> ids, Function<T, Boolean> same) {
    for (RequirementId id : ids) {
      List<T> now = index.get(id);
      List<T> next = new ArrayList<>(now.size());
      for (T t : now) {
        if (!same.apply(t)) {
          next.add(t);
        }
      }
      if (next.isEmpty()) {
        index.remove(id);
      } else {
        index.put(id, next);
      }
    }
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
      results[k] = ConformityEngine.evaluate(plan, i, source, asOf);
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
}
