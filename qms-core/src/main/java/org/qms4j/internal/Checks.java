package org.qms4j.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.qms4j.InvalidModelException;

/**
 * Argument checks that throw {@link InvalidModelException} with messages naming the value, and the
 * one way every value is quoted in a message ({@link #printable}).
 */
public final class Checks {
  /** The longest identifier accepted. */
  public static final int MAX_ID = 200;

  private Checks() {}

  /**
   * Checks the syntax of an identifier: 1 to {@value #MAX_ID} characters, letters, digits and
   * {@code . _ : / # + - ( )}, starting with a letter or digit.
   *
   * @param value the identifier
   * @param what what the identifier identifies, for the message
   * @return the value
   */
  public static String id(@Nullable String value, String what) {
    return id(value, what, "._:/#+-()");
  }

  /**
   * Checks the syntax of an identifier made of letters, digits and the given punctuation.
   *
   * @param value the identifier
   * @param what what the identifier identifies, for the message
   * @param punctuation the punctuation allowed after the first character
   * @return the value
   */
  public static String id(@Nullable String value, String what, String punctuation) {
    if (value == null) {
      throw new NullPointerException(what);
    }
    int n = value.length();
    boolean ok = n >= 1 && n <= MAX_ID && isAsciiLetterOrDigit(value.charAt(0));
    for (int i = 1; ok && i < n; i++) {
      char c = value.charAt(i);
      ok = isAsciiLetterOrDigit(c) || punctuation.indexOf(c) >= 0;
    }
    if (!ok) {
      throw new InvalidModelException(
          what
              + " was "
              + quote(value)
              + "; expected 1 to "
              + MAX_ID
              + " letters, digits or "
              + String.join(" ", punctuation.split(""))
              + ", starting with a letter or digit");
    }
    return value;
  }

  /**
   * Tells whether a character is an ASCII letter or digit.
   *
   * @param c the character
   * @return true for {@code A-Z}, {@code a-z} and {@code 0-9}
   */
  public static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * Tells whether text is a URI of the plain form {@code scheme://host[/path][?query]}, with a host
   * of letters, digits, dots and hyphens and a path and query of unreserved characters, sub-delims,
   * {@code :}, {@code @}, {@code /} and {@code ?}: a form {@link java.net.URI} always accepts, so
   * that the common reference needs no full parse. False says nothing: the text may still be a URI.
   *
   * @param s the text
   * @return true if it is of the plain form
   */
  public static boolean isPlainUri(String s) {
    int n = s.length();
    if (n == 0 || !isAsciiLetter(s.charAt(0))) {
      return false;
    }
    int i = 1;
    while (i < n && (isAsciiLetterOrDigit(s.charAt(i)) || "+-.".indexOf(s.charAt(i)) >= 0)) {
      i++;
    }
    if (!s.startsWith("://", i)) {
      return false;
    }
    i += 3;
    int host = i;
    while (i < n && (isAsciiLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '-')) {
      i++;
    }
    if (i == host || i < n && s.charAt(i) != '/' && s.charAt(i) != '?') {
      return false;
    }
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (!isAsciiLetterOrDigit(c) && "-._~!$&'()*+,;=:@/?".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /**
   * Checks a one-line text: not blank, at most {@code max} characters, no control character and no
   * line or paragraph separator.
   *
   * @param value the text
   * @param max the longest text accepted
   * @param what the field, for the message
   * @return the value
   */
  public static String line(String value, int max, String what) {
    String problem = lineProblem(value, max);
    if (problem != null) {
      throw new InvalidModelException(what + " " + problem);
    }
    return value;
  }

  /**
   * Checks a text that may run over several lines: not blank, at most {@code max} characters, no
   * control character but tab, line feed and carriage return.
   *
   * @param value the text
   * @param max the longest text accepted
   * @param what the field, for the message
   * @return the value
   */
  public static String text(String value, int max, String what) {
    String problem = textProblem(value, max);
    if (problem != null) {
      throw new InvalidModelException(what + " " + problem);
    }
    return value;
  }

  /**
   * What is wrong with a one-line text, or null if nothing is.
   *
   * @param value the text
   * @param max the longest text accepted
   * @return a phrase such as {@code "was blank; expected some text"}, or null
   */
  public static @Nullable String lineProblem(String value, int max) {
    String problem = lengthProblem(value, max);
    if (problem != null) {
      return problem;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isLineBreaking(c) || Character.isISOControl(c)) {
        return "holds " + describe(c) + " at index " + i + "; expected one line without control characters";
      }
      if (isInvisible(value, i)) {
        return "holds " + describe(c) + " at index " + i + "; expected no invisible formatting character or lone surrogate";
      }
    }
    return null;
  }

  /**
   * Whether the character at {@code i} is an invisible formatting character (zero-width space,
   * byte-order mark, bidirectional overrides: Unicode category Cf) or half of a broken surrogate
   * pair.
   */
  private static boolean isInvisible(String value, int i) {
    char c = value.charAt(i);
    if (Character.getType(c) == Character.FORMAT) {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
    }
    return false;
  }

  /**
   * What is wrong with a text that may run over several lines, or null if nothing is.
   *
   * @param value the text
   * @param max the longest text accepted
   * @return a phrase, or null
   */
  public static @Nullable String textProblem(String value, int max) {
    String problem = lengthProblem(value, max);
    if (problem != null) {
      return problem;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        return "holds " + describe(c) + " at index " + i + "; expected no control characters but tab and line breaks";
      }
    }
    return null;
  }

  private static @Nullable String lengthProblem(String value, int max) {
    if (value.isBlank()) {
      return "was blank; expected some text";
    }
    if (value.length() > max) {
      return "was " + value.length() + " characters long; expected at most " + max;
    }
    return null;
  }

  /**
   * Tells whether a text holds a line break: line feed, carriage return, vertical tab, form feed,
   * next line (U+0085), line or paragraph separator (U+2028, U+2029).
   *
   * @param value the text
   * @return true if it holds one
   */
  public static boolean hasLineBreak(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (isLineBreaking(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Line feed, carriage return, vertical tab, form feed, next line, line and paragraph separator. */
  private static boolean isLineBreaking(char c) {
    return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028'
        || c == '\u2029';
  }

  private static String describe(char c) {
    return String.format("character U+%04X", (int) c);
  }

  /**
   * Shortens and escapes a value for an error message: at most 80 characters of it, control
   * characters, line and paragraph separators, invisible formatting characters (such as
   * bidirectional overrides), broken surrogates, quotes and backslashes escaped, {@code ...} where
   * it was cut. Every value a message quotes goes through here.
   *
   * @param value any text
   * @return the shortened, escaped text, without quotes
   */
  public static String printable(String value) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), 84) + 4);
    int i = 0;
    while (i < value.length()) {
      char c = value.charAt(i);
      String shown;
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        shown = value.substring(i, i + 2);
      } else if (Character.isISOControl(c)
          || isLineBreaking(c)
          || Character.isSurrogate(c)
          || Character.getType(c) == Character.FORMAT) {
        shown = String.format("\\u%04x", (int) c);
      } else if (c == '\'' || c == '\\') {
        shown = "\\" + c;
      } else {
        shown = String.valueOf(c);
      }
      if (out.length() + shown.length() > 80) {
        break;
      }
      out.append(shown);
      i += shown.length() == 2 && Character.isHighSurrogate(c) ? 2 : 1;
    }
    if (i < value.length()) {
      out.append("...");
    }
    return out.toString();
  }

  /**
   * Quotes a value for an error message: {@link #printable} between single quotes.
   *
   * @param value any text
   * @return the quoted value
   */
  public static String quote(String value) {
    return "'" + printable(value) + "'";
  }

  /**
   * A message that lists the first {@code shown} problems and counts the rest, so that it stays
   * short however many problems there are.
   *
   * @param subject what has the problems, such as {@code catalog x}
   * @param problems the problems, not empty; each shown by its {@code toString}
   * @param shown how many to list at most
   * @return the message
   */
  public static String problemList(String subject, java.util.List<?> problems, int shown) {
    StringBuilder s = new StringBuilder(subject).append(" has ").append(problems.size());
    s.append(problems.size() == 1 ? " problem:" : " problems:");
    int n = Math.min(shown, problems.size());
    for (int i = 0; i < n; i++) {
      s.append("\n  - ").append(problems.get(i));
    }
    if (n < problems.size()) {
      s.append("\n  ... and ").append(problems.size() - n).append(" more (see problems())");
    }
    return s.toString();
  }

  /**
   * Lists values for a message: the first {@code max}, each through {@link #printable}, and how
   * many more there are: {@code [a, b, c, ... and 7 more]}.
   *
   * @param values the values, shown by their {@code toString}
   * @param max how many to show at most
   * @return the list as text
   */
  public static String listed(java.util.Collection<?> values, int max) {
    StringBuilder s = new StringBuilder("[");
    int shown = 0;
    for (Object v : values) {
      if (shown == max) {
        s.append(", ... and ").append(values.size() - max).append(" more");
        break;
      }
      s.append(shown == 0 ? "" : ", ").append(printable(String.valueOf(v)));
      shown++;
    }
    return s.append(']').toString();
  }
}
