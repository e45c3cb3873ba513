package org.qms4j.benchmarks.drools;

/**
 * One evidence item for one requirement as a Drools fact; instants in epoch milliseconds, {@link
 * Long#MAX_VALUE} when the item never expires.
 */
public final class Ev {
  private final int req;
  private final int kind;
  private final boolean accepted;
  private final long collected;
  private final long effective;
  private final long expires;

  public Ev(int req, int kind, boolean accepted, long collected, long effective, long expires) {
    this.req = req;
    this.kind = kind;
    this.accepted = accepted;
    this.collected = collected;
    this.effective = effective;
    this.expires = expires;
  }

  public int getReq() {
    return req;
  }

  public int getKind() {
    return kind;
  }

  public boolean isAccepted() {
    return accepted;
  }

  public long getCollected() {
    return collected;
  }

  public long getEffective() {
    return effective;
  }

  public long getExpires() {
    return expires;
  }
}
