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
 * Resource levelling in two phases.
 *
 * <ol>
 *   <li>A serial schedule-generation scheme: tasks are placed one at a time in topological order,
 *       the least slack first, each at the first working day from its earliest start where its
 *       hours fit its person's weekly capacity (or, failing that, where they add the fewest hours
 *       over capacity), within the window the {@link Levelling} mode allows.
 *   <li>Repair: from the better of that placement and the unlevelled one, each assigned task in
 *       turn (latest first) moves to the day, between the finish of what it waits for and the start
 *       of what waits for it, that adds the fewest hours over capacity, if that is fewer than
 *       where it is; passes repeat while something moves. No move makes the total worse, so the
 *       result is never worse than the unlevelled schedule.
 * </ol>
 *
 * <p>Loads are kept per person in an array of minutes per week counted from the week of the start.
 */
final class Leveller {
  /** The most repair passes. */
  private static final int PASSES = 8;

  private final ImplementationPlan plan;
  private final WorkingCalendar[] cals;
  private final Levelling mode;
  private final Cpm c0;
  private final long startDay;
  private final int n;
  private final int[] dur;
  private final int[] person;
  private final long[] caps;
  private final long firstMonday;
  private final long perDay;

  private Leveller(Schedule base, WorkingCalendar[] cals, Levelling mode) {
    this.plan = base.plan();
    this.cals = cals;
    this.mode = mode;
    this.startDay = base.start().toEpochDay();
    this.c0 = new Cpm(plan, startDay, cals, null);
    this.firstMonday = Schedule.monday(startDay);
    this.perDay = base.capacity().minutesPerDay();
    List<Task> tasks = plan.tasks();
    this.n = tasks.size();
    this.dur = new int[n];
    this.person = new int[n];
    Map<PersonId, Integer> people = new HashMap<>();
    List<Long> capList = new ArrayList<>();
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
          capList.add(base.capacity().minutesPerWeek(p));
        }
        person[i] = k;
      }
    }
    this.caps = capList.stream().mapToLong(Long::longValue).toArray();
  }

  static Schedule level(Schedule base, WorkingCalendar[] cals, Levelling mode) {
    Leveller l = new Leveller(base, cals, mode);
    long[] serial = l.serial();
    long[] placed = l.loads(serial).excess() <= base.excessMinutes() ? serial : l.c0.es.clone();
    l.repair(placed);

    Cpm c1 = new Cpm(l.plan, l.startDay, cals, placed);
    List<Task> tasks = l.plan.tasks();
    List<Move> moves = new ArrayList<>();
    for (int i = 0; i < l.n; i++) {
      if (c1.es[i] > l.c0.es[i]) {
        moves.add(
            new Move(
                tasks.get(i).id(),
                LocalDate.ofEpochDay(l.c0.es[i]),
                LocalDate.ofEpochDay(c1.es[i]),
                cals[i].between(l.c0.es[i], c1.es[i]),
                c1.es[i] > l.c0.ls[i]));
      }
    }
    Schedule levelled = Schedule.levelled(base, c1, moves);
    // the repair never makes the total worse; this only guards against a flaw in that reasoning
    return levelled.excessMinutes() > base.excessMinutes() ? base : levelled;
  }

  private long end(int i, long start) {
    return dur[i] > 0 ? cals[i].plus(start, dur[i] - 1) : start;
  }

  /** The earliest start the dependencies allow, given where they are placed. */
  private long earliest(int i, long[] placed) {
    long t = startDay;
    for (int d : plan.deps()[i]) {
      t = Math.max(t, dur[d] > 0 ? end(d, placed[d]) + 1 : placed[d]);
    }
    return cals[i].onOrAfter(t);
  }

  private long[] serial() {
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
    Loads loads = new Loads();
    long[] placed = new long[n];
    while (!ready.isEmpty()) {
      int i = ready.poll();
      long earliest = earliest(i, placed);
      long s = earliest;
      int p = person[i];
      if (p >= 0) {
        long limit =
            mode == Levelling.WITHIN_SLACK
                ? Math.max(earliest, c0.ls[i])
                : cals[i].onOrAfter(Math.max(earliest, loads.lastBusy[p] + 1));
        s = loads.best(i, earliest, limit, earliest);
        loads.add(i, s, 1);
      }
      placed[i] = s;
      for (int j : succs[i]) {
        if (--waiting[j] == 0) {
          ready.add(j);
        }
      }
    }
    return placed;
  }

  private void repair(long[] placed) {
    Loads loads = loads(placed);
    int[] order = plan.order();
    int[][] succs = plan.succs();
    for (int pass = 0; pass < PASSES; pass++) {
      boolean moved = false;
      for (int k = n - 1; k >= 0; k--) {
        int i = order[k];
        if (person[i] < 0) {
          continue;
        }
        WorkingCalendar cal = cals[i];
        long lo = earliest(i, placed);
        long hi;
        if (succs[i].length == 0 && mode == Levelling.EXTEND_FINISH) {
          hi = cal.onOrAfter(Math.max(lo, loads.lastBusy[person[i]] + 1));
        } else {
          hi = mode == Levelling.WITHIN_SLACK ? c0.ls[i] : Long.MAX_VALUE;
          for (int s : succs[i]) {
            hi = Math.min(hi, cal.minus(cal.onOrBefore(placed[s] - 1), dur[i] - 1));
          }
        }
        if (hi <= lo) {
          continue;
        }
        loads.add(i, placed[i], -1);
        long s = loads.best(i, lo, hi, placed[i]);
        loads.add(i, s, 1);
        if (s != placed[i]) {
          placed[i] = s;
          moved = true;
        }
      }
      if (!moved) {
        return;
      }
    }
  }

  private Loads loads(long[] placed) {
    Loads loads = new Loads();
    for (int i = 0; i < n; i++) {
      if (person[i] >= 0) {
        loads.add(i, placed[i], 1);
      }
    }
    return loads;
  }

  /** Minutes per person and week, the weeks counted from the Monday of the start date. */
  private final class Loads {
    private final long[][] minutes = new long[caps.length][16];
    final long[] lastBusy = new long[caps.length];

    Loads() {
      Arrays.fill(lastBusy, Long.MIN_VALUE / 2);
    }

    private long at(int p, int week) {
      return week < minutes[p].length ? minutes[p][week] : 0;
    }

    /** The minutes over capacity that task i would add if it started on s. */
    long added(int i, long s) {
      int p = person[i];
      WorkingCalendar cal = cals[i];
      long e = end(i, s);
      long cap = caps[p];
      long added = 0;
      for (long m = Schedule.monday(s); m <= e; m += 7) {
        long days = cal.between(Math.max(s, m), Math.min(e, m + 6) + 1);
        long before = at(p, (int) ((m - firstMonday) / 7));
        long after = before + days * perDay;
        added += Math.max(0, after - cap) - Math.max(0, before - cap);
      }
      return added;
    }

    /**
     * The working day from {@code lo} to {@code hi} where task i adds the fewest minutes over
     * capacity: {@code keep} if nothing beats it, else the first of the best.
     */
    long best(int i, long lo, long hi, long keep) {
      long best = keep;
      long fewest = added(i, keep);
      for (long s = lo; fewest > 0 && s <= hi; s = cals[i].plus(s, 1)) {
        long a = added(i, s);
        if (a < fewest) {
          fewest = a;
          best = s;
        }
      }
      return best;
    }

    /** Adds (sign 1) or removes (sign -1) task i's load if it starts on s. */
    void add(int i, long s, int sign) {
      int p = person[i];
      WorkingCalendar cal = cals[i];
      long e = end(i, s);
      for (long m = Schedule.monday(s); m <= e; m += 7) {
        long days = cal.between(Math.max(s, m), Math.min(e, m + 6) + 1);
        int w = (int) ((m - firstMonday) / 7);
        if (w >= minutes[p].length) {
          minutes[p] = Arrays.copyOf(minutes[p], Math.max(w + 1, minutes[p].length * 2));
        }
        minutes[p][w] += sign * days * perDay;
      }
      if (sign > 0) {
        lastBusy[p] = Math.max(lastBusy[p], e);
      }
    }

    long excess() {
      long total = 0;
      for (int p = 0; p < caps.length; p++) {
        for (long m : minutes[p]) {
          total += Math.max(0, m - caps[p]);
        }
      }
      return total;
    }
  }
}
