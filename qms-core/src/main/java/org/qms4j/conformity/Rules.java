package org.qms4j.conformity;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.internal.ArrayView;

/**
 * The built-in rules: rows 2 to 7 of the default decision table (row 1, exclusion, is applied by
 * the engine before any rule) and the rule that notes observations and opportunities for
 * improvement. See {@link ConformityEngine} for the table.
 *
 * <p>Every rule here is stateless and thread-safe, and reads only {@linkplain
 * RuleReads#requirementFacts() its requirement's facts}.
 */
public final class Rules {

  private static final Rule FINDING_NOTES = Rule.named("finding-notes", RuleReads.requirementFacts(), Rules::findingNotes);
  private static final Rule OPEN_MAJOR = Rule.named("open-major-nonconformity", RuleReads.requirementFacts(), Rules::openMajor);
  private static final Rule OPEN_MINOR = Rule.named("open-minor-nonconformity", RuleReads.requirementFacts(), Rules::openMinor);
  private static final Rule NO_EVIDENCE = Rule.named("no-evidence", RuleReads.requirementFacts(), Rules::noEvidence);
  private static final Rule LAPSED = Rule.named("lapsed-evidence", RuleReads.requirementFacts(), Rules::lapsedEvidence);
  private static final Rule PARTIAL = Rule.named("partial-coverage", RuleReads.requirementFacts(), Rules::partialCoverage);
  private static final Rule FULL = Rule.named("full-coverage", RuleReads.requirementFacts(), Rules::fullCoverage);
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

  /** Tells whether a rule is one of these built-in rules, which give a verdict without reasons. */
  static boolean isBuiltIn(Rule rule) {
    return DEFAULT_TABLE.contains(rule);
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

  /** Stands in for reasons when only the verdict is asked for; never reaches a report. */
  private static final List<Reason> UNEXPLAINED = List.of(NO_EVIDENCE_REASON);

  private static final Decision[] VERDICT_ONLY = new Decision[Verdict.values().length];
  private static final Decision CAP_PARTIAL = Decision.capOwned(Verdict.PARTIALLY_CONFORMING, UNEXPLAINED);

  static {
    for (Verdict v : Verdict.values()) {
      VERDICT_ONLY[v.ordinal()] = Decision.decideOwned(v, UNEXPLAINED);
    }
  }

  private static Decision verdictOnly(Verdict verdict) {
    return VERDICT_ONLY[verdict.ordinal()];
  }

  private static Decision findingNotes(RequirementFacts facts) {
    if (facts.allFindings().isEmpty() || !facts.explaining()) {
      return Decision.pass();
    }
    OpenFindings open = facts.open();
    Reason[] notes = new Reason[2];
    int n = 0;
    if (open.count(FindingGrade.OBSERVATION) > 0) {
      notes[n++] = findingReason(ReasonCode.OPEN_OBSERVATION, facts, FindingGrade.OBSERVATION);
    }
    if (open.count(FindingGrade.OPPORTUNITY_FOR_IMPROVEMENT) > 0) {
      notes[n++] =
          findingReason(
              ReasonCode.OPEN_OPPORTUNITY_FOR_IMPROVEMENT, facts, FindingGrade.OPPORTUNITY_FOR_IMPROVEMENT);
    }
    return n == 0 ? Decision.pass() : Decision.noteOwned(ArrayView.copyOf(notes, n));
  }

  private static Decision openMajor(RequirementFacts facts) {
    if (facts.allFindings().isEmpty() || facts.open().count(FindingGrade.MAJOR_NONCONFORMITY) == 0) {
      return Decision.pass();
    }
    if (!facts.explaining()) {
      return verdictOnly(Verdict.NONCONFORMING);
    }
    return Decision.decide(
        Verdict.NONCONFORMING,
        findingReason(ReasonCode.OPEN_MAJOR_NONCONFORMITY, facts, FindingGrade.MAJOR_NONCONFORMITY));
  }

  private static Decision openMinor(RequirementFacts facts) {
    if (facts.allFindings().isEmpty() || facts.open().count(FindingGrade.MINOR_NONCONFORMITY) == 0) {
      return Decision.pass();
    }
    if (!facts.explaining()) {
      return CAP_PARTIAL;
    }
    return Decision.capOwned(
        Verdict.PARTIALLY_CONFORMING,
        List.of(findingReason(ReasonCode.OPEN_MINOR_NONCONFORMITY, facts, FindingGrade.MINOR_NONCONFORMITY)));
  }

  private static Decision noEvidence(RequirementFacts facts) {
    Coverage c = facts.coverage();
    if (!c.anyEvidence) {
      return Decision.decide(Verdict.NOT_ASSESSED, NO_EVIDENCE_REASON);
    }
    if (c.covered > 0 || c.lapsedSlots > 0) {
      return Decision.pass();
    }
    if (!facts.explaining()) {
      return verdictOnly(Verdict.NOT_ASSESSED);
    }
    Reason[] reasons = new Reason[c.slots()];
    for (int i = 0; i < reasons.length; i++) {
      reasons[i] = missing(c.slots[i]);
    }
    return Decision.decideOwned(Verdict.NOT_ASSESSED, ArrayView.copyOf(reasons, reasons.length));
  }

  private static Decision lapsedEvidence(RequirementFacts facts) {
    Coverage c = facts.coverage();
    if (c.lapsedSlots == 0) {
      return Decision.pass();
    }
    if (!facts.explaining()) {
      return verdictOnly(Verdict.NONCONFORMING);
    }
    Reason[] reasons = new Reason[c.lapsedSlots * Coverage.LAPSE_CAUSES.length];
    int n = 0;
    for (int i = 0; i < c.slots(); i++) {
      if (c.isLapsedOnly(i)) {
        for (ReasonCode cause : Coverage.LAPSE_CAUSES) {
          if (c.hasLapse(i, cause)) {
            reasons[n++] = evidenceReason(cause, facts, c, i, (byte) cause.ordinal());
          }
        }
      }
    }
    return Decision.decideOwned(Verdict.NONCONFORMING, ArrayView.copyOf(reasons, n));
  }

  private static Decision partialCoverage(RequirementFacts facts) {
    Coverage c = facts.coverage();
    if (c.covered == c.slots()) {
      return Decision.pass();
    }
    if (!facts.explaining()) {
      return verdictOnly(Verdict.PARTIALLY_CONFORMING);
    }
    Reason[] reasons = new Reason[c.slots()];
    for (int i = 0; i < reasons.length; i++) {
      reasons[i] = c.isValid(i) || c.isPartial(i) ? validReason(facts, c, i) : missing(c.slots[i]);
    }
    return Decision.decideOwned(Verdict.PARTIALLY_CONFORMING, ArrayView.copyOf(reasons, reasons.length));
  }

  private static Decision fullCoverage(RequirementFacts facts) {
    Coverage c = facts.coverage();
    if (c.covered < c.slots()) {
      return Decision.pass();
    }
    boolean capped = c.coveredWithoutPartial < c.slots();
    if (!facts.explaining()) {
      return verdictOnly(capped ? Verdict.PARTIALLY_CONFORMING : Verdict.CONFORMING);
    }
    Reason[] reasons = new Reason[c.slots() + (capped ? 1 : 0)];
    for (int i = 0; i < c.slots(); i++) {
      reasons[i] = validReason(facts, c, i);
    }
    if (!capped) {
      return Decision.decideOwned(Verdict.CONFORMING, ArrayView.copyOf(reasons, reasons.length));
    }
    List<RequirementId> sources = new ArrayList<>(1);
    for (int i = 0; i < c.slots(); i++) {
      if (!c.isValid(i)) {
        for (int k = 0; k < c.size(); k++) {
          if (c.matches(k, i, Coverage.PARTIAL)) {
            addSource(sources, facts.source(c.item(k).id()));
          }
        }
      }
    }
    reasons[c.slots()] = new Reason(ReasonCode.PARTIAL_MAPPING_ONLY, null, List.of(), List.of(), sources);
    return Decision.decideOwned(Verdict.PARTIALLY_CONFORMING, ArrayView.copyOf(reasons, reasons.length));
  }

  private static Reason validReason(RequirementFacts facts, Coverage c, int slot) {
    return evidenceReason(
        ReasonCode.EVIDENCE_VALID, facts, c, slot, c.isValid(slot) ? Coverage.VALID : Coverage.PARTIAL);
  }

  /** The reason naming the buffered items of one slot in one state, in id order. */
  private static Reason evidenceReason(
      ReasonCode code, RequirementFacts facts, Coverage c, int slot, byte state) {
    EvidenceId[] ids = new EvidenceId[c.size()];
    int n = 0;
    List<RequirementId> sources = List.of();
    for (int k = 0; k < c.size(); k++) {
      if (c.matches(k, slot, state)) {
        Evidence e = c.item(k);
        ids[n++] = e.id();
        RequirementId source = facts.source(e.id());
        if (source != null) {
          if (sources.isEmpty()) {
            sources = new ArrayList<>(1);
          }
          addSource(sources, source);
        }
      }
    }
    return new Reason(code, c.slots[slot], ArrayView.copyOf(ids, n), List.of(), sources);
  }

  private static void addSource(List<RequirementId> sources, @Nullable RequirementId source) {
    if (source != null && !sources.contains(source)) {
      sources.add(source);
    }
  }

  private static final Reason[] MISSING = new Reason[EvidenceKind.values().length];
  private static final Reason MISSING_ANY =
      new Reason(ReasonCode.MISSING_EVIDENCE_KIND, null, List.of(), List.of(), List.of());

  static {
    for (EvidenceKind kind : EvidenceKind.values()) {
      MISSING[kind.ordinal()] =
          new Reason(ReasonCode.MISSING_EVIDENCE_KIND, kind, List.of(), List.of(), List.of());
    }
  }

  private static Reason missing(@Nullable EvidenceKind kind) {
    return kind == null ? MISSING_ANY : MISSING[kind.ordinal()];
  }

  /** The reason for the open findings of one grade, in id order. */
  private static Reason findingReason(ReasonCode code, RequirementFacts facts, FindingGrade grade) {
    OpenFindings open = facts.open();
    int n = open.count(grade);
    FindingId[] ids = new FindingId[n];
    List<RequirementId> sources = List.of();
    for (int k = 0; k < n; k++) {
      Finding f = open.get(grade, k);
      ids[k] = f.id();
      RequirementId source = facts.source(f.id());
      if (source != null) {
        if (sources.isEmpty()) {
          sources = new ArrayList<>(1);
        }
        addSource(sources, source);
      }
    }
    return new Reason(code, null, List.of(), ArrayView.copyOf(ids, n), sources);
  }
}
