package org.qms4j.conformity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.system.QualitySystem;

/**
 * Evaluates every requirement of a {@link QualitySystem} as of an instant and explains each
 * verdict.
 *
 * <h2>The default decision table</h2>
 *
 * <p>Rows are read in order and the first that applies decides; row 3 is a cap on whatever rows 4
 * to 7 decide (the result is the worse of the two by {@link Verdict#severity()}).
 *
 * <table>
 *   <caption>Default decision table</caption>
 *   <tr><th>row</th><th>when</th><th>verdict</th><th>reason codes</th></tr>
 *   <tr><td>1</td><td>the requirement, or a clause holding it, is excluded with a justification</td>
 *       <td>{@code NOT_APPLICABLE}</td><td>{@code EXCLUDED}</td></tr>
 *   <tr><td>2</td><td>an open major nonconformity</td><td>{@code NONCONFORMING}</td>
 *       <td>{@code OPEN_MAJOR_NONCONFORMITY}</td></tr>
 *   <tr><td>3</td><td>an open minor nonconformity</td><td>at best {@code PARTIALLY_CONFORMING}</td>
 *       <td>{@code OPEN_MINOR_NONCONFORMITY}</td></tr>
 *   <tr><td>4</td><td>no evidence at all, or none of any expected kind</td>
 *       <td>{@code NOT_ASSESSED}</td><td>{@code NO_EVIDENCE}, {@code MISSING_EVIDENCE_KIND}</td></tr>
 *   <tr><td>5</td><td>an expected kind whose only evidence is not accepted and effective
 *       (expired, rejected, superseded, not yet effective, still a draft)</td>
 *       <td>{@code NONCONFORMING}</td><td>{@code EVIDENCE_EXPIRED}, {@code EVIDENCE_REJECTED},
 *       {@code EVIDENCE_SUPERSEDED}, {@code EVIDENCE_NOT_YET_EFFECTIVE}, {@code
 *       EVIDENCE_NOT_ACCEPTED}</td></tr>
 *   <tr><td>6</td><td>some but not all expected kinds covered by accepted, effective evidence</td>
 *       <td>{@code PARTIALLY_CONFORMING}</td><td>{@code EVIDENCE_VALID}, {@code
 *       MISSING_EVIDENCE_KIND}</td></tr>
 *   <tr><td>7</td><td>every expected kind covered (a requirement that names no kind needs one
 *       accepted, effective item of any kind)</td><td>{@code CONFORMING}</td>
 *       <td>{@code EVIDENCE_VALID}</td></tr>
 * </table>
 *
 * <p>Open observations and opportunities for improvement appear as reasons ({@code
 * OPEN_OBSERVATION}, {@code OPEN_OPPORTUNITY_FOR_IMPROVEMENT}) and never change a verdict. Facts
 * dated after the instant (evidence collected later, findings raised later) do not exist for that
 * evaluation; a finding closed after the instant is still open at it. Evidence of a kind the
 * requirement does not expect is ignored by rows 5 to 7.
 *
 * <p>Through {@linkplain Mapping mappings}, a source requirement's evidence and findings count for
 * a target it covers (equivalent, superset) as the target's own; the accepted, effective evidence of
 * a source that only intersects the target (or is a subset of it) counts too, but then row 7 gives
 * at best {@code PARTIALLY_CONFORMING} with {@code PARTIAL_MAPPING_ONLY}.
 *
 * <h2>Rules</h2>
 *
 * <p>Rows 2 to 7 are {@link Rule}s ({@link Rules#defaultTable()}). A host can replace the chain for
 * one requirement, one clause subtree or one catalog ({@link Builder#replaceRules}; the most
 * specific scope wins), or add rules ({@link Builder#addRule}) that run before the chain, most
 * general scope first. Row 1 always applies first. A chain in which no rule decides gives {@code
 * NOT_ASSESSED} with {@code NO_RULE_DECIDED}.
 *
 * <h2>Roll-ups</h2>
 *
 * <p>Every clause, catalog and the whole system get a {@link Rollup} by the engine's {@link
 * RollupPolicy}, {@linkplain RollupPolicy#worstCase() worst case} unless set.
 *
 * <p>An engine is immutable and thread-safe; evaluation is deterministic. Evaluation is linear in
 * the number of requirements and evidence items; the part of the work that depends only on the
 * catalogs and exclusions is compiled once and reused while they do not change. Verdicts and
 * roll-ups are settled during the evaluation; where only built-in rules judge a requirement, its
 * reasons are worked out from the same facts when first read ({@link RequirementResult#reasons()}).
 * For many changes in a row, a {@link ConformitySession} re-evaluates only what each change
 * touches.
 *
 * <pre>{@code
 * ConformityEngine engine = ConformityEngine.standard();
 * ConformityReport report = engine.evaluate(system, Instant.parse("2026-06-30T00:00:00Z"));
 * report.result(RequirementId.of("iso-9001:2015/7.5.3-a"))
 *     .ifPresent(r -> System.out.println(r.verdict() + " " + r.reasons()));
 * }</pre>
 */
public final class ConformityEngine {
  private final RollupPolicy policy;
  private final List<Mapping> mappings;
  private final Map<RuleScope, List<Rule>> replacements;
  private final List<Map.Entry<RuleScope, Rule>> additions;
  private volatile @Nullable Plan lastPlan;

  private ConformityEngine(Builder b) {
    this.policy = b.policy;
    this.mappings = List.copyOf(b.mappings);
    this.replacements = new LinkedHashMap<>(b.replacements);
    this.additions = List.copyOf(b.additions);
  }

  /**
   * Returns an engine with the default decision table, worst-case roll-ups and no mappings. Keep
   * and reuse it: an engine caches what it compiled for the last system's catalogs.
   *
   * @return a new standard engine
   */
  public static ConformityEngine standard() {
    return builder().build();
  }

  /**
   * Returns a builder for an engine with host rules, mappings or another roll-up policy.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Evaluates every requirement of a system as of an instant.
   *
   * @param system the system, not null
   * @param asOf the instant of the evaluation, not null
   * @return the report
   * @throws RuleFailedException if a rule throws or returns null; no report is returned then
   */
  public ConformityReport evaluate(QualitySystem system, Instant asOf) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(asOf, "asOf");
    Plan plan = plan(system);
    FactSource source = FactSource.of(system::evidenceFor, system::findingsFor);
    Evaluation evaluation = new Evaluation(plan, source, asOf);
    RequirementResult[] results = new RequirementResult[plan.size()];
    for (int i = 0; i < results.length; i++) {
      results[i] = evaluation.evaluate(i);
    }
    return ConformityReport.create(plan, asOf, results, policy);
  }

  /**
   * Opens a session that holds the system indexed and re-evaluates only what each change touches.
   *
   * @param system the system to start from, not null
   * @param asOf the instant of every evaluation in the session, not null
   * @return the session, already holding the full report
   */
  public ConformitySession session(QualitySystem system, Instant asOf) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(asOf, "asOf");
    return new ConformitySession(this, plan(system), system, asOf);
  }

  /**
   * The mappings this engine applies.
   *
   * @return the mappings
   */
  public List<Mapping> mappings() {
    return mappings;
  }

  /**
   * The roll-up policy.
   *
   * @return the policy
   */
  public RollupPolicy rollupPolicy() {
    return policy;
  }

  Plan plan(QualitySystem system) {
    Plan plan = lastPlan;
    if (plan == null || !plan.fits(system)) {
      plan = new Plan(system, this);
      lastPlan = plan;
    }
    return plan;
  }

  List<Rule> chainFor(LocatedRequirement r) {
    List<Rule> base = Rules.defaultTable();
    int best = 0;
    for (Map.Entry<RuleScope, List<Rule>> e : replacements.entrySet()) {
      int s = e.getKey().specificity(r);
      if (s > best) {
        best = s;
        base = e.getValue();
      }
    }
    if (additions.isEmpty()) {
      return base;
    }
    List<Map.Entry<RuleScope, Rule>> applicable = new ArrayList<>();
    for (Map.Entry<RuleScope, Rule> e : additions) {
      if (e.getKey().specificity(r) > 0) {
        applicable.add(e);
      }
    }
    applicable.sort(Comparator.comparingInt(e -> e.getKey().specificity(r)));
    List<Rule> chain = new ArrayList<>(applicable.size() + base.size());
    applicable.forEach(e -> chain.add(e.getValue()));
    chain.addAll(base);
    return List.copyOf(chain);
  }

  RollupPolicy policy() {
    return policy;
  }

  /** Builds a {@link ConformityEngine}. Not thread-safe. */
  public static final class Builder {
    private RollupPolicy policy = RollupPolicy.worstCase();
    private final List<Mapping> mappings = new ArrayList<>();
    private final Map<RuleScope, List<Rule>> replacements = new LinkedHashMap<>();
    private final List<Map.Entry<RuleScope, Rule>> additions = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the roll-up policy; {@link RollupPolicy#worstCase()} unless set.
     *
     * @param policy the policy, not null
     * @return this builder
     */
    public Builder rollupPolicy(RollupPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Adds a mapping between requirements of two catalogs.
     *
     * @param mapping the mapping, not null
     * @return this builder
     */
    public Builder addMapping(Mapping mapping) {
      mappings.add(Objects.requireNonNull(mapping, "mapping"));
      return this;
    }

    /**
     * Adds mappings.
     *
     * @param mappings the mappings, not null
     * @return this builder
     */
    public Builder addMappings(Collection<Mapping> mappings) {
      mappings.forEach(this::addMapping);
      return this;
    }

    /**
     * Replaces the rule chain (rows 2 to 7 and the finding notes) for the requirements of a scope.
     * Where several replacements contain a requirement, the most specific scope wins. Setting a
     * scope twice keeps the last chain.
     *
     * @param scope the requirements whose chain to replace, not null
     * @param rules the new chain, in order, not null
     * @return this builder
     */
    public Builder replaceRules(RuleScope scope, List<Rule> rules) {
      Objects.requireNonNull(scope, "scope");
      rules.forEach(r -> Objects.requireNonNull(r, "rule"));
      replacements.put(scope, List.copyOf(rules));
      return this;
    }

    /**
     * Adds a rule that runs before the chain of every requirement of a scope. Added rules run most
     * general scope first, then in the order they were added.
     *
     * @param scope the requirements the rule applies to, not null
     * @param rule the rule, not null
     * @return this builder
     */
    public Builder addRule(RuleScope scope, Rule rule) {
      additions.add(Map.entry(Objects.requireNonNull(scope, "scope"), Objects.requireNonNull(rule, "rule")));
      return this;
    }

    /**
     * Builds the engine.
     *
     * @return the engine
     */
    public ConformityEngine build() {
      return new ConformityEngine(this);
    }
  }
}
