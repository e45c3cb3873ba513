package org.qms4j.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qms4j.system.SystemProblemsTest.problemsOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qms4j.InvalidModelException;
import org.qms4j.system.SystemProblem.Kind;
import org.qms4j.testing.Examples;

/** Host facts: typed, immutable values a host attaches to a snapshot under a {@link HostFactKey}. */
class HostFactKeyTest {
  record HandHygiene(double compliance) {}

  private static final HostFactKey<HandHygiene> HAND_HYGIENE = HostFactKey.of("hand-hygiene", HandHygiene.class);
  private static final HostFactKey<Integer> BEDS = HostFactKey.of("beds", Integer.class);

  private final QualitySystem system = Examples.system();

  // the key

  @Test
  void of_keepsNameAndType() {
    assertThat(HAND_HYGIENE.name()).isEqualTo("hand-hygiene");
    assertThat(HAND_HYGIENE.type()).isEqualTo(HandHygiene.class);
    assertThat(HAND_HYGIENE).hasToString("host fact hand-hygiene");
  }

  @Test
  void equals_sameNameAndType_isEqual() {
    assertThat(HostFactKey.of("beds", Integer.class)).isEqualTo(BEDS).hasSameHashCodeAs(BEDS);
    assertThat(HostFactKey.of("beds", Long.class)).isNotEqualTo(BEDS);
    assertThat(HostFactKey.of("cots", Integer.class)).isNotEqualTo(BEDS);
    assertThat(BEDS).isNotEqualTo("beds").isNotEqualTo(null);
  }

  @Test
  void of_invalidName_throwsNamingIt() {
    assertThatThrownBy(() -> HostFactKey.of("hand hygiene", HandHygiene.class))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("host fact key: name was 'hand hygiene'");
    assertThatThrownBy(() -> HostFactKey.of("", HandHygiene.class)).isInstanceOf(InvalidModelException.class);
    assertThatThrownBy(() -> HostFactKey.of("x".repeat(201), HandHygiene.class)).isInstanceOf(InvalidModelException.class);
    assertThatThrownBy(() -> HostFactKey.of("beds", null)).isInstanceOf(NullPointerException.class).hasMessage("type");
  }

  // on a snapshot

  @Test
  void withHostFact_attachesTheValueAndLeavesTheOriginalUnchanged() {
    QualitySystem later = system.withHostFact(HAND_HYGIENE, new HandHygiene(0.87));

    assertThat(later.hostFact(HAND_HYGIENE)).contains(new HandHygiene(0.87));
    assertThat(later.hostFactKeys()).containsExactly(HAND_HYGIENE);
    assertThat(system.hostFact(HAND_HYGIENE)).isEmpty();
    assertThat(system.hostFactKeys()).isEmpty();
    assertThat(system).isEqualTo(Examples.system());
  }

  @Test
  void withHostFact_sameKey_replacesTheValue() {
    QualitySystem once = system.withHostFact(BEDS, 40).withHostFact(HAND_HYGIENE, new HandHygiene(0.5));

    QualitySystem twice = once.withHostFact(BEDS, 42);

    assertThat(twice.hostFact(BEDS)).contains(42);
    assertThat(twice.hostFactKeys()).containsExactlyInAnyOrder(BEDS, HAND_HYGIENE);
    assertThat(once.hostFact(BEDS)).contains(40);
  }

  @Test
  void hostFact_keyWithSameNameButOtherType_findsNothing() {
    QualitySystem later = system.withHostFact(BEDS, 40);

    assertThat(later.hostFact(HostFactKey.of("beds", Long.class))).isEmpty();
    assertThat(later.hostFact(HostFactKey.of("beds", Integer.class))).contains(40);
  }

  @Test
  void withoutHostFact_held_removesIt() {
    QualitySystem with = system.withHostFact(BEDS, 40).withHostFact(HAND_HYGIENE, new HandHygiene(0.5));

    QualitySystem later = with.withoutHostFact(BEDS);

    assertThat(later.hostFact(BEDS)).isEmpty();
    assertThat(later.hostFactKeys()).containsExactly(HAND_HYGIENE);
    assertThat(with.hostFact(BEDS)).contains(40);
    assertThat(later.withoutHostFact(HAND_HYGIENE)).isEqualTo(system);
  }

  @Test
  void withoutHostFact_absent_isRefusedAsNotFound() {
    assertThat(problemsOf(() -> system.withoutHostFact(BEDS)))
        .containsExactly(new SystemProblem(Kind.NOT_FOUND, "host fact beds", "cannot be removed: none is attached"));
    assertThat(problemsOf(() -> system.withHostFact(BEDS, 40).withoutHostFact(HostFactKey.of("beds", Long.class))))
        .extracting(SystemProblem::kind)
        .containsExactly(Kind.NOT_FOUND);
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void withHostFact_wrongTypeThroughARawKey_isRefused() {
    HostFactKey raw = BEDS;

    assertThat(problemsOf(() -> system.withHostFact(raw, "forty")))
        .containsExactly(
            new SystemProblem(Kind.WRONG_TYPE, "host fact beds", "value is a java.lang.String; expected a java.lang.Integer"));
    assertThat(problemsOf(() -> QualitySystem.builder().organisation("o").scope("s").hostFact(raw, "forty").build()))
        .containsExactly(
            new SystemProblem(Kind.WRONG_TYPE, "host fact beds", "value is a java.lang.String; expected a java.lang.Integer"));
    assertThat(system.hostFactKeys()).isEmpty();
  }

  @Test
  void builderHostFact_isAttachedAndTheLastValueWins() {
    QualitySystem built =
        QualitySystem.builder()
            .organisation("Example Clinic")
            .scope("Outpatient care")
            .addCatalog(Examples.catalog())
            .hostFact(BEDS, 40)
            .hostFact(HAND_HYGIENE, new HandHygiene(0.9))
            .hostFact(BEDS, 41)
            .build();

    assertThat(built.hostFact(BEDS)).contains(41);
    assertThat(built.hostFact(HAND_HYGIENE)).contains(new HandHygiene(0.9));
    assertThat(built).isEqualTo(system.withHostFact(HAND_HYGIENE, new HandHygiene(0.9)).withHostFact(BEDS, 41));
    assertThat(built.toBuilder().build()).isEqualTo(built).hasSameHashCodeAs(built);
  }

  @Test
  void equals_includesHostFacts() {
    QualitySystem a = system.withHostFact(BEDS, 40).withHostFact(HAND_HYGIENE, new HandHygiene(0.5));
    QualitySystem b = system.withHostFact(HAND_HYGIENE, new HandHygiene(0.5)).withHostFact(BEDS, 40);

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    for (QualitySystem different :
        List.of(system, system.withHostFact(BEDS, 40), a.withHostFact(BEDS, 41), a.withHostFact(HostFactKey.of("cots", Integer.class), 40))) {
      assertThat(a).isNotEqualTo(different);
      assertThat(different).isNotEqualTo(a);
    }
  }

  @Test
  void hostFacts_surviveOtherChanges() {
    QualitySystem with = system.withHostFact(BEDS, 40);

    QualitySystem later = with.withEvidence(Examples.evidence("ev-1").build()).withExclusion(Exclusion.ofRequirement(Examples.R75A, "j"));

    assertThat(later.hostFact(BEDS)).contains(40);
  }
}
