package org.qms4j.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.RequirementId;
import org.qms4j.internal.Checks;
import org.qms4j.internal.QmsStyle;
import org.qms4j.people.PersonId;
import org.qms4j.training.RoleId;

/**
 * One task of an {@link ImplementationPlan}: what is to be done, for which clause and requirements,
 * by whom, how many working days it takes and which tasks must finish before it starts.
 *
 * <p>Effort is counted in working days of one person: a task of 5 days assigned to a person takes
 * 5 of that person's working days and loads each with the {@linkplain Capacity#hoursPerDay() hours
 * of an effort day}. A task of 0 days is a point in time (a milestone): it starts and finishes on
 * the same working day and holds nobody's time. {@link #completedOn()} is a {@link LocalDate}, like
 * every date of a plan: plans are drawn in days of the organisation's own calendar, so a date
 * without a time zone is what the host has and shows.
 *
 * <p>Limits: a title of at most {@value #MAX_TITLE} characters on one line; an effort of 0 to
 * {@value #MAX_EFFORT_DAYS} working days; at most {@value #MAX_REQUIREMENTS} requirements and
 * {@value #MAX_DEPENDENCIES} dependencies. A {@link TaskKind#GAP} task names at least one
 * requirement. A task that depends on itself is refused with a {@link DependencyCycleException}.
 * Immutable and thread-safe; {@code ImmutableTask.copyOf(task).withEffortDays(3)} and the other
 * {@code with...} methods return changed copies.
 *
 * <pre>{@code
 * Task choose = Task.builder()
 *     .id(TaskId.of("T-90"))
 *     .title("Choose a certification body")
 *     .kind(TaskKind.ACTIVITY)
 *     .ownerRole(RoleId.of("quality-manager"))
 *     .effortDays(3)
 *     .addDependsOn(TaskId.of("T-1"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@QmsStyle
public abstract class Task {
  /** The longest title accepted. */
  public static final int MAX_TITLE = 300;
  /** The largest effort accepted, in working days. */
  public static final int MAX_EFFORT_DAYS = 1_000;
  /** The most requirements a task names. */
  public static final int MAX_REQUIREMENTS = 100_000;
  /** The most tasks a task depends on. */
  public static final int MAX_DEPENDENCIES = 10_000;

  Task() {}

  /**
   * Returns a new builder. Required: {@code id}, {@code title}, {@code effortDays}; the kind is
   * {@link TaskKind#ACTIVITY} unless set.
   *
   * @return a builder with no attribute set
   */
  public static ImmutableTask.Builder builder() {
    return new ImmutableTask.Builder();
  }

  /**
   * The id, unique within a plan.
   *
   * @return the id
   */
  public abstract TaskId id();

  /**
   * What is to be done, on one line of at most {@value #MAX_TITLE} characters.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * What the task is for; {@link TaskKind#ACTIVITY} unless set.
   *
   * @return the kind
   */
  @Value.Default
  public TaskKind kind() {
    return TaskKind.ACTIVITY;
  }

  /**
   * The clause the task works on, if it works on one.
   *
   * @return the clause
   */
  public abstract Optional<ClauseRef> clause();

  /**
   * The requirements the task is meant to make conforming; at least one for a {@link TaskKind#GAP}
   * task.
   *
   * @return the requirement ids, possibly empty
   */
  public abstract Set<RequirementId> requirements();

  /**
   * The role suggested to own the task (see {@link PlanGenerator} for how a generated plan
   * suggests one).
   *
   * @return the role, if suggested
   */
  public abstract Optional<RoleId> ownerRole();

  /**
   * The person who does the task; only assigned tasks count in a schedule's load.
   *
   * @return the person, if assigned
   */
  public abstract Optional<PersonId> assignee();

  /**
   * The effort in working days of one person, 0 to {@value #MAX_EFFORT_DAYS}; 0 makes the task a
   * point in time.
   *
   * @return the effort
   */
  public abstract int effortDays();

  /**
   * The tasks that must finish before this one starts, in the order given; at most {@value
   * #MAX_DEPENDENCIES}.
   *
   * @return the task ids, possibly empty
   */
  public abstract Set<TaskId> dependsOn();

  /**
   * The day the task was completed, if it was.
   *
   * @return the completion date
   */
  public abstract Optional<LocalDate> completedOn();

  /**
   * Tells whether the task was completed on or before a date.
   *
   * @param asOf the date, not null
   * @return true if {@link #completedOn()} is set and not after {@code asOf}
   */
  public boolean isCompletedBy(LocalDate asOf) {
    java.util.Objects.requireNonNull(asOf, "asOf");
    return completedOn().map(d -> !d.isAfter(asOf)).orElse(false);
  }

  @Value.Check
  void check() {
    String where = "task " + id();
    Checks.line(title(), MAX_TITLE, where + ": title");
    if (effortDays() < 0 || effortDays() > MAX_EFFORT_DAYS) {
      throw new InvalidModelException(
          where + ": effortDays was " + effortDays() + "; expected 0 to " + MAX_EFFORT_DAYS + " working days");
    }
    if (requirements().size() > MAX_REQUIREMENTS) {
      throw new InvalidModelException(
          where + ": requirements had " + requirements().size() + " entries; expected at most " + MAX_REQUIREMENTS);
    }
    if (kind() == TaskKind.GAP && requirements().isEmpty()) {
      throw new InvalidModelException(
          where + ": requirements was empty; expected at least one requirement for a task of kind GAP");
    }
    if (dependsOn().size() > MAX_DEPENDENCIES) {
      throw new InvalidModelException(
          where + ": dependsOn had " + dependsOn().size() + " tasks; expected at most " + MAX_DEPENDENCIES);
    }
    if (dependsOn().contains(id())) {
      throw new DependencyCycleException(List.of(id()));
    }
  }
}
