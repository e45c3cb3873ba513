package org.qms4j.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.Clause;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.Requirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.standards.StandardCatalogs;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.Registers;
import org.qms4j.training.Role;
import org.qms4j.training.RoleId;

class PlanGeneratorTest {

  static RequirementId iso9001(String clause) {
    return RequirementId.of("iso-9001:2015/" + clause);
  }

  static RequirementId iso13485(String clause) {
    return RequirementId.of("iso-13485:2016/" + clause);
  }

  static RequirementId qmsr(String clause) {
    return RequirementId.of("fda-qmsr:2026/" + clause);
  }

  static TaskId t(int n) {
    return TaskId.of("T-" + n);
  }

  static Role role(String id, String... owns) {
    var b = Role.builder().id(RoleId.of(id)).name("Role " + id);
    for (String o : owns) {
      b.addOwn(ClauseRef.parse(o));
    }
    return b.build();
  }

  static QualitySystem system(List<Catalog> catalogs, Role... roles) {
    QualitySystem.Builder b = QualitySystem.builder().organisation("Riverside Clinic").scope("Outpatient care");
    catalogs.forEach(b::addCatalog);
    for (Role r : roles) {
      b.add(Registers.ROLES, r);
    }
    return b.build();
  }

  /** Whether {@code before} must finish before {@code after} starts, through any chain. */
  static boolean precedes(ImplementationPlan plan, TaskId before, TaskId after) {
    Deque<TaskId> todo = new ArrayDeque<>(plan.task(after).orElseThrow().dependsOn());
    Set<TaskId> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      TaskId next = todo.pop();
      if (next.equals(before)) {
        return true;
      }
      if (seen.add(next)) {
        todo.addAll(plan.task(next).orElseThrow().dependsOn());
      }
    }
    return false;
  }

  static TaskId taskFor(ImplementationPlan plan, RequirementId requirement) {
    return plan.tasks().stream().filter(x -> x.requirements().contains(requirement)).findFirst().orElseThrow().id();
  }

  @Nested
  class Iso9001 {
    final List<RequirementId> gaps =
        List.of(
            iso9001("9.3.1"), iso9001("8.5.1"), iso9001("4.3"), iso9001("7.5.3.2"), iso9001("7.2"), iso9001("6.2.1"),
            iso9001("10.2.1"), iso9001("5.2.1"), iso9001("9.2.1"), iso9001("4.1"), iso9001("8.1"), iso9001("7.5.1"));
    final QualitySystem clinic =
        system(
            List.of(StandardCatalogs.iso9001()),
            role("document-controller", "iso-9001:2015#7.5"),
            role("audit-lead", "iso-9001:2015#9.2"),
            role("records-clerk", "iso-9001:2015#7.5.3.2"));
    final ImplementationPlan plan = ImplementationPlan.generate(clinic, gaps);

    @Test
    void generate_oneTaskPerGap_byStageThenDocumentOrder_milestoneLast() {
      assertThat(plan.tasks())
          .extracting(x -> x.id() + " " + x.title())
          .containsExactly(
              "T-1 4.1 Understanding the organization and its context",
              "T-2 4.3 Scope of the quality management system",
              "T-3 5.2.1 Establishing the quality policy",
              "T-4 6.2.1 Setting quality objectives",
              "T-5 7.5.1 General",
              "T-6 7.5.3.2 Handling and retention",
              "T-7 7.2 Competence",
              "T-8 8.1 Operational planning and control",
              "T-9 8.5.1 Control of production and service provision",
              "T-10 10.2.1 Responding to nonconformity",
              "T-11 9.2.1 Audit purpose and intervals",
              "T-12 9.3.1 General",
              "T-13 Certification audit");
      assertThat(plan.task(t(6)).orElseThrow())
          .returns(TaskKind.GAP, Task::kind)
          .returns(java.util.Optional.of(ClauseRef.parse("iso-9001:2015#7.5.3.2")), Task::clause)
          .returns(Set.of(iso9001("7.5.3.2")), Task::requirements)
          .returns(5, Task::effortDays);
      assertThat(plan.task(t(13)).orElseThrow())
          .returns(TaskKind.MILESTONE, Task::kind)
          .returns(0, Task::effortDays)
          .returns(Set.of(), Task::requirements);
    }

    @Test
    void generate_dependenciesFollowTheStandardsLogic() {
      // context and scope before objectives (through the policy, which frames them)
      assertThat(plan.task(t(3)).orElseThrow().dependsOn()).containsExactly(t(1), t(2));
      assertThat(plan.task(t(4)).orElseThrow().dependsOn()).containsExactly(t(3));
      assertThat(precedes(plan, taskFor(plan, iso9001("4.3")), taskFor(plan, iso9001("6.2.1")))).isTrue();
      // document control (7.5) before the procedures of 8 and the corrective-action procedure
      assertThat(plan.task(t(8)).orElseThrow().dependsOn()).containsExactly(t(5), t(6));
      assertThat(plan.task(t(9)).orElseThrow().dependsOn()).containsExactly(t(5), t(6));
      assertThat(plan.task(t(10)).orElseThrow().dependsOn()).containsExactly(t(5), t(6));
      // competence (7.2) and everything implemented before the internal audit (9.2)
      assertThat(plan.task(t(11)).orElseThrow().dependsOn()).containsExactly(t(4), t(7), t(8), t(9), t(10));
      // the internal audit before the management review, the review before certification
      assertThat(plan.task(t(12)).orElseThrow().dependsOn()).containsExactly(t(11));
      assertThat(plan.task(t(13)).orElseThrow().dependsOn()).containsExactly(t(12));
      // the certification milestone comes after every task
      for (Task x : plan.tasks().subList(0, 12)) {
        assertThat(precedes(plan, x.id(), t(13))).as("%s before the certification audit", x.id()).isTrue();
      }
    }

    @Test
    void generate_ownerRole_isTheRoleOwningTheDeepestClause_elseAGenericOne() {
      assertThat(plan.tasks().stream().collect(Collectors.toMap(x -> x.id().value(), x -> x.ownerRole().orElseThrow().value())))
          .containsAllEntriesOf(
              Map.of(
                  "T-1", "top-management", // context: nobody owns 4
                  "T-3", "top-management",
                  "T-5", "document-controller",
                  "T-6", "records-clerk", // 7.5.3.2 is deeper than 7.5
                  "T-7", "quality-manager",
                  "T-11", "audit-lead",
                  "T-12", "top-management",
                  "T-13", "quality-manager"));
    }

    @Test
    void schedule_ofTheGeneratedPlan_endsWithTheCertificationAuditOnTheCriticalPath() {
      Schedule s = plan.schedule(LocalDate.parse("2026-09-01"), WorkingCalendar.mondayToFriday());

      // 4.x (5 d), 5.2.1, 6.2.1, 9.2.1, 9.3.1: five tasks of 5 days from Tuesday 1 September
      assertThat(s.task(t(13)).orElseThrow().start()).isEqualTo(LocalDate.parse("2026-10-06"));
      assertThat(s.finish()).isEqualTo(LocalDate.parse("2026-10-06"));
      assertThat(s.criticalPath()).extracting(ScheduledTask::id).endsWith(t(11), t(12), t(13));
    }

    @Test
    void generate_effortOverridePerClause_deepestWins() {
      PlanOptions options =
          PlanOptions.builder()
              .defaultEffortDays(3)
              .putEffortByClause(ClauseRef.parse("iso-9001:2015#8"), 10)
              .putEffortByClause(ClauseRef.parse("iso-9001:2015#8.5.1"), 20)
              .build();

      ImplementationPlan p = ImplementationPlan.generate(clinic, gaps, options);

      assertThat(p.tasks()).extracting(Task::effortDays).containsExactly(3, 3, 3, 3, 3, 3, 3, 10, 20, 3, 3, 3, 0);
    }

    @Test
    void generate_byClause_groupsRequirementsUnderTheClauseAtTheDepth() {
      PlanOptions depth2 = PlanOptions.builder().granularity(PlanOptions.Granularity.CLAUSE).build();

      ImplementationPlan p = ImplementationPlan.generate(clinic, gaps, depth2);

      assertThat(p.tasks())
          .extracting(x -> x.id() + " " + x.title() + " " + x.requirements().size())
          .containsExactly(
              "T-1 4.1 Understanding the organization and its context 1",
              "T-2 4.3 Scope of the quality management system 1",
              "T-3 5.2 Policy 1",
              "T-4 6.2 Quality objectives and planning to achieve them 1",
              "T-5 7.5 Documented information 2",
              "T-6 7.2 Competence 1",
              "T-7 8.1 Operational planning and control 1",
              "T-8 8.5 Production and service provision 1",
              "T-9 10.2 Nonconformity and corrective action 1",
              "T-10 9.2 Internal audit 1",
              "T-11 9.3 Management review 1",
              "T-12 Certification audit 0");
      assertThat(p.task(t(5)).orElseThrow().clause()).contains(ClauseRef.parse("iso-9001:2015#7.5"));
      assertThat(p.task(t(5)).orElseThrow().ownerRole()).contains(RoleId.of("document-controller")); // 1 vote each: first by id
    }

    @Test
    void generate_byTopLevelClause_splitsAClauseWhosePartsPlayDifferentStages() {
      PlanOptions depth1 = PlanOptions.builder().granularity(PlanOptions.Granularity.CLAUSE).clauseDepth(1).build();

      ImplementationPlan p = ImplementationPlan.generate(clinic, gaps, depth1);

      assertThat(p.tasks())
          .extracting(Task::title)
          .contains("7 Support - Document control", "7 Support - Competence and training", "4 Context of the organization");
    }

    @Test
    void generate_withoutMilestone_endsWithTheReview() {
      ImplementationPlan p =
          ImplementationPlan.generate(clinic, gaps, PlanOptions.builder().certificationMilestone(false).build());

      assertThat(p.size()).isEqualTo(12);
      assertThat(p.tasks().get(11).requirements()).containsExactly(iso9001("9.3.1"));
    }

    @Test
    void generate_withoutGaps_isTheMilestoneAlone() {
      ImplementationPlan p = ImplementationPlan.generate(clinic, List.of());

      assertThat(p.tasks()).extracting(Task::title).containsExactly("Certification audit");
      assertThat(p.tasks().get(0).dependsOn()).isEmpty();
    }

    @Test
    void generate_unknownRequirement_isRefusedNamingIt() {
      assertThatThrownBy(() -> ImplementationPlan.generate(clinic, List.of(iso9001("4.1"), RequirementId.of("iso-9001:2015/99"))))
          .isInstanceOf(InvalidModelException.class)
          .hasMessage("plan generator has 1 problem:\n  - requirement 'iso-9001:2015/99' is not one of the system's catalogs");
    }
  }

  @Test
  void generate_deviceMaker_qmsrProceduresWaitForIso13485DocumentControl() {
    QualitySystem maker = system(List.of(StandardCatalogs.iso13485(), StandardCatalogs.qmsr()));
    List<RequirementId> gaps =
        List.of(
            iso13485("4.2.4"), iso13485("7.5.1"), iso13485("6.2"), iso13485("8.2.4"), iso13485("5.6.1"),
            iso13485("5.4.1"), iso13485("4.2.2"), qmsr("820.45"), qmsr("820.10(a)"));

    ImplementationPlan p = ImplementationPlan.generate(maker, gaps);

    TaskId control = taskFor(p, iso13485("4.2.4"));
    TaskId labeling = taskFor(p, qmsr("820.45"));
    TaskId audit = taskFor(p, iso13485("8.2.4"));
    TaskId review = taskFor(p, iso13485("5.6.1"));
    assertThat(p.task(labeling).orElseThrow().dependsOn()).containsExactly(control);
    assertThat(p.task(taskFor(p, iso13485("7.5.1"))).orElseThrow().dependsOn()).containsExactly(control);
    assertThat(p.task(audit).orElseThrow().dependsOn())
        .contains(taskFor(p, iso13485("6.2")), taskFor(p, iso13485("7.5.1")), labeling, taskFor(p, iso13485("5.4.1")));
    assertThat(p.task(review).orElseThrow().dependsOn()).containsExactly(audit);
    // the QMS and the quality manual (scope, exclusions) come first, in both catalogs
    assertThat(p.task(control).orElseThrow().dependsOn())
        .containsExactly(taskFor(p, iso13485("4.2.2")), taskFor(p, qmsr("820.10(a)")));
    // two catalogs: titles say which
    assertThat(p.task(labeling).orElseThrow().title()).isEqualTo("fda-qmsr:2026 § 820.45 Device labeling and packaging controls");
  }

  @Test
  void generate_unknownCatalog_getsTasksWithoutLogicalDependencies_butItsReviewClause() {
    Catalog local =
        Catalog.builder()
            .id(CatalogId.of("clinic-local:1"))
            .title("Clinic rules")
            .edition("1")
            .publisher("Riverside Clinic")
            .addClause(clause("1", "Hand hygiene", "clinic-local:1/1-a"))
            .addClause(clause("2", "Sharps", "clinic-local:1/2-a"))
            .addClause(clause("3", "Quarterly review", "clinic-local:1/3-a"))
            .reviewClause("3")
            .build();
    QualitySystem clinic = system(List.of(local));

    ImplementationPlan p =
        ImplementationPlan.generate(
            clinic,
            List.of(RequirementId.of("clinic-local:1/3-a"), RequirementId.of("clinic-local:1/2-a"), RequirementId.of("clinic-local:1/1-a")));

    assertThat(p.tasks()).extracting(Task::title).containsExactly("1 Hand hygiene", "2 Sharps", "3 Quarterly review", "Certification audit");
    assertThat(p.tasks().subList(0, 3)).allMatch(x -> x.dependsOn().isEmpty());
    assertThat(p.task(t(3)).orElseThrow().ownerRole()).contains(RoleId.of("top-management")); // the review
    assertThat(p.task(t(4)).orElseThrow().dependsOn()).containsExactly(t(1), t(2), t(3));
  }

  @Test
  void generate_catalogOfTheHarmonizedStructure_isPlannedByIt() {
    Catalog env = harmonized("iso-14001:2015", 1);
    QualitySystem site = system(List.of(env));

    ImplementationPlan p =
        ImplementationPlan.generate(site, List.of(RequirementId.of("iso-14001:2015/9.2-0"), RequirementId.of("iso-14001:2015/7.2-0")));

    assertThat(p.task(t(2)).orElseThrow().requirements()).containsExactly(RequirementId.of("iso-14001:2015/9.2-0"));
    assertThat(p.task(t(2)).orElseThrow().dependsOn()).containsExactly(t(1));
  }

  @Test
  void generate_extendedCatalog_usesItsBasesStagesAndRoles() {
    Catalog ours =
        StandardCatalogs.iso7101()
            .extend()
            .id(CatalogId.of("riverside-7101:2023"))
            .addRequirement(
                "8.1",
                Requirement.builder().id(RequirementId.of("riverside/ic-1")).summary("Central lines are checked daily.").build())
            .build();
    QualitySystem hospital = system(List.of(ours), role("infection-control", "riverside-7101:2023#8"));

    ImplementationPlan p =
        ImplementationPlan.generate(hospital, List.of(RequirementId.of("riverside/ic-1"), RequirementId.of("iso-7101:2023/7.5.3")));

    Task ic = p.task(taskFor(p, RequirementId.of("riverside/ic-1"))).orElseThrow();
    assertThat(ic.ownerRole()).contains(RoleId.of("infection-control"));
    assertThat(ic.dependsOn()).containsExactly(taskFor(p, RequirementId.of("iso-7101:2023/7.5.3")));
  }

  @Test
  void generate_aStageOfManyTasks_endsWithAGateThatLaterTasksWaitFor() {
    int n = PlanGenerator.GATE_SIZE + 1;
    Catalog big = harmonized("big:1", n);
    List<RequirementId> gaps = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      gaps.add(RequirementId.of("big:1/8.1-" + i));
    }
    gaps.add(RequirementId.of("big:1/9.2-0"));

    ImplementationPlan p = ImplementationPlan.generate(system(List.of(big)), gaps);

    Task gate = p.task(t(n + 1)).orElseThrow();
    assertThat(gate.kind()).isEqualTo(TaskKind.MILESTONE);
    assertThat(gate.title()).isEqualTo("Stage done: Operation");
    assertThat(gate.dependsOn()).hasSize(n);
    assertThat(p.task(t(n + 2)).orElseThrow().dependsOn()).containsExactly(gate.id());
  }

  @Test
  void planOptions_checkEverySetter_andCopyThroughToBuilder() {
    PlanOptions options =
        PlanOptions.builder()
            .granularity(PlanOptions.Granularity.CLAUSE)
            .clauseDepth(3)
            .putEffortByClause(ClauseRef.parse("iso-9001:2015#8"), 10)
            .milestoneTitle("Stage 2 audit")
            .build();

    assertThat(options.toBuilder().build()).isEqualTo(options).hasSameHashCodeAs(options);
    assertThat(options).isNotEqualTo(PlanOptions.defaults());
    assertThatThrownBy(() -> PlanOptions.builder().clauseDepth(0))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("plan options: clauseDepth was 0; expected 1 to 32");
    assertThatThrownBy(() -> PlanOptions.builder().putEffortByClause(ClauseRef.parse("iso-9001:2015#8"), -1))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("plan options: effortByClause of 'iso-9001:2015#8' was -1; expected 0 to 1000 working days");
    assertThatThrownBy(() -> PlanOptions.builder().milestoneTitle(" "))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("plan options: milestoneTitle was blank; expected some text");
  }

  static Clause clause(String number, String title, String... requirements) {
    var b = Clause.builder().number(number).title(title);
    for (String r : requirements) {
      b.addRequirement(Requirement.builder().id(RequirementId.of(r)).summary("Summary of " + r + ".").build());
    }
    return b.build();
  }

  /** A catalog of clauses 4 to 10, each with 7.2, 8.1, 9.2 sub-clauses holding {@code perClause} requirements. */
  static Catalog harmonized(String id, int perClause) {
    var b = Catalog.builder().id(CatalogId.of(id)).title("Harmonized " + id).edition("1").publisher("Test");
    for (int top = 4; top <= 10; top++) {
      var c = Clause.builder().number(String.valueOf(top)).title("Clause " + top);
      String sub = top == 7 ? "7.2" : top == 8 ? "8.1" : top == 9 ? "9.2" : null;
      if (sub != null) {
        String[] ids = new String[perClause];
        for (int i = 0; i < perClause; i++) {
          ids[i] = id + "/" + sub + "-" + i;
        }
        c.addSubClause(clause(sub, "Sub-clause " + sub, ids));
      }
      b.addClause(c.build());
    }
    return b.build();
  }

  @Test
  void aPlanFromAGapAnalysisHasATaskPerGapAndEndsInTheCertificationMilestone() {
    QualitySystem empty = QualitySystem.builder().organisation("Clinic").scope("All")
        .addCatalog(StandardCatalogs.iso9001()).build();
    java.time.Instant asOf = java.time.Instant.parse("2026-09-01T00:00:00Z");
    org.qms4j.gap.GapAnalysis gaps = org.qms4j.gap.GapAnalysis.of(
        empty, org.qms4j.conformity.ConformityEngine.standard().evaluate(empty, asOf));
    ImplementationPlan plan = ImplementationPlan.generate(empty, gaps, PlanOptions.defaults());
    assertThat(plan.tasks()).filteredOn(t -> t.kind() == TaskKind.GAP)
        .flatExtracting(Task::requirements)
        .containsExactlyInAnyOrderElementsOf(
            gaps.gaps().stream().map(org.qms4j.gap.Gap::requirement).toList());
    Schedule schedule = plan.schedule(LocalDate.parse("2026-09-01"), WorkingCalendar.mondayToFriday());
    List<ScheduledTask> critical = schedule.criticalPath();
    assertThat(critical.get(critical.size() - 1).task().kind()).isEqualTo(TaskKind.MILESTONE);
  }
}
