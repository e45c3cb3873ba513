package org.qms4j.finding;

import org.qms4j.InvalidModelException;
import org.qms4j.internal.Checks;

/**
 * The identifier of an audit finding, unique within a quality system.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value 1 to 200 letters, digits or {@code . _ : / # + -}, starting with a letter or digit
 */
public record FindingId(String value) implements Comparable<FindingId> {

  /**
   * Creates an identifier.
   *
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
   * @throws InvalidModelException if the value is not a valid identifier
   */
  public static FindingId of(String value) {
    return new FindingId(value);
  }

  @Override
  public int compareTo(FindingId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
