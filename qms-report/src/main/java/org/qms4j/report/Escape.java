package org.qms4j.report;

/**
 * Escapes host text for the places a report puts it: HTML text and attribute values (which also
 * serve inline SVG, parsed by the same HTML parser) and inline Markdown.
 *
 * <p>Every character that could start markup is replaced by an entity or escaped; characters that
 * HTML does not allow in a document (C0 and C1 controls other than tab, line feed and carriage
 * return) and lone UTF-16 surrogates become U+FFFD, so that any Java string, however broken, comes
 * out as text. Each method reads its input once: linear in its length.
 */
final class Escape {
  /** What replaces a character that cannot appear in a document. */
  static final char REPLACEMENT = '\uFFFD';

  private Escape() {}

  /**
   * Appends text escaped for HTML text and for a double- or single-quoted attribute value.
   *
   * @param out where to append
   * @param s the text
   */
  static void html(StringBuilder out, String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (isForbidden(c)) {
            out.append(REPLACEMENT);
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  /**
   * Returns text escaped for HTML text and attribute values.
   *
   * @param s the text
   * @return the escaped text
   */
  static String html(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    html(out, s);
    return out.toString();
  }

  /**
   * Appends text escaped for inline Markdown (CommonMark and GitHub's dialect): on one line, inside
   * a paragraph, a heading, a list item or a table cell.
   *
   * <p>Line breaks become spaces and white space at either end is dropped; {@code & < >} become
   * entities, so no HTML tag or autolink can start; the characters that start emphasis, code,
   * links, strike-through, maths, table cells and escapes are escaped with a backslash; a text that
   * begins like a block (a heading, a list item, a quote, a setext underline, a numbered item such
   * as {@code 1. } but not a clause number such as {@code 4.1}) has that start escaped too.
   *
   * @param out where to append
   * @param s the text
   */
  static void markdown(StringBuilder out, String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isMarkdownSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isMarkdownSpace(s.charAt(end - 1))) {
      end--;
    }
    if (start < end) {
      char first = s.charAt(start);
      if (first == '-' || first == '+' || first == '=' || first == '#') {
        out.append('\\').append(first);
        start++;
      } else if (first >= '0' && first <= '9') {
        int k = start;
        while (k < end && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
          k++;
        }
        if (k - start <= 9 && k < end && (s.charAt(k) == '.' || s.charAt(k) == ')')
            && (k + 1 == end || isMarkdownSpace(s.charAt(k + 1)))) {
          out.append(s, start, k).append('\\').append(s.charAt(k));
          start = k + 1;
        }
      }
    }
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\\', '`', '*', '_', '[', ']', '|', '~', '$', '#', '!' -> out.append('\\').append(c);
        case '\n', '\r', '\u000B', '\f', '\u0085', '\u2028', '\u2029', '\t' -> out.append(' ');
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (isForbidden(c)) {
            out.append(REPLACEMENT);
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  /**
   * Returns text escaped for inline Markdown.
   *
   * @param s the text
   * @return the escaped text
   */
  static String markdown(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    markdown(out, s);
    return out.toString();
  }

  private static boolean isMarkdownSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f'
        || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** A control character HTML does not allow, or a lone surrogate. */
  private static boolean isForbidden(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || (c >= 0x7F && c <= 0x9F)
        || Character.isSurrogate(c)
        || c == '\uFFFE' || c == '\uFFFF';
  }
}
