package org.qms4j.gap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.Requirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.conformity.Reason;
import org.qms4j.conformity.ReasonCode;
import org.qms4j.conformity.RequirementResult;
import org.qms4j.conformity.Verdict;
import org.qms4j.system.QualitySystem;

/**
 * A gap analysis: every applicable requirement a {@link ConformityReport} finds not conforming
 * ({@code NOT_ASSESSED}, {@code PARTIALLY_CONFORMING} or {@code NONCONFORMING}; {@code
 * NOT_APPLICABLE} is no gap), as a {@link Gap} with a {@link GapPriority}, in the order to work on
 * them: open major nonconformities first, then missing documented information, then the rest, and
 * within a priority in the report's order, which follows the catalogs clause by clause.
 *
 * <p><b>Missing documented information.</b> ISO's "documented information" is what an organisation
 * maintains (documents, procedures) and retains (records). Of the {@linkplain EvidenceKind evidence
 * kinds}, {@link #DOCUMENTED_INFORMATION} are documented information: {@code DOCUMENT}, {@code
 * PROCEDURE}, {@code RECORD}, {@code TRAINING_RECORD} and {@code TEST_REPORT}; an {@code
 * OBSERVATION} or an {@code INTERVIEW} is what an auditor saw or heard, not documented information.
 * Documented information is mandatory for a requirement when the requirement names its kind among
 * its {@linkplain Requirement#expectedEvidence() expected evidence}. A gap is {@link
 * GapPriority#MISSING_DOCUMENTED_INFORMATION} when one of its reasons says such evidence is missing
 * or does not count ({@link #isMissingDocumentedInformation}), judged by reason codes only, never
 * by message text:
 *
 * <ul>
 *   <li>{@code MISSING_EVIDENCE_KIND} naming a documented-information kind the requirement expects;
 *   <li>{@code EVIDENCE_EXPIRED}, {@code EVIDENCE_REJECTED}, {@code EVIDENCE_SUPERSEDED}, {@code
 *       EVIDENCE_NOT_YET_EFFECTIVE}, {@code EVIDENCE_NOT_ACCEPTED} or {@code
 *       EVIDENCE_ON_OBSOLETE_DOCUMENT} naming such a kind: the only evidence of it has lapsed;
 *   <li>{@code NO_EVIDENCE} where the requirement expects at least one such kind.
 * </ul>
 *
 * <p>A requirement that names no kind (any valid item meets it) never misses mandatory documented
 * information. An open major nonconformity outranks missing documents: the engine's decision table
 * decides on it before looking at evidence.
 *
 * <p>The report must be one the engine made of this system, or of an earlier or later snapshot of
 * it with the same catalogs; {@link #changesSince} compares analyses of any two reports. Limits:
 * none beyond the system's and the report's own. Immutable and thread-safe.
 *
 * <pre>{@code
 * ConformityReport report = ConformityEngine.standard().evaluate(clinic, asOf);
 * GapAnalysis gaps = GapAnalysis.of(clinic, report);
 * gaps.gaps().forEach(g -> System.out.println(g.priority() + " " + g.requirement() + " " + g.verdict()));
 * GapTotals in8 = gaps.totalsByClause().get(ClauseRef.of(StandardCatalogs.ISO_9001, "8"));
 * List<GapChange> progress = GapAnalysis.of(clinicLater, laterReport).changesSince(gaps);
 * }</pre>
 */
public final class GapAnalysis {
  /** The evidence kinds that are documented information: all but observations and interviews. */
  public static final Set<EvidenceKind> DOCUMENTED_INFORMATION =
      Collections.unmodifiableSet(
          EnumSet.of(
              EvidenceKind.DOCUMENT,
              EvidenceKind.PROCEDURE,
              EvidenceKind.RECORD,
              EvidenceKind.TRAINING_RECORD,
              EvidenceKind.TEST_REPORT));

  /** The reason codes that say evidence of the kind they name is missing or does not count. */
  private static final Set<ReasonCode> KIND_MISSING =
      EnumSet.of(
          ReasonCode.MISSING_EVIDENCE_KIND,
          ReasonCode.EVIDENCE_EXPIRED,
          ReasonCode.EVIDENCE_REJECTED,
          ReasonCode.EVIDENCE_SUPERSEDED,
          ReasonCode.EVIDENCE_NOT_YET_EFFECTIVE,
          ReasonCode.EVIDENCE_NOT_ACCEPTED,
          ReasonCode.EVIDENCE_ON_OBSOLETE_DOCUMENT);

  private static final GapPriority[] PRIORITIES = GapPriority.values();

  private final ConformityReport report;
  private final List<Gap> gaps;
  private final Map<RequirementId, Gap> byRequirement;
  private final Map<ClauseRef, GapTotals> byClause;
  private final Map<CatalogId, GapTotals> byCatalog;
  private final GapTotals totals;

  private GapAnalysis(
      ConformityReport report,
      List<Gap> gaps,
      Map<RequirementId, Gap> byRequirement,
      Map<ClauseRef, GapTotals> byClause,
      Map<CatalogId, GapTotals> byCatalog,
      GapTotals totals) {
    this.report = report;
    this.gaps = gaps;
    this.byRequirement = byRequirement;
    this.byClause = byClause;
    this.byCatalog = byCatalog;
    this.totals = totals;
  }

  /**
   * Analyses a conformity report of a quality system.
   *
   * @param system the quality system the report judged, not null
   * @param report the report, not null
   * @return the analysis
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the report holds a result for a requirement the system does
   *     not hold, or places one in another clause than the system does: a report of another system
   */
  public static GapAnalysis of(QualitySystem system, ConformityReport report) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(report, "report");
    List<List<Gap>> buckets = new ArrayList<>(PRIORITIES.length);
    for (int p = 0; p < PRIORITIES.length; p++) {
      buckets.add(new ArrayList<>());
    }
    Map<ClauseRef, int[]> clauseCounts = new LinkedHashMap<>();
    report.clauses().keySet().forEach(c -> clauseCounts.put(c, new int[PRIORITIES.length]));
    Map<CatalogId, int[]> catalogCounts = new LinkedHashMap<>();
    report.catalogs().keySet().forEach(c -> catalogCounts.put(c, new int[PRIORITIES.length]));
    int[] all = new int[PRIORITIES.length];
    Map<RequirementId, Gap> byRequirement = new HashMap<>();
    for (RequirementResult r : report.results()) {
      LocatedRequirement located = located(system, r);
      Verdict verdict = r.verdict();
      if (verdict == Verdict.CONFORMING || verdict == Verdict.NOT_APPLICABLE) {
        continue;
      }
      List<Reason> reasons = r.reasons();
      GapPriority priority = priorityOf(located.requirement(), reasons);
      Gap gap = new Gap(r.requirement(), r.clause(), verdict, priority, reasons, located.requirement().summary());
      buckets.get(priority.ordinal()).add(gap);
      byRequirement.put(gap.requirement(), gap);
      int p = priority.ordinal();
      all[p]++;
      int[] inCatalog = catalogCounts.get(located.catalog());
      if (inCatalog != null) {
        inCatalog[p]++;
      }
      for (String number : located.clausePath()) {
        int[] inClause = clauseCounts.get(ClauseRef.of(located.catalog(), number));
        if (inClause != null) {
          inClause[p]++;
        }
      }
    }
    List<Gap> ordered = new ArrayList<>(byRequirement.size());
    buckets.forEach(ordered::addAll);
    return new GapAnalysis(
        report,
        Collections.unmodifiableList(ordered),
        Collections.unmodifiableMap(byRequirement),
        totals(clauseCounts),
        totals(catalogCounts),
        totals(all));
  }

  private static LocatedRequirement located(QualitySystem system, RequirementResult r) {
    Optional<LocatedRequirement> located = system.requirement(r.requirement());
    if (located.isEmpty()) {
      throw new IllegalArgumentException(
          "gap analysis: the report judged requirement " + r.requirement()
              + ", which the system does not hold; expected a report of this system");
    }
    if (!located.get().clause().equals(r.clause())) {
      throw new IllegalArgumentException(
          "gap analysis: the report places requirement " + r.requirement() + " in clause " + r.clause()
              + " but the system in clause " + located.get().clause() + "; expected a report of this system");
    }
    return located.get();
  }

  private static <K> Map<K, GapTotals> totals(Map<K, int[]> counts) {
    Map<K, GapTotals> result = new LinkedHashMap<>();
    counts.forEach((k, c) -> result.put(k, totals(c)));
    return Collections.unmodifiableMap(result);
  }

  private static GapTotals totals(int[] c) {
    return c[0] + c[1] + c[2] == 0 ? GapTotals.NONE : new GapTotals(c[0], c[1], c[2]);
  }

  /** The first priority whose condition the reasons meet. */
  private static GapPriority priorityOf(Requirement requirement, List<Reason> reasons) {
    boolean missing = false;
    for (Reason reason : reasons) {
      if (reason.code() == ReasonCode.OPEN_MAJOR_NONCONFORMITY) {
        return GapPriority.OPEN_MAJOR_NONCONFORMITY;
      }
      missing = missing || isMissingDocumentedInformation(reason, requirement);
    }
    return missing ? GapPriority.MISSING_DOCUMENTED_INFORMATION : GapPriority.OTHER;
  }

  /**
   * Tells whether a reason says that documented information the requirement expects is missing or
   * does not count: its code is {@code MISSING_EVIDENCE_KIND} or one of the {@code EVIDENCE_...}
   * codes of a lapse (expired, rejected, superseded, not yet effective, not accepted, on an
   * obsolete document) and it names a kind of {@link #DOCUMENTED_INFORMATION} that the requirement
   * expects; or its code is {@code NO_EVIDENCE} and the requirement expects at least one such
   * kind.
   *
   * @param reason a reason of the requirement's result, not null
   * @param requirement the requirement, not null
   * @return true if mandatory documented information is missing
   */
  public static boolean isMissingDocumentedInformation(Reason reason, Requirement requirement) {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(requirement, "requirement");
    if (reason.code() == ReasonCode.NO_EVIDENCE) {
      for (EvidenceKind kind : requirement.expectedEvidence()) {
        if (DOCUMENTED_INFORMATION.contains(kind)) {
          return true;
        }
      }
      return false;
    }
    if (!KIND_MISSING.contains(reason.code())) {
      return false;
    }
    Optional<EvidenceKind> kind = reason.evidenceKind();
    return kind.isPresent()
        && DOCUMENTED_INFORMATION.contains(kind.get())
        && requirement.expectedEvidence().contains(kind.get());
  }

  /**
   * The instant of the report analysed.
   *
   * @return the instant
   */
  public Instant asOf() {
    return report.asOf();
  }

  /**
   * The report analysed.
   *
   * @return the report
   */
  public ConformityReport report() {
    return report;
  }

  /**
   * Every gap, by priority ({@link GapPriority}'s order) and within a priority in the report's
   * order.
   *
   * @return the gaps, unmodifiable; empty when every applicable requirement conforms
   */
  public List<Gap> gaps() {
    return gaps;
  }

  /**
   * The gap of one requirement.
   *
   * @param requirement the requirement's id, not null
   * @return the gap, or empty if the requirement conforms, is not applicable or was not judged
   */
  public Optional<Gap> gap(RequirementId requirement) {
    return Optional.ofNullable(byRequirement.get(Objects.requireNonNull(requirement, "requirement")));
  }

  /**
   * How many gaps there are, by priority.
   *
   * @return the totals
   */
  public GapTotals totals() {
    return totals;
  }

  /**
   * How many gaps lie in each clause of the report or below it (a clause counts the gaps of its
   * sub-clauses too, as the report's clause roll-ups count verdicts), for every clause that holds
   * requirements directly or below it, in the report's order; a clause without gaps has {@link
   * GapTotals#NONE}.
   *
   * @return the totals by clause, unmodifiable
   */
  public Map<ClauseRef, GapTotals> totalsByClause() {
    return byClause;
  }

  /**
   * How many gaps lie in each catalog of the report, in the report's order; a catalog without gaps
   * has {@link GapTotals#NONE}.
   *
   * @return the totals by catalog, unmodifiable
   */
  public Map<CatalogId, GapTotals> totalsByCatalog() {
    return byCatalog;
  }

  /**
   * What changed since an earlier analysis: each requirement whose gap opened, closed, or changed
   * in priority or verdict, in this analysis's report order, then the gaps of requirements this
   * report no longer judges, in the earlier report's order. A gap whose reasons alone moved has not
   * changed.
   *
   * @param previous the earlier analysis, of any report, not null
   * @return the changes, unmodifiable; empty if no gap moved
   */
  public List<GapChange> changesSince(GapAnalysis previous) {
    Objects.requireNonNull(previous, "previous");
    List<GapChange> changes = new ArrayList<>();
    for (RequirementResult r : report.results()) {
      RequirementId id = r.requirement();
      Gap now = byRequirement.get(id);
      Gap before = previous.byRequirement.get(id);
      if (now == null && before == null) {
        continue;
      }
      Optional<Verdict> verdictBefore = previous.report.result(id).map(RequirementResult::verdict);
      GapChange.Kind kind;
      if (before == null) {
        kind = GapChange.Kind.OPENED;
      } else if (now == null) {
        kind = GapChange.Kind.CLOSED;
      } else if (before.priority() != now.priority() || before.verdict() != now.verdict()) {
        kind = GapChange.Kind.CHANGED;
      } else {
        continue;
      }
      changes.add(
          new GapChange(
              id,
              kind,
              Optional.ofNullable(before).map(Gap::priority),
              Optional.ofNullable(now).map(Gap::priority),
              verdictBefore,
              Optional.of(r.verdict())));
    }
    for (RequirementResult r : previous.report.results()) {
      Gap before = previous.byRequirement.get(r.requirement());
      if (before != null && report.result(r.requirement()).isEmpty()) {
        changes.add(
            new GapChange(
                r.requirement(),
                GapChange.Kind.CLOSED,
                Optional.of(before.priority()),
                Optional.empty(),
                Optional.of(before.verdict()),
                Optional.empty()));
      }
    }
    return Collections.unmodifiableList(changes);
  }

  @Override
  public String toString() {
    return "GapAnalysis{asOf=" + asOf() + ", gaps=" + gaps.size() + ", totals=" + totals + "}";
  }
}
