package org.qms4j.catalog;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.qms4j.internal.Checks;
import org.qms4j.internal.QmsStyle;

/**
 * A clause of a catalog: a number such as {@code 7.5.3} (or a free label such as {@code
 * 820.30(a)}, see {@link NumberingStyle}), an optional display label, a short title, the
 * requirements it holds and its sub-clauses.
 *
 * <p>A clause's texts and number are checked together with the catalog that holds it, so that every
 * problem of a catalog is reported at once (see {@link Catalog}). Only the depth of the tree is
 * checked when a clause is built: a clause with more than {@value Catalog#MAX_DEPTH} levels
 * (itself included) is refused, so that no tree is ever deep enough to exhaust a stack. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * Clause c = Clause.builder()
 *     .number("7.5")
 *     .title("Documented information")
 *     .addSubClause(Clause.builder().number("7.5.3").title("Control of documented information")
 *         .addRequirement(requirement)
 *         .build())
 *     .build();
 * // a copy with one more requirement; c is unchanged
 * Clause more = Clause.builder().from(c).addRequirement(another).build();
 * }</pre>
 */
@Value.Immutable
@QmsStyle
public abstract class Clause {

  Clause() {}

  /**
   * Returns a new builder. Its setters: {@code number}, {@code title}, {@code label}, {@code
   * addRequirement}/{@code requirements}, {@code addSubClause}/{@code subClauses}; {@code
   * from(clause)} copies an existing clause.
   *
   * @return a builder with no attribute set
   */
  public static ImmutableClause.Builder builder() {
    return new ImmutableClause.Builder();
  }

  /**
   * The clause number: {@code 4}, {@code 7.5.3}, {@code A.2}, or a free label in a {@link
   * NumberingStyle#FREE} catalog. Unique within its catalog.
   *
   * @return the number
   */
  public abstract String number();

  /**
   * How the clause is shown to people, where that differs from its number ({@code § 820.30(a)}).
   *
   * @return the display label, if any
   */
  public abstract Optional<String> label();

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

  /**
   * How many levels the tree below and including this clause has: 1 for a clause without
   * sub-clauses. Computed when the clause is built; not part of equality.
   *
   * @return the depth, from 1 to {@value Catalog#MAX_DEPTH}
   */
  @Value.Derived
  @Value.Auxiliary
  public int depth() {
    int deepest = 0;
    for (Clause sub : subClauses()) {
      deepest = Math.max(deepest, sub.depth());
    }
    return deepest + 1;
  }

  @Value.Check
  void check() {
    if (depth() > Catalog.MAX_DEPTH) {
      throw new InvalidCatalogException(
          null,
          List.of(
              new CatalogProblem(
                  CatalogProblem.Kind.TOO_LARGE,
                  "clause " + Checks.printable(number()),
                  "its tree is "
                      + depth()
                      + " levels deep; expected at most "
                      + Catalog.MAX_DEPTH)));
    }
  }
}
