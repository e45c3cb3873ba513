package org.qms4j.plan;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.RequirementId;
import org.qms4j.internal.Checks;
import org.qms4j.people.PersonId;
import org.qms4j.system.QualitySystem;
import org.qms4j.training.RoleId;

/**
 * An implementation plan: the tasks that take an organisation from its gaps to the certification
 * audit, with their efforts, owners and dependencies. {@link #generate} builds one from a quality
 * system and the requirements that have gaps; {@link #schedule} places it on the calendar.
 *
 * <p>A plan is an immutable value. The host edits it through the {@code with...} methods (each
 * returns a new plan and leaves this one unchanged) or {@link #toBuilder()}, and schedules it
 * again. Every plan is checked when built: task ids are distinct, every dependency names a task of
 * the plan (refused with a message naming both), and the dependencies hold no cycle (refused with a
 * {@link DependencyCycleException} naming the tasks of one cycle in order: {@code T-3 → T-7 →
 * T-3}). The checks and the topological order run iteratively, so a chain of {@value #MAX_TASKS}
 * tasks needs no deep stack.
 *
 * <p>Limits: at most {@value #MAX_TASKS} tasks, each with at most {@value Task#MAX_DEPENDENCIES}
 * dependencies, and at most {@value #MAX_LINKS} dependencies in all. {@link #tasks()} keeps the
 * order in which tasks were added; a replaced task keeps its place. Immutable and thread-safe.
 *
 * <pre>{@code
 * ImplementationPlan plan = ImplementationPlan.generate(clinic, gapRequirements)
 *     .withEffort(TaskId.of("T-4"), 10)
 *     .withAssignee(TaskId.of("T-4"), PersonId.of("ana"));
 * Schedule schedule = plan.schedule(LocalDate.parse("2026-09-01"), WorkingCalendar.mondayToFriday());
 * schedule.criticalPath();         // the tasks that decide the date of the certification audit
 * schedule.overAllocations();      // who has too much to do in which week
 * }</pre>
 */
public final class ImplementationPlan {
  /** The most tasks a plan holds. */
  public static final int MAX_TASKS = 100_000;
  /** The most dependencies a plan holds, over all its tasks. */
  public static final int MAX_LINKS = 1_000_000;

  private static final ImplementationPlan EMPTY = new ImplementationPlan(List.of());

  private final List<Task> tasks;
  private final Map<TaskId, Integer> index;
  /** The plan indexes of each task's dependencies. */
  private final int[][] deps;
  /** The plan indexes of the tasks that depend on each task. */
  private final int[][] succs;
  /** The plan indexes in a topological order: every task after all it depends on. */
  private final int[] order;

  private ImplementationPlan(List<Task> given) {
    if (given.size() > MAX_TASKS) {
      throw new InvalidModelException(
          "implementation plan: tasks had " + given.size() + " entries; expected at most " + MAX_TASKS);
    }
    this.tasks = List.copyOf(given);
    int n = tasks.size();
    Map<TaskId, Integer> ids = new HashMap<>(n * 2);
    long links = 0;
    for (int i = 0; i < n; i++) {
      Task t = tasks.get(i);
      if (ids.putIfAbsent(t.id(), i) != null) {
        throw new InvalidModelException(
            "implementation plan: tasks had two with id " + Checks.quote(t.id().value()) + "; expected distinct ids");
      }
      links += t.dependsOn().size();
    }
    if (links > MAX_LINKS) {
      throw new InvalidModelException(
          "implementation plan: tasks had " + links + " dependencies in all; expected at most " + MAX_LINKS);
    }
    this.index = Collections.unmodifiableMap(ids);
    List<String> unknown = new ArrayList<>();
    int[][] d = new int[n][];
    int[] succCount = new int[n];
    for (int i = 0; i < n; i++) {
      Task t = tasks.get(i);
      int[] di = new int[t.dependsOn().size()];
      int k = 0;
      for (TaskId dep : t.dependsOn()) {
        Integer j = ids.get(dep);
        if (j == null) {
          unknown.add("task " + t.id() + " depends on " + dep + ", which the plan does not hold");
          continue;
        }
        di[k++] = j;
        succCount[j]++;
      }
      d[i] = k == di.length ? di : Arrays.copyOf(di, k);
    }
    if (!unknown.isEmpty()) {
      throw new InvalidModelException(Checks.problemList("implementation plan", unknown, 20));
    }
    int[][] s = new int[n][];
    for (int i = 0; i < n; i++) {
      s[i] = new int[succCount[i]];
      succCount[i] = 0;
    }
    for (int i = 0; i < n; i++) {
      for (int j : d[i]) {
        s[j][succCount[j]++] = i;
      }
    }
    this.deps = d;
    this.succs = s;
    this.order = topologicalOrder(d, s);
  }

  /** Kahn's algorithm, first-in first-out from the plan order; throws on a cycle. */
  private int[] topologicalOrder(int[][] d, int[][] s) {
    int n = d.length;
    int[] waiting = new int[n];
    int[] out = new int[n];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < n; i++) {
      waiting[i] = d[i].length;
      if (waiting[i] == 0) {
        out[tail++] = i;
      }
    }
    while (head < tail) {
      int i = out[head++];
      for (int j : s[i]) {
        if (--waiting[j] == 0) {
          out[tail++] = j;
        }
      }
    }
    if (tail < n) {
      throw new DependencyCycleException(cycle(d, waiting));
    }
    return out;
  }

  /**
   * One cycle among the tasks Kahn's algorithm could not order: each of them waits for at least
   * one other of them, so following such a dependency from the first of them in plan order must
   * come back to a task already met.
   */
  private List<TaskId> cycle(int[][] d, int[] waiting) {
    int v = 0;
    while (waiting[v] == 0) {
      v++;
    }
    Map<Integer, Integer> position = new HashMap<>();
    List<Integer> path = new ArrayList<>();
    while (!position.containsKey(v)) {
      position.put(v, path.size());
      path.add(v);
      int next = -1;
      for (int j : d[v]) {
        if (waiting[j] > 0) {
          next = j;
          break;
        }
      }
      v = next;
    }
    // path runs from a task to one it depends on; a cycle is named in the order the tasks must run
    List<Integer> loop = new ArrayList<>(path.subList(position.get(v), path.size()));
    Collections.reverse(loop);
    int first = loop.indexOf(Collections.min(loop));
    Collections.rotate(loop, -first);
    List<TaskId> ids = new ArrayList<>(loop.size());
    for (int i : loop) {
      ids.add(tasks.get(i).id());
    }
    return ids;
  }

  /**
   * A plan of the given tasks, in that order.
   *
   * @param tasks the tasks, not null
   * @return the plan
   * @throws InvalidModelException if two tasks share an id, a task depends on one the plan does not
   *     hold, or a limit is exceeded
   * @throws DependencyCycleException if the dependencies hold a cycle
   */
  public static ImplementationPlan of(Collection<Task> tasks) {
    Objects.requireNonNull(tasks, "tasks");
    List<Task> list = new ArrayList<>(tasks.size());
    for (Task t : tasks) {
      list.add(Objects.requireNonNull(t, "tasks element"));
    }
    return list.isEmpty() ? EMPTY : new ImplementationPlan(list);
  }

  /**
   * The plan without tasks.
   *
   * @return the empty plan
   */
  public static ImplementationPlan empty() {
    return EMPTY;
  }

  /**
   * Returns a new, empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder(List.of());
  }

  /**
   * Generates a plan with the {@linkplain PlanOptions#defaults() default options}: see {@link
   * PlanGenerator#generate(QualitySystem, Collection, PlanOptions)}.
   *
   * @param system the quality system, not null
   * @param gaps the requirements that have gaps, not null
   * @return the plan
   * @throws InvalidModelException if a requirement is not one of the system's
   */
  public static ImplementationPlan generate(QualitySystem system, Collection<RequirementId> gaps) {
    return PlanGenerator.generate(system, gaps, PlanOptions.defaults());
  }

  /**
   * Generates a plan: see {@link PlanGenerator#generate(QualitySystem, Collection, PlanOptions)}.
   *
   * @param system the quality system, not null
   * @param gaps the requirements that have gaps, not null
   * @param options how to generate, not null
   * @return the plan
   * @throws InvalidModelException if a requirement is not one of the system's
   */
  public static ImplementationPlan generate(
      QualitySystem system, Collection<RequirementId> gaps, PlanOptions options) {
    return PlanGenerator.generate(system, gaps, options);
  }

  /**
   * Generates a plan from a gap analysis, one task per gap (or per clause, by the options), in the
   * analysis's priority order within each stage: see {@link PlanGenerator#generate(QualitySystem,
   * Collection, PlanOptions)}.
   *
   * @param system the quality system the analysis was made of, not null
   * @param gaps the gap analysis, not null
   * @param options how to generate, not null
   * @return the plan
   * @throws InvalidModelException if a gap's requirement is not one of the system's
   */
  public static ImplementationPlan generate(
      QualitySystem system, org.qms4j.gap.GapAnalysis gaps, PlanOptions options) {
    java.util.Objects.requireNonNull(gaps, "gaps");
    return PlanGenerator.generate(
        system, gaps.gaps().stream().map(org.qms4j.gap.Gap::requirement).toList(), options);
  }

  /**
   * The tasks, in the order they were added.
   *
   * @return the tasks, unmodifiable
   */
  public List<Task> tasks() {
    return tasks;
  }

  /**
   * The number of tasks.
   *
   * @return the size
   */
  public int size() {
    return tasks.size();
  }

  /**
   * One task.
   *
   * @param id the task's id, not null
   * @return the task, or empty if the plan holds none with that id
   */
  public Optional<Task> task(TaskId id) {
    Objects.requireNonNull(id, "id");
    Integer i = index.get(id);
    return i == null ? Optional.empty() : Optional.of(tasks.get(i));
  }

  /**
   * The tasks that depend on a task directly.
   *
   * @param id the task's id, not null
   * @return their ids in plan order, unmodifiable
   * @throws InvalidModelException if the plan holds no task with that id
   */
  public List<TaskId> dependents(TaskId id) {
    int i = indexOf(id, "dependents");
    int[] s = succs[i];
    List<TaskId> out = new ArrayList<>(s.length);
    for (int j : s) {
      out.add(tasks.get(j).id());
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The tasks in an order in which each comes after every task it depends on; among tasks free to
   * go first, the plan order decides.
   *
   * @return the task ids, unmodifiable
   */
  public List<TaskId> topologicalOrder() {
    List<TaskId> out = new ArrayList<>(order.length);
    for (int i : order) {
      out.add(tasks.get(i).id());
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * A builder holding this plan's tasks.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder(tasks);
  }

  /**
   * This plan with a task added, or replacing the task with the same id in its place.
   *
   * @param task the task, not null
   * @return the new plan
   * @throws InvalidModelException if the task depends on one the plan does not hold, or a limit is
   *     exceeded
   * @throws DependencyCycleException if the task closes a cycle
   */
  public ImplementationPlan withTask(Task task) {
    return toBuilder().putTask(task).build();
  }

  /**
   * This plan without a task. Tasks that depended on it depend on what it depended on instead, so
   * the order it imposed stays: removing B from A → B → C leaves A → C.
   *
   * @param id the task's id, not null
   * @return the new plan
   * @throws InvalidModelException if the plan holds no task with that id, or a task would exceed
   *     {@link Task#MAX_DEPENDENCIES}
   */
  public ImplementationPlan withoutTask(TaskId id) {
    int i = indexOf(id, "removed");
    Task removed = tasks.get(i);
    List<Task> next = new ArrayList<>(tasks.size() - 1);
    for (int j = 0; j < tasks.size(); j++) {
      if (j == i) {
        continue;
      }
      Task t = tasks.get(j);
      if (t.dependsOn().contains(id)) {
        Set<TaskId> d = new LinkedHashSet<>(t.dependsOn());
        d.remove(id);
        d.addAll(removed.dependsOn());
        t = ImmutableTask.copyOf(t).withDependsOn(d);
      }
      next.add(t);
    }
    return of(next);
  }

  /**
   * This plan with a task's effort overridden.
   *
   * @param id the task's id, not null
   * @param effortDays the effort, 0 to {@value Task#MAX_EFFORT_DAYS} working days
   * @return the new plan
   * @throws InvalidModelException if the plan holds no task with that id, or the effort is out of
   *     range
   */
  public ImplementationPlan withEffort(TaskId id, int effortDays) {
    return replace(ImmutableTask.copyOf(get(id, "given an effort")).withEffortDays(effortDays));
  }

  /**
   * This plan with a task assigned to a person.
   *
   * @param id the task's id, not null
   * @param person the person, not null
   * @return the new plan
   * @throws InvalidModelException if the plan holds no task with that id
   */
  public ImplementationPlan withAssignee(TaskId id, PersonId person) {
    Objects.requireNonNull(person, "person");
    return replace(ImmutableTask.copyOf(get(id, "assigned")).withAssignee(person));
  }

  /**
   * This plan with a task's assignee removed.
   *
   * @param id the task's id, not null
   * @return the new plan
   * @throws InvalidModelException if the plan holds no task with that id
   */
  public ImplementationPlan withoutAssignee(TaskId id) {
    return replace(ImmutableTask.copyOf(get(id, "unassigned")).withAssignee(Optional.empty()));
  }

  /**
   * This plan with a task marked completed on a day.
   *
   * @param id the task's id, not null
   * @param day the day it was completed, not null
   * @return the new plan
   * @throws InvalidModelException if the plan holds no task with that id
   */
  public ImplementationPlan withCompletedOn(TaskId id, LocalDate day) {
    Objects.requireNonNull(day, "day");
    return replace(ImmutableTask.copyOf(get(id, "completed")).withCompletedOn(day));
  }

  /**
   * This plan with one more dependency: {@code task} starts only after {@code dependsOn} finished.
   *
   * @param task the task that waits, not null
   * @param dependsOn the task it waits for, not null
   * @return the new plan
   * @throws InvalidModelException if the plan holds no task with either id, or a limit is exceeded
   * @throws DependencyCycleException if the dependency closes a cycle
   */
  public ImplementationPlan withDependency(TaskId task, TaskId dependsOn) {
    Task t = get(task, "given a dependency");
    get(dependsOn, "depended on");
    Set<TaskId> d = new LinkedHashSet<>(t.dependsOn());
    d.add(dependsOn);
    return replace(ImmutableTask.copyOf(t).withDependsOn(d));
  }

  /**
   * This plan without one dependency; nothing changes if there was none.
   *
   * @param task the task that waits, not null
   * @param dependsOn the task it waits for, not null
   * @return the new plan
   * @throws InvalidModelException if the plan holds no task with the first id
   */
  public ImplementationPlan withoutDependency(TaskId task, TaskId dependsOn) {
    Objects.requireNonNull(dependsOn, "dependsOn");
    Task t = get(task, "relieved of a dependency");
    if (!t.dependsOn().contains(dependsOn)) {
      return this;
    }
    Set<TaskId> d = new LinkedHashSet<>(t.dependsOn());
    d.remove(dependsOn);
    return replace(ImmutableTask.copyOf(t).withDependsOn(d));
  }

  /**
   * This plan with unassigned tasks assigned by their owner role: each task without an assignee
   * whose {@link Task#ownerRole()} is a key of the map goes to that role's person.
   *
   * @param people the person for each role, not null
   * @return the new plan
   */
  public ImplementationPlan withAssigneesByRole(Map<RoleId, PersonId> people) {
    Objects.requireNonNull(people, "people");
    List<Task> next = new ArrayList<>(tasks.size());
    boolean changed = false;
    for (Task t : tasks) {
      if (t.assignee().isEmpty() && t.ownerRole().isPresent()) {
        PersonId p = people.get(t.ownerRole().get());
        if (p != null) {
          t = ImmutableTask.copyOf(t).withAssignee(p);
          changed = true;
        }
      }
      next.add(t);
    }
    return changed ? of(next) : this;
  }

  /**
   * The tasks not completed by a date, with their dependencies on completed tasks dropped: what is
   * left to schedule from that date on.
   *
   * @param asOf the date, not null
   * @return the plan of the remaining tasks
   */
  public ImplementationPlan remainingAsOf(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Set<TaskId> done = new java.util.HashSet<>();
    for (Task t : tasks) {
      if (t.isCompletedBy(asOf)) {
        done.add(t.id());
      }
    }
    if (done.isEmpty()) {
      return this;
    }
    List<Task> next = new ArrayList<>(tasks.size() - done.size());
    for (Task t : tasks) {
      if (done.contains(t.id())) {
        continue;
      }
      if (t.dependsOn().stream().anyMatch(done::contains)) {
        Set<TaskId> d = new LinkedHashSet<>(t.dependsOn());
        d.removeAll(done);
        t = ImmutableTask.copyOf(t).withDependsOn(d);
      }
      next.add(t);
    }
    return of(next);
  }

  /**
   * Schedules the plan from a start date on a calendar, with the {@linkplain Capacity#standard()
   * standard capacity}: see {@link #schedule(LocalDate, WorkingCalendar, Capacity)}.
   *
   * @param start the first day work may start, not null
   * @param calendar the project's working calendar, not null
   * @return the schedule
   * @throws InvalidModelException if the start lies outside the years 1 to 9999
   */
  public Schedule schedule(LocalDate start, WorkingCalendar calendar) {
    return schedule(start, calendar, Capacity.standard());
  }

  /**
   * Schedules the plan: every task as early as its dependencies allow (a forward pass over working
   * days), then the latest dates that keep the project's finish (a backward pass), the slack and
   * the critical path, and the load of each person per ISO week against their capacity. A task
   * assigned to a person with a calendar of their own counts its effort in that calendar's working
   * days; every other task in the project's. Completion dates do not move the schedule: they feed
   * {@link Schedule#progress} and {@link Schedule#slipped}; schedule {@link #remainingAsOf} to
   * plan what is left.
   *
   * @param start the first day work may start, not null; a task starts on the first working day on
   *     or after it
   * @param calendar the project's working calendar, not null
   * @param capacity the hours of an effort day and what each person can give, not null
   * @return the schedule
   * @throws InvalidModelException if the start lies outside the years 1 to 9999
   */
  public Schedule schedule(LocalDate start, WorkingCalendar calendar, Capacity capacity) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(capacity, "capacity");
    if (start.getYear() < 1 || start.getYear() > 9999) {
      throw new InvalidModelException("schedule: start was " + start + "; expected a date in the years 1 to 9999");
    }
    return Schedule.of(this, start, calendar, capacity);
  }

  /** The plan index of a task, or -1. */
  int position(TaskId id) {
    Integer i = index.get(id);
    return i == null ? -1 : i;
  }

  int[][] deps() {
    return deps;
  }

  int[][] succs() {
    return succs;
  }

  int[] order() {
    return order;
  }

  private int indexOf(TaskId id, String what) {
    Objects.requireNonNull(id, "id");
    Integer i = index.get(id);
    if (i == null) {
      throw new InvalidModelException(
          "implementation plan: task " + id + " cannot be " + what + ": the plan holds no such task");
    }
    return i;
  }

  private Task get(TaskId id, String what) {
    return tasks.get(indexOf(id, what));
  }

  private ImplementationPlan replace(Task task) {
    List<Task> next = new ArrayList<>(tasks);
    next.set(index.get(task.id()), task);
    return new ImplementationPlan(next);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImplementationPlan p && tasks.equals(p.tasks);
  }

  @Override
  public int hashCode() {
    return tasks.hashCode();
  }

  @Override
  public String toString() {
    return "ImplementationPlan{" + tasks.size() + " tasks}";
  }

  /**
   * Builds an {@link ImplementationPlan}: tasks are added in order, {@link #putTask} replaces the
   * task with the same id in its place, {@link #build()} checks the whole plan. Not thread-safe.
   */
  public static final class Builder {
    private final List<Task> tasks;

    private Builder(List<Task> tasks) {
      this.tasks = new ArrayList<>(tasks);
    }

    /**
     * Adds a task at the end.
     *
     * @param task the task, not null
     * @return this builder
     */
    public Builder addTask(Task task) {
      tasks.add(Objects.requireNonNull(task, "task"));
      return this;
    }

    /**
     * Adds tasks at the end, in order.
     *
     * @param more the tasks, not null
     * @return this builder
     */
    public Builder addTasks(Iterable<? extends Task> more) {
      Objects.requireNonNull(more, "more");
      for (Task t : more) {
        addTask(t);
      }
      return this;
    }

    /**
     * Replaces the task with the same id in its place, or adds the task at the end.
     *
     * @param task the task, not null
     * @return this builder
     */
    public Builder putTask(Task task) {
      Objects.requireNonNull(task, "task");
      for (int i = 0; i < tasks.size(); i++) {
        if (tasks.get(i).id().equals(task.id())) {
          tasks.set(i, task);
          return this;
        }
      }
      tasks.add(task);
      return this;
    }

    /**
     * Removes the task with an id, if there is one. Tasks that depend on it still name it, so
     * {@link #build()} refuses the plan until they no longer do; {@link
     * ImplementationPlan#withoutTask} rewires them instead.
     *
     * @param id the task's id, not null
     * @return this builder
     */
    public Builder removeTask(TaskId id) {
      Objects.requireNonNull(id, "id");
      tasks.removeIf(t -> t.id().equals(id));
      return this;
    }

    /**
     * Builds the plan.
     *
     * @return the plan
     * @throws InvalidModelException if two tasks share an id, a task depends on one the plan does
     *     not hold, or a limit is exceeded
     * @throws DependencyCycleException if the dependencies hold a cycle
     */
    public ImplementationPlan build() {
      return of(tasks);
    }
  }
}
