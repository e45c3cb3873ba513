package org.qms4j.capa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
import org.qms4j.capa.CorrectiveAction.Rework;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.FindingId;
import org.qms4j.history.By;
import org.qms4j.history.Event;
import org.qms4j.people.PersonId;
import org.qms4j.testing.QmsArbitraries;

/**
 * A corrective action under any sequence of attempted transitions, by a few people at
 * non-decreasing instants: refused attempts change nothing, accepted ones append exactly one event,
 * the state derived from the history is the state held, and the state follows the transition table
 * of {@link Transition} (kept here as a small model of our own).
 */
class CorrectiveActionProperties {

  private static final CorrectiveActionId ID = CorrectiveActionId.of("CA-1");
  private static final List<PersonId> PEOPLE = List.of(PersonId.of("ana"), PersonId.of("ben"), PersonId.of("cleo"));
  private static final List<FindingId> FINDINGS = List.of(FindingId.of("F-1"), FindingId.of("F-2"), FindingId.of("F-3"));
  private static final List<EvidenceId> EVIDENCE =
      List.of(EvidenceId.of("ev-1"), EvidenceId.of("ev-2"), EvidenceId.of("ev-3"), EvidenceId.of("ev-4"));

  // ---------------------------------------------------------------------------------------------
  // attempts

  /** One transition attempted on the current action. */
  sealed interface Attempt {
    Transition transition();
  }

  record Link(FindingId finding) implements Attempt {
    @Override
    public Transition transition() {
      return Transition.LINK_FINDING;
    }
  }

  record Correct(String correction) implements Attempt {
    @Override
    public Transition transition() {
      return Transition.RECORD_CORRECTION;
    }
  }

  record IdentifyRootCause(String rootCause) implements Attempt {
    @Override
    public Transition transition() {
      return Transition.IDENTIFY_ROOT_CAUSE;
    }
  }

  /** A plan, with an owner and a due date or with neither. */
  record Plan(String plan, Optional<PersonId> owner, Optional<Duration> dueAfterStart) implements Attempt {
    @Override
    public Transition transition() {
      return Transition.PLAN;
    }
  }

  record Implement(Set<EvidenceId> evidence) implements Attempt {
    @Override
    public Transition transition() {
      return Transition.IMPLEMENT;
    }
  }

  record Verify(Set<EvidenceId> evidence) implements Attempt {
    @Override
    public Transition transition() {
      return Transition.VERIFY_EFFECTIVENESS;
    }
  }

  record Fail(Rework rework, Set<EvidenceId> evidence) implements Attempt {
    @Override
    public Transition transition() {
      return Transition.FAIL_EFFECTIVENESS;
    }
  }

  record Close() implements Attempt {
    @Override
    public Transition transition() {
      return Transition.CLOSE;
    }
  }

  record Cancel() implements Attempt {
    @Override
    public Transition transition() {
      return Transition.CANCEL;
    }
  }

  /** What an attempt is made with, whichever transition it turns out to be. */
  record Params(
      FindingId finding,
      String text,
      Optional<PersonId> owner,
      Optional<Duration> dueAfterStart,
      Set<EvidenceId> evidence,
      Rework rework,
      boolean verifyRatherThanFail) {}

  /**
   * An attempt by a person, some time after the step before, with or without a reason: of a given
   * transition, or (when {@code transition} is empty) of the transition that would take the action
   * one step further along the table now, so that sequences often get far; its parameters may still
   * miss what the gate asks for.
   */
  record Step(Optional<Transition> transition, Params params, PersonId actor, Duration after, Optional<String> reason) {
    Attempt attempt(ActionState now) {
      Transition t = transition.orElseGet(() -> forward(now));
      Params p = params;
      return switch (t) {
        case LINK_FINDING -> new Link(p.finding());
        case RECORD_CORRECTION -> new Correct(p.text());
        case IDENTIFY_ROOT_CAUSE -> new IdentifyRootCause(p.text());
        case PLAN -> new Plan(p.text(), p.owner(), p.dueAfterStart());
        case IMPLEMENT -> new Implement(p.evidence());
        case VERIFY_EFFECTIVENESS -> new Verify(p.evidence());
        case FAIL_EFFECTIVENESS -> new Fail(p.rework(), p.evidence());
        case CLOSE -> new Close();
        case CANCEL -> new Cancel();
        case OPEN -> throw new AssertionError("an action is opened once, by CorrectiveAction.open");
      };
    }

    private Transition forward(ActionState now) {
      return switch (now) {
        case OPENED -> Transition.RECORD_CORRECTION;
        case CORRECTED -> Transition.IDENTIFY_ROOT_CAUSE;
        case ROOT_CAUSE_IDENTIFIED -> Transition.PLAN;
        case PLANNED -> Transition.IMPLEMENT;
        case IMPLEMENTED -> params.verifyRatherThanFail() ? Transition.VERIFY_EFFECTIVENESS : Transition.FAIL_EFFECTIVENESS;
        case EFFECTIVENESS_VERIFIED -> Transition.CLOSE;
        case CLOSED, CANCELLED -> Transition.LINK_FINDING;
      };
    }
  }

  record Scenario(Set<FindingId> findings, PersonId opener, Instant start, List<Step> steps) {
    @Override
    public String toString() {
      return "open " + findings + " by " + opener + " at " + start + ", then " + steps;
    }
  }

  @Provide
  @SuppressWarnings("unchecked")
  Arbitrary<Scenario> scenarios() {
    Arbitrary<Set<EvidenceId>> evidence = Arbitraries.subsetOf(EVIDENCE);
    Arbitrary<Optional<Duration>> dues = Arbitraries.integers().between(-10, 200).map(d -> Optional.of(Duration.ofDays(d)));
    // a plan has an owner and a due date, or neither: the two plan methods
    Arbitrary<Tuple.Tuple2<Optional<PersonId>, Optional<Duration>>> ownerAndDue =
        Arbitraries.frequencyOf(
            Tuple.of(3, Combinators.combine(Arbitraries.of(PEOPLE).map(Optional::of), dues).as(Tuple::of)),
            Tuple.of(1, Arbitraries.just(Tuple.of(Optional.<PersonId>empty(), Optional.<Duration>empty()))));
    Arbitrary<Params> params =
        Combinators.combine(
                Arbitraries.of(FINDINGS),
                QmsArbitraries.texts(),
                ownerAndDue,
                evidence,
                Arbitraries.of(Rework.class),
                Arbitraries.of(true, true, false))
            .as((f, text, od, ev, rework, verify) -> new Params(f, text, od.get1(), od.get2(), ev, rework, verify));
    Arbitrary<Optional<Transition>> transitions =
        Arbitraries.frequencyOf(
            Tuple.of(20, Arbitraries.just(Optional.<Transition>empty())),
            Tuple.of(2, Arbitraries.just(Optional.of(Transition.LINK_FINDING))),
            Tuple.of(2, Arbitraries.just(Optional.of(Transition.RECORD_CORRECTION))),
            Tuple.of(2, Arbitraries.just(Optional.of(Transition.IDENTIFY_ROOT_CAUSE))),
            Tuple.of(2, Arbitraries.just(Optional.of(Transition.PLAN))),
            Tuple.of(2, Arbitraries.just(Optional.of(Transition.IMPLEMENT))),
            Tuple.of(2, Arbitraries.just(Optional.of(Transition.VERIFY_EFFECTIVENESS))),
            Tuple.of(2, Arbitraries.just(Optional.of(Transition.FAIL_EFFECTIVENESS))),
            Tuple.of(2, Arbitraries.just(Optional.of(Transition.CLOSE))),
            Tuple.of(1, Arbitraries.just(Optional.of(Transition.CANCEL))));
    Arbitrary<Duration> gaps =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(Duration.ZERO)),
            Tuple.of(3, Arbitraries.longs().between(1, 20L * 86_400).map(Duration::ofSeconds)));
    Arbitrary<Step> steps =
        Combinators.combine(transitions, params, Arbitraries.of(PEOPLE), gaps, QmsArbitraries.texts().optional(0.4)).as(Step::new);
    return Combinators.combine(
            Arbitraries.subsetOf(FINDINGS), Arbitraries.of(PEOPLE), QmsArbitraries.instants(), steps.list().ofMaxSize(40).withSizeDistribution(RandomDistribution.uniform()))
        .as(Scenario::new);
  }

  // ---------------------------------------------------------------------------------------------
  // the model: the transition table of Transition, written out here

  /** What the action should be, as a plain mutable record of the facts the table speaks of. */
  static final class Model {
    ActionState state = ActionState.OPENED;
    final Set<FindingId> findings = new TreeSet<>();
    @Nullable String correction;
    @Nullable String rootCause;
    @Nullable String plan;
    @Nullable PersonId owner;
    @Nullable Instant due;
    /** Implementers and evidence of implementation since the plan standing now was made. */
    final Set<PersonId> implementers = new TreeSet<>();
    final Set<EvidenceId> roundEvidence = new TreeSet<>();
    final Set<EvidenceId> allImplementationEvidence = new TreeSet<>();
    final Set<EvidenceId> effectivenessEvidence = new TreeSet<>();
    int failedChecks;

    private static final Set<ActionState> ENDED = EnumSet.of(ActionState.CLOSED, ActionState.CANCELLED);

    boolean isOpen() {
      return !ENDED.contains(state);
    }

    /** Whether the table lets this step happen now. */
    boolean allows(Attempt a, Step step) {
      if (!isOpen()) {
        return false;
      }
      if (a instanceof Link l) {
        return !findings.contains(l.finding());
      } else if (a instanceof Correct) {
        return state == ActionState.OPENED;
      } else if (a instanceof IdentifyRootCause) {
        return state == ActionState.CORRECTED;
      } else if (a instanceof Plan) {
        return (state == ActionState.ROOT_CAUSE_IDENTIFIED || state == ActionState.PLANNED) && rootCause != null;
      } else if (a instanceof Implement) {
        return (state == ActionState.PLANNED || state == ActionState.IMPLEMENTED) && plan != null && owner != null && due != null;
      } else if (a instanceof Verify v) {
        return state == ActionState.IMPLEMENTED
            && !roundEvidence.isEmpty()
            && !v.evidence().isEmpty()
            && !implementers.contains(step.actor());
      } else if (a instanceof Fail) {
        return state == ActionState.IMPLEMENTED && !roundEvidence.isEmpty() && !implementers.contains(step.actor());
      } else if (a instanceof Close) {
        return state == ActionState.EFFECTIVENESS_VERIFIED;
      } else {
        return step.reason().isPresent();
      }
    }

    /** Applies a step the table allows. */
    void apply(Attempt a, Step step, Instant start) {
      if (a instanceof Link l) {
        findings.add(l.finding());
      } else if (a instanceof Correct c) {
        correction = c.correction();
        state = ActionState.CORRECTED;
      } else if (a instanceof IdentifyRootCause r) {
        rootCause = r.rootCause();
        state = ActionState.ROOT_CAUSE_IDENTIFIED;
      } else if (a instanceof Plan p) {
        plan = p.plan();
        owner = p.owner().orElse(null);
        due = p.dueAfterStart().map(start::plus).orElse(null);
        implementers.clear();
        roundEvidence.clear();
        state = ActionState.PLANNED;
      } else if (a instanceof Implement i) {
        implementers.add(step.actor());
        roundEvidence.addAll(i.evidence());
        allImplementationEvidence.addAll(i.evidence());
        state = ActionState.IMPLEMENTED;
      } else if (a instanceof Verify v) {
        effectivenessEvidence.addAll(v.evidence());
        state = ActionState.EFFECTIVENESS_VERIFIED;
      } else if (a instanceof Fail f) {
        effectivenessEvidence.addAll(f.evidence());
        failedChecks++;
        plan = null;
        owner = null;
        due = null;
        implementers.clear();
        roundEvidence.clear();
        if (f.rework() == Rework.ROOT_CAUSE_ANALYSIS) {
          rootCause = null;
          state = ActionState.CORRECTED;
        } else {
          state = ActionState.ROOT_CAUSE_IDENTIFIED;
        }
      } else if (a instanceof Close) {
        state = ActionState.CLOSED;
      } else {
        state = ActionState.CANCELLED;
      }
    }
  }

  private static CorrectiveAction attempt(CorrectiveAction a, Attempt x, Step step, Instant at, Instant start) {
    By by = new By(step.actor(), Optional.empty(), at, step.reason());
    if (x instanceof Link l) {
      return a.linkFinding(l.finding(), by);
    } else if (x instanceof Correct c) {
      return a.recordCorrection(c.correction(), by);
    } else if (x instanceof IdentifyRootCause r) {
      return a.identifyRootCause(r.rootCause(), by);
    } else if (x instanceof Plan p) {
      return p.owner().isPresent()
          ? a.plan(p.plan(), p.owner().get(), start.plus(p.dueAfterStart().orElseThrow()), by)
          : a.plan(p.plan(), by);
    } else if (x instanceof Implement i) {
      return a.implement(i.evidence(), by);
    } else if (x instanceof Verify v) {
      return a.verifyEffectiveness(v.evidence(), by);
    } else if (x instanceof Fail f) {
      return a.failEffectiveness(f.rework(), f.evidence(), by);
    } else if (x instanceof Close) {
      return a.close(by);
    } else {
      return a.cancel(by);
    }
  }

  private static void assertMatches(CorrectiveAction a, Model m, Object where) {
    assertThat(a.state()).as("%s: state", where).isEqualTo(m.state);
    assertThat(a.findings()).as("%s: findings", where).containsExactlyElementsOf(m.findings);
    assertThat(a.correction()).as("%s: correction", where).isEqualTo(Optional.ofNullable(m.correction));
    assertThat(a.rootCause()).as("%s: rootCause", where).isEqualTo(Optional.ofNullable(m.rootCause));
    assertThat(a.plan()).as("%s: plan", where).isEqualTo(Optional.ofNullable(m.plan));
    assertThat(a.owner()).as("%s: owner", where).isEqualTo(Optional.ofNullable(m.owner));
    assertThat(a.due()).as("%s: due", where).isEqualTo(Optional.ofNullable(m.due));
    assertThat(a.implementers()).as("%s: implementers", where).containsExactlyElementsOf(m.implementers);
    assertThat(a.implementationEvidence()).as("%s: implementationEvidence", where).containsExactlyElementsOf(m.allImplementationEvidence);
    assertThat(a.effectivenessEvidence()).as("%s: effectivenessEvidence", where).containsExactlyElementsOf(m.effectivenessEvidence);
    assertThat(a.failedChecks()).as("%s: failedChecks", where).isEqualTo(m.failedChecks);
  }

  /** Everything derived from the history, compared between two actions. */
  private static void assertSameDerivedState(CorrectiveAction actual, CorrectiveAction expected, Object where) {
    assertThat(actual).as("%s", where).isEqualTo(expected);
    assertThat(actual.id()).as("%s: id", where).isEqualTo(expected.id());
    assertThat(actual.title()).as("%s: title", where).isEqualTo(expected.title());
    assertThat(actual.state()).as("%s: state", where).isEqualTo(expected.state());
    assertThat(actual.findings()).as("%s: findings", where).isEqualTo(expected.findings());
    assertThat(actual.correction()).as("%s: correction", where).isEqualTo(expected.correction());
    assertThat(actual.rootCause()).as("%s: rootCause", where).isEqualTo(expected.rootCause());
    assertThat(actual.plan()).as("%s: plan", where).isEqualTo(expected.plan());
    assertThat(actual.owner()).as("%s: owner", where).isEqualTo(expected.owner());
    assertThat(actual.due()).as("%s: due", where).isEqualTo(expected.due());
    assertThat(actual.implementers()).as("%s: implementers", where).isEqualTo(expected.implementers());
    assertThat(actual.implementationEvidence()).as("%s: implementationEvidence", where).isEqualTo(expected.implementationEvidence());
    assertThat(actual.effectivenessEvidence()).as("%s: effectivenessEvidence", where).isEqualTo(expected.effectivenessEvidence());
    assertThat(actual.failedChecks()).as("%s: failedChecks", where).isEqualTo(expected.failedChecks());
    assertThat(actual.endedAt()).as("%s: endedAt", where).isEqualTo(expected.endedAt());
  }

  /** An action and what it showed when it was made. */
  record Snapshot(CorrectiveAction action, List<Event> events, ActionState state) {
    static Snapshot of(CorrectiveAction a) {
      return new Snapshot(a, List.copyOf(a.history().events()), a.state());
    }

    void assertUnchanged(int k) {
      assertThat(action.history().events()).as("snapshot %s events", k).containsExactlyElementsOf(events);
      assertThat(action.state()).as("snapshot %s state", k).isEqualTo(state);
    }
  }

  // edge cases are mostly empty and one-step sequences here: random ones go further
  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void anySequenceOfAttempts_followsTheTransitionTable(@ForAll("scenarios") Scenario scenario) {
    Instant at = scenario.start();
    CorrectiveAction current = CorrectiveAction.open(ID, "Obsolete SOPs on ward 4", scenario.findings(), By.of(scenario.opener(), at));
    Model model = new Model();
    model.findings.addAll(scenario.findings());
    assertMatches(current, model, "opened");
    List<Snapshot> snapshots = new ArrayList<>();
    snapshots.add(Snapshot.of(current));
    Set<ActionState> reached = EnumSet.of(ActionState.OPENED);

    for (int k = 0; k < scenario.steps().size(); k++) {
      Step step = scenario.steps().get(k);
      Attempt attempt = step.attempt(model.state);
      String where = "step " + k + " " + attempt + " by " + step.actor() + step.reason().map(r -> " because " + r).orElse("");
      at = at.plus(step.after());
      Transition t = attempt.transition();
      CorrectiveAction before = current;
      int size = before.history().size();
      boolean allowed = model.allows(attempt, step);
      Instant now = at;

      CorrectiveAction next = null;
      IllegalTransitionException refused = null;
      try {
        next = attempt(before, attempt, step, now, scenario.start());
      } catch (IllegalTransitionException e) {
        refused = e;
      }

      if (next == null) {
        IllegalTransitionException e = Objects.requireNonNull(refused);
        assertThat(allowed).as("%s was refused: %s", where, e.getMessage()).isFalse();
        assertThat(e.state()).as(where).isEqualTo(before.state()).isEqualTo(model.state);
        assertThat(e.transition()).as(where).isEqualTo(t);
        assertThat(e.action()).as(where).isEqualTo(ID);
        assertThat(e.missing()).as(where).isNotEmpty();
        assertThat(e.getMessage()).as(where).contains(model.state.name());
        assertThat(before.history().size()).as(where).isEqualTo(size);
      } else {
        assertThat(allowed).as("%s was accepted in state %s", where, before.state()).isTrue();
        List<Event> events = next.history().events();

        // append-only: exactly one more event, the earlier ones identical
        assertThat(events).as(where).hasSize(size + 1);
        assertThat(events.subList(0, size)).as(where).containsExactlyElementsOf(before.history().events());
        Event last = events.get(size);
        assertThat(last.sequence()).isEqualTo(size);
        assertThat(last.action()).as(where).isEqualTo(t.eventName());
        assertThat(last.actor()).as(where).isEqualTo(step.actor());
        assertThat(last.at()).as(where).isEqualTo(now);
        assertThat(last.reason()).as(where).isEqualTo(step.reason());
        assertThat(last.meaning()).as(where).isEqualTo(t.meaning());
        assertThat(next.history().verify().intact()).as(where).isTrue();
        assertThat(next.history().verify(next.history().head()).intact()).as(where).isTrue();

        // the state derived from the history is the state held
        assertSameDerivedState(CorrectiveAction.replay(next.history()), next, where);

        // the gates, stated on the action before the step
        if (t == Transition.VERIFY_EFFECTIVENESS) {
          assertThat(before.state()).as(where).isEqualTo(ActionState.IMPLEMENTED);
          assertThat(before.implementers()).as(where).doesNotContain(step.actor());
          assertThat(model.roundEvidence).as(where).isNotEmpty();
        }
        if (t == Transition.CLOSE) {
          assertThat(before.state()).as(where).isEqualTo(ActionState.EFFECTIVENESS_VERIFIED);
        }
        if (t == Transition.PLAN) {
          assertThat(before.rootCause()).as(where).isPresent();
        }
        if (t == Transition.IMPLEMENT) {
          assertThat(before.plan()).as(where).isPresent();
          assertThat(before.owner()).as(where).isPresent();
          assertThat(before.due()).as(where).isPresent();
        }
        if (t == Transition.CANCEL) {
          assertThat(step.reason()).as(where).isPresent();
        }
        assertThat(before.state().isOpen()).as(where).isTrue();

        model.apply(attempt, step, scenario.start());
        current = next;
        snapshots.add(Snapshot.of(current));
        reached.add(current.state());
      }
      assertMatches(current, model, where);
      for (int i = 0; i < snapshots.size(); i++) {
        snapshots.get(i).assertUnchanged(i);
      }
    }

    // the action as it stood at each snapshot's last instant is that snapshot (or a later one at
    // the same instant)
    for (int i = 0; i < snapshots.size(); i++) {
      Instant t = snapshots.get(i).action().history().last().orElseThrow().at();
      int latest = i;
      while (latest + 1 < snapshots.size() && !snapshots.get(latest + 1).action().history().last().orElseThrow().at().isAfter(t)) {
        latest++;
      }
      assertThat(current.asOf(t)).as("asOf(%s)", t).contains(snapshots.get(latest).action());
    }
    assertThat(current.asOf(scenario.start().minusNanos(1))).isEmpty();

    // the scenarios reach the far end of the table often enough for the checks above to matter
    Statistics.label("final state")
        .collect(current.state())
        .coverage(c -> c.check(ActionState.CLOSED).percentage(p -> p >= 10));
    Statistics.label("verified at some point")
        .collect(reached.contains(ActionState.EFFECTIVENESS_VERIFIED))
        .coverage(c -> c.check(true).percentage(p -> p >= 15));
    Statistics.label("failed checks")
        .collect(Math.min(current.failedChecks(), 2))
        .coverage(c -> c.check(0).percentage(p -> p <= 95));
  }
}
