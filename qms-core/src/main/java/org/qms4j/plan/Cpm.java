package org.qms4j.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The critical-path method over a plan, on epoch days: a forward pass for the earliest dates, a
 * backward pass for the latest, both in topological order (no recursion). A task of {@code d > 0}
 * days occupies the working days {@code es} to {@code ef} inclusive and lets a task that depends
 * on it start the day after {@code ef}; a task of 0 days sits on the working day {@code es = ef}
 * and lets its dependents start that same day.
 */
final class Cpm {
  final long start;
  final long[] es;
  final long[] ef;
  final long[] ls;
  final long[] lf;
  final long[] slack;
  final long finish;

  /**
   * Runs both passes.
   *
   * @param plan the plan
   * @param start the first day work may start, as an epoch day
   * @param cals each task's calendar, in plan order
   * @param notBefore each task's earliest start imposed from outside (levelling), or null for none
   */
  Cpm(ImplementationPlan plan, long start, WorkingCalendar[] cals, long @Nullable [] notBefore) {
    List<Task> tasks = plan.tasks();
    int n = tasks.size();
    int[][] deps = plan.deps();
    int[][] succs = plan.succs();
    int[] order = plan.order();
    int[] dur = new int[n];
    for (int i = 0; i < n; i++) {
      dur[i] = tasks.get(i).effortDays();
    }
    this.start = start;
    es = new long[n];
    ef = new long[n];
    ls = new long[n];
    lf = new long[n];
    slack = new long[n];
    long end = start;
    for (int i : order) {
      long t = notBefore == null ? start : Math.max(start, notBefore[i]);
      for (int d : deps[i]) {
        t = Math.max(t, dur[d] > 0 ? ef[d] + 1 : es[d]);
      }
      WorkingCalendar c = cals[i];
      es[i] = c.onOrAfter(t);
      ef[i] = dur[i] > 0 ? c.plus(es[i], dur[i] - 1) : es[i];
      end = Math.max(end, ef[i]);
    }
    finish = end;
    for (int k = n - 1; k >= 0; k--) {
      int i = order[k];
      long bound = finish;
      for (int s : succs[i]) {
        bound = Math.min(bound, dur[i] > 0 ? ls[s] - 1 : ls[s]);
      }
      WorkingCalendar c = cals[i];
      lf[i] = c.onOrBefore(bound);
      ls[i] = dur[i] > 0 ? c.minus(lf[i], dur[i] - 1) : lf[i];
      slack[i] = c.between(es[i], ls[i]);
    }
  }

  /** Each task's calendar: its assignee's own, if the capacity gives one, else the project's. */
  static WorkingCalendar[] calendars(ImplementationPlan plan, WorkingCalendar project, Capacity capacity) {
    List<Task> tasks = plan.tasks();
    WorkingCalendar[] cals = new WorkingCalendar[tasks.size()];
    for (int i = 0; i < cals.length; i++) {
      cals[i] = tasks.get(i).assignee().flatMap(capacity::calendar).orElse(project);
    }
    return cals;
  }
}
