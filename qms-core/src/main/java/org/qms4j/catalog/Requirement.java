package org.qms4j.catalog;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.qms4j.internal.QmsStyle;

/**
 * One requirement of a catalog: a stable id, our own one-line summary (never the standard's own
 * text), the kinds of evidence it expects, whether it may be excluded, and optional guidance.
 *
 * <p>A requirement is checked together with the catalog that holds it, so that every problem of a
 * catalog is reported at once (see {@link Catalog}). Immutable and thread-safe.
 *
 * <pre>{@code
 * Requirement r = Requirement.builder()
 *     .id(RequirementId.of("iso-9001:2015/7.5.3-a"))
 *     .summary("Documented information is available where needed and protected.")
 *     .addExpectedEvidence(EvidenceKind.PROCEDURE, EvidenceKind.RECORD)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@QmsStyle
public abstract class Requirement {

  Requirement() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static ImmutableRequirement.Builder builder() {
    return new ImmutableRequirement.Builder();
  }

  /**
   * The stable id, unique across every catalog of a quality system.
   *
   * @return the id
   */
  public abstract RequirementId id();

  /**
   * Our own one-line summary of what the requirement asks for.
   *
   * @return the summary, one line
   */
  public abstract String summary();

  /**
   * The kinds of evidence the requirement expects. Empty means any one accepted item will do.
   *
   * @return the expected kinds, possibly empty
   */
  public abstract Set<EvidenceKind> expectedEvidence();

  /**
   * Whether and on what ground the requirement may be excluded; {@link
   * ExclusionRule#NOT_PERMITTED} unless set.
   *
   * @return the rule
   */
  @Value.Default
  public ExclusionRule exclusionRule() {
    return ExclusionRule.NOT_PERMITTED;
  }

  /**
   * Optional guidance for those who implement or audit the requirement.
   *
   * @return the guidance, if any
   */
  public abstract Optional<String> guidance();

  /**
   * Other requirements of the same catalog that this one refers to.
   *
   * @return the related requirement ids, possibly empty
   */
  public abstract Set<RequirementId> related();
}
