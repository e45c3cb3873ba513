package org.qms4j.conformity;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.qms4j.InvalidModelException;

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
   * Makes counts from how many requirements reached each verdict, as a host that stored a {@link
   * Rollup} reads it back; a verdict left out counts 0.
   *
   * <pre>{@code
   * VerdictCounts c = VerdictCounts.of(Map.of(Verdict.CONFORMING, 12, Verdict.NONCONFORMING, 1));
   * }</pre>
   *
   * @param counts the count of each verdict, not null, no null key or value
   * @return the counts
   * @throws NullPointerException if the map, a key or a value is null
   * @throws InvalidModelException if a count is negative, or the counts add up to more than {@link
   *     Integer#MAX_VALUE}
   */
  public static VerdictCounts of(Map<Verdict, Integer> counts) {
    Objects.requireNonNull(counts, "counts");
    int[] array = new int[VERDICTS.length];
    long total = 0;
    for (Map.Entry<Verdict, Integer> e : counts.entrySet()) {
      Verdict v = Objects.requireNonNull(e.getKey(), "counts: a key");
      int c = Objects.requireNonNull(e.getValue(), "counts: the value of " + v);
      if (c < 0) {
        throw new InvalidModelException(
            "verdict counts: " + v + " was " + c + "; expected a count of 0 or more");
      }
      array[v.ordinal()] = c;
      total += c;
    }
    if (total > Integer.MAX_VALUE) {
      throw new InvalidModelException(
          "verdict counts: the counts add up to " + total + "; expected at most "
              + Integer.MAX_VALUE);
    }
    return new VerdictCounts(array);
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

  /** Tells whether these counts are the given tally, indexed by verdict ordinal. */
  boolean equalsTally(int[] tally) {
    return Arrays.equals(counts, tally);
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
