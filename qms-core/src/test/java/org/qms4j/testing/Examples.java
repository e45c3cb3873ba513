package org.qms4j.testing;

import java.time.Instant;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.Clause;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.ExclusionRule;
import org.qms4j.catalog.Requirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.evidence.ImmutableEvidence;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.finding.ImmutableFinding;
import org.qms4j.system.QualitySystem;

/**
 * Hand-written example objects for example tests. The demo catalog {@code demo:1} is:
 *
 * <pre>
 * 1 Scope                       demo/1-a (not permitted)
 * 4 Context                     demo/4-a (not permitted)
 *   4.1 Issues                  demo/4.1-a (not permitted)
 * 7 Support                     (no requirement of its own)
 *   7.5 Documented information  demo/7.5-a (no effect on conformity)
 *     7.5.3 Control             demo/7.5.3-a (activity not performed),
 *                               demo/7.5.3-b (permitted by regulation, related to demo/7.5-a)
 * 10 Improvement                demo/10-a (not permitted)
 * </pre>
 */
public final class Examples {

  public static final CatalogId DEMO = CatalogId.of("demo:1");
  public static final RequirementId R1A = RequirementId.of("demo/1-a");
  public static final RequirementId R4A = RequirementId.of("demo/4-a");
  public static final RequirementId R41A = RequirementId.of("demo/4.1-a");
  public static final RequirementId R75A = RequirementId.of("demo/7.5-a");
  public static final RequirementId R753A = RequirementId.of("demo/7.5.3-a");
  public static final RequirementId R753B = RequirementId.of("demo/7.5.3-b");
  public static final RequirementId R10A = RequirementId.of("demo/10-a");

  public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private Examples() {}

  public static Requirement requirement(RequirementId id, ExclusionRule rule) {
    return Requirement.builder()
        .id(id)
        .summary("Summary of " + id + ".")
        .addExpectedEvidence(EvidenceKind.RECORD)
        .exclusionRule(rule)
        .build();
  }

  public static Requirement requirement(RequirementId id) {
    return requirement(id, ExclusionRule.NOT_PERMITTED);
  }

  public static Clause c753() {
    return Clause.builder()
        .number("7.5.3")
        .title("Control")
        .addRequirement(requirement(R753A, ExclusionRule.ACTIVITY_NOT_PERFORMED))
        .addRequirement(
            Requirement.builder()
                .from(requirement(R753B, ExclusionRule.PERMITTED_BY_REGULATION))
                .addRelated(R75A)
                .guidance("See SOP-12.")
                .build())
        .build();
  }

  public static Catalog catalog() {
    return Catalog.builder()
        .id(DEMO)
        .title("Demo rules")
        .edition("1")
        .publisher("Example Clinic")
        .addClause(Clause.builder().number("1").title("Scope").addRequirement(requirement(R1A)).build())
        .addClause(
            Clause.builder()
                .number("4")
                .title("Context")
                .addRequirement(requirement(R4A))
                .addSubClause(
                    Clause.builder().number("4.1").title("Issues").addRequirement(requirement(R41A)).build())
                .build())
        .addClause(
            Clause.builder()
                .number("7")
                .title("Support")
                .addSubClause(
                    Clause.builder()
                        .number("7.5")
                        .title("Documented information")
                        .addRequirement(requirement(R75A, ExclusionRule.NO_EFFECT_ON_CONFORMITY))
                        .addSubClause(c753())
                        .build())
                .build())
        .addClause(
            Clause.builder().number("10").title("Improvement").addRequirement(requirement(R10A)).build())
        .build();
  }

  /** A second, small catalog whose requirement ids differ from the demo catalog's. */
  public static Catalog otherCatalog() {
    return Catalog.builder()
        .id(CatalogId.of("other:2"))
        .title("Other rules")
        .edition("2")
        .publisher("Example Clinic")
        .addClause(
            Clause.builder()
                .number("1")
                .title("Only")
                .addRequirement(requirement(RequirementId.of("other/1-a"), ExclusionRule.NO_EFFECT_ON_CONFORMITY))
                .build())
        .build();
  }

  /** An accepted evidence item for {@code demo/4-a}, collected and effective at {@link #T0}. */
  public static ImmutableEvidence.Builder evidence(String id) {
    return Evidence.builder()
        .id(EvidenceId.of(id))
        .addRequirement(R4A)
        .kind(EvidenceKind.RECORD)
        .status(EvidenceStatus.ACCEPTED)
        .collectedAt(T0)
        .effectiveFrom(T0)
        .owner("Quality manager")
        .reference("https://dms.example/" + id);
  }

  /** A minor nonconformity against {@code demo/4-a}, raised at {@link #T0}. */
  public static ImmutableFinding.Builder finding(String id) {
    return Finding.builder()
        .id(FindingId.of(id))
        .addRequirement(R4A)
        .grade(FindingGrade.MINOR_NONCONFORMITY)
        .statement("Two obsolete SOPs at the nursing station.")
        .objectiveEvidence("SOP-12 rev 3 in the ward 4 binder.")
        .raisedAt(T0);
  }

  /** A system holding the demo catalog and nothing else. */
  public static QualitySystem system() {
    return QualitySystem.builder()
        .organisation("Example Clinic")
        .scope("Outpatient care")
        .addCatalog(catalog())
        .build();
  }
}
