package org.qms4j.audit;

import org.qms4j.InvalidModelException;
import org.qms4j.internal.Checks;

/**
 * The identifier of an audit, internal or external.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value 1 to 200 letters, digits or {@code . _ : / # + -}, starting with a letter or digit
 */
public record AuditId(String value) implements Comparable<AuditId> {

  /**
   * Creates an identifier.
   *
   * @throws InvalidModelException if the value is not a valid identifier
   */
  public AuditId {
    Checks.id(value, "audit id");
  }

  /**
   * Creates an identifier.
   *
   * @param value the identifier, not null
   * @return the identifier
   * @throws InvalidModelException if the value is not a valid identifier
   */
  public static AuditId of(String value) {
    return new AuditId(value);
  }

  @Override
  public int compareTo(AuditId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
