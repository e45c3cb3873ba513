package org.qms4j.catalog;

import java.util.Objects;
import org.qms4j.InvalidModelException;
import org.qms4j.internal.Checks;

/**
 * Points at one clause of one catalog, such as clause {@code 7.3} of {@code iso-13485:2016}.
 *
 * <p>Its text form is the catalog id, {@code #}, and the clause number: {@code
 * iso-13485:2016#7.3}, {@code fda-qmsr:2026#820.30(a)}. Catalog ids never hold {@code #}, so the
 * first {@code #} separates the two; {@link #parse} reads the form {@link #toString()} writes. A
 * reference to a clause of a catalog also points at that clause in every catalog derived from it
 * (see {@link Catalog#lineage()}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param catalog the catalog, not null
 * @param number the clause number: 1 to {@value Catalog#MAX_NUMBER} characters, one line, not
 *     blank, no control characters
 */
public record ClauseRef(CatalogId catalog, String number) {

  /**
   * Creates a reference.
   *
   * @param catalog the catalog, not null
   * @param number the clause number: 1 to {@value Catalog#MAX_NUMBER} characters, one line, not blank, no control characters
   * @throws NullPointerException if a part is null
   * @throws InvalidModelException if the number is blank, too long or not one line
   */
  public ClauseRef {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(number, "number");
    Checks.line(number, Catalog.MAX_NUMBER, "clause reference: number " + Checks.quote(number));
  }

  /**
   * Creates a reference.
   *
   * @param catalog the catalog, not null
   * @param number the clause number, not null
   * @return the reference
   * @throws NullPointerException if a part is null
   * @throws InvalidModelException if the number is blank, too long or not one line
   */
  public static ClauseRef of(CatalogId catalog, String number) {
    return new ClauseRef(catalog, number);
  }

  /**
   * Reads a reference from its text form, {@code <catalog id>#<clause number>}.
   *
   * @param text the text form, not null
   * @return the reference
   * @throws NullPointerException if the text is null
   * @throws InvalidModelException if the text has no {@code #}, or either part is invalid
   */
  public static ClauseRef parse(String text) {
    Objects.requireNonNull(text, "text");
    int hash = text.indexOf('#');
    if (hash < 0) {
      throw new InvalidModelException(
          "clause reference was " + Checks.quote(text) + "; expected <catalog id>#<clause number>");
    }
    return new ClauseRef(CatalogId.of(text.substring(0, hash)), text.substring(hash + 1));
  }

  /**
   * The text form, {@code <catalog id>#<clause number>}, which {@link #parse} reads back.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return catalog + "#" + number;
  }
}
