package org.qms4j.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.Clause;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.internal.Checks;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.Registers;
import org.qms4j.training.Role;
import org.qms4j.training.RoleId;

/**
 * Generates an {@link ImplementationPlan} from a quality system and the requirements that have
 * gaps (a gap analysis's requirements, or any the host picks).
 *
 * <h2>Tasks</h2>
 *
 * <ul>
 *   <li>One {@link TaskKind#GAP} task per requirement, or with {@link
 *       PlanOptions.Granularity#CLAUSE} one per clause at the options' depth and per {@link Stage}
 *       (a clause whose requirements play different parts gives one task per part). A task names
 *       its clause and its requirements.
 *   <li>Tasks are ordered by stage (context first, management review last), then by catalog in the
 *       system's order, then in document order, and numbered {@code T-1}, {@code T-2}, ... in that
 *       order. The certification-audit milestone, if the options ask for it, comes last.
 *   <li>Effort: the deepest {@link PlanOptions#effortByClause()} override on the task's clause
 *       path, else {@link PlanOptions#defaultEffortDays()}. The milestone takes 0 days.
 * </ul>
 *
 * <h2>Owner roles</h2>
 *
 * <p>For each requirement, the role of the system's {@link Registers#ROLES} register that owns the
 * deepest clause on the requirement's clause path (an owned clause of a catalog covers the catalogs
 * derived from it; among roles owning the same clause, the first by id). A task takes the role
 * found for most of its requirements (ties: the first by id). When no role owns any of them, the
 * suggestion is generic: {@link PlanOptions#topManagementRole()} for context, leadership,
 * objectives and management-review tasks, {@link PlanOptions#qualityManagerRole()} for the others
 * and for milestones. Generic roles need not be in the register; the host maps them to people
 * ({@link ImplementationPlan#withAssigneesByRole}) or replaces them.
 *
 * <h2>Dependencies</h2>
 *
 * <p>Each requirement's stage comes from the options' {@link StageTable}; a task waits for every
 * task of the stages its stage waits for ({@link Stage#predecessors()}), across the system's
 * catalogs (one organisation runs one system: its document control comes before the procedures of
 * every catalog). A stage without tasks passes its own predecessors on, and a task waits only for
 * the nearest stages with tasks (waiting is transitive), which keeps the links few. The
 * certification milestone waits for every stage. So, in ISO 9001: context (4) before objectives
 * (6.2), document control (7.5) before the procedures of 8, competence (7.2) before the internal
 * audit (9.2), the internal audit before the management review (9.3), and the management review
 * before the certification audit. Stage {@link Stage#OTHER} (clauses the table does not know)
 * waits for nothing; only the milestone waits for it.
 *
 * <p>Where a stage has more than {@value #GATE_SIZE} tasks, or linking each of its tasks to each
 * task that waits for it would take more than {@value #GATE_LINKS} links, the stage ends with a
 * zero-effort {@link TaskKind#MILESTONE} ("Stage done: Operation") that waits for its tasks, and
 * later tasks wait for that milestone instead: the plan then stays within {@link
 * Task#MAX_DEPENDENCIES} and {@link ImplementationPlan#MAX_LINKS}.
 *
 * <p>Limits: at most {@value #MAX_GAPS} gap requirements. The generator is stateless and
 * thread-safe.
 */
public final class PlanGenerator {
  /** The most gap requirements a plan is generated from. */
  public static final int MAX_GAPS = ImplementationPlan.MAX_TASKS - 100;
  /** The most tasks of a stage that later tasks wait for one by one. */
  public static final int GATE_SIZE = 500;
  /** The most links between a stage's tasks and those waiting for them before a gate is used. */
  public static final int GATE_LINKS = 20_000;

  private static final Set<Stage> TOP_MANAGEMENT =
      EnumSet.of(Stage.CONTEXT, Stage.LEADERSHIP, Stage.OBJECTIVES, Stage.MANAGEMENT_REVIEW);

  private PlanGenerator() {}

  /**
   * Generates a plan (see the class description).
   *
   * @param system the quality system whose catalogs and roles the plan follows, not null
   * @param gaps the requirements that have gaps, not null; repeats are ignored
   * @param options how to generate, not null
   * @return the plan; with no gaps, only the certification milestone (or nothing)
   * @throws InvalidModelException if a requirement is not one of the system's, or there are more
   *     than {@value #MAX_GAPS}
   */
  public static ImplementationPlan generate(
      QualitySystem system, Collection<RequirementId> gaps, PlanOptions options) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(gaps, "gaps");
    Objects.requireNonNull(options, "options");
    Set<RequirementId> wanted = new LinkedHashSet<>();
    for (RequirementId id : gaps) {
      wanted.add(Objects.requireNonNull(id, "gaps element"));
      if (wanted.size() > MAX_GAPS) {
        throw new InvalidModelException("plan generator: gaps had more than " + MAX_GAPS + " requirements; expected at most " + MAX_GAPS);
      }
    }
    List<String> unknown = new ArrayList<>();
    for (RequirementId id : wanted) {
      if (system.requirement(id).isEmpty()) {
        unknown.add("requirement " + Checks.quote(id.value()) + " is not one of the system's catalogs");
      }
    }
    if (!unknown.isEmpty()) {
      throw new InvalidModelException(Checks.problemList("plan generator", unknown, 20));
    }
    return new Run(system, wanted, options).plan();
  }

  /** One generation. */
  private static final class Run {
    private final PlanOptions options;
    private final Map<CatalogId, Catalog> catalogs = new LinkedHashMap<>();
    private final Map<CatalogId, Integer> catalogOrder = new HashMap<>();
    /** Per catalog id: clause number to the roles owning it, sorted. */
    private final Map<CatalogId, Map<String, TreeSet<RoleId>>> owners = new HashMap<>();
    private final List<LocatedRequirement> located = new ArrayList<>();
    private final Map<RequirementId, Integer> position = new HashMap<>();

    Run(QualitySystem system, Set<RequirementId> wanted, PlanOptions options) {
      this.options = options;
      for (Catalog c : system.catalogs()) {
        catalogOrder.put(c.id(), catalogs.size());
        catalogs.put(c.id(), c);
      }
      int k = 0;
      for (LocatedRequirement lr : system.requirements()) {
        if (wanted.contains(lr.id())) {
          position.put(lr.id(), k);
          located.add(lr);
        }
        k++;
      }
      for (Role r : system.register(Registers.ROLES).items()) {
        for (ClauseRef owned : r.owns()) {
          owners.computeIfAbsent(owned.catalog(), c -> new HashMap<>())
              .computeIfAbsent(owned.number(), n -> new TreeSet<>())
              .add(r.id());
        }
      }
    }

    /** A group of requirements that becomes one task. */
    private final class Group {
      final Catalog catalog;
      final List<String> path;
      final Stage stage;
      final List<LocatedRequirement> members = new ArrayList<>();

      Group(Catalog catalog, List<String> path, Stage stage) {
        this.catalog = catalog;
        this.path = path;
        this.stage = stage;
      }

      String number() {
        return path.get(path.size() - 1);
      }
    }

    ImplementationPlan plan() {
      StageTable table = options.stages();
      boolean byClause = options.granularity() == PlanOptions.Granularity.CLAUSE;
      Map<List<Object>, Group> groups = new LinkedHashMap<>();
      for (LocatedRequirement lr : located) {
        Catalog c = catalogs.get(lr.catalog());
        Stage stage = table.stageOf(c, lr.clausePath());
        List<String> path =
            byClause ? lr.clausePath().subList(0, Math.min(options.clauseDepth(), lr.clausePath().size())) : lr.clausePath();
        List<Object> key = byClause ? List.of(c.id(), path.get(path.size() - 1), stage) : List.of(lr.id());
        groups.computeIfAbsent(key, x -> new Group(c, path, stage)).members.add(lr);
      }
      // by stage, then catalog order, then the document order of the first requirement
      List<Group> ordered = new ArrayList<>(groups.values());
      ordered.sort(
          (a, b) -> {
            int s = a.stage.compareTo(b.stage);
            if (s != 0) {
              return s;
            }
            int c = Integer.compare(catalogOrder.get(a.catalog.id()), catalogOrder.get(b.catalog.id()));
            return c != 0 ? c : Integer.compare(position.get(a.members.get(0).id()), position.get(b.members.get(0).id()));
          });
      Map<Stage, List<Group>> byStage = new EnumMap<>(Stage.class);
      for (Group g : ordered) {
        byStage.computeIfAbsent(g.stage, s -> new ArrayList<>()).add(g);
      }
      Map<Stage, Set<Stage>> waits = nearestPredecessors(byStage.keySet());
      Set<Stage> milestoneWaits = options.certificationMilestone() ? milestonePredecessors(byStage.keySet(), waits) : Set.of();
      Set<Stage> gated = gates(byStage, waits, milestoneWaits);

      boolean manyCatalogs = located.stream().map(LocatedRequirement::catalog).distinct().count() > 1;
      Map<String, Integer> groupsPerTitle = new HashMap<>();
      for (Group g : ordered) {
        groupsPerTitle.merge(g.catalog.id() + "#" + g.number(), 1, Integer::sum);
      }
      List<Task> tasks = new ArrayList<>();
      Map<Stage, List<TaskId>> idsOf = new EnumMap<>(Stage.class);
      Map<Stage, TaskId> gateOf = new EnumMap<>(Stage.class);
      for (Map.Entry<Stage, List<Group>> e : byStage.entrySet()) {
        Stage stage = e.getKey();
        Set<TaskId> deps = dependencies(waits.get(stage), idsOf, gateOf, gated);
        List<TaskId> ids = new ArrayList<>();
        for (Group g : e.getValue()) {
          TaskId id = TaskId.of("T-" + (tasks.size() + 1));
          ids.add(id);
          Set<RequirementId> reqs = new LinkedHashSet<>();
          for (LocatedRequirement lr : g.members) {
            reqs.add(lr.id());
          }
          boolean shared = groupsPerTitle.get(g.catalog.id() + "#" + g.number()) > 1;
          tasks.add(
              Task.builder()
                  .id(id)
                  .title(title(g, manyCatalogs, shared, byClause))
                  .kind(TaskKind.GAP)
                  .clause(ClauseRef.of(g.catalog.id(), g.number()))
                  .requirements(reqs)
                  .ownerRole(role(g))
                  .effortDays(effort(g))
                  .dependsOn(deps)
                  .build());
        }
        idsOf.put(stage, ids);
        if (gated.contains(stage)) {
          TaskId gate = TaskId.of("T-" + (tasks.size() + 1));
          tasks.add(
              Task.builder()
                  .id(gate)
                  .title("Stage done: " + stage.title())
                  .kind(TaskKind.MILESTONE)
                  .ownerRole(options.qualityManagerRole())
                  .effortDays(0)
                  .dependsOn(ids)
                  .build());
          gateOf.put(stage, gate);
        }
      }
      if (options.certificationMilestone()) {
        tasks.add(
            Task.builder()
                .id(TaskId.of("T-" + (tasks.size() + 1)))
                .title(options.milestoneTitle())
                .kind(TaskKind.MILESTONE)
                .ownerRole(options.qualityManagerRole())
                .effortDays(0)
                .dependsOn(dependencies(milestoneWaits, idsOf, gateOf, gated))
                .build());
      }
      return ImplementationPlan.of(tasks);
    }

    private static Set<TaskId> dependencies(
        Set<Stage> stages, Map<Stage, List<TaskId>> idsOf, Map<Stage, TaskId> gateOf, Set<Stage> gated) {
      Set<TaskId> deps = new LinkedHashSet<>();
      for (Stage s : stages) {
        if (gated.contains(s)) {
          deps.add(gateOf.get(s));
        } else {
          deps.addAll(idsOf.get(s));
        }
      }
      return deps;
    }

    /** The stages to gate: too many tasks, or too many links to those waiting for them. */
    private static Set<Stage> gates(Map<Stage, List<Group>> byStage, Map<Stage, Set<Stage>> waits, Set<Stage> milestoneWaits) {
      Map<Stage, Long> waiting = new EnumMap<>(Stage.class);
      for (Map.Entry<Stage, Set<Stage>> e : waits.entrySet()) {
        for (Stage r : e.getValue()) {
          waiting.merge(r, (long) byStage.get(e.getKey()).size(), Long::sum);
        }
      }
      for (Stage r : milestoneWaits) {
        waiting.merge(r, 1L, Long::sum);
      }
      Set<Stage> gated = EnumSet.noneOf(Stage.class);
      for (Map.Entry<Stage, Long> e : waiting.entrySet()) {
        long size = byStage.get(e.getKey()).size();
        if (size > 1 && (size > GATE_SIZE || size * e.getValue() > GATE_LINKS)) {
          gated.add(e.getKey());
        }
      }
      return gated;
    }

    /**
     * For each stage with tasks, the nearest stages with tasks it waits for: a stage without tasks
     * passes on its own predecessors, and a stage another chosen one already waits for (through
     * tasks) is dropped.
     */
    private static Map<Stage, Set<Stage>> nearestPredecessors(Set<Stage> present) {
      Map<Stage, Set<Stage>> effective = new EnumMap<>(Stage.class);
      Map<Stage, Set<Stage>> ancestors = new EnumMap<>(Stage.class);
      for (Stage s : Stage.values()) {
        Set<Stage> eff = EnumSet.noneOf(Stage.class);
        for (Stage p : s.predecessors()) {
          if (present.contains(p)) {
            eff.add(p);
          } else {
            eff.addAll(effective.get(p));
          }
        }
        Set<Stage> reduced = reduce(eff, ancestors);
        effective.put(s, reduced);
        Set<Stage> anc = EnumSet.noneOf(Stage.class);
        for (Stage p : reduced) {
          anc.add(p);
          anc.addAll(ancestors.get(p));
        }
        ancestors.put(s, anc);
      }
      Map<Stage, Set<Stage>> out = new EnumMap<>(Stage.class);
      for (Stage s : present) {
        out.put(s, effective.get(s));
      }
      return out;
    }

    private static Set<Stage> reduce(Set<Stage> eff, Map<Stage, Set<Stage>> ancestors) {
      Set<Stage> reduced = EnumSet.noneOf(Stage.class);
      reduced.addAll(eff);
      for (Stage p : eff) {
        for (Stage q : eff) {
          if (p != q && ancestors.get(q).contains(p)) {
            reduced.remove(p);
          }
        }
      }
      return reduced;
    }

    /** The milestone waits for every stage with tasks, but those another of them already waits for. */
    private static Set<Stage> milestonePredecessors(Set<Stage> present, Map<Stage, Set<Stage>> waits) {
      Map<Stage, Set<Stage>> ancestors = new EnumMap<>(Stage.class);
      for (Stage s : present) {
        Set<Stage> anc = EnumSet.noneOf(Stage.class);
        for (Stage p : waits.get(s)) {
          anc.add(p);
          anc.addAll(ancestors.get(p));
        }
        ancestors.put(s, anc);
      }
      return reduce(present, ancestors);
    }

    private String title(Group g, boolean manyCatalogs, boolean shared, boolean byClause) {
      StringBuilder t = new StringBuilder();
      if (manyCatalogs) {
        t.append(g.catalog.id()).append(' ');
      }
      Clause clause = g.catalog.clause(g.number()).orElseThrow();
      t.append(clause.label().orElse(clause.number())).append(' ').append(clause.title());
      if (shared) {
        if (byClause) {
          t.append(" - ").append(g.stage.title());
        } else {
          LocatedRequirement lr = g.members.get(0);
          t.append(" (").append(lr.requirement().label().orElse(lr.id().value())).append(')');
        }
      }
      return t.length() <= Task.MAX_TITLE ? t.toString() : t.substring(0, Task.MAX_TITLE - 3) + "...";
    }

    private int effort(Group g) {
      for (int i = g.path.size() - 1; i >= 0; i--) {
        String number = g.path.get(i);
        Integer days = options.effortByClause().get(ClauseRef.of(g.catalog.id(), number));
        for (int k = 0; days == null && k < g.catalog.lineage().size(); k++) {
          days = options.effortByClause().get(ClauseRef.of(g.catalog.lineage().get(k), number));
        }
        if (days != null) {
          return days;
        }
      }
      return options.defaultEffortDays();
    }

    private RoleId role(Group g) {
      Map<RoleId, Integer> votes = new TreeMap<>();
      for (LocatedRequirement lr : g.members) {
        RoleId r = owner(g.catalog, lr.clausePath());
        if (r != null) {
          votes.merge(r, 1, Integer::sum);
        }
      }
      RoleId best = null;
      int most = 0;
      for (Map.Entry<RoleId, Integer> e : votes.entrySet()) {
        if (e.getValue() > most) {
          best = e.getKey();
          most = e.getValue();
        }
      }
      if (best != null) {
        return best;
      }
      return TOP_MANAGEMENT.contains(g.stage) ? options.topManagementRole() : options.qualityManagerRole();
    }

    /** The role owning the deepest clause of the path, in the catalog or one it derives from. */
    private @Nullable RoleId owner(Catalog catalog, List<String> path) {
      for (int i = path.size() - 1; i >= 0; i--) {
        RoleId r = ownerOf(catalog.id(), path.get(i));
        for (int k = 0; r == null && k < catalog.lineage().size(); k++) {
          r = ownerOf(catalog.lineage().get(k), path.get(i));
        }
        if (r != null) {
          return r;
        }
      }
      return null;
    }

    private @Nullable RoleId ownerOf(CatalogId catalog, String number) {
      Map<String, TreeSet<RoleId>> m = owners.get(catalog);
      TreeSet<RoleId> roles = m == null ? null : m.get(number);
      return roles == null ? null : roles.first();
    }
  }
}
