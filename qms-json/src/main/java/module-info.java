/**
 * qms4j JSON: reads and writes the qms4j model with Jackson 3. The format arrives in a later
 * release; this module currently only fixes the module's name and dependencies.
 */
module org.qms4j.json {
  requires transitive org.qms4j.core;
  requires transitive tools.jackson.databind;
}
