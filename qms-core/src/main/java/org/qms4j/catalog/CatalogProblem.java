package org.qms4j.catalog;

import java.util.Objects;

/**
 * One problem found when a catalog is validated, naming the element it concerns.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what is wrong, not null
 * @param element the element concerned, such as {@code clause 8.2 > clause 7.5.3} or {@code
 *     requirement x-1 in clause 4.1}: a clause with at most its two nearest ancestors ({@code ... >}
 *     before them when there are more); clause numbers and texts in it are shortened to 80
 *     characters and escaped, ids (at most 200 letters, digits and safe punctuation) appear whole;
 *     not null
 * @param message a plain-English explanation naming the offending value (shortened and escaped),
 *     not null
 */
public record CatalogProblem(Kind kind, String element, String message) {

  /**
   * Creates a problem.
   *
   * @param kind what is wrong, not null
   * @param element the element concerned, such as {@code clause 8.2 > clause 7.5.3} or {@code requirement x-1 in clause 4.1}; every value in it is shortened and escaped; not null
   * @param message a plain-English explanation naming the offending value (shortened and escaped), not null
   * @throws NullPointerException if a part is null
   */
  public CatalogProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(message, "message");
  }

  /** The kinds of catalog problem. */
  public enum Kind {
    /** The catalog, a clause or a requirement has a blank text. */
    EMPTY_TEXT,
    /** A text is too long or holds a character it may not (a control character, a line break). */
    INVALID_TEXT,
    /** A summary or title runs over more than one line. */
    SUMMARY_NOT_ONE_LINE,
    /** A clause number does not follow the catalog's numbering style, or is too long. */
    MALFORMED_CLAUSE_NUMBER,
    /** A clause number does not extend its parent's number by exactly one segment. */
    CLAUSE_NOT_UNDER_PARENT,
    /** Two clauses share a number. */
    DUPLICATE_CLAUSE_NUMBER,
    /** Two requirements share an id. */
    DUPLICATE_REQUIREMENT_ID,
    /** A reference names a requirement or clause that does not exist. */
    DANGLING_REFERENCE,
    /** Two review inputs of the catalog share a code. */
    DUPLICATE_REVIEW_INPUT,
    /** The clause tree is deeper, or the catalog larger, than the documented limits. */
    TOO_LARGE
  }

  @Override
  public String toString() {
    return element + ": " + message;
  }
}
