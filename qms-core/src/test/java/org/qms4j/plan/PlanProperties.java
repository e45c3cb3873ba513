package org.qms4j.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.standards.StandardCatalogs;
import org.qms4j.system.QualitySystem;
import org.qms4j.people.PersonId;

/**
 * Schedules of random plans (random DAGs in a shuffled order, random efforts, people, calendars,
 * holidays and capacities): dates respect every dependency and calendar, slack is never negative,
 * the critical path spans the project, levelling breaks no dependency and never leaves more hours
 * over capacity, cycles are named, and no input throws anything but the documented exceptions.
 */
class PlanProperties {
  static final List<PersonId> PEOPLE = List.of(PersonId.of("ana"), PersonId.of("ben"), PersonId.of("cleo"));

  /** A random plan with what it is scheduled on. */
  record Scenario(ImplementationPlan plan, LocalDate start, WorkingCalendar calendar, Capacity capacity) {
    WorkingCalendar calendarOf(Task t) {
      return t.assignee().flatMap(capacity::calendar).orElse(calendar);
    }

    Schedule schedule() {
      return plan.schedule(start, calendar, capacity);
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder("start " + start + " " + calendar + " " + capacity + "\n");
      for (Task t : plan.tasks()) {
        s.append("  ").append(t.id()).append(" ").append(t.effortDays()).append("d ")
            .append(t.assignee().map(PersonId::value).orElse("-")).append(" <- ").append(t.dependsOn()).append('\n');
      }
      return s.toString();
    }
  }

  /** One task before shuffling: its effort, person (-1 for none) and raw dependency picks. */
  record Spec(int effort, int person, List<Integer> picks) {}

  static Arbitrary<Spec> specs() {
    return Combinators.combine(
            Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(0)), net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(1, 12))),
            Arbitraries.integers().between(-1, PEOPLE.size() - 1),
            Arbitraries.integers().between(0, 1_000_000).list().ofMaxSize(3))
        .as(Spec::new);
  }

  static Arbitrary<Set<DayOfWeek>> weekdays() {
    return Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(7);
  }

  static Arbitrary<WorkingCalendar> calendars() {
    return Combinators.combine(weekdays(), Arbitraries.integers().between(0, 200).list().ofMaxSize(12))
        .as((days, offsets) -> {
          List<LocalDate> holidays = new ArrayList<>();
          offsets.forEach(o -> holidays.add(LocalDate.of(2026, 1, 1).plusDays(o)));
          return WorkingCalendar.of(days).withHolidays(holidays);
        });
  }

  static Arbitrary<Capacity> capacities(boolean ownCalendars) {
    Arbitrary<Optional<WorkingCalendar>> own =
        ownCalendars ? calendars().optional(0.5) : Arbitraries.just(Optional.empty());
    return Combinators.combine(
            Arbitraries.integers().between(4, 10),
            Arbitraries.integers().between(8, 60).list().ofSize(PEOPLE.size()),
            own.list().ofSize(PEOPLE.size()))
        .as(
            (perDay, weekly, cals) -> {
              Capacity.Builder b = Capacity.builder().hoursPerDay(perDay);
              for (int i = 0; i < PEOPLE.size(); i++) {
                b.hoursPerWeek(PEOPLE.get(i), weekly.get(i));
                int k = i;
                cals.get(i).ifPresent(c -> b.calendar(PEOPLE.get(k), c));
              }
              return b.build();
            });
  }

  static Arbitrary<Scenario> scenarios(boolean ownCalendars) {
    return Combinators.combine(
            specs().list().ofMinSize(1).ofMaxSize(40),
            Arbitraries.longs(),
            Arbitraries.integers().between(0, 365),
            calendars(),
            capacities(ownCalendars))
        .as((specs, seed, day, calendar, capacity) -> new Scenario(plan(specs, seed), LocalDate.of(2026, 1, 1).plusDays(day), calendar, capacity));
  }

  /** Task i depends on earlier tasks only (a DAG), then the list is shuffled. */
  static ImplementationPlan plan(List<Spec> specs, long seed) {
    List<Task> tasks = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      Spec s = specs.get(i);
      ImmutableTask.Builder b = Task.builder().id(TaskId.of("T-" + i)).title("Task " + i).effortDays(s.effort());
      if (s.person() >= 0) {
        b.assignee(PEOPLE.get(s.person()));
      }
      if (i > 0) {
        for (int p : s.picks()) {
          b.addDependsOn(TaskId.of("T-" + (p % i)));
        }
      }
      tasks.add(b.build());
    }
    Collections.shuffle(tasks, new Random(seed));
    return ImplementationPlan.of(tasks);
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return scenarios(true);
  }

  @Provide
  Arbitrary<Scenario> oneCalendar() {
    return scenarios(false);
  }

  /** Dates a schedule must respect whatever else it does. */
  static void checkDates(Scenario sc, Schedule s) {
    for (ScheduledTask st : s.tasks()) {
      Task t = st.task();
      WorkingCalendar cal = sc.calendarOf(t);
      assertThat(cal.isWorkingDay(st.start())).as("%s starts on a working day", t.id()).isTrue();
      assertThat(st.start()).as("%s starts on or after the start", t.id()).isAfterOrEqualTo(sc.start());
      assertThat(st.finish())
          .as("%s finishes after its effort", t.id())
          .isEqualTo(cal.plusWorkingDays(st.start(), Math.max(0, t.effortDays() - 1)));
      assertThat(st.finish()).isBeforeOrEqualTo(s.finish());
      for (TaskId dep : t.dependsOn()) {
        ScheduledTask d = s.task(dep).orElseThrow();
        if (d.task().effortDays() > 0) {
          assertThat(st.start()).as("%s starts after %s finishes", t.id(), dep).isAfter(d.finish());
        } else {
          assertThat(st.start()).as("%s starts no earlier than milestone %s", t.id(), dep).isAfterOrEqualTo(d.finish());
        }
      }
    }
  }

  @Group
  class Scheduling {
    @Property(tries = 300)
    void everyTask_startsOnAWorkingDay_afterItsDependenciesFinish(@ForAll("scenarios") Scenario sc) {
      checkDates(sc, sc.schedule());
    }

    @Property(tries = 300)
    void slack_isNeverNegative_andLatestDatesKeepTheFinish(@ForAll("scenarios") Scenario sc) {
      Schedule s = sc.schedule();

      for (ScheduledTask st : s.tasks()) {
        WorkingCalendar cal = sc.calendarOf(st.task());
        assertThat(st.slack()).as("slack of %s", st.id()).isNotNegative();
        assertThat(st.lateStart()).isAfterOrEqualTo(st.start());
        assertThat(st.lateFinish()).isBeforeOrEqualTo(s.finish());
        assertThat(st.slack()).isEqualTo(cal.workingDaysBetween(st.start(), st.lateStart()));
        assertThat(st.isCritical()).isEqualTo(s.criticalPath().contains(st));
        for (TaskId dep : st.task().dependsOn()) {
          ScheduledTask d = s.task(dep).orElseThrow();
          if (d.task().effortDays() > 0) {
            assertThat(d.lateFinish()).isBefore(st.lateStart());
          } else {
            assertThat(d.lateFinish()).isBeforeOrEqualTo(st.lateStart());
          }
        }
      }
      Statistics.label("critical tasks").collect(s.criticalPath().size() == s.tasks().size() ? "all" : "some");
    }

    /**
     * From a task that finishes last, following the dependencies that decide each start leads,
     * through critical tasks only, to a task that starts on the first working day; on one calendar
     * their efforts add up to the working days of the project.
     */
    @Property(tries = 300)
    void criticalPath_spansTheProject(@ForAll("oneCalendar") Scenario sc) {
      Schedule s = sc.schedule();
      WorkingCalendar cal = sc.calendar();

      ScheduledTask last =
          s.tasks().stream().filter(st -> st.finish().equals(s.finish()) && st.isCritical()).findFirst().orElseThrow();
      long effort = 0;
      ScheduledTask at = last;
      while (true) {
        assertThat(s.criticalPath()).contains(at);
        effort += at.task().effortDays();
        ScheduledTask tight = null;
        for (TaskId dep : at.task().dependsOn()) {
          ScheduledTask d = s.task(dep).orElseThrow();
          LocalDate free = d.task().effortDays() > 0 ? d.finish().plusDays(1) : d.finish();
          if (cal.nextWorkingDay(free).equals(at.start())) {
            tight = d;
            break;
          }
        }
        if (tight == null) {
          assertThat(at.start()).isEqualTo(cal.nextWorkingDay(sc.start()));
          break;
        }
        at = tight;
      }
      LocalDate end = last.task().effortDays() > 0 ? s.finish().plusDays(1) : s.finish();
      assertThat(effort).isEqualTo(cal.workingDaysBetween(cal.nextWorkingDay(sc.start()), end));
    }

    @Property(tries = 200)
    void load_holdsEveryAssignedEffortDay(@ForAll("scenarios") Scenario sc) {
      Schedule s = sc.schedule();

      Map<PersonId, Double> expected = new HashMap<>();
      for (Task t : sc.plan().tasks()) {
        t.assignee().ifPresent(p -> expected.merge(p, t.effortDays() * sc.capacity().hoursPerDay(), Double::sum));
      }
      Map<PersonId, Double> loaded = new HashMap<>();
      for (WeekLoad w : s.load()) {
        loaded.merge(w.person(), w.hours(), Double::sum);
        assertThat(w.capacity()).isEqualTo(sc.capacity().hoursPerWeek(w.person()));
        assertThat(s.overAllocations().contains(w)).isEqualTo(w.hours() > w.capacity());
      }
      expected.values().removeIf(h -> h == 0);
      assertThat(loaded).isEqualTo(expected);
    }
  }

  @Group
  class Levelling_ {
    @Property(tries = 300)
    void level_breaksNoDependency_andNeverLeavesMoreHoursOverCapacity(
        @ForAll("scenarios") Scenario sc, @ForAll Levelling mode) {
      Schedule s = sc.schedule();

      Schedule levelled = s.level(mode);

      checkDates(sc, levelled);
      assertThat(levelled.excessHours()).isLessThanOrEqualTo(s.excessHours());
      for (ScheduledTask st : levelled.tasks()) {
        assertThat(st.slack()).isNotNegative();
      }
      Statistics.label("levelling")
          .collect(levelled.excessHours() < s.excessHours() ? "relieved" : s.excessHours() > 0 ? "not relieved" : "nothing to do");
    }

    @Property(tries = 300)
    void level_movesAreTheTasksThatStartLater(@ForAll("scenarios") Scenario sc, @ForAll Levelling mode) {
      Schedule s = sc.schedule();

      Schedule levelled = s.level(mode);

      List<Move> expected = new ArrayList<>();
      for (int i = 0; i < s.tasks().size(); i++) {
        ScheduledTask before = s.tasks().get(i);
        ScheduledTask after = levelled.tasks().get(i);
        assertThat(after.start()).isAfterOrEqualTo(before.start());
        if (after.start().isAfter(before.start())) {
          expected.add(
              new Move(
                  before.id(),
                  before.start(),
                  after.start(),
                  sc.calendarOf(before.task()).workingDaysBetween(before.start(), after.start()),
                  after.start().isAfter(before.lateStart())));
        }
      }
      assertThat(levelled.moves()).isEqualTo(expected);
      if (mode == Levelling.WITHIN_SLACK) {
        assertThat(levelled.finish()).isEqualTo(s.finish());
        assertThat(levelled.moves()).noneMatch(Move::beyondSlack);
      }
    }
  }

  @Group
  class Cycles {
    /** A DAG plus one dependency from a task back to a task that (transitively) waits for it. */
    @Property(tries = 300)
    void aCycle_isAlwaysRefused_namingARealCycle(
        @ForAll("scenarios") Scenario sc, @ForAll @IntRange(min = 0, max = 1_000_000) int pick) {
      List<Task> tasks = sc.plan().tasks();
      Map<TaskId, Task> byId = new HashMap<>();
      tasks.forEach(t -> byId.put(t.id(), t));
      // from the first half of a topological order, where most tasks have some waiting for them
      List<TaskId> order = sc.plan().topologicalOrder();
      Task from = byId.get(order.get(pick % Math.max(1, order.size() / 2)));
      // a task that waits for `from`, or `from` itself: adding `from -> waiter` closes a cycle
      List<TaskId> waiters = new ArrayList<>(List.of(from.id()));
      for (TaskId t : sc.plan().topologicalOrder()) {
        if (byId.get(t).dependsOn().stream().anyMatch(waiters::contains)) {
          waiters.add(t);
        }
      }
      // a fifth of the time the task itself (a cycle of one), else one that waits for it if any
      TaskId back = pick % 5 == 0 || waiters.size() == 1 ? from.id() : waiters.get(1 + (pick / 7) % (waiters.size() - 1));

      DependencyCycleException e = null;
      try {
        Task closing = ImmutableTask.copyOf(from).withDependsOn(plus(from.dependsOn(), back));
        List<Task> edited = new ArrayList<>(tasks);
        edited.set(tasks.indexOf(from), closing);
        ImplementationPlan.of(edited);
      } catch (DependencyCycleException x) {
        e = x;
      }

      assertThat(e).as("the cycle is refused").isNotNull();
      List<TaskId> cycle = e.cycle();
      assertThat(new HashSet<>(cycle)).hasSameSizeAs(cycle);
      for (int i = 0; i < cycle.size(); i++) {
        TaskId before = cycle.get(i);
        TaskId after = cycle.get((i + 1) % cycle.size());
        Set<TaskId> deps = after.equals(from.id()) ? plus(from.dependsOn(), back) : byId.get(after).dependsOn();
        assertThat(deps).as("%s waits for %s", after, before).contains(before);
      }
      assertThat(e.getMessage()).contains(DependencyCycleException.cycleText(cycle));
      Statistics.label("cycle length").collect(cycle.size() == 1 ? "1" : cycle.size() < 4 ? "2-3" : "4+");
    }

    private Set<TaskId> plus(Set<TaskId> set, TaskId more) {
      Set<TaskId> s = new java.util.LinkedHashSet<>(set);
      s.add(more);
      return s;
    }
  }

  @Group
  class Robustness {
    /** One edit of a plan, or a question to its schedule, with arbitrary (often bad) arguments. */
    sealed interface Op {}

    record AddTask(String id, int effort, List<String> deps) implements Op {}

    record Remove(String id) implements Op {}

    record Effort(String id, int days) implements Op {}

    record Depend(String id, String on) implements Op {}

    record Complete(String id, int day) implements Op {}

    record Schedule_(int year, int day, Levelling mode) implements Op {}

    @Provide
    Arbitrary<List<Op>> ops() {
      Arbitrary<String> ids = Arbitraries.of("T-0", "T-1", "T-2", "T-3", "T-4", "T-5", "T-40", "X");
      Arbitrary<Op> op =
          Arbitraries.oneOf(
              Combinators.combine(ids, Arbitraries.integers().between(-5, 1_005), ids.list().ofMaxSize(3)).as(AddTask::new),
              ids.map(Remove::new),
              Combinators.combine(ids, Arbitraries.integers().between(-3, 2_000)).as(Effort::new),
              Combinators.combine(ids, ids).as(Depend::new),
              Combinators.combine(ids, Arbitraries.integers().between(0, 400)).as(Complete::new),
              Combinators.combine(
                      Arbitraries.of(-5, 0, 1, 2026, 9999, 10_000, 999_999),
                      Arbitraries.integers().between(0, 365),
                      Arbitraries.of(Levelling.class))
                  .as(Schedule_::new));
      return op.list().ofMaxSize(25);
    }

    @Property(tries = 300)
    void anyEdits_throwNothingButInvalidModelException(@ForAll("scenarios") Scenario sc, @ForAll("ops") List<Op> ops) {
      ImplementationPlan plan = sc.plan();
      for (Op op : ops) {
        try {
          plan = apply(plan, op, sc);
        } catch (InvalidModelException expected) {
          // documented: DependencyCycleException is one
        }
      }
    }

    private ImplementationPlan apply(ImplementationPlan plan, Op op, Scenario sc) {
      if (op instanceof AddTask a) {
        ImmutableTask.Builder b = Task.builder().id(TaskId.of(a.id())).title("Task " + a.id()).effortDays(a.effort());
        a.deps().forEach(d -> b.addDependsOn(TaskId.of(d)));
        return plan.withTask(b.build());
      } else if (op instanceof Remove r) {
        return plan.withoutTask(TaskId.of(r.id()));
      } else if (op instanceof Effort e) {
        return plan.withEffort(TaskId.of(e.id()), e.days());
      } else if (op instanceof Depend d) {
        return plan.withDependency(TaskId.of(d.id()), TaskId.of(d.on()));
      } else if (op instanceof Complete c) {
        return plan.withCompletedOn(TaskId.of(c.id()), LocalDate.of(2026, 1, 1).plusDays(c.day()));
      } else if (op instanceof Schedule_ s) {
        LocalDate start = LocalDate.of(s.year(), 1, 1).plusDays(s.day());
        Schedule schedule = plan.schedule(start, sc.calendar(), sc.capacity());
        Schedule levelled = schedule.level(s.mode());
        levelled.progress(start.plusDays(30));
        levelled.slipped(start.plusDays(60));
        plan.remainingAsOf(start.plusDays(10));
        return plan;
      }
      throw new AssertionError(op);
    }
  }

  @Group
  class Generation {
    final List<QualitySystem> systems =
        List.of(
            QualitySystem.builder().organisation("Clinic").scope("Care")
                .addCatalog(StandardCatalogs.iso9001()).addCatalog(StandardCatalogs.iso7101()).build(),
            QualitySystem.builder().organisation("Maker").scope("Devices")
                .addCatalog(StandardCatalogs.iso13485()).addCatalog(StandardCatalogs.qmsr()).build());

    @Provide
    Arbitrary<PlanOptions> options() {
      return Combinators.combine(
              Arbitraries.of(PlanOptions.Granularity.class), Arbitraries.integers().between(1, 3), Arbitraries.of(true, false))
          .as((g, depth, milestone) -> PlanOptions.builder().granularity(g).clauseDepth(depth).certificationMilestone(milestone).build());
    }

    /**
     * Task a comes before task b, through any chain, exactly when a's stage is one b's stage waits
     * for (transitively); the certification milestone comes after every task.
     */
    @Property(tries = 200)
    void generatedDependencies_orderTasksExactlyAsTheirStagesWait(
        @ForAll @IntRange(max = 1) int which, @ForAll("options") PlanOptions options, @ForAll long seed) {
      QualitySystem system = systems.get(which);
      Random random = new Random(seed);
      double share = random.nextDouble();
      List<RequirementId> gaps = new ArrayList<>();
      for (LocatedRequirement lr : system.requirements()) {
        if (random.nextDouble() < share) {
          gaps.add(lr.id());
        }
      }
      Collections.shuffle(gaps, random);

      ImplementationPlan plan = ImplementationPlan.generate(system, gaps, options);

      Map<RequirementId, Integer> holders = new HashMap<>();
      for (Task t : plan.tasks()) {
        t.requirements().forEach(r -> holders.merge(r, 1, Integer::sum));
      }
      assertThat(holders.keySet()).containsExactlyInAnyOrderElementsOf(gaps);
      assertThat(holders.values()).allMatch(c -> c == 1);

      List<Task> tasks = plan.tasks();
      Map<TaskId, java.util.BitSet> before = new HashMap<>(); // the tasks that come before each task
      Map<TaskId, Integer> index = new HashMap<>();
      for (int i = 0; i < tasks.size(); i++) {
        index.put(tasks.get(i).id(), i);
      }
      for (TaskId id : plan.topologicalOrder()) {
        java.util.BitSet b = new java.util.BitSet();
        for (TaskId d : plan.task(id).orElseThrow().dependsOn()) {
          b.set(index.get(d));
          b.or(before.get(d));
        }
        before.put(id, b);
      }
      for (Task b : tasks) {
        for (Task a : tasks) {
          if (a == b) {
            continue;
          }
          boolean precedes = before.get(b.id()).get(index.get(a.id()));
          boolean expected =
              b.kind() == TaskKind.MILESTONE || (a.kind() == TaskKind.GAP && waitsFor(stage(system, b), stage(system, a)));
          assertThat(precedes).as("%s before %s", a.title(), b.title()).isEqualTo(expected);
        }
      }
      Statistics.label("tasks").collect(tasks.size() < 10 ? "<10" : tasks.size() < 50 ? "10-49" : "50+");
    }

    private Stage stage(QualitySystem system, Task t) {
      LocatedRequirement lr = system.requirement(t.requirements().iterator().next()).orElseThrow();
      return StageTable.standard().stageOf(system.catalog(lr.catalog()).orElseThrow(), lr.clausePath());
    }

    private boolean waitsFor(Stage later, Stage earlier) {
      Set<Stage> seen = new HashSet<>();
      List<Stage> todo = new ArrayList<>(later.predecessors());
      while (!todo.isEmpty()) {
        Stage s = todo.remove(todo.size() - 1);
        if (s == earlier) {
          return true;
        }
        if (seen.add(s)) {
          todo.addAll(s.predecessors());
        }
      }
      return false;
    }
  }

  @Property(tries = 100)
  void topologicalOrder_putsEveryTaskAfterItsDependencies(@ForAll("scenarios") Scenario sc) {
    Map<TaskId, Integer> at = new HashMap<>();
    List<TaskId> order = sc.plan().topologicalOrder();
    for (int i = 0; i < order.size(); i++) {
      at.put(order.get(i), i);
    }
    assertThat(order).hasSize(sc.plan().size());
    for (Task t : sc.plan().tasks()) {
      for (TaskId d : t.dependsOn()) {
        assertThat(at.get(d)).isLessThan(at.get(t.id()));
      }
    }
  }
}
