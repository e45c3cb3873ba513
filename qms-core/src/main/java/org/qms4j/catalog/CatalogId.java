package org.qms4j.catalog;

import org.qms4j.InvalidModelException;
import org.qms4j.internal.Checks;

/**
 * The identifier of a catalog: a standard or a local rule set and its edition, such as {@code
 * iso-9001:2015} or {@code acme-local:3}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value 1 to 200 letters, digits or {@code . _ : / + -}, starting with a letter or digit
 *     (no {@code #}: it separates the catalog from the clause number in a {@link ClauseRef})
 */
public record CatalogId(String value) implements Comparable<CatalogId> {

  /**
   * Creates an identifier.
   *
   * @param value 1 to 200 letters, digits or {@code . _ : / + -}, starting with a letter or digit (no {@code #}: it separates the catalog from the clause number in a {@link ClauseRef})
   * @throws NullPointerException if the value is null
   * @throws InvalidModelException if the value is not a valid identifier
   */
  public CatalogId {
    Checks.id(value, "catalog id", "._:/+-");
  }

  /**
   * Creates an identifier.
   *
   * @param value the identifier, not null
   * @return the identifier
   * @throws NullPointerException if the value is null
   * @throws InvalidModelException if the value is not a valid identifier
   */
  public static CatalogId of(String value) {
    return new CatalogId(value);
  }

  /**
   * Reads an identifier from its text form, which is its value ({@link #toString()}).
   *
   * @param text the text form, not null
   * @return the identifier
   * @throws NullPointerException if the text is null
   * @throws InvalidModelException if the text is not a valid identifier
   */
  public static CatalogId parse(String text) {
    return new CatalogId(text);
  }

  @Override
  public int compareTo(CatalogId other) {
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
