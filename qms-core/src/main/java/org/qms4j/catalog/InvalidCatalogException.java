package org.qms4j.catalog;

import java.util.List;
import java.util.stream.Collectors;
import org.qms4j.InvalidModelException;

/**
 * Thrown when a catalog, or a catalog derived by an extension, has problems. It carries every
 * problem found, not only the first.
 */
public class InvalidCatalogException extends InvalidModelException {
  private static final long serialVersionUID = 1L;

  private final transient List<CatalogProblem> problems;

  /**
   * Creates the exception.
   *
   * @param catalog the id of the catalog concerned, not null
   * @param problems every problem found, not empty
   */
  public InvalidCatalogException(CatalogId catalog, List<CatalogProblem> problems) {
    super(message(catalog, problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(CatalogId catalog, List<CatalogProblem> problems) {
    return "catalog "
        + catalog
        + " has "
        + problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + ":"
        + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining());
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
