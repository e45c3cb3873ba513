package org.qms4j.benchmarks.drools;

/** The evaluation instant, in epoch milliseconds, as the one fact every rule joins. */
public final class AsOf {
  private final long instant;

  public AsOf(long instant) {
    this.instant = instant;
  }

  public long getInstant() {
    return instant;
  }
}
