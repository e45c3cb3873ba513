package org.qms4j.benchmarks;

import java.util.Arrays;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.conformity.Verdict;
import org.qms4j.conformity.VerdictCounts;

/**
 * Verdict counts as plain {@code int[5]} indexed by {@link Verdict#ordinal()}, shared by every
 * implementation so that their answers can be compared.
 */
public final class Verdicts {
  public static final int CONFORMING = Verdict.CONFORMING.ordinal();
  public static final int PARTIALLY_CONFORMING = Verdict.PARTIALLY_CONFORMING.ordinal();
  public static final int NONCONFORMING = Verdict.NONCONFORMING.ordinal();
  public static final int NOT_ASSESSED = Verdict.NOT_ASSESSED.ordinal();
  public static final int NOT_APPLICABLE = Verdict.NOT_APPLICABLE.ordinal();
  public static final int COUNT = Verdict.values().length;

  private static final int[] SEVERITY = new int[COUNT];

  static {
    for (Verdict v : Verdict.values()) {
      SEVERITY[v.ordinal()] = v.severity();
    }
  }

  private Verdicts() {}

  /** The worse of two verdict ordinals, as {@link Verdict#worse(Verdict)}. */
  public static int worse(int a, int b) {
    return SEVERITY[b] > SEVERITY[a] ? b : a;
  }

  /** The overall counts of a qms4j report. */
  public static int[] of(ConformityReport report) {
    VerdictCounts c = report.overall().counts();
    int[] counts = new int[COUNT];
    for (Verdict v : Verdict.values()) {
      counts[v.ordinal()] = c.count(v);
    }
    return counts;
  }

  /** Renders counts with verdict names. */
  public static String format(int[] counts) {
    StringBuilder s = new StringBuilder("{");
    for (Verdict v : Verdict.values()) {
      s.append(s.length() > 1 ? ", " : "").append(v).append('=').append(counts[v.ordinal()]);
    }
    return s.append('}').toString();
  }

  /**
   * Throws unless two implementations gave the same counts.
   *
   * @throws IllegalStateException naming both answers
   */
  public static void check(String what, int[] expected, int[] actual) {
    if (!Arrays.equals(expected, actual)) {
      throw new IllegalStateException(
          what + " disagrees with qms4j: expected " + format(expected) + " but was " + format(actual));
    }
  }
}
