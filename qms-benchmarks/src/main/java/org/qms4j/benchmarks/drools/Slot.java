package org.qms4j.benchmarks.drools;

/**
 * One expected evidence kind of a requirement (kind = {@code EvidenceKind.ordinal()}), or the one
 * "any kind" slot ({@link #ANY}) of a requirement that names no kind.
 */
public final class Slot {
  public static final int ANY = -1;
  private final int req;
  private final int kind;

  public Slot(int req, int kind) {
    this.req = req;
    this.kind = kind;
  }

  public int getReq() {
    return req;
  }

  public int getKind() {
    return kind;
  }
}
