package org.qms4j.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The calendar's arithmetic agrees with counting day by day. */
class WorkingCalendarProperties {

  @Provide
  Arbitrary<WorkingCalendar> calendars() {
    return PlanProperties.calendars();
  }

  private static LocalDate day(int offset) {
    return LocalDate.of(2025, 10, 1).plusDays(offset);
  }

  @Property(tries = 500)
  void plusAndMinusWorkingDays_agreeWithCountingDayByDay(
      @ForAll("calendars") WorkingCalendar cal, @ForAll @IntRange(max = 400) int from, @ForAll @IntRange(max = 60) int n) {
    LocalDate d = day(from);

    LocalDate expected = d;
    for (int k = 0; k < n; k++) {
      expected = expected.plusDays(1);
      while (!cal.isWorkingDay(expected)) {
        expected = expected.plusDays(1);
      }
    }
    assertThat(cal.plusWorkingDays(d, n)).isEqualTo(expected);
    LocalDate back = d;
    for (int k = 0; k < n; k++) {
      back = back.minusDays(1);
      while (!cal.isWorkingDay(back)) {
        back = back.minusDays(1);
      }
    }
    assertThat(cal.minusWorkingDays(d, n)).isEqualTo(back);
  }

  @Property(tries = 500)
  void workingDaysBetween_agreesWithCountingDayByDay(
      @ForAll("calendars") WorkingCalendar cal, @ForAll @IntRange(max = 400) int a, @ForAll @IntRange(max = 400) int b) {
    long count = 0;
    for (int k = Math.min(a, b); k < Math.max(a, b); k++) {
      if (cal.isWorkingDay(day(k))) {
        count++;
      }
    }
    assertThat(cal.workingDaysBetween(day(a), day(b))).isEqualTo(a <= b ? count : -count);
    LocalDate next = cal.nextWorkingDay(day(a));
    assertThat(cal.isWorkingDay(next)).isTrue();
    assertThat(cal.workingDaysBetween(day(a), next)).isZero();
    LocalDate previous = cal.previousWorkingDay(day(a));
    assertThat(cal.isWorkingDay(previous)).isTrue();
    assertThat(cal.workingDaysBetween(previous.plusDays(1), day(a).plusDays(1))).isZero();
  }
}
