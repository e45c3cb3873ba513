package org.qms4j.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.people.PersonId;

class RoleTest {
  private static final RoleId NURSE = RoleId.of("ward-nurse");
  private static final PersonId ANA = PersonId.of("ana");
  private static final PersonId BEN = PersonId.of("ben");
  private static final PersonId CLEO = PersonId.of("cleo");
  private static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");
  private static final Competence BLS = Competence.skill("Basic life support");
  private static final Competence SOP = Competence.document("SOP-01");

  private static Instant day(long n) {
    return T0.plus(Duration.ofDays(n));
  }

  private static ImmutableRole.Builder nurse() {
    return Role.builder().id(NURSE).name("Ward nurse");
  }

  // ---------------------------------------------------------------------------------------------
  // RoleId

  @Test
  void roleId_validSyntax_roundTrips() {
    assertThat(RoleId.parse(RoleId.of("qa.manager-2").toString())).isEqualTo(RoleId.of("qa.manager-2"));
    assertThat(RoleId.of("a")).isLessThan(RoleId.of("b"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "has space", "_x"})
  void roleId_invalidSyntax_throwsNamingTheKind(String value) {
    assertThatThrownBy(() -> RoleId.of(value))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("role id was '");
  }

  // ---------------------------------------------------------------------------------------------
  // RoleAssignment

  @Test
  void assignment_isActiveFromItsStartUntilJustBeforeItsEnd() {
    RoleAssignment a = RoleAssignment.between(ANA, day(0), day(10));

    assertThat(a.isActiveAt(day(0).minusNanos(1))).isFalse();
    assertThat(a.isActiveAt(day(0))).isTrue();
    assertThat(a.isActiveAt(day(10).minusNanos(1))).isTrue();
    assertThat(a.isActiveAt(day(10))).isFalse();
  }

  @Test
  void assignment_withoutEnd_lastsForGood() {
    RoleAssignment a = RoleAssignment.since(ANA, day(0));

    assertThat(a.until()).isEmpty();
    assertThat(a.isActiveAt(Instant.MAX)).isTrue();
    assertThat(a.isActiveAt(day(-1))).isFalse();
  }

  @Test
  void assignment_endingAtOrBeforeItsStart_throwsNamingBoth() {
    assertThatThrownBy(() -> RoleAssignment.between(ANA, day(1), day(1)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("role assignment of ana: until was " + day(1) + "; expected after from " + day(1));
    assertThatThrownBy(() -> RoleAssignment.between(ANA, day(1), day(0))).isInstanceOf(InvalidModelException.class);
  }

  @Test
  void assignment_nulls_throwNullPointerException() {
    assertThatThrownBy(() -> new RoleAssignment(null, T0, Optional.empty())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new RoleAssignment(ANA, null, Optional.empty())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new RoleAssignment(ANA, T0, null)).isInstanceOf(NullPointerException.class);
  }

  // ---------------------------------------------------------------------------------------------
  // Role

  @Test
  void builder_keepsWhatTheRoleRequiresOwnsAndWhoHoldsIt() {
    ClauseRef production = ClauseRef.parse("iso-9001:2015#8.5");
    Role role = nurse().addRequire(BLS).addRequire(SOP).addOwn(production).addHolder(RoleAssignment.since(ANA, T0)).build();

    assertThat(role.requires()).containsExactly(BLS, SOP);
    assertThat(role.owns()).containsExactly(production);
    assertThat(role.holders()).containsExactly(RoleAssignment.since(ANA, T0));
  }

  @Test
  void holdersAt_listsWhoseAssignmentsAreActiveThen_sorted() {
    Role role =
        nurse()
            .addHolder(RoleAssignment.since(CLEO, day(0)))
            .addHolder(RoleAssignment.between(ANA, day(0), day(10)))
            .addHolder(RoleAssignment.since(BEN, day(5)))
            .build();

    assertThat(role.holdersAt(day(-1))).isEmpty();
    assertThat(role.holdersAt(day(0))).containsExactly(ANA, CLEO);
    assertThat(role.holdersAt(day(5))).containsExactly(ANA, BEN, CLEO);
    assertThat(role.holdersAt(day(10))).containsExactly(BEN, CLEO);
    assertThat(role.isHeldBy(ANA, day(9))).isTrue();
    assertThat(role.isHeldBy(ANA, day(10))).isFalse();
  }

  @Test
  void holdersAt_isUnmodifiable() {
    Role role = nurse().addHolder(RoleAssignment.since(ANA, T0)).build();

    assertThatThrownBy(() -> role.holdersAt(T0).add(BEN)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> role.holders().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void holders_samePersonAgainAfterAGap_holdsInBothPeriodsOnly() {
    Role role =
        nurse()
            .addHolder(RoleAssignment.between(ANA, day(0), day(10)))
            .addHolder(RoleAssignment.since(ANA, day(20)))
            .build();

    assertThat(role.isHeldBy(ANA, day(5))).isTrue();
    assertThat(role.isHeldBy(ANA, day(15))).isFalse();
    assertThat(role.isHeldBy(ANA, day(25))).isTrue();
  }

  @Test
  void holders_samePersonBackToBack_isAccepted() {
    Role role =
        nurse()
            .addHolder(RoleAssignment.between(ANA, day(0), day(10)))
            .addHolder(RoleAssignment.since(ANA, day(10)))
            .build();

    assertThat(role.isHeldBy(ANA, day(10))).isTrue();
  }

  @Test
  void holders_overlappingAssignmentsOfOnePerson_throwsNamingThePerson() {
    assertThatThrownBy(
            () ->
                nurse()
                    .addHolder(RoleAssignment.since(ANA, day(5)))
                    .addHolder(RoleAssignment.between(ANA, day(0), day(6)))
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "role ward-nurse: holders had overlapping assignments of ana, from "
                + day(0)
                + " until "
                + day(6)
                + " and from "
                + day(5)
                + "; expected one assignment at a time per person");
    assertThatThrownBy(
            () -> nurse().addHolder(RoleAssignment.since(ANA, day(0))).addHolder(RoleAssignment.since(ANA, day(30))).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("until further notice");
  }

  @Test
  void holders_overlappingAssignmentsOfDifferentPeople_isAccepted() {
    Role role = nurse().addHolder(RoleAssignment.since(ANA, day(0))).addHolder(RoleAssignment.since(BEN, day(0))).build();

    assertThat(role.holdersAt(day(0))).containsExactly(ANA, BEN);
  }

  @Test
  void dates_areEveryStartAndEnd_sortedOnce() {
    Role role =
        nurse()
            .addHolder(RoleAssignment.between(ANA, day(0), day(10)))
            .addHolder(RoleAssignment.since(BEN, day(10)))
            .addHolder(RoleAssignment.since(CLEO, day(3)))
            .build();

    assertThat(role.dates()).containsExactly(day(0), day(3), day(10));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "two\nlines"})
  void name_notOneLine_throwsNamingTheRole(String name) {
    assertThatThrownBy(() -> Role.builder().id(NURSE).name(name).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("role ward-nurse: name ");
  }

  @Test
  void name_atTheLimit_isAcceptedAndBeyondIsNot() {
    assertThat(Role.builder().id(NURSE).name("n".repeat(Role.MAX_NAME)).build().name()).hasSize(200);
    assertThatThrownBy(() -> Role.builder().id(NURSE).name("n".repeat(201)).build())
        .hasMessage("role ward-nurse: name was 201 characters long; expected at most 200");
  }

  @Test
  void requires_atTheLimit_isAcceptedAndBeyondIsNot() {
    List<Competence> many = new ArrayList<>();
    for (int i = 0; i <= Role.MAX_COMPETENCES; i++) {
      many.add(Competence.skill("skill " + i));
    }

    assertThat(nurse().requires(many.subList(0, 1000)).build().requires()).hasSize(1000);
    assertThatThrownBy(() -> nurse().requires(many).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("role ward-nurse: requires had 1001 competences; expected at most 1000");
  }

  @Test
  void owns_beyondTheLimit_throws() {
    List<ClauseRef> many = new ArrayList<>();
    for (int i = 0; i <= Role.MAX_OWNED; i++) {
      many.add(ClauseRef.parse("iso-9001:2015#" + i));
    }

    assertThatThrownBy(() -> nurse().owns(many).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("role ward-nurse: owns had 1001 clauses; expected at most 1000");
  }

  @Test
  void holders_atTheLimit_isAcceptedAndBeyondIsNot() {
    List<RoleAssignment> many = new ArrayList<>();
    for (int i = 0; i <= Role.MAX_HOLDERS; i++) {
      many.add(RoleAssignment.since(PersonId.of("p" + i), T0));
    }

    assertThat(nurse().holders(many.subList(0, 10_000)).build().holdersAt(T0)).hasSize(10_000);
    assertThatThrownBy(() -> nurse().holders(many).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("role ward-nurse: holders had 10001 assignments; expected at most 10000");
  }

  @Test
  void holdersAt_null_throws() {
    assertThatThrownBy(() -> nurse().build().holdersAt(null)).isInstanceOf(NullPointerException.class);
  }
}
