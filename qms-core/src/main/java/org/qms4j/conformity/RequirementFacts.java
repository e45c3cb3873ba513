package org.qms4j.conformity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;

/**
 * What a {@link Rule} sees of one requirement at the evaluation instant: the requirement, its
 * evidence and its findings, including those that count for it through {@linkplain Mapping
 * mappings}. Facts dated after the instant (evidence collected later, findings raised later) are
 * not here: they do not exist for this evaluation.
 *
 * <p>An instance is made for one rule chain on one thread and must not be kept after the call.
 */
public final class RequirementFacts {
  private final LocatedRequirement requirement;
  private final Instant asOf;
  private final List<Evidence> evidence;
  private final List<Evidence> partialEvidence;
  private final List<Finding> findings;
  private final Map<Object, RequirementId> sources;
  private @Nullable Coverage coverage;
  private @Nullable List<Evidence> valid;

  RequirementFacts(
      LocatedRequirement requirement,
      Instant asOf,
      List<Evidence> evidence,
      List<Evidence> partialEvidence,
      List<Finding> findings,
      Map<Object, RequirementId> sources) {
    this.requirement = requirement;
    this.asOf = asOf;
    this.evidence = evidence;
    this.partialEvidence = partialEvidence;
    this.findings = findings;
    this.sources = sources;
  }

  /**
   * The requirement being judged and where it stands.
   *
   * @return the requirement
   */
  public LocatedRequirement requirement() {
    return requirement;
  }

  /**
   * The instant of the evaluation.
   *
   * @return the instant
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * The evidence collected by the evaluation instant for this requirement, or for a requirement
   * mapped onto it by a covering relation, whatever its status.
   *
   * @return the evidence, possibly empty
   */
  public List<Evidence> evidence() {
    return evidence;
  }

  /**
   * The items of {@link #evidence()} that are accepted and in effect at the evaluation instant.
   *
   * @return the valid evidence, possibly empty
   */
  public List<Evidence> validEvidence() {
    List<Evidence> result = valid;
    if (result == null) {
      result = new ArrayList<>(evidence.size());
      for (Evidence e : evidence) {
        if (e.isValidAt(asOf)) {
          result.add(e);
        }
      }
      valid = result;
    }
    return result;
  }

  /**
   * Accepted, effective evidence of requirements mapped onto this one by a relation that does not
   * cover it (subset, intersects). It can make the requirement at best partially conforming.
   *
   * @return the evidence, possibly empty
   */
  public List<Evidence> partialEvidence() {
    return partialEvidence;
  }

  /**
   * The findings raised by the evaluation instant against this requirement, or against a
   * requirement mapped onto it by a covering relation, open or closed.
   *
   * @return the findings, possibly empty
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The findings of a grade that are open at the evaluation instant.
   *
   * @param grade the grade, not null
   * @return the open findings of that grade, possibly empty
   */
  public List<Finding> openFindings(FindingGrade grade) {
    List<Finding> result = List.of();
    for (Finding f : findings) {
      if (f.grade() == grade && f.isOpenAt(asOf)) {
        if (result.isEmpty()) {
          result = new ArrayList<>(2);
        }
        result.add(f);
      }
    }
    return result;
  }

  /**
   * The requirement an evidence item counts through, when it counts by a mapping.
   *
   * @param id the evidence id, not null
   * @return the mapped source requirement, or empty when the item is the requirement's own
   */
  public Optional<RequirementId> mappedFrom(EvidenceId id) {
    return Optional.ofNullable(sources.get(id));
  }

  /**
   * The requirement a finding counts through, when it counts by a mapping.
   *
   * @param id the finding id, not null
   * @return the mapped source requirement, or empty when the finding is the requirement's own
   */
  public Optional<RequirementId> mappedFrom(FindingId id) {
    return Optional.ofNullable(sources.get(id));
  }

  @Nullable RequirementId source(Object id) {
    return sources.isEmpty() ? null : sources.get(id);
  }

  Coverage coverage() {
    Coverage result = coverage;
    if (result == null) {
      result = new Coverage(this);
      coverage = result;
    }
    return result;
  }
}
