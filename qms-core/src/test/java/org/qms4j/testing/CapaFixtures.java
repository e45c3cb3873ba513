package org.qms4j.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qms4j.capa.CorrectiveAction;
import org.qms4j.capa.CorrectiveActionId;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingId;
import org.qms4j.finding.ImmutableFinding;
import org.qms4j.history.By;
import org.qms4j.people.PersonId;

/** Corrective actions walked a given number of steps, for tests that need them in a system. */
public final class CapaFixtures {
  /** Opens actions and identifies root causes. */
  public static final PersonId QUALITY = PersonId.of("quality.lead");
  /** Implements plans. */
  public static final PersonId OWNER = PersonId.of("ward.manager");
  /** Verifies effectiveness. */
  public static final PersonId AUDITOR = PersonId.of("internal.auditor");

  /** The steps of {@link #walk}, in order: opened, corrected, root cause, planned, implemented, verified, closed. */
  public static final int OPENED = 1;
  public static final int CORRECTED = 2;
  public static final int ROOT_CAUSE = 3;
  public static final int PLANNED = 4;
  public static final int IMPLEMENTED = 5;
  public static final int VERIFIED = 6;
  public static final int CLOSED = 7;

  private CapaFixtures() {}

  /**
   * An action answering a finding, walked {@code steps} steps from {@code start}, one step every
   * {@code gap}; the plan is due three gaps after it is made.
   *
   * @param id the action's id
   * @param finding the finding it answers
   * @param steps 1 to 7; from {@link #IMPLEMENTED} on, {@code evidence} must hold an item
   * @param start when it is opened
   * @param gap the time between steps
   * @param evidence evidence the system holds, used for implementation and the check
   * @return the action
   */
  public static CorrectiveAction walk(
      String id, FindingId finding, int steps, Instant start, Duration gap, List<EvidenceId> evidence) {
    Instant t = start;
    CorrectiveAction a = CorrectiveAction.open(CorrectiveActionId.of(id), "Answer " + finding, Set.of(finding), By.of(QUALITY, t));
    if (steps >= CORRECTED) {
      a = a.recordCorrection("Contained.", By.of(OWNER, t = t.plus(gap)));
    }
    if (steps >= ROOT_CAUSE) {
      a = a.identifyRootCause("Found.", By.of(QUALITY, t = t.plus(gap)));
    }
    if (steps >= PLANNED) {
      t = t.plus(gap);
      a = a.plan("Fix it.", OWNER, t.plus(gap.multipliedBy(3)), By.of(QUALITY, t));
    }
    if (steps >= IMPLEMENTED) {
      a = a.implement(Set.of(evidence.get(0)), By.of(OWNER, t = t.plus(gap)));
    }
    if (steps >= VERIFIED) {
      a = a.verifyEffectiveness(Set.of(evidence.get(evidence.size() - 1)), By.of(AUDITOR, t = t.plus(gap)));
    }
    if (steps >= CLOSED) {
      a = a.close(By.of(QUALITY, t.plus(gap)));
    }
    return a;
  }

  /**
   * The finding closed at the instant its action's effectiveness check passed, if it did.
   *
   * @param finding the finding
   * @param action an action answering it
   * @return the finding, closed where the action allows
   */
  public static Finding closedBy(Finding finding, CorrectiveAction action) {
    Optional<Instant> verified = action.effectivenessVerifiedAt();
    return verified.isPresent() && !verified.get().isBefore(finding.raisedAt())
        ? ImmutableFinding.copyOf(finding).withClosedAt(verified.get())
        : finding;
  }
}
