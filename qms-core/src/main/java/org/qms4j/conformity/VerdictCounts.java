package org.qms4j.conformity;

import java.util.Arrays;

/**
 * How many requirements reached each verdict. Immutable and thread-safe.
 */
public final class VerdictCounts {
  private static final Verdict[] VERDICTS = Verdict.values();
  private final int[] counts;

  VerdictCounts(int[] counts) {
    this.counts = counts;
  }

  /**
   * Counts the given verdicts.
   *
   * @param verdicts the verdicts, not null
   * @return the counts
   */
  public static VerdictCounts of(Verdict... verdicts) {
    int[] counts = new int[VERDICTS.length];
    for (Verdict v : verdicts) {
      counts[v.ordinal()]++;
    }
    return new VerdictCounts(counts);
  }

  /**
   * How many requirements reached a verdict.
   *
   * @param verdict the verdict, not null
   * @return the count
   */
  public int count(Verdict verdict) {
    return counts[verdict.ordinal()];
  }

  /**
   * How many requirements were counted in all.
   *
   * @return the total
   */
  public int total() {
    int total = 0;
    for (int c : counts) {
      total += c;
    }
    return total;
  }

  /**
   * How many requirements apply: all but {@code NOT_APPLICABLE}.
   *
   * @return the number of applicable requirements
   */
  public int applicable() {
    return total() - count(Verdict.NOT_APPLICABLE);
  }

  VerdictCounts moved(Verdict from, Verdict to) {
    int[] copy = counts.clone();
    copy[from.ordinal()]--;
    copy[to.ordinal()]++;
    return new VerdictCounts(copy);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VerdictCounts && Arrays.equals(counts, ((VerdictCounts) o).counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("{");
    for (Verdict v : VERDICTS) {
      if (counts[v.ordinal()] > 0) {
        s.append(s.length() > 1 ? ", " : "").append(v).append('=').append(counts[v.ordinal()]);
      }
    }
    return s.append('}').toString();
  }
}
