package org.qms4j.conformity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.qms4j.InvalidModelException;
import org.qms4j.capa.DeadlinePolicy;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.Mapping;
import org.qms4j.catalog.MappingSet;
import org.qms4j.catalog.RequirementId;
import org.qms4j.internal.Cached;
import org.qms4j.internal.Checks;
import org.qms4j.system.QualitySystem;

/**
 * Evaluates every requirement of a {@link QualitySystem} as of an instant and explains each
 * verdict.
 *
 * <h2>The default decision table</h2>
 *
 * <p>Rows are read in order and the first that applies decides; row 4 is a cap on whatever rows 5
 * to 8 decide (the result is the worse of the two by {@link Verdict#severity()}).
 *
 * <table>
 *   <caption>Default decision table</caption>
 *   <tr><th>row</th><th>when</th><th>verdict</th><th>reason codes</th></tr>
 *   <tr><td>1</td><td>the requirement, or a clause holding it, is excluded with a justification</td>
 *       <td>{@code NOT_APPLICABLE}</td><td>{@code EXCLUDED}</td></tr>
 *   <tr><td>2</td><td>an open major nonconformity</td><td>{@code NONCONFORMING}</td>
 *       <td>{@code OPEN_MAJOR_NONCONFORMITY}</td></tr>
 *   <tr><td>3</td><td>an open minor nonconformity whose corrective action is overdue, or which has
 *       no action past the deadline for linking one ({@link Builder#deadlinePolicy})</td>
 *       <td>{@code NONCONFORMING}</td><td>{@code CORRECTIVE_ACTION_OVERDUE}, {@code
 *       NONCONFORMITY_WITHOUT_ACTION}</td></tr>
 *   <tr><td>4</td><td>an open minor nonconformity</td><td>at best {@code PARTIALLY_CONFORMING}</td>
 *       <td>{@code OPEN_MINOR_NONCONFORMITY}</td></tr>
 *   <tr><td>5</td><td>no evidence at all, or none of any expected kind</td>
 *       <td>{@code NOT_ASSESSED}</td><td>{@code NO_EVIDENCE}, {@code MISSING_EVIDENCE_KIND}</td></tr>
 *   <tr><td>6</td><td>an expected kind whose only evidence is not accepted and effective
 *       (expired, rejected, superseded, not yet effective, still a draft)</td>
 *       <td>{@code NONCONFORMING}</td><td>{@code EVIDENCE_EXPIRED}, {@code EVIDENCE_REJECTED},
 *       {@code EVIDENCE_SUPERSEDED}, {@code EVIDENCE_NOT_YET_EFFECTIVE}, {@code
 *       EVIDENCE_NOT_ACCEPTED}, {@code EVIDENCE_ON_OBSOLETE_DOCUMENT}</td></tr>
 *   <tr><td>7</td><td>some but not all expected kinds covered by accepted, effective evidence</td>
 *       <td>{@code PARTIALLY_CONFORMING}</td><td>{@code EVIDENCE_VALID}, {@code
 *       MISSING_EVIDENCE_KIND}</td></tr>
 *   <tr><td>8</td><td>every expected kind covered (a requirement that names no kind needs one
 *       accepted, effective item of any kind)</td><td>{@code CONFORMING}</td>
 *       <td>{@code EVIDENCE_VALID}</td></tr>
 * </table>
 *
 * <p>Open observations and opportunities for improvement appear as reasons ({@code
 * OPEN_OBSERVATION}, {@code OPEN_OPPORTUNITY_FOR_IMPROVEMENT}) and never change a verdict. Facts
 * dated after the instant (evidence collected later, findings raised later) do not exist for that
 * evaluation; a finding closed after the instant is still open at it. Evidence of a kind the
 * requirement does not expect is ignored by rows 6 to 8.
 *
 * <h2>The management-system rules</h2>
 *
 * <p>These built-in rules run after the finding notes and row 3 and before row 2. Each but the
 * management-review rule passes at once when its register is empty; a cap combines with the verdict the rows decide (the worse
 * wins); a note never changes a verdict.
 *
 * <table>
 *   <caption>Management-system rules</caption>
 *   <tr><th>rule</th><th>when</th><th>effect</th><th>reason code</th></tr>
 *   <tr><td>{@link Rules#trainingGaps()}</td><td>a holder of a role that owns the requirement's
 *       clause (or one above it) lacks a required competence: never trained, expired, retraining
 *       owed on a new document version, not effective, or not evaluated within 90 days</td>
 *       <td>cap {@code PARTIALLY_CONFORMING}</td><td>{@code TRAINING_GAP}</td></tr>
 *   <tr><td rowspan="3">{@link Rules#managementReview()}, for requirements under the catalog's
 *       review clause</td><td>no management review of the catalog held yet</td><td>note</td>
 *       <td>{@code MANAGEMENT_REVIEW_MISSING}</td></tr>
 *   <tr><td>the last review is 12 months old or older</td><td>cap {@code
 *       PARTIALLY_CONFORMING}</td><td>{@code MANAGEMENT_REVIEW_OVERDUE}</td></tr>
 *   <tr><td>the last review missed inputs the catalog requires</td><td>cap {@code
 *       PARTIALLY_CONFORMING}</td><td>{@code REVIEW_INPUTS_MISSING}</td></tr>
 *   <tr><td>{@link Rules#documentReviews()}</td><td>evidence rests on a document past its periodic
 *       review</td><td>note</td><td>{@code DOCUMENT_REVIEW_OVERDUE}</td></tr>
 *   <tr><td rowspan="2">{@link Rules#indicators()}</td><td>an indicator of an objective bearing on
 *       the requirement is below target</td><td>cap {@code PARTIALLY_CONFORMING}</td><td>{@code
 *       INDICATOR_BELOW_TARGET}</td></tr>
 *   <tr><td>an indicator missed its planned measurement</td><td>note</td><td>{@code
 *       INDICATOR_OVERDUE}</td></tr>
 *   <tr><td>{@link Rules#riskReviews()}</td><td>a risk bearing on the requirement is past its
 *       review date</td><td>note</td><td>{@code RISK_REVIEW_OVERDUE}</td></tr>
 *   <tr><td>{@link Rules#certificateAudits()}</td><td>the certificate of the requirement's catalog is
 *       overdue for surveillance, or expired without recertification</td><td>note</td><td>{@code
 *       CERTIFICATE_AUDIT_OVERDUE}</td></tr>
 * </table>
 *
 * <p>Evidence that rests on a controlled document version stops counting as accepted from the
 * instant that version goes obsolete: rows 6 to 8 treat it as lapsed ({@code
 * EVIDENCE_ON_OBSOLETE_DOCUMENT}).
 *
 * <p>Row 3 judges each open major or minor nonconformity by the engine's {@link
 * org.qms4j.capa.DeadlinePolicy} ({@link org.qms4j.capa.DeadlinePolicy#standard()} unless set) and
 * the corrective actions that link it: a step past its deadline, or a planned action past its due
 * date, is overdue. It runs before row 2, so that where an open major nonconformity makes the
 * requirement nonconforming its reasons are noted beside row 2's. {@link Rules#auditCoverage()} is
 * not in the table; a host adds it to note (or cap) requirements whose clause no internal audit
 * covered within an interval ({@code CLAUSE_NOT_AUDITED}).
 *
 * <p>Through {@linkplain Mapping mappings} (the engine's own and those of the system's {@linkplain
 * org.qms4j.catalog.MappingSet mapping sets}), a source requirement's evidence and findings count
 * for a target it covers (equivalent, superset) as the target's own; the accepted, effective
 * evidence of a source that only intersects the target (or is a subset of it) counts too, but then
 * row 8 gives at best {@code PARTIALLY_CONFORMING} with {@code PARTIAL_MAPPING_ONLY}.
 *
 * <h2>Rules</h2>
 *
 * <p>Rows 2 to 8 are {@link Rule}s ({@link Rules#defaultTable()}). A host can replace the chain for
 * one requirement, one clause subtree or one catalog ({@link Builder#replaceRules}; the most
 * specific scope wins), or add rules ({@link Builder#addRule}) that run before the chain, most
 * general scope first. Row 1 always applies first. A chain in which no rule decides gives {@code
 * NOT_ASSESSED} with {@code NO_RULE_DECIDED}. Scopes written for a catalog apply to catalogs
 * derived from it ({@link RuleScope}). A scope or mapping that names nothing the system holds is
 * ignored; {@link #check} lists them.
 *
 * <p>A rule that throws (anything but a {@link VirtualMachineError}) or returns null fails the
 * evaluation with a {@link RuleFailedException} naming it and the requirement; a roll-up policy
 * that does fails it with a {@link RollupFailedException}. No report is returned then.
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
  private final DeadlinePolicy deadlines;
  private final List<Mapping> mappings;
  private final Map<RuleScope, List<Rule>> replacements;
  private final List<Map.Entry<RuleScope, Rule>> additions;
  @Cached private volatile @Nullable Plan lastPlan;

  private ConformityEngine(Builder b) {
    this.policy = b.policy;
    this.deadlines = b.deadlines;
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
   * @throws NullPointerException if an argument is null
   * @throws RuleFailedException if a rule throws or returns null; no report is returned then
   * @throws RollupFailedException if the roll-up policy throws or returns null
   */
  public ConformityReport evaluate(QualitySystem system, Instant asOf) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(asOf, "asOf");
    Plan plan = plan(system);
    Evaluation evaluation = new Evaluation(plan, system, asOf);
    RequirementResult[] results = new RequirementResult[plan.size()];
    for (int i = 0; i < results.length; i++) {
      results[i] = evaluation.evaluate(i);
    }
    return ConformityReport.create(plan, asOf, results, policy);
  }

  /**
   * Opens a session that keeps the report current while the system changes and the instant moves,
   * judging again only what each change touches.
   *
   * @param system the system to start from, not null
   * @param asOf the instant to start at, not null
   * @return the session, already holding the full report
   * @throws NullPointerException if an argument is null
   * @throws RuleFailedException if a rule throws or returns null
   * @throws RollupFailedException if the roll-up policy throws or returns null
   */
  public ConformitySession session(QualitySystem system, Instant asOf) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(asOf, "asOf");
    return new ConformitySession(this, plan(system), system, asOf);
  }

  /**
   * The facts a rule would see for one requirement of a system as of an instant, as this engine
   * gathers them (with its mappings and the system's mapping sets). The instance is the caller's:
   * use it to unit-test a {@link Rule}.
   *
   * <pre>{@code
   * RequirementFacts facts = engine.factsFor(system, RequirementId.of("clinic:1/ic-1"), asOf);
   * Decision d = handHygieneRule.apply(facts);
   * assertThat(d.kind()).isEqualTo(Decision.Kind.CAP);
   * assertThat(d.reasons()).extracting(Reason::key).containsExactly("HAND_HYGIENE_BELOW_TARGET");
   * }</pre>
   *
   * @param system the system, not null
   * @param requirement the requirement, not null
   * @param asOf the instant, not null
   * @return the facts
   * @throws NullPointerException if an argument is null
   * @throws InvalidModelException if the system holds no such requirement
   */
  public RequirementFacts factsFor(QualitySystem system, RequirementId requirement, Instant asOf) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(asOf, "asOf");
    Plan plan = plan(system);
    Integer i = plan.index.get(requirement);
    if (i == null) {
      throw new InvalidModelException("engine: the system holds no requirement " + requirement);
    }
    return new Evaluation(plan, system, asOf).factsFor(i);
  }

  /**
   * Checks a system against this engine's configuration and the system's mapping sets, and lists
   * what names nothing the system holds: rule scopes that contain none of its requirements,
   * mappings whose source or target it does not hold. Evaluation ignores these; call this when a
   * host sets an engine up, so that a typo does not silently disable a rule or a mapping.
   *
   * @param system the system, not null
   * @return the problems, unmodifiable; empty when everything names something
   * @throws NullPointerException if the system is null
   */
  public List<ConfigurationProblem> check(QualitySystem system) {
    Objects.requireNonNull(system, "system");
    List<ConfigurationProblem> problems = new ArrayList<>();
    Set<RuleScope> scopes = new LinkedHashSet<>(replacements.keySet());
    additions.forEach(e -> scopes.add(e.getKey()));
    for (RuleScope scope : scopes) {
      if (!scope.namesSomethingIn(system)) {
        problems.add(
            new ConfigurationProblem(
                ConfigurationProblem.Kind.UNMATCHED_RULE_SCOPE,
                "rule scope " + scope,
                "contains no requirement of the system; its rules never run"));
      }
    }
    List<Map.Entry<String, Mapping>> all = new ArrayList<>();
    mappings.forEach(m -> all.add(Map.entry("engine mapping", m)));
    for (MappingSet set : system.mappingSets()) {
      set.mappings().forEach(m -> all.add(Map.entry("mapping set " + set.id(), m)));
    }
    for (Map.Entry<String, Mapping> e : all) {
      Mapping m = e.getValue();
      for (RequirementId id : List.of(m.source(), m.target())) {
        if (system.requirement(id).isEmpty()) {
          problems.add(
              new ConfigurationProblem(
                  ConfigurationProblem.Kind.UNMATCHED_MAPPING,
                  e.getKey() + ": " + m.source() + " " + m.relation() + " " + m.target(),
                  "names requirement " + id + ", which the system does not hold; the mapping is ignored"));
        }
      }
    }
    return Collections.unmodifiableList(problems);
  }

  /**
   * The mappings this engine applies besides the system's mapping sets.
   *
   * @return the mappings, unmodifiable
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

  /** The chain of a requirement of a catalog whose id and lineage are given, nearest first. */
  List<Rule> chainFor(LocatedRequirement r, List<CatalogId> lineage) {
    List<Rule> base = Rules.defaultTable();
    int best = 0;
    for (Map.Entry<RuleScope, List<Rule>> e : replacements.entrySet()) {
      int s = e.getKey().specificity(r, lineage);
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
      if (e.getKey().specificity(r, lineage) > 0) {
        applicable.add(e);
      }
    }
    applicable.sort(Comparator.comparingInt(e -> e.getKey().specificity(r, lineage)));
    List<Rule> chain = new ArrayList<>(applicable.size() + base.size());
    applicable.forEach(e -> chain.add(e.getValue()));
    chain.addAll(base);
    return List.copyOf(chain);
  }

  RollupPolicy policy() {
    return policy;
  }

  /**
   * The deadline policy the built-in rules judge corrective actions by.
   *
   * @return the policy, {@link DeadlinePolicy#standard()} unless set
   */
  public DeadlinePolicy deadlinePolicy() {
    return deadlines;
  }

  /** Builds a {@link ConformityEngine}. Not thread-safe. */
  public static final class Builder {
    private RollupPolicy policy = RollupPolicy.worstCase();
    private DeadlinePolicy deadlines = DeadlinePolicy.standard();
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
     * Sets the deadline policy by which the built-in rules judge corrective actions overdue (row
     * 3); {@link DeadlinePolicy#standard()} unless set.
     *
     * @param policy the policy, not null
     * @return this builder
     */
    public Builder deadlinePolicy(DeadlinePolicy policy) {
      this.deadlines = Objects.requireNonNull(policy, "policy");
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
      Objects.requireNonNull(mappings, "mappings").forEach(this::addMapping);
      return this;
    }

    /**
     * Replaces the rule chain (rows 2 to 8 and the finding notes) for the requirements of a scope.
     * Where several replacements contain a requirement, the most specific scope wins. Setting a
     * scope twice keeps the last chain.
     *
     * @param scope the requirements whose chain to replace, not null
     * @param rules the new chain, in order, not null
     * @return this builder
     * @throws NullPointerException if an argument or a rule is null
     * @throws InvalidModelException if a rule has no readable name (an unnamed lambda)
     */
    public Builder replaceRules(RuleScope scope, List<Rule> rules) {
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(rules, "rules");
      rules.forEach(Builder::checkNamed);
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
     * @throws NullPointerException if an argument is null
     * @throws InvalidModelException if the rule has no readable name (an unnamed lambda)
     */
    public Builder addRule(RuleScope scope, Rule rule) {
      Objects.requireNonNull(scope, "scope");
      checkNamed(rule);
      additions.add(Map.entry(scope, rule));
      return this;
    }

    /** Refuses a rule without a readable name: a lambda or anonymous class not given one. */
    private static void checkNamed(Rule rule) {
      Objects.requireNonNull(rule, "rule");
      Class<?> c = rule.getClass();
      boolean unnamedClass = c.isSynthetic() || c.isAnonymousClass() || c.isHidden() || c.getName().contains("$$Lambda");
      String name = rule.name();
      if (name == null || (unnamedClass && name.equals(c.getName()))) {
        throw new InvalidModelException(
            "engine: a rule of class "
                + Checks.printable(c.getName())
                + " has no readable name; give it one with Rule.named(\"...\", rule)");
      }
      Checks.line(name, Rule.MAX_NAME, "engine: rule name " + Checks.quote(name));
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
