package org.qms4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CatalogProblemTest {

  @Test
  void toString_isElementThenMessage() {
    CatalogProblem problem =
        new CatalogProblem(CatalogProblem.Kind.EMPTY_TEXT, "clause 4 > clause 4.1", "title is blank");

    assertThat(problem).hasToString("clause 4 > clause 4.1: title is blank");
  }

  @Test
  void accessors_returnTheParts() {
    CatalogProblem problem = new CatalogProblem(CatalogProblem.Kind.DANGLING_REFERENCE, "extension", "m");

    assertThat(problem.kind()).isEqualTo(CatalogProblem.Kind.DANGLING_REFERENCE);
    assertThat(problem.element()).isEqualTo("extension");
    assertThat(problem.message()).isEqualTo("m");
  }

  @Test
  void new_nullPart_throwsNamingIt() {
    assertThatThrownBy(() -> new CatalogProblem(null, "e", "m")).hasMessage("kind");
    assertThatThrownBy(() -> new CatalogProblem(CatalogProblem.Kind.EMPTY_TEXT, null, "m")).hasMessage("element");
    assertThatThrownBy(() -> new CatalogProblem(CatalogProblem.Kind.EMPTY_TEXT, "e", null)).hasMessage("message");
  }
}
