package org.qms4j.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.qms4j.InvalidModelException;
import org.qms4j.people.PersonId;

class ScheduleTest {
  static final PersonId ANA = PersonId.of("ana");
  static final PersonId BEN = PersonId.of("ben");

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static TaskId id(String value) {
    return TaskId.of(value);
  }

  static Task task(String id, int days, String... dependsOn) {
    ImmutableTask.Builder b = Task.builder().id(TaskId.of(id)).title("Task " + id).effortDays(days);
    for (String dep : dependsOn) {
      b.addDependsOn(TaskId.of(dep));
    }
    return b.build();
  }

  static Task task(String id, int days, PersonId who, String... dependsOn) {
    return ImmutableTask.copyOf(task(id, days, dependsOn)).withAssignee(who);
  }

  /**
   * Over Christmas 2026: Friday 25 December, Monday 28 December and Friday 1 January are holidays.
   *
   * <pre>
   * A (3 d, ana) ── B (2 d, ana) ──┐
   * C (1 d, ben) ── D (2 d, ben) ──┴── E (milestone)
   * </pre>
   */
  @Nested
  class OverHolidays {
    final WorkingCalendar christmas =
        WorkingCalendar.mondayToFriday().withHolidays(List.of(d("2026-12-25"), d("2026-12-28"), d("2027-01-01")));
    final ImplementationPlan plan =
        ImplementationPlan.of(
            List.of(
                task("A", 3, ANA),
                task("B", 2, ANA, "A"),
                task("C", 1, BEN),
                task("D", 2, BEN, "C"),
                ImmutableTask.copyOf(task("E", 0, "B", "D")).withKind(TaskKind.MILESTONE)));
    final Schedule s = plan.schedule(d("2026-12-23"), christmas);

    @Test
    void schedule_countsWorkingDaysOnly_skippingTheWeekendAndHolidays() {
      assertThat(s.task(id("A")).orElseThrow())
          .returns(d("2026-12-23"), ScheduledTask::start)
          .returns(d("2026-12-29"), ScheduledTask::finish); // Wed, Thu, then Tue after the long weekend
      assertThat(s.task(id("B")).orElseThrow())
          .returns(d("2026-12-30"), ScheduledTask::start)
          .returns(d("2026-12-31"), ScheduledTask::finish);
      assertThat(s.task(id("D")).orElseThrow())
          .returns(d("2026-12-24"), ScheduledTask::start)
          .returns(d("2026-12-29"), ScheduledTask::finish);
      // the milestone falls on the first working day after both: not New Year's Day, not the weekend
      assertThat(s.task(id("E")).orElseThrow())
          .returns(d("2027-01-04"), ScheduledTask::start)
          .returns(d("2027-01-04"), ScheduledTask::finish);
      assertThat(s.finish()).isEqualTo(d("2027-01-04"));
    }

    @Test
    void schedule_latestDatesAndSlack_keepTheFinish() {
      assertThat(s.task(id("D")).orElseThrow())
          .returns(d("2026-12-30"), ScheduledTask::lateStart)
          .returns(d("2026-12-31"), ScheduledTask::lateFinish)
          .returns(2L, ScheduledTask::slack); // Thu 24 and Tue 29
      assertThat(s.task(id("C")).orElseThrow())
          .returns(d("2026-12-29"), ScheduledTask::lateStart)
          .returns(2L, ScheduledTask::slack);
      assertThat(s.task(id("A")).orElseThrow().slack()).isZero();
    }

    @Test
    void criticalPath_isTheZeroSlackChain_inOrder() {
      assertThat(s.criticalPath()).extracting(ScheduledTask::id).containsExactly(id("A"), id("B"), id("E"));
    }

    @Test
    void load_sumsEffortDayHoursPerPersonAndIsoWeek() {
      assertThat(s.load())
          .containsExactly(
              new WeekLoad(ANA, new IsoWeek(2026, 52), 16, 40), // A on Wed 23, Thu 24
              new WeekLoad(ANA, new IsoWeek(2026, 53), 24, 40), // A Tue 29, B Wed 30, Thu 31 (Mon 28, Fri 1 off)
              new WeekLoad(BEN, new IsoWeek(2026, 52), 16, 40), // C Wed 23, D Thu 24
              new WeekLoad(BEN, new IsoWeek(2026, 53), 8, 40)); // D Tue 29
      assertThat(s.overAllocations()).isEmpty();
    }

    @Test
    void progress_countsDoneTasksAndWeighsByEffort() {
      Schedule done = plan.withCompletedOn(id("A"), d("2026-12-29")).withCompletedOn(id("C"), d("2026-12-23"))
          .schedule(d("2026-12-23"), christmas);

      Progress p = done.progress(d("2026-12-31"));

      assertThat(p.done()).isEqualTo(2);
      assertThat(p.total()).isEqualTo(5);
      assertThat(p.effortDone()).isEqualTo(4);
      assertThat(p.effortTotal()).isEqualTo(8);
      assertThat(p.percentDone()).isEqualTo(50.0);
      assertThat(p.inProgress()).containsExactly(id("B"), id("D"));
      // completed after the date asked about: not done then
      assertThat(done.progress(d("2026-12-28")).done()).isEqualTo(1);
    }

    @Test
    void slipped_listsTasksDueBeforeTheDateNotDone_byWorkingDaysLate() {
      Schedule done = plan.withCompletedOn(id("A"), d("2026-12-29")).schedule(d("2026-12-23"), christmas);

      assertThat(done.slipped(d("2026-12-31")))
          .containsExactly(
              new Slip(id("C"), d("2026-12-23"), 4), // Thu 24, Tue 29, Wed 30, Thu 31
              new Slip(id("D"), d("2026-12-29"), 2)); // Wed 30, Thu 31
    }

    @Test
    void slipped_overANonWorkingDay_countsNoWorkingDay() {
      Schedule done =
          plan.withCompletedOn(id("A"), d("2026-12-29"))
              .withCompletedOn(id("C"), d("2026-12-23"))
              .withCompletedOn(id("D"), d("2026-12-29"))
              .schedule(d("2026-12-23"), christmas);

      // B was due on Thursday 31; Friday 1 January is a holiday and Saturday no working day
      assertThat(done.slipped(d("2027-01-02"))).containsExactly(new Slip(id("B"), d("2026-12-31"), 0));
      assertThat(done.slipped(d("2027-01-04"))).containsExactly(new Slip(id("B"), d("2026-12-31"), 1));
      assertThat(done.slipped(d("2026-12-31"))).isEmpty();
    }
  }

  /**
   * From Monday 2 March 2026 (ISO week 10), 40 hours a week each.
   *
   * <pre>
   * P (5 d, ana) ──┐
   * Q (5 d, ana) ──┤   ana: 80 h in week 10; Q has 5 days of slack
   * S (10 d, ben) ─┼── M (milestone)
   * T (10 d, ben) ─┘   ben: 80 h in weeks 10 and 11; S and T are both critical
   * </pre>
   */
  @Nested
  class Levelling_ {
    final ImplementationPlan plan =
        ImplementationPlan.of(
            List.of(
                task("P", 5, ANA),
                task("Q", 5, ANA),
                task("S", 10, BEN),
                task("T", 10, BEN),
                ImmutableTask.copyOf(task("M", 0, "P", "Q", "S", "T")).withKind(TaskKind.MILESTONE)));
    final Schedule s = plan.schedule(d("2026-03-02"), WorkingCalendar.mondayToFriday());

    @Test
    void overAllocations_nameThePersonWeekHoursAndCapacity() {
      assertThat(s.overAllocations())
          .containsExactly(
              new WeekLoad(ANA, new IsoWeek(2026, 10), 80, 40),
              new WeekLoad(BEN, new IsoWeek(2026, 10), 80, 40),
              new WeekLoad(BEN, new IsoWeek(2026, 11), 80, 40));
      assertThat(s.excessHours()).isEqualTo(120);
      assertThat(s.criticalPath()).extracting(ScheduledTask::id).containsExactly(id("S"), id("T"), id("M"));
    }

    @Test
    void level_withinSlack_movesTheTaskWithSlack_andReportsWhatItCouldNotFix() {
      Schedule levelled = s.level();

      assertThat(levelled.moves()).containsExactly(new Move(id("Q"), d("2026-03-02"), d("2026-03-09"), 5, false));
      assertThat(levelled.task(id("Q")).orElseThrow().finish()).isEqualTo(d("2026-03-13"));
      assertThat(levelled.finish()).isEqualTo(s.finish()).isEqualTo(d("2026-03-16"));
      // ben's two critical tasks cannot move without moving the finish
      assertThat(levelled.overAllocations())
          .containsExactly(new WeekLoad(BEN, new IsoWeek(2026, 10), 80, 40), new WeekLoad(BEN, new IsoWeek(2026, 11), 80, 40));
      assertThat(levelled.excessHours()).isEqualTo(80);
    }

    @Test
    void level_extendingTheFinish_relievesEveryone_andSaysWhatWentBeyondItsSlack() {
      Schedule levelled = s.level(Levelling.EXTEND_FINISH);

      assertThat(levelled.overAllocations()).isEmpty();
      assertThat(levelled.moves())
          .containsExactly(
              new Move(id("Q"), d("2026-03-02"), d("2026-03-09"), 5, false),
              new Move(id("T"), d("2026-03-02"), d("2026-03-16"), 10, true),
              new Move(id("M"), d("2026-03-16"), d("2026-03-30"), 10, true));
      assertThat(levelled.finish()).isEqualTo(d("2026-03-30"));
      // slack follows dependencies only: S could slip to the 16th as far as they go
      assertThat(levelled.criticalPath()).extracting(ScheduledTask::id).containsExactly(id("T"), id("M"));
    }

    @Test
    void level_aTaskLargerThanItsPersonsWeek_isSpreadOverTwoWeeks_andTheRestReported() {
      Capacity partTime = Capacity.builder().hoursPerWeek(ANA, 20).build();
      Schedule alone = ImplementationPlan.of(List.of(task("P", 5, ANA))).schedule(d("2026-03-02"), WorkingCalendar.mondayToFriday(), partTime);

      assertThat(alone.level().moves()).isEmpty(); // no slack to use
      Schedule levelled = alone.level(Levelling.EXTEND_FINISH);

      // Wednesday to Tuesday: 24 hours in week 10 and 16 in week 11 instead of 40 in one week
      assertThat(levelled.moves()).containsExactly(new Move(id("P"), d("2026-03-02"), d("2026-03-04"), 2, true));
      assertThat(levelled.overAllocations()).containsExactly(new WeekLoad(ANA, new IsoWeek(2026, 10), 24, 20));
      assertThat(alone.excessHours()).isEqualTo(20);
      assertThat(levelled.excessHours()).isEqualTo(4);
    }

    @Test
    void level_ofALevelledSchedule_levelsThePlanAgain() {
      Schedule once = s.level();

      assertThat(once.level().moves()).isEqualTo(once.moves());
    }
  }

  @Nested
  class Calendars {
    @Test
    void schedule_followsTheAssigneesOwnCalendar() {
      // ana works Monday to Wednesday
      Capacity capacity =
          Capacity.builder()
              .calendar(ANA, WorkingCalendar.of(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY)))
              .build();
      ImplementationPlan plan = ImplementationPlan.of(List.of(task("A", 4, ANA), task("B", 4, "A")));

      Schedule s = plan.schedule(d("2026-03-04"), WorkingCalendar.mondayToFriday(), capacity);

      assertThat(s.task(id("A")).orElseThrow().finish()).isEqualTo(d("2026-03-11")); // Wed 4, Mon 9, Tue 10, Wed 11
      assertThat(s.task(id("B")).orElseThrow()) // on the project's calendar: Thu 12, Fri 13, Mon 16, Tue 17
          .returns(d("2026-03-12"), ScheduledTask::start)
          .returns(d("2026-03-17"), ScheduledTask::finish);
    }

    @Test
    void schedule_startOnAWeekend_startsOnMonday() {
      Schedule s = ImplementationPlan.of(List.of(task("A", 1))).schedule(d("2026-03-07"), WorkingCalendar.mondayToFriday());

      assertThat(s.task(id("A")).orElseThrow().start()).isEqualTo(d("2026-03-09"));
    }

    @Test
    void schedule_ofAnEmptyPlan_finishesOnItsStart() {
      Schedule s = ImplementationPlan.empty().schedule(d("2026-03-07"), WorkingCalendar.mondayToFriday());

      assertThat(s.finish()).isEqualTo(d("2026-03-07"));
      assertThat(s.criticalPath()).isEmpty();
      assertThat(s.progress(d("2026-03-07")).percentDone()).isEqualTo(100.0);
    }

    @Test
    void schedule_startOutsideYears1To9999_isRefused() {
      ImplementationPlan plan = ImplementationPlan.of(List.of(task("A", 1)));

      assertThatThrownBy(() -> plan.schedule(LocalDate.of(10_000, 1, 1), WorkingCalendar.mondayToFriday()))
          .isInstanceOf(InvalidModelException.class)
          .hasMessage("schedule: start was +10000-01-01; expected a date in the years 1 to 9999");
    }
  }

  @Test
  void progress_ofMilestonesOnly_countsTasks() {
    ImplementationPlan plan =
        ImplementationPlan.of(List.of(task("A", 0), task("B", 0, "A"))).withCompletedOn(id("A"), d("2026-03-02"));

    Progress p = plan.schedule(d("2026-03-02"), WorkingCalendar.mondayToFriday()).progress(d("2026-03-02"));

    assertThat(p.percentDone()).isEqualTo(50.0);
    assertThat(p.inProgress()).containsExactly(id("B"));
  }
}
