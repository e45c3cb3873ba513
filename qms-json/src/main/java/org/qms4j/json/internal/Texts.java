package org.qms4j.json.internal;

/** Quoting of values taken from a document: shortened and escaped, so messages stay bounded. */
public final class Texts {
  /** The most characters of a value shown in a message. */
  public static final int SHOWN = 60;

  private Texts() {}

  /**
   * A value as shown in a message: at most {@value #SHOWN} characters, control, line-breaking and
   * unpaired surrogate characters as {@code \\uXXXX}, quoted.
   *
   * @param value the value
   * @return the quoted value
   */
  public static String quote(String value) {
    return "'" + clip(value, SHOWN) + "'";
  }

  /**
   * A text shortened to a number of characters (with an ellipsis) and escaped.
   *
   * @param value the text
   * @param max the most characters kept
   * @return the shortened, escaped text
   */
  public static String clip(String value, int max) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), max) + 8);
    int n = Math.min(value.length(), max);
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        out.append(c).append(value.charAt(++i));
      } else if (Character.isISOControl(c) || Character.isSurrogate(c)
          || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u200e' || c == '\u200f'
          || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (value.length() > n) {
      out.append("\u2026 (").append(value.length()).append(" characters)");
    }
    return out.toString();
  }
}
