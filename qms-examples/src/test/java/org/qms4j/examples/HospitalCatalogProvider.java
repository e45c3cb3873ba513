package org.qms4j.examples;

import java.util.List;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.CatalogProvider;
import org.qms4j.catalog.Clause;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.Mapping;
import org.qms4j.catalog.MappingRelation;
import org.qms4j.catalog.MappingSet;
import org.qms4j.catalog.MappingSetId;
import org.qms4j.catalog.NumberingStyle;
import org.qms4j.catalog.Requirement;
import org.qms4j.catalog.RequirementId;

/** A provider a hospital's own jar would contain, listed in META-INF/services of the test classes. */
public final class HospitalCatalogProvider implements CatalogProvider {
  static final CatalogId ID = CatalogId.of("riverside-ic:1");

  static final Catalog CATALOG =
      Catalog.builder()
          .id(ID)
          .title("Riverside infection control policies")
          .edition("1")
          .publisher("Riverside General Hospital")
          .numbering(NumberingStyle.FREE)
          .addClause(
              Clause.builder()
                  .number("POL-IC-007")
                  .title("Central line care")
                  .addRequirement(
                      Requirement.builder()
                          .id(RequirementId.of("riverside-ic:1/POL-IC-007"))
                          .summary("Central lines are checked daily against the insertion bundle.")
                          .addExpectedEvidence(EvidenceKind.RECORD)
                          .build())
                  .build())
          .build();

  /** Creates the provider; ServiceLoader calls this. */
  public HospitalCatalogProvider() {}

  @Override
  public List<Catalog> catalogs() {
    return List.of(CATALOG);
  }

  @Override
  public List<MappingSet> mappingSets() {
    return List.of(
        MappingSet.builder()
            .id(MappingSetId.of("riverside-ic-to-iso-7101"))
            .version("1")
            .title("Infection control policies to ISO 7101")
            .sourceCatalog(ID)
            .targetCatalog(CatalogId.of("iso-7101:2023"))
            .addMapping(
                Mapping.of(
                    RequirementId.of("riverside-ic:1/POL-IC-007"), MappingRelation.SUBSET, RequirementId.of("iso-7101:2023/8.1")))
            .build());
  }
}
