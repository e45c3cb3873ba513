package org.qms4j.examples;

import java.time.LocalDate;
import java.util.Locale;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.conformity.RequirementResult;
import org.qms4j.conformity.Verdict;
import org.qms4j.plan.ImplementationPlan;
import org.qms4j.plan.Levelling;
import org.qms4j.plan.Progress;
import org.qms4j.plan.Schedule;
import org.qms4j.plan.Slip;
import org.qms4j.plan.Task;
import org.qms4j.plan.TaskId;
import org.qms4j.plan.TaskKind;

/**
 * Follows an implementation plan through a story: a gap task is done on the first step at which
 * every requirement it names conforms (or is excluded); the plan's own schedule then says how far
 * the work has come, which tasks are late against it, and when the rest would finish.
 */
final class PlanTracker {
  private final Schedule baseline;
  private ImplementationPlan plan;

  PlanTracker(Schedule baseline) {
    this.baseline = baseline;
    this.plan = baseline.plan();
  }

  /** The schedule the organisation agreed to: levelled, without completions. */
  Schedule baseline() {
    return baseline;
  }

  /** The plan scheduled as the baseline was, with the completions recorded so far. */
  Schedule current() {
    Schedule s = plan.schedule(baseline.start(), baseline.calendar(), baseline.capacity());
    return baseline.moves().isEmpty() ? s : s.level(Levelling.EXTEND_FINISH);
  }

  /** Marks done the gap tasks whose requirements all conform at the step. */
  void update(Step step) {
    LocalDate day = Records.date(step.asOf());
    for (Task t : plan.tasks()) {
      if (t.kind() == TaskKind.GAP && t.completedOn().isEmpty() && t.requirements().stream().allMatch(r -> met(step.report(), r))) {
        plan = plan.withCompletedOn(t.id(), day);
      }
    }
  }

  /** Marks one task done, such as the certification-audit milestone. */
  void complete(TaskId task, LocalDate day) {
    plan = plan.withCompletedOn(task, day);
  }

  private static boolean met(ConformityReport report, org.qms4j.catalog.RequirementId id) {
    Verdict v = report.result(id).map(RequirementResult::verdict).orElse(Verdict.NOT_ASSESSED);
    return v == Verdict.CONFORMING || v == Verdict.NOT_APPLICABLE;
  }

  /** {@code plan: 12 of 25 tasks done (48% of the effort); 2 tasks late against it (T-21 the most, 9 working days); the rest would finish 2026-08-05}. */
  String line(LocalDate asOf) {
    Schedule s = current();
    Progress p = s.progress(asOf);
    StringBuilder b =
        new StringBuilder(String.format(Locale.ROOT, "plan: %d of %d tasks done (%.0f%% of the effort)", p.done(), p.total(), p.percentDone()));
    java.util.List<Slip> late = s.slipped(asOf);
    if (!late.isEmpty()) {
      Slip most = late.stream().max(java.util.Comparator.comparingLong(Slip::workingDaysLate)).orElseThrow();
      b.append("; ").append(late.size()).append(late.size() == 1 ? " task" : " tasks").append(" late against it (")
          .append(most.task()).append(late.size() == 1 ? " by " : " the most, ").append(Records.count(most.workingDaysLate(), "working day")).append(")");
    }
    if (p.done() < p.total()) {
      LocalDate next = s.calendar().nextWorkingDay(asOf.plusDays(1));
      Schedule rest = plan.remainingAsOf(asOf).schedule(next, s.calendar(), s.capacity()).level(Levelling.EXTEND_FINISH);
      b.append("; the rest would finish ").append(rest.finish());
    }
    return b.toString();
  }
}
