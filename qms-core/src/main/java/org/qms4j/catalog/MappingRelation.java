package org.qms4j.catalog;

/**
 * How the source requirement of a {@link Mapping} relates to its target, in the vocabulary of
 * OSCAL's mapping model (the source is read first: "source is a subset of target").
 */
public enum MappingRelation {
  /** Source and target ask for the same thing. The source covers the target. */
  EQUIVALENT(true),
  /** The source asks for part of what the target asks. */
  SUBSET(false),
  /** The source asks for all the target asks, and more. The source covers the target. */
  SUPERSET(true),
  /** Source and target overlap, and each asks for something the other does not. */
  INTERSECTS(false);

  private final boolean covers;

  MappingRelation(boolean covers) {
    this.covers = covers;
  }

  /**
   * Tells whether meeting the source means meeting the target, so that the source's evidence and
   * findings count in full for the target.
   *
   * @return true for {@link #EQUIVALENT} and {@link #SUPERSET}
   */
  public boolean covers() {
    return covers;
  }
}
