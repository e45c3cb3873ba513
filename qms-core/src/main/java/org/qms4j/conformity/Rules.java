package org.qms4j.conformity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

  private static Decision findingNotes(RequirementFacts facts) {
    if (facts.findings().isEmpty()) {
      return Decision.pass();
    }
    List<Reason> reasons = new ArrayList<>(1);
    List<Finding> observations = facts.openFindings(FindingGrade.OBSERVATION);
    if (!observations.isEmpty()) {
      reasons.add(
          findingReason(
              ReasonCode.OPEN_OBSERVATION, facts, observations, "open observation", "recorded"));
    }
    List<Finding> ofis = facts.openFindings(FindingGrade.OPPORTUNITY_FOR_IMPROVEMENT);
    if (!ofis.isEmpty()) {
      reasons.add(
          findingReason(
              ReasonCode.OPEN_OPPORTUNITY_FOR_IMPROVEMENT,
              facts,
              ofis,
              "open opportunity for improvement",
              "recorded"));
    }
    return Decision.note(reasons);
  }

  private static Decision openMajor(RequirementFacts facts) {
    List<Finding> open = facts.openFindings(FindingGrade.MAJOR_NONCONFORMITY);
    if (open.isEmpty()) {
      return Decision.pass();
    }
    return Decision.decide(
        Verdict.NONCONFORMING,
        findingReason(
            ReasonCode.OPEN_MAJOR_NONCONFORMITY, facts, open, "open major nonconformity", "raised"));
  }

  private static Decision openMinor(RequirementFacts facts) {
    List<Finding> open = facts.openFindings(FindingGrade.MINOR_NONCONFORMITY);
    if (open.isEmpty()) {
      return Decision.pass();
    }
    return Decision.cap(
        Verdict.PARTIALLY_CONFORMING,
        List.of(
            findingReason(
                ReasonCode.OPEN_MINOR_NONCONFORMITY,
                facts,
                open,
                "open minor nonconformity",
                "raised")));
  }

  private static Decision noEvidence(RequirementFacts facts) {
    Coverage c = facts.coverage();
    if (!c.anyEvidence) {
      return Decision.decide(
          Verdict.NOT_ASSESSED,
          Reason.of(ReasonCode.NO_EVIDENCE, "no evidence has been collected for the requirement"));
    }
    if (c.covered > 0 || c.lapsedSlots > 0) {
      return Decision.pass();
    }
    List<Reason> reasons = new ArrayList<>(c.slots());
    for (int i = 0; i < c.slots(); i++) {
      reasons.add(missing(c.slots[i]));
    }
    return Decision.decide(Verdict.NOT_ASSESSED, reasons);
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
    return Decision.decide(Verdict.NONCONFORMING, reasons);
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
    return Decision.decide(Verdict.PARTIALLY_CONFORMING, reasons);
  }

  private static Decision fullCoverage(RequirementFacts facts) {
    Coverage c = facts.coverage();
    if (c.covered < c.slots()) {
      return Decision.pass();
    }
    List<Reason> reasons = new ArrayList<>(c.slots());
    for (int i = 0; i < c.slots(); i++) {
      reasons.add(validReason(facts, c, i));
    }
    if (c.coveredWithoutPartial == c.slots()) {
      return Decision.decide(Verdict.CONFORMING, reasons);
    }
    Set<RequirementId> sources = new TreeSet<>();
    for (int i = 0; i < c.slots(); i++) {
      if (c.valid[i] == null) {
        for (Evidence e : c.partial[i]) {
          RequirementId source = facts.source(e.id());
          if (source != null) {
            sources.add(source);
          }
        }
      }
    }
    reasons.add(
        Reason.builder(
                ReasonCode.PARTIAL_MAPPING_ONLY,
                "some expected evidence counts only through a mapping that does not cover the"
                    + " requirement in full ("
                    + join(sources)
                    + ")")
            .mappedFrom(sources)
            .build());
    return Decision.decide(Verdict.PARTIALLY_CONFORMING, reasons);
  }

  private static Reason validReason(RequirementFacts facts, Coverage c, int slot) {
    List<Evidence> items = c.valid[slot] != null ? c.valid[slot] : c.partial[slot];
    EvidenceKind kind = c.slots[slot];
    List<EvidenceId> ids = new ArrayList<>(items.size());
    List<RequirementId> sources = List.of();
    for (Evidence e : items) {
      ids.add(e.id());
      RequirementId source = facts.source(e.id());
      if (source != null) {
        if (sources.isEmpty()) {
          sources = new ArrayList<>(1);
        }
        if (!sources.contains(source)) {
          sources.add(source);
        }
      }
    }
    Reason.Builder b =
        Reason.builder(
                ReasonCode.EVIDENCE_VALID,
                "accepted, effective " + Coverage.kindName(kind) + " " + join(ids))
            .evidence(ids)
            .mappedFrom(sources);
    if (kind != null) {
      b.evidenceKind(kind);
    }
    return b.build();
  }

  private static Reason missing(@Nullable EvidenceKind kind) {
    Reason.Builder b =
        Reason.builder(
            ReasonCode.MISSING_EVIDENCE_KIND,
            "no " + Coverage.kindName(kind) + " has been collected, though the requirement expects one");
    if (kind != null) {
      b.evidenceKind(kind);
    }
    return b.build();
  }

  private static void lapsedReasons(
      RequirementFacts facts, @Nullable EvidenceKind kind, List<Evidence> items, List<Reason> out) {
    Map<ReasonCode, List<Evidence>> byCause = new EnumMap<>(ReasonCode.class);
    for (Evidence e : items) {
      byCause.computeIfAbsent(cause(e, facts.asOf()), k -> new ArrayList<>(1)).add(e);
    }
    byCause.forEach(
        (code, group) -> {
          List<EvidenceId> ids = new ArrayList<>(group.size());
          Set<RequirementId> sources = new TreeSet<>();
          for (Evidence e : group) {
            ids.add(e.id());
            RequirementId source = facts.source(e.id());
            if (source != null) {
              sources.add(source);
            }
          }
          Reason.Builder b =
              Reason.builder(
                      code,
                      "the only " + Coverage.kindName(kind) + " " + describe(code) + ": " + join(ids))
                  .evidence(ids)
                  .mappedFrom(sources);
          if (kind != null) {
            b.evidenceKind(kind);
          }
          out.add(b.build());
        });
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

  private static String describe(ReasonCode code) {
    switch (code) {
      case EVIDENCE_REJECTED:
        return "was rejected";
      case EVIDENCE_SUPERSEDED:
        return "was superseded";
      case EVIDENCE_NOT_ACCEPTED:
        return "is a draft, not yet accepted";
      case EVIDENCE_NOT_YET_EFFECTIVE:
        return "is not yet effective";
      default:
        return "has expired";
    }
  }

  private static Reason findingReason(
      ReasonCode code, RequirementFacts facts, List<Finding> open, String what, String verb) {
    List<FindingId> ids = new ArrayList<>(open.size());
    Set<RequirementId> sources = new TreeSet<>();
    for (Finding f : open) {
      ids.add(f.id());
      RequirementId source = facts.source(f.id());
      if (source != null) {
        sources.add(source);
      }
    }
    String via = sources.isEmpty() ? "" : " through mapped requirement " + join(sources);
    return Reason.builder(code, what + " " + join(ids) + " " + verb + via)
        .findings(ids)
        .mappedFrom(sources)
        .build();
  }

  private static String join(Collection<?> values) {
    if (values.size() == 1) {
      return values.iterator().next().toString();
    }
    List<String> names = new ArrayList<>(values.size());
    for (Object v : values) {
      names.add(v.toString());
    }
    names.sort(null);
    return String.join(", ", names);
  }
}
