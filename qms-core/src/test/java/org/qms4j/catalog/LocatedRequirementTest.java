package org.qms4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.qms4j.testing.Examples;

class LocatedRequirementTest {
  private static final CatalogId CATALOG = CatalogId.of("iso-9001:2015");
  private static final Requirement REQUIREMENT =
      Examples.requirement(RequirementId.of("iso-9001:2015/7.5.3-a"));

  @Test
  void clausePath_nestedClause_listsAncestorsOutermostFirst() {
    LocatedRequirement located = new LocatedRequirement(CATALOG, "7.5.3", REQUIREMENT);

    assertThat(located.clausePath()).containsExactly("7", "7.5", "7.5.3");
  }

  @Test
  void clausePath_topLevelClause_isTheClauseAlone() {
    assertThat(new LocatedRequirement(CATALOG, "10", REQUIREMENT).clausePath()).containsExactly("10");
  }

  @Test
  void clausePath_letterSegments_areKept() {
    assertThat(new LocatedRequirement(CATALOG, "A.2.10", REQUIREMENT).clausePath())
        .containsExactly("A", "A.2", "A.2.10");
  }

  @Test
  void clausePath_isUnmodifiable() {
    var path = new LocatedRequirement(CATALOG, "7.5", REQUIREMENT).clausePath();

    assertThatThrownBy(() -> path.add("8")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void id_isTheRequirementsId() {
    assertThat(new LocatedRequirement(CATALOG, "7.5.3", REQUIREMENT).id())
        .isEqualTo(RequirementId.of("iso-9001:2015/7.5.3-a"));
  }

  @Test
  void clause_pointsAtTheHoldingClause() {
    assertThat(new LocatedRequirement(CATALOG, "7.5.3", REQUIREMENT).clause())
        .isEqualTo(ClauseRef.of(CATALOG, "7.5.3"));
  }

  @Test
  void new_nullPart_throwsNamingIt() {
    assertThatThrownBy(() -> new LocatedRequirement(null, "7", REQUIREMENT)).hasMessage("catalog");
    assertThatThrownBy(() -> new LocatedRequirement(CATALOG, null, REQUIREMENT)).hasMessage("clauseNumber");
    assertThatThrownBy(() -> new LocatedRequirement(CATALOG, "7", null)).hasMessage("requirement");
  }
}
