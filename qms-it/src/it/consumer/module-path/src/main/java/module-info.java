/** A user's application as a named module: qms4j's modules, their services and Jackson's, on the module path. */
module org.example.qms.modulepath {
  requires org.qms4j.core;
  requires org.qms4j.json;

  provides org.qms4j.catalog.CatalogProvider with
      org.example.qms.modulepath.OwnCatalogs;
}
