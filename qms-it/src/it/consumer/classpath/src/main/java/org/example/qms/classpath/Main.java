package org.example.qms.classpath;

import java.time.Instant;
import java.util.Set;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.CatalogLibrary;
import org.qms4j.catalog.RequirementId;
import org.qms4j.conformity.ConformityEngine;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.json.QmsJson;
import org.qms4j.standards.StandardCatalogs;
import org.qms4j.system.QualitySystem;
import tools.jackson.databind.json.JsonMapper;

/** qms-core and qms-json on the class path: a system written as JSON and read back, two ways. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    check(!QualitySystem.class.getModule().isNamed(), "qms-core is on the class path");

    // the catalogs through META-INF/services of qms-core's jar
    CatalogLibrary library = CatalogLibrary.load();
    check(library.catalog(StandardCatalogs.ISO_9001).isPresent(), "CatalogLibrary.load() finds ISO 9001: " + library.catalogs());

    Instant at = Instant.parse("2026-06-01T00:00:00Z");
    RequirementId req = library.catalog(StandardCatalogs.ISO_9001).orElseThrow().requirements().get(0).requirement().id();
    QualitySystem system = QualitySystem.builder()
        .organisation("Class Path Clinic")
        .scope("Outpatient care")
        .addCatalog(library.catalog(StandardCatalogs.ISO_9001).orElseThrow())
        .addEvidence(Evidence.builder()
            .id(EvidenceId.of("sop-1"))
            .requirements(Set.of(req))
            .kind(EvidenceKind.PROCEDURE)
            .status(EvidenceStatus.ACCEPTED)
            .collectedAt(at)
            .effectiveFrom(at)
            .owner("quality lead")
            .reference("https://dms.example/SOP-1")
            .build())
        .build();

    // QmsJson, and a plain Jackson mapper with the module that findAndAddModules() finds in META-INF/services
    String json = QmsJson.standard().system().write(system);
    check(QmsJson.standard().system().read(json).equals(system), "QmsJson reads back what it wrote");
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    check(mapper.readValue(json, QualitySystem.class).equals(system), "findAndAddModules() reads the system document");
    check(mapper.writeValueAsString(system).equals(json), "findAndAddModules() writes what QmsJson writes");

    ConformityReport report = ConformityEngine.standard().evaluate(system, at.plusSeconds(60));
    System.out.println("classpath: " + json.length() + " characters of JSON read back both ways; "
        + req + " " + report.result(req).orElseThrow().verdict() + "; catalog "
        + report.catalog(CatalogId.of("iso-9001:2015")).orElseThrow().verdict());
  }

  static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError("failed: " + what);
    }
  }
}
