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
import org.qms4j.catalog.MappingSet;
import org.qms4j.catalog.MappingSetId;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.finding.ImmutableFinding;
import org.qms4j.history.By;
import org.qms4j.system.Exclusion;
import org.qms4j.system.HostFactKey;
import org.qms4j.system.InvalidSystemException;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.Registers;
import org.qms4j.testing.CapaFixtures;
import org.qms4j.testing.ConformityArbitraries;
import org.qms4j.testing.ConformityArbitraries.Scenario;

/**
 * A session equals a full evaluation after any sequence of changes and moves in time, with host
 * rules that read other registers, host facts, the instant, or everything, each declaring it; with
 * corrective actions walked through their lifecycle, findings closed on them, and audits put and
 * removed under the audit-coverage rule.
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
          RemoveAudit {}

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

  record Input(Scenario scenario, List<Step> steps, List<Integer> scopes, int auditScope) {}

  static final List<String> AUDIT_IDS = List.of("ia0", "ia1", "ia2");

  @Provide
  Arbitrary<Input> inputs() {
    return ConformityArbitraries.scenarios()
        .flatMap(
            s -> {
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
                      Tuple.of(20, advanceActions()),
                      Tuple.of(4, newActions()),
                      Tuple.of(4, closeFindings()),
                      Tuple.of(1, Arbitraries.integers().between(0, 7).map(RemoveAction::new)),
                      Tuple.of(5, audits()),
                      Tuple.of(1, Arbitraries.integers().between(0, 3).map(RemoveAudit::new)));
              return Combinators.combine(
                      step.list().ofMinSize(4).ofMaxSize(24),
                      Arbitraries.integers().between(0, 5).list().ofMinSize(5).ofMaxSize(5),
                      Arbitraries.integers().between(0, 2))
                  .as((steps, scopes, auditScope) -> new Input(s, steps, scopes, auditScope));
            });
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
      }
      Statistics.label("steps").collect(step.getClass().getSimpleName(), outcome);
      ConformityReport full = engine.evaluate(session.system(), session.asOf());
      assertThat(session.report().results()).as("after %s", step).containsExactlyElementsOf(full.results());
      assertThat(session.report()).as("after %s", step).isEqualTo(full);
      assertThat(session.report().overall()).isEqualTo(full.overall());
      overdue |= hasReason(session.report(), ReasonCode.CORRECTIVE_ACTION_OVERDUE);
      withoutAction |= hasReason(session.report(), ReasonCode.NONCONFORMITY_WITHOUT_ACTION);
      covered |= coveredByAnAudit(session.report(), audited);
    }
    Statistics.label("reached CORRECTIVE_ACTION_OVERDUE").collect(overdue);
    Statistics.label("reached NONCONFORMITY_WITHOUT_ACTION").collect(withoutAction);
    Statistics.label("some requirement in the audit rule's scope covered").collect(covered);
    Statistics.label("reached CORRECTIVE_ACTION_OVERDUE").coverage(c -> c.check(true).percentage(p -> p >= 15));
    Statistics.label("some requirement in the audit rule's scope covered").coverage(c -> c.check(true).percentage(p -> p >= 7));
    Statistics.label("steps")
        .coverage(
            c -> {
              // about half of what a run of 250 tries gives
              c.check("AdvanceAction", Outcome.APPLIED).count(n -> n >= 150);
              c.check("NewAction", Outcome.APPLIED).count(n -> n >= 80);
              c.check("NewAction", Outcome.REFUSED).count(n -> n >= 4);
              c.check("CloseFinding", Outcome.APPLIED).count(n -> n >= 6);
              c.check("CloseFinding", Outcome.REFUSED).count(n -> n >= 20);
              c.check("RemoveAction", Outcome.APPLIED).count(n -> n >= 15);
              c.check("PutAudit", Outcome.APPLIED).count(n -> n >= 100);
              c.check("PutAudit", Outcome.REFUSED).count(n -> n >= 15);
              c.check("RemoveAudit", Outcome.APPLIED).count(n -> n >= 3);
              c.check("PutFinding", Outcome.REFUSED).count(n -> n >= 40);
            });
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
    }
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
