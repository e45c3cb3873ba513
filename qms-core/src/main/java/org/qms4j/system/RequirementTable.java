package org.qms4j.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.internal.Checks;

/**
 * The requirements of a system's catalogs in order, each with its ordinal, shared by every snapshot
 * whose catalogs are the same.
 */
final class RequirementTable {
  final List<LocatedRequirement> list;
  private final Map<RequirementId, Integer> ordinals;

  private RequirementTable(List<LocatedRequirement> list, Map<RequirementId, Integer> ordinals) {
    this.list = list;
    this.ordinals = ordinals;
  }

  /** Indexes the catalogs' requirements, reporting ids that repeat across catalogs. */
  static RequirementTable of(List<Catalog> catalogs, List<SystemProblem> problems) {
    List<LocatedRequirement> list = new ArrayList<>();
    Map<RequirementId, Integer> ordinals = new HashMap<>();
    for (Catalog catalog : catalogs) {
      for (LocatedRequirement located : catalog.requirements()) {
        Integer earlier = ordinals.putIfAbsent(located.id(), list.size());
        if (earlier != null) {
          problems.add(
              new SystemProblem(
                  SystemProblem.Kind.REPEATED_REQUIREMENT_ID,
                  "requirement " + Checks.printable(located.id().value()),
                  "is held by both "
                      + list.get(earlier).catalog()
                      + " and "
                      + located.catalog()
                      + "; requirement ids must be unique across catalogs (a catalog and one derived"
                      + " from it are alternatives)"));
        } else {
          list.add(located);
        }
      }
    }
    return new RequirementTable(Collections.unmodifiableList(list), ordinals);
  }

  int size() {
    return list.size();
  }

  /** The ordinal of a requirement, or -1 if no catalog holds it. */
  int ordinal(RequirementId id) {
    Integer i = ordinals.get(id);
    return i == null ? -1 : i;
  }

  LocatedRequirement get(int ordinal) {
    return list.get(ordinal);
  }
}
