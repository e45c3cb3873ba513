package org.qms4j.conformity;

import java.util.Objects;

/**
 * The verdict of a clause, a catalog or the whole system, rolled up from its requirements by a
 * {@link RollupPolicy}, with the counts per verdict and a score. Immutable and thread-safe.
 */
public final class Rollup {
  private final Verdict verdict;
  private final VerdictCounts counts;

  Rollup(Verdict verdict, VerdictCounts counts) {
    this.verdict = verdict;
    this.counts = counts;
  }

  /**
   * Makes a roll-up from its verdict and counts, as a host that stored one reads it back. The
   * verdict is taken as given, since the {@link RollupPolicy} that reached it is not known here;
   * the engine makes its roll-ups with its own policy.
   *
   * @param verdict the rolled-up verdict, not null
   * @param counts how many requirements reached each verdict, not null
   * @return the roll-up
   * @throws NullPointerException if an argument is null
   */
  public static Rollup of(Verdict verdict, VerdictCounts counts) {
    return new Rollup(Objects.requireNonNull(verdict, "verdict"), Objects.requireNonNull(counts, "counts"));
  }

  static Rollup of(VerdictCounts counts, RollupPolicy policy) {
    Verdict verdict;
    try {
      verdict = policy.rollUp(counts);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      throw new RollupFailedException("roll-up policy " + policy + " failed on " + counts + ": " + e, e);
    }
    if (verdict == null) {
      throw new RollupFailedException("roll-up policy " + policy + " returned null for " + counts);
    }
    return new Rollup(verdict, counts);
  }

  Rollup moved(Verdict from, Verdict to, RollupPolicy policy) {
    return from == to ? this : of(counts.moved(from, to), policy);
  }

  /**
   * The rolled-up verdict.
   *
   * @return the verdict
   */
  public Verdict verdict() {
    return verdict;
  }

  /**
   * How many requirements reached each verdict.
   *
   * @return the counts
   */
  public VerdictCounts counts() {
    return counts;
  }

  /**
   * A score from 0 to 1: conforming requirements count 1, partially conforming ones 0.5, the
   * others 0, divided by the number of applicable requirements. 1 when nothing applies.
   *
   * @return the score
   */
  public double score() {
    int applicable = counts.applicable();
    if (applicable == 0) {
      return 1.0;
    }
    return (counts.count(Verdict.CONFORMING) + 0.5 * counts.count(Verdict.PARTIALLY_CONFORMING))
        / applicable;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rollup
        && verdict == ((Rollup) o).verdict
        && counts.equals(((Rollup) o).counts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(verdict, counts);
  }

  @Override
  public String toString() {
    return verdict + " " + counts + String.format(java.util.Locale.ROOT, " score=%.3f", score());
  }
}
