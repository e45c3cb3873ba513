package org.qms4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qms4j.InvalidModelException;

class InvalidCatalogExceptionTest {
  private static final CatalogId ID = CatalogId.of("acme:1");
  private static final CatalogProblem BLANK_TITLE =
      new CatalogProblem(CatalogProblem.Kind.EMPTY_TEXT, "clause 4", "title is blank; expected some text");
  private static final CatalogProblem DUPLICATE =
      new CatalogProblem(CatalogProblem.Kind.DUPLICATE_CLAUSE_NUMBER, "clause 5", "number 5 is already used by clause 5");

  @Test
  void message_oneProblem_namesCatalogAndProblem() {
    var e = new InvalidCatalogException(ID, List.of(BLANK_TITLE));

    assertThat(e).hasMessage("catalog acme:1 has 1 problem:\n  - clause 4: title is blank; expected some text");
  }

  @Test
  void message_severalProblems_listsEveryOneInOrder() {
    var e = new InvalidCatalogException(ID, List.of(BLANK_TITLE, DUPLICATE));

    assertThat(e)
        .hasMessage(
            "catalog acme:1 has 2 problems:\n"
                + "  - clause 4: title is blank; expected some text\n"
                + "  - clause 5: number 5 is already used by clause 5");
  }

  @Test
  void problems_isACopyThatCannotBeChanged() {
    List<CatalogProblem> given = new ArrayList<>(List.of(BLANK_TITLE));
    var e = new InvalidCatalogException(ID, given);

    given.add(DUPLICATE);

    assertThat(e.problems()).containsExactly(BLANK_TITLE);
    assertThatThrownBy(() -> e.problems().add(DUPLICATE)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void isAnInvalidModelException() {
    assertThat(new InvalidCatalogException(ID, List.of(BLANK_TITLE))).isInstanceOf(InvalidModelException.class);
  }
}
