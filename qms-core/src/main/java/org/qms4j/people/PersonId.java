package org.qms4j.people;

import org.qms4j.InvalidModelException;
import org.qms4j.internal.Checks;

/**
 * The identifier of a person who acts in the quality system: raises, implements, verifies, approves or audits. The people register (roles, competence) builds on it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value 1 to 200 letters, digits or {@code . _ : / # + - ( )}, starting with a letter or digit
 */
public record PersonId(String value) implements Comparable<PersonId> {

  /**
   * Creates an identifier.
   *
   * @param value 1 to 200 letters, digits or {@code . _ : / # + - ( )}, starting with a letter or digit
   * @throws NullPointerException if the value is null
   * @throws InvalidModelException if the value is not a valid identifier
   */
  public PersonId {
    Checks.id(value, "person id");
  }

  /**
   * Creates an identifier.
   *
   * @param value the identifier, not null
   * @return the identifier
   * @throws NullPointerException if the value is null
   * @throws InvalidModelException if the value is not a valid identifier
   */
  public static PersonId of(String value) {
    return new PersonId(value);
  }

  /**
   * Reads an identifier from its text form, which is its value ({@link #toString()}).
   *
   * @param text the text form, not null
   * @return the identifier
   * @throws NullPointerException if the text is null
   * @throws InvalidModelException if the text is not a valid identifier
   */
  public static PersonId parse(String text) {
    return new PersonId(text);
  }

  @Override
  public int compareTo(PersonId other) {
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
