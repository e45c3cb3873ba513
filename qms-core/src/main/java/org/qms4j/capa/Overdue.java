package org.qms4j.capa;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.qms4j.finding.FindingId;

/**
 * One deadline missed as of an instant: a step owed, since when, for which nonconformity and by
 * which action (none for a nonconformity that no action answers).
 *
 * <p>Immutable and thread-safe.
 *
 * @param step the step owed
 * @param due when it was due; it is overdue from this instant on
 * @param finding the nonconformity the step answers
 * @param action the action that owes the step, if any
 */
public record Overdue(OverdueStep step, Instant due, FindingId finding, Optional<CorrectiveActionId> action) {

  /**
   * Creates an overdue step.
   *
   * @param step the step, not null
   * @param due the due instant, not null
   * @param finding the finding, not null
   * @param action the action, not null
   */
  public Overdue {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(action, "action");
  }
}
