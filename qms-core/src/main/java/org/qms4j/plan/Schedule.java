package org.qms4j.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.qms4j.people.PersonId;

/**
 * An implementation plan placed on the calendar ({@link ImplementationPlan#schedule}): each task's
 * start and finish, latest start and finish and slack; the critical path; the load of each person
 * per ISO week and the weeks over capacity; and, as of any date, progress and slips.
 *
 * <h2>How dates are worked out</h2>
 *
 * <ul>
 *   <li>Dates are inclusive working days. A task of {@code d} days starts on the first working day
 *       on or after the start date and the day after the last of its dependencies finishes, and
 *       finishes on its {@code d}-th working day; a task of 0 days (a milestone) starts and
 *       finishes on one working day, and its dependents may start that same day.
 *   <li>The latest start and finish are the latest that keep the project's {@link #finish()};
 *       slack is the working days between start and latest start, and the critical path is the
 *       tasks without slack. A task follows its assignee's calendar if the {@link Capacity} gives
 *       one, else the project's.
 *   <li>Each working day of an assigned task loads its person with {@link Capacity#hoursPerDay()}
 *       hours; the hours are summed per ISO week ({@link #load()}) and compared with the person's
 *       {@link Capacity#hoursPerWeek(PersonId)} ({@link #overAllocations()}). Unassigned tasks load
 *       nobody.
 * </ul>
 *
 * <p>{@link #level()} moves tasks to relieve over-allocated weeks and returns the levelled
 * schedule, whose {@link #moves()} say what moved and whose {@link #overAllocations()} are what it
 * could not relieve. Scheduling a plan of 5,000 tasks takes milliseconds (see BENCHMARKS.md). Every
 * pass is iterative. Immutable and thread-safe.
 *
 * <pre>{@code
 * Schedule s = plan.schedule(LocalDate.parse("2026-09-01"), calendar, Capacity.standard());
 * s.finish();                                    // the certification audit's day, if it is last
 * Schedule levelled = s.level();                 // within slack: the finish stays
 * levelled.overAllocations();                    // what levelling could not relieve
 * levelled.slipped(LocalDate.parse("2026-10-15"));
 * }</pre>
 */
public final class Schedule {
  private final ImplementationPlan plan;
  private final LocalDate start;
  private final WorkingCalendar calendar;
  private final Capacity capacity;
  private final WorkingCalendar[] cals;
  private final List<ScheduledTask> tasks;
  private final LocalDate finish;
  private final List<ScheduledTask> critical;
  private final List<WeekLoad> load;
  private final List<WeekLoad> over;
  private final long excessMinutes;
  private final List<Move> moves;

  private Schedule(
      ImplementationPlan plan,
      LocalDate start,
      WorkingCalendar calendar,
      Capacity capacity,
      WorkingCalendar[] cals,
      Cpm cpm,
      List<Move> moves) {
    this.plan = plan;
    this.start = start;
    this.calendar = calendar;
    this.capacity = capacity;
    this.cals = cals;
    this.moves = List.copyOf(moves);
    List<Task> ts = plan.tasks();
    int n = ts.size();
    List<ScheduledTask> st = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      st.add(
          new ScheduledTask(
              ts.get(i),
              LocalDate.ofEpochDay(cpm.es[i]),
              LocalDate.ofEpochDay(cpm.ef[i]),
              LocalDate.ofEpochDay(cpm.ls[i]),
              LocalDate.ofEpochDay(cpm.lf[i]),
              cpm.slack[i]));
    }
    this.tasks = Collections.unmodifiableList(st);
    this.finish = LocalDate.ofEpochDay(cpm.finish);
    List<ScheduledTask> crit = new ArrayList<>();
    for (ScheduledTask t : st) {
      if (t.isCritical()) {
        crit.add(t);
      }
    }
    crit.sort(Comparator.comparing(ScheduledTask::start).thenComparing(ScheduledTask::finish));
    this.critical = Collections.unmodifiableList(crit);
    Map<PersonId, TreeMap<Long, Long>> minutes = weeklyMinutes(plan, cals, cpm.es, cpm.ef, capacity);
    List<WeekLoad> all = new ArrayList<>();
    List<WeekLoad> overs = new ArrayList<>();
    long excess = 0;
    for (Map.Entry<PersonId, TreeMap<Long, Long>> e : new TreeMap<>(minutes).entrySet()) {
      long cap = capacity.minutesPerWeek(e.getKey());
      for (Map.Entry<Long, Long> w : e.getValue().entrySet()) {
        WeekLoad wl =
            new WeekLoad(e.getKey(), IsoWeek.of(LocalDate.ofEpochDay(w.getKey())), w.getValue() / 60.0, cap / 60.0);
        all.add(wl);
        if (w.getValue() > cap) {
          overs.add(wl);
          excess += w.getValue() - cap;
        }
      }
    }
    this.load = Collections.unmodifiableList(all);
    this.over = Collections.unmodifiableList(overs);
    this.excessMinutes = excess;
  }

  static Schedule of(ImplementationPlan plan, LocalDate start, WorkingCalendar calendar, Capacity capacity) {
    WorkingCalendar[] cals = Cpm.calendars(plan, calendar, capacity);
    return new Schedule(plan, start, calendar, capacity, cals, new Cpm(plan, start.toEpochDay(), cals, null), List.of());
  }

  static Schedule levelled(Schedule base, Cpm cpm, List<Move> moves) {
    return new Schedule(base.plan, base.start, base.calendar, base.capacity, base.cals, cpm, moves);
  }

  /** The Monday (epoch day) of the week a day falls in. */
  static long monday(long epochDay) {
    return epochDay - Math.floorMod(epochDay + 3, 7L);
  }

  /** Minutes per person and week (keyed by the week's Monday). */
  private static Map<PersonId, TreeMap<Long, Long>> weeklyMinutes(
      ImplementationPlan plan, WorkingCalendar[] cals, long[] es, long[] ef, Capacity capacity) {
    Map<PersonId, TreeMap<Long, Long>> out = new HashMap<>();
    List<Task> ts = plan.tasks();
    long perDay = capacity.minutesPerDay();
    for (int i = 0; i < ts.size(); i++) {
      Task t = ts.get(i);
      if (t.assignee().isEmpty() || t.effortDays() == 0) {
        continue;
      }
      TreeMap<Long, Long> weeks = out.computeIfAbsent(t.assignee().get(), p -> new TreeMap<>());
      for (long m = monday(es[i]); m <= ef[i]; m += 7) {
        long days = cals[i].between(Math.max(es[i], m), Math.min(ef[i], m + 6) + 1);
        if (days > 0) {
          weeks.merge(m, days * perDay, Long::sum);
        }
      }
    }
    return out;
  }

  /**
   * The plan this schedule places.
   *
   * @return the plan
   */
  public ImplementationPlan plan() {
    return plan;
  }

  /**
   * The first day work could start, as given.
   *
   * @return the start date
   */
  public LocalDate start() {
    return start;
  }

  /**
   * The last working day of the plan: the latest finish of any task; the start date for an empty
   * plan.
   *
   * @return the finish date
   */
  public LocalDate finish() {
    return finish;
  }

  /**
   * The project's working calendar.
   *
   * @return the calendar
   */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /**
   * The capacity the load was measured against.
   *
   * @return the capacity
   */
  public Capacity capacity() {
    return capacity;
  }

  /**
   * Every task as placed, in plan order.
   *
   * @return the scheduled tasks, unmodifiable
   */
  public List<ScheduledTask> tasks() {
    return tasks;
  }

  /**
   * One task as placed.
   *
   * @param id the task's id, not null
   * @return the scheduled task, or empty if the plan holds none with that id
   */
  public Optional<ScheduledTask> task(TaskId id) {
    Objects.requireNonNull(id, "id");
    int i = plan.position(id);
    return i < 0 ? Optional.empty() : Optional.of(tasks.get(i));
  }

  /**
   * The critical path: the tasks without slack, by start and then finish. Delaying any of them
   * delays the {@link #finish()}; a chain of them, each starting as the one before finishes, runs
   * from the first working day to the finish.
   *
   * @return the critical tasks, unmodifiable
   */
  public List<ScheduledTask> criticalPath() {
    return critical;
  }

  /**
   * The hours each person's tasks take in each ISO week they fall in, by person and then week.
   * Weeks without work are left out.
   *
   * @return the loads, unmodifiable
   */
  public List<WeekLoad> load() {
    return load;
  }

  /**
   * The weeks in which a person's tasks take more hours than the person can give, by person and
   * then week.
   *
   * @return the over-allocated weeks, unmodifiable
   */
  public List<WeekLoad> overAllocations() {
    return over;
  }

  /**
   * The hours above capacity over all over-allocated weeks: the measure levelling reduces.
   *
   * @return the sum of {@link WeekLoad#excess()} over {@link #overAllocations()}
   */
  public double excessHours() {
    return excessMinutes / 60.0;
  }

  long excessMinutes() {
    return excessMinutes;
  }

  /**
   * The tasks levelling started later than the schedule it levelled, in plan order; empty for a
   * schedule that was not levelled.
   *
   * @return the moves, unmodifiable
   */
  public List<Move> moves() {
    return moves;
  }

  /**
   * Levels within slack: {@link #level(Levelling)} with {@link Levelling#WITHIN_SLACK}.
   *
   * @return the levelled schedule
   */
  public Schedule level() {
    return level(Levelling.WITHIN_SLACK);
  }

  /**
   * Moves tasks later to relieve over-allocated people, and returns the levelled schedule.
   *
   * <p>Levelling starts from this plan scheduled without levelling and works in two phases. First
   * it places the tasks one at a time, those with the earliest latest start first (the least
   * slack), each only after every task it depends on: an assigned task goes to the first working
   * day, from the earliest its dependencies allow, on which its hours fit its person's capacity in
   * every week it touches, or, if no day fits, to the day that adds the fewest hours over capacity.
   * Then it repairs: from the better of that placement and the unlevelled one, each assigned task
   * in turn (the last first) moves to the day between the finish of what it waits for and the
   * start of what waits for it that adds the fewest hours over capacity, when that is fewer than
   * where it stands; the passes repeat while something moves (at most 8). With {@link
   * Levelling#WITHIN_SLACK} no task starts after its latest start, so the finish and the critical
   * tasks stay; with {@link Levelling#EXTEND_FINISH} a task may go as late as the day after its
   * person's last busy day.
   *
   * <p>The levelled schedule never breaks a dependency, and holds at most the {@link
   * #excessHours()} of the plan without levelling (no repair step adds any). Its {@link
   * #overAllocations()} are what could not be relieved, its {@link #moves()} what moved (and
   * whether beyond its slack). Its slack and critical path follow the dependencies only: a task
   * that waits for its person rather than for a task shows slack. Levelling a levelled schedule
   * levels the plan again from scratch.
   *
   * @param mode how far tasks may move, not null
   * @return the levelled schedule
   */
  public Schedule level(Levelling mode) {
    Objects.requireNonNull(mode, "mode");
    Schedule unlevelled = moves.isEmpty() ? this : Schedule.of(plan, start, calendar, capacity);
    return Leveller.level(unlevelled, cals, mode);
  }

  /**
   * How far the plan has come as of a date: tasks done (completed on or before {@code asOf}), the
   * effort-weighted percentage, and the tasks this schedule starts on or before {@code asOf} that
   * are not done.
   *
   * @param asOf the date, not null
   * @return the progress
   */
  public Progress progress(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    int done = 0;
    long effortDone = 0;
    long effortTotal = 0;
    List<TaskId> inProgress = new ArrayList<>();
    for (ScheduledTask st : tasks) {
      Task t = st.task();
      effortTotal += t.effortDays();
      if (t.isCompletedBy(asOf)) {
        done++;
        effortDone += t.effortDays();
      } else if (!st.start().isAfter(asOf)) {
        inProgress.add(t.id());
      }
    }
    return new Progress(asOf, done, tasks.size(), effortDone, effortTotal, inProgress);
  }

  /**
   * The tasks this schedule finishes before a date that were not completed by then, in plan order,
   * each with the working days it is late by (on its own calendar, up to and including {@code
   * asOf}).
   *
   * @param asOf the date, not null
   * @return the slips, unmodifiable
   */
  public List<Slip> slipped(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<Slip> out = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      ScheduledTask st = tasks.get(i);
      if (st.finish().isBefore(asOf) && !st.task().isCompletedBy(asOf)) {
        long late = cals[i].between(st.finish().toEpochDay() + 1, asOf.toEpochDay() + 1);
        out.add(new Slip(st.id(), st.finish(), late));
      }
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public String toString() {
    return "Schedule{" + tasks.size() + " tasks, " + start + " to " + finish + ", " + critical.size() + " critical, "
        + over.size() + " over-allocated weeks" + (moves.isEmpty() ? "" : ", " + moves.size() + " moved") + "}";
  }
}
