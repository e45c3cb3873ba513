package org.qms4j.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.internal.Checks;
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
public final class PlanOptions {
  /** The most effort overrides accepted. */
  public static final int MAX_EFFORT_OVERRIDES = 100_000;

  private static final PlanOptions DEFAULTS = builder().build();

  /** One task per gap requirement, or per clause. */
  public enum Granularity {
    /** One task per requirement that has a gap. */
    REQUIREMENT,
    /**
     * One task per clause at {@link PlanOptions#clauseDepth()} (and per stage, where a clause's
     * requirements play different parts), naming every gap requirement under it.
     */
    CLAUSE
  }

  private final Granularity granularity;
  private final int clauseDepth;
  private final int defaultEffortDays;
  private final Map<ClauseRef, Integer> effortByClause;
  private final boolean certificationMilestone;
  private final String milestoneTitle;
  private final StageTable stages;
  private final RoleId topManagementRole;
  private final RoleId qualityManagerRole;

  private PlanOptions(Builder b) {
    this.granularity = b.granularity;
    this.clauseDepth = b.clauseDepth;
    this.defaultEffortDays = b.defaultEffortDays;
    this.effortByClause = Collections.unmodifiableMap(new LinkedHashMap<>(b.effortByClause));
    this.certificationMilestone = b.certificationMilestone;
    this.milestoneTitle = b.milestoneTitle;
    this.stages = b.stages;
    this.topManagementRole = b.topManagementRole;
    this.qualityManagerRole = b.qualityManagerRole;
  }

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
   * Returns a new builder set to the {@linkplain #defaults() defaults}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder set to these options.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.granularity = granularity;
    b.clauseDepth = clauseDepth;
    b.defaultEffortDays = defaultEffortDays;
    b.effortByClause.putAll(effortByClause);
    b.certificationMilestone = certificationMilestone;
    b.milestoneTitle = milestoneTitle;
    b.stages = stages;
    b.topManagementRole = topManagementRole;
    b.qualityManagerRole = qualityManagerRole;
    return b;
  }

  /**
   * One task per requirement or per clause; {@link Granularity#REQUIREMENT} by default.
   *
   * @return the granularity
   */
  public Granularity granularity() {
    return granularity;
  }

  /**
   * With {@link Granularity#CLAUSE}, the level of the clauses tasks stand for: 1 for top-level
   * clauses ({@code 7}), 2 for their sub-clauses ({@code 7.5}), and so on; a requirement of a
   * shallower clause goes to a task of its own clause. 2 by default.
   *
   * @return the depth, 1 to {@value Catalog#MAX_DEPTH}
   */
  public int clauseDepth() {
    return clauseDepth;
  }

  /**
   * The effort of a task no override applies to, in working days; 5 by default.
   *
   * @return the effort
   */
  public int defaultEffortDays() {
    return defaultEffortDays;
  }

  /**
   * Efforts per clause, in working days: a task whose clause is the given clause or lies under it
   * takes that effort, the deepest override winning. An override for a catalog applies to catalogs
   * derived from it as well.
   *
   * @return the overrides in the order given, unmodifiable, possibly empty
   */
  public Map<ClauseRef, Integer> effortByClause() {
    return effortByClause;
  }

  /**
   * Whether the plan ends with a certification-audit milestone that waits for every other task;
   * true by default.
   *
   * @return true to add the milestone
   */
  public boolean certificationMilestone() {
    return certificationMilestone;
  }

  /**
   * The title of the certification-audit milestone; {@code Certification audit} by default.
   *
   * @return the title
   */
  public String milestoneTitle() {
    return milestoneTitle;
  }

  /**
   * The table of the parts clauses play; {@link StageTable#standard()} by default.
   *
   * @return the table
   */
  public StageTable stages() {
    return stages;
  }

  /**
   * The role suggested for context, leadership, objectives and management-review tasks when no
   * role of the system owns their clause; {@code top-management} by default.
   *
   * @return the role
   */
  public RoleId topManagementRole() {
    return topManagementRole;
  }

  /**
   * The role suggested for every other task when no role of the system owns its clause, and for
   * milestones; {@code quality-manager} by default.
   *
   * @return the role
   */
  public RoleId qualityManagerRole() {
    return qualityManagerRole;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlanOptions p
        && granularity == p.granularity
        && clauseDepth == p.clauseDepth
        && defaultEffortDays == p.defaultEffortDays
        && effortByClause.equals(p.effortByClause)
        && certificationMilestone == p.certificationMilestone
        && milestoneTitle.equals(p.milestoneTitle)
        && stages.equals(p.stages)
        && topManagementRole.equals(p.topManagementRole)
        && qualityManagerRole.equals(p.qualityManagerRole);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        granularity, clauseDepth, defaultEffortDays, effortByClause, certificationMilestone, milestoneTitle, stages,
        topManagementRole, qualityManagerRole);
  }

  @Override
  public String toString() {
    return "PlanOptions{granularity=" + granularity + ", clauseDepth=" + clauseDepth + ", defaultEffortDays="
        + defaultEffortDays + ", effortByClause=" + effortByClause.size() + " overrides, certificationMilestone="
        + certificationMilestone + "}";
  }

  /**
   * Builds {@link PlanOptions}; every setter checks its argument at once. Not thread-safe.
   */
  public static final class Builder {
    private Granularity granularity = Granularity.REQUIREMENT;
    private int clauseDepth = 2;
    private int defaultEffortDays = 5;
    private final Map<ClauseRef, Integer> effortByClause = new LinkedHashMap<>();
    private boolean certificationMilestone = true;
    private String milestoneTitle = "Certification audit";
    private StageTable stages = StageTable.standard();
    private RoleId topManagementRole = RoleId.of("top-management");
    private RoleId qualityManagerRole = RoleId.of("quality-manager");

    private Builder() {}

    /**
     * Sets one task per requirement or per clause.
     *
     * @param granularity the granularity, not null
     * @return this builder
     */
    public Builder granularity(Granularity granularity) {
      this.granularity = Objects.requireNonNull(granularity, "granularity");
      return this;
    }

    /**
     * Sets the level of the clauses tasks stand for with {@link Granularity#CLAUSE}.
     *
     * @param depth 1 to {@value Catalog#MAX_DEPTH}
     * @return this builder
     * @throws InvalidModelException if the depth is out of range
     */
    public Builder clauseDepth(int depth) {
      if (depth < 1 || depth > Catalog.MAX_DEPTH) {
        throw new InvalidModelException("plan options: clauseDepth was " + depth + "; expected 1 to " + Catalog.MAX_DEPTH);
      }
      this.clauseDepth = depth;
      return this;
    }

    /**
     * Sets the effort of a task no override applies to.
     *
     * @param days 0 to {@value Task#MAX_EFFORT_DAYS} working days
     * @return this builder
     * @throws InvalidModelException if the effort is out of range
     */
    public Builder defaultEffortDays(int days) {
      this.defaultEffortDays = checkEffort(days, "defaultEffortDays");
      return this;
    }

    /**
     * Sets the effort of tasks whose clause is the given clause or lies under it.
     *
     * @param clause the clause, not null
     * @param days 0 to {@value Task#MAX_EFFORT_DAYS} working days
     * @return this builder
     * @throws InvalidModelException if the effort is out of range, or there would be more than
     *     {@value #MAX_EFFORT_OVERRIDES} overrides
     */
    public Builder putEffortByClause(ClauseRef clause, int days) {
      Objects.requireNonNull(clause, "clause");
      checkEffort(days, "effortByClause of " + Checks.quote(clause.toString()));
      if (!effortByClause.containsKey(clause) && effortByClause.size() == MAX_EFFORT_OVERRIDES) {
        throw new InvalidModelException(
            "plan options: effortByClause had " + MAX_EFFORT_OVERRIDES + " entries; expected at most " + MAX_EFFORT_OVERRIDES);
      }
      effortByClause.put(clause, days);
      return this;
    }

    /**
     * Sets whether the plan ends with a certification-audit milestone.
     *
     * @param on true to add it
     * @return this builder
     */
    public Builder certificationMilestone(boolean on) {
      this.certificationMilestone = on;
      return this;
    }

    /**
     * Sets the title of the certification-audit milestone.
     *
     * @param title one line of at most {@value Task#MAX_TITLE} characters, not null
     * @return this builder
     * @throws InvalidModelException if the title is blank, too long or not one line
     */
    public Builder milestoneTitle(String title) {
      Objects.requireNonNull(title, "title");
      this.milestoneTitle = Checks.line(title, Task.MAX_TITLE, "plan options: milestoneTitle");
      return this;
    }

    /**
     * Sets the table of the parts clauses play.
     *
     * @param stages the table, not null
     * @return this builder
     */
    public Builder stages(StageTable stages) {
      this.stages = Objects.requireNonNull(stages, "stages");
      return this;
    }

    /**
     * Sets the generic role suggested for context, leadership, objectives and management-review
     * tasks.
     *
     * @param role the role, not null
     * @return this builder
     */
    public Builder topManagementRole(RoleId role) {
      this.topManagementRole = Objects.requireNonNull(role, "role");
      return this;
    }

    /**
     * Sets the generic role suggested for every other task and for milestones.
     *
     * @param role the role, not null
     * @return this builder
     */
    public Builder qualityManagerRole(RoleId role) {
      this.qualityManagerRole = Objects.requireNonNull(role, "role");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public PlanOptions build() {
      return new PlanOptions(this);
    }

    private static int checkEffort(int days, String what) {
      if (days < 0 || days > Task.MAX_EFFORT_DAYS) {
        throw new InvalidModelException(
            "plan options: " + what + " was " + days + "; expected 0 to " + Task.MAX_EFFORT_DAYS + " working days");
      }
      return days;
    }
  }
}
