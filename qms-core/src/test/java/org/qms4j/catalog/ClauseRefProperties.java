package org.qms4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qms4j.testing.CatalogArbitraries;
import org.qms4j.testing.QmsArbitraries;

class ClauseRefProperties {

  @Provide
  Arbitrary<CatalogId> catalogIds() {
    return Arbitraries.oneOf(QmsArbitraries.catalogIds(), CatalogArbitraries.catalogIds());
  }

  @Provide
  Arbitrary<String> freeNumbers() {
    return CatalogArbitraries.freeClauseNumbers();
  }

  @Group
  class TextForm {

    @Property(tries = 500)
    void parse_readsBackWhatToStringWrites(@ForAll("catalogIds") CatalogId catalog, @ForAll("freeNumbers") String number) {
      ClauseRef ref = ClauseRef.of(catalog, number);

      ClauseRef read = ClauseRef.parse(ref.toString());

      assertThat(read).isEqualTo(ref);
      assertThat(read.catalog()).isEqualTo(catalog);
      assertThat(read.number()).isEqualTo(number);
    }

    @Property(tries = 200)
    void clauseOfALocatedRequirement_inAFreeCatalog_roundTrips(
        @ForAll("catalogIds") CatalogId catalog, @ForAll("freeNumbers") String number) {
      RequirementId id = RequirementId.of("r-1");
      Catalog free =
          Catalog.builder()
              .id(catalog)
              .title("t")
              .edition("1")
              .publisher("p")
              .numbering(NumberingStyle.FREE)
              .addClause(
                  Clause.builder()
                      .number(number)
                      .title("t")
                      .addRequirement(Requirement.builder().id(id).summary("s").build())
                      .build())
              .build();

      ClauseRef ref = free.requirement(id).orElseThrow().clause();

      assertThat(ClauseRef.parse(ref.toString())).isEqualTo(ClauseRef.of(catalog, number));
      assertThat(free.clause(ClauseRef.parse(ref.toString()).number())).isPresent();
    }
  }
}
