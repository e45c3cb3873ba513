/**
 * qms4j JSON: reads and writes the qms4j model as JSON with Jackson 3, in a versioned format
 * described by JSON Schemas shipped with the module.
 */
module org.qms4j.json {
  requires transitive org.qms4j.core;
  requires transitive tools.jackson.databind;
  // compile-time only: the core's types carry Immutables annotations, which the Javadoc reads
  requires static org.immutables.value.annotations;

  exports org.qms4j.json;

  provides tools.jackson.databind.JacksonModule with
      org.qms4j.json.QmsJsonModule;
}
