package org.qms4j.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.qms4j.people.PersonId;
import org.qms4j.plan.Capacity;
import org.qms4j.plan.ImmutableTask;
import org.qms4j.plan.ImplementationPlan;
import org.qms4j.plan.Levelling;
import org.qms4j.plan.Schedule;
import org.qms4j.plan.ScheduledTask;
import org.qms4j.plan.Task;
import org.qms4j.plan.TaskId;
import org.qms4j.plan.WorkingCalendar;

/**
 * Scheduling and levelling an implementation plan: a random DAG of {@code tasks} tasks (each
 * waits for 0 to 3 of the 200 tasks before it, 1 to 10 working days, four in five assigned to one
 * of 50 people), on a Monday-to-Friday calendar with ten holidays a year, 40 hours a week each.
 * {@code @Setup} checks that the schedule respects every dependency and that levelling within
 * slack keeps the finish and never adds hours over capacity.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PlanBenchmarks {

  /** The plan and what it is scheduled on. */
  @State(Scope.Benchmark)
  public static class Data {
    @Param("5000")
    public int tasks;

    @Param("20261130")
    public long seed;

    List<Task> list;
    ImplementationPlan plan;
    LocalDate start = LocalDate.of(2026, 1, 5);
    WorkingCalendar calendar;
    Capacity capacity = Capacity.standard();
    Schedule schedule;

    @Setup(Level.Trial)
    public void setUp() {
      SplittableRandom random = new SplittableRandom(seed);
      List<LocalDate> holidays = new ArrayList<>();
      for (int year = 2026; year < 2046; year++) {
        for (int k = 0; k < 10; k++) {
          holidays.add(LocalDate.of(year, 1, 1).plusDays(random.nextInt(365)));
        }
      }
      calendar = WorkingCalendar.mondayToFriday().withHolidays(holidays);
      list = new ArrayList<>(tasks);
      for (int i = 0; i < tasks; i++) {
        ImmutableTask.Builder b =
            Task.builder().id(TaskId.of("T-" + i)).title("Task " + i).effortDays(1 + random.nextInt(10));
        if (random.nextInt(5) > 0) {
          b.assignee(PersonId.of("person-" + random.nextInt(50)));
        }
        int deps = i == 0 ? 0 : random.nextInt(4);
        for (int k = 0; k < deps; k++) {
          b.addDependsOn(TaskId.of("T-" + Math.max(0, i - 1 - random.nextInt(200))));
        }
        list.add(b.build());
      }
      plan = ImplementationPlan.of(list);
      schedule = plan.schedule(start, calendar, capacity);
      check(schedule);
      Schedule levelled = schedule.level();
      check(levelled);
      if (!levelled.finish().equals(schedule.finish()) || levelled.excessHours() > schedule.excessHours()) {
        throw new IllegalStateException("levelling within slack moved the finish or added hours over capacity");
      }
      Schedule extended = schedule.level(Levelling.EXTEND_FINISH);
      check(extended);
      System.out.printf(
          "%n%d tasks, finish %s, %d critical, %.0f h over capacity; within slack %.0f h (%d moved); extending %.0f h (%d moved, finish %s)%n",
          tasks, schedule.finish(), schedule.criticalPath().size(), schedule.excessHours(),
          levelled.excessHours(), levelled.moves().size(), extended.excessHours(), extended.moves().size(), extended.finish());
    }

    private static void check(Schedule s) {
      for (ScheduledTask st : s.tasks()) {
        for (TaskId d : st.task().dependsOn()) {
          if (!st.start().isAfter(s.task(d).orElseThrow().finish())) {
            throw new IllegalStateException(st.id() + " starts before " + d + " finishes");
          }
        }
        if (st.slack() < 0) {
          throw new IllegalStateException(st.id() + " has negative slack");
        }
      }
    }
  }

  /** Checks the plan: ids, dependencies, cycles, topological order. */
  @Benchmark
  public ImplementationPlan build(Data d) {
    return ImplementationPlan.of(d.list);
  }

  /** Forward and backward passes, critical path, weekly load. */
  @Benchmark
  public Schedule schedule(Data d) {
    return d.plan.schedule(d.start, d.calendar, d.capacity);
  }

  /** Levelling within slack (the schedule is computed once, in setup). */
  @Benchmark
  public Schedule levelWithinSlack(Data d) {
    return d.schedule.level();
  }

  /** Levelling that may move the finish. */
  @Benchmark
  public Schedule levelExtendingFinish(Data d) {
    return d.schedule.level(Levelling.EXTEND_FINISH);
  }
}
