package org.qms4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qms4j.testing.Examples;
import org.qms4j.testing.QmsrExamples;

class CatalogSharpEdgesTest {
  private final Catalog demo = Examples.catalog();

  @Test
  void lookups_null_throwNullPointerExceptionNamingTheParameter() {
    assertThatThrownBy(() -> demo.clause(null)).isInstanceOf(NullPointerException.class).hasMessage("number");
    assertThatThrownBy(() -> demo.requirement(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> demo.requirementsUnder(null)).isInstanceOf(NullPointerException.class).hasMessage("number");
    assertThatThrownBy(() -> demo.clausePath(null)).isInstanceOf(NullPointerException.class).hasMessage("number");
    assertThatThrownBy(() -> demo.isBasedOn(null)).isInstanceOf(NullPointerException.class).hasMessage("catalog");
  }

  @Test
  void requirements_isUnmodifiable() {
    List<LocatedRequirement> all = demo.requirements();

    assertThatThrownBy(all::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> all.add(all.get(0))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> all.set(0, all.get(1))).isInstanceOf(UnsupportedOperationException.class);
    assertThat(demo.requirements()).hasSize(7);
  }

  @Test
  void requirementsUnder_isUnmodifiable_forAClauseAndForAnUnknownOne() {
    List<LocatedRequirement> under = demo.requirementsUnder("7.5");
    List<LocatedRequirement> none = demo.requirementsUnder("99");

    assertThatThrownBy(under::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> under.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> none.add(under.get(0))).isInstanceOf(UnsupportedOperationException.class);
    assertThat(demo.requirementsUnder("7.5")).hasSize(3);
    assertThat(demo.requirements()).hasSize(7);
  }

  @Test
  void clauseNumbers_isUnmodifiable() {
    List<String> numbers = demo.clauseNumbers();

    assertThatThrownBy(() -> numbers.add("99")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> numbers.set(0, "99")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(demo.clauseNumbers()).containsExactly("1", "4", "4.1", "7", "7.5", "7.5.3", "10");
  }

  @Test
  void clausePath_isUnmodifiable() {
    List<String> path = demo.clausePath("7.5.3").orElseThrow();

    assertThatThrownBy(() -> path.add("7.5.3.1")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(demo.clausePath("7.5.3")).contains(List.of("7", "7.5", "7.5.3"));
  }

  @Test
  void clauseListsOfTheTree_areUnmodifiable() {
    assertThatThrownBy(() -> demo.clauses().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> demo.clause("7").orElseThrow().subClauses().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> demo.clause("7.5.3").orElseThrow().requirements().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> demo.lineage().add(Examples.DEMO)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void lookups_ofAFreeCatalog_takeNumbersExactlyAsWritten() {
    Catalog qmsr = QmsrExamples.catalog();

    assertThat(qmsr.clause("820.30(a)")).isPresent();
    assertThat(qmsr.clause("820.30(A)")).isEmpty();
    assertThat(qmsr.clause("820.30 (a)")).isEmpty();
    assertThat(qmsr.clause("§ 820.30(a)")).as("a label is not a number").isEmpty();
  }
}
