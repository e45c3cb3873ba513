package org.qms4j.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.qms4j.people.PersonId;

/**
 * Resource levelling by a serial schedule-generation scheme: tasks are placed one at a time in
 * topological order, the least slack first, each at the first working day from its earliest start
 * where its hours fit its person's weekly capacity (or, failing that, where they add the fewest
 * hours over capacity), within the window the {@link Levelling} mode allows. Loads are kept per
 * person in an array of minutes per week counted from the week of the start date.
 */
final class Leveller {
  private Leveller() {}

  static Schedule level(Schedule base, WorkingCalendar[] cals, Levelling mode) {
    ImplementationPlan plan = base.plan();
    List<Task> tasks = plan.tasks();
    int n = tasks.size();
    Cpm c0 = new Cpm(plan, base.start().toEpochDay(), cals, null);
    long startDay = base.start().toEpochDay();
    long firstMonday = Schedule.monday(startDay);
    long perDay = base.capacity().minutesPerDay();

    Map<PersonId, Integer> people = new HashMap<>();
    int[] person = new int[n];
    int[] dur = new int[n];
    List<Long> caps = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Task t = tasks.get(i);
      dur[i] = t.effortDays();
      person[i] = -1;
      if (t.assignee().isPresent() && dur[i] > 0) {
        PersonId p = t.assignee().get();
        Integer k = people.get(p);
        if (k == null) {
          k = people.size();
          people.put(p, k);
          caps.add(base.capacity().minutesPerWeek(p));
        }
        person[i] = k;
      }
    }
    Loads loads = new Loads(people.size(), caps, firstMonday, perDay);

    int[][] deps = plan.deps();
    int[][] succs = plan.succs();
    int[] waiting = new int[n];
    PriorityQueue<Integer> ready =
        new PriorityQueue<>(
            Math.max(1, n),
            (a, b) -> {
              int c = Long.compare(c0.ls[a], c0.ls[b]);
              if (c == 0) {
                c = Long.compare(c0.es[a], c0.es[b]);
              }
              return c != 0 ? c : Integer.compare(a, b);
            });
    for (int i = 0; i < n; i++) {
      waiting[i] = deps[i].length;
      if (waiting[i] == 0) {
        ready.add(i);
      }
    }
    long[] placed = new long[n];
    long[] placedEnd = new long[n];
    while (!ready.isEmpty()) {
      int i = ready.poll();
      WorkingCalendar cal = cals[i];
      long t = startDay;
      for (int d : deps[i]) {
        t = Math.max(t, dur[d] > 0 ? placedEnd[d] + 1 : placed[d]);
      }
      long earliest = cal.onOrAfter(t);
      long s = earliest;
      int p = person[i];
      if (p >= 0) {
        long limit =
            mode == Levelling.WITHIN_SLACK
                ? Math.max(earliest, c0.ls[i])
                : cal.onOrAfter(Math.max(earliest, loads.lastBusy[p] + 1));
        long best = loads.added(p, cal, s, dur[i]);
        long candidate = s;
        while (best > 0 && candidate < limit) {
          candidate = cal.plus(candidate, 1);
          if (candidate > limit) {
            break;
          }
          long a = loads.added(p, cal, candidate, dur[i]);
          if (a < best) {
            best = a;
            s = candidate;
          }
        }
        loads.add(p, cal, s, dur[i]);
      }
      placed[i] = s;
      placedEnd[i] = dur[i] > 0 ? cal.plus(s, dur[i] - 1) : s;
      for (int j : succs[i]) {
        if (--waiting[j] == 0) {
          ready.add(j);
        }
      }
    }

    Cpm c1 = new Cpm(plan, startDay, cals, placed);
    List<Move> moves = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (c1.es[i] > c0.es[i]) {
        moves.add(
            new Move(
                tasks.get(i).id(),
                LocalDate.ofEpochDay(c0.es[i]),
                LocalDate.ofEpochDay(c1.es[i]),
                cals[i].between(c0.es[i], c1.es[i]),
                c1.es[i] > c0.ls[i]));
      }
    }
    Schedule levelled = Schedule.levelled(base, c1, moves);
    return levelled.excessMinutes() > base.excessMinutes() ? base : levelled;
  }

  /** Minutes per person and week, the weeks counted from the Monday of the start date. */
  private static final class Loads {
    private final long[][] minutes;
    private final long[] capacity;
    private final long firstMonday;
    private final long perDay;
    final long[] lastBusy;

    Loads(int people, List<Long> caps, long firstMonday, long perDay) {
      this.minutes = new long[people][16];
      this.capacity = new long[people];
      for (int k = 0; k < people; k++) {
        capacity[k] = caps.get(k);
      }
      this.firstMonday = firstMonday;
      this.perDay = perDay;
      this.lastBusy = new long[people];
      Arrays.fill(lastBusy, Long.MIN_VALUE / 2);
    }

    private long at(int p, int week) {
      return week < minutes[p].length ? minutes[p][week] : 0;
    }

    /** The minutes over capacity that a task of {@code dur} days from {@code s} would add. */
    long added(int p, WorkingCalendar cal, long s, int dur) {
      long end = cal.plus(s, dur - 1);
      long cap = capacity[p];
      long added = 0;
      for (long m = Schedule.monday(s); m <= end; m += 7) {
        long days = cal.between(Math.max(s, m), Math.min(end, m + 6) + 1);
        long before = at(p, (int) ((m - firstMonday) / 7));
        long after = before + days * perDay;
        added += Math.max(0, after - cap) - Math.max(0, before - cap);
      }
      return added;
    }

    void add(int p, WorkingCalendar cal, long s, int dur) {
      long end = cal.plus(s, dur - 1);
      for (long m = Schedule.monday(s); m <= end; m += 7) {
        long days = cal.between(Math.max(s, m), Math.min(end, m + 6) + 1);
        int w = (int) ((m - firstMonday) / 7);
        if (w >= minutes[p].length) {
          minutes[p] = Arrays.copyOf(minutes[p], Math.max(w + 1, minutes[p].length * 2));
        }
        minutes[p][w] += days * perDay;
      }
      lastBusy[p] = Math.max(lastBusy[p], end);
    }
  }
}
