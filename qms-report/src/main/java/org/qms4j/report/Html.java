package org.qms4j.report;

import java.util.Locale;

/**
 * Writes HTML (and inline SVG) into a buffer so that host text can only ever land escaped: element
 * and attribute names are the report's own constants, and every text and attribute value passes
 * through {@link Escape#html}. The only unescaped output is {@link #constant}, for markup this
 * module writes itself. Not thread-safe; one per rendering.
 */
final class Html {
  private final StringBuilder out;

  Html(StringBuilder out) {
    this.out = out;
  }

  /**
   * Opens an element.
   *
   * @param tag the element's name, a constant
   * @param attributes pairs of attribute name (a constant) and value (escaped here)
   * @return this writer
   */
  Html open(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append('>');
    return this;
  }

  /**
   * Writes an element that has no content, such as {@code <rect/>} in SVG or {@code <meta>}.
   *
   * @param tag the element's name, a constant
   * @param attributes pairs of attribute name (a constant) and value (escaped here)
   * @return this writer
   */
  Html empty(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append("/>");
    return this;
  }

  private void attributes(String[] attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes must come in name and value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"");
      Escape.html(out, attributes[i + 1]);
      out.append('"');
    }
  }

  /**
   * Closes an element.
   *
   * @param tag the element's name
   * @return this writer
   */
  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /**
   * Writes text, escaped.
   *
   * @param text the text
   * @return this writer
   */
  Html text(String text) {
    Escape.html(out, text);
    return this;
  }

  /**
   * Writes an element holding only text.
   *
   * @param tag the element's name, a constant
   * @param text the text, escaped here
   * @param attributes pairs of attribute name (a constant) and value (escaped here)
   * @return this writer
   */
  Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /**
   * Writes markup of this module's own, unescaped: never pass host text here.
   *
   * @param markup the markup, a constant
   * @return this writer
   */
  Html constant(String markup) {
    out.append(markup);
    return this;
  }

  /** Formats a coordinate for SVG with at most one decimal. */
  static String num(double value) {
    long tenths = Math.round(value * 10);
    if (tenths % 10 == 0) {
      return Long.toString(tenths / 10);
    }
    return String.format(Locale.ROOT, "%.1f", tenths / 10.0);
  }
}
