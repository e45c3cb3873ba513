package org.qms4j.conformity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qms4j.testing.ConformityArbitraries.AS_OF;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.qms4j.audit.Audit;
import org.qms4j.audit.AuditId;
import org.qms4j.audit.AuditKind;
import org.qms4j.capa.ActionState;
import org.qms4j.capa.CorrectiveAction;
import org.qms4j.capa.CorrectiveActionId;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.MappingSet;
import org.qms4j.catalog.MappingSetId;
import org.qms4j.catalog.RequirementId;
import org.qms4j.certification.Certificate;
import org.qms4j.document.ControlledDocument;
import org.qms4j.document.DocumentId;
import org.qms4j.document.DocumentVersionRef;
import org.qms4j.document.IllegalDocumentTransitionException;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.finding.ImmutableFinding;
import org.qms4j.history.By;
import org.qms4j.objective.Measurement;
import org.qms4j.objective.Objective;
import org.qms4j.people.PersonId;
import org.qms4j.review.ManagementReview;
import org.qms4j.risk.Risk;
import org.qms4j.system.Exclusion;
import org.qms4j.system.HostFactKey;
import org.qms4j.system.InvalidSystemException;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.RegisterType;
import org.qms4j.system.Registers;
import org.qms4j.testing.CapaFixtures;
import org.qms4j.testing.ConformityArbitraries;
import org.qms4j.testing.ConformityArbitraries.Scenario;
import org.qms4j.testing.ManagementFixtures;
import org.qms4j.training.Competence;
import org.qms4j.training.Role;
import org.qms4j.training.RoleAssignment;
import org.qms4j.training.RoleId;
import org.qms4j.training.TrainingRecord;
import org.qms4j.training.TrainingRecordId;

/**
 * A session equals a full evaluation after any sequence of changes and moves in time, with host
 * rules that read other registers, host facts, the instant, or everything, each declaring it; with
 * corrective actions walked through their lifecycle, findings closed on them, audits put and
 * removed under the audit-coverage rule, and the management-system registers (people, roles,
 * training, documents and the evidence resting on them, objectives, risks, management reviews,
 * certificates) put, advanced and removed under the built-in rules that read them.
 */
class ConformitySessionProperties {
  record Score(double value) {}

  static final HostFactKey<Score> SCORE = HostFactKey.of("score", Score.class);
  static final CatalogId A = CatalogId.of("a:1");
  static final CatalogId B = CatalogId.of("b:1");

  /** The clauses of the generated catalogs (see {@code ConformityArbitraries}), and one no catalog holds. */
  static final List<String> CLAUSES = List.of("1", "1.1", "1.2", "2", "2.1", "3");

  static final String UNKNOWN_CLAUSE = "9";

  /** Caps every requirement it judges while the system holds two or more open findings. */
  static final Rule READS_FINDINGS =
      Rule.named(
          "many-open-findings",
          RuleReads.requirementFacts().and(Registers.FINDINGS),
          f ->
              f.system().findings().stream().filter(x -> x.isOpenAt(f.asOf())).count() >= 2
                  ? Decision.cap(Verdict.PARTIALLY_CONFORMING, Reason.of("MANY_OPEN_FINDINGS", "two or more open"))
                  : Decision.pass());

  /** Decides nonconforming while the host's score is below 0.5. */
  static final Rule READS_SCORE =
      Rule.named(
          "low-score",
          RuleReads.requirementFacts().and(SCORE),
          f ->
              f.system().hostFact(SCORE).filter(s -> s.value() < 0.5).isPresent()
                  ? Decision.decide(Verdict.NONCONFORMING, Reason.of("LOW_SCORE", "score below 0.5"))
                  : Decision.pass());

  /** Caps requirements whose valid evidence is all older than 45 days: changes at instants of its own. */
  static final Rule STALE =
      Rule.named(
          "stale-evidence",
          RuleReads.requirementFacts().dependingOnInstant(),
          f ->
              !f.validEvidence().isEmpty()
                      && f.validEvidence().stream()
                          .allMatch(e -> e.effectiveFrom().isBefore(f.asOf().minus(Duration.ofDays(45))))
                  ? Decision.note(Reason.of("STALE_EVIDENCE", "all evidence older than 45 days"))
                  : Decision.pass());

  /** Reads the whole evidence register and the instant, declaring nothing (so: everything). */
  static final Rule UNDECLARED =
      Rule.named(
          "evidence-count",
          f ->
              f.system().evidence().stream().filter(e -> e.isValidAt(f.asOf())).count() > 6
                  ? Decision.cap(Verdict.NOT_ASSESSED, Reason.of("TOO_MUCH", "more than six valid items"))
                  : Decision.pass());

  /**
   * Caps every requirement it judges while two or more corrective actions are open (opened, neither
   * closed nor cancelled) as of the instant. It declares the corrective-action register but not the
   * instant: the session must find the instants at which actions change state from the register's
   * dates.
   */
  static final Rule READS_ACTIONS =
      Rule.named(
          "many-open-actions",
          RuleReads.requirementFacts().and(Registers.CORRECTIVE_ACTIONS),
          f ->
              f.system().correctiveActions().stream()
                          .filter(a -> a.asOf(f.asOf()).map(x -> x.state().isOpen()).orElse(false))
                          .count()
                      >= 2
                  ? Decision.cap(Verdict.PARTIALLY_CONFORMING, Reason.of("MANY_OPEN_ACTIONS", "two or more open actions"))
                  : Decision.pass());

  sealed interface Step
      permits Put,
          PutFinding,
          Remove,
          RemoveFinding,
          Advance,
          SetScore,
          DropScore,
          ToggleExclusion,
          ToggleMappingSet,
          AdvanceAction,
          NewAction,
          CloseFinding,
          RemoveAction,
          PutAudit,
          RemoveAudit,
          PutPerson,
          PutRole,
          PutTraining,
          PutDocument,
          AdvanceDocument,
          PutEvidenceOnDocument,
          PutObjective,
          PutRisk,
          PutReview,
          PutCertificate,
          RemoveManaged,
          RemoveNamed {}

  record Put(org.qms4j.evidence.Evidence item) implements Step {}

  record PutFinding(org.qms4j.finding.Finding finding) implements Step {}

  record Remove(String id) implements Step {}

  record RemoveFinding(String id) implements Step {}

  record Advance(Duration by) implements Step {}

  record SetScore(double value) implements Step {}

  record DropScore() implements Step {}

  record ToggleExclusion(RequirementId requirement) implements Step {}

  record ToggleMappingSet() implements Step {}

  /** What {@link AdvanceAction} does with the action it picks. */
  enum Move {
    /** The next step of the lifecycle; at an implemented action, a passed effectiveness check. */
    FORWARD,
    /** At an implemented action, a failed check back to root-cause analysis; else forward. */
    FAIL_TO_ROOT_CAUSE,
    /** At an implemented action, a failed check back to planning; else forward. */
    FAIL_TO_PLANNING,
    /** At a planned action (or one whose root cause is identified), a revised plan; else forward. */
    REPLAN,
    /** Links a finding the system holds and the action does not link yet; else forward. */
    LINK,
    /** Cancels the action, with a reason. */
    CANCEL
  }

  /**
   * Takes the {@code pick}-th corrective action still open (modulo their number) and applies its
   * next legal transition, dated at the session's instant plus {@code offset}; skipped if no action
   * is open, or the date would come before the action's last event. A plan is due
   * {@code dueIn} after it is made; {@code item} picks the evidence (or the finding to link).
   */
  record AdvanceAction(int pick, Duration offset, Move move, int item, Duration dueIn) implements Step {}

  /** Opens an action linking the {@code pick}-th finding (and perhaps a second one), dated asOf + offset. */
  record NewAction(String id, int pick, Optional<Integer> second, Duration offset) implements Step {}

  /**
   * Closes the {@code pick}-th open major or minor nonconformity (of those with a verified action, if
   * any) at its earliest linked action's
   * effectiveness check plus {@code shift}, or, without a verified action, at asOf plus {@code
   * shift} (which the system refuses).
   */
  record CloseFinding(int pick, Duration shift) implements Step {}

  /** Removes the {@code pick}-th corrective action. */
  record RemoveAction(int pick) implements Step {}

  /** Puts an audit of some clauses of catalogs A and B, reported at AS_OF plus an offset if at all. */
  record PutAudit(String id, AuditKind kind, Set<ClauseRef> scope, Optional<Duration> reported) implements Step {}

  /** Removes the {@code pick}-th audit the session holds. */
  record RemoveAudit(int pick) implements Step {}

  /** Puts a person (p1 to p3); p9 is never put, so what names it is refused. */
  record PutPerson(String id) implements Step {}

  /** Puts a role owning a clause of catalog A or B, requiring a skill and/or documents D1 and D2. */
  record PutRole(Role role) implements Step {}

  /** Puts a training record of a person in a skill or on a version of D1 or D2. */
  record PutTraining(TrainingRecord record) implements Step {}

  /**
   * Puts document D1 or D2 with its version 1 effective from AS_OF plus {@code effective1}, perhaps
   * reviewed, superseded by version 2 or withdrawn that long after (see {@link
   * ManagementFixtures#document}); skipped while the register holds the document.
   */
  record PutDocument(
      String id,
      int reviewDays,
      Duration effective1,
      Optional<Duration> reviewAfter,
      Optional<Duration> secondAfter,
      Optional<Duration> withdrawAfter)
      implements Step {}

  /** What {@link AdvanceDocument} does with the document it names. */
  enum DocMove {
    /** The next act on the latest version: approve a draft, make an approved one effective, draft a new one. */
    FORWARD,
    /** Records the periodic review of the version effective then; else forward. */
    PERIODIC_REVIEW,
    /** Withdraws the document. */
    WITHDRAW
  }

  /**
   * Creates document D1 or D2 (with a draft of version 1) at the session's instant plus {@code
   * offset} if the register does not hold it, else applies its next act then; a version is made
   * effective {@code effectiveIn} after the act. Skipped when the instant comes before the
   * document's last event or the act's gate is not met.
   */
  record AdvanceDocument(String id, DocMove move, Duration offset, Duration effectiveIn, int reviewDays) implements Step {}

  /** Puts evidence resting on a version of D1 or D2 (or on one no document has). */
  record PutEvidenceOnDocument(Evidence item) implements Step {}

  record PutObjective(Objective objective) implements Step {}

  record PutRisk(Risk risk) implements Step {}

  record PutReview(ManagementReview review) implements Step {}

  record PutCertificate(Certificate certificate) implements Step {}

  /** Removes the {@code pick}-th item of the {@code register}-th of {@link #MANAGED} registers. */
  record RemoveManaged(int register, int pick) implements Step {}

  /**
   * Removes the {@code pick}-th of the people a role or a training record names and the documents
   * evidence rests on, which the session must refuse; skipped if nothing is named.
   */
  record RemoveNamed(int pick) implements Step {}

  /** The management-system registers {@link RemoveManaged} removes from. */
  static final List<RegisterType<?, ?>> MANAGED =
      List.of(
          Registers.PEOPLE,
          Registers.ROLES,
          Registers.TRAINING,
          Registers.DOCUMENTS,
          Registers.OBJECTIVES,
          Registers.RISKS,
          Registers.REVIEWS,
          Registers.CERTIFICATES);

  /**
   * A scenario, the steps, the host rules' scopes, the audit rule's scope, and whether catalog A
   * asks for management review under its clause 1 (with {@link ManagementFixtures#REVIEW_INPUTS}).
   */
  record Input(Scenario scenario, List<Step> steps, List<Integer> scopes, int auditScope, boolean reviewClause) {}

  static final List<String> AUDIT_IDS = List.of("ia0", "ia1", "ia2");

  @Provide
  Arbitrary<Input> inputs() {
    return Combinators.combine(ConformityArbitraries.scenarios(), Arbitraries.frequency(Tuple.of(2, true), Tuple.of(1, false)))
        .as((s, reviewClause) -> reviewClause ? withReviewClause(s) : s)
        .flatMap(
            s -> {
              boolean reviewClause = s.system().catalog(A).orElseThrow().reviewClause().isPresent();
              List<RequirementId> ids = s.requirements();
              Arbitrary<String> evidenceIds = Arbitraries.of("e0", "e1", "e2", "e30", "e31");
              Arbitrary<String> findingIds = Arbitraries.of("f0", "f1", "f30");
              Arbitrary<Step> step =
                  Arbitraries.frequencyOf(
                      Tuple.of(4, evidenceIds.flatMap(id -> ConformityArbitraries.evidence(ids, id)).map(Put::new)),
                      Tuple.of(3, findingIds.flatMap(id -> ConformityArbitraries.findings(ids, id)).flatMap(ConformitySessionProperties::perhapsFromAnAudit).map(PutFinding::new)),
                      Tuple.of(1, evidenceIds.map(Remove::new)),
                      Tuple.of(1, findingIds.map(RemoveFinding::new)),
                      Tuple.of(
                          4,
                          Arbitraries.of(
                                  Duration.ZERO,
                                  Duration.ofSeconds(1),
                                  Duration.ofDays(1),
                                  Duration.ofDays(31),
                                  Duration.ofDays(70),
                                  Duration.ofDays(-2),
                                  Duration.ofDays(-40))
                              .map(Advance::new)),
                      Tuple.of(1, Arbitraries.of(0.3, 0.7).map(SetScore::new)),
                      Tuple.of(1, Arbitraries.just(new DropScore())),
                      Tuple.of(1, Arbitraries.of(ids).map(ToggleExclusion::new)),
                      Tuple.of(1, Arbitraries.just(new ToggleMappingSet())),
                      Tuple.of(26, advanceActions()),
                      Tuple.of(6, newActions()),
                      Tuple.of(4, closeFindings()),
                      Tuple.of(1, Arbitraries.integers().between(0, 7).map(RemoveAction::new)),
                      Tuple.of(8, audits()),
                      Tuple.of(1, Arbitraries.integers().between(0, 3).map(RemoveAudit::new)),
                      Tuple.of(3, Arbitraries.of("p1", "p2", "p3").map(PutPerson::new)),
                      Tuple.of(4, roles()),
                      Tuple.of(4, trainingRecords()),
                      Tuple.of(2, documents(Arbitraries.of("D1", "D2"))),
                      Tuple.of(3, advanceDocuments()),
                      Tuple.of(7, evidenceOnDocuments(s.system(), ids)),
                      Tuple.of(3, objectives(ids)),
                      Tuple.of(3, risks(ids)),
                      Tuple.of(5, reviews()),
                      Tuple.of(4, certificates()),
                      Tuple.of(
                          6,
                          // people and documents most: what others name
                          Combinators.combine(
                                  Arbitraries.frequency(
                                      Tuple.of(4, 0), Tuple.of(2, 1), Tuple.of(2, 2), Tuple.of(3, 3), Tuple.of(2, 4), Tuple.of(2, 5), Tuple.of(2, 6), Tuple.of(2, 7)),
                                  // the first items (p1, D1) are the ones named most
                                  Arbitraries.frequency(Tuple.of(3, 0), Tuple.of(1, 1), Tuple.of(1, 2), Tuple.of(1, 3)))
                              .as(RemoveManaged::new)),
                      Tuple.of(3, Arbitraries.integers().between(0, 5).map(RemoveNamed::new)));
              // most sequences start with two people and a document or two, so that what names them
              // is not refused all the time
              Arbitrary<List<Step>> setup =
                  Arbitraries.frequencyOf(
                      Tuple.of(2, Arbitraries.just(List.<Step>of())),
                      Tuple.of(
                          3,
                          documents(Arbitraries.just("D1")).map(d -> List.of(new PutPerson("p1"), new PutPerson("p2"), d))),
                      Tuple.of(
                          2,
                          Combinators.combine(documents(Arbitraries.just("D1")), documents(Arbitraries.just("D2")))
                              .as((d1, d2) -> List.of(new PutPerson("p1"), new PutPerson("p2"), d1, d2))),
                      Tuple.of(
                          2,
                          Combinators.combine(documents(Arbitraries.just("D1")), evidenceOnDocuments(s.system(), ids).list().ofSize(2))
                              .as((d1, e) -> List.of(new PutPerson("p1"), new PutPerson("p2"), d1, e.get(0), e.get(1)))));
              return Combinators.combine(
                      setup,
                      step.list().ofMinSize(8).ofMaxSize(36),
                      Arbitraries.integers().between(0, 5).list().ofMinSize(5).ofMaxSize(5),
                      Arbitraries.integers().between(0, 2))
                  .as(
                      (first, steps, scopes, auditScope) -> {
                        List<Step> all = new ArrayList<>(first);
                        all.addAll(steps);
                        return new Input(s, all, scopes, auditScope, reviewClause);
                      });
            });
  }

  /** The scenario with catalog A asking for management review under its clause 1. */
  private static Scenario withReviewClause(Scenario s) {
    QualitySystem system =
        ManagementFixtures.withCatalog(s.system(), ManagementFixtures.withReviewClause(s.system().catalog(A).orElseThrow(), "1"));
    return new Scenario(system, s.mappings(), s.requirements());
  }

  private static Instant asOfPlus(long days) {
    return AS_OF.plus(Duration.ofDays(days));
  }

  private static Duration days(long days) {
    return Duration.ofDays(days);
  }

  /** People the steps name: p1 to p3, which PutPerson puts, and seldom p9, which it never does. */
  private static Arbitrary<PersonId> people() {
    return Arbitraries.frequency(Tuple.of(6, "p1"), Tuple.of(4, "p2"), Tuple.of(1, "p3"), Tuple.of(1, "p9")).map(PersonId::of);
  }

  static final Competence SKILL = Competence.skill("Aseptic technique");

  private static Arbitrary<Step> roles() {
    Arbitrary<ClauseRef> owned =
        Arbitraries.frequencyOf(
            Tuple.of(12, Combinators.combine(Arbitraries.of(A, B), Arbitraries.of(CLAUSES)).as(ClauseRef::of)),
            Tuple.of(1, Arbitraries.of(A, B).map(c -> ClauseRef.of(c, UNKNOWN_CLAUSE))));
    Arbitrary<RoleAssignment> assignments =
        Combinators.combine(
                people(),
                Arbitraries.of(days(-300), days(-30), Duration.ofSeconds(-1), Duration.ZERO, days(10)),
                Arbitraries.of(Duration.ZERO, days(20), days(60)).optional(0.3))
            .as(
                (p, from, until) ->
                    new RoleAssignment(p, AS_OF.plus(from), until.map(AS_OF::plus).filter(u -> u.isAfter(AS_OF.plus(from)))));
    return Combinators.combine(
            Arbitraries.of("r1", "r2"),
            owned.set().ofMinSize(1).ofMaxSize(2),
            Arbitraries.of(SKILL, Competence.document("D1"), Competence.document("D2")).set().ofMinSize(1).ofMaxSize(2),
            assignments.list().ofMinSize(1).ofMaxSize(2))
        .as(
            (id, owns, requires, holders) ->
                new PutRole(
                    Role.builder()
                        .id(RoleId.of(id))
                        .name("Role " + id)
                        .owns(owns)
                        .requires(requires)
                        .holders(onePerPerson(holders))
                        .build()));
  }

  /** The first assignment of each person, so that none overlap. */
  private static List<RoleAssignment> onePerPerson(List<RoleAssignment> all) {
    Set<PersonId> seen = new java.util.HashSet<>();
    return all.stream().filter(a -> seen.add(a.person())).toList();
  }

  private static Arbitrary<Step> trainingRecords() {
    record Subject(Competence competence, Optional<String> version) {}
    Arbitrary<Subject> subjects =
        Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.just(new Subject(SKILL, Optional.empty()))),
            Tuple.of(
                4,
                Combinators.combine(
                        Arbitraries.of("D1", "D2"), Arbitraries.frequency(Tuple.of(5, "1"), Tuple.of(4, "2"), Tuple.of(1, "7")))
                    .as((d, v) -> new Subject(Competence.document(d), Optional.of(v)))));
    return Combinators.combine(
            Arbitraries.of("t1", "t2", "t3"),
            people(),
            subjects,
            Arbitraries.of(days(-200), days(-100), days(-40), Duration.ofSeconds(-1), Duration.ZERO, Duration.ofSeconds(1), days(10)),
            Arbitraries.of(days(30), days(100), days(400)).optional(0.5),
            Arbitraries.of(Duration.ZERO, days(10), days(95)).optional(0.5),
            Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false)))
        .as(
            (id, person, subject, completed, expiry, evaluated, effective) -> {
              Instant at = AS_OF.plus(completed);
              TrainingRecord r =
                  TrainingRecord.builder()
                      .id(TrainingRecordId.of(id))
                      .person(person)
                      .competence(subject.competence())
                      .documentVersion(subject.version())
                      .completedAt(at)
                      .expiresAt(expiry.map(at::plus))
                      .build();
              return new PutTraining(evaluated.isPresent() ? r.withEvaluation(at.plus(evaluated.get()), ManagementFixtures.APPROVER, effective) : r);
            });
  }

  private static Arbitrary<Step> documents(Arbitrary<String> ids) {
    return Combinators.combine(
            ids,
            Arbitraries.integers().between(30, 90),
            Arbitraries.frequency(
                Tuple.of(2, days(-300)),
                Tuple.of(2, days(-100)),
                Tuple.of(2, days(-45)),
                Tuple.of(1, days(-20)),
                Tuple.of(1, Duration.ofSeconds(-1)),
                Tuple.of(1, Duration.ZERO),
                Tuple.of(1, days(10))),
            Arbitraries.of(days(10), days(25), days(60)).optional(0.4),
            Arbitraries.of(days(1), days(15), days(40), days(100)).optional(0.75),
            Arbitraries.of(days(20), days(120)).optional(0.15))
        .as(PutDocument::new);
  }

  private static Arbitrary<Step> advanceDocuments() {
    return Combinators.combine(
            Arbitraries.of("D1", "D2"),
            Arbitraries.frequency(Tuple.of(6, DocMove.FORWARD), Tuple.of(3, DocMove.PERIODIC_REVIEW), Tuple.of(1, DocMove.WITHDRAW)),
            Arbitraries.of(days(-30), days(-2), Duration.ZERO, Duration.ofSeconds(1), days(1)),
            Arbitraries.of(Duration.ZERO, Duration.ofSeconds(1), days(3)),
            Arbitraries.of(30, 60, 90))
        .as(AdvanceDocument::new);
  }

  /**
   * Evidence on a document version for one requirement, mostly of a kind the requirement expects, so
   * that it is often the only evidence of that kind.
   */
  private static Arbitrary<Step> evidenceOnDocuments(QualitySystem system, List<RequirementId> ids) {
    Arbitrary<DocumentVersionRef> refs =
        Combinators.combine(
                Arbitraries.frequency(Tuple.of(5, "D1"), Tuple.of(1, "D2")), Arbitraries.frequency(Tuple.of(10, "1"), Tuple.of(3, "2"), Tuple.of(1, "9")))
            .as((d, v) -> DocumentVersionRef.of(DocumentId.of(d), v));
    record Target(RequirementId requirement, EvidenceKind kind) {}
    Arbitrary<Target> targets =
        Arbitraries.of(ids)
            .flatMap(
                r -> {
                  List<EvidenceKind> expected = List.copyOf(system.requirement(r).orElseThrow().requirement().expectedEvidence());
                  Arbitrary<EvidenceKind> any = Arbitraries.of(EvidenceKind.PROCEDURE, EvidenceKind.RECORD, EvidenceKind.TRAINING_RECORD, EvidenceKind.DOCUMENT);
                  return (expected.isEmpty() ? any : Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(expected)), Tuple.of(1, any)))
                      .map(k -> new Target(r, k));
                });
    return Combinators.combine(
            Arbitraries.of("e0", "e1", "ed0", "ed1", "ed2"),
            targets,
            Arbitraries.frequency(Tuple.of(8, EvidenceStatus.ACCEPTED), Tuple.of(1, EvidenceStatus.DRAFT), Tuple.of(1, EvidenceStatus.REJECTED)),
            Arbitraries.frequency(
                Tuple.of(3, days(-300)), Tuple.of(3, days(-30)), Tuple.of(1, Duration.ofSeconds(-1)), Tuple.of(1, Duration.ZERO), Tuple.of(1, Duration.ofSeconds(1))),
            refs)
        .as(
            (id, target, status, collected, ref) ->
                new PutEvidenceOnDocument(
                    Evidence.builder()
                        .id(EvidenceId.of(id))
                        .addRequirement(target.requirement())
                        .kind(target.kind())
                        .status(status)
                        .collectedAt(AS_OF.plus(collected))
                        .effectiveFrom(AS_OF.plus(collected))
                        .owner("owner")
                        .reference("urn:ev:" + id)
                        .document(ref)
                        .build()));
  }

  /** Requirements of the scenario, and seldom one no catalog holds. */
  private static Arbitrary<Set<RequirementId>> requirements(List<RequirementId> ids, int min) {
    return Arbitraries.frequencyOf(Tuple.of(15, Arbitraries.of(ids)), Tuple.of(1, Arbitraries.just(RequirementId.of("z:9/9-0"))))
        .set()
        .ofMinSize(min)
        .ofMaxSize(2);
  }

  private static Arbitrary<Step> objectives(List<RequirementId> ids) {
    Arbitrary<Measurement> measurements =
        Combinators.combine(Arbitraries.of(-90L, -45L, -20L, -5L, 0L, 3L, 15L), Arbitraries.frequency(Tuple.of(2, 80.0), Tuple.of(1, 90.0), Tuple.of(1, 95.0)))
            .as((d, v) -> Measurement.of(asOfPlus(d), v));
    return Combinators.combine(
            Arbitraries.of("o1", "o2"),
            requirements(ids, 1),
            Arbitraries.of(-60L, -10L, 5L),
            Arbitraries.integers().between(10, 40),
            measurements.list().ofMaxSize(3).uniqueElements(Measurement::at))
        .as((id, reqs, first, interval, ms) -> new PutObjective(ManagementFixtures.objective(id, reqs, asOfPlus(first), interval, ms)));
  }

  private static Arbitrary<Step> risks(List<RequirementId> ids) {
    return Combinators.combine(
            Arbitraries.of("k1", "k2"),
            Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Set.<RequirementId>of())), Tuple.of(6, requirements(ids, 1))),
            Arbitraries.of(-200L, -95L, -40L, -1L, 0L, 5L),
            Arbitraries.integers().between(1, 3))
        .as((id, reqs, reviewed, months) -> new PutRisk(ManagementFixtures.risk(id, reqs, asOfPlus(reviewed), months)));
  }

  private static Arbitrary<Step> reviews() {
    Arbitrary<CatalogId> catalogs = Arbitraries.frequency(Tuple.of(8, A), Tuple.of(3, B), Tuple.of(1, CatalogId.of("z:9")));
    return Combinators.combine(
            Arbitraries.of("mr1", "mr2"),
            catalogs.set().ofMinSize(1).ofMaxSize(2),
            Arbitraries.frequency(Tuple.of(3, -400L), Tuple.of(2, -370L), Tuple.of(2, -300L), Tuple.of(1, -30L), Tuple.of(1, 0L), Tuple.of(1, 10L)),
            Arbitraries.of(ManagementFixtures.REVIEW_INPUTS.stream().map(i -> i.code()).toList()).set().ofMaxSize(2))
        .as((id, cs, held, codes) -> new PutReview(ManagementFixtures.review(id, cs, asOfPlus(held), new java.util.TreeSet<>(codes))));
  }

  private static Arbitrary<Step> certificates() {
    return Combinators.combine(
            Arbitraries.of("c1", "c2"),
            Arbitraries.frequency(Tuple.of(8, A), Tuple.of(2, B), Tuple.of(1, CatalogId.of("z:9"))),
            Arbitraries.frequency(Tuple.of(1, 1), Tuple.of(1, 2), Tuple.of(1, 3), Tuple.of(6, 4)),
            Arbitraries.frequency(Tuple.of(1, -800L), Tuple.of(2, -400L), Tuple.of(2, -380L), Tuple.of(2, -340L), Tuple.of(1, -100L)),
            Arbitraries.frequency(Tuple.of(3, 0), Tuple.of(1, 1), Tuple.of(1, 2)),
            Arbitraries.frequency(Tuple.of(5, false), Tuple.of(1, true)))
        .as((id, catalog, stages, decision, surveillances, suspended) ->
            new PutCertificate(ManagementFixtures.certificate(id, catalog, stages, asOfPlus(decision), surveillances, suspended)));
  }

  /** Most findings come from no audit; some name an audit the session may or may not hold. */
  private static Arbitrary<Finding> perhapsFromAnAudit(Finding f) {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.just(f)),
        Tuple.of(1, Arbitraries.of(AUDIT_IDS).map(a -> ImmutableFinding.copyOf(f).withAudit(AuditId.of(a)))));
  }

  private static Arbitrary<Step> advanceActions() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 7),
            Arbitraries.frequency(
                Tuple.of(1, Duration.ofDays(-40)),
                Tuple.of(1, Duration.ofDays(-2)),
                Tuple.of(3, Duration.ZERO),
                Tuple.of(2, Duration.ofSeconds(1)),
                Tuple.of(3, Duration.ofDays(1)),
                Tuple.of(2, Duration.ofDays(10)),
                Tuple.of(1, Duration.ofDays(31))),
            Arbitraries.frequency(
                Tuple.of(10, Move.FORWARD),
                Tuple.of(2, Move.FAIL_TO_ROOT_CAUSE),
                Tuple.of(2, Move.FAIL_TO_PLANNING),
                Tuple.of(1, Move.REPLAN),
                Tuple.of(2, Move.LINK),
                Tuple.of(1, Move.CANCEL)),
            Arbitraries.integers().between(0, 20),
            Arbitraries.of(Duration.ofDays(1), Duration.ofDays(10), Duration.ofDays(30)))
        .as(AdvanceAction::new);
  }

  private static Arbitrary<Step> newActions() {
    return Combinators.combine(
            Arbitraries.of("ca5", "ca10", "ca11", "ca12"),
            Arbitraries.integers().between(0, 7),
            Arbitraries.integers().between(0, 7).optional(0.3),
            Arbitraries.of(Duration.ofDays(-40), Duration.ofDays(-2), Duration.ZERO, Duration.ofSeconds(1), Duration.ofDays(1)))
        .as(NewAction::new);
  }

  private static Arbitrary<Step> closeFindings() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 7),
            Arbitraries.frequency(
                Tuple.of(1, Duration.ofSeconds(-1)),
                Tuple.of(3, Duration.ZERO),
                Tuple.of(1, Duration.ofSeconds(1)),
                Tuple.of(2, Duration.ofDays(1)),
                Tuple.of(1, Duration.ofDays(40))))
        .as(CloseFinding::new);
  }

  private static Arbitrary<Step> audits() {
    Arbitrary<ClauseRef> known =
        Combinators.combine(Arbitraries.of(A, B), Arbitraries.of(CLAUSES)).as(ClauseRef::of);
    Arbitrary<ClauseRef> clauses =
        Arbitraries.frequencyOf(Tuple.of(12, known), Tuple.of(1, Arbitraries.of(A, B).map(c -> ClauseRef.of(c, UNKNOWN_CLAUSE))));
    return Combinators.combine(
            Arbitraries.of(AUDIT_IDS),
            Arbitraries.frequency(Tuple.of(5, AuditKind.INTERNAL), Tuple.of(1, AuditKind.SUPPLIER)),
            clauses.set().ofMinSize(1).ofMaxSize(2),
            Arbitraries.of(
                    Duration.ofDays(-300),
                    Duration.ofDays(-45),
                    Duration.ofDays(-39),
                    Duration.ofDays(-10),
                    Duration.ofSeconds(-1),
                    Duration.ZERO,
                    Duration.ofSeconds(1),
                    Duration.ofDays(30))
                .optional(0.85))
        .as(PutAudit::new);
  }

  /** Scopes for the host rules, picked by index: catalogs, a clause, a requirement. */
  private static RuleScope scope(int pick, Scenario s) {
    switch (pick) {
      case 0:
        return RuleScope.catalog(A);
      case 1:
        return RuleScope.catalog(B);
      case 2:
        return RuleScope.clause(ClauseRef.of(A, "1"));
      case 3:
        return RuleScope.clause(ClauseRef.of(B, "2"));
      case 4:
        return RuleScope.requirement(s.requirements().get(0));
      default:
        return RuleScope.requirement(s.requirements().get(s.requirements().size() - 1));
    }
  }

  private static RuleScope auditScope(int pick) {
    switch (pick) {
      case 0:
        return RuleScope.all();
      case 1:
        return RuleScope.catalog(A);
      default:
        return RuleScope.catalog(B);
    }
  }

  private static ConformityEngine engine(Input input) {
    Scenario s = input.scenario();
    return ConformityEngine.builder()
        .addRule(scope(input.scopes().get(0), s), READS_FINDINGS)
        .addRule(scope(input.scopes().get(1), s), READS_SCORE)
        .addRule(scope(input.scopes().get(2), s), STALE)
        .addRule(scope(input.scopes().get(3), s), UNDECLARED)
        .addRule(scope(input.scopes().get(4), s), READS_ACTIONS)
        .addRule(auditScope(input.auditScope()), Rules.auditCoverage(Period.ofDays(40), Optional.of(Verdict.PARTIALLY_CONFORMING)))
        .build();
  }

  private static MappingSet mappingSet(Scenario s) {
    return MappingSet.builder()
        .id(MappingSetId.of("a-to-b"))
        .version("1")
        .title("a to b")
        .sourceCatalog(A)
        .targetCatalog(B)
        .mappings(
            s.mappings().stream()
                .collect(java.util.stream.Collectors.toMap(m -> List.of(m.source(), m.target()), m -> m, (x, y) -> x))
                .values())
        .build();
  }

  /** What became of a step. */
  enum Outcome {
    APPLIED,
    SKIPPED,
    REFUSED
  }

  /** The reasons of the built-in management-system rules, each to be reached in a fair share of tries. */
  static final List<ReasonCode> MANAGEMENT_CODES =
      List.of(
          ReasonCode.TRAINING_GAP,
          ReasonCode.EVIDENCE_ON_OBSOLETE_DOCUMENT,
          ReasonCode.DOCUMENT_REVIEW_OVERDUE,
          ReasonCode.INDICATOR_BELOW_TARGET,
          ReasonCode.INDICATOR_OVERDUE,
          ReasonCode.RISK_REVIEW_OVERDUE,
          ReasonCode.CERTIFICATE_AUDIT_OVERDUE,
          ReasonCode.MANAGEMENT_REVIEW_MISSING,
          ReasonCode.MANAGEMENT_REVIEW_OVERDUE,
          ReasonCode.REVIEW_INPUTS_MISSING);

  @Property(tries = 250)
  void session_afterAnyChangesAndMoves_equalsAFullEvaluation(@ForAll("inputs") Input input) {
    Scenario s = input.scenario();
    ConformityEngine engine = engine(input);
    MappingSet set = mappingSet(s);
    ConformitySession session = engine.session(s.system(), AS_OF);
    boolean overdue = hasReason(session.report(), ReasonCode.CORRECTIVE_ACTION_OVERDUE);
    boolean withoutAction = hasReason(session.report(), ReasonCode.NONCONFORMITY_WITHOUT_ACTION);
    RuleScope audited = auditScope(input.auditScope());
    boolean covered = coveredByAnAudit(session.report(), audited);
    boolean[] reached = new boolean[MANAGEMENT_CODES.size()];
    for (Step step : input.steps()) {
      ConformityReport before = session.report();
      QualitySystem systemBefore = session.system();
      Instant asOfBefore = session.asOf();
      Outcome outcome;
      try {
        outcome = apply(session, step, set) ? Outcome.APPLIED : Outcome.SKIPPED;
      } catch (InvalidSystemException refused) {
        outcome = Outcome.REFUSED;
        assertThat(session.report()).isSameAs(before);
        assertThat(session.system()).isSameAs(systemBefore);
        assertThat(session.asOf()).isEqualTo(asOfBefore);
        assertThat(refused.problems()).isNotEmpty();
        refused.problems().forEach(p -> assertThat(p.message()).isNotBlank());
        if (isManaged(step)) {
          Statistics.label("management steps refused as").collect(refused.problems().get(0).kind());
        }
      }
      Statistics.label("steps").collect(stepName(step), outcome);
      // every snapshot the session reaches is one the builder accepts: no reference left dangling
      assertThat(session.system().toBuilder().build()).as("rebuilt after %s", step).isEqualTo(session.system());
      ConformityReport full = engine.evaluate(session.system(), session.asOf());
      assertThat(session.report().results()).as("after %s", step).containsExactlyElementsOf(full.results());
      assertThat(session.report()).as("after %s", step).isEqualTo(full);
      assertThat(session.report().overall()).isEqualTo(full.overall());
      overdue |= hasReason(session.report(), ReasonCode.CORRECTIVE_ACTION_OVERDUE);
      withoutAction |= hasReason(session.report(), ReasonCode.NONCONFORMITY_WITHOUT_ACTION);
      covered |= coveredByAnAudit(session.report(), audited);
      for (int k = 0; k < MANAGEMENT_CODES.size(); k++) {
        reached[k] |= hasReason(session.report(), MANAGEMENT_CODES.get(k));
      }
    }
    for (int k = 0; k < MANAGEMENT_CODES.size(); k++) {
      Statistics.label("reached " + MANAGEMENT_CODES.get(k)).collect(reached[k]);
    }
    Statistics.label("catalog A asks for management review").collect(input.reviewClause());
    Statistics.label("reached CORRECTIVE_ACTION_OVERDUE").collect(overdue);
    Statistics.label("reached NONCONFORMITY_WITHOUT_ACTION").collect(withoutAction);
    Statistics.label("some requirement in the audit rule's scope covered").collect(covered);
    // lowered from 15 and 7 when the management steps came (they now give 18-30 and 10-13)
    Statistics.label("reached CORRECTIVE_ACTION_OVERDUE").coverage(c -> c.check(true).percentage(p -> p >= 5.5));
    Statistics.label("some requirement in the audit rule's scope covered").coverage(c -> c.check(true).percentage(p -> p >= 3));
    Statistics.label("steps")
        .coverage(
            c -> {
              // about a third of what a run of 250 tries gives (two thirds for large counts), so
              // that a random seed does not fail the build; each step must still happen
              c.check("AdvanceAction", Outcome.APPLIED).count(n -> n >= 73);
              c.check("NewAction", Outcome.APPLIED).count(n -> n >= 46);
              c.check("NewAction", Outcome.REFUSED).count(n -> n >= 1);
              c.check("CloseFinding", Outcome.APPLIED).count(n -> n >= 2);
              c.check("CloseFinding", Outcome.REFUSED).count(n -> n >= 6);
              c.check("RemoveAction", Outcome.APPLIED).count(n -> n >= 2);
              c.check("PutAudit", Outcome.APPLIED).count(n -> n >= 66);
              c.check("PutAudit", Outcome.REFUSED).count(n -> n >= 5);
              c.check("RemoveAudit", Outcome.APPLIED).count(n -> n >= 1);
              c.check("PutFinding", Outcome.REFUSED).count(n -> n >= 13);
              // the management-system registers
              c.check("PutPerson", Outcome.APPLIED).count(n -> n >= 153);
              c.check("PutRole", Outcome.APPLIED).count(n -> n >= 9);
              c.check("PutRole", Outcome.REFUSED).count(n -> n >= 10);
              c.check("PutTraining", Outcome.APPLIED).count(n -> n >= 6);
              c.check("PutTraining", Outcome.REFUSED).count(n -> n >= 11);
              c.check("PutDocument", Outcome.APPLIED).count(n -> n >= 86);
              c.check("AdvanceDocument", Outcome.APPLIED).count(n -> n >= 10);
              c.check("PutEvidenceOnDocument", Outcome.APPLIED).count(n -> n >= 56);
              c.check("PutEvidenceOnDocument", Outcome.REFUSED).count(n -> n >= 46);
              c.check("PutObjective", Outcome.APPLIED).count(n -> n >= 11);
              c.check("PutObjective", Outcome.REFUSED).count(n -> n >= 1);
              c.check("PutRisk", Outcome.APPLIED).count(n -> n >= 13);
              c.check("PutRisk", Outcome.REFUSED).count(n -> n >= 2);
              c.check("PutReview", Outcome.APPLIED).count(n -> n >= 15);
              c.check("PutReview", Outcome.REFUSED).count(n -> n >= 5);
              c.check("PutCertificate", Outcome.APPLIED).count(n -> n >= 13);
              c.check("PutCertificate", Outcome.REFUSED).count(n -> n >= 2);
              c.check("RemoveNamed", Outcome.REFUSED).count(n -> n >= 6);
              c.check("Remove people", Outcome.APPLIED).count(n -> n >= 4);
              c.check("Remove documents", Outcome.APPLIED).count(n -> n >= 2);
            });
    Statistics.label("management steps refused as")
        .coverage(
            c -> {
              c.check(org.qms4j.system.SystemProblem.Kind.UNKNOWN_REFERENCE).count(n -> n >= 126);
              c.check(org.qms4j.system.SystemProblem.Kind.STILL_REFERENCED).count(n -> n >= 8);
            });
    // each built-in management rule gives its reason in a fair share of the tries: about a
    // quarter of what runs of 250 tries gave, so that a random seed does not fail the build (in %: training gap 10-18, obsolete document 8-15,
    // document review 10-16, below target 7-14, indicator overdue 13-20, risk review 7-14,
    // certificate audit 6-12, review missing 56-61, review overdue 5-12, inputs missing 6-15)
    Statistics.label("reached TRAINING_GAP").coverage(c -> c.check(true).percentage(p -> p >= 2.5));
    Statistics.label("reached EVIDENCE_ON_OBSOLETE_DOCUMENT").coverage(c -> c.check(true).percentage(p -> p >= 2));
    Statistics.label("reached DOCUMENT_REVIEW_OVERDUE").coverage(c -> c.check(true).percentage(p -> p >= 2.5));
    Statistics.label("reached INDICATOR_BELOW_TARGET").coverage(c -> c.check(true).percentage(p -> p >= 2));
    Statistics.label("reached INDICATOR_OVERDUE").coverage(c -> c.check(true).percentage(p -> p >= 3.5));
    Statistics.label("reached RISK_REVIEW_OVERDUE").coverage(c -> c.check(true).percentage(p -> p >= 2.25));
    Statistics.label("reached CERTIFICATE_AUDIT_OVERDUE").coverage(c -> c.check(true).percentage(p -> p >= 2));
    Statistics.label("reached MANAGEMENT_REVIEW_MISSING").coverage(c -> c.check(true).percentage(p -> p >= 12.5));
    Statistics.label("reached MANAGEMENT_REVIEW_OVERDUE").coverage(c -> c.check(true).percentage(p -> p >= 1.75));
    Statistics.label("reached REVIEW_INPUTS_MISSING").coverage(c -> c.check(true).percentage(p -> p >= 1.75));
  }

  private static boolean isManaged(Step step) {
    return step instanceof PutPerson
        || step instanceof PutRole
        || step instanceof PutTraining
        || step instanceof PutDocument
        || step instanceof AdvanceDocument
        || step instanceof PutEvidenceOnDocument
        || step instanceof PutObjective
        || step instanceof PutRisk
        || step instanceof PutReview
        || step instanceof PutCertificate
        || step instanceof RemoveManaged
        || step instanceof RemoveNamed;
  }

  /**
   * Reasons are derived lazily where only built-in rules judged a requirement: after any sequence,
   * read only at the end, the session's report gives every requirement the verdict and the reasons
   * a full evaluation gives, and so does every report the session returned on the way, read only
   * after the session moved on.
   */
  @Property(tries = 150)
  void session_afterAnySequence_givesTheReasonsOfAFullEvaluation_andKeptReportsStayRight(@ForAll("inputs") Input input) {
    Scenario s = input.scenario();
    ConformityEngine engine = engine(input);
    MappingSet set = mappingSet(s);
    ConformitySession session = engine.session(s.system(), AS_OF);
    record Kept(ConformityReport report, QualitySystem system, Instant asOf, String after) {}
    List<Kept> kept = new ArrayList<>();
    kept.add(new Kept(session.report(), session.system(), session.asOf(), "start"));
    for (Step step : input.steps()) {
      ConformityReport before = session.report();
      try {
        apply(session, step, set);
      } catch (InvalidSystemException refused) {
        assertThat(session.report()).isSameAs(before);
      }
      kept.add(new Kept(session.report(), session.system(), session.asOf(), String.valueOf(step)));
    }
    assertSameReasons(session.report(), engine.evaluate(session.system(), session.asOf()), "at the end");
    for (Kept k : kept) {
      assertSameReasons(k.report(), engine.evaluate(k.system(), k.asOf()), "kept after " + k.after());
    }
  }

  private static void assertSameReasons(ConformityReport actual, ConformityReport full, String when) {
    assertThat(actual.asOf()).as(when).isEqualTo(full.asOf());
    List<RequirementResult> a = actual.results();
    List<RequirementResult> f = full.results();
    assertThat(a).as(when).hasSameSizeAs(f);
    for (int i = 0; i < a.size(); i++) {
      RequirementResult x = a.get(i);
      RequirementResult y = f.get(i);
      assertThat(x.requirement()).as(when).isEqualTo(y.requirement());
      assertThat(x.clause()).as("%s: clause of %s", when, x.requirement()).isEqualTo(y.clause());
      assertThat(x.verdict()).as("%s: verdict of %s", when, x.requirement()).isEqualTo(y.verdict());
      assertThat(x.reasons()).as("%s: reasons of %s", when, x.requirement()).containsExactlyElementsOf(y.reasons());
    }
    assertThat(actual).as(when).isEqualTo(full);
  }

  /** Tells whether some applicable requirement the audit rule judges has no CLAUSE_NOT_AUDITED reason. */
  private static boolean coveredByAnAudit(ConformityReport report, RuleScope scope) {
    return report.results().stream()
        .anyMatch(
            r ->
                r.verdict() != Verdict.NOT_APPLICABLE
                    && (scope.equals(RuleScope.all()) || scope.equals(RuleScope.catalog(r.clause().catalog())))
                    && !r.hasReason(ReasonCode.CLAUSE_NOT_AUDITED));
  }

  private static boolean hasReason(ConformityReport report, ReasonCode code) {
    return report.results().stream().anyMatch(r -> r.hasReason(code));
  }

  /** Applies a step; false if it was skipped because the session holds nothing it applies to. */
  private static boolean apply(ConformitySession session, Step step, MappingSet set) {
    if (step instanceof Put p) {
      session.putEvidence(p.item());
    } else if (step instanceof PutFinding p) {
      session.putFinding(p.finding());
    } else if (step instanceof Remove r) {
      session.removeEvidence(EvidenceId.of(r.id()));
    } else if (step instanceof RemoveFinding r) {
      session.removeFinding(FindingId.of(r.id()));
    } else if (step instanceof Advance a) {
      session.advanceTo(session.asOf().plus(a.by()));
    } else if (step instanceof SetScore sc) {
      session.putHostFact(SCORE, new Score(sc.value()));
    } else if (step instanceof DropScore) {
      session.removeHostFact(SCORE);
    } else if (step instanceof ToggleExclusion t) {
      Exclusion e = Exclusion.ofRequirement(t.requirement(), "Not performed.");
      if (session.system().exclusions().contains(e)) {
        session.removeExclusion(e);
      } else {
        session.putExclusion(e);
      }
    } else if (step instanceof ToggleMappingSet) {
      if (session.system().mappingSet(set.id()).isPresent()) {
        session.removeMappingSet(set.id());
      } else {
        session.putMappingSet(set);
      }
    } else if (step instanceof AdvanceAction a) {
      return advanceAction(session, a);
    } else if (step instanceof NewAction n) {
      return newAction(session, n);
    } else if (step instanceof CloseFinding c) {
      return closeFinding(session, c);
    } else if (step instanceof RemoveAction r) {
      List<CorrectiveAction> actions = session.system().correctiveActions();
      if (actions.isEmpty()) {
        return false;
      }
      session.remove(Registers.CORRECTIVE_ACTIONS, actions.get(Math.floorMod(r.pick(), actions.size())).id());
    } else if (step instanceof PutAudit p) {
      session.put(Registers.AUDITS, audit(p));
    } else if (step instanceof RemoveAudit r) {
      List<Audit> audits = session.system().audits();
      if (audits.isEmpty()) {
        return false;
      }
      session.remove(Registers.AUDITS, audits.get(Math.floorMod(r.pick(), audits.size())).id());
    } else if (step instanceof PutPerson p) {
      session.put(Registers.PEOPLE, ManagementFixtures.person(p.id()));
    } else if (step instanceof PutRole p) {
      session.put(Registers.ROLES, p.role());
    } else if (step instanceof PutTraining p) {
      session.put(Registers.TRAINING, p.record());
    } else if (step instanceof PutDocument p) {
      return putDocument(session, p);
    } else if (step instanceof AdvanceDocument a) {
      return advanceDocument(session, a);
    } else if (step instanceof PutEvidenceOnDocument p) {
      session.putEvidence(p.item());
    } else if (step instanceof PutObjective p) {
      session.put(Registers.OBJECTIVES, p.objective());
    } else if (step instanceof PutRisk p) {
      session.put(Registers.RISKS, p.risk());
    } else if (step instanceof PutReview p) {
      session.put(Registers.REVIEWS, p.review());
    } else if (step instanceof PutCertificate p) {
      session.put(Registers.CERTIFICATES, p.certificate());
    } else if (step instanceof RemoveManaged r) {
      return removeManaged(session, MANAGED.get(r.register()), r.pick());
    } else if (step instanceof RemoveNamed r) {
      return removeNamed(session, r.pick());
    }
    return true;
  }

  /** What a step is called in the statistics: its record's name, and the register for a removal. */
  private static String stepName(Step step) {
    return step instanceof RemoveManaged r ? "Remove " + MANAGED.get(r.register()).name() : step.getClass().getSimpleName();
  }

  private static boolean putDocument(ConformitySession session, PutDocument p) {
    DocumentId id = DocumentId.of(p.id());
    if (session.system().register(Registers.DOCUMENTS).contains(id)) {
      // replacing a document by another history may drop a version evidence or training rests on,
      // which the system accepts (see ManagementRegistersTest): documents only move forward here
      Statistics.label("PutDocument skipped").collect("held already");
      return false;
    }
    session.put(
        Registers.DOCUMENTS,
        ManagementFixtures.document(id, p.reviewDays(), AS_OF.plus(p.effective1()), p.reviewAfter(), p.secondAfter(), p.withdrawAfter()));
    return true;
  }

  private static boolean advanceDocument(ConformitySession session, AdvanceDocument step) {
    DocumentId id = DocumentId.of(step.id());
    Instant at = session.asOf().plus(step.offset());
    Optional<ControlledDocument> held = session.system().register(Registers.DOCUMENTS).get(id);
    By author = By.of(ManagementFixtures.AUTHOR, at);
    By approver = By.of(ManagementFixtures.APPROVER, at);
    ControlledDocument next;
    if (held.isEmpty()) {
      next = ControlledDocument.create(id, "Procedure " + id.value(), Period.ofDays(step.reviewDays()), author).draft("1", author);
    } else {
      ControlledDocument d = held.get();
      if (at.isBefore(d.history().last().orElseThrow().at())) {
        Statistics.label("AdvanceDocument skipped").collect("before the last event");
        return false;
      }
      List<String> versions = d.versions();
      String latest = versions.get(versions.size() - 1);
      try {
        if (step.move() == DocMove.WITHDRAW) {
          next = d.withdraw(approver.because("Replaced by another procedure."));
        } else if (step.move() == DocMove.PERIODIC_REVIEW && d.effectiveVersionAt(at).isPresent()) {
          next = d.recordPeriodicReview(approver);
        } else if (d.effectiveFrom(latest).isPresent()) {
          next = versions.size() < 3 ? d.draft(String.valueOf(versions.size() + 1), author) : d.recordPeriodicReview(approver);
        } else if (d.approvedBy(latest).isPresent()) {
          next = d.makeEffective(latest, at.plus(step.effectiveIn()), approver);
        } else {
          next = d.approve(latest, approver);
        }
      } catch (IllegalDocumentTransitionException e) {
        Statistics.label("AdvanceDocument skipped").collect("gate not met");
        return false;
      }
    }
    held.ifPresent(d -> assertThat(next.history().events()).startsWith(d.history().events().toArray(new org.qms4j.history.Event[0])));
    session.put(Registers.DOCUMENTS, next);
    return true;
  }

  private static boolean removeNamed(ConformitySession session, int pick) {
    QualitySystem system = session.system();
    List<Object> named = new ArrayList<>();
    for (Role r : system.register(Registers.ROLES).items()) {
      r.holders().forEach(a -> named.add(a.person()));
    }
    system.register(Registers.TRAINING).items().forEach(t -> named.add(t.person()));
    system.evidence().forEach(e -> e.document().ifPresent(d -> named.add(d.document())));
    if (named.isEmpty()) {
      return false;
    }
    Object id = named.get(Math.floorMod(pick, named.size()));
    try {
      if (id instanceof PersonId p) {
        session.remove(Registers.PEOPLE, p);
      } else {
        session.remove(Registers.DOCUMENTS, (DocumentId) id);
      }
    } catch (InvalidSystemException refused) {
      assertThat(refused.problems())
          .as("removing %s", id)
          .extracting(org.qms4j.system.SystemProblem::kind)
          .containsOnly(org.qms4j.system.SystemProblem.Kind.STILL_REFERENCED);
      assertThat(refused.problems()).allSatisfy(p -> assertThat(p.element()).contains(id.toString()));
      throw refused;
    }
    throw new AssertionError("removing " + id + ", which an item names, was accepted");
  }

  private static <K extends Comparable<? super K>, T> boolean removeManaged(ConformitySession session, RegisterType<K, T> type, int pick) {
    List<T> items = session.system().register(type).items();
    if (items.isEmpty()) {
      return false;
    }
    T item = items.get(Math.floorMod(pick, items.size()));
    if (item instanceof ControlledDocument d
        && session.system().register(Registers.TRAINING).items().stream()
            .anyMatch(t -> t.competence().documentId().equals(Optional.of(d.id().value())))) {
      // the system would accept it and keep the training record's dangling reference (see
      // ManagementRegistersTest): not a move this property makes
      Statistics.label("Remove documents skipped").collect("a training record is on it");
      return false;
    }
    session.remove(type, type.idOf(item));
    return true;
  }

  private static boolean advanceAction(ConformitySession session, AdvanceAction step) {
    QualitySystem system = session.system();
    List<CorrectiveAction> open = system.correctiveActions().stream().filter(a -> a.state().isOpen()).toList();
    if (open.isEmpty()) {
      Statistics.label("AdvanceAction skipped").collect("no open action");
      return false;
    }
    CorrectiveAction a = open.get(Math.floorMod(step.pick(), open.size()));
    Instant at = session.asOf().plus(step.offset());
    if (at.isBefore(a.history().last().orElseThrow().at())) {
      Statistics.label("AdvanceAction skipped").collect("before the last event");
      return false;
    }
    Optional<CorrectiveAction> next = next(a, step, at, system);
    if (next.isEmpty()) {
      Statistics.label("AdvanceAction skipped").collect("no evidence to implement with");
      return false;
    }
    assertThat(next.get().history().events()).startsWith(a.history().events().toArray(new org.qms4j.history.Event[0]));
    session.put(Registers.CORRECTIVE_ACTIONS, next.get());
    return true;
  }

  /** The action's next legal transition for the step, or empty if it has none the step can make. */
  private static Optional<CorrectiveAction> next(CorrectiveAction a, AdvanceAction step, Instant at, QualitySystem system) {
    List<EvidenceId> evidence = system.evidence().stream().map(Evidence::id).toList();
    switch (step.move()) {
      case CANCEL:
        return Optional.of(a.cancel(By.of(CapaFixtures.QUALITY, at).because("Superseded by another action.")));
      case LINK:
        {
          List<FindingId> unlinked =
              system.findings().stream().map(Finding::id).filter(f -> !a.findings().contains(f)).toList();
          if (!unlinked.isEmpty()) {
            return Optional.of(a.linkFinding(unlinked.get(Math.floorMod(step.item(), unlinked.size())), By.of(CapaFixtures.QUALITY, at)));
          }
          break;
        }
      case REPLAN:
        if (a.rootCause().isPresent() && (a.state() == ActionState.ROOT_CAUSE_IDENTIFIED || a.state() == ActionState.PLANNED)) {
          return Optional.of(a.plan("Revised plan.", CapaFixtures.OWNER, at.plus(step.dueIn()), By.of(CapaFixtures.QUALITY, at)));
        }
        break;
      default:
        break;
    }
    switch (a.state()) {
      case OPENED:
        return Optional.of(a.recordCorrection("Contained.", By.of(CapaFixtures.OWNER, at)));
      case CORRECTED:
        return Optional.of(a.identifyRootCause("Found.", By.of(CapaFixtures.QUALITY, at)));
      case ROOT_CAUSE_IDENTIFIED:
        return Optional.of(a.plan("Fix it.", CapaFixtures.OWNER, at.plus(step.dueIn()), By.of(CapaFixtures.QUALITY, at)));
      case PLANNED:
        if (evidence.isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(a.implement(Set.of(evidence.get(Math.floorMod(step.item(), evidence.size()))), By.of(CapaFixtures.OWNER, at)));
      case IMPLEMENTED:
        {
          // the implementation's evidence is held (it cannot be removed), so there is some
          EvidenceId check = evidence.get(Math.floorMod(step.item(), evidence.size()));
          By verifier = By.of(CapaFixtures.AUDITOR, at);
          switch (step.move()) {
            case FAIL_TO_ROOT_CAUSE:
              return Optional.of(a.failEffectiveness(CorrectiveAction.Rework.ROOT_CAUSE_ANALYSIS, Set.of(check), verifier));
            case FAIL_TO_PLANNING:
              return Optional.of(a.failEffectiveness(CorrectiveAction.Rework.PLANNING, Set.of(), verifier));
            default:
              return Optional.of(a.verifyEffectiveness(Set.of(check), verifier));
          }
        }
      case EFFECTIVENESS_VERIFIED:
        return Optional.of(a.close(By.of(CapaFixtures.QUALITY, at)));
      default:
        return Optional.empty();
    }
  }

  private static boolean newAction(ConformitySession session, NewAction step) {
    List<Finding> findings = session.system().findings();
    if (findings.isEmpty()) {
      return false;
    }
    Set<FindingId> linked = new java.util.TreeSet<>();
    linked.add(findings.get(Math.floorMod(step.pick(), findings.size())).id());
    step.second().ifPresent(k -> linked.add(findings.get(Math.floorMod(k, findings.size())).id()));
    CorrectiveAction a =
        CorrectiveAction.open(
            CorrectiveActionId.of(step.id()), "Answer " + linked, linked, By.of(CapaFixtures.QUALITY, session.asOf().plus(step.offset())));
    session.put(Registers.CORRECTIVE_ACTIONS, a);
    return true;
  }

  private static boolean closeFinding(ConformitySession session, CloseFinding step) {
    QualitySystem system = session.system();
    List<Finding> open =
        system.findings().stream().filter(f -> f.grade().isNonconformity() && f.closedAt().isEmpty()).toList();
    List<Finding> closable =
        open.stream()
            .filter(f -> system.correctiveActionsFor(f.id()).stream().anyMatch(a -> a.effectivenessVerifiedAt().isPresent()))
            .toList();
    if (!closable.isEmpty()) {
      open = closable;
    }
    if (open.isEmpty()) {
      return false;
    }
    Finding f = open.get(Math.floorMod(step.pick(), open.size()));
    Instant base =
        system.correctiveActionsFor(f.id()).stream()
            .map(CorrectiveAction::effectivenessVerifiedAt)
            .flatMap(Optional::stream)
            .min(Comparator.naturalOrder())
            .orElse(session.asOf());
    Instant closedAt = base.plus(step.shift());
    if (closedAt.isBefore(f.raisedAt())) {
      return false;
    }
    session.putFinding(ImmutableFinding.copyOf(f).withClosedAt(closedAt));
    return true;
  }

  private static Audit audit(PutAudit p) {
    Instant start = p.reported().map(r -> AS_OF.plus(r).minus(Duration.ofDays(1))).orElse(AS_OF.plus(Duration.ofDays(10)));
    return Audit.builder()
        .id(AuditId.of(p.id()))
        .kind(p.kind())
        .title("Audit " + p.id())
        .scope(p.scope())
        .leadAuditor(CapaFixtures.AUDITOR)
        .plannedStart(start)
        .plannedEnd(start.plus(Duration.ofDays(1)))
        .startedAt(p.reported().map(r -> start))
        .reportedAt(p.reported().map(AS_OF::plus))
        .build();
  }

  @Property(tries = 150)
  void advanceTo_anyLaterInstant_equalsAFullEvaluationThere(
      @ForAll("scenarios") Scenario s, @ForAll("offsets") List<Duration> moves) {
    ConformityEngine engine = s.engine();
    ConformitySession session = engine.session(s.system(), AS_OF);
    Instant t = AS_OF;
    for (Duration d : moves) {
      t = t.plus(d);
      session.advanceTo(t);
      assertThat(session.report()).isEqualTo(engine.evaluate(s.system(), t));
    }
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return ConformityArbitraries.scenarios();
  }

  @Provide
  Arbitrary<List<Duration>> offsets() {
    return Arbitraries.of(
            Duration.ofSeconds(1), Duration.ofDays(1), Duration.ofDays(29), Duration.ofDays(60), Duration.ofDays(300))
        .list()
        .ofMaxSize(6);
  }

  @Property(tries = 100)
  void openFindingsOfAGrade_neverIncludeClosedOnes(@ForAll("scenarios") Scenario s) {
    ConformityEngine engine = s.engine();
    for (RequirementId id : s.requirements()) {
      RequirementFacts facts = engine.factsFor(s.system(), id, AS_OF);
      for (FindingGrade g : FindingGrade.values()) {
        assertThat(facts.openFindings(g)).allSatisfy(f -> assertThat(f.isOpenAt(AS_OF) && f.grade() == g).isTrue());
      }
    }
  }
}
