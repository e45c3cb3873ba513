package org.qms4j.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qms4j.plan.ScheduleTest.d;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qms4j.InvalidModelException;

class WorkingCalendarTest {
  // Friday 3 April and Monday 6 April 2026 are Easter holidays
  final WorkingCalendar easter = WorkingCalendar.mondayToFriday().withHolidays(List.of(d("2026-04-03"), d("2026-04-06")));

  @Test
  void plusWorkingDays_skipsWeekendAndHolidays() {
    assertThat(easter.plusWorkingDays(d("2026-04-02"), 1)).isEqualTo(d("2026-04-07"));
    assertThat(easter.plusWorkingDays(d("2026-04-02"), 0)).isEqualTo(d("2026-04-02"));
    assertThat(easter.plusWorkingDays(d("2026-04-04"), 1)).isEqualTo(d("2026-04-07")); // from a Saturday
    assertThat(easter.plusWorkingDays(d("2026-03-30"), 10)).isEqualTo(d("2026-04-15"));
  }

  @Test
  void minusWorkingDays_skipsWeekendAndHolidays() {
    assertThat(easter.minusWorkingDays(d("2026-04-07"), 1)).isEqualTo(d("2026-04-02"));
    assertThat(easter.minusWorkingDays(d("2026-04-15"), 10)).isEqualTo(d("2026-03-30"));
  }

  @Test
  void workingDaysBetween_countsFromInclusiveToExclusive_negativeWhenReversed() {
    assertThat(easter.workingDaysBetween(d("2026-03-30"), d("2026-04-13"))).isEqualTo(8);
    assertThat(easter.workingDaysBetween(d("2026-04-13"), d("2026-03-30"))).isEqualTo(-8);
    assertThat(easter.workingDaysBetween(d("2026-04-03"), d("2026-04-07"))).isZero();
  }

  @Test
  void nextAndPreviousWorkingDay_areTheDateItselfOnAWorkingDay() {
    assertThat(easter.nextWorkingDay(d("2026-04-03"))).isEqualTo(d("2026-04-07"));
    assertThat(easter.previousWorkingDay(d("2026-04-06"))).isEqualTo(d("2026-04-02"));
    assertThat(easter.nextWorkingDay(d("2026-04-07"))).isEqualTo(d("2026-04-07"));
    assertThat(easter.isWorkingDay(d("2026-04-06"))).isFalse();
    assertThat(easter.isWorkingDay(d("2026-04-08"))).isTrue();
  }

  @Test
  void of_otherWorkingDays_countsThem() {
    WorkingCalendar sixDays = WorkingCalendar.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));

    assertThat(sixDays.plusWorkingDays(d("2026-04-03"), 1)).isEqualTo(d("2026-04-04"));
    assertThat(sixDays.workingDaysBetween(d("2026-04-06"), d("2026-04-13"))).isEqualTo(6);
  }

  @Test
  void holidayOnANonWorkingDay_isKeptButChangesNothing() {
    WorkingCalendar c = WorkingCalendar.mondayToFriday().withHoliday(d("2026-04-04"));

    assertThat(c.holidays()).containsExactly(d("2026-04-04"));
    assertThat(c.workingDaysBetween(d("2026-03-30"), d("2026-04-13"))).isEqualTo(10);
  }

  @Test
  void of_noWorkingDay_isRefused() {
    assertThatThrownBy(() -> WorkingCalendar.of(Set.of()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("working calendar: workingDays was empty; expected at least one working day of the week");
  }

  @Test
  void plusWorkingDays_negative_isRefused() {
    assertThatThrownBy(() -> easter.plusWorkingDays(d("2026-04-02"), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("days was -1; expected 0 or more");
  }

  @Test
  void equality_byWorkingDaysAndHolidays() {
    assertThat(WorkingCalendar.mondayToFriday().withHolidays(List.of(d("2026-04-06"), d("2026-04-03")))).isEqualTo(easter);
    assertThat(WorkingCalendar.mondayToFriday()).isNotEqualTo(easter);
  }

  @Test
  void isoWeek_ofADate_andItsMonday() {
    assertThat(IsoWeek.of(d("2026-12-31"))).hasToString("2026-W53");
    assertThat(IsoWeek.of(d("2027-01-03"))).isEqualTo(new IsoWeek(2026, 53));
    assertThat(new IsoWeek(2026, 1).monday()).isEqualTo(d("2025-12-29"));
    assertThat(new IsoWeek(2026, 53).sunday()).isEqualTo(d("2027-01-03"));
    assertThatThrownBy(() -> new IsoWeek(2025, 53))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("ISO week: week was 53 in 2025; expected 1 to 52");
  }

  @Test
  void capacity_standardAndOwnHours() {
    Capacity c =
        Capacity.builder().hoursPerDay(7.5).hoursPerWeek(37.5).hoursPerWeek(ScheduleTest.ANA, 20).build();

    assertThat(Capacity.standard().hoursPerDay()).isEqualTo(8);
    assertThat(Capacity.standard().hoursPerWeek(ScheduleTest.ANA)).isEqualTo(40);
    assertThat(c.hoursPerDay()).isEqualTo(7.5);
    assertThat(c.hoursPerWeek(ScheduleTest.ANA)).isEqualTo(20);
    assertThat(c.hoursPerWeek(ScheduleTest.BEN)).isEqualTo(37.5);
    assertThat(c.toBuilder().build()).isEqualTo(c);
    assertThatThrownBy(() -> Capacity.builder().hoursPerDay(0))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("capacity: hoursPerDay was 0.0; expected more than 0");
    assertThatThrownBy(() -> Capacity.builder().hoursPerWeek(Double.NaN))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("capacity: hoursPerWeek was NaN; expected 0 to 168 hours");
  }
}
