package org.qms4j.catalog;

import org.qms4j.InvalidModelException;
import org.qms4j.internal.Checks;

/**
 * The identifier of a catalog: a standard or a local rule set and its edition, such as {@code
 * iso-9001:2015} or {@code acme-local:3}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value 1 to 200 letters, digits or {@code . _ : / # + -}, starting with a letter or digit
 */
public record CatalogId(String value) implements Comparable<CatalogId> {

  /**
   * Creates an identifier.
   *
   * @throws InvalidModelException if the value is not a valid identifier
   */
  public CatalogId {
    Checks.id(value, "catalog id");
  }

  /**
   * Creates an identifier.
   *
   * @param value the identifier, not null
   * @return the identifier
   * @throws InvalidModelException if the value is not a valid identifier
   */
  public static CatalogId of(String value) {
    return new CatalogId(value);
  }

  @Override
  public int compareTo(CatalogId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
