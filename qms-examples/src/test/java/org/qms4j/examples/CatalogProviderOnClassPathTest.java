package org.qms4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogLibrary;
import org.qms4j.standards.StandardCatalogs;

/** qms-examples runs its tests on the class path: providers are found through META-INF/services. */
class CatalogProviderOnClassPathTest {

  @Test
  void load_findsTheStandardCatalogsAndAProviderFromAnotherJar() {
    CatalogLibrary library = CatalogLibrary.load();

    assertThat(library.catalogs()).extracting(Catalog::id)
        .contains(StandardCatalogs.ISO_9001, StandardCatalogs.QMSR, HospitalCatalogProvider.ID);
    assertThat(library.mappingSetsFor(List.of(HospitalCatalogProvider.CATALOG, StandardCatalogs.iso7101())))
        .extracting(s -> s.id().value())
        .containsExactly("riverside-ic-to-iso-7101");
  }

  @Test
  void outline_printsOneLinePerClauseAndRequirement() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    CatalogOutline.print(out, StandardCatalogs.qmsr());
    CatalogOutline.print(out, HospitalCatalogProvider.CATALOG);

    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .contains("== fda-qmsr:2026  Quality Management System Regulation (21 CFR part 820)")
        .contains("§ 820.10(a)")
        .contains("POL-IC-007  Central line care")
        .contains("  - Central lines are checked daily against the insertion bundle. [record; never excluded]")
        .contains("51 clauses, 37 requirements");
  }
}
