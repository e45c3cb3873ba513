package org.qms4j.catalog;

import java.util.List;
import org.immutables.value.Value;
import org.qms4j.internal.QmsStyle;

/**
 * A clause of a catalog: a number such as {@code 7.5.3}, a short title, the requirements it holds
 * and its sub-clauses. A sub-clause's number extends its parent's by one segment ({@code 7.5.3}
 * under {@code 7.5}).
 *
 * <p>A clause is checked together with the catalog that holds it, so that every problem of a
 * catalog is reported at once (see {@link Catalog}). Immutable and thread-safe.
 */
@Value.Immutable
@QmsStyle
public abstract class Clause {

  Clause() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static ImmutableClause.Builder builder() {
    return new ImmutableClause.Builder();
  }

  /**
   * The clause number, segments separated by dots: {@code 4}, {@code 7.5.3}, {@code A.2}.
   *
   * @return the number
   */
  public abstract String number();

  /**
   * The short title of the clause.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The requirements this clause holds directly, in document order.
   *
   * @return the requirements, possibly empty
   */
  public abstract List<Requirement> requirements();

  /**
   * The sub-clauses, in document order.
   *
   * @return the sub-clauses, possibly empty
   */
  public abstract List<Clause> subClauses();
}
