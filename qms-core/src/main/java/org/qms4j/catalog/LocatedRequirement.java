package org.qms4j.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A requirement together with where it stands: its catalog and the number of the clause that holds
 * it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param catalog the catalog holding the requirement, not null
 * @param clauseNumber the number of the clause holding the requirement, not null
 * @param requirement the requirement, not null
 */
public record LocatedRequirement(CatalogId catalog, String clauseNumber, Requirement requirement) {

  /** Creates a located requirement; every part is required. */
  public LocatedRequirement {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(clauseNumber, "clauseNumber");
    Objects.requireNonNull(requirement, "requirement");
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
   * The clause that holds the requirement.
   *
   * @return the clause reference
   */
  public ClauseRef clause() {
    return ClauseRef.of(catalog, clauseNumber);
  }

  /**
   * The numbers of the holding clause and all its ancestors, outermost first: {@code [7, 7.5,
   * 7.5.3]} for a requirement of clause {@code 7.5.3}.
   *
   * @return the clause path, never empty
   */
  public List<String> clausePath() {
    List<String> path = new ArrayList<>();
    int dot = clauseNumber.indexOf('.');
    while (dot >= 0) {
      path.add(clauseNumber.substring(0, dot));
      dot = clauseNumber.indexOf('.', dot + 1);
    }
    path.add(clauseNumber);
    return List.copyOf(path);
  }
}
