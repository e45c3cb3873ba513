package org.qms4j.benchmarks.drools;

/** The verdict of rows 4 to 7 for a requirement without an open major nonconformity; derived. Equal by value, as logical insertion needs. */
public final class Base {
  private final int req;
  private final int verdict;

  public Base(int req, int verdict) {
    this.req = req;
    this.verdict = verdict;
  }

  public int getReq() {
    return req;
  }

  public int getVerdict() {
    return verdict;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Base && (((Base) o).req == req && ((Base) o).verdict == verdict);
  }

  @Override
  public int hashCode() {
    return req * 31 + verdict;
  }
}
