package org.example.qms.modulepath;

import java.util.List;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.CatalogProvider;
import org.qms4j.catalog.Requirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.standards.StandardCatalogs;

/** The application's own catalog, contributed through the service the core uses. */
public final class OwnCatalogs implements CatalogProvider {
  static final CatalogId ID = CatalogId.of("module-path-9001:2015");

  /** Called by ServiceLoader. */
  public OwnCatalogs() {}

  @Override
  public List<Catalog> catalogs() {
    return List.of(StandardCatalogs.iso9001().extend()
        .id(ID)
        .addRequirement("7.5", Requirement.builder()
            .id(RequirementId.of("module-path/records-1"))
            .summary("Records are kept in the application's own store.")
            .addExpectedEvidence(EvidenceKind.RECORD)
            .build())
        .build());
  }
}
