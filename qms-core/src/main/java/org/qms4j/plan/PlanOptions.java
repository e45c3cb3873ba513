package org.qms4j.plan;

import java.util.Map;
import org.immutables.value.Value;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.internal.Checks;
import org.qms4j.internal.QmsStyle;
import org.qms4j.training.RoleId;

/**
 * How a {@link PlanGenerator} turns gaps into tasks: one task per requirement or per clause, the
 * default effort and overrides per clause, the certification milestone, the {@link StageTable} that
 * gives dependencies, and the generic roles suggested when no role of the system owns a clause.
 *
 * <p>Limits: a clause depth of 1 to {@value Catalog#MAX_DEPTH}; efforts of 0 to {@value
 * Task#MAX_EFFORT_DAYS} working days; at most {@value #MAX_EFFORT_OVERRIDES} effort overrides; a
 * milestone title of at most {@value Task#MAX_TITLE} characters on one line. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * PlanOptions options = PlanOptions.builder()
 *     .granularity(PlanOptions.Granularity.CLAUSE)     // one task per clause such as 7.5
 *     .defaultEffortDays(3)
 *     .putEffortByClause(ClauseRef.parse("iso-9001:2015#8"), 10)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@QmsStyle
public abstract class PlanOptions {
  /** The most effort overrides accepted. */
  public static final int MAX_EFFORT_OVERRIDES = 100_000;

  private static final PlanOptions DEFAULTS = builder().build();

  /** One task per gap requirement, or per clause. */
  public enum Granularity {
    /** One task per requirement that has a gap. */
    REQUIREMENT,
    /**
     * One task per clause at {@link #clauseDepth()} (and per stage, where a clause's requirements
     * play different parts), naming every gap requirement under it.
     */
    CLAUSE
  }

  PlanOptions() {}

  /**
   * The default options: one task per requirement, 5 working days each, a certification
   * milestone, the {@linkplain StageTable#standard() standard stage table}, generic roles {@code
   * top-management} and {@code quality-manager}.
   *
   * @return the defaults
   */
  public static PlanOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a new builder; every attribute has a default.
   *
   * @return the builder
   */
  public static ImmutablePlanOptions.Builder builder() {
    return new ImmutablePlanOptions.Builder();
  }

  /**
   * One task per requirement or per clause; {@link Granularity#REQUIREMENT} unless set.
   *
   * @return the granularity
   */
  @Value.Default
  public Granularity granularity() {
    return Granularity.REQUIREMENT;
  }

  /**
   * With {@link Granularity#CLAUSE}, the level of the clauses tasks stand for: 1 for top-level
   * clauses ({@code 7}), 2 for their sub-clauses ({@code 7.5}), and so on; a requirement of a
   * shallower clause goes to a task of its own clause. 2 unless set.
   *
   * @return the depth, 1 to {@value org.qms4j.catalog.Catalog#MAX_DEPTH}
   */
  @Value.Default
  public int clauseDepth() {
    return 2;
  }

  /**
   * The effort of a task no override applies to, in working days; 5 unless set.
   *
   * @return the effort
   */
  @Value.Default
  public int defaultEffortDays() {
    return 5;
  }

  /**
   * Efforts per clause, in working days: a task whose clause is the given clause or lies under it
   * takes that effort, the deepest override winning. An override for a catalog applies to catalogs
   * derived from it as well.
   *
   * @return the overrides, possibly empty
   */
  public abstract Map<ClauseRef, Integer> effortByClause();

  /**
   * Whether the plan ends with a certification-audit milestone that waits for every other task;
   * true unless set.
   *
   * @return true to add the milestone
   */
  @Value.Default
  public boolean certificationMilestone() {
    return true;
  }

  /**
   * The title of the certification-audit milestone; {@code Certification audit} unless set.
   *
   * @return the title
   */
  @Value.Default
  public String milestoneTitle() {
    return "Certification audit";
  }

  /**
   * The table of the parts clauses play; {@link StageTable#standard()} unless set.
   *
   * @return the table
   */
  @Value.Default
  public StageTable stages() {
    return StageTable.standard();
  }

  /**
   * The role suggested for context, leadership, objectives and management-review tasks when no
   * role of the system owns their clause; {@code top-management} unless set.
   *
   * @return the role
   */
  @Value.Default
  public RoleId topManagementRole() {
    return RoleId.of("top-management");
  }

  /**
   * The role suggested for every other task when no role of the system owns its clause, and for
   * milestones; {@code quality-manager} unless set.
   *
   * @return the role
   */
  @Value.Default
  public RoleId qualityManagerRole() {
    return RoleId.of("quality-manager");
  }

  @Value.Check
  void check() {
    if (clauseDepth() < 1 || clauseDepth() > Catalog.MAX_DEPTH) {
      throw new InvalidModelException(
          "plan options: clauseDepth was " + clauseDepth() + "; expected 1 to " + Catalog.MAX_DEPTH);
    }
    checkEffort(defaultEffortDays(), "defaultEffortDays");
    if (effortByClause().size() > MAX_EFFORT_OVERRIDES) {
      throw new InvalidModelException(
          "plan options: effortByClause had " + effortByClause().size() + " entries; expected at most " + MAX_EFFORT_OVERRIDES);
    }
    effortByClause().forEach((clause, days) -> checkEffort(days, "effortByClause of " + Checks.quote(clause.toString())));
    Checks.line(milestoneTitle(), Task.MAX_TITLE, "plan options: milestoneTitle");
  }

  private static void checkEffort(int days, String what) {
    if (days < 0 || days > Task.MAX_EFFORT_DAYS) {
      throw new InvalidModelException(
          "plan options: " + what + " was " + days + "; expected 0 to " + Task.MAX_EFFORT_DAYS + " working days");
    }
  }
}
