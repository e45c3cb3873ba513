package org.qms4j.benchmarks.drools;

import java.util.Objects;

/** How one slot of a requirement is covered; derived by logical insertion. Equal by value, as logical insertion needs. */
public final class SlotState {
  public static final int COVERED = 0;
  public static final int LAPSED = 1;
  public static final int MISSING = 2;
  private final int req;
  private final int kind;
  private final int state;

  public SlotState(int req, int kind, int state) {
    this.req = req;
    this.kind = kind;
    this.state = state;
  }

  public int getReq() {
    return req;
  }

  public int getKind() {
    return kind;
  }

  public int getState() {
    return state;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SlotState && (((SlotState) o).req == req && ((SlotState) o).kind == kind && ((SlotState) o).state == state);
  }

  @Override
  public int hashCode() {
    return Objects.hash(req, kind, state);
  }
}
