package org.qms4j.catalog;

import org.qms4j.InvalidModelException;
import org.qms4j.internal.Checks;

/**
 * The stable identifier of a requirement, unique across every catalog of a quality system, such
 * as {@code iso-9001:2015/7.5.3-a}. Hosts keep it stable across catalog editions they derive.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value 1 to 200 letters, digits or {@code . _ : / # + - ( )}, starting with a letter or digit
 */
public record RequirementId(String value) implements Comparable<RequirementId> {

  /**
   * Creates an identifier.
   *
   * @param value 1 to 200 letters, digits or {@code . _ : / # + - ( )}, starting with a letter or digit
   * @throws NullPointerException if the value is null
   * @throws InvalidModelException if the value is not a valid identifier
   */
  public RequirementId {
    Checks.id(value, "requirement id");
  }

  /**
   * Creates an identifier.
   *
   * @param value the identifier, not null
   * @return the identifier
   * @throws NullPointerException if the value is null
   * @throws InvalidModelException if the value is not a valid identifier
   */
  public static RequirementId of(String value) {
    return new RequirementId(value);
  }

  /**
   * Reads an identifier from its text form, which is its value ({@link #toString()}).
   *
   * @param text the text form, not null
   * @return the identifier
   * @throws NullPointerException if the text is null
   * @throws InvalidModelException if the text is not a valid identifier
   */
  public static RequirementId parse(String text) {
    return new RequirementId(text);
  }

  @Override
  public int compareTo(RequirementId other) {
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
