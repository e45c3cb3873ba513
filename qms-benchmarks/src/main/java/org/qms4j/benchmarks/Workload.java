package org.qms4j.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.conformity.ConformityEngine;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.conformity.RequirementResult;
import org.qms4j.conformity.Verdict;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.evidence.ImmutableEvidence;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.ImmutableFinding;
import org.qms4j.system.QualitySystem;

/**
 * One generated system with what every benchmark needs to check itself: the qms4j verdict counts,
 * and two single-fact changes (each as the item before and after) with the counts after each.
 *
 * <ul>
 *   <li>The evidence change: a reviewer rejects the only valid item of an expected kind of a
 *       conforming requirement, so that the requirement becomes nonconforming (row 5).
 *   <li>The finding change: an observation against a requirement without an open major
 *       nonconformity is regraded as an open major nonconformity (row 2).
 * </ul>
 *
 * <p>Both changes move a verdict, so that the incremental benchmarks also pay for the roll-ups.
 */
public final class Workload {
  public final Size size;
  public final QualitySystem system;
  public final Instant asOf = SyntheticSystems.AS_OF;
  public final ConformityEngine engine = SyntheticSystems.engine();
  public final int[] expected;
  public final Evidence evidenceBefore;
  public final Evidence evidenceAfter;
  public final int[] expectedAfterEvidence;
  public final Finding findingBefore;
  public final Finding findingAfter;
  public final int[] expectedAfterFinding;

  /**
   * Generates the system and finds the changes. Checks the hand-written object walk against
   * qms4j.
   *
   * @param size the size
   * @param seed the generator's seed
   * @param withChanges whether to find and check the two changes (costs two more full builds)
   */
  public Workload(Size size, long seed, boolean withChanges) {
    this.size = size;
    this.system = SyntheticSystems.generate(size, seed);
    ConformityReport report = engine.evaluate(system, asOf);
    this.expected = Verdicts.of(report);
    Verdicts.check("hand-written object walk", expected, HandWritten.ObjectWalk.countVerdicts(system, asOf));
    checkEachRequirement(report);
    if (!withChanges) {
      evidenceBefore = evidenceAfter = null;
      findingBefore = findingAfter = null;
      expectedAfterEvidence = expectedAfterFinding = null;
      return;
    }
    evidenceBefore = pickEvidence(system, asOf);
    evidenceAfter = ImmutableEvidence.copyOf(evidenceBefore).withStatus(EvidenceStatus.REJECTED);
    QualitySystem changed = system.withEvidence(evidenceAfter);
    expectedAfterEvidence = Verdicts.of(engine.evaluate(changed, asOf));
    Verdicts.check(
        "hand-written object walk after the evidence change",
        expectedAfterEvidence,
        HandWritten.ObjectWalk.countVerdicts(changed, asOf));
    findingBefore = pickFinding(system, asOf);
    findingAfter =
        ImmutableFinding.copyOf(findingBefore)
            .withGrade(FindingGrade.MAJOR_NONCONFORMITY)
            .withClosedAt(Optional.empty());
    changed = system.withFinding(findingAfter);
    expectedAfterFinding = Verdicts.of(engine.evaluate(changed, asOf));
    Verdicts.check(
        "hand-written object walk after the finding change",
        expectedAfterFinding,
        HandWritten.ObjectWalk.countVerdicts(changed, asOf));
    if (Arrays.equals(expected, expectedAfterEvidence)
        || Arrays.equals(expected, expectedAfterFinding)) {
      throw new IllegalStateException("a change picked for the incremental benchmarks moves no verdict");
    }
  }

  /** Checks the object walk against qms4j requirement by requirement, not only in total. */
  private void checkEachRequirement(ConformityReport report) {
    int i = 0;
    for (LocatedRequirement r : system.requirements()) {
      RequirementResult result = report.results().get(i++);
      int walk = HandWritten.ObjectWalk.verdict(system, r, asOf);
      if (!result.requirement().equals(r.id()) || result.verdict().ordinal() != walk) {
        throw new IllegalStateException(
            "hand-written object walk disagrees with qms4j on " + r.id() + ": " + result + " but "
                + Verdict.values()[walk]);
      }
    }
  }

  /** Picks the evidence item of the evidence change: see the class comment. */
  static Evidence pickEvidence(QualitySystem system, Instant asOf) {
    for (Evidence e : system.evidence()) {
      if (e.requirements().size() != 1 || !e.isValidAt(asOf)) {
        continue;
      }
      RequirementId id = e.requirements().iterator().next();
      LocatedRequirement r = system.requirement(id).orElseThrow();
      if (HandWritten.ObjectWalk.verdict(system, r, asOf) != Verdicts.CONFORMING
          || !system.findingsFor(id).isEmpty()) {
        continue;
      }
      var expectedKinds = r.requirement().expectedEvidence();
      if (!expectedKinds.isEmpty() && !expectedKinds.contains(e.kind())) {
        continue;
      }
      boolean only = true;
      for (Evidence other : system.evidenceFor(id)) {
        if (other != e && other.isValidAt(asOf) && (expectedKinds.isEmpty() || other.kind() == e.kind())) {
          only = false;
          break;
        }
      }
      if (only) {
        return e;
      }
    }
    throw new IllegalStateException("no evidence item fits the evidence change");
  }

  /** Picks the finding of the finding change: see the class comment. */
  static Finding pickFinding(QualitySystem system, Instant asOf) {
    for (Finding f : system.findings()) {
      if (f.requirements().size() != 1
          || f.grade() != FindingGrade.OBSERVATION
          || f.raisedAt().isAfter(asOf.minus(Duration.ofDays(1)))) {
        continue;
      }
      RequirementId id = f.requirements().iterator().next();
      LocatedRequirement r = system.requirement(id).orElseThrow();
      int v = HandWritten.ObjectWalk.verdict(system, r, asOf);
      if (v != Verdicts.NONCONFORMING && v != Verdicts.NOT_APPLICABLE) {
        return f;
      }
    }
    throw new IllegalStateException("no finding fits the finding change");
  }
}
