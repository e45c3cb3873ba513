package org.qms4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.qms4j.standards.StandardCatalogs;
import org.qms4j.testing.Examples;

class ReviewClauseTest {

  @Test
  void standardCatalogs_nameTheirManagementReviewClause() {
    assertThat(StandardCatalogs.iso9001().reviewClause()).contains("9.3");
    assertThat(StandardCatalogs.iso13485().reviewClause()).contains("5.6");
    assertThat(StandardCatalogs.iso7101().reviewClause()).contains("9.3");
    assertThat(StandardCatalogs.qmsr().reviewClause()).isEmpty();
  }

  @Test
  void build_reviewClauseNotInTheCatalog_isADanglingReference() {
    assertThatThrownBy(() -> Catalog.builder().from(Examples.catalog()).reviewClause("9.3").build())
        .isInstanceOf(InvalidCatalogException.class)
        .hasMessageContaining("review clause 9.3 is not a clause of the catalog");
  }

  @Test
  void extendAndTailor_keepTheReviewClauseWhileItStands() {
    Catalog base = Catalog.builder().from(Examples.catalog()).reviewClause("7.5").build();

    assertThat(base.extend().id(CatalogId.of("demo-local:1")).build().reviewClause()).contains("7.5");
    assertThat(base.tailor().select("7.5").build().reviewClause()).contains("7.5");
    assertThat(base.tailor().drop("7.5").build().reviewClause()).isEmpty();
  }
}
