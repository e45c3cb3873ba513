package org.qms4j.catalog;

import java.util.List;
import java.util.Objects;
import org.qms4j.InvalidModelException;

/**
 * A requirement together with where it stands: its catalog and the path of clause numbers from the
 * top-level clause down to the clause that holds it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param catalog the catalog holding the requirement, not null
 * @param clausePath the numbers of the holding clause and all its ancestors, outermost first:
 *     {@code [7, 7.5, 7.5.3]} for a requirement of clause {@code 7.5.3}; never empty
 * @param requirement the requirement, not null
 */
public record LocatedRequirement(CatalogId catalog, List<String> clausePath, Requirement requirement) {

  /**
   * Creates a located requirement.
   *
   * @param catalog the catalog holding the requirement, not null
   * @param clausePath the numbers of the holding clause and all its ancestors, outermost first: {@code [7, 7.5, 7.5.3]} for a requirement of clause {@code 7.5.3}; never empty
   * @param requirement the requirement, not null
   * @throws NullPointerException if a part is null
   * @throws InvalidModelException if the clause path is empty
   */
  public LocatedRequirement {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(requirement, "requirement");
    clausePath = List.copyOf(Objects.requireNonNull(clausePath, "clausePath"));
    if (clausePath.isEmpty()) {
      throw new InvalidModelException(
          "located requirement " + requirement.id() + ": clausePath was empty; expected the clause numbers down to its clause");
    }
  }

  /**
   * The requirement's id.
   *
   * @return the id
   */
  public RequirementId id() {
    return requirement.id();
  }

  /**
   * The number of the clause that holds the requirement: the last element of {@link
   * #clausePath()}.
   *
   * @return the clause number
   */
  public String clauseNumber() {
    return clausePath.get(clausePath.size() - 1);
  }

  /**
   * The clause that holds the requirement.
   *
   * @return the clause reference
   */
  public ClauseRef clause() {
    return ClauseRef.of(catalog, clauseNumber());
  }

  /**
   * Tells whether the requirement stands in the clause with the given number or below it.
   *
   * @param number a clause number, not null
   * @return true if the number is on the requirement's clause path
   */
  public boolean isUnder(String number) {
    Objects.requireNonNull(number, "number");
    return clausePath.contains(number);
  }
}
