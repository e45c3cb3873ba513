package org.qms4j.report;

/**
 * Writes Markdown into a buffer so that host text can only ever land escaped: every text passes
 * through {@link Escape#markdown}, and only {@link #constant} writes this module's own markup
 * unescaped. Not thread-safe; one per rendering.
 */
final class Markdown {
  private final StringBuilder out;

  Markdown(StringBuilder out) {
    this.out = out;
  }

  /**
   * Writes a heading followed by a blank line.
   *
   * @param level 1 to 6
   * @param text the heading's text, escaped here
   * @return this writer
   */
  Markdown heading(int level, String text) {
    out.append("#".repeat(level)).append(' ');
    Escape.markdown(out, text);
    out.append("\n\n");
    return this;
  }

  /**
   * Writes text, escaped, on the current line.
   *
   * @param text the text
   * @return this writer
   */
  Markdown text(String text) {
    Escape.markdown(out, text);
    return this;
  }

  /**
   * Writes an identifier or code as a code span. Only for text that cannot hold a backtick, a
   * pipe or a line break, such as identifiers and reason codes; anything else is written as
   * escaped {@linkplain #text text} instead.
   *
   * @param code the code
   * @return this writer
   */
  Markdown code(String code) {
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '`' || c == '|' || c < 0x20 || c == '\\') {
        Escape.markdown(out, code);
        return this;
      }
    }
    out.append('`').append(code).append('`');
    return this;
  }

  /**
   * Writes Markdown of this module's own, unescaped: never pass host text here.
   *
   * @param markup the markup
   * @return this writer
   */
  Markdown constant(String markup) {
    out.append(markup);
    return this;
  }

  /**
   * Writes a table's header and delimiter rows.
   *
   * @param columns the column names, constants; a name ending in {@code >} is aligned right (the
   *     {@code >} is not shown)
   * @return this writer
   */
  Markdown tableHead(String... columns) {
    StringBuilder delimiter = new StringBuilder("|");
    out.append('|');
    for (String c : columns) {
      boolean right = c.endsWith(">");
      out.append(' ').append(right ? c.substring(0, c.length() - 1) : c).append(" |");
      delimiter.append(right ? " ---: |" : " --- |");
    }
    out.append('\n').append(delimiter).append('\n');
    return this;
  }
}
