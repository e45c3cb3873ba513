package org.qms4j.catalog;

import org.qms4j.InvalidModelException;
import org.qms4j.internal.Checks;

/**
 * The identifier of a {@link MappingSet}, such as {@code iso-13485-to-iso-9001}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value 1 to 200 letters, digits or {@code . _ : / # + - ( )}, starting with a letter or digit
 */
public record MappingSetId(String value) implements Comparable<MappingSetId> {

  /**
   * Creates an identifier.
   *
   * @param value 1 to 200 letters, digits or {@code . _ : / # + - ( )}, starting with a letter or digit
   * @throws NullPointerException if the value is null
   * @throws InvalidModelException if the value is not a valid identifier
   */
  public MappingSetId {
    Checks.id(value, "mapping set id");
  }

  /**
   * Creates an identifier.
   *
   * @param value the identifier, not null
   * @return the identifier
   * @throws NullPointerException if the value is null
   * @throws InvalidModelException if the value is not a valid identifier
   */
  public static MappingSetId of(String value) {
    return new MappingSetId(value);
  }

  /**
   * Reads an identifier from its text form, which is its value ({@link #toString()}).
   *
   * @param text the text form, not null
   * @return the identifier
   * @throws NullPointerException if the text is null
   * @throws InvalidModelException if the text is not a valid identifier
   */
  public static MappingSetId parse(String text) {
    return new MappingSetId(text);
  }

  @Override
  public int compareTo(MappingSetId other) {
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
