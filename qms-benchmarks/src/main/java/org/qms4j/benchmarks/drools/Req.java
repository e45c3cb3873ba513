package org.qms4j.benchmarks.drools;

/** A requirement as a Drools fact: its index and whether it is excluded (row 1). */
public final class Req {
  private final int id;
  private final boolean excluded;

  public Req(int id, boolean excluded) {
    this.id = id;
    this.excluded = excluded;
  }

  public int getId() {
    return id;
  }

  public boolean isExcluded() {
    return excluded;
  }
}
