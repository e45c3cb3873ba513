package org.qms4j.conformity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.ReviewInput;
import org.qms4j.certification.Certificate;
import org.qms4j.certification.CertificateStatus;
import org.qms4j.document.ControlledDocument;
import org.qms4j.document.DocumentId;
import org.qms4j.evidence.Evidence;
import org.qms4j.objective.Indicator;
import org.qms4j.objective.Objective;
import org.qms4j.review.ManagementReview;
import org.qms4j.review.ReviewPolicy;
import org.qms4j.risk.Risk;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.Registers;
import org.qms4j.training.CompetenceGap;
import org.qms4j.training.CompetenceMatrix;
import org.qms4j.training.Role;

/**
 * The built-in rules about the management system around the requirements: training, management
 * review, document review, objectives, risks and certification. Each but the management-review
 * rule passes at once when its register is empty; each caps or notes, never decides, so that the evidence rows still decide.
 */
final class ManagementRules {
  private ManagementRules() {}

  private static final int SHOWN = 5;

  /** The catalogs a requirement's catalog is, or is derived from, nearest first. */
  private static List<CatalogId> lineage(QualitySystem system, LocatedRequirement r) {
    List<CatalogId> all = new ArrayList<>(2);
    all.add(r.catalog());
    system.catalog(r.catalog()).ifPresent(c -> all.addAll(c.lineage()));
    return all;
  }

  // ---- training gaps of the roles that own the requirement's clause ----

  static Decision trainingGaps(RequirementFacts facts) {
    QualitySystem system = facts.system();
    if (system.register(Registers.ROLES).isEmpty()) {
      return Decision.pass();
    }
    LocatedRequirement r = facts.requirement();
    List<Role> owning = new ArrayList<>(1);
    List<ClauseRef> owned = new ArrayList<>(1);
    for (Role role : system.register(Registers.ROLES).items()) {
      for (ClauseRef c : role.owns()) {
        if (c.catalog().equals(r.catalog()) && r.isUnder(c.number())) {
          owning.add(role);
          owned.add(c);
          break;
        }
      }
    }
    if (owning.isEmpty()) {
      return Decision.pass();
    }
    Instant asOf = facts.asOf();
    CompetenceMatrix matrix =
        facts.memo(
            "competence-matrix",
            () ->
                CompetenceMatrix.of(
                    system.register(Registers.ROLES).items(),
                    system.register(Registers.TRAINING).items(),
                    document -> system.register(Registers.DOCUMENTS).get(DocumentId.of(document)).flatMap(d -> d.effectiveVersionAt(asOf)),
                    Registers.TRAINING_EVALUATION_GRACE,
                    asOf));
    List<CompetenceGap> gaps = new ArrayList<>();
    for (Role role : owning) {
      gaps.addAll(matrix.gapsForRole(role.id()));
    }
    if (gaps.isEmpty()) {
      return Decision.pass();
    }
    if (!facts.explaining()) {
      return Decision.cap(Verdict.PARTIALLY_CONFORMING, GAP_REASON);
    }
    StringBuilder m = new StringBuilder("training gaps in roles owning clause ").append(owned.get(0)).append(": ");
    for (int k = 0; k < Math.min(SHOWN, gaps.size()); k++) {
      CompetenceGap g = gaps.get(k);
      m.append(k == 0 ? "" : "; ").append(g.person()).append(" (").append(g.role()).append(") ").append(g.competence()).append(' ')
          .append(g.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }
    if (gaps.size() > SHOWN) {
      m.append(" and ").append(gaps.size() - SHOWN).append(" more");
    }
    return Decision.cap(Verdict.PARTIALLY_CONFORMING, message(ReasonCode.TRAINING_GAP, m));
  }

  private static final Reason GAP_REASON = new Reason(ReasonCode.TRAINING_GAP, null, List.of(), List.of(), List.of(), "training gaps");

  // ---- management review ----

  static Decision managementReview(RequirementFacts facts, ReviewPolicy policy) {
    QualitySystem system = facts.system();
    LocatedRequirement r = facts.requirement();
    Optional<Catalog> catalog = system.catalog(r.catalog());
    if (catalog.isEmpty() || catalog.get().reviewClause().isEmpty() || !r.isUnder(catalog.get().reviewClause().get())) {
      return Decision.pass();
    }
    Instant asOf = facts.asOf();
    List<ManagementReview> reviews = system.register(Registers.REVIEWS).items();
    ManagementReview latest = null;
    for (CatalogId c : lineage(system, r)) {
      Optional<ManagementReview> l = policy.latestFor(reviews, c, asOf);
      if (l.isPresent() && (latest == null || l.get().heldAt().isAfter(latest.heldAt()))) {
        latest = l.get();
      }
    }
    if (latest == null) {
      return Decision.note(
          message(ReasonCode.MANAGEMENT_REVIEW_MISSING, new StringBuilder("no management review of ").append(r.catalog()).append(" has been held")));
    }
    List<Reason> reasons = new ArrayList<>(2);
    Instant due = latest.heldAt().atZone(java.time.ZoneOffset.UTC).plus(policy.interval()).toInstant();
    if (!asOf.isBefore(due)) {
      reasons.add(
          message(ReasonCode.MANAGEMENT_REVIEW_OVERDUE,
              new StringBuilder("the last management review, ").append(latest.id()).append(" held ").append(latest.heldAt())
                  .append(", was due again by ").append(due)));
    }
    // the review may list the catalog this one derives from; the inputs are the catalog's data
    List<ReviewInput> missed = new ArrayList<>();
    for (ReviewInput input : catalog.get().reviewInputs()) {
      if (!latest.covers(input.code())) {
        missed.add(input);
      }
    }
    if (!missed.isEmpty()) {
      StringBuilder m = new StringBuilder("management review ").append(latest.id()).append(" missed required inputs: ");
      for (int k = 0; k < Math.min(SHOWN, missed.size()); k++) {
        m.append(k == 0 ? "" : ", ").append(missed.get(k).code());
      }
      if (missed.size() > SHOWN) {
        m.append(" and ").append(missed.size() - SHOWN).append(" more");
      }
      reasons.add(message(ReasonCode.REVIEW_INPUTS_MISSING, m));
    }
    return reasons.isEmpty() ? Decision.pass() : Decision.cap(Verdict.PARTIALLY_CONFORMING, reasons);
  }

  // ---- documents past their periodic review ----

  static Decision documentReviews(RequirementFacts facts) {
    QualitySystem system = facts.system();
    if (system.register(Registers.DOCUMENTS).isEmpty()) {
      return Decision.pass();
    }
    Set<DocumentId> overdue = new LinkedHashSet<>();
    for (Evidence e : facts.evidence()) {
      if (e.document().isPresent()) {
        Optional<ControlledDocument> d = system.register(Registers.DOCUMENTS).get(e.document().get().document());
        if (d.isPresent() && d.get().isReviewOverdueAt(facts.asOf())) {
          overdue.add(d.get().id());
        }
      }
    }
    if (overdue.isEmpty()) {
      return Decision.pass();
    }
    return Decision.note(message(ReasonCode.DOCUMENT_REVIEW_OVERDUE, new StringBuilder("documents past their periodic review: ").append(listed(overdue))));
  }

  // ---- objectives and indicators ----

  static Decision indicators(RequirementFacts facts) {
    QualitySystem system = facts.system();
    if (system.register(Registers.OBJECTIVES).isEmpty()) {
      return Decision.pass();
    }
    List<Objective> objectives = system.register(Registers.OBJECTIVES).itemsFor(facts.requirement().id());
    if (objectives.isEmpty()) {
      return Decision.pass();
    }
    Instant asOf = facts.asOf();
    List<String> below = new ArrayList<>();
    List<String> late = new ArrayList<>();
    for (Objective o : objectives) {
      for (Indicator i : o.indicators()) {
        if (i.isMetAt(asOf).map(met -> !met).orElse(false)) {
          below.add(i.id() + " " + i.latestAt(asOf).orElseThrow().value() + " " + i.unit() + " against " + i.target());
        }
        if (i.isOverdueAt(asOf)) {
          late.add(i.id() + " due " + i.nextMeasurementDueAt(asOf));
        }
      }
    }
    List<Reason> notes = new ArrayList<>(1);
    if (!late.isEmpty()) {
      notes.add(message(ReasonCode.INDICATOR_OVERDUE, new StringBuilder("indicator measurement overdue: ").append(listed(late))));
    }
    if (below.isEmpty()) {
      return notes.isEmpty() ? Decision.pass() : Decision.note(notes);
    }
    List<Reason> all = new ArrayList<>(notes);
    all.add(0, message(ReasonCode.INDICATOR_BELOW_TARGET, new StringBuilder("indicator below target: ").append(listed(below))));
    return Decision.cap(Verdict.PARTIALLY_CONFORMING, all);
  }

  // ---- risks ----

  static Decision riskReviews(RequirementFacts facts) {
    QualitySystem system = facts.system();
    if (system.register(Registers.RISKS).isEmpty()) {
      return Decision.pass();
    }
    List<String> late = new ArrayList<>();
    for (Risk risk : system.register(Registers.RISKS).itemsFor(facts.requirement().id())) {
      if (risk.isReviewOverdueAt(facts.asOf())) {
        late.add(risk.id() + " due " + risk.nextReviewDue());
      }
    }
    return late.isEmpty()
        ? Decision.pass()
        : Decision.note(message(ReasonCode.RISK_REVIEW_OVERDUE, new StringBuilder("risk review overdue: ").append(listed(late))));
  }

  // ---- certificates ----

  static Decision certificates(RequirementFacts facts) {
    QualitySystem system = facts.system();
    if (system.register(Registers.CERTIFICATES).isEmpty()) {
      return Decision.pass();
    }
    Instant asOf = facts.asOf();
    List<CatalogId> lineage = lineage(system, facts.requirement());
    List<String> late = new ArrayList<>();
    for (Certificate c : system.register(Registers.CERTIFICATES).items()) {
      if (!lineage.contains(c.catalog())) {
        continue;
      }
      Optional<CertificateStatus> status = c.statusAt(asOf);
      if (status.isEmpty()) {
        continue;
      }
      if (c.isRecertificationOverdueAt(asOf)) {
        late.add(c.id() + " expired without recertification, due " + c.recertificationDueAt().map(Object::toString).orElse("?"));
      } else if ((status.get() == CertificateStatus.CERTIFIED || status.get() == CertificateStatus.SUSPENDED)
          && c.isSurveillanceOverdueAt(asOf)) {
        late.add(c.id() + " surveillance due " + c.nextSurveillanceDueAt(asOf).map(Object::toString).orElse("?"));
      }
    }
    return late.isEmpty()
        ? Decision.pass()
        : Decision.note(message(ReasonCode.CERTIFICATE_AUDIT_OVERDUE, new StringBuilder("certificate audit overdue: ").append(listed(late))));
  }

  private static String listed(java.util.Collection<?> values) {
    StringBuilder s = new StringBuilder();
    int k = 0;
    for (Object v : values) {
      if (k == SHOWN) {
        s.append(" and ").append(values.size() - SHOWN).append(" more");
        break;
      }
      s.append(k++ == 0 ? "" : "; ").append(v);
    }
    return s.toString();
  }

  private static Reason message(ReasonCode code, CharSequence message) {
    return new Reason(code, null, List.of(), List.of(), List.of(), message.toString());
  }

}
