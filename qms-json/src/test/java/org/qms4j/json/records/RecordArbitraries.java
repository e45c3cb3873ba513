package org.qms4j.json.records;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.qms4j.audit.Audit;
import org.qms4j.audit.AuditId;
import org.qms4j.audit.AuditKind;
import org.qms4j.capa.CorrectiveActionId;
import org.qms4j.capa.DeadlinePolicy;
import org.qms4j.capa.Overdue;
import org.qms4j.capa.OverdueStep;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.RequirementId;
import org.qms4j.document.DocumentVersionRef;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.ImmutableEvidence;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.finding.ImmutableFinding;
import org.qms4j.objective.Direction;
import org.qms4j.objective.Indicator;
import org.qms4j.objective.IndicatorId;
import org.qms4j.objective.Measurement;
import org.qms4j.objective.Objective;
import org.qms4j.objective.ObjectiveId;
import org.qms4j.people.Person;
import org.qms4j.people.PersonId;
import org.qms4j.programme.AuditCoverage;
import org.qms4j.programme.AuditProgramme;
import org.qms4j.programme.ClauseCoverage;
import org.qms4j.programme.IndependenceViolation;
import org.qms4j.programme.ProcessOwner;
import org.qms4j.review.CoveredInput;
import org.qms4j.review.ManagementReview;
import org.qms4j.review.Presented;
import org.qms4j.review.PresentedKind;
import org.qms4j.review.ReviewId;
import org.qms4j.review.ReviewPolicy;
import org.qms4j.risk.Risk;
import org.qms4j.risk.RiskId;
import org.qms4j.risk.RiskKind;
import org.qms4j.risk.RiskScale;
import org.qms4j.system.Exclusion;
import org.qms4j.testing.CatalogArbitraries;
import org.qms4j.testing.QmsArbitraries;
import org.qms4j.training.Competence;
import org.qms4j.training.CompetenceGap;
import org.qms4j.training.GapKind;
import org.qms4j.training.Role;
import org.qms4j.training.RoleAssignment;
import org.qms4j.training.RoleId;
import org.qms4j.training.TrainingRecord;
import org.qms4j.training.TrainingRecordId;

/**
 * Generators of valid record values for the JSON round trips, where qms-core's fixtures have none
 * ({@link QmsArbitraries} covers evidence and findings, {@code ManagementFixtures} builds fixed
 * shapes from a few numbers). Ids use their full syntax ({@link CatalogArbitraries#idTexts}); texts
 * hold what JSON must escape (quotes, backslashes, non-ASCII, astral characters, and line breaks
 * and tabs where the model allows several lines); instants carry nanoseconds now and then; every
 * optional part is present in some values and absent in others.
 */
final class RecordArbitraries {
  private RecordArbitraries() {}

  private static final List<String> FRAGMENTS =
      List.of("a", "Zé", "\"q\"", "back\\slash", "漢字", "\uD83D\uDE00", "</p>", " ", "/", "1.5");

  /** One-line, non-blank texts of at most 60 characters, with what JSON escapes. */
  static Arbitrary<String> lines() {
    return Arbitraries.of(FRAGMENTS).list().ofMaxSize(5).map(f -> "x" + String.join("", f));
  }

  /** Non-blank texts over several lines, with tabs. */
  static Arbitrary<String> texts() {
    Arbitrary<String> part = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of(FRAGMENTS)), Tuple.of(1, Arbitraries.of("\n", "\r\n", "\t")));
    return part.list().ofMaxSize(8).map(f -> "x" + String.join("", f));
  }

  /** Identifier texts in their full syntax, at most 40 characters. */
  static Arbitrary<String> idTexts() {
    return idTexts(CatalogArbitraries.ID_PUNCTUATION);
  }

  private static Arbitrary<String> idTexts(String punctuation) {
    return CatalogArbitraries.idTexts(punctuation).map(s -> s.length() > 40 ? s.substring(0, 40) : s);
  }

  static Arbitrary<CatalogId> catalogIds() {
    return idTexts(CatalogArbitraries.CATALOG_ID_PUNCTUATION).map(CatalogId::of);
  }

  /** Instants around 2026, with nanoseconds in a third of them. */
  static Arbitrary<Instant> instants() {
    return Combinators.combine(QmsArbitraries.instants(),
            Arbitraries.integers().between(0, 999_999_999).optional(0.3))
        .as((i, n) -> n.map(i::plusNanos).orElse(i));
  }

  /** Durations of one second to about two years, sometimes with nanoseconds. */
  static Arbitrary<Duration> durations() {
    return Combinators.combine(QmsArbitraries.positiveDurations(),
            Arbitraries.integers().between(0, 999_999_999).optional(0.2))
        .as((d, n) -> n.map(d::plusNanos).orElse(d));
  }

  /** Positive periods of up to three years. */
  static Arbitrary<Period> periods() {
    return Combinators.combine(Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(0, 11), Arbitraries.integers().between(0, 30))
        .as(Period::of)
        .filter(p -> !p.isZero());
  }

  static Arbitrary<PersonId> personIds() {
    return idTexts().map(PersonId::of);
  }

  static Arbitrary<RequirementId> requirementIds() {
    return idTexts().map(RequirementId::of);
  }

  static Arbitrary<ClauseRef> clauses() {
    return Combinators.combine(catalogIds(), CatalogArbitraries.freeClauseNumbers()).as(ClauseRef::of);
  }

  /** Evidence from qms-core's generator, some of it resting on a document version. */
  static Arbitrary<Evidence> evidence() {
    Arbitrary<String> versions =
        Arbitraries.strings().withChars("0123456789.-_aZ").ofMinLength(1).ofMaxLength(8);
    Arbitrary<Optional<DocumentVersionRef>> documents = Combinators.combine(idTexts(), versions)
        .as((d, v) -> DocumentVersionRef.parse(d + "@" + v)).optional(0.5);
    return requirementIds().list().ofMinSize(1).ofMaxSize(4)
        .flatMap(ids -> Combinators.combine(QmsArbitraries.evidence(ids), documents, lines())
            .as((e, d, owner) -> ImmutableEvidence.copyOf(e).withDocument(d).withOwner(owner)));
  }

  /** Findings from qms-core's generator, with texts JSON must escape. */
  static Arbitrary<Finding> findings() {
    return requirementIds().list().ofMinSize(1).ofMaxSize(4)
        .flatMap(ids -> Combinators.combine(QmsArbitraries.anyFindings(ids), texts(), texts())
            .as((f, s, o) -> ImmutableFinding.copyOf(f).withStatement(s).withObjectiveEvidence(o)));
  }

  /** Audits at every stage: planned, started, reported, closed. */
  static Arbitrary<Audit> audits() {
    Arbitrary<List<Duration>> steps = durations().list().ofMinSize(1).ofMaxSize(4);
    Arbitrary<Integer> stage = Arbitraries.integers().between(0, 3);
    return Combinators.combine(idTexts(), Arbitraries.of(AuditKind.class), lines(),
            clauses().set().ofMinSize(1).ofMaxSize(3), personIds(),
            personIds().set().ofMaxSize(3), instants(), steps)
        .as((id, kind, title, scope, lead, team, start, gaps) -> {
          Instant plannedEnd = start.plus(gaps.get(0));
          Instant[] at = new Instant[3];
          Instant t = start;
          for (int i = 1; i < gaps.size(); i++) {
            t = t.plus(gaps.get(i));
            at[i - 1] = t;
          }
          return Audit.builder().id(AuditId.of(id)).kind(kind).title(title).scope(scope)
              .leadAuditor(lead).team(team).plannedStart(start).plannedEnd(plannedEnd)
              .startedAt(Optional.ofNullable(at[0])).reportedAt(Optional.ofNullable(at[1]))
              .closedAt(Optional.ofNullable(at[2])).build();
        });
  }

  static Arbitrary<Person> people() {
    return Combinators.combine(personIds(), lines()).as(Person::of);
  }

  static Arbitrary<Competence> competences() {
    return Arbitraries.oneOf(lines().map(Competence::skill), idTexts().map(Competence::document));
  }

  /**
   * Roles whose holders are distinct people, each with one assignment or, if the first ended, a
   * second starting when it ended.
   */
  static Arbitrary<Role> roles() {
    Arbitrary<List<RoleAssignment>> tenure =
        Combinators.combine(personIds(), instants(), durations().optional(0.5),
                Arbitraries.integers().between(0, 1))
            .as((p, from, lasted, again) -> {
              if (lasted.isEmpty()) {
                return List.of(RoleAssignment.since(p, from));
              }
              Instant until = from.plus(lasted.get());
              return again == 0 ? List.of(RoleAssignment.between(p, from, until))
                  : List.of(RoleAssignment.between(p, from, until), RoleAssignment.since(p, until));
            });
    Arbitrary<List<RoleAssignment>> holders =
        tenure.list().ofMaxSize(3).uniqueElements(l -> l.get(0).person())
            .map(l -> l.stream().flatMap(List::stream).toList());
    return Combinators.combine(idTexts(), lines(), competences().set().ofMaxSize(3),
            clauses().set().ofMaxSize(3), holders)
        .as((id, name, requires, owns, h) -> Role.builder().id(RoleId.of(id)).name(name)
            .requires(requires).owns(owns).holders(h).build());
  }

  /** Training records in skills and in documents, evaluated or not, expiring or not. */
  static Arbitrary<TrainingRecord> trainingRecords() {
    Arbitrary<Optional<Tuple.Tuple3<Duration, PersonId, Boolean>>> evaluations =
        Combinators.combine(durations(), personIds(), Arbitraries.of(true, false))
            .as(Tuple::of).optional(0.5);
    return Combinators.combine(idTexts(), personIds(), competences(), lines(), instants(),
            durations().optional(0.5), evaluations)
        .as((id, person, competence, version, completed, valid, evaluation) -> {
          TrainingRecord r = TrainingRecord.builder().id(TrainingRecordId.of(id)).person(person)
              .competence(competence)
              .documentVersion(competence.documentId().map(d -> version))
              .completedAt(completed).expiresAt(valid.map(completed::plus)).build();
          return evaluation.map(e -> r.withEvaluation(completed.plus(e.get1()), e.get2(), e.get3()))
              .orElse(r);
        });
  }

  /** Finite values, among them the ones a number format gets wrong first. */
  static Arbitrary<Double> values() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.doubles()),
        Tuple.of(1, Arbitraries.of(0.0, -0.0, 0.1, 92.5, 1e-300, -1e300, Double.MIN_VALUE,
            Double.MAX_VALUE, 1e21, 123456789012345678.0)));
  }

  static Arbitrary<Indicator> indicators() {
    Arbitrary<List<Measurement>> measurements =
        Combinators.combine(instants(), values()).as(Measurement::of)
            .list().ofMaxSize(4).uniqueElements(Measurement::at);
    return Combinators.combine(idTexts(), lines(), QmsArbitraries.texts(), values(),
            Arbitraries.of(Direction.class), durations(), instants(), measurements)
        .flatAs((id, name, unit, target, direction, interval, first, ms) ->
            Arbitraries.integers().between(2, 100).map(window -> Indicator.builder()
                .id(IndicatorId.of(id)).name(name).unit(unit).target(target).direction(direction)
                .measurementInterval(interval).firstMeasurementDue(first).measurements(ms)
                .trendWindow(window).build()));
  }

  static Arbitrary<Objective> objectives() {
    return Combinators.combine(idTexts(), lines(), requirementIds().set().ofMinSize(1).ofMaxSize(3),
            indicators().list().ofMinSize(1).ofMaxSize(3).uniqueElements(Indicator::id),
            instants().optional(0.5))
        .as((id, statement, reqs, indicators, due) -> Objective.builder().id(ObjectiveId.of(id))
            .statement(statement).requirements(reqs).indicators(indicators).due(due).build());
  }

  /** Risks and opportunities on scales from 2 by 2 to 10 by 10, with levels within the scale. */
  static Arbitrary<Risk> risks() {
    Arbitrary<RiskScale> scales =
        Combinators.combine(Arbitraries.integers().between(2, 10), Arbitraries.integers().between(2, 10))
            .as(RiskScale::of);
    return scales.flatMap(scale -> {
      Arbitrary<Integer> l = Arbitraries.integers().between(1, scale.likelihoodLevels());
      Arbitrary<Integer> s = Arbitraries.integers().between(1, scale.severityLevels());
      Arbitrary<Risk> assessed = Combinators.combine(idTexts(), Arbitraries.of(RiskKind.class), lines(),
              texts(), requirementIds().set().ofMaxSize(3), l, s, personIds())
          .as((id, kind, title, description, reqs, li, se, owner) -> Risk.builder().id(RiskId.of(id))
              .kind(kind).title(title).description(description).requirements(reqs).scale(scale)
              .likelihood(li).severity(se).owner(owner).lastReviewedAt(QmsArbitraries.EPOCH)
              .reviewInterval(Period.ofMonths(1)).build());
      Arbitrary<Optional<List<Integer>>> residual = Combinators.combine(l, s).as(List::of).optional(0.5);
      return Combinators.combine(assessed, lines().list().ofMaxSize(3), residual, instants(),
              personIds().optional(0.5), periods())
          .as((r, actions, res, reviewed, by, interval) -> Risk.builder().from(r).actions(actions)
              .residualLikelihood(res.map(x -> x.get(0))).residualSeverity(res.map(x -> x.get(1)))
              .lastReviewedAt(reviewed).lastReviewedBy(by).reviewInterval(interval).build());
    });
  }

  /** What may be presented at a review, of every kind. */
  static Arbitrary<Presented> presented() {
    Arbitrary<Set<CorrectiveActionId>> actions = Arbitraries.strings().withCharRange('A', 'Z')
        .ofMinLength(1).ofMaxLength(6).map(CorrectiveActionId::of).set().ofMinSize(1).ofMaxSize(4);
    return Arbitraries.oneOf(
        idTexts().map(id -> Presented.audit(AuditId.of(id))),
        actions.map(Presented::correctiveActions),
        idTexts().map(Presented::indicator),
        lines().map(Presented::riskReview),
        lines().map(Presented::document),
        lines().map(Presented::other));
  }

  static Arbitrary<CoveredInput> coveredInputs() {
    Arbitrary<String> codes = Combinators.combine(Arbitraries.chars().range('a', 'z'),
            Arbitraries.strings().withChars("abcxyz019-").ofMaxLength(10))
        .as((c, rest) -> c + rest);
    return Combinators.combine(codes, presented().list().ofMinSize(1).ofMaxSize(3), texts().optional(0.5))
        .as(CoveredInput::new);
  }

  /** Reviews with a chair among the attendees or none, each input code once. */
  static Arbitrary<ManagementReview> reviews() {
    return Combinators.combine(idTexts(), lines(), instants(),
            catalogIds().set().ofMinSize(1).ofMaxSize(3),
            personIds().list().ofMinSize(1).ofMaxSize(4).uniqueElements(),
            coveredInputs().list().ofMaxSize(3).uniqueElements(CoveredInput::code),
            texts().list().ofMaxSize(3),
            idTexts().map(CorrectiveActionId::of).set().ofMaxSize(3))
        .flatAs((id, title, held, catalogs, attendees, inputs, decisions, actions) ->
            Arbitraries.of(attendees).optional(0.5).map(chair -> ManagementReview.builder()
                .id(ReviewId.of(id)).title(title).heldAt(held).catalogs(catalogs)
                .attendees(attendees).inputs(inputs).decisions(decisions).actionsStarted(actions)
                .chair(chair).build()));
  }

  static Arbitrary<Exclusion> exclusions() {
    return Arbitraries.oneOf(
        Combinators.combine(requirementIds(), texts()).as(Exclusion::ofRequirement),
        Combinators.combine(clauses(), texts()).as(Exclusion::ofClause));
  }

  static Arbitrary<AuditProgramme> auditProgrammes() {
    Arbitrary<ProcessOwner> owners = Combinators.combine(clauses(), personIds()).as(ProcessOwner::of);
    return Combinators.combine(instants(), durations(), owners.list().ofMaxSize(4), periods())
        .as((start, length, o, interval) -> AuditProgramme.builder().start(start)
            .end(start.plus(length)).processOwners(o).coverageInterval(interval).build());
  }

  /** Deadline policies with any of the nonconformity grades in each map. */
  static Arbitrary<DeadlinePolicy> deadlinePolicies() {
    Arbitrary<Duration> within = Arbitraries.longs().between(1, 3660L * 86_400).map(Duration::ofSeconds);
    Arbitrary<Map<FindingGrade, Duration>> deadlines =
        Combinators.combine(within.optional(0.6), within.optional(0.6)).as((major, minor) -> {
          Map<FindingGrade, Duration> m = new LinkedHashMap<>();
          minor.ifPresent(d -> m.put(FindingGrade.MINOR_NONCONFORMITY, d));
          major.ifPresent(d -> m.put(FindingGrade.MAJOR_NONCONFORMITY, d));
          return m;
        });
    return Combinators.combine(deadlines, deadlines, deadlines)
        .as((link, correction, plan) -> DeadlinePolicy.builder().linkWithin(link)
            .correctionWithin(correction).planWithin(plan).build());
  }

  static Arbitrary<ReviewPolicy> reviewPolicies() {
    return Arbitraries.oneOf(Arbitraries.just(ReviewPolicy.standard()),
        periods().map(p -> ReviewPolicy.builder().interval(p).build()));
  }

  static Arbitrary<CompetenceGap> competenceGaps() {
    return Combinators.combine(personIds(), idTexts().map(RoleId::of), competences(),
            Arbitraries.of(GapKind.class), idTexts().map(TrainingRecordId::of))
        .as((p, r, c, kind, record) -> new CompetenceGap(p, r, c, kind,
            kind == GapKind.NEVER_TRAINED ? Optional.empty() : Optional.of(record)));
  }

  static Arbitrary<IndependenceViolation> independenceViolations() {
    return Combinators.combine(idTexts().map(AuditId::of), personIds(), clauses(), clauses())
        .as(IndependenceViolation::new);
  }

  static Arbitrary<ClauseCoverage> clauseCoverages() {
    Arbitrary<Optional<Tuple.Tuple3<AuditId, Instant, Boolean>>> last =
        Combinators.combine(idTexts().map(AuditId::of), instants(), Arbitraries.of(true, false))
            .as(Tuple::of).optional(0.7);
    return Combinators.combine(clauses(), last).as((c, l) -> new ClauseCoverage(c,
        l.map(Tuple.Tuple3::get1), l.map(Tuple.Tuple3::get2), l.map(Tuple.Tuple3::get3).orElse(false)));
  }

  static Arbitrary<AuditCoverage> auditCoverages() {
    return Combinators.combine(catalogIds(), instants(), periods(),
            clauseCoverages().list().ofMaxSize(4))
        .as(AuditCoverage::new);
  }

  static Arbitrary<Overdue> overdues() {
    return Combinators.combine(Arbitraries.of(OverdueStep.class), instants(),
            idTexts().map(FindingId::of), idTexts().map(CorrectiveActionId::of).optional(0.5))
        .as(Overdue::new);
  }
}
