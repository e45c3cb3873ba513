package org.qms4j.catalog;

import org.qms4j.InvalidModelException;
import org.qms4j.internal.Checks;

/**
 * The stable identifier of a requirement, unique across every catalog of a quality system, such
 * as {@code iso-9001:2015/7.5.3-a}. Hosts keep it stable across catalog editions they derive.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value 1 to 200 letters, digits or {@code . _ : / # + -}, starting with a letter or digit
 */
public record RequirementId(String value) implements Comparable<RequirementId> {

  /**
   * Creates an identifier.
   *
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
   * @throws InvalidModelException if the value is not a valid identifier
   */
  public static RequirementId of(String value) {
    return new RequirementId(value);
  }

  @Override
  public int compareTo(RequirementId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
