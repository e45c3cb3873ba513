package org.qms4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.qms4j.InvalidModelException;
import org.qms4j.testing.Examples;

class ClauseTest {

  @Test
  void build_withRequirementsAndSubClauses_keepsThemInOrder() {
    Requirement a = Examples.requirement(RequirementId.of("x/7.5-a"));
    Requirement b = Examples.requirement(RequirementId.of("x/7.5-b"));
    Clause c1 = Clause.builder().number("7.5.1").title("General").build();
    Clause c2 = Clause.builder().number("7.5.2").title("Creating").build();

    Clause clause =
        Clause.builder()
            .number("7.5")
            .title("Documented information")
            .addRequirement(a)
            .addRequirement(b)
            .addSubClause(c1)
            .addSubClause(c2)
            .build();

    assertThat(clause.number()).isEqualTo("7.5");
    assertThat(clause.title()).isEqualTo("Documented information");
    assertThat(clause.requirements()).containsExactly(a, b);
    assertThat(clause.subClauses()).containsExactly(c1, c2);
  }

  @Test
  void build_withoutRequirements_hasEmptyLists() {
    Clause clause = Clause.builder().number("7").title("Support").build();

    assertThat(clause.requirements()).isEmpty();
    assertThat(clause.subClauses()).isEmpty();
  }

  @Test
  void build_missingNumberAndTitle_throwsNamingBoth() {
    assertThatThrownBy(() -> Clause.builder().build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("Clause")
        .hasMessageContaining("number")
        .hasMessageContaining("title");
  }

  @Test
  void build_blankTitle_isAcceptedUntilTheCatalogIsBuilt() {
    // a clause is checked together with its catalog, so that every problem is reported at once
    Clause clause = Clause.builder().number("7").title(" ").build();

    assertThat(clause.title()).isBlank();
  }

  @Test
  void equals_sameAttributes_isEqual() {
    assertThat(Clause.builder().number("7").title("Support").build())
        .isEqualTo(Clause.builder().number("7").title("Support").build())
        .isNotEqualTo(Clause.builder().number("8").title("Support").build());
  }
}
