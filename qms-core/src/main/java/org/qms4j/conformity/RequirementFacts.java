package org.qms4j.conformity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.qms4j.capa.CorrectiveAction;
import org.qms4j.capa.CorrectiveActionId;
import org.qms4j.capa.DeadlinePolicy;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.Registers;

/**
 * What a {@link Rule} sees of one requirement at the evaluation instant: the requirement, its
 * evidence, its findings and the corrective actions that answer them, including those that count
 * for it through {@linkplain
 * org.qms4j.catalog.Mapping mappings}, and the whole {@linkplain #system() snapshot} for rules that
 * read more (declared in their {@link Rule#reads()}). Facts dated after the instant (evidence
 * collected later, findings raised later) are not in the lists: they do not exist for this
 * evaluation.
 *
 * <p>During an evaluation an instance is lent to the rules for one requirement, on one thread, and
 * reused for the next requirement: a rule must not keep it after the call. The lists it returns are
 * unmodifiable (changing them throws {@link UnsupportedOperationException}) and may be kept.
 *
 * <p>To unit-test a rule, get the facts of one requirement from {@link
 * ConformityEngine#factsFor(QualitySystem, RequirementId, Instant)}; that instance is the caller's
 * own:
 *
 * <pre>{@code
 * RequirementFacts facts = ConformityEngine.standard()
 *     .factsFor(system, RequirementId.of("iso-7101:2023/8.1"), Instant.parse("2026-06-30T00:00:00Z"));
 * assertThat(handHygiene.apply(facts).kind()).isEqualTo(Decision.Kind.CAP);
 * }</pre>
 */
public final class RequirementFacts {
  private final Instant asOf;
  private final DeadlinePolicy deadlines;
  private QualitySystem system;
  private @Nullable List<CorrectiveAction> actions;
  private final Coverage coverageScratch = new Coverage();
  private final OpenFindings openScratch = new OpenFindings();
  private @Nullable LocatedRequirement requirement;
  private @Nullable EvidenceKind[] slots;
  /** Own and covering-mapped evidence, sorted by id, including items collected after asOf. */
  private List<Evidence> allEvidence = List.of();
  private List<Evidence> partialEvidence = List.of();
  /** Own and covering-mapped findings, sorted by id, including findings raised after asOf. */
  private List<Finding> allFindings = List.of();
  private Map<Object, RequirementId> sources = Map.of();
  private @Nullable List<Evidence> evidence;
  private @Nullable List<Finding> findings;
  private @Nullable List<Evidence> valid;
  private boolean explaining = true;
  private boolean coverageReady;
  private boolean openReady;

  /** Facts for the requirements of one evaluation, one after the other, on one thread. */
  RequirementFacts(Instant asOf, QualitySystem system, DeadlinePolicy deadlines) {
    this.asOf = asOf;
    this.system = system;
    this.deadlines = deadlines;
    this.slots = new EvidenceKind[] {null};
  }

  void bind(QualitySystem snapshot) {
    this.system = snapshot;
    memo.clear();
  }

  /** What built-in rules work out once per snapshot and instant, such as the competence matrix. */
  private final Map<Object, Object> memo = new java.util.HashMap<>();

  @SuppressWarnings("unchecked")
  <T> T memo(Object key, java.util.function.Supplier<T> compute) {
    Object v = memo.get(key);
    if (v == null) {
      v = compute.get();
      memo.put(key, v);
    }
    return (T) v;
  }

  /** Moves on to the next requirement; the previous one's facts are gone. */
  void reset(
      LocatedRequirement requirement,
      @Nullable EvidenceKind[] slots,
      List<Evidence> allEvidence,
      List<Evidence> partialEvidence,
      List<Finding> allFindings,
      Map<Object, RequirementId> sources,
      boolean explaining) {
    this.requirement = requirement;
    this.slots = slots;
    this.explaining = explaining;
    this.allEvidence = allEvidence;
    this.partialEvidence = partialEvidence;
    this.allFindings = allFindings;
    this.sources = sources;
    this.evidence = null;
    this.findings = null;
    this.actions = null;
    this.valid = null;
    this.coverageReady = false;
    this.openReady = false;
  }

  /**
   * The requirement being judged and where it stands.
   *
   * @return the requirement
   */
  public LocatedRequirement requirement() {
    return Objects.requireNonNull(requirement, "no requirement yet");
  }

  /**
   * The instant of the evaluation.
   *
   * @return the instant
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * The whole snapshot being evaluated, for rules that read more than the requirement's own facts:
   * other registers, host facts. A rule that reads it must say what it reads in {@link
   * Rule#reads()}.
   *
   * @return the quality system
   */
  public QualitySystem system() {
    return system;
  }

  /**
   * The evidence collected by the evaluation instant for this requirement, or for a requirement
   * mapped onto it by a covering relation, whatever its status, sorted by id.
   *
   * @return the evidence, possibly empty
   */
  public List<Evidence> evidence() {
    List<Evidence> result = evidence;
    if (result == null) {
      result = existing(allEvidence, Evidence::collectedAt);
      evidence = result;
    }
    return result;
  }

  /** The evidence before the asOf filter, for built-in rules that check collection themselves. */
  List<Evidence> allEvidence() {
    return allEvidence;
  }

  /**
   * The items of {@link #evidence()} that are accepted and in effect at the evaluation instant, and
   * do not rest on a document version obsolete by then.
   *
   * @return the valid evidence, possibly empty
   */
  public List<Evidence> validEvidence() {
    List<Evidence> result = valid;
    if (result == null) {
      List<Evidence> list = new ArrayList<>(allEvidence.size());
      for (Evidence e : allEvidence) {
        if (Documents.counts(e, system, asOf)) {
          list.add(e);
        }
      }
      result = Collections.unmodifiableList(list);
      valid = result;
    }
    return result;
  }

  /**
   * Accepted, effective evidence of requirements mapped onto this one by a relation that does not
   * cover it (subset, intersects). It can make the requirement at best partially conforming.
   *
   * @return the evidence, possibly empty
   */
  public List<Evidence> partialEvidence() {
    return partialEvidence;
  }

  /**
   * The findings raised by the evaluation instant against this requirement, or against a
   * requirement mapped onto it by a covering relation, open or closed, sorted by id.
   *
   * @return the findings, possibly empty
   */
  public List<Finding> findings() {
    List<Finding> result = findings;
    if (result == null) {
      result = existing(allFindings, Finding::raisedAt);
      findings = result;
    }
    return result;
  }

  /**
   * The corrective actions that link any of {@link #findings()}, as they stood at the evaluation
   * instant (see {@link CorrectiveAction#asOf}); actions opened later are not in the list. Sorted
   * by id.
   *
   * @return the actions, possibly empty
   */
  public List<CorrectiveAction> correctiveActions() {
    List<CorrectiveAction> result = actions;
    if (result == null) {
      result = List.of();
      List<Finding> raised = findings();
      if (!raised.isEmpty() && !system.register(Registers.CORRECTIVE_ACTIONS).isEmpty()) {
        Map<CorrectiveActionId, CorrectiveAction> byId = new java.util.TreeMap<>();
        for (Finding f : raised) {
          for (CorrectiveAction a : system.correctiveActionsFor(f.id())) {
            if (!byId.containsKey(a.id())) {
              a.asOf(asOf).ifPresent(then -> byId.put(then.id(), then));
            }
          }
        }
        result = List.copyOf(byId.values());
      }
      actions = result;
    }
    return result;
  }

  /**
   * The deadline policy of the engine, by which corrective actions are judged overdue.
   *
   * @return the policy
   */
  public DeadlinePolicy deadlinePolicy() {
    return deadlines;
  }

  /** The items dated at or before the instant: the list itself when none is later. */
  private <T> List<T> existing(List<T> items, Function<T, Instant> dated) {
    for (T item : items) {
      if (dated.apply(item).isAfter(asOf)) {
        List<T> kept = new ArrayList<>(items.size());
        for (T x : items) {
          if (!dated.apply(x).isAfter(asOf)) {
            kept.add(x);
          }
        }
        return Collections.unmodifiableList(kept);
      }
    }
    return items;
  }

  /** The findings before the asOf filter; {@link Finding#isOpenAt} checks when they were raised. */
  List<Finding> allFindings() {
    return allFindings;
  }

  /**
   * The findings of a grade that are open at the evaluation instant.
   *
   * @param grade the grade, not null
   * @return the open findings of that grade, possibly empty
   */
  public List<Finding> openFindings(FindingGrade grade) {
    Objects.requireNonNull(grade, "grade");
    List<Finding> result = new ArrayList<>(2);
    for (Finding f : allFindings) {
      if (f.grade() == grade && f.isOpenAt(asOf)) {
        result.add(f);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * The requirement an evidence item counts through, when it counts by a mapping.
   *
   * @param id the evidence id, not null
   * @return the mapped source requirement, or empty when the item is the requirement's own
   */
  public Optional<RequirementId> mappedFrom(EvidenceId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(sources.get(id));
  }

  /**
   * The requirement a finding counts through, when it counts by a mapping.
   *
   * @param id the finding id, not null
   * @return the mapped source requirement, or empty when the finding is the requirement's own
   */
  public Optional<RequirementId> mappedFrom(FindingId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(sources.get(id));
  }

  @Nullable RequirementId source(Object id) {
    return sources.isEmpty() ? null : sources.get(id);
  }

  /**
   * Whether the rules must give their reasons, or only their verdicts: the engine asks built-in
   * rules for the verdict first and for the reasons when someone reads them.
   */
  boolean explaining() {
    return explaining;
  }

  Coverage coverage() {
    if (!coverageReady) {
      coverageScratch.reset(this, slots);
      coverageReady = true;
    }
    return coverageScratch;
  }

  OpenFindings open() {
    if (!openReady) {
      openScratch.reset(allFindings, asOf);
      openReady = true;
    }
    return openScratch;
  }
}
