package org.qms4j.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.qms4j.audit.AuditId;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ReviewInput;
import org.qms4j.people.PersonId;
import org.qms4j.standards.StandardCatalogs;

/**
 * Management reviews against the shipped catalogs and a review policy against a brute-force model:
 * whatever inputs a review covers, the inputs it misses and those it covers make up exactly what a
 * catalog requires, in the catalog's order; and the review of a catalog is overdue at {@code t}
 * exactly when every review of it held by {@code t} (or, with none, the system's start) lies one
 * interval or more before {@code t}.
 */
class ManagementReviewProperties {
  private static final List<Catalog> CATALOGS =
      List.of(StandardCatalogs.iso9001(), StandardCatalogs.iso13485(), StandardCatalogs.iso7101());
  private static final CatalogId LOCAL = CatalogId.of("clinic-local:1");
  private static final Instant START = Instant.parse("2024-01-31T08:00:00Z");
  private static final Presented PRESENTED = Presented.audit(AuditId.of("IA-1"));

  private static ImmutableManagementReview.Builder review(String id, Instant at, Set<CatalogId> catalogs) {
    return ManagementReview.builder()
        .id(ReviewId.of(id))
        .title("Management review " + id)
        .heldAt(at)
        .catalogs(catalogs)
        .addAttendee(PersonId.of("ana"));
  }

  // ---------------------------------------------------------------------------------------------
  // missed and covered inputs

  /** The catalogs a review lists and the codes it covers, in the order taken. */
  record Coverage(Set<CatalogId> listed, List<String> covered) {}

  @Provide
  Arbitrary<Coverage> coverages() {
    Set<String> codes = new LinkedHashSet<>();
    for (Catalog c : CATALOGS) {
      c.reviewInputs().forEach(i -> codes.add(i.code()));
    }
    codes.add("staff-survey");
    codes.add("unknown-input");
    List<CatalogId> ids = new ArrayList<>();
    CATALOGS.forEach(c -> ids.add(c.id()));
    ids.add(LOCAL);
    Arbitrary<Set<CatalogId>> listed = Arbitraries.of(ids).set().ofMinSize(1);
    Arbitrary<List<String>> covered = Arbitraries.of(List.copyOf(codes)).list().uniqueElements().ofMaxSize(codes.size());
    return Combinators.combine(listed, covered).as(Coverage::new);
  }

  @Property(tries = 200)
  void missedAndCoveredInputs_makeUpTheRequiredOnes_inCatalogOrder(@ForAll("coverages") Coverage coverage) {
    ImmutableManagementReview.Builder b = review("MR-1", START, coverage.listed());
    coverage.covered().forEach(code -> b.addInput(CoveredInput.of(code, PRESENTED)));
    ManagementReview mr = b.build();

    for (String code : coverage.covered()) {
      assertThat(mr.covers(code)).as(code).isTrue();
    }
    for (Catalog catalog : CATALOGS) {
      List<ReviewInput> required = catalog.reviewInputs();
      List<ReviewInput> missed = mr.missedInputs(catalog);
      String where = catalog.id() + " listed " + coverage.listed() + " covering " + coverage.covered();
      Statistics.label("listed").collect(coverage.listed().contains(catalog.id()));
      if (!coverage.listed().contains(catalog.id())) {
        assertThat(missed).as(where).containsExactlyElementsOf(required);
        assertThat(mr.isCompleteFor(catalog)).as(where).isFalse();
        continue;
      }
      // order kept: the missed inputs are a subsequence of the required ones
      int last = -1;
      for (ReviewInput m : missed) {
        int at = required.indexOf(m);
        assertThat(at).as(where + ": " + m.code() + " after index " + last).isGreaterThan(last);
        last = at;
      }
      // missed + covered == required, with nothing in both
      int coveredRequired = 0;
      for (ReviewInput r : required) {
        boolean isCovered = coverage.covered().contains(r.code());
        assertThat(missed.contains(r)).as(where + ": " + r.code()).isEqualTo(!isCovered);
        coveredRequired += isCovered ? 1 : 0;
      }
      assertThat(missed.size() + coveredRequired).as(where).isEqualTo(required.size());
      assertThat(mr.isCompleteFor(catalog)).as(where).isEqualTo(missed.isEmpty());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // overdue reviews

  /** A review to be built: when, relative to the start, and which of the catalogs it lists. */
  record Held(Duration afterStart, Set<CatalogId> catalogs) {}

  record Scenario(Period interval, List<Held> reviews, List<Duration> probes) {}

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<Period> intervals =
        Arbitraries.oneOf(
            Arbitraries.integers().between(1, 36).map(Period::ofMonths),
            Arbitraries.integers().between(1, 800).map(Period::ofDays),
            Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 11), Arbitraries.integers().between(0, 27))
                .as(Period::of)
                .filter(p -> !p.isZero()));
    Arbitrary<Duration> offsets =
        Combinators.combine(Arbitraries.integers().between(-60, 1_500), Arbitraries.of(0, 12))
            .as((days, hours) -> Duration.ofDays(days).plusHours(hours));
    List<CatalogId> ids = CATALOGS.stream().map(Catalog::id).toList();
    Arbitrary<Held> held = Combinators.combine(offsets, Arbitraries.of(ids).set().ofMinSize(1)).as(Held::new);
    return Combinators.combine(intervals, held.list().ofMaxSize(8), offsets.list().ofMaxSize(6)).as(Scenario::new);
  }

  /** The interval added to an instant, in UTC, as months then days. */
  private static Instant plus(Instant from, Period interval) {
    return from.atOffset(ZoneOffset.UTC)
        .toLocalDateTime()
        .plusMonths(interval.toTotalMonths())
        .plusDays(interval.getDays())
        .toInstant(ZoneOffset.UTC);
  }

  @Property(tries = 200)
  void isOverdueAt_agreesWithABruteForceModel(@ForAll("scenarios") Scenario scenario) {
    ReviewPolicy policy = ReviewPolicy.builder().interval(scenario.interval()).build();
    List<ManagementReview> reviews = new ArrayList<>();
    for (int i = 0; i < scenario.reviews().size(); i++) {
      Held h = scenario.reviews().get(i);
      reviews.add(review("MR-" + i, START.plus(h.afterStart()), h.catalogs()).build());
    }
    List<ManagementReview> reversed = new ArrayList<>(reviews);
    Collections.reverse(reversed);

    // probe at random instants and on each side of every due date
    List<Instant> probes = new ArrayList<>();
    scenario.probes().forEach(d -> probes.add(START.plus(d)));
    List<Instant> bases = new ArrayList<>();
    bases.add(START);
    reviews.forEach(r -> bases.add(r.heldAt()));
    for (Instant base : bases) {
      Instant due = plus(base, scenario.interval());
      probes.add(due.minusNanos(1));
      probes.add(due);
      probes.add(due.plusNanos(1));
    }

    for (Catalog catalog : CATALOGS) {
      CatalogId c = catalog.id();
      for (Instant t : probes) {
        boolean anyHeld = false;
        boolean allLongAgo = true;
        for (ManagementReview r : reviews) {
          if (r.catalogs().contains(c) && !r.heldAt().isAfter(t)) {
            anyHeld = true;
            allLongAgo &= !t.isBefore(plus(r.heldAt(), scenario.interval()));
          }
        }
        boolean expected = anyHeld ? allLongAgo : !t.isBefore(plus(START, scenario.interval()));
        String where = c + " at " + t + " every " + scenario.interval();

        assertThat(policy.isOverdueAt(reviews, c, START, t)).as(where).isEqualTo(expected);
        assertThat(policy.isOverdueAt(reversed, c, START, t)).as(where + ", reviews reversed").isEqualTo(expected);
        Statistics.label("overdue").collect(expected);

        Optional<ManagementReview> latest = policy.latestFor(reviews, c, t);
        assertThat(latest.isPresent()).as(where).isEqualTo(anyHeld);
        if (latest.isPresent()) {
          ManagementReview l = latest.get();
          assertThat(l.catalogs()).as(where).contains(c);
          assertThat(l.heldAt()).as(where).isBeforeOrEqualTo(t);
          for (ManagementReview r : reviews) {
            if (r.catalogs().contains(c) && !r.heldAt().isAfter(t)) {
              assertThat(r.heldAt()).as(where + ": " + r.id() + " later than the latest").isBeforeOrEqualTo(l.heldAt());
            }
          }
        }
        Instant base = latest.map(ManagementReview::heldAt).orElse(START);
        assertThat(policy.dueAt(reviews, c, START, t)).as(where).isEqualTo(plus(base, scenario.interval()));
      }
    }
  }
}
