package org.qms4j.internal;

import java.util.regex.Pattern;
import org.qms4j.InvalidModelException;

/** Argument checks that throw {@link InvalidModelException} with messages naming the value. */
public final class Checks {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/#+\\-]{0,199}");

  private Checks() {}

  /**
   * Checks the syntax of an identifier.
   *
   * @param value the identifier
   * @param what what the identifier identifies, for the message
   * @return the value
   */
  public static String id(String value, String what) {
    if (value == null) {
      throw new InvalidModelException(what + " was null; expected 1 to 200 characters");
    }
    if (!ID.matcher(value).matches()) {
      throw new InvalidModelException(
          what
              + " was '"
              + printable(value)
              + "'; expected 1 to 200 letters, digits or . _ : / # + -, starting with a letter or"
              + " digit");
    }
    return value;
  }

  /**
   * Checks that a text is not blank.
   *
   * @param value the text
   * @param what the field, for the message
   * @return the value
   */
  public static String notBlank(String value, String what) {
    if (value.isBlank()) {
      throw new InvalidModelException(what + " was blank; expected some text");
    }
    return value;
  }

  /**
   * Shortens and escapes a value for an error message.
   *
   * @param value any text
   * @return at most 80 characters, control characters escaped
   */
  public static String printable(String value) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    for (; i < value.length(); i++) {
      char c = value.charAt(i);
      String shown = Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
      if (out.length() + shown.length() > 80) {
        break;
      }
      out.append(shown);
    }
    if (i < value.length()) {
      out.append("...");
    }
    return out.toString();
  }
}
