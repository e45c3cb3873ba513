package org.qms4j.conformity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.qms4j.capa.CorrectiveAction;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.finding.Finding;
import org.qms4j.internal.ArrayView;
import org.qms4j.system.QualitySystem;

/**
 * Evaluates the requirements of one plan against one snapshot as of one instant, one requirement
 * after the other, reusing its scratch space. Confined to one thread. It also works out a
 * requirement's horizon: the first instant after {@code asOf} at which one of its facts changes
 * state (collected, effective, expired, raised, closed, a corrective action's event or deadline),
 * so that a session moving forward judges
 * again only the requirements whose horizon it passes.
 */
final class Evaluation {
  static final Comparator<Evidence> EVIDENCE_BY_ID = Comparator.comparing(Evidence::id);
  static final Comparator<Finding> FINDINGS_BY_ID = Comparator.comparing(Finding::id);

  private final Plan plan;
  private final Instant asOf;
  private final RequirementFacts facts;
  private final List<Reason> reasons = new ArrayList<>();
  private QualitySystem system;

  Evaluation(Plan plan, QualitySystem system, Instant asOf) {
    this.plan = plan;
    this.system = system;
    this.asOf = asOf;
    this.facts = new RequirementFacts(asOf, system, plan.deadlines);
  }

  /** Reads the facts of another snapshot of the same plan from now on. */
  void bind(QualitySystem snapshot) {
    this.system = snapshot;
    facts.bind(snapshot);
  }

  Instant asOf() {
    return asOf;
  }

  RequirementResult evaluate(int i) {
    RequirementResult excluded = plan.excluded[i];
    if (excluded != null) {
      return excluded;
    }
    LocatedRequirement r = plan.requirements[i];
    List<Evidence> evidence = system.evidenceFor(r.id());
    List<Finding> findings = system.findingsFor(r.id());
    if (plan.lazy[i]) {
      facts.reset(r, plan.slots[i], evidence, List.of(), findings, Map.of(), false);
      Verdict verdict = run(i, r, false);
      return new RequirementResult(r.id(), plan.clauses[i], verdict, new Explanation(plan, i, asOf, system));
    }
    prepare(i, r, evidence, findings);
    Verdict verdict = run(i, r, true);
    return new RequirementResult(r.id(), plan.clauses[i], verdict, List.copyOf(reasons));
  }

  /** The facts of one requirement, in a fresh instance a host may keep (for testing a rule). */
  RequirementFacts factsFor(int i) {
    LocatedRequirement r = plan.requirements[i];
    prepare(i, r, system.evidenceFor(r.id()), system.findingsFor(r.id()));
    return facts;
  }

  private void prepare(int i, LocatedRequirement r, List<Evidence> evidence, List<Finding> findings) {
    if (plan.covering[i].length == 0 && plan.partial[i].length == 0) {
      facts.reset(r, plan.slots[i], evidence, List.of(), findings, Map.of(), true);
    } else {
      mapped(i, r, evidence, findings);
    }
  }

  /** The reasons of an unmapped requirement, gathered by running its chain on the snapshot's facts. */
  private List<Reason> explain(int i) {
    LocatedRequirement r = plan.requirements[i];
    facts.reset(
        r, plan.slots[i], system.evidenceFor(r.id()), List.of(), system.findingsFor(r.id()), Map.of(), true);
    run(i, r, true);
    return List.copyOf(reasons);
  }

  /** Runs the chain of requirement {@code i} on the facts, gathering reasons when explaining. */
  private Verdict run(int i, LocatedRequirement r, boolean explaining) {
    Verdict verdict = null;
    Verdict cap = null;
    reasons.clear();
    for (Rule rule : plan.chains[i]) {
      Decision d;
      try {
        d = rule.apply(facts);
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable e) {
        throw new RuleFailedException(rule.name(), r.id(), String.valueOf(e), e);
      }
      if (d == null) {
        throw new RuleFailedException(rule.name(), r.id(), "returned null instead of a decision");
      }
      Decision.Kind kind = d.kind();
      if (kind == Decision.Kind.PASS) {
        continue;
      }
      if (explaining) {
        reasons.addAll(d.reasons());
      }
      if (kind == Decision.Kind.CAP) {
        cap = cap == null ? d.verdict() : cap.worse(d.verdict());
      } else if (kind == Decision.Kind.DECIDE) {
        verdict = d.verdict();
        break;
      }
    }
    if (verdict == null) {
      verdict = Verdict.NOT_ASSESSED;
      reasons.add(new Reason(ReasonCode.NO_RULE_DECIDED, null, List.of(), List.of(), List.of()));
    }
    if (cap != null && verdict != Verdict.NOT_APPLICABLE) {
      verdict = verdict.worse(cap);
    }
    return verdict;
  }

  /**
   * The reasons of a requirement judged by built-in rules only, worked out when first read by
   * running its chain again on the same immutable snapshot.
   */
  private static final class Explanation implements Supplier<List<Reason>> {
    private final Plan plan;
    private final int index;
    private final Instant asOf;
    private final QualitySystem system;

    Explanation(Plan plan, int index, Instant asOf, QualitySystem system) {
      this.plan = plan;
      this.index = index;
      this.asOf = asOf;
      this.system = system;
    }

    @Override
    public List<Reason> get() {
      return new Evaluation(plan, system, asOf).explain(index);
    }
  }

  /**
   * Adds the facts of mapped sources: all of a covering source's evidence and findings, the
   * accepted, effective evidence of a partial one. The merged lists are sorted by id again and
   * handed to the rules unmodifiable.
   */
  private void mapped(int i, LocatedRequirement r, List<Evidence> ownEvidence, List<Finding> ownFindings) {
    Set<Object> seen = new HashSet<>();
    ownEvidence.forEach(e -> seen.add(e.id()));
    ownFindings.forEach(f -> seen.add(f.id()));
    List<Evidence> evidence = new ArrayList<>(ownEvidence);
    List<Finding> findings = new ArrayList<>(ownFindings);
    List<Evidence> partial = new ArrayList<>();
    Map<Object, RequirementId> sources = new HashMap<>();
    for (int s : plan.covering[i]) {
      RequirementId sid = plan.requirements[s].id();
      for (Evidence e : system.evidenceFor(sid)) {
        if (seen.add(e.id())) {
          evidence.add(e);
          sources.put(e.id(), sid);
        }
      }
      for (Finding f : system.findingsFor(sid)) {
        if (seen.add(f.id())) {
          findings.add(f);
          sources.put(f.id(), sid);
        }
      }
    }
    for (int s : plan.partial[i]) {
      RequirementId sid = plan.requirements[s].id();
      for (Evidence e : system.evidenceFor(sid)) {
        if (Documents.counts(e, system, asOf) && seen.add(e.id())) {
          partial.add(e);
          sources.put(e.id(), sid);
        }
      }
    }
    evidence.sort(EVIDENCE_BY_ID);
    findings.sort(FINDINGS_BY_ID);
    partial.sort(EVIDENCE_BY_ID);
    facts.reset(r, plan.slots[i], frozen(evidence), frozen(partial), frozen(findings), sources, true);
  }

  private static <T> List<T> frozen(List<T> list) {
    return ArrayView.copyOf(list.toArray(), list.size());
  }

  /**
   * The requirement's horizon: the first instant after asOf at which one of its facts, or of its
   * mapped sources, changes state; null when none ever does, or the requirement is excluded.
   */
  @Nullable Instant horizonOf(int i) {
    if (plan.excluded[i] != null) {
      return null;
    }
    RequirementId id = plan.requirements[i].id();
    Instant h = null;
    h = evidenceHorizon(system.evidenceFor(id), h);
    h = findingHorizon(system.findingsFor(id), h);
    for (int s : plan.covering[i]) {
      RequirementId sid = plan.requirements[s].id();
      h = evidenceHorizon(system.evidenceFor(sid), h);
      h = findingHorizon(system.findingsFor(sid), h);
    }
    for (int s : plan.partial[i]) {
      h = evidenceHorizon(system.evidenceFor(plan.requirements[s].id()), h);
    }
    return h;
  }

  private @Nullable Instant evidenceHorizon(List<Evidence> items, @Nullable Instant h) {
    for (int k = 0, n = items.size(); k < n; k++) {
      Evidence e = items.get(k);
      h = sooner(e.collectedAt(), h);
      h = sooner(e.effectiveFrom(), h);
      Optional<Instant> expiry = e.expiresAt();
      if (expiry.isPresent()) {
        h = sooner(expiry.get(), h);
      }
    }
    return h;
  }

  private @Nullable Instant findingHorizon(List<Finding> items, @Nullable Instant h) {
    for (int k = 0, n = items.size(); k < n; k++) {
      Finding f = items.get(k);
      h = sooner(f.raisedAt(), h);
      Optional<Instant> closed = f.closedAt();
      if (closed.isPresent()) {
        h = sooner(closed.get(), h);
      }
      if (f.grade().isNonconformity()) {
        for (Instant due : plan.deadlines.dates(f)) {
          h = sooner(due, h);
        }
        for (CorrectiveAction a : system.correctiveActionsFor(f.id())) {
          for (Instant t : a.dates()) {
            h = sooner(t, h);
          }
        }
      }
    }
    return h;
  }

  /** The sooner of {@code h} and {@code t}, counting {@code t} only if it lies after asOf. */
  private @Nullable Instant sooner(Instant t, @Nullable Instant h) {
    return t.isAfter(asOf) && (h == null || t.isBefore(h)) ? t : h;
  }
}
