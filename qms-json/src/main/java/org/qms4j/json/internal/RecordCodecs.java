package org.qms4j.json.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.qms4j.audit.Audit;
import org.qms4j.audit.AuditId;
import org.qms4j.audit.AuditKind;
import org.qms4j.audit.ImmutableAudit;
import org.qms4j.capa.CorrectiveActionId;
import org.qms4j.capa.DeadlinePolicy;
import org.qms4j.capa.ImmutableDeadlinePolicy;
import org.qms4j.capa.Overdue;
import org.qms4j.capa.OverdueStep;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.evidence.ImmutableEvidence;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.finding.ImmutableFinding;
import org.qms4j.objective.Direction;
import org.qms4j.objective.ImmutableIndicator;
import org.qms4j.objective.ImmutableObjective;
import org.qms4j.objective.Indicator;
import org.qms4j.objective.Measurement;
import org.qms4j.objective.Objective;
import org.qms4j.people.ImmutablePerson;
import org.qms4j.people.Person;
import org.qms4j.people.PersonId;
import org.qms4j.programme.AuditCoverage;
import org.qms4j.programme.AuditProgramme;
import org.qms4j.programme.ClauseCoverage;
import org.qms4j.programme.ImmutableAuditProgramme;
import org.qms4j.programme.IndependenceViolation;
import org.qms4j.programme.ProcessOwner;
import org.qms4j.review.CoveredInput;
import org.qms4j.review.ImmutableManagementReview;
import org.qms4j.review.ImmutableReviewPolicy;
import org.qms4j.review.ManagementReview;
import org.qms4j.review.Presented;
import org.qms4j.review.PresentedKind;
import org.qms4j.review.ReviewPolicy;
import org.qms4j.risk.ImmutableRisk;
import org.qms4j.risk.Risk;
import org.qms4j.risk.RiskKind;
import org.qms4j.risk.RiskScale;
import org.qms4j.system.Exclusion;
import org.qms4j.system.ImmutableExclusion;
import org.qms4j.training.Competence;
import org.qms4j.training.CompetenceGap;
import org.qms4j.training.GapKind;
import org.qms4j.training.ImmutableRole;
import org.qms4j.training.ImmutableTrainingRecord;
import org.qms4j.training.Role;
import org.qms4j.training.RoleAssignment;
import org.qms4j.training.RoleId;
import org.qms4j.training.TrainingRecord;
import org.qms4j.training.TrainingRecordId;

/**
 * Codecs for the records of a quality system that are plain values: evidence, findings, audits,
 * people, roles, training records, objectives, risks, management reviews, exclusions, the audit
 * programme and the deadline and review policies; and for the computed views a report may carry
 * (competence gaps, independence violations, audit coverage, overdue steps).
 *
 * <p>Immutables types are read through their generated builders; records through a small mutable
 * draft each, whose constructor call is the build step, so that what the record's constructor
 * refuses is reported at the object's path like any other invariant. Sets of clause references are
 * written sorted by their text form ({@code catalog#number}), since {@link ClauseRef} has no
 * natural order; maps keyed by finding grade are objects whose property names are grade names.
 */
public final class RecordCodecs {
  private RecordCodecs() {}

  /** An evidence kind. */
  public static final Codecs.EnumCodec<EvidenceKind> EVIDENCE_KIND =
      Codecs.enumOf(EvidenceKind.class, "evidence kind");
  /** An evidence status. */
  public static final Codecs.EnumCodec<EvidenceStatus> EVIDENCE_STATUS =
      Codecs.enumOf(EvidenceStatus.class, "evidence status");
  /** A finding grade. */
  public static final Codecs.EnumCodec<FindingGrade> FINDING_GRADE =
      Codecs.enumOf(FindingGrade.class, "finding grade");
  /** An audit kind. */
  public static final Codecs.EnumCodec<AuditKind> AUDIT_KIND =
      Codecs.enumOf(AuditKind.class, "audit kind");
  /** The direction in which an indicator improves. */
  public static final Codecs.EnumCodec<Direction> DIRECTION =
      Codecs.enumOf(Direction.class, "direction");
  /** Whether a risk register entry is a risk or an opportunity. */
  public static final Codecs.EnumCodec<RiskKind> RISK_KIND =
      Codecs.enumOf(RiskKind.class, "risk kind");
  /** What kind of thing was presented at a management review. */
  public static final Codecs.EnumCodec<PresentedKind> PRESENTED_KIND =
      Codecs.enumOf(PresentedKind.class, "presented kind");
  /** Why a person lacks a competence. */
  public static final Codecs.EnumCodec<GapKind> GAP_KIND =
      Codecs.enumOf(GapKind.class, "competence gap kind");
  /** A step of corrective action owed by a deadline. */
  public static final Codecs.EnumCodec<OverdueStep> OVERDUE_STEP =
      Codecs.enumOf(OverdueStep.class, "overdue step");

  /** Clause references as a set, in the order of their text form. */
  /** Clause references have no natural order: sets of them are written in text order. */
  private static final Comparator<ClauseRef> CLAUSE_ORDER =
      Comparator.comparing(ClauseRef::toString);

  /** Durations by finding grade: an object whose property names are grade names. */
  private static final Codec<SortedMap<FindingGrade, Duration>> DEADLINES =
      Codecs.mapOf("deadlines by finding grade", FINDING_GRADE::of,
          Codecs::enumName, Codecs.DURATION);

  /** An evidence item. */
  public static final ObjectCodec<Evidence, ImmutableEvidence.Builder> EVIDENCE =
      ObjectCodec.of(Evidence.class, "an evidence item", Evidence::builder,
              ImmutableEvidence.Builder::build)
          .required("id", Ids.EVIDENCE, Evidence::id, ImmutableEvidence.Builder::id)
          .set("requirements", Ids.REQUIREMENT, Evidence::requirements,
              ImmutableEvidence.Builder::addAllRequirements)
          .required("kind", EVIDENCE_KIND, Evidence::kind, ImmutableEvidence.Builder::kind)
          .required("status", EVIDENCE_STATUS, Evidence::status, ImmutableEvidence.Builder::status)
          .required("collectedAt", Codecs.INSTANT, Evidence::collectedAt,
              ImmutableEvidence.Builder::collectedAt)
          .required("effectiveFrom", Codecs.INSTANT, Evidence::effectiveFrom,
              ImmutableEvidence.Builder::effectiveFrom)
          .optional("expiresAt", Codecs.INSTANT, Evidence::expiresAt,
              ImmutableEvidence.Builder::expiresAt)
          .required("owner", Codecs.SHARED_STRING, Evidence::owner, ImmutableEvidence.Builder::owner)
          .required("reference", Codecs.STRING, Evidence::reference,
              ImmutableEvidence.Builder::reference)
          .optional("contentHash", Codecs.STRING, Evidence::contentHash,
              ImmutableEvidence.Builder::contentHash)
          .optional("document", Ids.DOCUMENT_VERSION, Evidence::document,
              ImmutableEvidence.Builder::document)
          .build();

  /** A finding. */
  public static final ObjectCodec<Finding, ImmutableFinding.Builder> FINDING =
      ObjectCodec.of(Finding.class, "a finding", Finding::builder, ImmutableFinding.Builder::build)
          .required("id", Ids.FINDING, Finding::id, ImmutableFinding.Builder::id)
          .set("requirements", Ids.REQUIREMENT, Finding::requirements,
              ImmutableFinding.Builder::addAllRequirements)
          .required("grade", FINDING_GRADE, Finding::grade, ImmutableFinding.Builder::grade)
          .required("statement", Codecs.STRING, Finding::statement,
              ImmutableFinding.Builder::statement)
          .required("objectiveEvidence", Codecs.STRING, Finding::objectiveEvidence,
              ImmutableFinding.Builder::objectiveEvidence)
          .required("raisedAt", Codecs.INSTANT, Finding::raisedAt,
              ImmutableFinding.Builder::raisedAt)
          .optional("audit", Ids.AUDIT, Finding::audit, ImmutableFinding.Builder::audit)
          .optional("closedAt", Codecs.INSTANT, Finding::closedAt,
              ImmutableFinding.Builder::closedAt)
          .build();

  /** An audit. */
  public static final ObjectCodec<Audit, ImmutableAudit.Builder> AUDIT =
      ObjectCodec.of(Audit.class, "an audit", Audit::builder, ImmutableAudit.Builder::build)
          .required("id", Ids.AUDIT, Audit::id, ImmutableAudit.Builder::id)
          .required("kind", AUDIT_KIND, Audit::kind, ImmutableAudit.Builder::kind)
          .required("title", Codecs.STRING, Audit::title, ImmutableAudit.Builder::title)
          .set("scope", Ids.CLAUSE, CLAUSE_ORDER, Audit::scope, ImmutableAudit.Builder::addAllScope)
          .required("leadAuditor", Ids.PERSON, Audit::leadAuditor,
              ImmutableAudit.Builder::leadAuditor)
          .set("team", Ids.PERSON, Audit::team, ImmutableAudit.Builder::addAllTeam)
          .required("plannedStart", Codecs.INSTANT, Audit::plannedStart,
              ImmutableAudit.Builder::plannedStart)
          .required("plannedEnd", Codecs.INSTANT, Audit::plannedEnd,
              ImmutableAudit.Builder::plannedEnd)
          .optional("startedAt", Codecs.INSTANT, Audit::startedAt,
              ImmutableAudit.Builder::startedAt)
          .optional("reportedAt", Codecs.INSTANT, Audit::reportedAt,
              ImmutableAudit.Builder::reportedAt)
          .optional("closedAt", Codecs.INSTANT, Audit::closedAt, ImmutableAudit.Builder::closedAt)
          .build();

  /** A person. */
  public static final ObjectCodec<Person, ImmutablePerson.Builder> PERSON =
      ObjectCodec.of(Person.class, "a person", Person::builder, ImmutablePerson.Builder::build)
          .required("id", Ids.PERSON, Person::id, ImmutablePerson.Builder::id)
          .required("name", Codecs.STRING, Person::name, ImmutablePerson.Builder::name)
          .build();

  /**
   * A competence: {@code {"type": "skill", "name": ...}} or {@code {"type": "document", "id":
   * ...}}.
   */
  public static final Codecs.Union<Competence> COMPETENCE =
      Codecs.<Competence>union("competence")
          .add("skill", Competence.Skill.class,
              ObjectCodec.of(Competence.Skill.class, "skill", SkillDraft::new,
                      d -> new Competence.Skill(d.name))
                  .required("name", Codecs.STRING, Competence.Skill::name, (d, v) -> d.name = v)
                  .build())
          .add("document", Competence.ControlledDocument.class,
              ObjectCodec.of(Competence.ControlledDocument.class, "document competence",
                      DocumentDraft::new, d -> new Competence.ControlledDocument(d.id))
                  .required("id", Codecs.STRING, Competence.ControlledDocument::id,
                      (d, v) -> d.id = v)
                  .build());

  /** A person's assignment to a role. */
  public static final ObjectCodec<RoleAssignment, ?> ROLE_ASSIGNMENT =
      ObjectCodec.of(RoleAssignment.class, "a role assignment", AssignmentDraft::new,
              d -> new RoleAssignment(d.person, d.from, d.until))
          .required("person", Ids.PERSON, RoleAssignment::person, (d, v) -> d.person = v)
          .required("from", Codecs.INSTANT, RoleAssignment::from, (d, v) -> d.from = v)
          .optional("until", Codecs.INSTANT, RoleAssignment::until,
              (d, v) -> d.until = Optional.of(v))
          .build();

  /** A role. */
  public static final ObjectCodec<Role, ImmutableRole.Builder> ROLE =
      ObjectCodec.of(Role.class, "a role", Role::builder, ImmutableRole.Builder::build)
          .required("id", Ids.ROLE, Role::id, ImmutableRole.Builder::id)
          .required("name", Codecs.STRING, Role::name, ImmutableRole.Builder::name)
          .set("requires", COMPETENCE, Role::requires, ImmutableRole.Builder::addAllRequires)
          .set("owns", Ids.CLAUSE, CLAUSE_ORDER, Role::owns, ImmutableRole.Builder::addAllOwns)
          .list("holders", ROLE_ASSIGNMENT, Role::holders, ImmutableRole.Builder::addAllHolders)
          .build();

  /** A training record. */
  public static final ObjectCodec<TrainingRecord, ImmutableTrainingRecord.Builder>
      TRAINING_RECORD =
          ObjectCodec.of(TrainingRecord.class, "a training record", TrainingRecord::builder,
                  ImmutableTrainingRecord.Builder::build)
              .required("id", Ids.TRAINING_RECORD, TrainingRecord::id,
                  ImmutableTrainingRecord.Builder::id)
              .required("person", Ids.PERSON, TrainingRecord::person,
                  ImmutableTrainingRecord.Builder::person)
              .required("competence", COMPETENCE, TrainingRecord::competence,
                  ImmutableTrainingRecord.Builder::competence)
              .optional("documentVersion", Codecs.STRING, TrainingRecord::documentVersion,
                  ImmutableTrainingRecord.Builder::documentVersion)
              .required("completedAt", Codecs.INSTANT, TrainingRecord::completedAt,
                  ImmutableTrainingRecord.Builder::completedAt)
              .optional("expiresAt", Codecs.INSTANT, TrainingRecord::expiresAt,
                  ImmutableTrainingRecord.Builder::expiresAt)
              .optional("effectivenessEvaluatedAt", Codecs.INSTANT,
                  TrainingRecord::effectivenessEvaluatedAt,
                  ImmutableTrainingRecord.Builder::effectivenessEvaluatedAt)
              .optional("evaluatedBy", Ids.PERSON, TrainingRecord::evaluatedBy,
                  ImmutableTrainingRecord.Builder::evaluatedBy)
              .optional("effective", Codecs.BOOLEAN, TrainingRecord::effective,
                  ImmutableTrainingRecord.Builder::effective)
              .build();

  /** A measurement of an indicator. */
  public static final ObjectCodec<Measurement, ?> MEASUREMENT =
      ObjectCodec.of(Measurement.class, "a measurement", MeasurementDraft::new,
              d -> new Measurement(d.at, d.value))
          .required("at", Codecs.INSTANT, Measurement::at, (d, v) -> d.at = v)
          .required("value", Codecs.DOUBLE, Measurement::value, (d, v) -> d.value = v)
          .build();

  /** An indicator of an objective. */
  public static final ObjectCodec<Indicator, ImmutableIndicator.Builder> INDICATOR =
      ObjectCodec.of(Indicator.class, "an indicator", Indicator::builder,
              ImmutableIndicator.Builder::build)
          .required("id", Ids.INDICATOR, Indicator::id, ImmutableIndicator.Builder::id)
          .required("name", Codecs.STRING, Indicator::name, ImmutableIndicator.Builder::name)
          .required("unit", Codecs.STRING, Indicator::unit, ImmutableIndicator.Builder::unit)
          .required("target", Codecs.DOUBLE, Indicator::target, ImmutableIndicator.Builder::target)
          .required("direction", DIRECTION, Indicator::direction,
              ImmutableIndicator.Builder::direction)
          .required("measurementInterval", Codecs.DURATION, Indicator::measurementInterval,
              ImmutableIndicator.Builder::measurementInterval)
          .required("firstMeasurementDue", Codecs.INSTANT, Indicator::firstMeasurementDue,
              ImmutableIndicator.Builder::firstMeasurementDue)
          .list("measurements", MEASUREMENT, Indicator::measurements,
              ImmutableIndicator.Builder::addAllMeasurements)
          .defaulted("trendWindow", Codecs.INT, Indicator::trendWindow,
              ImmutableIndicator.Builder::trendWindow)
          .build();

  /** A quality objective. */
  public static final ObjectCodec<Objective, ImmutableObjective.Builder> OBJECTIVE =
      ObjectCodec.of(Objective.class, "an objective", Objective::builder,
              ImmutableObjective.Builder::build)
          .required("id", Ids.OBJECTIVE, Objective::id, ImmutableObjective.Builder::id)
          .required("statement", Codecs.STRING, Objective::statement,
              ImmutableObjective.Builder::statement)
          .set("requirements", Ids.REQUIREMENT, Objective::requirements,
              ImmutableObjective.Builder::addAllRequirements)
          .list("indicators", INDICATOR, Objective::indicators,
              ImmutableObjective.Builder::addAllIndicators)
          .optional("due", Codecs.INSTANT, Objective::due, ImmutableObjective.Builder::due)
          .build();

  /** A risk rating scale. */
  public static final ObjectCodec<RiskScale, ?> RISK_SCALE =
      ObjectCodec.of(RiskScale.class, "a risk scale", ScaleDraft::new,
              d -> new RiskScale(d.likelihoodLevels, d.severityLevels))
          .required("likelihoodLevels", Codecs.INT, RiskScale::likelihoodLevels,
              (d, v) -> d.likelihoodLevels = v)
          .required("severityLevels", Codecs.INT, RiskScale::severityLevels,
              (d, v) -> d.severityLevels = v)
          .build();

  /** A risk or opportunity. */
  public static final ObjectCodec<Risk, ImmutableRisk.Builder> RISK =
      ObjectCodec.of(Risk.class, "a risk", Risk::builder, ImmutableRisk.Builder::build)
          .required("id", Ids.RISK, Risk::id, ImmutableRisk.Builder::id)
          .required("kind", RISK_KIND, Risk::kind, ImmutableRisk.Builder::kind)
          .required("title", Codecs.STRING, Risk::title, ImmutableRisk.Builder::title)
          .required("description", Codecs.STRING, Risk::description,
              ImmutableRisk.Builder::description)
          .set("requirements", Ids.REQUIREMENT, Risk::requirements,
              ImmutableRisk.Builder::addAllRequirements)
          .required("scale", RISK_SCALE, Risk::scale, ImmutableRisk.Builder::scale)
          .required("likelihood", Codecs.INT, Risk::likelihood, ImmutableRisk.Builder::likelihood)
          .required("severity", Codecs.INT, Risk::severity, ImmutableRisk.Builder::severity)
          .list("actions", Codecs.STRING, Risk::actions, ImmutableRisk.Builder::addAllActions)
          .optional("residualLikelihood", Codecs.INT, Risk::residualLikelihood,
              ImmutableRisk.Builder::residualLikelihood)
          .optional("residualSeverity", Codecs.INT, Risk::residualSeverity,
              ImmutableRisk.Builder::residualSeverity)
          .required("owner", Ids.PERSON, Risk::owner, ImmutableRisk.Builder::owner)
          .required("lastReviewedAt", Codecs.INSTANT, Risk::lastReviewedAt,
              ImmutableRisk.Builder::lastReviewedAt)
          .optional("lastReviewedBy", Ids.PERSON, Risk::lastReviewedBy,
              ImmutableRisk.Builder::lastReviewedBy)
          .required("reviewInterval", Codecs.PERIOD, Risk::reviewInterval,
              ImmutableRisk.Builder::reviewInterval)
          .build();

  /** One thing presented at a management review. */
  public static final ObjectCodec<Presented, ?> PRESENTED =
      ObjectCodec.of(Presented.class, "a presented item", PresentedDraft::new,
              d -> new Presented(d.kind, d.reference))
          .required("kind", PRESENTED_KIND, Presented::kind, (d, v) -> d.kind = v)
          .required("reference", Codecs.STRING, Presented::reference, (d, v) -> d.reference = v)
          .build();

  /** An input a management review covered. */
  public static final ObjectCodec<CoveredInput, ?> COVERED_INPUT =
      ObjectCodec.of(CoveredInput.class, "a covered input", CoveredDraft::new,
              d -> new CoveredInput(d.code, d.presented, d.summary))
          .required("code", Codecs.STRING, CoveredInput::code, (d, v) -> d.code = v)
          .list("presented", PRESENTED, CoveredInput::presented, (d, v) -> d.presented = v)
          .optional("summary", Codecs.STRING, CoveredInput::summary,
              (d, v) -> d.summary = Optional.of(v))
          .build();

  /** A management review. */
  public static final ObjectCodec<ManagementReview, ImmutableManagementReview.Builder>
      MANAGEMENT_REVIEW =
          ObjectCodec.of(ManagementReview.class, "a management review", ManagementReview::builder,
                  ImmutableManagementReview.Builder::build)
              .required("id", Ids.REVIEW, ManagementReview::id,
                  ImmutableManagementReview.Builder::id)
              .required("title", Codecs.STRING, ManagementReview::title,
                  ImmutableManagementReview.Builder::title)
              .required("heldAt", Codecs.INSTANT, ManagementReview::heldAt,
                  ImmutableManagementReview.Builder::heldAt)
              .set("catalogs", Ids.CATALOG, ManagementReview::catalogs,
                  ImmutableManagementReview.Builder::addAllCatalogs)
              .set("attendees", Ids.PERSON, ManagementReview::attendees,
                  ImmutableManagementReview.Builder::addAllAttendees)
              .list("inputs", COVERED_INPUT, ManagementReview::inputs,
                  ImmutableManagementReview.Builder::addAllInputs)
              .list("decisions", Codecs.STRING, ManagementReview::decisions,
                  ImmutableManagementReview.Builder::addAllDecisions)
              .set("actionsStarted", Ids.CORRECTIVE_ACTION, ManagementReview::actionsStarted,
                  ImmutableManagementReview.Builder::addAllActionsStarted)
              .optional("chair", Ids.PERSON, ManagementReview::chair,
                  ImmutableManagementReview.Builder::chair)
              .build();

  /** An exclusion of a requirement or a clause. */
  public static final ObjectCodec<Exclusion, ImmutableExclusion.Builder> EXCLUSION =
      ObjectCodec.of(Exclusion.class, "an exclusion", Exclusion::builder,
              ImmutableExclusion.Builder::build)
          .optional("requirement", Ids.REQUIREMENT, Exclusion::requirement,
              ImmutableExclusion.Builder::requirement)
          .optional("clause", Ids.CLAUSE, Exclusion::clause, ImmutableExclusion.Builder::clause)
          .required("justification", Codecs.STRING, Exclusion::justification,
              ImmutableExclusion.Builder::justification)
          .build();

  /** A process owner of an audit programme. */
  public static final ObjectCodec<ProcessOwner, ?> PROCESS_OWNER =
      ObjectCodec.of(ProcessOwner.class, "a process owner", OwnerDraft::new,
              d -> new ProcessOwner(d.clause, d.owner))
          .required("clause", Ids.CLAUSE, ProcessOwner::clause, (d, v) -> d.clause = v)
          .required("owner", Ids.PERSON, ProcessOwner::owner, (d, v) -> d.owner = v)
          .build();

  /** An audit programme. */
  public static final ObjectCodec<AuditProgramme, ImmutableAuditProgramme.Builder>
      AUDIT_PROGRAMME =
          ObjectCodec.of(AuditProgramme.class, "an audit programme", AuditProgramme::builder,
                  ImmutableAuditProgramme.Builder::build)
              .required("start", Codecs.INSTANT, AuditProgramme::start,
                  ImmutableAuditProgramme.Builder::start)
              .required("end", Codecs.INSTANT, AuditProgramme::end,
                  ImmutableAuditProgramme.Builder::end)
              .list("processOwners", PROCESS_OWNER, AuditProgramme::processOwners,
                  ImmutableAuditProgramme.Builder::addAllProcessOwners)
              .defaulted("coverageInterval", Codecs.PERIOD, AuditProgramme::coverageInterval,
                  ImmutableAuditProgramme.Builder::coverageInterval)
              .build();

  /** A deadline policy for answering nonconformities. */
  public static final ObjectCodec<DeadlinePolicy, ImmutableDeadlinePolicy.Builder>
      DEADLINE_POLICY =
          ObjectCodec.of(DeadlinePolicy.class, "a deadline policy", DeadlinePolicy::builder,
                  ImmutableDeadlinePolicy.Builder::build)
              .defaulted("linkWithin", DEADLINES, p -> new TreeMap<>(p.linkWithin()),
                  ImmutableDeadlinePolicy.Builder::putAllLinkWithin)
              .defaulted("correctionWithin", DEADLINES, p -> new TreeMap<>(p.correctionWithin()),
                  ImmutableDeadlinePolicy.Builder::putAllCorrectionWithin)
              .defaulted("planWithin", DEADLINES, p -> new TreeMap<>(p.planWithin()),
                  ImmutableDeadlinePolicy.Builder::putAllPlanWithin)
              .build();

  /** A management review policy. */
  public static final ObjectCodec<ReviewPolicy, ImmutableReviewPolicy.Builder> REVIEW_POLICY =
      ObjectCodec.of(ReviewPolicy.class, "a review policy", ReviewPolicy::builder,
              ImmutableReviewPolicy.Builder::build)
          .defaulted("interval", Codecs.PERIOD, ReviewPolicy::interval,
              ImmutableReviewPolicy.Builder::interval)
          .build();

  /** A competence a person owes through a role (a computed view). */
  public static final ObjectCodec<CompetenceGap, ?> COMPETENCE_GAP =
      ObjectCodec.of(CompetenceGap.class, "a competence gap", GapDraft::new,
              d -> new CompetenceGap(d.person, d.role, d.competence, d.kind, d.latestRecord))
          .required("person", Ids.PERSON, CompetenceGap::person, (d, v) -> d.person = v)
          .required("role", Ids.ROLE, CompetenceGap::role, (d, v) -> d.role = v)
          .required("competence", COMPETENCE, CompetenceGap::competence,
              (d, v) -> d.competence = v)
          .required("kind", GAP_KIND, CompetenceGap::kind, (d, v) -> d.kind = v)
          .optional("latestRecord", Ids.TRAINING_RECORD, CompetenceGap::latestRecord,
              (d, v) -> d.latestRecord = Optional.of(v))
          .build();

  /** An auditor auditing a process they own (a computed view). */
  public static final ObjectCodec<IndependenceViolation, ?> INDEPENDENCE_VIOLATION =
      ObjectCodec.of(IndependenceViolation.class, "an independence violation", ViolationDraft::new,
              d -> new IndependenceViolation(d.audit, d.auditor, d.audited, d.owned))
          .required("audit", Ids.AUDIT, IndependenceViolation::audit, (d, v) -> d.audit = v)
          .required("auditor", Ids.PERSON, IndependenceViolation::auditor,
              (d, v) -> d.auditor = v)
          .required("audited", Ids.CLAUSE, IndependenceViolation::audited,
              (d, v) -> d.audited = v)
          .required("owned", Ids.CLAUSE, IndependenceViolation::owned, (d, v) -> d.owned = v)
          .build();

  /** How one clause stands in the internal audits (a computed view). */
  public static final ObjectCodec<ClauseCoverage, ?> CLAUSE_COVERAGE =
      ObjectCodec.of(ClauseCoverage.class, "a clause coverage", ClauseCoverageDraft::new,
              d -> new ClauseCoverage(d.clause, d.lastAudit, d.lastReported, d.withinInterval))
          .required("clause", Ids.CLAUSE, ClauseCoverage::clause, (d, v) -> d.clause = v)
          .optional("lastAudit", Ids.AUDIT, ClauseCoverage::lastAudit,
              (d, v) -> d.lastAudit = Optional.of(v))
          .optional("lastReported", Codecs.INSTANT, ClauseCoverage::lastReported,
              (d, v) -> d.lastReported = Optional.of(v))
          .required("withinInterval", Codecs.BOOLEAN, ClauseCoverage::withinInterval,
              (d, v) -> d.withinInterval = v)
          .build();

  /** How internal audits cover one catalog (a computed view). */
  public static final ObjectCodec<AuditCoverage, ?> AUDIT_COVERAGE =
      ObjectCodec.of(AuditCoverage.class, "an audit coverage", AuditCoverageDraft::new,
              d -> new AuditCoverage(d.catalog, d.asOf, d.interval, d.clauses))
          .required("catalog", Ids.CATALOG, AuditCoverage::catalog, (d, v) -> d.catalog = v)
          .required("asOf", Codecs.INSTANT, AuditCoverage::asOf, (d, v) -> d.asOf = v)
          .required("interval", Codecs.PERIOD, AuditCoverage::interval, (d, v) -> d.interval = v)
          .list("clauses", CLAUSE_COVERAGE, AuditCoverage::clauses, (d, v) -> d.clauses = v)
          .build();

  /** A deadline of corrective action missed (a computed view). */
  public static final ObjectCodec<Overdue, ?> OVERDUE =
      ObjectCodec.of(Overdue.class, "an overdue step", OverdueDraft::new,
              d -> new Overdue(d.step, d.due, d.finding, d.action))
          .required("step", OVERDUE_STEP, Overdue::step, (d, v) -> d.step = v)
          .required("due", Codecs.INSTANT, Overdue::due, (d, v) -> d.due = v)
          .required("finding", Ids.FINDING, Overdue::finding, (d, v) -> d.finding = v)
          .optional("action", Ids.CORRECTIVE_ACTION, Overdue::action,
              (d, v) -> d.action = Optional.of(v))
          .build();

  /**
   * Registers the types of this class.
   *
   * @param r the registry
   */
  public static void register(Registry r) {
    r.add(EvidenceKind.class, EVIDENCE_KIND);
    r.add(EvidenceStatus.class, EVIDENCE_STATUS);
    r.add(FindingGrade.class, FINDING_GRADE);
    r.add(AuditKind.class, AUDIT_KIND);
    r.add(Direction.class, DIRECTION);
    r.add(RiskKind.class, RISK_KIND);
    r.add(PresentedKind.class, PRESENTED_KIND);
    r.add(GapKind.class, GAP_KIND);
    r.add(OverdueStep.class, OVERDUE_STEP);
    r.add(Evidence.class, EVIDENCE);
    r.add(Finding.class, FINDING);
    r.add(Audit.class, AUDIT);
    r.add(Person.class, PERSON);
    r.add(Competence.class, COMPETENCE);
    r.add(RoleAssignment.class, ROLE_ASSIGNMENT);
    r.add(Role.class, ROLE);
    r.add(TrainingRecord.class, TRAINING_RECORD);
    r.add(Measurement.class, MEASUREMENT);
    r.add(Indicator.class, INDICATOR);
    r.add(Objective.class, OBJECTIVE);
    r.add(RiskScale.class, RISK_SCALE);
    r.add(Risk.class, RISK);
    r.add(Presented.class, PRESENTED);
    r.add(CoveredInput.class, COVERED_INPUT);
    r.add(ManagementReview.class, MANAGEMENT_REVIEW);
    r.add(Exclusion.class, EXCLUSION);
    r.add(ProcessOwner.class, PROCESS_OWNER);
    r.add(AuditProgramme.class, AUDIT_PROGRAMME);
    r.add(DeadlinePolicy.class, DEADLINE_POLICY);
    r.add(ReviewPolicy.class, REVIEW_POLICY);
    r.add(CompetenceGap.class, COMPETENCE_GAP);
    r.add(IndependenceViolation.class, INDEPENDENCE_VIOLATION);
    r.add(ClauseCoverage.class, CLAUSE_COVERAGE);
    r.add(AuditCoverage.class, AUDIT_COVERAGE);
    r.add(Overdue.class, OVERDUE);
  }

  // The drafts of records: mutable parts, set as properties are read. A required part is never
  // null when the record is built, since the object codec refuses an object that lacks it.

  /** The parts of a skill. */
  private static final class SkillDraft {
    @Nullable String name;
  }

  /** The parts of a document competence. */
  private static final class DocumentDraft {
    @Nullable String id;
  }

  /** The parts of a role assignment. */
  private static final class AssignmentDraft {
    @Nullable PersonId person;
    @Nullable Instant from;
    Optional<Instant> until = Optional.empty();
  }

  /** The parts of a measurement. */
  private static final class MeasurementDraft {
    @Nullable Instant at;
    double value;
  }

  /** The parts of a risk scale. */
  private static final class ScaleDraft {
    int likelihoodLevels;
    int severityLevels;
  }

  /** The parts of a presented item. */
  private static final class PresentedDraft {
    @Nullable PresentedKind kind;
    @Nullable String reference;
  }

  /** The parts of a covered input. */
  private static final class CoveredDraft {
    @Nullable String code;
    List<Presented> presented = List.of();
    Optional<String> summary = Optional.empty();
  }

  /** The parts of a process owner. */
  private static final class OwnerDraft {
    @Nullable ClauseRef clause;
    @Nullable PersonId owner;
  }

  /** The parts of a competence gap. */
  private static final class GapDraft {
    @Nullable PersonId person;
    @Nullable RoleId role;
    @Nullable Competence competence;
    @Nullable GapKind kind;
    Optional<TrainingRecordId> latestRecord = Optional.empty();
  }

  /** The parts of an independence violation. */
  private static final class ViolationDraft {
    @Nullable AuditId audit;
    @Nullable PersonId auditor;
    @Nullable ClauseRef audited;
    @Nullable ClauseRef owned;
  }

  /** The parts of a clause coverage. */
  private static final class ClauseCoverageDraft {
    @Nullable ClauseRef clause;
    Optional<AuditId> lastAudit = Optional.empty();
    Optional<Instant> lastReported = Optional.empty();
    boolean withinInterval;
  }

  /** The parts of an audit coverage. */
  private static final class AuditCoverageDraft {
    @Nullable CatalogId catalog;
    @Nullable Instant asOf;
    @Nullable Period interval;
    List<ClauseCoverage> clauses = List.of();
  }

  /** The parts of an overdue step. */
  private static final class OverdueDraft {
    @Nullable OverdueStep step;
    @Nullable Instant due;
    @Nullable FindingId finding;
    Optional<CorrectiveActionId> action = Optional.empty();
  }
}
