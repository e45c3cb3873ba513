package org.qms4j.readiness;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.qms4j.audit.AuditId;
import org.qms4j.audit.AuditKind;
import org.qms4j.capa.CorrectiveActionId;
import org.qms4j.capa.Overdue;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.catalog.ReviewInput;
import org.qms4j.certification.Certificate;
import org.qms4j.certification.CertificateStatus;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.conformity.RequirementResult;
import org.qms4j.conformity.Verdict;
import org.qms4j.document.DocumentId;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.internal.Checks;
import org.qms4j.people.PersonId;
import org.qms4j.programme.AuditCoverage;
import org.qms4j.programme.ClauseCoverage;
import org.qms4j.review.ManagementReview;
import org.qms4j.review.ReviewId;
import org.qms4j.review.ReviewPolicy;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.Registers;
import org.qms4j.training.CompetenceGap;
import org.qms4j.training.CompetenceMatrix;
import org.qms4j.training.Role;
import org.qms4j.training.RoleId;

/**
 * Whether a quality system is ready for the certification audit of one catalog as of an instant,
 * and if not, what stands in the way: a list of {@link Blocker}s, at most one per {@link
 * BlockerCode}, in the order of the codes. The system {@linkplain #isReady() is ready} exactly when
 * there is no blocker.
 *
 * <table>
 *   <caption>When each blocker stands, and the ids it names</caption>
 *   <tr><th>code</th><th>when</th><th>ids</th></tr>
 *   <tr><td>{@code REQUIREMENT_NOT_ASSESSED}, {@code REQUIREMENT_NONCONFORMING}, {@code
 *       REQUIREMENT_PARTIALLY_CONFORMING}</td><td>the report's verdict on applicable requirements
 *       of the catalog (a certification body does not certify with open gaps, so a partial verdict
 *       blocks too)</td><td>requirements</td></tr>
 *   <tr><td>{@code OPEN_MAJOR_NONCONFORMITY}</td><td>a major nonconformity raised against a
 *       requirement of the catalog is open at the instant (raised at or before it, not closed by
 *       it)</td><td>findings, and the catalog's requirements they are raised against</td></tr>
 *   <tr><td>{@code INTERNAL_AUDIT_CYCLE_INCOMPLETE}</td><td>an applicable clause (one holding an
 *       applicable requirement of its own) was not covered by an internal audit reported within
 *       the {@linkplain ReadinessPolicy#auditCoverageInterval() coverage interval} up to the
 *       instant, the interval's first instant included: an audit covers the clauses in its scope
 *       and below them</td><td>clauses, and the last internal audits of those once
 *       covered</td></tr>
 *   <tr><td>{@code NO_MANAGEMENT_REVIEW_AFTER_AUDIT}</td><td>for a catalog with a review clause:
 *       no management review of the catalog (or of a catalog it derives from) held at or after the
 *       instant the internal audit cycle was complete ({@link #auditCycleCompletedAt()}), at or
 *       before the instant, and still current by the {@linkplain ReadinessPolicy#reviewPolicy()
 *       review policy} (the instant is before its next review's due date); always when the cycle is
 *       incomplete</td><td>reviews: the latest review of the catalog held by the instant, if
 *       any</td></tr>
 *   <tr><td>{@code MANAGEMENT_REVIEW_INPUTS_MISSING}</td><td>reviews as above exist, but none
 *       covered every input the catalog requires ({@link Catalog#reviewInputs()})</td>
 *       <td>reviews: the latest of them; review inputs: the codes it missed</td></tr>
 *   <tr><td>{@code CORRECTIVE_ACTION_OVERDUE}</td><td>a step owed for an open nonconformity
 *       raised against a requirement of the catalog is overdue by the {@linkplain
 *       ReadinessPolicy#deadlinePolicy() deadline policy} ({@link QualitySystem#overdue}): linking
 *       an action, correction, plan, or implementation past the plan's due date</td>
 *       <td>findings and corrective actions</td></tr>
 *   <tr><td>{@code TRAINING_GAP_IN_PROCESS_OWNER_ROLE}</td><td>a holder, at the instant, of a role
 *       that owns a clause of the catalog lacks a competence the role requires ({@link
 *       CompetenceMatrix}, documents' effective versions from the document register)</td>
 *       <td>roles and people</td></tr>
 * </table>
 *
 * <p>The report must be the engine's report of this system as of the same instant (the engine's
 * verdicts already weigh evidence, findings and the management-system rules; the other blockers
 * read the system's registers at the instant). Reviews and certificates of a catalog this one
 * derives from count for it, roles only by the clauses of this catalog they own, as in the
 * engine's rules. For certified organisations {@link #certifications()} says what each certificate
 * of the catalog needs next.
 *
 * <p>Limits: those of the system and of {@link CompetenceMatrix} (at most {@value
 * CompetenceMatrix#MAX_ROLES} roles owning clauses of the catalog and {@value
 * CompetenceMatrix#MAX_RECORDS} training records). Messages name at most {@value #SHOWN} ids of
 * each kind and count the rest. Immutable and thread-safe.
 *
 * <pre>{@code
 * Instant asOf = Instant.parse("2026-11-30T00:00:00Z");
 * ConformityReport report = ConformityEngine.standard().evaluate(clinic, asOf);
 * ReadinessAssessment readiness = ReadinessAssessment.of(clinic, report, StandardCatalogs.ISO_9001, asOf);
 * if (!readiness.isReady()) {
 *   readiness.blockers().forEach(b -> System.out.println(b.code() + ": " + b.message()));
 * }
 * readiness.certifications().forEach(c -> System.out.println(c.nextAudit() + " due " + c.dueAt()));
 * }</pre>
 */
public final class ReadinessAssessment {
  /** The most ids of each kind a message names. */
  public static final int SHOWN = 5;

  private final CatalogId catalog;
  private final Instant asOf;
  private final ReadinessPolicy policy;
  private final List<Blocker> blockers;
  private final AuditCoverage auditCoverage;
  private final @Nullable Instant auditCycleCompletedAt;
  private final @Nullable ReviewId managementReview;
  private final List<CertificationOutlook> certifications;

  private ReadinessAssessment(Assessor a) {
    this.catalog = a.catalog.id();
    this.asOf = a.asOf;
    this.policy = a.policy;
    this.blockers = List.copyOf(a.blockers.values());
    this.auditCoverage = a.cycle.coverage;
    this.auditCycleCompletedAt = a.cycle.completedAt;
    this.managementReview = a.reviewAfterAudit;
    this.certifications = a.certifications(blockers);
  }

  /**
   * Assesses one catalog with the {@linkplain ReadinessPolicy#standard() standard policy}.
   *
   * @param system the quality system, not null
   * @param report the engine's report of the system as of {@code asOf}, not null
   * @param catalog the catalog to assess, one of the system's, not null
   * @param asOf the instant, the report's, not null
   * @return the assessment
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the system holds no such catalog, the report is as of
   *     another instant, or it lacks a result of a requirement of the catalog or places one in
   *     another clause (a report of another system)
   */
  public static ReadinessAssessment of(QualitySystem system, ConformityReport report, CatalogId catalog, Instant asOf) {
    return of(system, report, catalog, asOf, ReadinessPolicy.standard());
  }

  /**
   * Assesses one catalog.
   *
   * @param system the quality system, not null
   * @param report the engine's report of the system as of {@code asOf}, not null
   * @param catalog the catalog to assess, one of the system's, not null
   * @param asOf the instant, the report's, not null
   * @param policy the policies to judge by, not null
   * @return the assessment
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the system holds no such catalog, the report is as of
   *     another instant, or it lacks a result of a requirement of the catalog or places one in
   *     another clause (a report of another system)
   */
  public static ReadinessAssessment of(
      QualitySystem system, ConformityReport report, CatalogId catalog, Instant asOf, ReadinessPolicy policy) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(policy, "policy");
    checkInstant(report, asOf);
    Catalog c =
        system.catalog(catalog)
            .orElseThrow(() -> new IllegalArgumentException("readiness: the system holds no catalog " + catalog + "; expected one of its catalogs"));
    return new ReadinessAssessment(new Assessor(system, report, c, asOf, policy));
  }

  /**
   * Assesses every catalog of the system with the {@linkplain ReadinessPolicy#standard() standard
   * policy}.
   *
   * @param system the quality system, not null
   * @param report the engine's report of the system as of {@code asOf}, not null
   * @param asOf the instant, the report's, not null
   * @return one assessment per catalog, in the system's order, unmodifiable
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as {@link #of(QualitySystem, ConformityReport, CatalogId,
   *     Instant)} does
   */
  public static List<ReadinessAssessment> ofAll(QualitySystem system, ConformityReport report, Instant asOf) {
    return ofAll(system, report, asOf, ReadinessPolicy.standard());
  }

  /**
   * Assesses every catalog of the system.
   *
   * @param system the quality system, not null
   * @param report the engine's report of the system as of {@code asOf}, not null
   * @param asOf the instant, the report's, not null
   * @param policy the policies to judge by, not null
   * @return one assessment per catalog, in the system's order, unmodifiable
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as {@link #of(QualitySystem, ConformityReport, CatalogId,
   *     Instant, ReadinessPolicy)} does
   */
  public static List<ReadinessAssessment> ofAll(
      QualitySystem system, ConformityReport report, Instant asOf, ReadinessPolicy policy) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(policy, "policy");
    checkInstant(report, asOf);
    List<ReadinessAssessment> all = new ArrayList<>(system.catalogs().size());
    for (Catalog c : system.catalogs()) {
      all.add(new ReadinessAssessment(new Assessor(system, report, c, asOf, policy)));
    }
    return Collections.unmodifiableList(all);
  }

  private static void checkInstant(ConformityReport report, Instant asOf) {
    if (!report.asOf().equals(asOf)) {
      throw new IllegalArgumentException(
          "readiness: the report is as of " + report.asOf() + " but the assessment as of " + asOf
              + "; expected a report made as of the assessment's instant");
    }
  }

  /**
   * The catalog assessed.
   *
   * @return the catalog id
   */
  public CatalogId catalog() {
    return catalog;
  }

  /**
   * The instant of the assessment.
   *
   * @return the instant
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * The policies the assessment judged by.
   *
   * @return the policy
   */
  public ReadinessPolicy policy() {
    return policy;
  }

  /**
   * Tells whether the system is ready for the certification audit of the catalog: there is no
   * blocker.
   *
   * @return true exactly when {@link #blockers()} is empty
   */
  public boolean isReady() {
    return blockers.isEmpty();
  }

  /**
   * What stands in the way, at most one blocker per code, in the order of {@link BlockerCode}.
   *
   * @return the blockers, unmodifiable; empty when ready
   */
  public List<Blocker> blockers() {
    return blockers;
  }

  /**
   * The blocker with a code.
   *
   * @param code the code, not null
   * @return the blocker, or empty if nothing of that kind stands in the way
   */
  public Optional<Blocker> blocker(BlockerCode code) {
    Objects.requireNonNull(code, "code");
    for (Blocker b : blockers) {
      if (b.code() == code) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  /**
   * How internal audits reported by the instant cover the catalog's applicable clauses, clause by
   * clause, with the policy's coverage interval: what {@code INTERNAL_AUDIT_CYCLE_INCOMPLETE} is
   * judged by. A clause is applicable when it holds a requirement of its own that the report does
   * not find {@code NOT_APPLICABLE}.
   *
   * @return the coverage
   */
  public AuditCoverage auditCoverage() {
    return auditCoverage;
  }

  /**
   * When the internal audit cycle within the interval was complete: the latest, over the
   * applicable clauses, of the first report in the interval that covered each; a management review
   * must be held at or after it.
   *
   * @return the instant, or empty if the cycle is incomplete or the catalog has no applicable
   *     clause
   */
  public Optional<Instant> auditCycleCompletedAt() {
    return Optional.ofNullable(auditCycleCompletedAt);
  }

  /**
   * The management review that reviewed the audit cycle: the latest current review of the catalog
   * held after the cycle was complete that covered every input the catalog requires.
   *
   * @return the review's id, or empty if there is none (or the catalog has no review clause)
   */
  public Optional<ReviewId> managementReview() {
    return Optional.ofNullable(managementReview);
  }

  /**
   * For each certificate of the catalog (or of a catalog it derives from) applied for by the
   * instant, in id order: the certification body's next audit, by when, whether it is overdue, and
   * this assessment's blockers, which that audit would find today.
   *
   * @return the outlooks, unmodifiable; empty if the catalog has no certificate
   */
  public List<CertificationOutlook> certifications() {
    return certifications;
  }

  @Override
  public String toString() {
    return "ReadinessAssessment{catalog=" + catalog + ", asOf=" + asOf + ", blockers=" + blockers.stream().map(Blocker::code).toList() + "}";
  }

  /** Works out one assessment; confined to the thread that builds it. */
  private static final class Assessor {
    final QualitySystem system;
    final ConformityReport report;
    final Catalog catalog;
    final Instant asOf;
    final ReadinessPolicy policy;
    final Map<BlockerCode, Blocker> blockers = new EnumMap<>(BlockerCode.class);
    final List<LocatedRequirement> applicable = new ArrayList<>();
    final Set<RequirementId> ids = new LinkedHashSet<>();
    final AuditCycle cycle;
    @Nullable ReviewId reviewAfterAudit;

    Assessor(QualitySystem system, ConformityReport report, Catalog catalog, Instant asOf, ReadinessPolicy policy) {
      this.system = system;
      this.report = report;
      this.catalog = catalog;
      this.asOf = asOf;
      this.policy = policy;
      requirements();
      openMajors();
      this.cycle = AuditCycle.of(system, catalog.id(), applicable, policy.auditCoverageInterval(), asOf);
      auditCycle();
      if (catalog.reviewClause().isPresent()) {
        managementReview();
      }
      overdueActions();
      trainingGaps();
    }

    private String what() {
      return catalog.id().toString();
    }

    private void add(BlockerCode code, String message, Consumer<ImmutableBlocker.Builder> ids) {
      ImmutableBlocker.Builder b = Blocker.builder().code(code).message(bounded(message));
      ids.accept(b);
      blockers.put(code, b.build());
    }

    // ---- the report's verdicts ----

    private void requirements() {
      Map<Verdict, List<RequirementId>> open = new EnumMap<>(Verdict.class);
      for (LocatedRequirement r : catalog.requirements()) {
        RequirementResult result = report.result(r.id()).orElse(null);
        if (result == null || !result.clause().equals(r.clause())) {
          throw new IllegalArgumentException(
              "readiness: the report "
                  + (result == null ? "holds no result of requirement " + r.id() : "places requirement " + r.id() + " in clause " + result.clause())
                  + " of catalog " + catalog.id() + "; expected a report of this system");
        }
        ids.add(r.id());
        if (result.verdict() == Verdict.NOT_APPLICABLE) {
          continue;
        }
        applicable.add(r);
        if (result.verdict() != Verdict.CONFORMING) {
          open.computeIfAbsent(result.verdict(), v -> new ArrayList<>()).add(r.id());
        }
      }
      verdict(open, Verdict.NOT_ASSESSED, BlockerCode.REQUIREMENT_NOT_ASSESSED, "not assessed");
      verdict(open, Verdict.NONCONFORMING, BlockerCode.REQUIREMENT_NONCONFORMING, "nonconforming");
      verdict(open, Verdict.PARTIALLY_CONFORMING, BlockerCode.REQUIREMENT_PARTIALLY_CONFORMING, "only partially conforming");
    }

    private void verdict(Map<Verdict, List<RequirementId>> open, Verdict verdict, BlockerCode code, String phrase) {
      List<RequirementId> those = open.get(verdict);
      if (those != null) {
        add(code,
            count(those.size(), "applicable requirement", "applicable requirements") + " of " + what()
                + (those.size() == 1 ? " is " : " are ") + phrase + ": " + listed(those),
            b -> b.requirements(those));
      }
    }

    // ---- open major nonconformities ----

    private void openMajors() {
      List<FindingId> findings = new ArrayList<>();
      Set<RequirementId> against = new TreeSet<>();
      for (Finding f : system.findings()) {
        if (f.grade() != FindingGrade.MAJOR_NONCONFORMITY || !f.isOpenAt(asOf)) {
          continue;
        }
        boolean ours = false;
        for (RequirementId r : f.requirements()) {
          if (ids.contains(r)) {
            against.add(r);
            ours = true;
          }
        }
        if (ours) {
          findings.add(f.id());
        }
      }
      if (!findings.isEmpty()) {
        List<RequirementId> inOrder = ids.stream().filter(against::contains).toList();
        add(BlockerCode.OPEN_MAJOR_NONCONFORMITY,
            count(findings.size(), "major nonconformity", "major nonconformities") + " against requirements of " + what()
                + (findings.size() == 1 ? " is" : " are") + " open: " + listed(findings),
            b -> b.findings(findings).requirements(inOrder));
      }
    }

    // ---- the internal audit cycle ----

    private void auditCycle() {
      List<ClauseCoverage> gaps = cycle.coverage.gaps();
      if (gaps.isEmpty()) {
        return;
      }
      List<ClauseRef> clauses = gaps.stream().map(ClauseCoverage::clause).toList();
      Set<AuditId> lastAudits = new TreeSet<>();
      gaps.forEach(g -> g.lastAudit().ifPresent(lastAudits::add));
      long never = gaps.stream().filter(ClauseCoverage::neverAudited).count();
      add(BlockerCode.INTERNAL_AUDIT_CYCLE_INCOMPLETE,
          "internal audits reported in the " + policy.auditCoverageInterval() + " up to " + asOf + " did not cover "
              + count(clauses.size(), "applicable clause", "applicable clauses") + " of " + what() + ": "
              + listed(clauses.stream().map(ClauseRef::number).toList())
              + (never == 0 ? "" : " (" + never + " never audited)"),
          b -> b.clauses(clauses).audits(lastAudits));
    }

    // ---- the management review after the audit cycle ----

    private void managementReview() {
      Set<CatalogId> lineage = new LinkedHashSet<>();
      lineage.add(catalog.id());
      lineage.addAll(catalog.lineage());
      ReviewPolicy reviewPolicy = policy.reviewPolicy();
      Instant completed = cycle.completedAt;
      boolean complete = cycle.coverage.isComplete();
      ManagementReview latest = null;
      ManagementReview latestAfter = null;
      ManagementReview latestComplete = null;
      for (ManagementReview r : system.register(Registers.REVIEWS).items()) {
        if (r.heldAt().isAfter(asOf) || Collections.disjoint(r.catalogs(), lineage)) {
          continue;
        }
        latest = later(r, latest);
        boolean afterCycle = complete && (completed == null || !r.heldAt().isBefore(completed));
        if (!afterCycle || !asOf.isBefore(reviewPolicy.nextDue(Optional.of(r), r.heldAt()))) {
          continue;
        }
        latestAfter = later(r, latestAfter);
        if (missed(r).isEmpty()) {
          latestComplete = later(r, latestComplete);
        }
      }
      if (latestComplete != null) {
        reviewAfterAudit = latestComplete.id();
        return;
      }
      if (latestAfter != null) {
        ManagementReview r = latestAfter;
        List<String> missed = missed(r);
        add(BlockerCode.MANAGEMENT_REVIEW_INPUTS_MISSING,
            "management review " + r.id() + " of " + what() + ", held " + r.heldAt() + " after the internal audit cycle, missed "
                + count(missed.size(), "required input", "required inputs") + ": " + listed(missed),
            b -> b.addReview(r.id()).reviewInputs(missed));
        return;
      }
      StringBuilder m = new StringBuilder("no management review of ").append(what());
      if (!complete) {
        m.append(" can follow the internal audit cycle, which is not complete");
      } else if (completed == null) {
        m.append(" is current");
      } else {
        m.append(" was held after the internal audit cycle was complete at ").append(completed).append(" and is current");
      }
      if (latest != null) {
        m.append("; the latest, ").append(latest.id()).append(", was held ").append(latest.heldAt());
        Instant due = reviewPolicy.nextDue(Optional.of(latest), latest.heldAt());
        if (!asOf.isBefore(due)) {
          m.append(" and was due again at ").append(due);
        }
      }
      ManagementReview named = latest;
      add(BlockerCode.NO_MANAGEMENT_REVIEW_AFTER_AUDIT, m.toString(), b -> {
        if (named != null) {
          b.addReview(named.id());
        }
      });
    }

    private List<String> missed(ManagementReview r) {
      List<String> missed = new ArrayList<>(0);
      for (ReviewInput input : catalog.reviewInputs()) {
        if (!r.covers(input.code())) {
          missed.add(input.code());
        }
      }
      return missed;
    }

    /** The later of two reviews by the instant held, then by id, as {@link ReviewPolicy#latestFor} chooses. */
    private static ManagementReview later(ManagementReview r, @Nullable ManagementReview than) {
      if (than == null) {
        return r;
      }
      int c = r.heldAt().compareTo(than.heldAt());
      return c > 0 || (c == 0 && r.id().compareTo(than.id()) > 0) ? r : than;
    }

    // ---- overdue corrective actions ----

    private void overdueActions() {
      List<String> shown = new ArrayList<>();
      Set<FindingId> findings = new TreeSet<>();
      Set<CorrectiveActionId> actions = new TreeSet<>();
      for (Overdue o : system.overdue(policy.deadlinePolicy(), asOf)) {
        Optional<Finding> f = system.finding(o.finding());
        if (f.isEmpty() || Collections.disjoint(f.get().requirements(), ids)) {
          continue;
        }
        findings.add(o.finding());
        o.action().ifPresent(actions::add);
        String step = o.step().name().toLowerCase(Locale.ROOT);
        shown.add(o.action().map(a -> a + " " + step + " for ").orElse(step + " of an action for ") + o.finding() + " due " + o.due());
      }
      if (!findings.isEmpty()) {
        add(BlockerCode.CORRECTIVE_ACTION_OVERDUE,
            count(shown.size(), "corrective-action step", "corrective-action steps") + " for nonconformities of " + what()
                + (shown.size() == 1 ? " is" : " are") + " overdue: " + listed(shown),
            b -> b.findings(findings).correctiveActions(actions));
      }
    }

    // ---- training gaps of process owners ----

    private void trainingGaps() {
      List<Role> owning = new ArrayList<>();
      for (Role role : system.register(Registers.ROLES).items()) {
        for (ClauseRef c : role.owns()) {
          if (c.catalog().equals(catalog.id())) {
            owning.add(role);
            break;
          }
        }
      }
      if (owning.isEmpty()) {
        return;
      }
      CompetenceMatrix matrix =
          CompetenceMatrix.of(
              owning,
              system.register(Registers.TRAINING).items(),
              document -> system.register(Registers.DOCUMENTS).get(DocumentId.of(document)).flatMap(d -> d.effectiveVersionAt(asOf)),
              policy.trainingEvaluationGrace(),
              asOf);
      List<CompetenceGap> gaps = matrix.gaps();
      if (gaps.isEmpty()) {
        return;
      }
      Set<RoleId> roles = new TreeSet<>();
      Set<PersonId> people = new TreeSet<>();
      List<String> shown = new ArrayList<>(gaps.size());
      for (CompetenceGap g : gaps) {
        roles.add(g.role());
        people.add(g.person());
        shown.add(g.person() + " in " + g.role() + ": " + g.competence() + " " + g.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
      }
      add(BlockerCode.TRAINING_GAP_IN_PROCESS_OWNER_ROLE,
          count(people.size(), "holder", "holders") + " of roles owning clauses of " + what() + " "
              + (people.size() == 1 ? "lacks" : "lack") + " required competences: " + listed(shown),
          b -> b.roles(roles).people(people));
    }

    // ---- certificates ----

    List<CertificationOutlook> certifications(List<Blocker> found) {
      Set<CatalogId> lineage = new LinkedHashSet<>();
      lineage.add(catalog.id());
      lineage.addAll(catalog.lineage());
      List<CertificationOutlook> all = new ArrayList<>(0);
      for (Certificate c : system.register(Registers.CERTIFICATES).items()) {
        if (!lineage.contains(c.catalog())) {
          continue;
        }
        Optional<Certificate> then = c.asOf(asOf);
        if (then.isEmpty()) {
          continue;
        }
        all.add(outlook(then.get(), found));
      }
      return Collections.unmodifiableList(all);
    }

    private CertificationOutlook outlook(Certificate c, List<Blocker> found) {
      CertificateStatus status = c.statusAt(asOf).orElseThrow();
      Optional<AuditKind> next = Optional.empty();
      Optional<Instant> due = Optional.empty();
      boolean overdue = false;
      switch (status) {
        case APPLIED -> next = Optional.of(AuditKind.STAGE_1);
        case STAGE_1_DONE -> next = Optional.of(AuditKind.STAGE_2);
        case CERTIFIED, SUSPENDED -> {
          Optional<Instant> surveillance = c.nextSurveillanceDueAt(asOf);
          if (surveillance.isPresent()) {
            next = Optional.of(AuditKind.SURVEILLANCE);
            due = surveillance;
            overdue = c.isSurveillanceOverdueAt(asOf);
          } else {
            next = Optional.of(AuditKind.RECERTIFICATION);
            due = c.recertificationDueAt();
          }
        }
        case EXPIRED -> {
          next = Optional.of(AuditKind.RECERTIFICATION);
          due = c.recertificationDueAt();
          overdue = due.isPresent();
        }
        default -> {
          // STAGE_2_DONE awaits the decision; WITHDRAWN owes nothing
        }
      }
      return new CertificationOutlook(c.id(), c.catalog(), status, next, due, overdue, found);
    }
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String listed(Collection<?> values) {
    return Checks.listed(values, SHOWN);
  }

  /** The message cut to the longest a blocker accepts, on one line. */
  private static String bounded(String message) {
    String line = message.replace('\n', ' ').replace('\r', ' ');
    if (line.length() <= Blocker.MAX_MESSAGE) {
      return line;
    }
    int end = Blocker.MAX_MESSAGE - 1;
    if (Character.isHighSurrogate(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(0, end) + "\u2026";
  }
}
