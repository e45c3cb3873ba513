package org.qms4j.catalog;

import java.util.Objects;

/**
 * Points at one clause of one catalog, such as clause {@code 7.3} of {@code iso-13485:2016}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param catalog the catalog, not null
 * @param number the clause number, not null
 */
public record ClauseRef(CatalogId catalog, String number) {

  /** Creates a reference; both parts are required. */
  public ClauseRef {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(number, "number");
  }

  /**
   * Creates a reference.
   *
   * @param catalog the catalog, not null
   * @param number the clause number, not null
   * @return the reference
   */
  public static ClauseRef of(CatalogId catalog, String number) {
    return new ClauseRef(catalog, number);
  }

  @Override
  public String toString() {
    return catalog + " clause " + number;
  }
}
