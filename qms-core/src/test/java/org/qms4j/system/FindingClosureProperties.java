package org.qms4j.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qms4j.capa.CorrectiveAction;
import org.qms4j.capa.CorrectiveActionId;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.finding.ImmutableFinding;
import org.qms4j.testing.CapaFixtures;
import org.qms4j.testing.Examples;

/**
 * The finding lifecycle as a quality system enforces it, for any sequence of attempted changes:
 * closing, reopening and removing findings, walking, replacing and removing their corrective
 * actions. A small model decides independently whether each attempt is allowed; the system must
 * agree both ways, a refused attempt changes nothing, and every accepted snapshot keeps the
 * invariant (each closed nonconformity has a linked action verified by its closing instant).
 */
class FindingClosureProperties {
  private static final Instant T0 = Examples.T0;
  private static final int FINDINGS = 3;
  private static final List<EvidenceId> EVIDENCE = List.of(EvidenceId.of("ev-1"), EvidenceId.of("ev-2"));

  sealed interface Step permits Close, Reopen, Walk, RemoveAction, RemoveFinding {}

  record Close(int finding, int days) implements Step {}

  record Reopen(int finding) implements Step {}

  record Walk(int finding, int steps) implements Step {}

  record RemoveAction(int finding) implements Step {}

  record RemoveFinding(int finding) implements Step {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Integer> f = Arbitraries.integers().between(0, FINDINGS - 1);
    return Arbitraries.<Step>frequencyOf(
            net.jqwik.api.Tuple.of(3, Combinators.combine(f, Arbitraries.integers().between(0, 12)).as(Close::new)),
            net.jqwik.api.Tuple.of(1, f.map(Reopen::new)),
            net.jqwik.api.Tuple.of(4, Combinators.combine(f, Arbitraries.integers().between(1, CapaFixtures.CLOSED)).as(Walk::new)),
            net.jqwik.api.Tuple.of(1, f.map(RemoveAction::new)),
            net.jqwik.api.Tuple.of(1, f.map(RemoveFinding::new)))
        .list()
        .ofMaxSize(25);
  }

  private static FindingId fid(int i) {
    return FindingId.of("F-" + i);
  }

  private static CorrectiveActionId aid(int i) {
    return CorrectiveActionId.of("CA-" + i);
  }

  private static Finding finding(int i) {
    return Examples.finding("F-" + i).grade(i == 0 ? FindingGrade.MAJOR_NONCONFORMITY : i == 1 ? FindingGrade.MINOR_NONCONFORMITY : FindingGrade.OBSERVATION).build();
  }

  @Property(tries = 300)
  void anySequenceOfAttempts_keepsClosureGated_andRefusalsChangeNothing(@ForAll("steps") List<Step> steps) {
    QualitySystem.Builder b = Examples.system().toBuilder().addEvidence(Examples.evidence("ev-1").build()).addEvidence(Examples.evidence("ev-2").build());
    for (int i = 0; i < FINDINGS; i++) {
      b.addFinding(finding(i));
    }
    QualitySystem system = b.build();
    Map<Integer, Integer> walked = new HashMap<>();
    List<QualitySystem> kept = new ArrayList<>();
    List<String> keptText = new ArrayList<>();
    for (Step step : steps) {
      boolean allowed = allowed(system, walked, step);
      QualitySystem before = system;
      String beforeText = describe(before);
      try {
        system = apply(system, step);
        if (!allowed) {
          fail("the system accepted %s, which the model refuses", step);
        }
        if (step instanceof Walk w) {
          walked.put(w.finding(), w.steps());
        } else if (step instanceof RemoveAction r) {
          walked.remove(r.finding());
        }
      } catch (InvalidSystemException refused) {
        if (allowed) {
          fail("the system refused %s, which the model allows: %s", step, refused.getMessage());
        }
        assertThat(describe(before)).isEqualTo(beforeText);
        assertThat(refused.problems()).extracting(SystemProblem::kind)
            .allMatch(k -> k == SystemProblem.Kind.CLOSED_WITHOUT_EFFECTIVE_ACTION || k == SystemProblem.Kind.STILL_REFERENCED
                || k == SystemProblem.Kind.HISTORY_REWRITTEN || k == SystemProblem.Kind.NOT_FOUND
                || k == SystemProblem.Kind.UNKNOWN_REFERENCE);
      }
      assertInvariant(system);
      kept.add(system);
      keptText.add(describe(system));
    }
    for (int k = 0; k < kept.size(); k++) {
      assertThat(describe(kept.get(k))).as("snapshot %s", k).isEqualTo(keptText.get(k));
    }
  }

  private static QualitySystem apply(QualitySystem system, Step step) {
    if (step instanceof Close c) {
      Finding f = system.finding(fid(c.finding())).orElse(finding(c.finding()));
      return system.withFinding(ImmutableFinding.copyOf(f).withClosedAt(T0.plus(Duration.ofDays(c.days()))));
    } else if (step instanceof Reopen r) {
      Finding f = system.finding(fid(r.finding())).orElse(finding(r.finding()));
      return system.withFinding(ImmutableFinding.copyOf(f).withClosedAt(Optional.empty()));
    } else if (step instanceof Walk w) {
      return system.withCorrectiveAction(walk(w.finding(), w.steps()));
    } else if (step instanceof RemoveAction r) {
      return system.without(Registers.CORRECTIVE_ACTIONS, aid(r.finding()));
    } else {
      return system.withoutFinding(fid(((RemoveFinding) step).finding()));
    }
  }

  private static CorrectiveAction walk(int finding, int steps) {
    return CapaFixtures.walk("CA-" + finding, fid(finding), steps, T0, Duration.ofDays(1), EVIDENCE);
  }

  /** Whether the change keeps every rule between the registers, worked out from the model alone. */
  private static boolean allowed(QualitySystem system, Map<Integer, Integer> walked, Step step) {
    if (step instanceof Close c) {
      Finding f = system.finding(fid(c.finding())).orElse(finding(c.finding()));
      Instant closing = T0.plus(Duration.ofDays(c.days()));
      return !f.grade().isNonconformity() || verifiedBy(walked.get(c.finding()), closing);
    } else if (step instanceof Reopen) {
      return true;
    } else if (step instanceof Walk w) {
      if (system.finding(fid(w.finding())).isEmpty()) {
        return false;
      }
      Integer before = walked.get(w.finding());
      return before == null || w.steps() >= before;
    } else if (step instanceof RemoveAction r) {
      if (!walked.containsKey(r.finding())) {
        return false;
      }
      Optional<Finding> f = system.finding(fid(r.finding()));
      return f.isEmpty() || !f.get().grade().isNonconformity() || f.get().closedAt().isEmpty();
    } else {
      int i = ((RemoveFinding) step).finding();
      return system.finding(fid(i)).isPresent() && !walked.containsKey(i);
    }
  }

  /** Whether an action walked {@code steps} steps from T0, a day apart, was verified by the instant. */
  private static boolean verifiedBy(Integer steps, Instant closing) {
    if (steps == null || steps < CapaFixtures.VERIFIED) {
      return false;
    }
    Instant verified = T0.plus(Duration.ofDays(CapaFixtures.VERIFIED - 1));
    return !verified.isAfter(closing);
  }

  private static void assertInvariant(QualitySystem system) {
    for (Finding f : system.findings()) {
      if (f.grade().isNonconformity() && f.closedAt().isPresent()) {
        assertThat(system.correctiveActionsFor(f.id()))
            .as("a verified action for closed %s", f.id())
            .anySatisfy(a -> assertThat(a.effectivenessVerifiedAt()).hasValueSatisfying(v -> assertThat(v).isBeforeOrEqualTo(f.closedAt().get())));
      }
    }
    for (CorrectiveAction a : system.correctiveActions()) {
      for (FindingId f : a.findings()) {
        assertThat(system.finding(f)).as("finding %s of %s", f, a.id()).isPresent();
      }
    }
  }

  private static String describe(QualitySystem s) {
    StringBuilder text = new StringBuilder();
    s.findings().forEach(f -> text.append(f.id()).append(f.closedAt()).append(';'));
    s.correctiveActions().forEach(a -> text.append(a.id()).append(a.history().size()).append(a.state()).append(';'));
    return text.toString();
  }
}
