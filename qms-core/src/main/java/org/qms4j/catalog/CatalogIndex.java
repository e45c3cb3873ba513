package org.qms4j.catalog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The look-up tables of one valid catalog: clauses by number with their paths, requirements by id
 * and in document order. Because a clause's own requirements come before those of its sub-clauses,
 * the requirements under any clause form one run of the document order, kept as {@code [from,
 * to)}. Built without recursion.
 */
final class CatalogIndex {
  final Map<String, Entry> clauses;
  final List<String> clauseNumbers;
  final Map<RequirementId, LocatedRequirement> requirements;
  final List<LocatedRequirement> inOrder;

  /** One clause: the clause, its path, and the run of its subtree's requirements. */
  static final class Entry {
    final Clause clause;
    final List<String> path;
    final int from;
    int to;

    Entry(Clause clause, List<String> path, int from) {
      this.clause = clause;
      this.path = path;
      this.from = from;
    }
  }

  CatalogIndex(Catalog catalog) {
    Map<String, Entry> byNumber = new HashMap<>();
    List<String> numbers = new ArrayList<>();
    Map<RequirementId, LocatedRequirement> byId = new HashMap<>();
    List<LocatedRequirement> ordered = new ArrayList<>();
    // a frame is a clause still to enter, or (clause == null) an entry to close
    Deque<Object[]> stack = new ArrayDeque<>();
    pushAll(stack, catalog.clauses(), List.of());
    while (!stack.isEmpty()) {
      Object[] frame = stack.pop();
      if (frame[0] == null) {
        ((Entry) frame[1]).to = ordered.size();
        continue;
      }
      Clause clause = (Clause) frame[0];
      @SuppressWarnings("unchecked")
      List<String> parentPath = (List<String>) frame[1];
      List<String> path = append(parentPath, clause.number());
      Entry entry = new Entry(clause, path, ordered.size());
      byNumber.put(clause.number(), entry);
      numbers.add(clause.number());
      for (Requirement r : clause.requirements()) {
        LocatedRequirement located = new LocatedRequirement(catalog.id(), path, r);
        byId.put(r.id(), located);
        ordered.add(located);
      }
      stack.push(new Object[] {null, entry});
      pushAll(stack, clause.subClauses(), path);
    }
    this.clauses = Collections.unmodifiableMap(byNumber);
    this.clauseNumbers = Collections.unmodifiableList(numbers);
    this.requirements = Collections.unmodifiableMap(byId);
    this.inOrder = Collections.unmodifiableList(ordered);
  }

  private static void pushAll(Deque<Object[]> stack, List<Clause> clauses, List<String> path) {
    for (int i = clauses.size() - 1; i >= 0; i--) {
      stack.push(new Object[] {clauses.get(i), path});
    }
  }

  private static List<String> append(List<String> path, String number) {
    String[] next = path.toArray(new String[path.size() + 1]);
    next[path.size()] = number;
    return List.of(next);
  }
}
