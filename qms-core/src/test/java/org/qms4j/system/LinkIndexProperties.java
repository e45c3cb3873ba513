package org.qms4j.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.qms4j.capa.CorrectiveAction;
import org.qms4j.capa.CorrectiveActionId;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.history.By;
import org.qms4j.testing.CapaFixtures;
import org.qms4j.testing.Examples;

/**
 * The corrective-action register's link index: after any sequence of puts and removals of actions
 * (opened with any subset of a fixed pool of findings, extended by {@code linkFinding}), {@code
 * correctiveActionsFor} of every finding equals the brute-force filter of every action, sorted by
 * id; and every snapshot kept on the way still answers as it did (the registers are persistent).
 */
class LinkIndexProperties {
  static final List<FindingId> POOL =
      List.of("f0", "f1", "f2", "f3", "f4", "f5").stream().map(FindingId::of).toList();
  static final List<String> ACTION_IDS = List.of("ca0", "ca1", "ca2", "ca3", "ca4");
  static final FindingId NOT_HELD = FindingId.of("f9");

  sealed interface Step permits Open, Link, Remove, PutAgain {}

  /** Opens an action with a subset of the pool; replacing a held action so is refused. */
  record Open(String id, Set<Integer> findings) implements Step {}

  /** Links one more pool finding to the {@code pick}-th action, if it is not linked yet. */
  record Link(int pick, int finding) implements Step {}

  /** Removes the {@code pick}-th action. */
  record Remove(int pick) implements Step {}

  /** Puts the {@code pick}-th action again, unchanged. */
  record PutAgain(int pick) implements Step {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Integer> pick = Arbitraries.integers().between(0, 9);
    Arbitrary<Step> step =
        Arbitraries.frequencyOf(
            Tuple.of(5, Combinators.combine(Arbitraries.of(ACTION_IDS), Arbitraries.integers().between(0, POOL.size() - 1).set().ofMaxSize(4)).as(Open::new)),
            Tuple.of(5, Combinators.combine(pick, Arbitraries.integers().between(0, POOL.size() - 1)).as(Link::new)),
            Tuple.of(2, pick.map(Remove::new)),
            Tuple.of(1, pick.map(PutAgain::new)));
    return step.list().ofMinSize(8).ofMaxSize(40);
  }

  /** The demo system holding the pool: findings of every grade, all open. */
  static QualitySystem system() {
    QualitySystem.Builder b =
        QualitySystem.builder().organisation("Example Clinic").scope("Outpatient care").addCatalog(Examples.catalog());
    FindingGrade[] grades = FindingGrade.values();
    for (int i = 0; i < POOL.size(); i++) {
      b.addFinding(Examples.finding(POOL.get(i).value()).grade(grades[i % grades.length]).build());
    }
    return b.build();
  }

  /** A snapshot and what it answered when it was made. */
  record Kept(QualitySystem system, List<CorrectiveAction> actions, Map<FindingId, List<CorrectiveAction>> byFinding) {}

  @Property(tries = 250)
  void correctiveActionsFor_equalsTheBruteForceFilter_andKeptSnapshotsStayUnchanged(@ForAll("steps") List<Step> steps) {
    QualitySystem system = system();
    TreeMap<CorrectiveActionId, CorrectiveAction> model = new TreeMap<>();
    List<Kept> kept = new ArrayList<>();
    kept.add(check(system, model));
    Instant t = Examples.T0;
    for (Step step : steps) {
      t = t.plus(Duration.ofHours(1));
      By by = By.of(CapaFixtures.QUALITY, t);
      List<CorrectiveAction> held = system.correctiveActions();
      QualitySystem before = system;
      if (step instanceof Open o) {
        CorrectiveActionId id = CorrectiveActionId.of(o.id());
        CorrectiveAction a = CorrectiveAction.open(id, "Answer the pool", subset(o.findings()), by);
        if (model.containsKey(id)) {
          InvalidSystemException e = catchThrowableOfType(InvalidSystemException.class, () -> before.withCorrectiveAction(a));
          assertThat(e).as("replacing %s by a fresh history", id).isNotNull();
          assertThat(e.problems()).extracting(SystemProblem::kind).containsExactly(SystemProblem.Kind.HISTORY_REWRITTEN);
          Statistics.label("steps").collect("Open", "refused");
        } else {
          system = system.withCorrectiveAction(a);
          model.put(id, a);
          Statistics.label("steps").collect("Open", "applied");
        }
      } else if (step instanceof Link l && !held.isEmpty()) {
        CorrectiveAction a = held.get(Math.floorMod(l.pick(), held.size()));
        FindingId f = POOL.get(l.finding());
        if (a.findings().contains(f)) {
          Statistics.label("steps").collect("Link", "linked already");
        } else {
          CorrectiveAction next = a.linkFinding(f, by);
          system = system.withCorrectiveAction(next);
          model.put(next.id(), next);
          Statistics.label("steps").collect("Link", "applied");
        }
      } else if (step instanceof Remove r && !held.isEmpty()) {
        CorrectiveActionId id = held.get(Math.floorMod(r.pick(), held.size())).id();
        system = system.without(Registers.CORRECTIVE_ACTIONS, id);
        model.remove(id);
        Statistics.label("steps").collect("Remove", "applied");
      } else if (step instanceof PutAgain p && !held.isEmpty()) {
        assertThat(system.withCorrectiveAction(held.get(Math.floorMod(p.pick(), held.size())))).isSameAs(system);
        Statistics.label("steps").collect("PutAgain", "applied");
      } else {
        Statistics.label("steps").collect(step.getClass().getSimpleName(), "no action held");
      }
      kept.add(check(system, model));
    }
    for (Kept k : kept) {
      assertThat(k.system().correctiveActions()).isEqualTo(k.actions());
      for (FindingId f : POOL) {
        assertThat(k.system().correctiveActionsFor(f)).as("kept snapshot, %s", f).isEqualTo(k.byFinding().get(f));
      }
    }
    Statistics.label("most actions linking one finding")
        .collect(kept.stream().flatMap(k -> k.byFinding().values().stream()).mapToInt(List::size).max().orElse(0));
    Statistics.label("some finding linked by two or more actions")
        .collect(kept.stream().flatMap(k -> k.byFinding().values().stream()).anyMatch(l -> l.size() >= 2));
    Statistics.label("some finding linked by two or more actions").coverage(c -> c.check(true).percentage(p -> p >= 40));
  }

  private static Set<FindingId> subset(Set<Integer> picks) {
    Set<FindingId> s = new java.util.TreeSet<>();
    picks.forEach(i -> s.add(POOL.get(i)));
    return s;
  }

  /** Checks the snapshot against the model and the brute-force filter, and keeps what it answered. */
  private static Kept check(QualitySystem system, TreeMap<CorrectiveActionId, CorrectiveAction> model) {
    List<CorrectiveAction> actions = system.correctiveActions();
    assertThat(actions).containsExactlyElementsOf(model.values());
    Map<FindingId, List<CorrectiveAction>> byFinding = new LinkedHashMap<>();
    for (FindingId f : POOL) {
      List<CorrectiveAction> expected =
          actions.stream().filter(a -> a.findings().contains(f)).sorted(Comparator.comparing(CorrectiveAction::id)).toList();
      List<CorrectiveAction> actual = system.correctiveActionsFor(f);
      assertThat(actual).as("correctiveActionsFor(%s)", f).containsExactlyElementsOf(expected);
      assertThat(system.register(Registers.CORRECTIVE_ACTIONS).itemsLinkedTo(f)).isEqualTo(actual);
      byFinding.put(f, List.copyOf(actual));
    }
    assertThat(system.correctiveActionsFor(NOT_HELD)).isEmpty();
    assertThat(system.findings()).extracting(Finding::id).containsExactlyElementsOf(POOL);
    return new Kept(system, List.copyOf(actions), byFinding);
  }
}
