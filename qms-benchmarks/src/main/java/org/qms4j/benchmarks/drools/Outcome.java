package org.qms4j.benchmarks.drools;

/** The final verdict of a requirement (verdict = {@code Verdict.ordinal()}); derived. Equal by value, as logical insertion needs. */
public final class Outcome {
  private final int req;
  private final int verdict;

  public Outcome(int req, int verdict) {
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
    return o instanceof Outcome && (((Outcome) o).req == req && ((Outcome) o).verdict == verdict);
  }

  @Override
  public int hashCode() {
    return req * 31 + verdict;
  }
}
