package org.qms4j.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.CatalogId;
import org.qms4j.people.PersonId;

class ReviewPolicyTest {
  private static final CatalogId ISO_9001 = CatalogId.of("iso-9001:2015");
  private static final CatalogId ISO_13485 = CatalogId.of("iso-13485:2016");
  private static final Instant START = Instant.parse("2025-03-01T00:00:00Z");
  private static final ReviewPolicy YEARLY = ReviewPolicy.standard();
  private static final Duration NANO = Duration.ofNanos(1);

  private static ManagementReview held(String id, Instant at, CatalogId... catalogs) {
    return ManagementReview.builder()
        .id(ReviewId.of(id))
        .title("Management review " + id)
        .heldAt(at)
        .addCatalogs(catalogs)
        .addAttendee(PersonId.of("ana"))
        .build();
  }

  private static ReviewPolicy every(String period) {
    return ReviewPolicy.builder().interval(Period.parse(period)).build();
  }

  // ---------------------------------------------------------------------------------------------
  // the policy

  @Test
  void standard_isEveryTwelveMonths_andTheBuilderDefault() {
    assertThat(YEARLY.interval()).isEqualTo(Period.ofMonths(12));
    assertThat(ReviewPolicy.builder().build()).isEqualTo(YEARLY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"P1D", "P6M", "P5Y", "P60M", "P4Y12M", "P1680D", "P59M28D", "P1Y6M15D"})
  void interval_positiveAndAtMostFiveYears_isAccepted(String period) {
    assertThat(every(period).interval()).isEqualTo(Period.parse(period));
  }

  @ParameterizedTest
  @ValueSource(strings = {"P0D", "P-1M", "P1Y-1M", "P-1D"})
  void interval_notPositive_throwsNamingIt(String period) {
    assertThatThrownBy(() -> every(period))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("review policy: interval was " + Period.parse(period))
        .hasMessageContaining("expected a positive period");
  }

  @ParameterizedTest
  @ValueSource(strings = {"P5Y1D", "P61M", "P1681D", "P59M29D", "P6Y", "P1826D"})
  void interval_longerThanFiveYears_throwsNamingIt(String period) {
    assertThatThrownBy(() -> every(period))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("review policy: interval was " + Period.parse(period))
        .hasMessageContaining("expected at most five years");
  }

  // ---------------------------------------------------------------------------------------------
  // due dates

  @Test
  void nextDue_noReview_isOneIntervalAfterTheSystemStarted() {
    assertThat(YEARLY.nextDue(Optional.empty(), START)).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(every("P6M").nextDue(Optional.empty(), START)).isEqualTo(Instant.parse("2025-09-01T00:00:00Z"));
  }

  @Test
  void nextDue_afterAReview_isOneIntervalAfterItWasHeld_whateverTheStart() {
    ManagementReview mr = held("MR-1", Instant.parse("2025-11-17T14:30:00Z"), ISO_9001);

    assertThat(YEARLY.nextDue(Optional.of(mr), START)).isEqualTo(Instant.parse("2026-11-17T14:30:00Z"));
  }

  @Test
  void nextDue_isCalendarTimeInUtc_clampedToTheMonthsEnd() {
    ManagementReview mr = held("MR-1", Instant.parse("2026-01-31T09:00:00Z"), ISO_9001);

    assertThat(every("P1M").nextDue(Optional.of(mr), START)).isEqualTo(Instant.parse("2026-02-28T09:00:00Z"));
    assertThat(YEARLY.nextDue(Optional.of(held("MR-2", Instant.parse("2024-02-29T00:00:00Z"), ISO_9001)), START))
        .isEqualTo(Instant.parse("2025-02-28T00:00:00Z"));
    assertThat(every("P10D").nextDue(Optional.of(mr), START)).isEqualTo(Instant.parse("2026-02-10T09:00:00Z"));
  }

  @Test
  void nextDue_atTheEndsOfTime_neverThrows() {
    Instant lateButRepresentable = Instant.parse("+999999999-06-01T00:00:00Z");
    ManagementReview last = held("MR-9", lateButRepresentable, ISO_9001);

    // 1 000 000 000 is a leap year (divisible by 400), and its 29 February falls in the twelve months
    assertThat(YEARLY.nextDue(Optional.of(last), START)).isEqualTo(lateButRepresentable.plus(Duration.ofDays(366)));
    assertThat(YEARLY.nextDue(Optional.of(held("MR-10", Instant.MAX, ISO_9001)), START)).isEqualTo(Instant.MAX);
    assertThat(YEARLY.nextDue(Optional.empty(), Instant.MIN)).isEqualTo(LocalDateTime.MIN.toInstant(ZoneOffset.UTC));
    assertThat(YEARLY.isOverdueAt(List.of(), ISO_9001, Instant.MAX, Instant.MAX)).isTrue();
  }

  @Test
  void dates_areHeldAtAndTheNextDue() {
    ManagementReview mr = held("MR-1", Instant.parse("2025-11-17T14:30:00Z"), ISO_9001);

    assertThat(YEARLY.dates(mr)).containsExactly(Instant.parse("2025-11-17T14:30:00Z"), Instant.parse("2026-11-17T14:30:00Z"));
  }

  // ---------------------------------------------------------------------------------------------
  // overdue

  @Test
  void isOverdueAt_noReview_fromOneIntervalAfterTheStartOn() {
    Instant due = Instant.parse("2026-03-01T00:00:00Z");

    assertThat(YEARLY.isOverdueAt(List.of(), ISO_9001, START, due.minus(NANO))).isFalse();
    assertThat(YEARLY.isOverdueAt(List.of(), ISO_9001, START, due)).as("due exactly at the instant").isTrue();
    assertThat(YEARLY.isOverdueAt(List.of(), ISO_9001, START, due.plus(Duration.ofDays(400)))).isTrue();
    assertThat(YEARLY.isOverdueAt(List.of(), ISO_9001, START, START.minus(Duration.ofDays(1)))).isFalse();
  }

  @Test
  void isOverdueAt_afterAReview_dueExactlyOneIntervalAfterIt() {
    List<ManagementReview> reviews = List.of(held("MR-1", Instant.parse("2026-02-10T10:00:00Z"), ISO_9001));
    Instant due = Instant.parse("2027-02-10T10:00:00Z");

    assertThat(YEARLY.isOverdueAt(reviews, ISO_9001, START, Instant.parse("2026-03-01T00:00:00Z")))
        .as("the review came before the first due date")
        .isFalse();
    assertThat(YEARLY.isOverdueAt(reviews, ISO_9001, START, due.minus(NANO))).isFalse();
    assertThat(YEARLY.isOverdueAt(reviews, ISO_9001, START, due)).isTrue();
    assertThat(YEARLY.dueAt(reviews, ISO_9001, START, due)).isEqualTo(due);
  }

  @Test
  void isOverdueAt_reviewsOfOtherCatalogs_areIgnored() {
    List<ManagementReview> reviews = List.of(held("MR-1", Instant.parse("2026-02-10T10:00:00Z"), ISO_13485));
    Instant t = Instant.parse("2026-06-01T00:00:00Z");

    assertThat(YEARLY.isOverdueAt(reviews, ISO_9001, START, t)).isTrue();
    assertThat(YEARLY.isOverdueAt(reviews, ISO_13485, START, t)).isFalse();
    assertThat(YEARLY.latestFor(reviews, ISO_9001, t)).isEmpty();
  }

  @Test
  void isOverdueAt_aReviewListingSeveralCatalogs_countsForEach() {
    List<ManagementReview> reviews = List.of(held("MR-1", Instant.parse("2026-02-10T10:00:00Z"), ISO_9001, ISO_13485));
    Instant t = Instant.parse("2026-06-01T00:00:00Z");

    assertThat(YEARLY.isOverdueAt(reviews, ISO_9001, START, t)).isFalse();
    assertThat(YEARLY.isOverdueAt(reviews, ISO_13485, START, t)).isFalse();
  }

  @Test
  void isOverdueAt_theLatestReviewCounts_inAnyOrder() {
    ManagementReview first = held("MR-1", Instant.parse("2026-02-10T10:00:00Z"), ISO_9001);
    ManagementReview second = held("MR-2", Instant.parse("2026-12-01T10:00:00Z"), ISO_9001);
    Instant t = Instant.parse("2027-03-01T00:00:00Z");

    for (List<ManagementReview> reviews : List.of(List.of(first, second), List.of(second, first))) {
      assertThat(YEARLY.latestFor(reviews, ISO_9001, t)).contains(second);
      assertThat(YEARLY.isOverdueAt(reviews, ISO_9001, START, t)).as("due from the second review on 2027-12-01").isFalse();
      assertThat(YEARLY.isOverdueAt(reviews, ISO_9001, START, Instant.parse("2027-12-01T10:00:00Z"))).isTrue();
    }
  }

  @Test
  void isOverdueAt_reviewsHeldAfterTheInstant_doNotCount() {
    ManagementReview first = held("MR-1", Instant.parse("2026-02-10T10:00:00Z"), ISO_9001);
    ManagementReview late = held("MR-2", Instant.parse("2027-04-01T10:00:00Z"), ISO_9001);
    Instant t = Instant.parse("2027-03-01T00:00:00Z");

    assertThat(YEARLY.latestFor(List.of(first, late), ISO_9001, t)).contains(first);
    assertThat(YEARLY.isOverdueAt(List.of(first, late), ISO_9001, START, t)).as("overdue then, whatever came later").isTrue();
    assertThat(YEARLY.isOverdueAt(List.of(first, late), ISO_9001, START, late.heldAt())).as("a review ends it").isFalse();
  }

  @Test
  void latestFor_aReviewHeldExactlyAtTheInstant_counts() {
    ManagementReview mr = held("MR-1", Instant.parse("2027-02-10T10:00:00Z"), ISO_9001);

    assertThat(YEARLY.latestFor(List.of(mr), ISO_9001, mr.heldAt())).contains(mr);
    assertThat(YEARLY.latestFor(List.of(mr), ISO_9001, mr.heldAt().minus(NANO))).isEmpty();
  }

  @Test
  void latestFor_twoReviewsAtTheSameInstant_theGreaterIdWins() {
    Instant at = Instant.parse("2026-02-10T10:00:00Z");
    ManagementReview a = held("MR-A", at, ISO_9001);
    ManagementReview b = held("MR-B", at, ISO_9001);

    assertThat(YEARLY.latestFor(List.of(a, b), ISO_9001, at)).contains(b);
    assertThat(YEARLY.latestFor(List.of(b, a), ISO_9001, at)).contains(b);
  }

  @Test
  void nulls_throwNamingTheArgument() {
    assertThatThrownBy(() -> YEARLY.nextDue(null, START)).hasMessage("last");
    assertThatThrownBy(() -> YEARLY.nextDue(Optional.empty(), null)).hasMessage("systemStart");
    assertThatThrownBy(() -> YEARLY.latestFor(null, ISO_9001, START)).hasMessage("reviews");
    assertThatThrownBy(() -> YEARLY.latestFor(List.of(), null, START)).hasMessage("catalog");
    assertThatThrownBy(() -> YEARLY.isOverdueAt(List.of(), ISO_9001, START, null)).hasMessage("t");
    assertThatThrownBy(() -> YEARLY.isOverdueAt(List.of(), ISO_9001, null, START)).hasMessage("systemStart");
    assertThatThrownBy(() -> YEARLY.dates(null)).hasMessage("review");
  }
}
