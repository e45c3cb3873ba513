package org.qms4j.json.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.RequirementId;
import org.qms4j.capa.CorrectiveActionId;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.conformity.Reason;
import org.qms4j.conformity.ReasonCode;
import org.qms4j.conformity.RequirementResult;
import org.qms4j.conformity.Rollup;
import org.qms4j.conformity.StatusChange;
import org.qms4j.conformity.Verdict;
import org.qms4j.conformity.VerdictCounts;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.FindingId;

/**
 * Codecs for the conformity report and its parts: results, reasons, roll-ups, verdict counts,
 * status changes. A report is read back through {@link ConformityReport#restore}, so what the core
 * refuses in a report (roll-up counts that are not the tally of the results, a result without a
 * roll-up) is refused at the report's path; roll-up scores are derived and never written.
 */
public final class ReportCodecs {
  private ReportCodecs() {}

  /** A verdict. */
  public static final Codecs.EnumCodec<Verdict> VERDICT = Codecs.enumOf(Verdict.class, "verdict");

  /** A reason code. */
  public static final Codecs.EnumCodec<ReasonCode> REASON_CODE =
      Codecs.enumOf(ReasonCode.class, "reason code");

  /** A count of requirements: an integer, 0 or more. */
  private static final Codec<Integer> COUNT = new Codec<>() {
    @Override
    public Integer read(In in) {
      int n = in.integer("a count (an integer, 0 or more)");
      if (n < 0) {
        throw in.expected("a count (an integer, 0 or more)");
      }
      return n;
    }

    @Override
    public void write(Out out, Integer value) {
      out.g().writeNumber(value.intValue());
    }

    @Override
    public String label() {
      return "a count (an integer, 0 or more)";
    }
  };

  /** How many requirements reached each verdict: an object with every verdict's name. */
  public static final ObjectCodec<VerdictCounts, ?> VERDICT_COUNTS = verdictCounts();

  private static ObjectCodec<VerdictCounts, Map<Verdict, Integer>> verdictCounts() {
    ObjectCodec.Spec<VerdictCounts, Map<Verdict, Integer>> spec =
        ObjectCodec.of(VerdictCounts.class, "verdict counts", () -> new EnumMap<>(Verdict.class),
            VerdictCounts::of);
    for (Verdict v : Verdict.values()) {
      spec.required(Codecs.enumName(v), COUNT, c -> c.count(v), (m, n) -> m.put(v, n));
    }
    return spec.build();
  }

  /** A roll-up: its verdict and counts (the score is derived from the counts). */
  public static final ObjectCodec<Rollup, ?> ROLLUP =
      ObjectCodec.of(Rollup.class, "a roll-up", RollupDraft::new, RollupDraft::build)
          .required("verdict", VERDICT, Rollup::verdict, (d, v) -> d.verdict = v)
          .required("counts", VERDICT_COUNTS, Rollup::counts, (d, c) -> d.counts = c)
          .build();

  /** A reason. */
  public static final ObjectCodec<Reason, ?> REASON =
      ObjectCodec.ofWithInput(Reason.class, "a reason", ReasonDraft::new, ReasonDraft::build)
          .required("code", REASON_CODE, Reason::code, (d, c) -> d.code = c)
          .optional("hostCode", Codecs.STRING, Reason::hostCode, (d, c) -> d.hostCode = c)
          .required("message", Codecs.STRING, Reason::message, (d, m) -> d.message = m)
          .optional("evidenceKind", RecordCodecs.EVIDENCE_KIND, Reason::evidenceKind,
              (d, k) -> d.evidenceKind = k)
          .list("evidence", Ids.EVIDENCE, Reason::evidence, (d, l) -> d.evidence = l)
          .list("findings", Ids.FINDING, Reason::findings, (d, l) -> d.findings = l)
          .list("correctiveActions", Ids.CORRECTIVE_ACTION, Reason::correctiveActions,
              (d, l) -> d.correctiveActions = l)
          .list("mappedFrom", Ids.REQUIREMENT, Reason::mappedFrom, (d, l) -> d.mappedFrom = l)
          .build();

  /** One requirement's result. */
  public static final ObjectCodec<RequirementResult, ?> REQUIREMENT_RESULT =
      ObjectCodec.of(RequirementResult.class, "a requirement's result", ResultDraft::new,
              ResultDraft::build)
          .required("requirement", Ids.REQUIREMENT, RequirementResult::requirement,
              (d, r) -> d.requirement = r)
          .required("clause", Ids.CLAUSE, RequirementResult::clause, (d, c) -> d.clause = c)
          .required("verdict", VERDICT, RequirementResult::verdict, (d, v) -> d.verdict = v)
          .list("reasons", REASON, RequirementResult::reasons, (d, l) -> d.reasons = l)
          .build();

  /** A requirement whose verdict moved between two reports. */
  public static final ObjectCodec<StatusChange, ?> STATUS_CHANGE =
      ObjectCodec.of(StatusChange.class, "a status change", ChangeDraft::new, ChangeDraft::build)
          .required("requirement", Ids.REQUIREMENT, StatusChange::requirement,
              (d, r) -> d.requirement = r)
          .optional("before", VERDICT, StatusChange::before, (d, v) -> d.before = v)
          .optional("after", VERDICT, StatusChange::after, (d, v) -> d.after = v)
          .build();

  private static final Codec<Map<CatalogId, Rollup>> CATALOG_ROLLUPS =
      Codecs.orderedMapOf("the roll-ups by catalog", CatalogId::of, CatalogId::value, ROLLUP);

  private static final Codec<Map<ClauseRef, Rollup>> CLAUSE_ROLLUPS =
      Codecs.orderedMapOf("the roll-ups by clause", ClauseRef::parse, ClauseRef::toString, ROLLUP);

  /**
   * The body of a conformity report: its instant, every result, and the roll-ups of the system,
   * of each catalog and of each clause, the maps keyed by catalog id and by {@code catalog#number}
   * in the report's order.
   */
  public static final ObjectCodec<ConformityReport, ?> REPORT =
      ObjectCodec.of(ConformityReport.class, "a conformity report", ReportDraft::new,
              ReportDraft::build)
          .required("asOf", Codecs.INSTANT, ConformityReport::asOf, (d, t) -> d.asOf = t)
          .list("results", REQUIREMENT_RESULT, ConformityReport::results, (d, l) -> d.results = l)
          .required("overall", ROLLUP, ConformityReport::overall, (d, r) -> d.overall = r)
          .defaulted("catalogs", CATALOG_ROLLUPS, ConformityReport::catalogs,
              (d, m) -> d.catalogs = m)
          .defaulted("clauses", CLAUSE_ROLLUPS, ConformityReport::clauses, (d, m) -> d.clauses = m)
          .build();

  /** A conformity report document. */
  public static final Document<ConformityReport> DOCUMENT =
      new Document<>("a conformity report document", REPORT);

  /**
   * Registers the types of this class.
   *
   * @param r the registry
   */
  public static void register(Registry r) {
    r.add(Verdict.class, VERDICT);
    r.add(ReasonCode.class, REASON_CODE);
    r.add(VerdictCounts.class, VERDICT_COUNTS);
    r.add(Rollup.class, ROLLUP);
    r.add(Reason.class, REASON);
    r.add(RequirementResult.class, REQUIREMENT_RESULT);
    r.add(StatusChange.class, STATUS_CHANGE);
    r.add(ConformityReport.class, DOCUMENT);
  }

  private static final class RollupDraft {
    @Nullable Verdict verdict;
    @Nullable VerdictCounts counts;

    Rollup build() {
      return Rollup.of(Objects.requireNonNull(verdict), Objects.requireNonNull(counts));
    }
  }

  private static final class ReasonDraft {
    @Nullable ReasonCode code;
    @Nullable String hostCode;
    @Nullable String message;
    @Nullable EvidenceKind evidenceKind;
    List<EvidenceId> evidence = List.of();
    List<FindingId> findings = List.of();
    List<CorrectiveActionId> correctiveActions = List.of();
    List<RequirementId> mappedFrom = List.of();

    Reason build(In in) {
      ReasonCode c = Objects.requireNonNull(code);
      Reason.Builder b;
      if (hostCode == null) {
        b = Reason.builder(c, Objects.requireNonNull(message));
      } else if (c == ReasonCode.HOST_RULE) {
        b = Reason.builder(hostCode, Objects.requireNonNull(message));
      } else {
        throw in.error("a reason with code " + Codecs.enumName(c) + " has no hostCode, but found "
            + Texts.quote(hostCode) + "; only a reason with code host-rule has one");
      }
      if (evidenceKind != null) {
        b.evidenceKind(evidenceKind);
      }
      return b.evidence(evidence)
          .findings(findings)
          .correctiveActions(correctiveActions)
          .mappedFrom(mappedFrom)
          .build();
    }
  }

  private static final class ResultDraft {
    @Nullable RequirementId requirement;
    @Nullable ClauseRef clause;
    @Nullable Verdict verdict;
    List<Reason> reasons = List.of();

    RequirementResult build() {
      return new RequirementResult(Objects.requireNonNull(requirement), Objects.requireNonNull(clause), Objects.requireNonNull(verdict),
          reasons);
    }
  }

  private static final class ChangeDraft {
    @Nullable RequirementId requirement;
    @Nullable Verdict before;
    @Nullable Verdict after;

    StatusChange build() {
      return new StatusChange(Objects.requireNonNull(requirement), Optional.ofNullable(before),
          Optional.ofNullable(after));
    }
  }

  private static final class ReportDraft {
    @Nullable Instant asOf;
    List<RequirementResult> results = new ArrayList<>();
    @Nullable Rollup overall;
    Map<CatalogId, Rollup> catalogs = Map.of();
    Map<ClauseRef, Rollup> clauses = Map.of();

    ConformityReport build() {
      return ConformityReport.restore(Objects.requireNonNull(asOf), results, Objects.requireNonNull(overall), catalogs,
          clauses);
    }
  }

  /** A value the codec declares required, so present once the object is read. */
  private static <T> T required(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("a required property was not read");
    }
    return value;
  }
}
