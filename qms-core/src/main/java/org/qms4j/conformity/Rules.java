package org.qms4j.conformity;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.qms4j.audit.Audit;
import org.qms4j.audit.AuditKind;
import org.qms4j.capa.CorrectiveActionId;
import org.qms4j.capa.DeadlinePolicy;
import org.qms4j.capa.Overdue;
import org.qms4j.capa.OverdueStep;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.internal.ArrayView;
import org.qms4j.review.ReviewPolicy;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.Registers;

/**
 * The built-in rules: rows 2 to 8 of the default decision table (row 1, exclusion, is applied by
 * the engine before any rule), the rule that notes observations and opportunities for
 * improvement, and the audit-coverage rule a host may add ({@link #auditCoverage()}). See {@link
 * ConformityEngine} for the table.
 *
 * <p>Every rule here is stateless and thread-safe, and reads only {@linkplain
 * RuleReads#requirementFacts() its requirement's facts}.
 */
public final class Rules {

  private static final Rule FINDING_NOTES = Rule.named("finding-notes", RuleReads.requirementFacts(), Rules::findingNotes);
  private static final Rule OPEN_MAJOR = Rule.named("open-major-nonconformity", RuleReads.requirementFacts(), Rules::openMajor);
  private static final Rule ACTION_DEADLINES = Rule.named("corrective-action-deadlines", RuleReads.requirementFacts(), Rules::actionDeadlines);
  private static final Rule TRAINING = Rule.named(
      "training-gaps",
      RuleReads.requirementFacts().and(Registers.ROLES, Registers.TRAINING, Registers.DOCUMENTS),
      ManagementRules::trainingGaps);
  private static final Rule REVIEW = Rule.named(
      "management-review", RuleReads.requirementFacts().and(Registers.REVIEWS), f -> ManagementRules.managementReview(f, ReviewPolicy.standard()));
  private static final Rule DOCUMENT_REVIEWS = Rule.named(
      "document-reviews", RuleReads.requirementFacts().and(Registers.DOCUMENTS), ManagementRules::documentReviews);
  private static final Rule INDICATORS = Rule.named(
      "objective-indicators", RuleReads.requirementFacts().and(Registers.OBJECTIVES), ManagementRules::indicators);
  private static final Rule RISK_REVIEWS = Rule.named(
      "risk-reviews", RuleReads.requirementFacts().and(Registers.RISKS), ManagementRules::riskReviews);
  private static final Rule CERTIFICATES = Rule.named(
      "certificate-audits", RuleReads.requirementFacts().and(Registers.CERTIFICATES), ManagementRules::certificates);
  private static final RuleReads EVIDENCE_ROWS = RuleReads.requirementFacts().and(Registers.DOCUMENTS);
  private static final Rule OPEN_MINOR = Rule.named("open-minor-nonconformity", RuleReads.requirementFacts(), Rules::openMinor);
  private static final Rule NO_EVIDENCE = Rule.named("no-evidence", EVIDENCE_ROWS, Rules::noEvidence);
  private static final Rule LAPSED = Rule.named("lapsed-evidence", EVIDENCE_ROWS, Rules::lapsedEvidence);
  private static final Rule PARTIAL = Rule.named("partial-coverage", EVIDENCE_ROWS, Rules::partialCoverage);
  private static final Rule FULL = Rule.named("full-coverage", EVIDENCE_ROWS, Rules::fullCoverage);
  private static final List<Rule> DEFAULT_TABLE =
      List.of(
          FINDING_NOTES,
          ACTION_DEADLINES,
          TRAINING,
          REVIEW,
          DOCUMENT_REVIEWS,
          INDICATORS,
          RISK_REVIEWS,
          CERTIFICATES,
          OPEN_MAJOR,
          OPEN_MINOR,
          NO_EVIDENCE,
          LAPSED,
          PARTIAL,
          FULL);

  private Rules() {}

  /**
   * The default chain, in order: {@link #findingNotes()}, {@link #correctiveActionDeadlines()}
   * (row 3, which runs before row 2 so that its reasons show beside an open major nonconformity),
   * then rows 2 and 4 to 8.
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
   * Row 3: an open minor nonconformity whose corrective action is overdue, or which has no action
   * past the deadline for linking one, makes the requirement {@code NONCONFORMING} ({@code
   * CORRECTIVE_ACTION_OVERDUE}, {@code NONCONFORMITY_WITHOUT_ACTION}). Deadlines come from the
   * engine's {@link org.qms4j.capa.DeadlinePolicy}. Where an open major nonconformity makes the
   * requirement nonconforming anyway, the same reasons are noted beside row 2's.
   *
   * @return the rule
   */
  public static Rule correctiveActionDeadlines() {
    return ACTION_DEADLINES;
  }

  /**
   * Caps at {@code PARTIALLY_CONFORMING} each requirement under a clause owned by a role whose
   * holders lack a required competence ({@code TRAINING_GAP}); reads the roles, training records,
   * documents (for the version in force).
   *
   * @return the rule
   */
  public static Rule trainingGaps() {
    return TRAINING;
  }

  /**
   * For the requirements under a catalog's {@linkplain org.qms4j.catalog.Catalog#reviewClause()
   * review clause}: notes that no management review of the catalog (or a catalog it derives from)
   * was held ({@code MANAGEMENT_REVIEW_MISSING}); caps at {@code PARTIALLY_CONFORMING} when the last
   * one is older than 12 months ({@code MANAGEMENT_REVIEW_OVERDUE}) or missed required inputs
   * ({@code REVIEW_INPUTS_MISSING}).
   *
   * @return the rule
   */
  public static Rule managementReview() {
    return REVIEW;
  }

  /**
   * The management-review rule with another review interval. It depends on the instant, so a
   * session judges its requirements again at every move; replace the default chain's rule with it.
   *
   * @param policy the review policy, not null
   * @return the rule
   */
  public static Rule managementReview(ReviewPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return Rule.named(
        "management-review",
        RuleReads.requirementFacts().and(Registers.REVIEWS).dependingOnInstant(),
        f -> ManagementRules.managementReview(f, policy));
  }

  /**
   * Notes documents past their periodic review that the requirement's evidence rests on ({@code
   * DOCUMENT_REVIEW_OVERDUE}).
   *
   * @return the rule
   */
  public static Rule documentReviews() {
    return DOCUMENT_REVIEWS;
  }

  /**
   * Caps at {@code PARTIALLY_CONFORMING} a requirement an objective bears on whose indicator is
   * below target ({@code INDICATOR_BELOW_TARGET}); notes indicators that missed a planned
   * measurement ({@code INDICATOR_OVERDUE}).
   *
   * @return the rule
   */
  public static Rule indicators() {
    return INDICATORS;
  }

  /**
   * Notes risks and opportunities bearing on the requirement that are past their review date
   * ({@code RISK_REVIEW_OVERDUE}).
   *
   * @return the rule
   */
  public static Rule riskReviews() {
    return RISK_REVIEWS;
  }

  /**
   * Notes, on every requirement of a certified catalog, that its certificate is overdue for a
   * surveillance or recertification audit ({@code CERTIFICATE_AUDIT_OVERDUE}).
   *
   * @return the rule
   */
  public static Rule certificateAudits() {
    return CERTIFICATES;
  }

  /**
   * Notes each requirement whose clause no internal audit reported in the last 12 months covered
   * ({@code CLAUSE_NOT_AUDITED}); never changes a verdict. Not in the default table: add it with
   * {@code ConformityEngine.builder().addRule(RuleScope.all(), Rules.auditCoverage())}.
   *
   * @return the rule
   */
  public static Rule auditCoverage() {
    return AUDIT_COVERAGE;
  }

  /**
   * Gives each requirement whose clause no internal audit reported within an interval covered a
   * {@code CLAUSE_NOT_AUDITED} reason, as a note or, with a cap, capping the verdict. An internal
   * audit covers a requirement when a clause in its scope is the requirement's clause or one above
   * it, and it counts from its report instant for the interval. The rule reads the audit register
   * and depends on the instant, so a session judges its requirements again at every move.
   *
   * @param interval how far back an audit counts, such as {@code Period.ofMonths(12)}, positive,
   *     not null
   * @param cap the verdict to cap at, or empty for a note, not null
   * @return the rule
   * @throws org.qms4j.InvalidModelException if the interval is not positive
   */
  public static Rule auditCoverage(Period interval, Optional<Verdict> cap) {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(cap, "cap");
    if (interval.isNegative() || interval.isZero()) {
      throw new org.qms4j.InvalidModelException("audit coverage: interval was " + interval + "; expected a positive period");
    }
    return Rule.named(
        "audit-coverage",
        RuleReads.requirementFacts().and(Registers.AUDITS).dependingOnInstant(),
        facts -> auditCoverage(facts, interval, cap.orElse(null)));
  }

  private static final Rule AUDIT_COVERAGE = auditCoverage(Period.ofMonths(12), Optional.empty());

  /**
   * Row 4: an open minor nonconformity caps the requirement at {@code PARTIALLY_CONFORMING}.
   *
   * @return the rule
   */
  public static Rule openMinorNonconformity() {
    return OPEN_MINOR;
  }

  /**
   * Row 5: no evidence at all, or none of any expected kind, makes the requirement {@code
   * NOT_ASSESSED}.
   *
   * @return the rule
   */
  public static Rule noEvidence() {
    return NO_EVIDENCE;
  }

  /**
   * Row 6: an expected kind whose only evidence is not accepted and effective makes the
   * requirement {@code NONCONFORMING}.
   *
   * @return the rule
   */
  public static Rule lapsedEvidence() {
    return LAPSED;
  }

  /**
   * Row 7: some but not all expected kinds covered makes the requirement {@code
   * PARTIALLY_CONFORMING}.
   *
   * @return the rule
   */
  public static Rule partialCoverage() {
    return PARTIAL;
  }

  /**
   * Row 8: every expected kind covered makes the requirement {@code CONFORMING}, or {@code
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

  private static Decision actionDeadlines(RequirementFacts facts) {
    if (facts.allFindings().isEmpty()) {
      return Decision.pass();
    }
    OpenFindings open = facts.open();
    int majors = open.count(FindingGrade.MAJOR_NONCONFORMITY);
    int minors = open.count(FindingGrade.MINOR_NONCONFORMITY);
    if (majors + minors == 0) {
      return Decision.pass();
    }
    DeadlinePolicy policy = facts.deadlinePolicy();
    QualitySystem system = facts.system();
    boolean minorOverdue = false;
    List<Overdue> all = new ArrayList<>(0);
    for (FindingGrade grade : NONCONFORMITIES) {
      for (int k = 0, n = open.count(grade); k < n; k++) {
        Finding f = open.get(grade, k);
        List<Overdue> overdue = policy.overdue(f, system.correctiveActionsFor(f.id()), facts.asOf());
        if (!overdue.isEmpty()) {
          minorOverdue |= grade == FindingGrade.MINOR_NONCONFORMITY;
          all.addAll(overdue);
        }
      }
    }
    if (all.isEmpty()) {
      return Decision.pass();
    }
    boolean escalates = minorOverdue && majors == 0;
    if (!facts.explaining()) {
      return escalates ? verdictOnly(Verdict.NONCONFORMING) : Decision.pass();
    }
    List<Reason> reasons = overdueReasons(all);
    return escalates ? Decision.decideOwned(Verdict.NONCONFORMING, reasons) : Decision.noteOwned(reasons);
  }

  private static final List<FindingGrade> NONCONFORMITIES =
      List.of(FindingGrade.MAJOR_NONCONFORMITY, FindingGrade.MINOR_NONCONFORMITY);

  /** One reason for the nonconformities without an action, one for the overdue actions. */
  private static List<Reason> overdueReasons(List<Overdue> all) {
    Set<FindingId> unanswered = new TreeSet<>();
    Set<FindingId> answered = new TreeSet<>();
    Set<CorrectiveActionId> late = new TreeSet<>();
    StringBuilder without = new StringBuilder();
    StringBuilder overdue = new StringBuilder();
    int shownWithout = 0;
    int shownOverdue = 0;
    for (Overdue o : all) {
      String step = o.step().name().toLowerCase(java.util.Locale.ROOT);
      if (o.action().isEmpty()) {
        unanswered.add(o.finding());
        if (o.step() == OverdueStep.LINK && shownWithout++ < 5) {
          without.append(without.length() == 0 ? "" : "; ").append(o.finding()).append(" since ").append(o.due());
        }
      } else {
        answered.add(o.finding());
        late.add(o.action().get());
        if (shownOverdue++ < 5) {
          overdue.append(overdue.length() == 0 ? "" : "; ").append(o.action().get()).append(' ').append(step)
              .append(" for ").append(o.finding()).append(" due ").append(o.due());
        }
      }
    }
    List<Reason> reasons = new ArrayList<>(2);
    if (!late.isEmpty()) {
      reasons.add(
          new Reason(ReasonCode.CORRECTIVE_ACTION_OVERDUE, List.copyOf(answered), List.copyOf(late),
              "corrective action overdue: " + overdue + (shownOverdue > 5 ? " and " + (shownOverdue - 5) + " more" : "")));
    }
    if (!unanswered.isEmpty()) {
      reasons.add(
          new Reason(ReasonCode.NONCONFORMITY_WITHOUT_ACTION, List.copyOf(unanswered), List.of(),
              "no corrective action answers nonconformity " + (without.length() == 0 ? String.join(", ", unanswered.stream().map(Object::toString).toList()) : without)
                  + (shownWithout > 5 ? " and " + (shownWithout - 5) + " more" : "")));
    }
    return ArrayView.copyOf(reasons.toArray(), reasons.size());
  }

  private static Decision auditCoverage(RequirementFacts facts, Period interval, @Nullable Verdict cap) {
    LocatedRequirement r = facts.requirement();
    Instant asOf = facts.asOf();
    Instant from = org.qms4j.internal.Instants.minus(asOf, interval);
    Audit latest = null;
    for (Audit a : facts.system().audits()) {
      if (a.kind() != AuditKind.INTERNAL || a.reportedAt().isEmpty() || a.reportedAt().get().isAfter(asOf) || !a.covers(r)) {
        continue;
      }
      if (!a.reportedAt().get().isBefore(from)) {
        return Decision.pass();
      }
      if (latest == null || a.reportedAt().get().isAfter(latest.reportedAt().orElseThrow())) {
        latest = a;
      }
    }
    String message =
        "no internal audit reported in the " + interval + " up to " + asOf + " covered clause " + r.clause()
            + (latest == null ? "; it was never audited" : "; the last one was " + latest.id() + ", reported " + latest.reportedAt().orElseThrow());
    Reason reason = new Reason(ReasonCode.CLAUSE_NOT_AUDITED, null, List.of(), List.of(), List.of(), message);
    return cap == null ? Decision.note(reason) : Decision.cap(cap, reason);
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
