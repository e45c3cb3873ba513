package org.qms4j.conformity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;

/**
 * The built-in rules: rows 2 to 7 of the default decision table (row 1, exclusion, is applied by
 * the engine before any rule) and the rule that notes observations and opportunities for
 * improvement. See {@link ConformityEngine} for the table.
 *
 * <p>Every rule here is stateless and thread-safe.
 */
public final class Rules {

  private static final Rule FINDING_NOTES = Rule.named("finding-notes", Rules::findingNotes);
  private static final Rule OPEN_MAJOR = Rule.named("open-major-nonconformity", Rules::openMajor);
  private static final Rule OPEN_MINOR = Rule.named("open-minor-nonconformity", Rules::openMinor);
  private static final Rule NO_EVIDENCE = Rule.named("no-evidence", Rules::noEvidence);
  private static final Rule LAPSED = Rule.named("lapsed-evidence", Rules::lapsedEvidence);
  private static final Rule PARTIAL = Rule.named("partial-coverage", Rules::partialCoverage);
  private static final Rule FULL = Rule.named("full-coverage", Rules::fullCoverage);
  private static final List<Rule> DEFAULT_TABLE =
      List.of(FINDING_NOTES, OPEN_MAJOR, OPEN_MINOR, NO_EVIDENCE, LAPSED, PARTIAL, FULL);

  private Rules() {}

  /**
   * The default chain, in order: {@link #findingNotes()}, then rows 2 to 7.
   *
   * @return the rules, immutable
   */
  public static List<Rule> defaultTable() {
    return DEFAULT_TABLE;
  }

  /**
   * Notes open observations and opportunities for improvement as reasons; never changes a verdict.
   *
   * @return the rule
   */
  public static Rule findingNotes() {
    return FINDING_NOTES;
  }

  /**
   * Row 2: an open major nonconformity makes the requirement {@code NONCONFORMING}.
   *
   * @return the rule
   */
  public static Rule openMajorNonconformity() {
    return OPEN_MAJOR;
  }

  /**
   * Row 3: an open minor nonconformity caps the requirement at {@code PARTIALLY_CONFORMING}.
   *
   * @return the rule
   */
  public static Rule openMinorNonconformity() {
    return OPEN_MINOR;
  }

  /**
   * Row 4: no evidence at all, or none of any expected kind, makes the requirement {@code
   * NOT_ASSESSED}.
   *
   * @return the rule
   */
  public static Rule noEvidence() {
    return NO_EVIDENCE;
  }

  /**
   * Row 5: an expected kind whose only evidence is not accepted and effective makes the
   * requirement {@code NONCONFORMING}.
   *
   * @return the rule
   */
  public static Rule lapsedEvidence() {
    return LAPSED;
  }

  /**
   * Row 6: some but not all expected kinds covered makes the requirement {@code
   * PARTIALLY_CONFORMING}.
   *
   * @return the rule
   */
  public static Rule partialCoverage() {
    return PARTIAL;
  }

  /**
   * Row 7: every expected kind covered makes the requirement {@code CONFORMING}, or {@code
   * PARTIALLY_CONFORMING} where some kind is covered only through a non-covering mapping.
   *
   * @return the rule
   */
  public static Rule fullCoverage() {
    return FULL;
  }

  private static final Reason NO_EVIDENCE_REASON =
      new Reason(ReasonCode.NO_EVIDENCE, null, List.of(), List.of(), List.of());

  private static Decision findingNotes(RequirementFacts facts) {
    if (facts.allFindings().isEmpty()) {
      return Decision.pass();
    }
    Reason observations = findingReason(ReasonCode.OPEN_OBSERVATION, facts, FindingGrade.OBSERVATION);
    Reason ofis =
        findingReason(
            ReasonCode.OPEN_OPPORTUNITY_FOR_IMPROVEMENT, facts, FindingGrade.OPPORTUNITY_FOR_IMPROVEMENT);
    if (observations == null) {
      return ofis == null ? Decision.pass() : Decision.noteOwned(List.of(ofis));
    }
    return Decision.noteOwned(ofis == null ? List.of(observations) : List.of(observations, ofis));
  }

  private static Decision openMajor(RequirementFacts facts) {
    Reason reason =
        findingReason(ReasonCode.OPEN_MAJOR_NONCONFORMITY, facts, FindingGrade.MAJOR_NONCONFORMITY);
    return reason == null ? Decision.pass() : Decision.decide(Verdict.NONCONFORMING, reason);
  }

  private static Decision openMinor(RequirementFacts facts) {
    Reason reason =
        findingReason(ReasonCode.OPEN_MINOR_NONCONFORMITY, facts, FindingGrade.MINOR_NONCONFORMITY);
    return reason == null
        ? Decision.pass()
        : Decision.capOwned(Verdict.PARTIALLY_CONFORMING, List.of(reason));
  }

  private static Decision noEvidence(RequirementFacts facts) {
    Coverage c = facts.coverage();
    if (!c.anyEvidence) {
      return Decision.decide(Verdict.NOT_ASSESSED, NO_EVIDENCE_REASON);
    }
    if (c.covered > 0 || c.lapsedSlots > 0) {
      return Decision.pass();
    }
    List<Reason> reasons = new ArrayList<>(c.slots());
    for (int i = 0; i < c.slots(); i++) {
      reasons.add(missing(c.slots[i]));
    }
    return Decision.decideOwned(Verdict.NOT_ASSESSED, reasons);
  }

  private static Decision lapsedEvidence(RequirementFacts facts) {
    Coverage c = facts.coverage();
    if (c.lapsedSlots == 0) {
      return Decision.pass();
    }
    List<Reason> reasons = new ArrayList<>(c.lapsedSlots);
    for (int i = 0; i < c.slots(); i++) {
      if (c.valid[i] == null && c.partial[i] == null && c.lapsed[i] != null) {
        lapsedReasons(facts, c.slots[i], c.lapsed[i], reasons);
      }
    }
    return Decision.decideOwned(Verdict.NONCONFORMING, reasons);
  }

  private static Decision partialCoverage(RequirementFacts facts) {
    Coverage c = facts.coverage();
    if (c.covered == c.slots()) {
      return Decision.pass();
    }
    List<Reason> reasons = new ArrayList<>(c.slots());
    for (int i = 0; i < c.slots(); i++) {
      if (c.valid[i] != null || c.partial[i] != null) {
        reasons.add(validReason(facts, c, i));
      } else {
        reasons.add(missing(c.slots[i]));
      }
    }
    return Decision.decideOwned(Verdict.PARTIALLY_CONFORMING, reasons);
  }

  private static Decision fullCoverage(RequirementFacts facts) {
    Coverage c = facts.coverage();
    if (c.covered < c.slots()) {
      return Decision.pass();
    }
    if (c.slots() == 1 && c.coveredWithoutPartial == 1) {
      return Decision.decide(Verdict.CONFORMING, validReason(facts, c, 0));
    }
    List<Reason> reasons = new ArrayList<>(c.slots() + 1);
    for (int i = 0; i < c.slots(); i++) {
      reasons.add(validReason(facts, c, i));
    }
    if (c.coveredWithoutPartial == c.slots()) {
      return Decision.decideOwned(Verdict.CONFORMING, reasons);
    }
    List<RequirementId> sources = new ArrayList<>(1);
    for (int i = 0; i < c.slots(); i++) {
      if (c.valid[i] == null) {
        for (Evidence e : c.partial[i]) {
          addSource(sources, facts.source(e.id()));
        }
      }
    }
    reasons.add(new Reason(ReasonCode.PARTIAL_MAPPING_ONLY, null, List.of(), List.of(), sources));
    return Decision.decideOwned(Verdict.PARTIALLY_CONFORMING, reasons);
  }

  private static Reason validReason(RequirementFacts facts, Coverage c, int slot) {
    List<Evidence> items = c.valid[slot] != null ? c.valid[slot] : c.partial[slot];
    return evidenceReason(ReasonCode.EVIDENCE_VALID, facts, c.slots[slot], items);
  }

  private static Reason evidenceReason(
      ReasonCode code, RequirementFacts facts, @Nullable EvidenceKind kind, List<Evidence> items) {
    List<EvidenceId> ids = new ArrayList<>(items.size());
    List<RequirementId> sources = List.of();
    for (Evidence e : items) {
      ids.add(e.id());
      RequirementId source = facts.source(e.id());
      if (source != null) {
        if (sources.isEmpty()) {
          sources = new ArrayList<>(1);
        }
        addSource(sources, source);
      }
    }
    return new Reason(code, kind, ids, List.of(), sources);
  }

  private static void addSource(List<RequirementId> sources, @Nullable RequirementId source) {
    if (source != null && !sources.contains(source)) {
      sources.add(source);
    }
  }

  private static Reason missing(@Nullable EvidenceKind kind) {
    return new Reason(ReasonCode.MISSING_EVIDENCE_KIND, kind, List.of(), List.of(), List.of());
  }

  private static void lapsedReasons(
      RequirementFacts facts, @Nullable EvidenceKind kind, List<Evidence> items, List<Reason> out) {
    if (items.size() == 1) {
      out.add(evidenceReason(cause(items.get(0), facts.asOf()), facts, kind, items));
      return;
    }
    Map<ReasonCode, List<Evidence>> byCause = new EnumMap<>(ReasonCode.class);
    for (Evidence e : items) {
      byCause.computeIfAbsent(cause(e, facts.asOf()), k -> new ArrayList<>(1)).add(e);
    }
    byCause.forEach((code, group) -> out.add(evidenceReason(code, facts, kind, group)));
  }

  static ReasonCode cause(Evidence e, Instant asOf) {
    switch (e.status()) {
      case REJECTED:
        return ReasonCode.EVIDENCE_REJECTED;
      case SUPERSEDED:
        return ReasonCode.EVIDENCE_SUPERSEDED;
      case DRAFT:
        return ReasonCode.EVIDENCE_NOT_ACCEPTED;
      default:
        return e.effectiveFrom().isAfter(asOf)
            ? ReasonCode.EVIDENCE_NOT_YET_EFFECTIVE
            : ReasonCode.EVIDENCE_EXPIRED;
    }
  }

  /** The reason for the open findings of one grade, or null when there are none. */
  private static @Nullable Reason findingReason(
      ReasonCode code, RequirementFacts facts, FindingGrade grade) {
    List<FindingId> ids = null;
    List<RequirementId> sources = List.of();
    Instant asOf = facts.asOf();
    for (Finding f : facts.allFindings()) {
      if (f.grade() == grade && f.isOpenAt(asOf)) {
        if (ids == null) {
          ids = new ArrayList<>(1);
        }
        ids.add(f.id());
        RequirementId source = facts.source(f.id());
        if (source != null) {
          if (sources.isEmpty()) {
            sources = new ArrayList<>(1);
          }
          addSource(sources, source);
        }
      }
    }
    return ids == null ? null : new Reason(code, null, List.of(), ids, sources);
  }
}
