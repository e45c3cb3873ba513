package org.qms4j.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qms4j.plan.ScheduleTest.ANA;
import static org.qms4j.plan.ScheduleTest.BEN;
import static org.qms4j.plan.ScheduleTest.d;
import static org.qms4j.plan.ScheduleTest.id;
import static org.qms4j.plan.ScheduleTest.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.RequirementId;
import org.qms4j.training.RoleId;

class ImplementationPlanTest {

  @Test
  void of_cycle_isRefusedNamingItsTasksInOrder() {
    List<Task> tasks = List.of(task("T-1", 1, "T-3"), task("T-2", 1, "T-1"), task("T-3", 1, "T-2"));

    assertThatThrownBy(() -> ImplementationPlan.of(tasks))
        .isInstanceOf(DependencyCycleException.class)
        .hasMessage(
            "implementation plan: dependency cycle T-1 → T-2 → T-3 → T-1 (each task must finish before the next"
                + " starts); expected dependencies without a cycle")
        .extracting(e -> ((DependencyCycleException) e).cycle())
        .isEqualTo(List.of(id("T-1"), id("T-2"), id("T-3")));
  }

  @Test
  void of_cycleBehindATaskThatWaitsForIt_namesTheCycleOnly() {
    List<Task> tasks =
        List.of(task("T-4", 1, "T-1"), task("T-1", 1, "T-3"), task("T-2", 1, "T-1"), task("T-3", 1, "T-2"), task("T-5", 1));

    assertThatThrownBy(() -> ImplementationPlan.of(tasks))
        .isInstanceOf(DependencyCycleException.class)
        .extracting(e -> ((DependencyCycleException) e).cycle())
        .isEqualTo(List.of(id("T-1"), id("T-2"), id("T-3")));
  }

  @Test
  void task_dependingOnItself_isACycleOfOne() {
    assertThatThrownBy(() -> task("T-3", 1, "T-3"))
        .isInstanceOf(DependencyCycleException.class)
        .hasMessageContaining("dependency cycle T-3 → T-3 ");
  }

  @Test
  void of_unknownDependency_isRefusedNamingBothTasks() {
    assertThatThrownBy(() -> ImplementationPlan.of(List.of(task("T-1", 1), task("T-2", 1, "T-1", "T-9"))))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("implementation plan has 1 problem:\n  - task T-2 depends on T-9, which the plan does not hold");
  }

  @Test
  void of_duplicateIds_isRefused() {
    assertThatThrownBy(() -> ImplementationPlan.of(List.of(task("T-1", 1), task("T-1", 2))))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("implementation plan: tasks had two with id 'T-1'; expected distinct ids");
  }

  @Test
  void tasks_keepTheOrderGiven_topologicalOrderPutsDependenciesFirst() {
    ImplementationPlan plan = ImplementationPlan.of(List.of(task("C", 1, "B"), task("A", 1), task("B", 1, "A")));

    assertThat(plan.tasks()).extracting(Task::id).containsExactly(id("C"), id("A"), id("B"));
    assertThat(plan.topologicalOrder()).containsExactly(id("A"), id("B"), id("C"));
    assertThat(plan.dependents(id("A"))).containsExactly(id("B"));
    assertThat(plan.task(id("Z"))).isEmpty();
  }

  @Test
  void withoutTask_itsDependentsTakeOverItsDependencies() {
    ImplementationPlan plan = ImplementationPlan.of(List.of(task("A", 1), task("B", 1, "A"), task("C", 1, "B")));

    ImplementationPlan without = plan.withoutTask(id("B"));

    assertThat(without.tasks()).extracting(Task::id).containsExactly(id("A"), id("C"));
    assertThat(without.task(id("C")).orElseThrow().dependsOn()).containsExactly(id("A"));
    assertThat(plan.size()).isEqualTo(3); // unchanged
  }

  @Test
  void builderRemoveTask_leavesDependentsNamingIt_soBuildRefuses() {
    ImplementationPlan plan = ImplementationPlan.of(List.of(task("A", 1), task("B", 1, "A")));

    assertThatThrownBy(() -> plan.toBuilder().removeTask(id("A")).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("task B depends on A, which the plan does not hold");
  }

  @Test
  void edits_returnChangedPlans() {
    ImplementationPlan plan = ImplementationPlan.of(List.of(task("A", 1), task("B", 1, "A")));

    ImplementationPlan edited =
        plan.withEffort(id("A"), 7)
            .withAssignee(id("B"), BEN)
            .withTask(task("A", 2))
            .withTask(task("C", 3, "A"))
            .withDependency(id("C"), id("B"))
            .withCompletedOn(id("A"), d("2026-03-02"));

    assertThat(edited.tasks()).extracting(Task::id).containsExactly(id("A"), id("B"), id("C"));
    assertThat(edited.task(id("A")).orElseThrow().effortDays()).isEqualTo(2); // replaced in place
    assertThat(edited.task(id("A")).orElseThrow().completedOn()).contains(d("2026-03-02"));
    assertThat(edited.task(id("B")).orElseThrow().assignee()).contains(BEN);
    assertThat(edited.task(id("C")).orElseThrow().dependsOn()).containsExactly(id("A"), id("B"));
    assertThat(edited.withoutDependency(id("C"), id("A")).task(id("C")).orElseThrow().dependsOn()).containsExactly(id("B"));
    assertThat(edited.withoutAssignee(id("B")).task(id("B")).orElseThrow().assignee()).isEmpty();
    assertThat(plan.task(id("A")).orElseThrow().effortDays()).isEqualTo(1);
  }

  @Test
  void withDependency_closingACycle_isRefused() {
    ImplementationPlan plan = ImplementationPlan.of(List.of(task("T-3", 1), task("T-7", 1, "T-3")));

    assertThatThrownBy(() -> plan.withDependency(id("T-3"), id("T-7")))
        .isInstanceOf(DependencyCycleException.class)
        .hasMessageContaining("T-3 → T-7 → T-3");
  }

  @Test
  void edits_ofAnUnknownTask_areRefusedNamingIt() {
    ImplementationPlan plan = ImplementationPlan.of(List.of(task("A", 1)));

    assertThatThrownBy(() -> plan.withAssignee(id("Z"), ANA))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("implementation plan: task Z cannot be assigned: the plan holds no such task");
    assertThatThrownBy(() -> plan.withDependency(id("A"), id("Z")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("implementation plan: task Z cannot be depended on: the plan holds no such task");
    assertThatThrownBy(() -> plan.withEffort(id("A"), Task.MAX_EFFORT_DAYS + 1))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("task A: effortDays was 1001; expected 0 to 1000 working days");
  }

  @Test
  void withAssigneesByRole_assignsUnassignedTasksOfTheRole() {
    RoleId qm = RoleId.of("quality-manager");
    ImplementationPlan plan =
        ImplementationPlan.of(
            List.of(
                ImmutableTask.copyOf(task("A", 1)).withOwnerRole(qm),
                ImmutableTask.copyOf(task("B", 1, BEN)).withOwnerRole(qm),
                task("C", 1)));

    ImplementationPlan assigned = plan.withAssigneesByRole(Map.of(qm, ANA));

    assertThat(assigned.tasks()).extracting(x -> x.assignee().orElse(null)).containsExactly(ANA, BEN, null);
  }

  @Test
  void remainingAsOf_dropsCompletedTasksAndTheLinksToThem() {
    ImplementationPlan plan =
        ImplementationPlan.of(List.of(task("A", 1), task("B", 1, "A"), task("C", 1, "A", "B")))
            .withCompletedOn(id("A"), d("2026-03-02"))
            .withCompletedOn(id("B"), d("2026-03-09"));

    ImplementationPlan left = plan.remainingAsOf(d("2026-03-05"));

    assertThat(left.tasks()).extracting(Task::id).containsExactly(id("B"), id("C"));
    assertThat(left.task(id("C")).orElseThrow().dependsOn()).containsExactly(id("B"));
  }

  @Test
  void of_tooManyTasks_isRefused() {
    List<Task> many = new ArrayList<>();
    for (int i = 0; i <= ImplementationPlan.MAX_TASKS; i++) {
      many.add(task("T-" + i, 1));
    }

    assertThatThrownBy(() -> ImplementationPlan.of(many))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("implementation plan: tasks had 100001 entries; expected at most 100000");
  }

  @Test
  void of_aChainOfMaxTasks_buildsAndSchedulesWithoutDeepRecursion() {
    List<Task> chain = new ArrayList<>();
    chain.add(task("T-0", 1));
    for (int i = 1; i < ImplementationPlan.MAX_TASKS; i++) {
      chain.add(task("T-" + i, 1, "T-" + (i - 1)));
    }

    ImplementationPlan plan = ImplementationPlan.of(chain);
    Schedule s = plan.schedule(d("2026-01-05"), WorkingCalendar.mondayToFriday());

    assertThat(s.finish()).isEqualTo(WorkingCalendar.mondayToFriday().plusWorkingDays(d("2026-01-05"), ImplementationPlan.MAX_TASKS - 1));
    assertThat(s.criticalPath()).hasSize(ImplementationPlan.MAX_TASKS);
  }

  @Test
  void task_gapWithoutRequirements_isRefused() {
    assertThatThrownBy(() -> Task.builder().id(id("T-1")).title("Close gap").kind(TaskKind.GAP).effortDays(1).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("task T-1: requirements was empty; expected at least one requirement for a task of kind GAP");
    assertThat(
            Task.builder().id(id("T-1")).title("Close gap").kind(TaskKind.GAP).effortDays(1)
                .addRequirement(RequirementId.of("iso-9001:2015/7.2")).build().requirements())
        .hasSize(1);
  }

  @Test
  void task_titleOnOneLine() {
    assertThatThrownBy(() -> Task.builder().id(id("T-1")).title("two\nlines").effortDays(1).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("task T-1: title holds character U+000A at index 3");
  }
}
