/**
 * qms4j core: the domain model of a quality management system, the standard catalogs and the
 * conformity rule engine.
 *
 * <p>The module has no run-time dependency (JSpecify annotations aside) and performs no I/O; time
 * always enters as an argument.
 */
module org.qms4j.core {
  requires static org.immutables.value.annotations;
  requires transitive org.jspecify;

  exports org.qms4j;
  exports org.qms4j.audit;
  exports org.qms4j.capa;
  exports org.qms4j.catalog;
  exports org.qms4j.certification;
  exports org.qms4j.conformity;
  exports org.qms4j.document;
  exports org.qms4j.evidence;
  exports org.qms4j.finding;
  exports org.qms4j.gap;
  exports org.qms4j.history;
  exports org.qms4j.objective;
  exports org.qms4j.people;
  exports org.qms4j.plan;
  exports org.qms4j.programme;
  exports org.qms4j.readiness;
  exports org.qms4j.review;
  exports org.qms4j.risk;
  exports org.qms4j.standards;
  exports org.qms4j.system;
  exports org.qms4j.training;

  uses org.qms4j.catalog.CatalogProvider;

  provides org.qms4j.catalog.CatalogProvider with
      org.qms4j.standards.StandardCatalogProvider;
}
