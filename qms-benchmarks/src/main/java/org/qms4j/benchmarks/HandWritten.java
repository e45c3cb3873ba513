package org.qms4j.benchmarks;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.system.QualitySystem;

/**
 * The default decision table (rows 1 to 7, no mappings) hand-coded, without the engine, in two
 * forms: a walk over the system's own objects and a single pass over primitive arrays.
 *
 * <p>Both compute verdict counts only: no reasons, no roll-ups below the whole system. Expected
 * kinds are a bit mask over {@link EvidenceKind#ordinal()}; bit {@link #ANY} stands for the one
 * "any kind" slot of a requirement that names no kind.
 */
public final class HandWritten {
  static final int ANY = 1 << 7;

  private HandWritten() {}

  /**
   * Rows 4 to 7 and the minor cap from bit masks of one requirement.
   *
   * @param expected the expected kinds, {@link #ANY} when none is named
   * @param collected the kinds of evidence collected by the instant, with {@link #ANY} if any
   * @param valid the kinds of accepted, effective evidence, with {@link #ANY} if any
   * @param minor whether an open minor nonconformity caps the verdict
   */
  static int decide(int expected, int collected, int valid, boolean minor) {
    int covered = valid & expected;
    int seen = collected & expected;
    int verdict;
    if (seen == 0) {
      verdict = Verdicts.NOT_ASSESSED; // row 4: no evidence, or none of an expected kind
    } else if ((seen & ~covered) != 0) {
      verdict = Verdicts.NONCONFORMING; // row 5: an expected kind with only lapsed evidence
    } else if (covered != expected) {
      verdict = Verdicts.PARTIALLY_CONFORMING; // row 6
    } else {
      verdict = Verdicts.CONFORMING; // row 7
    }
    return minor ? Verdicts.worse(verdict, Verdicts.PARTIALLY_CONFORMING) : verdict; // row 3
  }

  /** The walk over plain objects: the system's registers, its indexes, the model's own methods. */
  public static final class ObjectWalk {
    private ObjectWalk() {}

    /**
     * Counts verdicts for every requirement of a system.
     *
     * @return counts indexed by verdict ordinal
     */
    public static int[] countVerdicts(QualitySystem system, Instant asOf) {
      int[] counts = new int[Verdicts.COUNT];
      for (LocatedRequirement r : system.requirements()) {
        counts[verdict(system, r, asOf)]++;
      }
      return counts;
    }

    /** The verdict of one requirement. */
    public static int verdict(QualitySystem system, LocatedRequirement r, Instant asOf) {
      RequirementId id = r.id();
      if (system.exclusionFor(id).isPresent()) {
        return Verdicts.NOT_APPLICABLE; // row 1
      }
      boolean minor = false;
      for (Finding f : system.findingsFor(id)) {
        if (f.isOpenAt(asOf)) {
          if (f.grade() == FindingGrade.MAJOR_NONCONFORMITY) {
            return Verdicts.NONCONFORMING; // row 2
          }
          minor |= f.grade() == FindingGrade.MINOR_NONCONFORMITY;
        }
      }
      int expected = 0;
      for (EvidenceKind k : r.requirement().expectedEvidence()) {
        expected |= 1 << k.ordinal();
      }
      if (expected == 0) {
        expected = ANY;
      }
      int collected = 0;
      int valid = 0;
      for (Evidence e : system.evidenceFor(id)) {
        if (e.collectedAt().isAfter(asOf)) {
          continue;
        }
        int bit = (1 << e.kind().ordinal()) | ANY;
        collected |= bit;
        if (e.isValidAt(asOf)) {
          valid |= bit;
        }
      }
      return decide(expected, collected, valid, minor);
    }
  }

  /**
   * The same data flattened into primitive arrays once; {@link #countVerdicts()} is then one pass
   * over evidence, one over findings and one over requirements. The near-physical limit.
   */
  public static final class Arrays1Pass {
    private final long asOf;
    private final int[] expected;
    private final boolean[] excluded;
    private final int[] evRequirement;
    private final int[] evKindBit;
    private final boolean[] evAccepted;
    private final long[] evCollected;
    private final long[] evEffective;
    private final long[] evExpires;
    private final int[] fRequirement;
    private final int[] fGrade;
    private final long[] fRaised;
    private final long[] fClosed;
    private final int[] collected;
    private final int[] valid;
    private final int[] flags;

    /** Flattens a system; one evidence or finding row per (item, requirement) pair. */
    public Arrays1Pass(QualitySystem system, Instant asOf) {
      this.asOf = asOf.toEpochMilli();
      int n = system.requirements().size();
      Map<RequirementId, Integer> index = new HashMap<>(n * 2);
      expected = new int[n];
      excluded = new boolean[n];
      int i = 0;
      for (LocatedRequirement r : system.requirements()) {
        index.put(r.id(), i);
        int mask = 0;
        for (EvidenceKind k : r.requirement().expectedEvidence()) {
          mask |= 1 << k.ordinal();
        }
        expected[i] = mask == 0 ? ANY : mask;
        excluded[i] = system.exclusionFor(r.id()).isPresent();
        i++;
      }
      int m = 0;
      for (Evidence e : system.evidence()) {
        m += e.requirements().size();
      }
      evRequirement = new int[m];
      evKindBit = new int[m];
      evAccepted = new boolean[m];
      evCollected = new long[m];
      evEffective = new long[m];
      evExpires = new long[m];
      int k = 0;
      for (Evidence e : system.evidence()) {
        for (RequirementId r : e.requirements()) {
          evRequirement[k] = index.get(r);
          evKindBit[k] = (1 << e.kind().ordinal()) | ANY;
          evAccepted[k] = e.status() == EvidenceStatus.ACCEPTED;
          evCollected[k] = e.collectedAt().toEpochMilli();
          evEffective[k] = e.effectiveFrom().toEpochMilli();
          evExpires[k] = e.expiresAt().map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
          k++;
        }
      }
      int nf = 0;
      for (Finding f : system.findings()) {
        nf += f.requirements().size();
      }
      fRequirement = new int[nf];
      fGrade = new int[nf];
      fRaised = new long[nf];
      fClosed = new long[nf];
      k = 0;
      for (Finding f : system.findings()) {
        for (RequirementId r : f.requirements()) {
          fRequirement[k] = index.get(r);
          fGrade[k] = f.grade().ordinal();
          fRaised[k] = f.raisedAt().toEpochMilli();
          fClosed[k] = f.closedAt().map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
          k++;
        }
      }
      collected = new int[n];
      valid = new int[n];
      flags = new int[n];
    }

    /**
     * Counts verdicts. Reuses its scratch arrays: not thread-safe.
     *
     * @return counts indexed by verdict ordinal
     */
    public int[] countVerdicts() {
      long t = asOf;
      Arrays.fill(collected, 0);
      Arrays.fill(valid, 0);
      Arrays.fill(flags, 0);
      for (int i = 0; i < evRequirement.length; i++) {
        if (evCollected[i] > t) {
          continue;
        }
        int r = evRequirement[i];
        int bit = evKindBit[i];
        collected[r] |= bit;
        if (evAccepted[i] && evEffective[i] <= t && t < evExpires[i]) {
          valid[r] |= bit;
        }
      }
      int major = FindingGrade.MAJOR_NONCONFORMITY.ordinal();
      int minor = FindingGrade.MINOR_NONCONFORMITY.ordinal();
      for (int i = 0; i < fRequirement.length; i++) {
        if (fRaised[i] <= t && t < fClosed[i]) {
          int g = fGrade[i];
          if (g == major) {
            flags[fRequirement[i]] |= 1;
          } else if (g == minor) {
            flags[fRequirement[i]] |= 2;
          }
        }
      }
      int[] counts = new int[Verdicts.COUNT];
      for (int r = 0; r < expected.length; r++) {
        int v;
        if (excluded[r]) {
          v = Verdicts.NOT_APPLICABLE;
        } else if ((flags[r] & 1) != 0) {
          v = Verdicts.NONCONFORMING;
        } else {
          v = decide(expected[r], collected[r], valid[r], (flags[r] & 2) != 0);
        }
        counts[v]++;
      }
      return counts;
    }
  }
}
