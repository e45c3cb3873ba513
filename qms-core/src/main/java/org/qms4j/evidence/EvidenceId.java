package org.qms4j.evidence;

import org.qms4j.InvalidModelException;
import org.qms4j.internal.Checks;

/**
 * The identifier of an evidence item, unique within a quality system.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value 1 to 200 letters, digits or {@code . _ : / # + -}, starting with a letter or digit
 */
public record EvidenceId(String value) implements Comparable<EvidenceId> {

  /**
   * Creates an identifier.
   *
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
   * @throws InvalidModelException if the value is not a valid identifier
   */
  public static EvidenceId of(String value) {
    return new EvidenceId(value);
  }

  @Override
  public int compareTo(EvidenceId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
