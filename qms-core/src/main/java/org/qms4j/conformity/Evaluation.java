package org.qms4j.conformity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.finding.Finding;

/**
 * Evaluates the requirements of one plan against one source of facts as of one instant, one
 * requirement after the other, reusing its scratch space. Confined to one thread.
 */
final class Evaluation {
  static final Comparator<Evidence> EVIDENCE_BY_ID = Comparator.comparing(Evidence::id);
  static final Comparator<Finding> FINDINGS_BY_ID = Comparator.comparing(Finding::id);

  private final Plan plan;
  private final FactSource source;
  private final Instant asOf;
  private final RequirementFacts facts;
  private final List<Reason> reasons = new ArrayList<>();

  Evaluation(Plan plan, FactSource source, Instant asOf) {
    this.plan = plan;
    this.source = source;
    this.asOf = asOf;
    this.facts = new RequirementFacts(asOf);
  }

  RequirementResult evaluate(int i) {
    RequirementResult excluded = plan.excluded[i];
    if (excluded != null) {
      return excluded;
    }
    LocatedRequirement r = plan.requirements[i];
    List<Evidence> evidence = source.evidenceFor(r.id());
    List<Finding> findings = source.findingsFor(r.id());
    if (plan.lazy[i]) {
      facts.reset(r, plan.slots[i], evidence, List.of(), findings, Map.of(), false);
      Verdict verdict = run(i, r, false);
      return new RequirementResult(
          r.id(), plan.clauses[i], verdict, new Explanation(plan, i, asOf, evidence, findings));
    }
    if (plan.covering[i].length == 0 && plan.partial[i].length == 0) {
      facts.reset(r, plan.slots[i], evidence, List.of(), findings, Map.of(), true);
    } else {
      mapped(i, r, evidence, findings);
    }
    Verdict verdict = run(i, r, true);
    return new RequirementResult(r.id(), plan.clauses[i], verdict, List.copyOf(reasons));
  }

  /** The reasons of an unmapped requirement, gathered by running its chain on the source's facts. */
  private List<Reason> explain(int i) {
    LocatedRequirement r = plan.requirements[i];
    facts.reset(
        r, plan.slots[i], source.evidenceFor(r.id()), List.of(), source.findingsFor(r.id()), Map.of(), true);
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
      } catch (RuntimeException e) {
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
   * running its chain again on the same immutable lists of facts.
   */
  private static final class Explanation implements Supplier<List<Reason>> {
    private final Plan plan;
    private final int index;
    private final Instant asOf;
    private final List<Evidence> evidence;
    private final List<Finding> findings;

    Explanation(Plan plan, int index, Instant asOf, List<Evidence> evidence, List<Finding> findings) {
      this.plan = plan;
      this.index = index;
      this.asOf = asOf;
      this.evidence = evidence;
      this.findings = findings;
    }

    @Override
    public List<Reason> get() {
      return new Evaluation(plan, FactSource.of(id -> evidence, id -> findings), asOf).explain(index);
    }
  }

  /**
   * Adds the facts of mapped sources: all of a covering source's evidence and findings, the
   * accepted, effective evidence of a partial one. The merged lists are sorted by id again.
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
      for (Evidence e : source.evidenceFor(sid)) {
        if (seen.add(e.id())) {
          evidence.add(e);
          sources.put(e.id(), sid);
        }
      }
      for (Finding f : source.findingsFor(sid)) {
        if (seen.add(f.id())) {
          findings.add(f);
          sources.put(f.id(), sid);
        }
      }
    }
    for (int s : plan.partial[i]) {
      RequirementId sid = plan.requirements[s].id();
      for (Evidence e : source.evidenceFor(sid)) {
        if (e.isValidAt(asOf) && seen.add(e.id())) {
          partial.add(e);
          sources.put(e.id(), sid);
        }
      }
    }
    evidence.sort(EVIDENCE_BY_ID);
    findings.sort(FINDINGS_BY_ID);
    partial.sort(EVIDENCE_BY_ID);
    facts.reset(r, plan.slots[i], evidence, partial, findings, sources, true);
  }
}
