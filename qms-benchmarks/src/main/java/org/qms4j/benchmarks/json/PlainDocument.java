package org.qms4j.benchmarks.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.qms4j.audit.Audit;
import org.qms4j.capa.CorrectiveAction;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.evidence.Evidence;
import org.qms4j.finding.Finding;
import org.qms4j.history.Event;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.Registers;

/**
 * The quality-system document as plain Java records, for plain Jackson databind: the same
 * properties in the same order with the same JSON types as qms-json's document, so that a default
 * {@code JsonMapper} writes the very same bytes. Ids and references are plain strings, instants
 * {@link Instant}s (Jackson's own ISO-8601 handling), enums plain Java enums named by
 * {@code @JsonProperty}; absent optional values are {@code null} and left out.
 *
 * <p>It mirrors what {@link org.qms4j.benchmarks.SyntheticSystems} fills: catalogs with clauses,
 * requirements and review inputs, exclusions, and the evidence, finding, corrective-action (with
 * event histories) and audit registers. The registers the synthetic systems leave empty, the
 * mapping sets, a catalog's tailoring and the host facts have no classes here: {@link #of} refuses
 * a system that holds any of them.
 *
 * @param formatVersion always 1
 * @param organisation the organisation
 * @param scope the scope statement
 * @param catalogs the catalogs
 * @param exclusions the exclusions
 * @param mappingSets always empty
 * @param registers the registers
 * @param hostFacts always empty
 */
public record PlainDocument(
    int formatVersion,
    String organisation,
    String scope,
    List<PlainCatalog> catalogs,
    List<PlainExclusion> exclusions,
    List<Object> mappingSets,
    PlainRegisters registers,
    Map<String, Object> hostFacts) {

  /** A catalog. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainCatalog(
      String id,
      String title,
      String edition,
      String publisher,
      Numbering numbering,
      String source,
      String note,
      List<PlainReviewInput> reviewInputs,
      String reviewClause,
      List<String> lineage,
      List<PlainClause> clauses) {}

  /** An input to management review that a catalog requires. */
  public record PlainReviewInput(String code, String description) {}

  /** A clause with its requirements and sub-clauses. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainClause(
      String number,
      String label,
      String title,
      List<PlainRequirement> requirements,
      List<PlainClause> subClauses) {}

  /** A requirement. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainRequirement(
      String id,
      String label,
      String summary,
      List<Kind> expectedEvidence,
      ExclusionRule exclusionRule,
      String guidance,
      List<String> related,
      List<String> externalReferences) {}

  /** An exclusion of a requirement or a clause. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainExclusion(String requirement, String clause, String justification) {}

  /** The registers, by name, in qms-json's order; the ones the synthetic systems leave empty untyped. */
  public record PlainRegisters(
      List<PlainEvidence> evidence,
      List<PlainFinding> findings,
      @JsonProperty("corrective-actions") List<PlainCorrectiveAction> correctiveActions,
      List<PlainAudit> audits,
      List<Object> documents,
      List<Object> people,
      List<Object> roles,
      List<Object> training,
      List<Object> objectives,
      List<Object> risks,
      List<Object> reviews,
      List<Object> certificates) {}

  /** An evidence item. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainEvidence(
      String id,
      List<String> requirements,
      Kind kind,
      Status status,
      Instant collectedAt,
      Instant effectiveFrom,
      Instant expiresAt,
      String owner,
      String reference,
      String contentHash,
      String document) {}

  /** A finding. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainFinding(
      String id,
      List<String> requirements,
      Grade grade,
      String statement,
      String objectiveEvidence,
      Instant raisedAt,
      String audit,
      Instant closedAt) {}

  /** A corrective action: its id and history. */
  public record PlainCorrectiveAction(String id, List<PlainEvent> history) {}

  /** One event of a history. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainEvent(
      int sequence,
      String actor,
      String actorName,
      Instant at,
      String action,
      Map<String, String> data,
      String reason,
      Meaning meaning,
      String previousHash,
      String hash) {}

  /** An audit. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainAudit(
      String id,
      AuditKind kind,
      String title,
      List<String> scope,
      String leadAuditor,
      List<String> team,
      Instant plannedStart,
      Instant plannedEnd,
      Instant startedAt,
      Instant reportedAt,
      Instant closedAt) {}

  /** A catalog's numbering style. */
  public enum Numbering {
    @JsonProperty("dotted") DOTTED,
    @JsonProperty("free") FREE
  }

  /** An evidence kind. */
  public enum Kind {
    @JsonProperty("document") DOCUMENT,
    @JsonProperty("procedure") PROCEDURE,
    @JsonProperty("record") RECORD,
    @JsonProperty("training-record") TRAINING_RECORD,
    @JsonProperty("observation") OBSERVATION,
    @JsonProperty("interview") INTERVIEW,
    @JsonProperty("test-report") TEST_REPORT
  }

  /** An evidence status. */
  public enum Status {
    @JsonProperty("draft") DRAFT,
    @JsonProperty("accepted") ACCEPTED,
    @JsonProperty("rejected") REJECTED,
    @JsonProperty("superseded") SUPERSEDED
  }

  /** A finding grade. */
  public enum Grade {
    @JsonProperty("major-nonconformity") MAJOR_NONCONFORMITY,
    @JsonProperty("minor-nonconformity") MINOR_NONCONFORMITY,
    @JsonProperty("observation") OBSERVATION,
    @JsonProperty("opportunity-for-improvement") OPPORTUNITY_FOR_IMPROVEMENT
  }

  /** When a requirement may be excluded. */
  public enum ExclusionRule {
    @JsonProperty("not-permitted") NOT_PERMITTED,
    @JsonProperty("no-effect-on-conformity") NO_EFFECT_ON_CONFORMITY,
    @JsonProperty("activity-not-performed") ACTIVITY_NOT_PERFORMED,
    @JsonProperty("permitted-by-regulation") PERMITTED_BY_REGULATION
  }

  /** An audit kind. */
  public enum AuditKind {
    @JsonProperty("internal") INTERNAL,
    @JsonProperty("supplier") SUPPLIER,
    @JsonProperty("surveillance") SURVEILLANCE,
    @JsonProperty("recertification") RECERTIFICATION
  }

  /** What a signed act means. */
  public enum Meaning {
    @JsonProperty("authored") AUTHORED,
    @JsonProperty("reviewed") REVIEWED,
    @JsonProperty("approved") APPROVED,
    @JsonProperty("verified") VERIFIED
  }

  /**
   * Copies a system into plain records, sets sorted as qms-json writes them (ids and kinds in their
   * natural order, clause references by their text form).
   *
   * @param system the system, holding nothing the plain classes leave out
   * @return the plain document
   * @throws IllegalArgumentException if the system holds mapping sets, host facts, a tailored
   *     catalog or items in a register other than evidence, findings, corrective actions and audits
   */
  public static PlainDocument of(QualitySystem system) {
    if (!system.mappingSets().isEmpty() || !system.hostFactKeys().isEmpty()) {
      throw new IllegalArgumentException("the plain classes have no mapping sets or host facts");
    }
    for (var type : Registers.all()) {
      boolean mirrored =
          type == Registers.EVIDENCE
              || type == Registers.FINDINGS
              || type == Registers.CORRECTIVE_ACTIONS
              || type == Registers.AUDITS;
      if (!mirrored && system.register(type).size() != 0) {
        throw new IllegalArgumentException("the plain classes have no " + type.name() + " register");
      }
    }
    return new PlainDocument(
        1,
        system.organisation(),
        system.scope(),
        map(system.catalogs(), PlainDocument::catalog),
        map(system.exclusions(),
            e -> new PlainExclusion(
                e.requirement().map(r -> r.value()).orElse(null),
                e.clause().map(ClauseRef::toString).orElse(null),
                e.justification())),
        List.of(),
        new PlainRegisters(
            map(system.evidence(), PlainDocument::evidence),
            map(system.findings(), PlainDocument::finding),
            map(system.correctiveActions(), PlainDocument::action),
            map(system.audits(), PlainDocument::audit),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
        Map.of());
  }

  private static PlainCatalog catalog(Catalog c) {
    if (c.tailoring().isPresent()) {
      throw new IllegalArgumentException("the plain classes have no tailoring");
    }
    return new PlainCatalog(
        c.id().value(),
        c.title(),
        c.edition(),
        c.publisher(),
        Numbering.valueOf(c.numbering().name()),
        orNull(c.source()),
        orNull(c.note()),
        map(c.reviewInputs(), r -> new PlainReviewInput(r.code(), r.description())),
        orNull(c.reviewClause()),
        map(c.lineage(), id -> id.value()),
        map(c.clauses(), PlainDocument::clause));
  }

  private static PlainClause clause(org.qms4j.catalog.Clause c) {
    return new PlainClause(
        c.number(),
        orNull(c.label()),
        c.title(),
        map(c.requirements(),
            r -> new PlainRequirement(
                r.id().value(),
                orNull(r.label()),
                r.summary(),
                map(sorted(r.expectedEvidence(), Comparator.naturalOrder()), k -> Kind.valueOf(k.name())),
                ExclusionRule.valueOf(r.exclusionRule().name()),
                orNull(r.guidance()),
                map(sorted(r.related(), Comparator.naturalOrder()), id -> id.value()),
                map(sorted(r.externalReferences(), Comparator.naturalOrder()), id -> id.value()))),
        map(c.subClauses(), PlainDocument::clause));
  }

  private static PlainEvidence evidence(Evidence e) {
    return new PlainEvidence(
        e.id().value(),
        map(sorted(e.requirements(), Comparator.naturalOrder()), id -> id.value()),
        Kind.valueOf(e.kind().name()),
        Status.valueOf(e.status().name()),
        e.collectedAt(),
        e.effectiveFrom(),
        orNull(e.expiresAt()),
        e.owner(),
        e.reference(),
        orNull(e.contentHash()),
        e.document().map(Object::toString).orElse(null));
  }

  private static PlainFinding finding(Finding f) {
    return new PlainFinding(
        f.id().value(),
        map(sorted(f.requirements(), Comparator.naturalOrder()), id -> id.value()),
        Grade.valueOf(f.grade().name()),
        f.statement(),
        f.objectiveEvidence(),
        f.raisedAt(),
        f.audit().map(id -> id.value()).orElse(null),
        orNull(f.closedAt()));
  }

  private static PlainCorrectiveAction action(CorrectiveAction a) {
    return new PlainCorrectiveAction(a.id().value(), map(a.history().events(), PlainDocument::event));
  }

  private static PlainEvent event(Event e) {
    return new PlainEvent(
        e.sequence(),
        e.actor().value(),
        orNull(e.actorName()),
        e.at(),
        e.action(),
        new LinkedHashMap<>(e.data()),
        orNull(e.reason()),
        e.meaning().map(m -> Meaning.valueOf(m.name())).orElse(null),
        e.previousHash(),
        e.hash());
  }

  private static PlainAudit audit(Audit a) {
    return new PlainAudit(
        a.id().value(),
        AuditKind.valueOf(a.kind().name()),
        a.title(),
        map(sorted(a.scope(), Comparator.comparing(ClauseRef::toString)), ClauseRef::toString),
        a.leadAuditor().value(),
        map(sorted(a.team(), Comparator.naturalOrder()), id -> id.value()),
        a.plannedStart(),
        a.plannedEnd(),
        orNull(a.startedAt()),
        orNull(a.reportedAt()),
        orNull(a.closedAt()));
  }

  private static <T> List<T> sorted(Collection<T> values, Comparator<? super T> order) {
    List<T> list = new ArrayList<>(values);
    list.sort(order);
    return list;
  }

  private static <T, R> List<R> map(List<T> values, Function<? super T, ? extends R> f) {
    List<R> out = new ArrayList<>(values.size());
    for (T v : values) {
      out.add(f.apply(v));
    }
    return out;
  }

  private static <T> T orNull(Optional<T> value) {
    return value.orElse(null);
  }
}
