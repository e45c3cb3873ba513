package org.qms4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    void idsOfTheManagementSystem(@ForAll("idTexts") String text) {
      List<java.util.function.Function<String, Object>> ofs =
          List.of(
              org.qms4j.people.PersonId::of,
              org.qms4j.capa.CorrectiveActionId::of,
              org.qms4j.document.DocumentId::of,
              org.qms4j.training.RoleId::of,
              org.qms4j.training.TrainingRecordId::of,
              org.qms4j.objective.ObjectiveId::of,
              org.qms4j.objective.IndicatorId::of,
              org.qms4j.risk.RiskId::of,
              org.qms4j.review.ReviewId::of,
              org.qms4j.certification.CertificateId::of);
      List<java.util.function.Function<String, Object>> parses =
          List.of(
              org.qms4j.people.PersonId::parse,
              org.qms4j.capa.CorrectiveActionId::parse,
              org.qms4j.document.DocumentId::parse,
              org.qms4j.training.RoleId::parse,
              org.qms4j.training.TrainingRecordId::parse,
              org.qms4j.objective.ObjectiveId::parse,
              org.qms4j.objective.IndicatorId::parse,
              org.qms4j.risk.RiskId::parse,
              org.qms4j.review.ReviewId::parse,
              org.qms4j.certification.CertificateId::parse);
      for (int k = 0; k < ofs.size(); k++) {
        Object id = ofs.get(k).apply(text);
        assertThat(parses.get(k).apply(id.toString())).isEqualTo(id).hasToString(text);
      }
    }

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
