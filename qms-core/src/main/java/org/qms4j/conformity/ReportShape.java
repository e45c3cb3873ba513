package org.qms4j.conformity;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.qms4j.catalog.RequirementId;

/**
 * What a {@link ConformityReport} needs to find things in its arrays: the position of each
 * requirement's result, the key of each roll-up node and the position of each key, and, for a
 * report the engine made, the nodes each requirement counts in. An engine shares one shape between
 * every report of a {@link Plan}, so that reports of one plan compare and move position by
 * position; a restored report has a shape of its own. Immutable and thread-safe.
 */
final class ReportShape {
  /** The key of the node of the whole system, always node 0. */
  static final Object SYSTEM_NODE = new Object();

  /** The position of each requirement's result. */
  final Map<RequirementId, Integer> index;
  /** Node keys: {@link #SYSTEM_NODE} first, then {@code CatalogId}s and {@code ClauseRef}s. */
  final Object[] nodeKeys;
  /** The position of each node key. */
  final Map<Object, Integer> nodeIndex;
  /**
   * For each requirement, the nodes it counts in (the system, its catalog, its clause and the
   * clauses above it), so that a session moves the roll-ups of a changed result; null in a
   * restored report, which no session moves.
   */
  final int @Nullable [][] paths;

  ReportShape(
      Map<RequirementId, Integer> index,
      Object[] nodeKeys,
      Map<Object, Integer> nodeIndex,
      int @Nullable [][] paths) {
    this.index = index;
    this.nodeKeys = nodeKeys;
    this.nodeIndex = nodeIndex;
    this.paths = paths;
  }

  int nodes() {
    return nodeKeys.length;
  }
}
