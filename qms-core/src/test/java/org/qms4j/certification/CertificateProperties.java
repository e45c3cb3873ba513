package org.qms4j.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.qms4j.audit.AuditId;
import org.qms4j.catalog.CatalogId;
import org.qms4j.history.By;
import org.qms4j.history.Event;
import org.qms4j.people.PersonId;
import org.qms4j.testing.QmsArbitraries;

/**
 * A certificate under any sequence of attempted transitions at non-decreasing instants spread over
 * three to four and a half years: refused attempts change nothing, accepted ones append exactly one
 * event, replay gives an equal certificate, and the status and surveillance overdue flag at any
 * instant agree with a small model of our own (the table of {@link CertificateTransition}, years counted with
 * {@code plusYears} in UTC).
 */
class CertificateProperties {

  private static final CertificateId ID = CertificateId.of("CERT-1");
  private static final CatalogId CATALOG = CatalogId.of("iso-9001:2015");
  private static final List<PersonId> PEOPLE = List.of(PersonId.of("ana"), PersonId.of("ben"));
  private static final long DAY = 86_400;

  // ---------------------------------------------------------------------------------------------
  // attempts

  /**
   * An attempt: of a given transition, or (when {@code transition} is empty) of the one that takes
   * the certificate along its cycle from the status the model holds now; {@code choice} picks among
   * surveillance, suspension and recertification from certified. The audit may be one recorded
   * already; the decision lies {@code decisionOffset} from the attempt's instant (mostly before
   * it); the reason may be missing.
   */
  record Step(
      Optional<CertificateTransition> transition,
      int choice,
      int audit,
      Duration decisionOffset,
      PersonId actor,
      int weight,
      Optional<String> reason) {

    CertificateTransition transition(CertificateStatus now, boolean renews) {
      return transition.orElseGet(
          () -> switch (now) {
            case APPLIED -> CertificateTransition.RECORD_STAGE_1;
            case STAGE_1_DONE -> CertificateTransition.RECORD_STAGE_2;
            case STAGE_2_DONE -> CertificateTransition.CERTIFY;
            case CERTIFIED -> choice < 6 || (choice >= 8 && !renews)
                ? CertificateTransition.RECORD_SURVEILLANCE
                : choice < 8 ? CertificateTransition.SUSPEND : CertificateTransition.RECERTIFY;
            case SUSPENDED -> choice < 3 ? CertificateTransition.RECORD_SURVEILLANCE : CertificateTransition.REINSTATE;
            case WITHDRAWN, EXPIRED -> CertificateTransition.RECORD_SURVEILLANCE;
          });
    }

    AuditId auditId() {
      return AuditId.of("AUD-" + audit);
    }
  }

  /**
   * A certificate applied for at {@code start}, the steps spread over {@code span} (each step
   * comes its weight's share of the span after the one before), and instants to compare at.
   */
  record Scenario(Instant start, Duration span, boolean renews, List<Step> steps, List<Duration> probes) {
    List<Instant> instants() {
      long total = steps.stream().mapToLong(Step::weight).sum();
      List<Instant> all = new ArrayList<>(steps.size());
      long sum = 0;
      for (Step s : steps) {
        sum += s.weight();
        all.add(start.plusSeconds(total == 0 ? 0 : span.toSeconds() * sum / total));
      }
      return all;
    }
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<Optional<CertificateTransition>> transitions =
        Arbitraries.frequencyOf(
            Tuple.of(16, Arbitraries.just(Optional.<CertificateTransition>empty())),
            Tuple.of(1, Arbitraries.of(CertificateTransition.class).filter(t -> t != CertificateTransition.APPLY).map(Optional::of)));
    Arbitrary<Duration> decisionOffsets =
        Arbitraries.frequencyOf(
            Tuple.of(10, Arbitraries.longs().between(-40 * DAY, 0).map(Duration::ofSeconds)),
            Tuple.of(2, Arbitraries.just(Duration.ZERO)),
            Tuple.of(1, Arbitraries.longs().between(1, 5 * DAY).map(Duration::ofSeconds)),
            Tuple.of(1, Arbitraries.longs().between(-1100 * DAY, -1090 * DAY).map(Duration::ofSeconds)));
    Arbitrary<Integer> weights =
        Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)), Tuple.of(6, Arbitraries.integers().between(1, 1000)));
    Arbitrary<Optional<String>> reasons = QmsArbitraries.texts().optional(0.85);
    Arbitrary<Step> steps =
        Combinators.combine(
                transitions,
                Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(1, 60),
                decisionOffsets,
                Arbitraries.of(PEOPLE),
                weights,
                reasons)
            .as(Step::new);
    Arbitrary<Duration> probes = Arbitraries.longs().between(-10 * DAY, 6 * 366 * DAY).map(Duration::ofSeconds);
    return Combinators.combine(
            QmsArbitraries.instants(),
            Arbitraries.longs().between(3 * 365 * DAY, 1650 * DAY).map(Duration::ofSeconds),
            Arbitraries.of(true, false),
            steps.list().ofMaxSize(40).withSizeDistribution(RandomDistribution.uniform()),
            probes.list().ofSize(20))
        .as(Scenario::new);
  }

  // ---------------------------------------------------------------------------------------------
  // the model

  /** The facts after one accepted event. */
  record Facts(Instant at, CertificateStatus held, @Nullable Instant decision, int surveillances, Set<AuditId> audits) {}

  /** What the certificate should be: the facts after each accepted event, oldest first. */
  static final class Model {
    final List<Facts> facts = new ArrayList<>();

    static Instant years(Instant i, int n) {
      return i.atZone(ZoneOffset.UTC).plusYears(n).toInstant();
    }

    Facts last() {
      return facts.get(facts.size() - 1);
    }

    @Nullable Facts at(Instant t) {
      Facts found = null;
      for (Facts f : facts) {
        if (!f.at().isAfter(t)) {
          found = f;
        }
      }
      return found;
    }

    static CertificateStatus status(Facts f, Instant t) {
      boolean running = f.held() == CertificateStatus.CERTIFIED || f.held() == CertificateStatus.SUSPENDED;
      return running && f.decision() != null && !t.isBefore(years(f.decision(), 3)) ? CertificateStatus.EXPIRED : f.held();
    }

    Optional<CertificateStatus> statusAt(Instant t) {
      Facts f = at(t);
      return f == null ? Optional.empty() : Optional.of(status(f, t));
    }

    boolean surveillanceOverdueAt(Instant t) {
      Facts f = at(t);
      if (f == null || f.decision() == null || f.surveillances() >= 2) {
        return false;
      }
      CertificateStatus s = status(f, t);
      if (s != CertificateStatus.CERTIFIED && s != CertificateStatus.SUSPENDED) {
        return false;
      }
      return !t.isBefore(years(f.decision(), f.surveillances() + 1));
    }

    boolean allows(CertificateTransition t, Step step, Instant at) {
      Facts f = last();
      CertificateStatus now = status(f, at);
      boolean newAudit = !f.audits().contains(step.auditId());
      Instant decision = at.plus(step.decisionOffset());
      if (now == CertificateStatus.WITHDRAWN || now == CertificateStatus.EXPIRED) {
        return false;
      }
      return switch (t) {
        case APPLY -> false;
        case RECORD_STAGE_1 -> now == CertificateStatus.APPLIED && newAudit;
        case RECORD_STAGE_2 -> now == CertificateStatus.STAGE_1_DONE && newAudit;
        case CERTIFY -> now == CertificateStatus.STAGE_2_DONE && !decision.isAfter(at) && at.isBefore(years(decision, 3));
        case RECORD_SURVEILLANCE -> (now == CertificateStatus.CERTIFIED || now == CertificateStatus.SUSPENDED) && newAudit;
        case RECERTIFY -> now == CertificateStatus.CERTIFIED && newAudit && !decision.isAfter(at) && decision.isAfter(Objects.requireNonNull(f.decision()));
        case SUSPEND -> now == CertificateStatus.CERTIFIED && step.reason().isPresent();
        case REINSTATE -> now == CertificateStatus.SUSPENDED;
        case WITHDRAW -> step.reason().isPresent();
      };
    }

    void apply(CertificateTransition t, Step step, Instant at) {
      Facts f = last();
      Set<AuditId> audits = new TreeSet<>(f.audits());
      Instant decision = at.plus(step.decisionOffset());
      Facts next = switch (t) {
        case RECORD_STAGE_1 -> new Facts(at, CertificateStatus.STAGE_1_DONE, null, 0, with(audits, step.auditId()));
        case RECORD_STAGE_2 -> new Facts(at, CertificateStatus.STAGE_2_DONE, null, 0, with(audits, step.auditId()));
        case CERTIFY -> new Facts(at, CertificateStatus.CERTIFIED, decision, 0, audits);
        case RECORD_SURVEILLANCE -> new Facts(at, f.held(), f.decision(), f.surveillances() + 1, with(audits, step.auditId()));
        case RECERTIFY -> new Facts(at, CertificateStatus.CERTIFIED, decision, 0, with(audits, step.auditId()));
        case SUSPEND -> new Facts(at, CertificateStatus.SUSPENDED, f.decision(), f.surveillances(), audits);
        case REINSTATE -> new Facts(at, CertificateStatus.CERTIFIED, f.decision(), f.surveillances(), audits);
        case WITHDRAW -> new Facts(at, CertificateStatus.WITHDRAWN, f.decision(), f.surveillances(), audits);
        case APPLY -> throw new AssertionError("applied once, by Certificate.apply");
      };
      facts.add(next);
    }

    private static Set<AuditId> with(Set<AuditId> audits, AuditId a) {
      audits.add(a);
      return audits;
    }
  }

  private static Certificate attempt(Certificate c, CertificateTransition t, Step step, Instant at) {
    By by = new By(step.actor(), Optional.empty(), at, step.reason());
    Instant decision = at.plus(step.decisionOffset());
    return switch (t) {
      case RECORD_STAGE_1 -> c.recordStage1(step.auditId(), by);
      case RECORD_STAGE_2 -> c.recordStage2(step.auditId(), by);
      case CERTIFY -> c.certify(decision, by);
      case RECORD_SURVEILLANCE -> c.recordSurveillance(step.auditId(), by);
      case RECERTIFY -> c.recordRecertification(step.auditId(), decision, by);
      case SUSPEND -> c.suspend(by);
      case REINSTATE -> c.reinstate(by);
      case WITHDRAW -> c.withdraw(by);
      case APPLY -> throw new AssertionError("applied once, by Certificate.apply");
    };
  }

  private static void assertAgrees(Certificate c, Model m, Instant t, Object where) {
    assertThat(c.statusAt(t)).as("%s: statusAt(%s)", where, t).isEqualTo(m.statusAt(t));
    assertThat(c.isSurveillanceOverdueAt(t)).as("%s: isSurveillanceOverdueAt(%s)", where, t).isEqualTo(m.surveillanceOverdueAt(t));
    assertThat(c.isRecertificationOverdueAt(t)).as("%s: isRecertificationOverdueAt(%s)", where, t).isEqualTo(m.statusAt(t).orElse(null) == CertificateStatus.EXPIRED);
  }

  // edge cases are mostly empty and one-step sequences here: random ones go further
  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void anySequenceOfAttempts_agreesWithTheModel(@ForAll("scenarios") Scenario scenario) {
    Instant at = scenario.start();
    Certificate current = Certificate.apply(ID, CATALOG, "Example Certification Ltd", By.of(PEOPLE.get(0), at));
    Model model = new Model();
    model.facts.add(new Facts(at, CertificateStatus.APPLIED, null, 0, Set.of()));
    List<Certificate> snapshots = new ArrayList<>(List.of(current));
    List<Instant> instants = scenario.instants();
    boolean recertified = false;
    boolean overdueSeen = false;

    for (int k = 0; k < scenario.steps().size(); k++) {
      Step step = scenario.steps().get(k);
      Instant now = instants.get(k);
      at = now;
      CertificateStatus statusNow = Model.status(model.last(), now);
      CertificateTransition t = step.transition(statusNow, scenario.renews());
      String where = "step " + k + " " + t + " at " + now + " " + step;
      boolean allowed = model.allows(t, step, now);
      Certificate before = current;
      List<Event> eventsBefore = List.copyOf(before.history().events());

      Certificate next = null;
      IllegalCertificateTransitionException refused = null;
      try {
        next = attempt(before, t, step, now);
      } catch (IllegalCertificateTransitionException e) {
        refused = e;
      }

      if (next == null) {
        IllegalCertificateTransitionException e = Objects.requireNonNull(refused);
        assertThat(allowed).as("%s was refused: %s", where, e.getMessage()).isFalse();
        assertThat(e.certificate()).as(where).isEqualTo(ID);
        assertThat(e.status()).as(where).isEqualTo(statusNow);
        assertThat(e.transition()).as(where).isEqualTo(t);
        assertThat(e.missing()).as(where).isNotEmpty();
        assertThat(before.history().events()).as(where).containsExactlyElementsOf(eventsBefore);
      } else {
        assertThat(allowed).as("%s was accepted in status %s", where, statusNow).isTrue();
        List<Event> events = next.history().events();
        assertThat(events).as(where).hasSize(eventsBefore.size() + 1);
        assertThat(events.subList(0, eventsBefore.size())).as(where).containsExactlyElementsOf(eventsBefore);
        Event last = events.get(eventsBefore.size());
        assertThat(last.action()).as(where).isEqualTo(t.eventName());
        assertThat(last.actor()).as(where).isEqualTo(step.actor());
        assertThat(last.at()).as(where).isEqualTo(now);
        assertThat(last.reason()).as(where).isEqualTo(step.reason());
        assertThat(last.meaning()).as(where).isEqualTo(t.meaning());
        assertThat(before.history().events()).as(where).containsExactlyElementsOf(eventsBefore);

        Certificate replayed = Certificate.replay(next.history());
        assertThat(replayed).as(where).isEqualTo(next);
        assertThat(replayed.decisionAt()).as(where).isEqualTo(next.decisionAt());
        assertThat(replayed.expiresAt()).as(where).isEqualTo(next.expiresAt());
        assertThat(replayed.audits()).as(where).isEqualTo(next.audits());
        assertThat(replayed.dates()).as(where).isEqualTo(next.dates());

        model.apply(t, step, now);
        recertified |= t == CertificateTransition.RECERTIFY;
        current = next;
        snapshots.add(current);
      }
      Facts f = model.last();
      assertThat(current.decisionAt()).as(where).isEqualTo(Optional.ofNullable(f.decision()));
      assertThat(current.expiresAt()).as(where).isEqualTo(Optional.ofNullable(f.decision()).map(d -> Model.years(d, 3)));
      assertThat(current.audits()).as(where).containsExactlyInAnyOrderElementsOf(f.audits());
      assertAgrees(current, model, now, where);
      overdueSeen |= model.surveillanceOverdueAt(now);
    }

    // at random instants, and where the model's dates fall and just before
    Set<Instant> probes = new TreeSet<>();
    scenario.probes().forEach(p -> probes.add(scenario.start().plus(p)));
    for (Facts f : model.facts) {
      probes.add(f.at());
      probes.add(f.at().minusNanos(1));
      if (f.decision() != null) {
        for (int y = 1; y <= 3; y++) {
          probes.add(Model.years(f.decision(), y));
          probes.add(Model.years(f.decision(), y).minusNanos(1));
        }
      }
    }
    for (Instant p : probes) {
      assertAgrees(current, model, p, "final");
      overdueSeen |= model.surveillanceOverdueAt(p);
    }

    // the certificate as it stood at each accepted event's instant is the latest snapshot then
    for (Certificate s : snapshots) {
      Instant t = s.history().last().orElseThrow().at();
      Certificate latest = s;
      for (Certificate later : snapshots) {
        if (!later.history().last().orElseThrow().at().isAfter(t)) {
          latest = later;
        }
      }
      assertThat(current.asOf(t)).as("asOf(%s)", t).contains(latest);
    }
    assertThat(current.asOf(scenario.start().minusNanos(1))).isEmpty();

    Instant end = at;
    Statistics.label("status at the end")
        .collect(current.statusAt(end).orElseThrow())
        .coverage(c -> {
          c.check(CertificateStatus.CERTIFIED).percentage(p -> p >= 5);
          c.check(CertificateStatus.EXPIRED).percentage(p -> p >= 2);
        });
    Statistics.label("recertified").collect(recertified).coverage(c -> c.check(true).percentage(p -> p >= 5));
    Statistics.label("surveillance overdue seen").collect(overdueSeen).coverage(c -> c.check(true).percentage(p -> p >= 5));
  }
}
