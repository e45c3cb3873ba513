package org.qms4j.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed between two catalogs, typically two editions of one standard (ISO 9001:2015 and its
 * coming revision) or a base and a catalog derived from it: clauses added, removed and retitled,
 * requirements added, removed and changed. Clauses are matched by number, requirements by id.
 *
 * <p>A record of lists computed by {@link #between}, never built by hand. Immutable and
 * thread-safe.
 *
 * @param from the earlier catalog's id
 * @param to the later catalog's id
 * @param addedClauses clause numbers only the later catalog holds, in its document order
 * @param removedClauses clause numbers only the earlier catalog holds, in its document order
 * @param retitledClauses clauses both hold under different titles, in the later document order
 * @param addedRequirements requirement ids only the later catalog holds
 * @param removedRequirements requirement ids only the earlier catalog holds
 * @param changedRequirements requirements both hold whose summary, expected evidence, exclusion
 *     rule or clause differ
 */
public record CatalogDiff(
    CatalogId from,
    CatalogId to,
    List<String> addedClauses,
    List<String> removedClauses,
    List<Retitled> retitledClauses,
    List<RequirementId> addedRequirements,
    List<RequirementId> removedRequirements,
    List<RequirementId> changedRequirements) {

  /**
   * Creates a diff; the lists are copied.
   *
   * @param from the earlier catalog's id
   * @param to the later catalog's id
   * @param addedClauses clause numbers only the later catalog holds
   * @param removedClauses clause numbers only the earlier catalog holds
   * @param retitledClauses clauses both hold under different titles
   * @param addedRequirements requirement ids only the later catalog holds
   * @param removedRequirements requirement ids only the earlier catalog holds
   * @param changedRequirements requirements both hold that differ
   * @throws NullPointerException if a part is null
   */
  public CatalogDiff {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    addedClauses = List.copyOf(addedClauses);
    removedClauses = List.copyOf(removedClauses);
    retitledClauses = List.copyOf(retitledClauses);
    addedRequirements = List.copyOf(addedRequirements);
    removedRequirements = List.copyOf(removedRequirements);
    changedRequirements = List.copyOf(changedRequirements);
  }

  /**
   * A clause both catalogs hold under different titles.
   *
   * @param number the clause number
   * @param before the earlier title
   * @param after the later title
   */
  public record Retitled(String number, String before, String after) {

    /**
     * Creates a retitling.
     *
     * @param number the clause number
     * @param before the earlier title
     * @param after the later title
     * @throws NullPointerException if a part is null
     */
    public Retitled {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }
  }

  /**
   * Compares two catalogs.
   *
   * @param from the earlier catalog, not null
   * @param to the later catalog, not null
   * @return the differences
   * @throws NullPointerException if an argument is null
   */
  public static CatalogDiff between(Catalog from, Catalog to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    List<String> added = new ArrayList<>();
    List<Retitled> retitled = new ArrayList<>();
    for (String n : to.clauseNumbers()) {
      Optional<Clause> before = from.clause(n);
      if (before.isEmpty()) {
        added.add(n);
      } else {
        String after = to.clause(n).orElseThrow().title();
        if (!before.get().title().equals(after)) {
          retitled.add(new Retitled(n, before.get().title(), after));
        }
      }
    }
    List<String> removed = new ArrayList<>();
    for (String n : from.clauseNumbers()) {
      if (to.clause(n).isEmpty()) {
        removed.add(n);
      }
    }
    Map<RequirementId, LocatedRequirement> earlier = from.index().requirements;
    Map<RequirementId, LocatedRequirement> later = to.index().requirements;
    List<RequirementId> addedRequirements = new ArrayList<>();
    List<RequirementId> changed = new ArrayList<>();
    for (LocatedRequirement r : to.requirements()) {
      LocatedRequirement before = earlier.get(r.id());
      if (before == null) {
        addedRequirements.add(r.id());
      } else if (differs(before, r)) {
        changed.add(r.id());
      }
    }
    List<RequirementId> removedRequirements = new ArrayList<>();
    for (LocatedRequirement r : from.requirements()) {
      if (!later.containsKey(r.id())) {
        removedRequirements.add(r.id());
      }
    }
    return new CatalogDiff(from.id(), to.id(), added, removed, retitled, addedRequirements, removedRequirements, changed);
  }

  private static boolean differs(LocatedRequirement a, LocatedRequirement b) {
    Requirement x = a.requirement();
    Requirement y = b.requirement();
    return !x.summary().equals(y.summary())
        || !x.expectedEvidence().equals(y.expectedEvidence())
        || x.exclusionRule() != y.exclusionRule()
        || !a.clauseNumber().equals(b.clauseNumber());
  }

  /**
   * Tells whether the two catalogs hold the same clauses, titles and requirements.
   *
   * @return true if nothing was added, removed, retitled or changed
   */
  public boolean isEmpty() {
    return addedClauses.isEmpty()
        && removedClauses.isEmpty()
        && retitledClauses.isEmpty()
        && addedRequirements.isEmpty()
        && removedRequirements.isEmpty()
        && changedRequirements.isEmpty();
  }
}
