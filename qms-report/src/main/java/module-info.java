/**
 * qms4j report: renders the qms4j model as Markdown and as one self-contained HTML page with
 * inline SVG charts. Like the core, it performs no I/O: every rendering is returned as a string
 * that the host writes where it wants.
 */
module org.qms4j.report {
  requires transitive org.qms4j.core;
  // compile-time only: the core's types carry Immutables annotations, which the Javadoc reads
  requires static org.immutables.value.annotations;

  exports org.qms4j.report;
}
