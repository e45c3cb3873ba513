package org.qms4j.report;

/** One part of a {@link Report}, rendered as HTML and as Markdown. Immutable. */
interface Section {
  /**
   * The section's heading, this module's own words.
   *
   * @return the heading
   */
  String heading();

  /**
   * Writes the section as an HTML {@code <section>} element.
   *
   * @param h where to write
   * @param anchor the section's id in the page, this module's own
   */
  void html(Html h, String anchor);

  /**
   * Writes the section as Markdown, starting with a level-2 heading.
   *
   * @param md where to write
   */
  void markdown(Markdown md);
}
