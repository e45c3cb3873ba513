package org.qms4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qms4j.InvalidModelException;
import org.qms4j.testing.Examples;

class LocatedRequirementTest {
  private static final CatalogId CATALOG = CatalogId.of("iso-9001:2015");
  private static final Requirement REQUIREMENT =
      Examples.requirement(RequirementId.of("iso-9001:2015/7.5.3-a"));

  @Test
  void clauseNumber_isTheLastElementOfThePath() {
    LocatedRequirement located = new LocatedRequirement(CATALOG, List.of("7", "7.5", "7.5.3"), REQUIREMENT);

    assertThat(located.clauseNumber()).isEqualTo("7.5.3");
  }

  @Test
  void clausePath_isCopiedAndUnmodifiable() {
    List<String> given = new ArrayList<>(List.of("7", "7.5"));
    var located = new LocatedRequirement(CATALOG, given, REQUIREMENT);
    given.add("8");

    assertThat(located.clausePath()).containsExactly("7", "7.5");
    assertThatThrownBy(() -> located.clausePath().add("8")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void isUnder_anyClauseOnThePath_isTrue_otherwiseFalse() {
    var located = new LocatedRequirement(CATALOG, List.of("820.30", "820.30(a)"), REQUIREMENT);

    assertThat(located.isUnder("820.30")).isTrue();
    assertThat(located.isUnder("820.30(a)")).isTrue();
    assertThat(located.isUnder("820.3")).isFalse();
  }

  @Test
  void id_isTheRequirementsId() {
    assertThat(new LocatedRequirement(CATALOG, List.of("7"), REQUIREMENT).id())
        .isEqualTo(RequirementId.of("iso-9001:2015/7.5.3-a"));
  }

  @Test
  void clause_pointsAtTheHoldingClause() {
    assertThat(new LocatedRequirement(CATALOG, List.of("7", "7.5.3"), REQUIREMENT).clause())
        .isEqualTo(ClauseRef.of(CATALOG, "7.5.3"));
  }

  @Test
  void new_emptyPath_isRefused() {
    assertThatThrownBy(() -> new LocatedRequirement(CATALOG, List.of(), REQUIREMENT))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("clausePath was empty");
  }

  @Test
  void new_nullPart_throwsNamingIt() {
    assertThatThrownBy(() -> new LocatedRequirement(null, List.of("7"), REQUIREMENT)).hasMessage("catalog");
    assertThatThrownBy(() -> new LocatedRequirement(CATALOG, null, REQUIREMENT)).hasMessage("clausePath");
    assertThatThrownBy(() -> new LocatedRequirement(CATALOG, List.of("7"), null)).hasMessage("requirement");
  }
}
