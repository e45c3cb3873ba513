package org.example.qms.modulepath;

import java.time.Instant;
import org.qms4j.catalog.CatalogLibrary;
import org.qms4j.json.QmsJson;
import org.qms4j.json.QmsJsonModule;
import org.qms4j.standards.StandardCatalogs;
import org.qms4j.system.QualitySystem;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs as a named module: reads a system document through the Jackson module that ServiceLoader
 * finds, and loads catalogs through the providers that ServiceLoader finds (the core's and ours).
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // truly on the module path: this class, qms4j's and Jackson's in named modules of the boot layer
    check(Main.class.getModule().isNamed(), "the application runs as a named module");
    check("org.qms4j.core".equals(QualitySystem.class.getModule().getName()), "qms-core is the named module org.qms4j.core");
    check("org.qms4j.json".equals(QmsJsonModule.class.getModule().getName()), "qms-json is the named module org.qms4j.json");
    check("tools.jackson.databind".equals(JsonMapper.class.getModule().getName()), "Jackson databind is a named module");
    check(ModuleLayer.boot().findModule("org.qms4j.json").isPresent(), "org.qms4j.json is in the boot layer");

    CatalogLibrary library = CatalogLibrary.load();
    check(library.catalog(StandardCatalogs.ISO_9001).isPresent(), "the core's provider gives ISO 9001: " + library.catalogs());
    check(library.catalog(OwnCatalogs.ID).isPresent(), "our provider gives " + OwnCatalogs.ID + ": " + library.catalogs());

    QualitySystem system = QualitySystem.builder()
        .organisation("Module Path Medical")
        .scope("Design and manufacture of infusion pumps")
        .addCatalog(library.catalog(OwnCatalogs.ID).orElseThrow())
        .build();
    String document = QmsJson.standard().system().write(system);

    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    QualitySystem read = mapper.readValue(document, QualitySystem.class);
    check(read.equals(system), "the mapper with the modules ServiceLoader found reads the system document");
    check(mapper.writeValueAsString(read).equals(document), "and writes it as QmsJson does");

    System.out.println("module path: " + Main.class.getModule() + " on " + QualitySystem.class.getModule() + ", "
        + QmsJsonModule.class.getModule() + ", " + JsonMapper.class.getModule() + "; catalogs from ServiceLoader: "
        + library.catalogs().size() + "; a " + document.length() + "-character system document read through findAndAddModules()");
  }

  static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError("failed: " + what);
    }
  }
}
