package org.qms4j.evidence;

import org.qms4j.InvalidModelException;
import org.qms4j.internal.Checks;

/**
 * The identifier of an evidence item, unique within a quality system.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value 1 to 200 letters, digits or {@code . _ : / # + - ( )}, starting with a letter or digit
 */
public record EvidenceId(String value) implements Comparable<EvidenceId> {

  /**
   * Creates an identifier.
   *
   * @param value 1 to 200 letters, digits or {@code . _ : / # + - ( )}, starting with a letter or digit
   * @throws NullPointerException if the value is null
   * @throws InvalidModelException if the value is not a valid identifier
   */
  public EvidenceId {
    Checks.id(value, "evidence id");
  }

  /**
   * Creates an identifier.
   *
   * @param value the identifier, not null
   * @return the identifier
   * @throws NullPointerException if the value is null
   * @throws InvalidModelException if the value is not a valid identifier
   */
  public static EvidenceId of(String value) {
    return new EvidenceId(value);
  }

  /**
   * Reads an identifier from its text form, which is its value ({@link #toString()}).
   *
   * @param text the text form, not null
   * @return the identifier
   * @throws NullPointerException if the text is null
   * @throws InvalidModelException if the text is not a valid identifier
   */
  public static EvidenceId parse(String text) {
    return new EvidenceId(text);
  }

  @Override
  public int compareTo(EvidenceId other) {
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
