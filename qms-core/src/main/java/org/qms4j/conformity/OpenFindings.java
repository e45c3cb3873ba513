package org.qms4j.conformity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;

/**
 * The findings of one requirement that are open at the evaluation instant, sorted into their
 * grades in one pass. One instance serves every requirement of one evaluation.
 */
final class OpenFindings {
  private static final int GRADES = FindingGrade.values().length;

  private Finding[][] open = new Finding[GRADES][4];
  private final int[] count = new int[GRADES];

  void reset(List<Finding> findings, Instant asOf) {
    Arrays.fill(count, 0);
    for (int k = 0, m = findings.size(); k < m; k++) {
      Finding f = findings.get(k);
      if (f.isOpenAt(asOf)) {
        int g = f.grade().ordinal();
        if (count[g] == open[g].length) {
          open[g] = Arrays.copyOf(open[g], count[g] * 2);
        }
        open[g][count[g]++] = f;
      }
    }
  }

  int count(FindingGrade grade) {
    return count[grade.ordinal()];
  }

  Finding get(FindingGrade grade, int k) {
    return open[grade.ordinal()][k];
  }
}
