package org.qms4j.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.jspecify.annotations.Nullable;
import org.qms4j.people.PersonId;
import org.qms4j.testing.QmsArbitraries;

/**
 * A competence matrix under any sequence of training, evaluations, new document versions and role
 * assignments, at non-decreasing instants, read at random instants and at every instant something
 * changes: its gaps are those a brute-force model finds by reading the rules one sentence at a
 * time, and between two consecutive change instants ({@link CompetenceMatrix#dates}, {@link
 * Role#dates}, new versions) the gaps stay the same.
 */
class CompetenceMatrixProperties {

  private static final List<PersonId> PEOPLE =
      List.of(PersonId.of("ana"), PersonId.of("ben"), PersonId.of("cleo"), PersonId.of("dan"));
  private static final List<String> DOCUMENTS = List.of("SOP-01", "SOP-02");
  private static final List<Competence> COMPETENCES =
      List.of(
          Competence.skill("CPR"),
          Competence.skill("Sterile handling"),
          Competence.document(DOCUMENTS.get(0)),
          Competence.document(DOCUMENTS.get(1)));
  private static final List<RoleId> ROLES = List.of(RoleId.of("nurse"), RoleId.of("qa"), RoleId.of("sterilisation"));

  // ---------------------------------------------------------------------------------------------
  // actions

  /** One thing that happens to the world. */
  sealed interface Action {}

  /**
   * A person completes training, some time before now: on the version effective now ({@code
   * version} 0), the one before it (1) or one never issued (2); expiring after a while or never.
   */
  record Train(PersonId person, Competence competence, int version, Duration before, Optional<Duration> expiresAfter)
      implements Action {}

  /** A new version of a document becomes effective now. */
  record NewVersion(String document) implements Action {}

  /** A person starts holding a role now, unless they hold it already. */
  record Assign(PersonId person, RoleId role) implements Action {}

  /** A person stops holding a role now, if they hold it. */
  record Unassign(PersonId person, RoleId role) implements Action {}

  /** The {@code pick}-th record not evaluated yet (modulo their number) is evaluated now. */
  record Evaluate(int pick, boolean effective, PersonId by) implements Action {}

  /** An action some time after the one before, and an instant to read the matrix at, relative to now. */
  record Step(Action action, Duration after, Duration readOffset) {}

  record Scenario(Instant start, Duration grace, Map<RoleId, Set<Competence>> requires, List<Step> steps) {}

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<PersonId> people = Arbitraries.of(PEOPLE);
    Arbitrary<RoleId> roles = Arbitraries.of(ROLES);
    Arbitrary<Duration> days = Arbitraries.integers().between(0, 40).map(Duration::ofDays);
    Arbitrary<Action> train =
        Combinators.combine(
                people,
                Arbitraries.of(COMPETENCES),
                Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(3, 1), Tuple.of(1, 2)),
                days,
                Arbitraries.integers().between(1, 120).map(Duration::ofDays).optional(0.5))
            .as(Train::new);
    Arbitrary<Action> newVersion = Arbitraries.of(DOCUMENTS).map(NewVersion::new);
    Arbitrary<Action> assign = Combinators.combine(people, roles).as(Assign::new);
    Arbitrary<Action> unassign = Combinators.combine(people, roles).as(Unassign::new);
    Arbitrary<Action> evaluate =
        Combinators.combine(Arbitraries.integers().between(0, 50), Arbitraries.of(true, true, false), people).as(Evaluate::new);
    Arbitrary<Action> actions =
        Arbitraries.frequencyOf(
            Tuple.of(6, train), Tuple.of(2, newVersion), Tuple.of(4, assign), Tuple.of(1, unassign), Tuple.of(3, evaluate));
    Arbitrary<Duration> gaps =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(Duration.ZERO)),
            Tuple.of(4, Arbitraries.longs().between(1, 20L * 86_400).map(Duration::ofSeconds)));
    Arbitrary<Duration> offsets = Arbitraries.longs().between(-60L * 86_400, 60L * 86_400).map(Duration::ofSeconds);
    Arbitrary<Step> steps = Combinators.combine(actions, gaps, offsets).as(Step::new);
    Arbitrary<Map<RoleId, Set<Competence>>> requires =
        Arbitraries.subsetOf(COMPETENCES)
            .list()
            .ofSize(ROLES.size())
            .map(
                sets -> {
                  Map<RoleId, Set<Competence>> m = new LinkedHashMap<>();
                  for (int i = 0; i < ROLES.size(); i++) {
                    m.put(ROLES.get(i), sets.get(i));
                  }
                  return m;
                });
    return Combinators.combine(
            QmsArbitraries.instants(),
            Arbitraries.of(Duration.ZERO, Duration.ofDays(10), Duration.ofDays(30)),
            requires,
            steps.list().ofMaxSize(40).withSizeDistribution(RandomDistribution.uniform()))
        .as(Scenario::new);
  }

  // ---------------------------------------------------------------------------------------------
  // the world the actions build, and the model that reads it

  /** A period a person holds a role: from, until (excluded) or for good. */
  static final class Period {
    final PersonId person;
    final Instant from;
    @Nullable Instant until;

    Period(PersonId person, Instant from) {
      this.person = person;
      this.from = from;
    }

    boolean contains(Instant t) {
      return from.compareTo(t) <= 0 && (until == null || t.compareTo(until) < 0);
    }
  }

  /** A version that became effective at an instant. */
  record Issue(Instant from, String version) {}

  static final class World {
    final Map<RoleId, Set<Competence>> requires;
    final Duration grace;
    final Map<RoleId, List<Period>> periods = new HashMap<>();
    final Map<String, List<Issue>> issues = new HashMap<>();
    final List<TrainingRecord> records = new ArrayList<>();
    final Set<Instant> versionDates = new TreeSet<>();

    World(Map<RoleId, Set<Competence>> requires, Duration grace) {
      this.requires = requires;
      this.grace = grace;
      for (RoleId r : ROLES) {
        periods.put(r, new ArrayList<>());
      }
      for (String d : DOCUMENTS) {
        issues.put(d, new ArrayList<>());
      }
    }

    /** The version of a document effective at an instant: the last issued at or before it. */
    Optional<String> versionAt(String document, Instant t) {
      String v = null;
      for (Issue i : issues.get(document)) {
        if (!i.from().isAfter(t)) {
          v = i.version();
        }
      }
      return Optional.ofNullable(v);
    }

    void apply(Action action, Instant now) {
      if (action instanceof Train t) {
        Instant completed = now.minus(t.before());
        Optional<String> version = Optional.empty();
        if (t.competence().documentId().isPresent()) {
          int effective = versionAt(t.competence().documentId().get(), now).map(Integer::parseInt).orElse(1);
          version = Optional.of(switch (t.version()) {
            case 0 -> String.valueOf(effective);
            case 1 -> String.valueOf(effective - 1);
            default -> "99";
          });
        }
        records.add(
            TrainingRecord.builder()
                .id(TrainingRecordId.of(String.format("TR-%03d", records.size())))
                .person(t.person())
                .competence(t.competence())
                .documentVersion(version)
                .completedAt(completed)
                .expiresAt(t.expiresAfter().map(completed::plus))
                .build());
      } else if (action instanceof NewVersion n) {
        List<Issue> list = issues.get(n.document());
        list.add(new Issue(now, String.valueOf(list.size() + 1)));
        versionDates.add(now);
      } else if (action instanceof Assign a) {
        List<Period> list = periods.get(a.role());
        boolean holds = list.stream().anyMatch(p -> p.person.equals(a.person()) && p.until == null);
        if (!holds) {
          list.add(new Period(a.person(), now));
        }
      } else if (action instanceof Unassign u) {
        List<Period> list = periods.get(u.role());
        for (int i = 0; i < list.size(); i++) {
          Period p = list.get(i);
          if (p.person.equals(u.person()) && p.until == null) {
            if (p.from.equals(now)) {
              list.remove(i); // assigned and unassigned at once: never held
            } else {
              p.until = now;
            }
            break;
          }
        }
      } else if (action instanceof Evaluate e) {
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
          if (records.get(i).effectivenessEvaluatedAt().isEmpty()) {
            open.add(i);
          }
        }
        if (!open.isEmpty()) {
          int i = open.get(e.pick() % open.size());
          records.set(i, records.get(i).withEvaluation(now, e.by(), e.effective()));
        }
      }
    }

    List<Role> roles() {
      List<Role> roles = new ArrayList<>();
      for (RoleId id : ROLES) {
        ImmutableRole.Builder b = Role.builder().id(id).name("Role " + id).requires(requires.get(id));
        for (Period p : periods.get(id)) {
          b.addHolder(new RoleAssignment(p.person, p.from, Optional.ofNullable(p.until)));
        }
        roles.add(b.build());
      }
      return roles;
    }

    CompetenceMatrix matrix(Instant asOf) {
      return CompetenceMatrix.of(roles(), records, d -> versionAt(d, asOf), grace, asOf);
    }

    // -- the model --------------------------------------------------------------------------------

    boolean holds(PersonId person, RoleId role, Instant t) {
      return periods.get(role).stream().anyMatch(p -> p.person.equals(person) && p.contains(t));
    }

    /** The gap a person has in a competence at an instant, read off the rules one at a time. */
    Optional<CompetenceGap> expectedGap(PersonId person, RoleId role, Competence c, Instant t) {
      List<TrainingRecord> done = new ArrayList<>();
      for (TrainingRecord r : records) {
        if (r.person().equals(person) && r.competence().equals(c) && r.completedAt().compareTo(t) <= 0) {
          done.add(r);
        }
      }
      Optional<String> effective = c.documentId().flatMap(d -> versionAt(d, t));
      Predicate<TrainingRecord> unexpired = r -> r.expiresAt().isEmpty() || t.compareTo(r.expiresAt().get()) < 0;
      Predicate<TrainingRecord> rightVersion = r -> effective.isEmpty() || r.documentVersion().equals(effective);
      Predicate<TrainingRecord> counts = unexpired.and(rightVersion);
      Predicate<TrainingRecord> evaluated =
          r -> r.effectivenessEvaluatedAt().isPresent() && r.effectivenessEvaluatedAt().get().compareTo(t) <= 0;
      Predicate<TrainingRecord> withinGrace = r -> r.completedAt().plus(grace).isAfter(t);
      Predicate<TrainingRecord> effectiveNow = evaluated.and(r -> r.effective().orElseThrow());

      if (done.stream().anyMatch(counts.and(effectiveNow.or(evaluated.negate().and(withinGrace))))) {
        return Optional.empty();
      }
      GapKind kind;
      Predicate<TrainingRecord> which;
      if (done.stream().anyMatch(counts.and(evaluated.negate()))) {
        kind = GapKind.EFFECTIVENESS_NOT_EVALUATED;
        which = counts.and(evaluated.negate());
      } else if (done.stream().anyMatch(counts)) {
        kind = GapKind.NOT_EFFECTIVE;
        which = counts;
      } else if (done.stream().anyMatch(unexpired)) {
        kind = GapKind.RETRAINING_OWED;
        which = unexpired;
      } else if (!done.isEmpty()) {
        kind = GapKind.EXPIRED;
        which = r -> true;
      } else {
        return Optional.of(new CompetenceGap(person, role, c, GapKind.NEVER_TRAINED, Optional.empty()));
      }
      TrainingRecord latest =
          done.stream()
              .filter(which)
              .max(Comparator.comparing(TrainingRecord::completedAt).thenComparing(r -> r.id().value()))
              .orElseThrow();
      return Optional.of(new CompetenceGap(person, role, c, kind, Optional.of(latest.id())));
    }

    List<CompetenceGap> expectedGaps(Instant t) {
      List<CompetenceGap> all = new ArrayList<>();
      for (RoleId role : ROLES) {
        for (PersonId person : PEOPLE) {
          if (holds(person, role, t)) {
            for (Competence c : requires.get(role)) {
              expectedGap(person, role, c, t).ifPresent(all::add);
            }
          }
        }
      }
      all.sort(
          Comparator.comparing((CompetenceGap g) -> g.person().value())
              .thenComparing(g -> g.role().value())
              .thenComparing(g -> g.competence().toString()));
      return all;
    }

    boolean expectedCompetent(PersonId person, RoleId role, Instant t) {
      return requires.get(role).stream().allMatch(c -> expectedGap(person, role, c, t).isEmpty());
    }
  }

  private static void assertMatchesModel(World world, Instant t, Object where, Set<GapKind> seen) {
    CompetenceMatrix m = world.matrix(t);
    List<CompetenceGap> expected = world.expectedGaps(t);
    assertThat(m.gaps()).as("%s: gaps at %s", where, t).containsExactlyElementsOf(expected);
    for (PersonId p : PEOPLE) {
      assertThat(m.gapsFor(p)).as("%s: gapsFor(%s)", where, p).containsExactlyElementsOf(expected.stream().filter(g -> g.person().equals(p)).toList());
    }
    for (RoleId r : ROLES) {
      assertThat(m.gapsForRole(r)).as("%s: gapsForRole(%s)", where, r).containsExactlyElementsOf(expected.stream().filter(g -> g.role().equals(r)).toList());
      for (PersonId p : PEOPLE) {
        assertThat(m.isCompetent(p, r)).as("%s: isCompetent(%s, %s) at %s", where, p, r, t).isEqualTo(world.expectedCompetent(p, r, t));
      }
    }
    expected.forEach(g -> seen.add(g.kind()));
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void anySequenceOfEvents_matrixMatchesTheModel_andChangesOnlyAtItsDates(@ForAll("scenarios") Scenario scenario) {
    World world = new World(scenario.requires(), scenario.grace());
    Instant now = scenario.start();
    Set<GapKind> seen = EnumSet.noneOf(GapKind.class);

    for (int k = 0; k < scenario.steps().size(); k++) {
      Step step = scenario.steps().get(k);
      now = now.plus(step.after());
      world.apply(step.action(), now);
      String where = "step " + k + " " + step.action();
      assertMatchesModel(world, now, where, seen);
      assertMatchesModel(world, now.plus(step.readOffset()), where, seen);
    }

    // at every instant the standing of a record, a role or a document changes, and just before it
    TreeSet<Instant> dates = new TreeSet<>(world.versionDates);
    for (TrainingRecord r : world.records) {
      dates.addAll(CompetenceMatrix.dates(r, scenario.grace()));
    }
    List<Role> roles = world.roles();
    for (Role r : roles) {
      dates.addAll(r.dates());
    }
    List<Instant> sorted = new ArrayList<>(dates);
    for (int i = 0; i < sorted.size(); i++) {
      Instant d = sorted.get(i);
      assertMatchesModel(world, d, "change date", seen);
      assertMatchesModel(world, d.minusNanos(1), "just before a change date", seen);
      if (i + 1 < sorted.size()) {
        Instant beforeNext = sorted.get(i + 1).minusNanos(1);
        assertThat(world.matrix(beforeNext).gaps())
            .as("no change between %s and %s", d, sorted.get(i + 1))
            .containsExactlyElementsOf(world.matrix(d).gaps());
      }
    }

    for (GapKind kind : GapKind.values()) {
      Statistics.label(kind.name()).collect(seen.contains(kind)).coverage(c -> c.check(true).percentage(p -> p >= 5));
    }
  }
}
