package org.qms4j.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qms4j.InvalidModelException;
import org.qms4j.internal.Checks;

/**
 * Thrown when a catalog, or a catalog derived by an extension or a tailoring, has problems. It
 * carries every problem found, not only the first; its message lists the first {@value
 * #SHOWN} and counts the rest.
 */
public class InvalidCatalogException extends InvalidModelException {
  private static final long serialVersionUID = 1L;

  /** How many problems the message lists at most. */
  public static final int SHOWN = 20;

  private final transient List<CatalogProblem> problems;

  /**
   * Creates the exception.
   *
   * @param catalog the id of the catalog concerned, or null when a clause is refused before it
   *     belongs to a catalog
   * @param problems every problem found, not empty
   */
  public InvalidCatalogException(@Nullable CatalogId catalog, List<CatalogProblem> problems) {
    super(message(catalog, problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(@Nullable CatalogId catalog, List<CatalogProblem> problems) {
    return Checks.problemList(catalog == null ? "clause" : "catalog " + catalog, problems, SHOWN);
  }

  /**
   * Every problem found, in the order of the catalog's elements.
   *
   * @return the problems, never empty
   */
  public List<CatalogProblem> problems() {
    return problems;
  }

}
