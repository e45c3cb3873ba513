package org.qms4j.capa;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.qms4j.InvalidModelException;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.internal.QmsStyle;

/**
 * How soon a nonconformity must be answered, by grade, counted from the instant it was raised:
 * linked to a corrective action, its correction (containment) recorded, the action planned. A
 * grade without a duration for a step has no deadline for it; observations and opportunities for
 * improvement have none. Besides, a planned action is overdue from its plan's due date until it is
 * implemented.
 *
 * <p>{@link #standard()}: a major nonconformity linked to an action and corrected within 30 days
 * and planned within 90; a minor one linked within 30 days and planned within 90. A step is overdue
 * from its due instant on until it is done. Durations are positive and at most {@value
 * #MAX_DAYS} days. Immutable and thread-safe.
 *
 * <pre>{@code
 * DeadlinePolicy strict = DeadlinePolicy.builder()
 *     .from(DeadlinePolicy.standard())
 *     .putCorrectionWithin(FindingGrade.MAJOR_NONCONFORMITY, Duration.ofDays(7))
 *     .build();
 * ConformityEngine engine = ConformityEngine.builder().deadlinePolicy(strict).build();
 * }</pre>
 */
@Value.Immutable
@QmsStyle
public abstract class DeadlinePolicy {
  /** The longest duration accepted, in days. */
  public static final long MAX_DAYS = 3_660;

  private static final DeadlinePolicy STANDARD =
      builder()
          .putLinkWithin(FindingGrade.MAJOR_NONCONFORMITY, Duration.ofDays(30))
          .putLinkWithin(FindingGrade.MINOR_NONCONFORMITY, Duration.ofDays(30))
          .putCorrectionWithin(FindingGrade.MAJOR_NONCONFORMITY, Duration.ofDays(30))
          .putPlanWithin(FindingGrade.MAJOR_NONCONFORMITY, Duration.ofDays(90))
          .putPlanWithin(FindingGrade.MINOR_NONCONFORMITY, Duration.ofDays(90))
          .build();

  DeadlinePolicy() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no deadline set
   */
  public static ImmutableDeadlinePolicy.Builder builder() {
    return new ImmutableDeadlinePolicy.Builder();
  }

  /**
   * The default policy: see the class description.
   *
   * @return the standard policy
   */
  public static DeadlinePolicy standard() {
    return STANDARD;
  }

  /**
   * Within how long of being raised a nonconformity of each grade must be linked to an action.
   *
   * @return the durations by grade
   */
  public abstract Map<FindingGrade, Duration> linkWithin();

  /**
   * Within how long of being raised the correction of a nonconformity of each grade must be
   * recorded.
   *
   * @return the durations by grade
   */
  public abstract Map<FindingGrade, Duration> correctionWithin();

  /**
   * Within how long of being raised the action answering a nonconformity of each grade must be
   * planned.
   *
   * @return the durations by grade
   */
  public abstract Map<FindingGrade, Duration> planWithin();

  /**
   * When a step is due for a finding.
   *
   * @param step {@link OverdueStep#LINK}, {@link OverdueStep#CORRECTION} or {@link
   *     OverdueStep#PLAN}, not null
   * @param finding the finding, not null
   * @return the due instant, or empty if the finding's grade has no deadline for the step
   */
  public Optional<Instant> due(OverdueStep step, Finding finding) {
    Map<FindingGrade, Duration> within =
        switch (step) {
          case LINK -> linkWithin();
          case CORRECTION -> correctionWithin();
          case PLAN -> planWithin();
          case IMPLEMENTATION -> Map.of();
        };
    Duration d = within.get(finding.grade());
    return d == null ? Optional.empty() : Optional.of(finding.raisedAt().plus(d));
  }

  /**
   * The deadlines a nonconformity has missed as of an instant, given every action that links it.
   * Only actions that linked it by then and were not cancelled by then answer it. Without such an
   * action, each step whose deadline passed is overdue with no action named; with them, the
   * correction and the plan are overdue only if none of them has done the step, and each planned
   * one is overdue past its plan's due date.
   *
   * @param finding the finding, not null
   * @param actions the actions that link the finding, at any time, not null
   * @param instant the instant, not null
   * @return the overdue steps, empty if none or if the finding is not an open nonconformity then
   */
  public List<Overdue> overdue(Finding finding, Collection<CorrectiveAction> actions, Instant instant) {
    if (!finding.grade().isNonconformity() || !finding.isOpenAt(instant)) {
      return List.of();
    }
    List<CorrectiveAction> answering = new ArrayList<>(actions.size());
    for (CorrectiveAction a : actions) {
      Optional<CorrectiveAction> then = a.asOf(instant);
      if (then.isPresent()
          && then.get().state() != ActionState.CANCELLED
          && then.get().linkedAt(finding.id()).isPresent()) {
        answering.add(then.get());
      }
    }
    answering.sort(java.util.Comparator.comparing(CorrectiveAction::id));
    List<Overdue> overdue = new ArrayList<>(0);
    if (answering.isEmpty()) {
      for (OverdueStep step : List.of(OverdueStep.LINK, OverdueStep.CORRECTION, OverdueStep.PLAN)) {
        Optional<Instant> due = due(step, finding);
        if (due.isPresent() && !instant.isBefore(due.get())) {
          overdue.add(new Overdue(step, due.get(), finding.id(), Optional.empty()));
        }
      }
      return overdue;
    }
    stepOverdue(OverdueStep.CORRECTION, finding, answering, instant, overdue);
    stepOverdue(OverdueStep.PLAN, finding, answering, instant, overdue);
    for (CorrectiveAction a : answering) {
      Optional<Instant> due = a.due();
      if (a.state() == ActionState.PLANNED && due.isPresent() && !instant.isBefore(due.get())) {
        overdue.add(new Overdue(OverdueStep.IMPLEMENTATION, due.get(), finding.id(), Optional.of(a.id())));
      }
    }
    return overdue;
  }

  private void stepOverdue(
      OverdueStep step, Finding finding, List<CorrectiveAction> answering, Instant instant, List<Overdue> overdue) {
    Optional<Instant> due = due(step, finding);
    if (due.isEmpty() || instant.isBefore(due.get())) {
      return;
    }
    for (CorrectiveAction a : answering) {
      Optional<Instant> done = step == OverdueStep.CORRECTION ? a.correctedAt() : a.firstPlannedAt();
      if (done.isPresent()) {
        return;
      }
    }
    for (CorrectiveAction a : answering) {
      overdue.add(new Overdue(step, due.get(), finding.id(), Optional.of(a.id())));
    }
  }

  /**
   * The instants at which the policy's deadlines for a finding fall.
   *
   * @param finding the finding, not null
   * @return the due instants, possibly empty
   */
  public List<Instant> dates(Finding finding) {
    List<Instant> all = new ArrayList<>(3);
    for (OverdueStep step : List.of(OverdueStep.LINK, OverdueStep.CORRECTION, OverdueStep.PLAN)) {
      due(step, finding).ifPresent(all::add);
    }
    return all;
  }

  @Value.Check
  void check() {
    check(linkWithin(), "linkWithin");
    check(correctionWithin(), "correctionWithin");
    check(planWithin(), "planWithin");
  }

  private static void check(Map<FindingGrade, Duration> within, String what) {
    for (Map.Entry<FindingGrade, Duration> e : within.entrySet()) {
      if (!e.getKey().isNonconformity()) {
        throw new InvalidModelException(
            "deadline policy: " + what + " had a deadline for " + e.getKey() + "; expected nonconformity grades only");
      }
      Duration d = e.getValue();
      if (d.isNegative() || d.isZero() || d.compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
        throw new InvalidModelException(
            "deadline policy: " + what + " for " + e.getKey() + " was " + d + "; expected more than zero and at most " + MAX_DAYS + " days");
      }
    }
  }
}
