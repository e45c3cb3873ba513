package org.qms4j.json.lifecycles;

import org.qms4j.testing.HistoryArbitraries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.qms4j.capa.CorrectiveAction;
import org.qms4j.capa.CorrectiveAction.Rework;
import org.qms4j.capa.CorrectiveActionId;
import org.qms4j.capa.IllegalTransitionException;
import org.qms4j.catalog.CatalogId;
import org.qms4j.certification.Certificate;
import org.qms4j.document.ControlledDocument;
import org.qms4j.document.DocumentId;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.FindingId;
import org.qms4j.history.By;
import org.qms4j.history.History;
import org.qms4j.people.PersonId;
import org.qms4j.testing.CapaFixtures;
import org.qms4j.testing.ManagementFixtures;
import org.qms4j.testing.QmsArbitraries;

/**
 * Lifecycles for round-trip and tamper properties: corrective actions walked along the happy path
 * by {@link CapaFixtures} or driven by random attempts (corrections, failed checks, links,
 * cancellations, with reasons, printed names and text beyond ASCII), and documents and
 * certificates from {@link ManagementFixtures}. The core's own action-sequence models are
 * package-private to its tests, so the random attempts are made here.
 */
final class LifecycleArbitraries {
  private static final List<PersonId> PEOPLE =
      List.of(PersonId.of("ana"), PersonId.of("ben"), PersonId.of("cleo"));

  private LifecycleArbitraries() {}

  /** Histories of 1 to 12 events with any actions, data, reasons, printed names and meanings. */
  static Arbitrary<History> histories() {
    return HistoryArbitraries.histories();
  }

  /** Non-blank printable text, some of it beyond ASCII, tabs and line breaks. */
  static Arbitrary<String> texts() {
    return HistoryArbitraries.texts();
  }

  /** Corrective actions walked 1 to 7 steps along the happy path. */
  static Arbitrary<CorrectiveAction> walkedActions() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 9_999),
            Arbitraries.integers().between(CapaFixtures.OPENED, CapaFixtures.CLOSED),
            QmsArbitraries.instants(),
            QmsArbitraries.positiveDurations(),
            Arbitraries.integers().between(1, 3))
        .as((n, steps, start, gap, evidence) ->
            CapaFixtures.walk("CA-" + n, FindingId.of("F-" + n), steps, start, gap,
                evidence(evidence)));
  }

  /** What an attempt tries. */
  enum Op {
    /** The transition that takes the action one step further along the happy path. */
    NEXT,
    LINK,
    PLAN_WITHOUT_OWNER,
    FAIL_TO_PLANNING,
    FAIL_TO_ROOT_CAUSE,
    CANCEL
  }

  /** One attempt, by one of three people, some time after the last. */
  record Attempt(Op op, int person, long afterSeconds, String text, Optional<String> reason,
      Optional<String> name) {}

  /** Corrective actions after up to 16 random attempts, refused ones left out. */
  @SuppressWarnings("unchecked")
  static Arbitrary<CorrectiveAction> drivenActions() {
    Arbitrary<Op> ops = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just(Op.NEXT)),
        Tuple.of(1, Arbitraries.just(Op.LINK)),
        Tuple.of(1, Arbitraries.just(Op.PLAN_WITHOUT_OWNER)),
        Tuple.of(1, Arbitraries.just(Op.FAIL_TO_PLANNING)),
        Tuple.of(1, Arbitraries.just(Op.FAIL_TO_ROOT_CAUSE)),
        Tuple.of(1, Arbitraries.just(Op.CANCEL)));
    Arbitrary<Attempt> attempts = Combinators.combine(
            ops,
            Arbitraries.integers().between(0, PEOPLE.size() - 1),
            Arbitraries.longs().between(0, 20L * 86_400),
            texts(),
            texts().optional(0.3),
            Arbitraries.of("Ana Silva", "Ben O'Neill", "Dr. Chen Wei").optional(0.3))
        .as(Attempt::new);
    return Combinators.combine(
            Arbitraries.integers().between(1, 9_999),
            texts().filter(t -> t.indexOf('\n') < 0 && t.indexOf('\t') < 0),
            QmsArbitraries.instants(),
            attempts.list().ofMaxSize(16))
        .as((n, title, start, list) -> {
          CorrectiveAction a = CorrectiveAction.open(CorrectiveActionId.of("CA-" + n), title.strip(),
              Set.of(FindingId.of("F-" + n)), By.of(PEOPLE.get(0), start));
          Instant at = start;
          int k = 0;
          for (Attempt s : list) {
            at = at.plusSeconds(s.afterSeconds());
            a = attempt(a, s, at, k++);
          }
          return a;
        });
  }

  private static CorrectiveAction attempt(CorrectiveAction a, Attempt s, Instant at, int k) {
    By by = new By(PEOPLE.get(s.person()), s.name(), at, s.reason());
    Set<EvidenceId> evidence = Set.of(EvidenceId.of("ev-" + k));
    try {
      return switch (s.op()) {
        case NEXT -> switch (a.state()) {
          case OPENED -> a.recordCorrection(s.text(), by);
          case CORRECTED -> a.identifyRootCause(s.text(), by);
          case ROOT_CAUSE_IDENTIFIED -> a.plan(s.text(),
              PEOPLE.get((s.person() + 1) % PEOPLE.size()), at.plus(Duration.ofDays(30)), by);
          case PLANNED -> a.owner().isPresent()
              ? a.implement(evidence, by)
              : a.plan(s.text(), PEOPLE.get(s.person()), at.plus(Duration.ofDays(30)), by);
          case IMPLEMENTED -> a.verifyEffectiveness(evidence, by);
          case EFFECTIVENESS_VERIFIED -> a.close(by);
          case CLOSED, CANCELLED -> a;
        };
        case LINK -> a.linkFinding(FindingId.of("F-x" + k), by);
        case PLAN_WITHOUT_OWNER -> a.plan(s.text(), by);
        case FAIL_TO_PLANNING -> a.failEffectiveness(Rework.PLANNING, evidence, by);
        case FAIL_TO_ROOT_CAUSE -> a.failEffectiveness(Rework.ROOT_CAUSE_ANALYSIS, Set.of(), by);
        case CANCEL -> a.cancel(by.reason().isPresent() ? by : by.because("No longer needed."));
      };
    } catch (IllegalTransitionException e) {
      return a;
    }
  }

  /** Documents from {@link ManagementFixtures#document}: created, effective, then perhaps more. */
  static Arbitrary<ControlledDocument> documents() {
    Arbitrary<Optional<Duration>> later =
        Arbitraries.longs().between(0, 800L * 86_400).map(Duration::ofSeconds).optional(0.5);
    return Combinators.combine(
            Arbitraries.integers().between(1, 9_999),
            Arbitraries.integers().between(1, 3_650),
            QmsArbitraries.instants(),
            later, later, later)
        .as((n, reviewDays, effective, review, second, withdraw) ->
            ManagementFixtures.document(DocumentId.of("SOP-" + n), reviewDays, effective, review,
                second, withdraw));
  }

  /** Certificates from {@link ManagementFixtures#certificate}: applied up to certified, and on. */
  static Arbitrary<Certificate> certificates() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 9_999),
            Arbitraries.of("iso-9001:2015", "iso-13485:2016", "iso-7101:2023"),
            Arbitraries.integers().between(1, 4),
            QmsArbitraries.instants(),
            Arbitraries.integers().between(0, 2),
            Arbitraries.of(true, false))
        .as((n, catalog, stages, decision, surveillances, suspended) ->
            ManagementFixtures.certificate("CERT-" + n, CatalogId.of(catalog), stages, decision,
                surveillances, suspended));
  }

  private static List<EvidenceId> evidence(int n) {
    return java.util.stream.IntStream.rangeClosed(1, n)
        .mapToObj(i -> EvidenceId.of("ev-" + i))
        .toList();
  }
}
