package org.qms4j.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
import org.qms4j.history.By;
import org.qms4j.history.Event;
import org.qms4j.people.PersonId;
import org.qms4j.testing.QmsArbitraries;

/**
 * A controlled document under any sequence of attempted transitions, by two or three people at
 * non-decreasing instants, on versions "1" to "4": refused attempts change nothing, accepted ones
 * append exactly one event, replay gives the same document, and at every step and at many
 * instants at most one version is effective and every status agrees with a small model of our own:
 * a timeline of statuses per version, edited as the transition table of {@link DocumentTransition}
 * says.
 */
class ControlledDocumentProperties {

  private static final DocumentId ID = DocumentId.of("SOP-1");
  private static final List<PersonId> PEOPLE = List.of(PersonId.of("ana"), PersonId.of("ben"), PersonId.of("cleo"));
  private static final List<String> VERSIONS = List.of("1", "2", "3", "4");
  private static final List<Period> INTERVALS = List.of(Period.ofDays(1), Period.ofDays(7), Period.ofMonths(1), Period.ofYears(1));

  // ---------------------------------------------------------------------------------------------
  // attempts

  /** Where an attempted effective date lies. */
  enum From {
    BEFORE_THE_ACT,
    AT_THE_ACT,
    LATER,
    AT_THE_LAST_EFFECTIVE_DATE
  }

  /**
   * An attempt by a person, some time after the step before, with or without a reason: of a given
   * transition on a given version, or (when {@code transition} is empty) of the transition that
   * takes that version one step further now, so that sequences often get far.
   */
  record Step(
      Optional<DocumentTransition> transition,
      String version,
      From from,
      Duration later,
      PersonId actor,
      Duration after,
      Optional<String> reason) {
    DocumentTransition chosen(Model m) {
      return transition.orElseGet(() -> m.forward(version));
    }

    @Override
    public String toString() {
      return transition.map(Enum::name).orElse("FORWARD") + " " + version + " by " + actor + " after " + after
          + (reason.isPresent() ? " with reason" : "") + " (" + from + " " + later + ")";
    }
  }

  record Scenario(Period interval, List<PersonId> people, Instant start, List<Step> steps, List<Duration> probes) {}

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<Optional<DocumentTransition>> transitions =
        Arbitraries.frequencyOf(
            Tuple.of(12, Arbitraries.just(Optional.<DocumentTransition>empty())),
            Tuple.of(2, Arbitraries.just(Optional.of(DocumentTransition.DRAFT))),
            Tuple.of(2, Arbitraries.just(Optional.of(DocumentTransition.REVIEW))),
            Tuple.of(2, Arbitraries.just(Optional.of(DocumentTransition.APPROVE))),
            Tuple.of(2, Arbitraries.just(Optional.of(DocumentTransition.MAKE_EFFECTIVE))),
            Tuple.of(2, Arbitraries.just(Optional.of(DocumentTransition.RECORD_PERIODIC_REVIEW))),
            Tuple.of(1, Arbitraries.just(Optional.of(DocumentTransition.WITHDRAW))));
    Arbitrary<From> froms =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(From.BEFORE_THE_ACT)),
            Tuple.of(3, Arbitraries.just(From.AT_THE_ACT)),
            Tuple.of(5, Arbitraries.just(From.LATER)),
            Tuple.of(1, Arbitraries.just(From.AT_THE_LAST_EFFECTIVE_DATE)));
    Arbitrary<Duration> gaps =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(Duration.ZERO)),
            Tuple.of(3, Arbitraries.longs().between(1, 20L * 86_400).map(Duration::ofSeconds)));
    Arbitrary<Duration> laters = Arbitraries.longs().between(1, 30L * 86_400).map(Duration::ofSeconds);
    Arbitrary<Integer> peopleCount = Arbitraries.of(2, 3);
    return peopleCount.flatMap(
        n -> {
          List<PersonId> people = PEOPLE.subList(0, n);
          Arbitrary<Step> steps =
              Combinators.combine(
                      transitions,
                      Arbitraries.of(VERSIONS),
                      froms,
                      laters,
                      Arbitraries.of(people),
                      gaps,
                      QmsArbitraries.texts().optional(0.3))
                  .as(Step::new);
          return Combinators.combine(
                  Arbitraries.of(INTERVALS),
                  QmsArbitraries.instants(),
                  steps.list().ofMaxSize(40).withSizeDistribution(RandomDistribution.uniform()),
                  Arbitraries.longs().between(-86_400, 400L * 86_400).map(Duration::ofSeconds).list().ofMinSize(3).ofMaxSize(8))
              .as((interval, start, s, probes) -> new Scenario(interval, people, start, s, probes));
        });
  }

  // ---------------------------------------------------------------------------------------------
  // the model

  /** What the document should be: per version, its statuses over time. */
  static final class Model {
    final Period interval;
    /** Per version, in draft order: status from each instant on. */
    final Map<String, TreeMap<Instant, VersionStatus>> timelines = new LinkedHashMap<>();
    final Map<String, PersonId> drafters = new LinkedHashMap<>();
    final Map<String, PersonId> approvers = new LinkedHashMap<>();
    /** The effective date of each version made effective and not cancelled by the withdrawal. */
    final Map<String, Instant> effectiveDates = new LinkedHashMap<>();
    @Nullable String lastMadeEffective;
    @Nullable Instant withdrawnAt;
    /** Periodic reviews: when, and of which version. */
    final List<Map.Entry<Instant, String>> periodicReviews = new ArrayList<>();

    Model(Period interval) {
      this.interval = interval;
    }

    Optional<VersionStatus> status(String v, Instant t) {
      TreeMap<Instant, VersionStatus> line = timelines.get(v);
      if (line == null) {
        return Optional.empty();
      }
      Map.Entry<Instant, VersionStatus> e = line.floorEntry(t);
      return e == null ? Optional.empty() : Optional.of(e.getValue());
    }

    List<String> effectiveAt(Instant t) {
      List<String> all = new ArrayList<>();
      for (String v : timelines.keySet()) {
        if (status(v, t).equals(Optional.of(VersionStatus.EFFECTIVE))) {
          all.add(v);
        }
      }
      return all;
    }

    Optional<Instant> dueAt(Instant t) {
      List<String> effective = effectiveAt(t);
      if (effective.isEmpty()) {
        return Optional.empty();
      }
      String v = effective.get(0);
      Instant base = effectiveDates.get(v);
      for (Map.Entry<Instant, String> r : periodicReviews) {
        if (r.getValue().equals(v) && !r.getKey().isAfter(t) && r.getKey().isAfter(base)) {
          base = r.getKey();
        }
      }
      return Optional.of(base.atOffset(ZoneOffset.UTC).plus(interval).toInstant());
    }

    /** The transition that takes a version one step further. */
    DocumentTransition forward(String v) {
      if (!timelines.containsKey(v)) {
        return DocumentTransition.DRAFT;
      }
      if (!approvers.containsKey(v)) {
        return DocumentTransition.APPROVE;
      }
      if (!effectiveDates.containsKey(v)) {
        return DocumentTransition.MAKE_EFFECTIVE;
      }
      return DocumentTransition.RECORD_PERIODIC_REVIEW;
    }

    Instant effectiveDate(Step s, Instant at) {
      return switch (s.from()) {
        case BEFORE_THE_ACT -> at.minus(s.later());
        case AT_THE_ACT -> at;
        case LATER -> at.plus(s.later());
        case AT_THE_LAST_EFFECTIVE_DATE -> lastMadeEffective == null ? at : effectiveDates.getOrDefault(lastMadeEffective, at);
      };
    }

    boolean allows(DocumentTransition t, Step s, Instant at) {
      if (withdrawnAt != null) {
        return false;
      }
      String v = s.version();
      boolean exists = timelines.containsKey(v);
      boolean approved = approvers.containsKey(v);
      return switch (t) {
        case CREATE -> false;
        case DRAFT -> !exists;
        case REVIEW -> exists && !approved;
        case APPROVE -> exists && !approved && !drafters.get(v).equals(s.actor());
        case MAKE_EFFECTIVE -> {
          Instant from = effectiveDate(s, at);
          yield approved
              && !effectiveDates.containsKey(v)
              && !from.isBefore(at)
              && (lastMadeEffective == null || from.isAfter(effectiveDates.get(lastMadeEffective)));
        }
        case RECORD_PERIODIC_REVIEW -> !effectiveAt(at).isEmpty();
        case WITHDRAW -> s.reason().isPresent();
      };
    }

    void apply(DocumentTransition t, Step s, Instant at) {
      String v = s.version();
      switch (t) {
        case DRAFT -> {
          timelines.put(v, new TreeMap<>(Map.of(at, VersionStatus.DRAFT)));
          drafters.put(v, s.actor());
        }
        case REVIEW -> {}
        case APPROVE -> {
          timelines.get(v).put(at, VersionStatus.APPROVED);
          approvers.put(v, s.actor());
        }
        case MAKE_EFFECTIVE -> {
          Instant from = effectiveDate(s, at);
          timelines.get(v).put(from, VersionStatus.EFFECTIVE);
          if (lastMadeEffective != null) {
            timelines.get(lastMadeEffective).put(from, VersionStatus.OBSOLETE);
          }
          effectiveDates.put(v, from);
          lastMadeEffective = v;
        }
        case RECORD_PERIODIC_REVIEW -> periodicReviews.add(Map.entry(at, effectiveAt(at).get(0)));
        case WITHDRAW -> {
          withdrawnAt = at;
          for (Map.Entry<String, TreeMap<Instant, VersionStatus>> e : timelines.entrySet()) {
            TreeMap<Instant, VersionStatus> line = e.getValue();
            // what was to happen after the withdrawal does not
            line.tailMap(at, false).clear();
            if (line.floorEntry(at).getValue() == VersionStatus.EFFECTIVE) {
              line.put(at, VersionStatus.OBSOLETE);
            }
          }
          effectiveDates.values().removeIf(from -> from.isAfter(at));
        }
        case CREATE -> throw new AssertionError("a document is created once");
      }
    }
  }

  private static ControlledDocument attempt(ControlledDocument d, DocumentTransition t, Step s, Instant at, Instant from) {
    By by = new By(s.actor(), Optional.empty(), at, s.reason());
    return switch (t) {
      case DRAFT -> d.draft(s.version(), by);
      case REVIEW -> d.review(s.version(), by);
      case APPROVE -> d.approve(s.version(), by);
      case MAKE_EFFECTIVE -> d.makeEffective(s.version(), from, by);
      case RECORD_PERIODIC_REVIEW -> d.recordPeriodicReview(by);
      case WITHDRAW -> d.withdraw(by);
      case CREATE -> throw new AssertionError("a document is created once");
    };
  }

  /**
   * Compares the document with the model at every instant where something may change, just before
   * it, and at the probes; collects the differences rather than asserting each, for speed.
   */
  private static void assertMatches(ControlledDocument d, Model m, Scenario sc, Object where) {
    TreeSet<Instant> instants = new TreeSet<>();
    for (Instant t : d.dates()) {
      instants.add(t);
      instants.add(t.minusNanos(1));
    }
    for (Map<Instant, VersionStatus> line : m.timelines.values()) {
      line.keySet().forEach(t -> {
        instants.add(t);
        instants.add(t.minusNanos(1));
      });
    }
    sc.probes().forEach(p -> instants.add(sc.start().plus(p)));
    List<String> problems = new ArrayList<>();
    for (Instant t : instants) {
      int effective = 0;
      for (String v : VERSIONS) {
        Optional<VersionStatus> actual = d.statusAt(v, t);
        if (!actual.equals(m.status(v, t))) {
          problems.add("statusAt(" + v + ", " + t + ") was " + actual + "; model " + m.status(v, t));
        }
        if (actual.equals(Optional.of(VersionStatus.EFFECTIVE))) {
          effective++;
        }
      }
      if (effective > 1) {
        problems.add(effective + " versions effective at " + t);
      }
      List<String> modelEffective = m.effectiveAt(t);
      if (!d.effectiveVersionAt(t).equals(modelEffective.stream().findFirst()) || modelEffective.size() > 1) {
        problems.add("effectiveVersionAt(" + t + ") was " + d.effectiveVersionAt(t) + "; model " + modelEffective);
      }
      if (!d.reviewDueAt(t).equals(m.dueAt(t))) {
        problems.add("reviewDueAt(" + t + ") was " + d.reviewDueAt(t) + "; model " + m.dueAt(t));
      }
      boolean overdue = m.dueAt(t).map(due -> !t.isBefore(due)).orElse(false);
      if (d.isReviewOverdueAt(t) != overdue) {
        problems.add("isReviewOverdueAt(" + t + ") was " + d.isReviewOverdueAt(t));
      }
    }
    assertThat(problems).as("%s", where).isEmpty();
    assertThat(d.versions()).as("%s: versions", where).containsExactlyElementsOf(m.timelines.keySet());
    assertThat(d.withdrawnAt()).as("%s: withdrawnAt", where).isEqualTo(Optional.ofNullable(m.withdrawnAt));
    for (String v : VERSIONS) {
      assertThat(d.approvedBy(v)).as("%s: approvedBy(%s)", where, v).isEqualTo(Optional.ofNullable(m.approvers.get(v)));
      assertThat(d.effectiveFrom(v)).as("%s: effectiveFrom(%s)", where, v).isEqualTo(Optional.ofNullable(m.effectiveDates.get(v)));
    }
  }

  // edge cases are mostly empty and one-step sequences here: random ones go further
  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void anySequenceOfAttempts_followsTheModel(@ForAll("scenarios") Scenario sc) {
    Instant at = sc.start();
    ControlledDocument current = ControlledDocument.create(ID, "Recall of obsolete SOPs", sc.interval(), By.of(sc.people().get(0), at));
    Model model = new Model(sc.interval());
    List<ControlledDocument> snapshots = new ArrayList<>(List.of(current));
    int madeEffective = 0;
    int superseded = 0;

    for (int k = 0; k < sc.steps().size(); k++) {
      Step step = sc.steps().get(k);
      at = at.plus(step.after());
      DocumentTransition t = step.chosen(model);
      Instant from = model.effectiveDate(step, at);
      String where = "step " + k + " " + t + " " + step;
      ControlledDocument before = current;
      List<Event> eventsBefore = List.copyOf(before.history().events());
      boolean allowed = model.allows(t, step, at);

      ControlledDocument next = null;
      IllegalDocumentTransitionException refused = null;
      try {
        next = attempt(before, t, step, at, from);
      } catch (IllegalDocumentTransitionException e) {
        refused = e;
      }

      if (next == null) {
        assertThat(allowed).as("%s was refused: %s", where, refused == null ? "" : refused.getMessage()).isFalse();
        assertThat(refused.transition()).as(where).isEqualTo(t);
        assertThat(refused.document()).as(where).isEqualTo(ID);
        assertThat(refused.missing()).as(where).isNotEmpty();
        boolean documentWide = t == DocumentTransition.RECORD_PERIODIC_REVIEW || t == DocumentTransition.WITHDRAW;
        assertThat(refused.version())
            .as("%s: the version named", where)
            .isEqualTo(documentWide ? model.effectiveAt(at).stream().findFirst() : Optional.of(step.version()));
        if (refused.version().isPresent()) {
          assertThat(refused.status()).as(where).isEqualTo(model.status(refused.version().get(), at));
        }
        assertThat(before.history().events()).as(where).containsExactlyElementsOf(eventsBefore);
      } else {
        assertThat(allowed).as("%s was accepted", where).isTrue();
        List<Event> events = next.history().events();
        assertThat(events).as(where).hasSize(eventsBefore.size() + 1);
        assertThat(events.subList(0, eventsBefore.size())).as(where).containsExactlyElementsOf(eventsBefore);
        Event last = events.get(eventsBefore.size());
        assertThat(last.action()).as(where).isEqualTo(t.eventName());
        assertThat(last.actor()).as(where).isEqualTo(step.actor());
        assertThat(last.at()).as(where).isEqualTo(at);
        assertThat(last.reason()).as(where).isEqualTo(step.reason());
        assertThat(last.meaning()).as(where).contains(t.meaning());
        ControlledDocument replayed = ControlledDocument.replay(next.history());
        assertThat(replayed).as(where).isEqualTo(next);
        assertThat(replayed.dates()).as(where).isEqualTo(next.dates());
        if (t == DocumentTransition.MAKE_EFFECTIVE) {
          madeEffective++;
          superseded += model.lastMadeEffective == null ? 0 : 1;
        }
        model.apply(t, step, at);
        current = next;
        snapshots.add(current);
      }
      assertMatches(current, model, sc, where);
    }

    // the document as it stood at each snapshot's last instant is the latest snapshot then, and
    // says the same of that instant as the document today
    for (int i = 0; i < snapshots.size(); i++) {
      Instant t = snapshots.get(i).history().last().orElseThrow().at();
      int latest = i;
      while (latest + 1 < snapshots.size() && !snapshots.get(latest + 1).history().last().orElseThrow().at().isAfter(t)) {
        latest++;
      }
      ControlledDocument then = current.asOf(t).orElseThrow();
      assertThat(then).as("asOf(%s)", t).isEqualTo(snapshots.get(latest));
      for (String v : VERSIONS) {
        assertThat(then.statusAt(v, t)).as("asOf(%s).statusAt(%s)", t, v).isEqualTo(current.statusAt(v, t));
      }
      assertThat(then.effectiveVersionAt(t)).as("asOf(%s).effectiveVersionAt", t).isEqualTo(current.effectiveVersionAt(t));
    }
    assertThat(current.asOf(sc.start().minusNanos(1))).isEmpty();

    Statistics.label("versions made effective")
        .collect(Math.min(madeEffective, 3))
        .coverage(c -> c.check(3).percentage(p -> p >= 8));
    Statistics.label("superseded")
        .collect(superseded > 0)
        .coverage(c -> c.check(true).percentage(p -> p >= 20));
    Statistics.label("withdrawn")
        .collect(model.withdrawnAt != null)
        .coverage(c -> c.check(true).percentage(p -> p >= 10));
  }
}
