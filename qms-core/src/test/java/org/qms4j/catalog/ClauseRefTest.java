package org.qms4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClauseRefTest {
  private static final CatalogId ISO13485 = CatalogId.of("iso-13485:2016");

  @Test
  void of_catalogAndNumber_keepsBoth() {
    ClauseRef ref = ClauseRef.of(ISO13485, "7.3");

    assertThat(ref.catalog()).isEqualTo(ISO13485);
    assertThat(ref.number()).isEqualTo("7.3");
  }

  @Test
  void toString_namesCatalogAndClause() {
    assertThat(ClauseRef.of(ISO13485, "7.3")).hasToString("iso-13485:2016 clause 7.3");
  }

  @Test
  void equals_sameCatalogAndNumber_isEqual() {
    assertThat(ClauseRef.of(ISO13485, "7.3"))
        .isEqualTo(new ClauseRef(CatalogId.of("iso-13485:2016"), "7.3"))
        .isNotEqualTo(ClauseRef.of(ISO13485, "7.4"))
        .isNotEqualTo(ClauseRef.of(CatalogId.of("iso-9001:2015"), "7.3"));
  }

  @Test
  void of_nullPart_throwsNamingIt() {
    assertThatThrownBy(() -> ClauseRef.of(null, "7.3"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("catalog");
    assertThatThrownBy(() -> ClauseRef.of(ISO13485, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("number");
  }
}
