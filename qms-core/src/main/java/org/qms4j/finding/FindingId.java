package org.qms4j.finding;

import org.qms4j.InvalidModelException;
import org.qms4j.internal.Checks;

/**
 * The identifier of an audit finding, unique within a quality system.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value 1 to 200 letters, digits or {@code . _ : / # + - ( )}, starting with a letter or digit
 */
public record FindingId(String value) implements Comparable<FindingId> {

  /**
   * Creates an identifier.
   *
   * @param value 1 to 200 letters, digits or {@code . _ : / # + - ( )}, starting with a letter or digit
   * @throws NullPointerException if the value is null
   * @throws InvalidModelException if the value is not a valid identifier
   */
  public FindingId {
    Checks.id(value, "finding id");
  }

  /**
   * Creates an identifier.
   *
   * @param value the identifier, not null
   * @return the identifier
   * @throws NullPointerException if the value is null
   * @throws InvalidModelException if the value is not a valid identifier
   */
  public static FindingId of(String value) {
    return new FindingId(value);
  }

  /**
   * Reads an identifier from its text form, which is its value ({@link #toString()}).
   *
   * @param text the text form, not null
   * @return the identifier
   * @throws NullPointerException if the text is null
   * @throws InvalidModelException if the text is not a valid identifier
   */
  public static FindingId parse(String text) {
    return new FindingId(text);
  }

  @Override
  public int compareTo(FindingId other) {
    return value.compareTo(other.value);
  }

  /**
   * The text form: the value itself, which {@link #parse} reads back.
   *
   * @return the value
   */
  @Override
  public String toString() {
    return value;
  }
}
