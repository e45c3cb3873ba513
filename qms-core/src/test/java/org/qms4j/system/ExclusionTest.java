package org.qms4j.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.RequirementId;

class ExclusionTest {
  private static final RequirementId REQUIREMENT = RequirementId.of("iso-13485:2016/7.3-a");
  private static final ClauseRef CLAUSE = ClauseRef.of(CatalogId.of("iso-13485:2016"), "7.3");

  @Test
  void ofRequirement_setsOnlyTheRequirement() {
    Exclusion e = Exclusion.ofRequirement(REQUIREMENT, "No design activity.");

    assertThat(e.requirement()).contains(REQUIREMENT);
    assertThat(e.clause()).isEmpty();
    assertThat(e.justification()).isEqualTo("No design activity.");
    assertThat(e.target()).isEqualTo("requirement iso-13485:2016/7.3-a");
  }

  @Test
  void ofClause_setsOnlyTheClause() {
    Exclusion e = Exclusion.ofClause(CLAUSE, "No design activity.");

    assertThat(e.clause()).contains(CLAUSE);
    assertThat(e.requirement()).isEmpty();
    assertThat(e.target()).isEqualTo("clause iso-13485:2016#7.3");
  }

  @Test
  void build_bothTargets_throws() {
    assertThatThrownBy(() -> Exclusion.builder().requirement(REQUIREMENT).clause(CLAUSE).justification("j").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("exclusion: expected exactly one of requirement and clause but both were set");
  }

  @Test
  void build_noTarget_throws() {
    assertThatThrownBy(() -> Exclusion.builder().justification("j").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("exclusion: expected exactly one of requirement and clause but neither was set");
  }

  @Test
  void build_blankJustification_throwsNamingTheTarget() {
    assertThatThrownBy(() -> Exclusion.ofClause(CLAUSE, " "))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("exclusion of clause iso-13485:2016#7.3: justification was blank; expected some text");
    assertThatThrownBy(() -> Exclusion.ofRequirement(REQUIREMENT, ""))
        .hasMessage("exclusion of requirement iso-13485:2016/7.3-a: justification was blank; expected some text");
  }

  @Test
  void build_missingJustification_throwsNamingIt() {
    assertThatThrownBy(() -> Exclusion.builder().requirement(REQUIREMENT).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("justification");
  }

  @Test
  void equals_sameTargetAndJustification_isEqual() {
    assertThat(Exclusion.ofClause(CLAUSE, "j"))
        .isEqualTo(Exclusion.ofClause(ClauseRef.of(CatalogId.of("iso-13485:2016"), "7.3"), "j"))
        .isNotEqualTo(Exclusion.ofClause(CLAUSE, "k"));
  }
}
