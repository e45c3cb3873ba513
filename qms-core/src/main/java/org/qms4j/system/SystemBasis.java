package org.qms4j.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.MappingSet;
import org.qms4j.catalog.MappingSetId;
import org.qms4j.catalog.RequirementId;
import org.qms4j.internal.Checks;

/**
 * What a quality system is judged against, apart from its registers: the catalogs and their
 * requirements, the exclusions resolved to requirements, and the mapping sets. Shared by every
 * snapshot in which they do not change.
 */
final class SystemBasis {
  final List<Catalog> catalogs;
  final Map<CatalogId, Catalog> byId;
  final RequirementTable table;
  final List<Exclusion> exclusions;
  final Map<RequirementId, Exclusion> excluded;
  final List<MappingSet> mappingSets;
  final Map<MappingSetId, MappingSet> setsById;

  private SystemBasis(
      List<Catalog> catalogs,
      Map<CatalogId, Catalog> byId,
      RequirementTable table,
      List<Exclusion> exclusions,
      Map<RequirementId, Exclusion> excluded,
      List<MappingSet> mappingSets,
      Map<MappingSetId, MappingSet> setsById) {
    this.catalogs = catalogs;
    this.byId = byId;
    this.table = table;
    this.exclusions = exclusions;
    this.excluded = excluded;
    this.mappingSets = mappingSets;
    this.setsById = setsById;
  }

  static SystemBasis of(
      List<Catalog> catalogs, List<Exclusion> exclusions, List<MappingSet> mappingSets, List<SystemProblem> problems) {
    Map<CatalogId, Catalog> byId = new LinkedHashMap<>();
    for (Catalog c : catalogs) {
      byId.put(c.id(), c);
    }
    RequirementTable table = RequirementTable.of(catalogs, problems);
    SystemBasis shell =
        new SystemBasis(List.copyOf(catalogs), Collections.unmodifiableMap(byId), table, List.of(), Map.of(), List.of(), Map.of());
    return shell.withExclusions(exclusions, problems).withMappingSets(mappingSets, problems);
  }

  /** The same catalogs with other exclusions; problems are added for those that cannot stand. */
  SystemBasis withExclusions(List<Exclusion> given, List<SystemProblem> problems) {
    List<Exclusion> list = List.copyOf(new LinkedHashSet<>(given));
    Map<RequirementId, Exclusion> index = new HashMap<>();
    for (Exclusion exclusion : list) {
      String element = "exclusion of " + Checks.printable(exclusion.target());
      List<LocatedRequirement> targets = new ArrayList<>();
      if (exclusion.requirement().isPresent()) {
        int i = table.ordinal(exclusion.requirement().get());
        if (i < 0) {
          problems.add(unknown(element, "no catalog of the system holds the requirement"));
          continue;
        }
        targets.add(table.get(i));
      } else {
        ClauseRef clause = exclusion.clause().orElseThrow();
        boolean found = false;
        for (Catalog c : catalogs) {
          if (c.isBasedOn(clause.catalog()) && c.clause(clause.number()).isPresent()) {
            found = true;
            targets.addAll(c.requirementsUnder(clause.number()));
          }
        }
        if (!found) {
          problems.add(unknown(element, "no catalog of the system (or derived from " + clause.catalog() + ") holds the clause"));
          continue;
        }
      }
      for (LocatedRequirement target : targets) {
        if (!target.requirement().exclusionRule().permitsExclusion()) {
          problems.add(
              new SystemProblem(
                  SystemProblem.Kind.EXCLUSION_NOT_PERMITTED,
                  element,
                  "would exclude requirement " + target.id() + ", which its catalog does not permit to be excluded"));
          continue;
        }
        Exclusion earlier = index.putIfAbsent(target.id(), exclusion);
        if (earlier != null) {
          problems.add(
              new SystemProblem(
                  SystemProblem.Kind.CONFLICTING_EXCLUSIONS,
                  element,
                  "also excludes requirement "
                      + target.id()
                      + ", already excluded by the exclusion of "
                      + earlier.target()
                      + " ("
                      + Checks.quote(earlier.justification())
                      + " against "
                      + Checks.quote(exclusion.justification())
                      + "); keep one"));
        }
      }
    }
    return new SystemBasis(catalogs, byId, table, list, Collections.unmodifiableMap(index), mappingSets, setsById);
  }

  /** The same catalogs and exclusions with other mapping sets. */
  SystemBasis withMappingSets(List<MappingSet> given, List<SystemProblem> problems) {
    Map<MappingSetId, MappingSet> sets = new LinkedHashMap<>();
    for (MappingSet set : given) {
      String element = "mapping set " + Checks.printable(set.id().value());
      if (sets.putIfAbsent(set.id(), set) != null) {
        problems.add(new SystemProblem(SystemProblem.Kind.DUPLICATE_ID, element, "was added more than once"));
        continue;
      }
      for (CatalogId id : new LinkedHashSet<>(List.of(set.sourceCatalog(), set.targetCatalog()))) {
        if (holding(id) == null) {
          problems.add(unknown(element, "maps catalog " + id + ", which the system does not hold (nor one derived from it)"));
        }
      }
    }
    return new SystemBasis(
        catalogs, byId, table, exclusions, excluded, List.copyOf(sets.values()), Collections.unmodifiableMap(sets));
  }

  /** The catalog of the system that is or derives from the given one, or null. */
  @Nullable Catalog holding(CatalogId id) {
    Catalog exact = byId.get(id);
    if (exact != null) {
      return exact;
    }
    for (Catalog c : catalogs) {
      if (c.isBasedOn(id)) {
        return c;
      }
    }
    return null;
  }

  private static SystemProblem unknown(String element, String message) {
    return new SystemProblem(SystemProblem.Kind.UNKNOWN_REFERENCE, element, message);
  }
}
