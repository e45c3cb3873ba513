package org.qms4j.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.RequirementId;

class ObjectiveTest {
  private static final Instant DUE = Instant.parse("2026-12-31T00:00:00Z");
  private static final RequirementId OBJECTIVES = RequirementId.of("iso-9001:2015/6.2.1");
  private static final Indicator HAND_HYGIENE = IndicatorTest.handHygiene().build();
  private static final Indicator FALLS = IndicatorTest.falls().build();
  private static final Indicator COMPLAINTS = IndicatorTest.complaintResponse().build();

  private static ImmutableObjective.Builder safer() {
    return Objective.builder()
        .id(ObjectiveId.of("OBJ-2026-01"))
        .statement("Reduce avoidable harm on the medical wards")
        .addRequirement(OBJECTIVES)
        .addIndicators(HAND_HYGIENE, FALLS);
  }

  @Test
  void build_allAttributes_keepsThem() {
    Objective o = safer().addRequirement(RequirementId.of("iso-7101:2023/6.2")).due(DUE).build();

    assertThat(o.id()).isEqualTo(ObjectiveId.of("OBJ-2026-01"));
    assertThat(o.statement()).isEqualTo("Reduce avoidable harm on the medical wards");
    assertThat(o.requirements()).containsExactlyInAnyOrder(OBJECTIVES, RequirementId.of("iso-7101:2023/6.2"));
    assertThat(o.indicators()).containsExactly(HAND_HYGIENE, FALLS);
    assertThat(o.due()).contains(DUE);
    assertThat(safer().build().due()).isEmpty();
  }

  @Test
  void indicator_byId_findsItOrIsEmpty() {
    Objective o = safer().build();

    assertThat(o.indicator(IndicatorId.of("falls"))).contains(FALLS);
    assertThat(o.indicator(IndicatorId.of("hand-hygiene"))).contains(HAND_HYGIENE);
    assertThat(o.indicator(IndicatorId.of("complaint-response"))).isEmpty();
    assertThatThrownBy(() -> o.indicator(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
  }

  @Test
  void dates_holdTheDueInstantAndEveryIndicatorsDates() {
    Indicator measured = HAND_HYGIENE.withMeasurement(Measurement.of(Instant.parse("2026-02-01T00:00:00Z"), 91));
    Objective o = safer().indicators(List.of(measured, COMPLAINTS)).due(DUE).build();

    List<Instant> expected = new ArrayList<>(measured.dates());
    expected.addAll(COMPLAINTS.dates());
    expected.add(DUE);
    assertThat(o.dates()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(safer().build().dates()).containsExactlyInAnyOrder(HAND_HYGIENE.firstMeasurementDue(), FALLS.firstMeasurementDue());
  }

  @Test
  void build_noRequirement_throwsNamingTheObjective() {
    assertThatThrownBy(() -> safer().requirements(Set.of()).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("objective OBJ-2026-01: requirements was empty; expected at least one requirement id");
  }

  @Test
  void build_tooManyRequirements_throws() {
    List<RequirementId> many = new ArrayList<>();
    for (int k = 0; k <= Objective.MAX_REQUIREMENTS; k++) {
      many.add(RequirementId.of("r-" + k));
    }

    assertThat(safer().requirements(many.subList(0, 1_000)).build().requirements()).hasSize(1_000);
    assertThatThrownBy(() -> safer().requirements(many).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("objective OBJ-2026-01: requirements had 1001 entries; expected at most 1000");
  }

  @Test
  void build_noIndicator_throws() {
    assertThatThrownBy(() -> safer().indicators(List.of()).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("objective OBJ-2026-01: indicators was empty; expected at least one indicator");
  }

  @Test
  void build_tooManyIndicators_throws() {
    List<Indicator> many = new ArrayList<>();
    for (int k = 0; k <= Objective.MAX_INDICATORS; k++) {
      many.add(ImmutableIndicator.copyOf(FALLS).withId(IndicatorId.of("falls-" + k)));
    }

    assertThat(safer().indicators(many.subList(0, 100)).build().indicators()).hasSize(100);
    assertThatThrownBy(() -> safer().indicators(many).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("objective OBJ-2026-01: indicators had 101 entries; expected at most 100");
  }

  @Test
  void build_twoIndicatorsWithOneId_throwsNamingTheId() {
    Indicator otherFalls = IndicatorTest.falls().target(2.5).build();

    assertThatThrownBy(() -> safer().addIndicator(otherFalls).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("objective OBJ-2026-01: indicators had two with id 'falls'; expected distinct ids");
  }

  @Test
  void build_badStatement_throwsNamingIt() {
    assertThatThrownBy(() -> safer().statement("").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("objective OBJ-2026-01: statement was blank; expected some text");
    assertThatThrownBy(() -> safer().statement("s".repeat(1_001)).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("objective OBJ-2026-01: statement was 1001 characters long; expected at most 1000");
    assertThatThrownBy(() -> safer().statement("two\u2028lines").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("objective OBJ-2026-01: statement holds character U+2028 at index 3");
    assertThat(safer().statement("s".repeat(1_000)).build().statement()).hasSize(1_000);
  }

  @Test
  void collections_areUnmodifiable() {
    Objective o = safer().due(DUE).build();

    assertThatThrownBy(() -> o.indicators().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> o.requirements().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> o.dates().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void build_missingAttributes_throwsNamingThem() {
    assertThatThrownBy(() -> Objective.builder().id(ObjectiveId.of("OBJ-9")).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("statement");
  }
}
