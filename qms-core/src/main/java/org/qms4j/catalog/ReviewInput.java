package org.qms4j.catalog;

import java.util.Objects;
import org.qms4j.InvalidModelException;
import org.qms4j.internal.Checks;

/**
 * One input a catalog requires top management to review, such as the results of audits (ISO 9001
 * 9.3.2) or complaint handling (ISO 13485 5.6.2). The required inputs differ between standards;
 * they are data of the catalog ({@link Catalog#reviewInputs()}), not code.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code a short slug, unique within the catalog: 1 to 64 lower-case letters, digits and
 *     {@code -}, starting with a letter, such as {@code audit-results}
 * @param description what the input covers, one line of at most {@value Catalog#MAX_TITLE}
 *     characters
 */
public record ReviewInput(String code, String description) {
  /** The longest code accepted. */
  public static final int MAX_CODE = 64;

  /**
   * Creates a review input.
   *
   * @param code a short slug, unique within the catalog
   * @param description what the input covers, one line
   * @throws NullPointerException if a part is null
   * @throws InvalidModelException if the code is not a slug or the description not one line
   */
  public ReviewInput {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(description, "description");
    boolean ok = !code.isEmpty() && code.length() <= MAX_CODE && code.charAt(0) >= 'a' && code.charAt(0) <= 'z';
    for (int i = 1; ok && i < code.length(); i++) {
      char c = code.charAt(i);
      ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }
    if (!ok) {
      throw new InvalidModelException(
          "review input: code was " + Checks.quote(code) + "; expected 1 to " + MAX_CODE + " lower-case letters, digits or -, starting with a letter");
    }
    Checks.line(description, Catalog.MAX_TITLE, "review input " + code + ": description");
  }

  /**
   * Creates a review input.
   *
   * @param code a short slug, unique within the catalog
   * @param description what the input covers, one line
   * @return the review input
   * @throws NullPointerException if a part is null
   * @throws InvalidModelException if the code is not a slug or the description not one line
   */
  public static ReviewInput of(String code, String description) {
    return new ReviewInput(code, description);
  }
}
