package org.qms4j.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The look-up tables of one catalog: clauses by number and requirements by id, in document order. */
final class CatalogIndex {
  final Map<String, Clause> clauses;
  final Map<RequirementId, LocatedRequirement> requirements;

  CatalogIndex(Catalog catalog) {
    Map<String, Clause> byNumber = new LinkedHashMap<>();
    indexClauses(catalog.clauses(), byNumber);
    Map<RequirementId, LocatedRequirement> byId = new LinkedHashMap<>();
    for (Clause clause : byNumber.values()) {
      for (Requirement requirement : clause.requirements()) {
        byId.put(requirement.id(), new LocatedRequirement(catalog.id(), clause.number(), requirement));
      }
    }
    this.clauses = Collections.unmodifiableMap(byNumber);
    this.requirements = Collections.unmodifiableMap(byId);
  }

  private static void indexClauses(List<Clause> clauses, Map<String, Clause> index) {
    for (Clause clause : clauses) {
      index.put(clause.number(), clause);
      indexClauses(clause.subClauses(), index);
    }
  }
}
