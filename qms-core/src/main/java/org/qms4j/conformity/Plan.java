package org.qms4j.conformity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qms4j.capa.DeadlinePolicy;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.Mapping;
import org.qms4j.catalog.MappingSet;
import org.qms4j.catalog.RequirementId;
import org.qms4j.system.Exclusion;
import org.qms4j.system.FactType;
import org.qms4j.system.QualitySystem;

/**
 * Everything about a quality system that does not depend on its registers, compiled once for an
 * engine: the requirements in order, their rule chains and what those read, their exclusions, the
 * roll-up nodes each one counts in, and the mappings between them (the engine's and the system's
 * mapping sets'). Immutable and thread-safe.
 */
final class Plan {
  private static final int[] NONE = new int[0];

  final List<Catalog> catalogsKey;
  final List<Exclusion> exclusionsKey;
  final List<MappingSet> mappingSetsKey;

  final LocatedRequirement[] requirements;
  final ClauseRef[] clauses;
  final Map<RequirementId, Integer> index;
  final @Nullable RequirementResult[] excluded;
  final Rule[][] chains;
  /** Whether a requirement's chain is built-in only, so its reasons can wait until asked for. */
  final boolean[] lazy;
  /** For each requirement, its expected kinds, or one null slot when it names none. */
  final @Nullable EvidenceKind[][] slots;
  /** For each requirement, the roll-up nodes it counts in: the system, its catalog, its clauses. */
  final int[][] paths;
  /** What the reports of this plan look things up by; shared by all of them. */
  final ReportShape shape;
  /** For each target, the sources whose facts count in full / in part. */
  final int[][] covering;
  final int[][] partial;
  /** For each source, the targets that read its facts. */
  final int[][] dependents;
  /** The requirements judged by a rule that reads everything: judged again on every change. */
  final int[] readEverything;
  /** The requirements judged again when a fact type changes (beyond their own facts). */
  final Map<FactType, int[]> readers;
  /** The requirements judged by a rule whose decision may change at any instant. */
  final int[] instantDependent;
  final DeadlinePolicy deadlines;

  Plan(QualitySystem system, ConformityEngine engine) {
    this.catalogsKey = system.catalogs();
    this.exclusionsKey = system.exclusions();
    this.mappingSetsKey = system.mappingSets();
    this.deadlines = engine.deadlinePolicy();
    int n = system.requirements().size();
    requirements = system.requirements().toArray(new LocatedRequirement[0]);
    clauses = new ClauseRef[n];
    index = new HashMap<>(n * 2);
    excluded = new RequirementResult[n];
    chains = new Rule[n][];
    lazy = new boolean[n];
    slots = new EvidenceKind[n][];
    Map<Set<EvidenceKind>, EvidenceKind[]> sharedSlots = new HashMap<>();
    paths = new int[n][];
    Map<Object, Integer> nodes = new LinkedHashMap<>();
    nodes.put(ReportShape.SYSTEM_NODE, 0);
    Map<List<Rule>, Rule[]> sharedChains = new HashMap<>();
    Map<CatalogId, List<CatalogId>> lineages = new HashMap<>();
    for (Catalog c : system.catalogs()) {
      List<CatalogId> lineage = new ArrayList<>(c.lineage().size() + 1);
      lineage.add(c.id());
      lineage.addAll(c.lineage());
      lineages.put(c.id(), List.copyOf(lineage));
    }
    List<Integer> everything = new ArrayList<>();
    List<Integer> instant = new ArrayList<>();
    Map<FactType, List<Integer>> readersOf = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      LocatedRequirement r = requirements[i];
      index.put(r.id(), i);
      clauses[i] = r.clause();
      var exclusion = system.exclusionFor(r.id());
      if (exclusion.isPresent()) {
        excluded[i] = excludedResult(r, exclusion.get());
      }
      slots[i] =
          sharedSlots.computeIfAbsent(
              r.requirement().expectedEvidence(),
              kinds -> kinds.isEmpty() ? new EvidenceKind[] {null} : kinds.toArray(new EvidenceKind[0]));
      chains[i] = sharedChains.computeIfAbsent(engine.chainFor(r, lineages.get(r.catalog())), l -> l.toArray(new Rule[0]));
      if (excluded[i] == null) {
        noteReads(i, chains[i], everything, instant, readersOf);
      }
      List<String> clausePath = r.clausePath();
      int[] path = new int[2 + clausePath.size()];
      path[0] = 0;
      path[1] = nodes.computeIfAbsent(r.catalog(), k -> nodes.size());
      for (int p = 0; p < clausePath.size(); p++) {
        path[2 + p] = nodes.computeIfAbsent(ClauseRef.of(r.catalog(), clausePath.get(p)), k -> nodes.size());
      }
      paths[i] = path;
    }
    shape = new ReportShape(index, nodes.keySet().toArray(), Collections.unmodifiableMap(nodes), paths);
    readEverything = ints(everything);
    instantDependent = ints(instant);
    Map<FactType, int[]> readerArrays = new HashMap<>();
    readersOf.forEach((type, list) -> readerArrays.put(type, ints(list)));
    readers = Collections.unmodifiableMap(readerArrays);

    List<List<Integer>> cov = lists(n);
    List<List<Integer>> part = lists(n);
    List<List<Integer>> deps = lists(n);
    List<Mapping> mappings = new ArrayList<>(engine.mappings());
    for (MappingSet set : system.mappingSets()) {
      mappings.addAll(set.mappings());
    }
    for (Mapping m : mappings) {
      Integer source = index.get(m.source());
      Integer target = index.get(m.target());
      if (source == null || target == null) {
        continue;
      }
      (m.relation().covers() ? cov : part).get(target).add(source);
      deps.get(source).add(target);
    }
    covering = arrays(cov);
    partial = arrays(part);
    dependents = arrays(deps);
    for (int i = 0; i < n; i++) {
      boolean builtIn = covering[i].length == 0 && partial[i].length == 0;
      for (Rule rule : chains[i]) {
        builtIn &= Rules.isBuiltIn(rule);
      }
      lazy[i] = builtIn;
    }
  }

  private static void noteReads(
      int i, Rule[] chain, List<Integer> everything, List<Integer> instant, Map<FactType, List<Integer>> readersOf) {
    boolean all = false;
    boolean anyInstant = false;
    for (Rule rule : chain) {
      RuleReads reads = rule.reads();
      all |= reads.readsEverything();
      anyInstant |= reads.dependsOnInstant();
      if (!reads.readsEverything()) {
        for (FactType type : reads.factTypes()) {
          List<Integer> list = readersOf.computeIfAbsent(type, k -> new ArrayList<>());
          if (list.isEmpty() || list.get(list.size() - 1) != i) {
            list.add(i);
          }
        }
      }
    }
    if (all) {
      everything.add(i);
    }
    if (anyInstant) {
      instant.add(i);
    }
  }

  private static RequirementResult excludedResult(LocatedRequirement r, Exclusion e) {
    return new RequirementResult(
        r.id(),
        r.clause(),
        Verdict.NOT_APPLICABLE,
        List.of(
            new Reason(
                ReasonCode.EXCLUDED, null, List.of(), List.of(), List.of(), "excluded by the exclusion of " + e.target() + ": " + e.justification())));
  }

  private static List<List<Integer>> lists(int n) {
    List<List<Integer>> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      result.add(new ArrayList<>(0));
    }
    return result;
  }

  private static int[] ints(List<Integer> list) {
    return list.isEmpty() ? NONE : list.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int[][] arrays(List<List<Integer>> lists) {
    int[][] result = new int[lists.size()][];
    for (int i = 0; i < result.length; i++) {
      List<Integer> l = lists.get(i);
      result[i] = l.isEmpty() ? NONE : l.stream().distinct().mapToInt(Integer::intValue).toArray();
      Arrays.sort(result[i]);
    }
    return result;
  }

  int size() {
    return requirements.length;
  }

  int nodes() {
    return shape.nodes();
  }

  /** Tells whether this plan was compiled for the same catalogs, exclusions and mapping sets. */
  boolean fits(QualitySystem system) {
    List<Catalog> catalogs = system.catalogs();
    if (catalogs != catalogsKey) {
      if (catalogs.size() != catalogsKey.size()) {
        return false;
      }
      for (int i = 0; i < catalogs.size(); i++) {
        if (catalogs.get(i) != catalogsKey.get(i) && !catalogs.get(i).equals(catalogsKey.get(i))) {
          return false;
        }
      }
    }
    return (system.exclusions() == exclusionsKey || exclusionsKey.equals(system.exclusions()))
        && (system.mappingSets() == mappingSetsKey || mappingSetsKey.equals(system.mappingSets()));
  }
}
