package org.qms4j.benchmarks.drools;

/**
 * One finding against one requirement as a Drools fact; grade = {@code FindingGrade.ordinal()},
 * instants in epoch milliseconds, {@link Long#MAX_VALUE} while not closed.
 */
public final class Fnd {
  private final int req;
  private final int grade;
  private final long raised;
  private final long closed;

  public Fnd(int req, int grade, long raised, long closed) {
    this.req = req;
    this.grade = grade;
    this.raised = raised;
    this.closed = closed;
  }

  public int getReq() {
    return req;
  }

  public int getGrade() {
    return grade;
  }

  public long getRaised() {
    return raised;
  }

  public long getClosed() {
    return closed;
  }
}
