package org.qms4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.qms4j.InvalidModelException;
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
  void toString_isTheTextForm_catalogHashNumber() {
    assertThat(ClauseRef.of(ISO13485, "7.3")).hasToString("iso-13485:2016#7.3");
  }

  @Test
  void parse_readsBackWhatToStringWrites() {
    for (ClauseRef ref :
        List.of(
            ClauseRef.of(ISO13485, "7.3"),
            ClauseRef.of(CatalogId.of("fda-qmsr:2026"), "820.30(a)"),
            ClauseRef.of(CatalogId.of("nist"), "AC-2(1)"),
            ClauseRef.of(CatalogId.of("tjc"), "IC.02.01.01 EP 3#x"))) {
      assertThat(ClauseRef.parse(ref.toString())).isEqualTo(ref);
    }
  }

  @Test
  void parse_withoutHash_isRefusedNamingTheText() {
    assertThatThrownBy(() -> ClauseRef.parse("iso-13485:2016 7.3"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("clause reference was 'iso-13485:2016 7.3'; expected <catalog id>#<clause number>");
  }

  @Test
  void new_badNumber_isRefused() {
    assertThatThrownBy(() -> ClauseRef.of(ISO13485, " ")).isInstanceOf(InvalidModelException.class).hasMessageContaining("blank");
    assertThatThrownBy(() -> ClauseRef.of(ISO13485, "7.3\n8.1")).isInstanceOf(InvalidModelException.class).hasMessageContaining("U+000A");
    assertThatThrownBy(() -> ClauseRef.of(ISO13485, "7".repeat(101))).isInstanceOf(InvalidModelException.class).hasMessageContaining("at most 100");
    assertThatThrownBy(() -> ClauseRef.of(ISO13485, null)).isInstanceOf(NullPointerException.class).hasMessage("number");
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
