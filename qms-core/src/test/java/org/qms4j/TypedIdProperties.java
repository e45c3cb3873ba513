package org.qms4j;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qms4j.audit.AuditId;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.MappingSetId;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.FindingId;
import org.qms4j.testing.CatalogArbitraries;

/** Every typed id reads back what its {@code toString} writes, over the whole id syntax. */
class TypedIdProperties {

  @Provide
  Arbitrary<String> catalogIdTexts() {
    return CatalogArbitraries.idTexts(CatalogArbitraries.CATALOG_ID_PUNCTUATION);
  }

  @Provide
  Arbitrary<String> idTexts() {
    return CatalogArbitraries.idTexts(CatalogArbitraries.ID_PUNCTUATION);
  }

  @Group
  class RoundTrip {

    @Property(tries = 300)
    void catalogId(@ForAll("catalogIdTexts") String text) {
      CatalogId id = CatalogId.of(text);

      assertThat(CatalogId.parse(id.toString())).isEqualTo(id).extracting(CatalogId::value).isEqualTo(text);
    }

    @Property(tries = 300)
    void requirementId(@ForAll("idTexts") String text) {
      RequirementId id = RequirementId.of(text);

      assertThat(RequirementId.parse(id.toString())).isEqualTo(id).extracting(RequirementId::value).isEqualTo(text);
    }

    @Property(tries = 300)
    void mappingSetId(@ForAll("idTexts") String text) {
      MappingSetId id = MappingSetId.of(text);

      assertThat(MappingSetId.parse(id.toString())).isEqualTo(id).extracting(MappingSetId::value).isEqualTo(text);
    }

    @Property(tries = 300)
    void evidenceId(@ForAll("idTexts") String text) {
      EvidenceId id = EvidenceId.of(text);

      assertThat(EvidenceId.parse(id.toString())).isEqualTo(id).extracting(EvidenceId::value).isEqualTo(text);
    }

    @Property(tries = 300)
    void findingId(@ForAll("idTexts") String text) {
      FindingId id = FindingId.of(text);

      assertThat(FindingId.parse(id.toString())).isEqualTo(id).extracting(FindingId::value).isEqualTo(text);
    }

    @Property(tries = 300)
    void auditId(@ForAll("idTexts") String text) {
      AuditId id = AuditId.of(text);

      assertThat(AuditId.parse(id.toString())).isEqualTo(id).extracting(AuditId::value).isEqualTo(text);
    }
  }
}
