package org.qms4j.catalog;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.qms4j.internal.QmsStyle;

/**
 * One requirement of a catalog: a stable id, a one-line summary, the kinds of evidence it expects,
 * whether it may be excluded, optional guidance, and links to other requirements.
 *
 * <p>For ISO standards the summary is always our own words, never the standard's text, which is
 * ISO's copyright. Sources in the public domain, such as US federal regulations (21 CFR) and NIST
 * publications, may be quoted.
 *
 * <p>A requirement is checked together with the catalog that holds it, so that every problem of a
 * catalog is reported at once (see {@link Catalog}, which also lists the limits on lengths).
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Requirement r = Requirement.builder()
 *     .id(RequirementId.of("iso-9001:2015/7.5.3"))
 *     .summary("Documented information is available where needed and protected.")
 *     .addExpectedEvidence(EvidenceKind.PROCEDURE, EvidenceKind.RECORD)
 *     .build();
 * // a copy with guidance; r is unchanged
 * Requirement guided = Requirement.builder().from(r).guidance("See SOP-12.").build();
 * }</pre>
 */
@Value.Immutable
@QmsStyle
public abstract class Requirement {

  Requirement() {}

  /**
   * Returns a new builder. Its setters: {@code id}, {@code summary}, {@code label}, {@code
   * addExpectedEvidence}, {@code exclusionRule}, {@code guidance}, {@code addRelated}, {@code
   * addExternalReference}; {@code from(requirement)} copies an existing one.
   *
   * @return a builder with no attribute set
   */
  public static ImmutableRequirement.Builder builder() {
    return new ImmutableRequirement.Builder();
  }

  /**
   * The stable id, unique across every catalog of a quality system. A catalog derived from
   * another keeps the base's ids.
   *
   * @return the id
   */
  public abstract RequirementId id();

  /**
   * How the requirement is shown to people, where that differs from its id ({@code AC-2(1)(a)}).
   *
   * @return the display label, if any
   */
  public abstract Optional<String> label();

  /**
   * A one-line summary of what the requirement asks for: our own words for ISO standards, possibly
   * the source's own words for public-domain sources.
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
   * Optional guidance for those who implement or audit the requirement; may run over several
   * lines.
   *
   * @return the guidance, if any
   */
  public abstract Optional<String> guidance();

  /**
   * Other requirements of the same catalog that this one refers to; each must be held by the
   * catalog (or, in a tailored catalog, have been dropped by the tailoring).
   *
   * @return the related requirement ids, possibly empty
   */
  public abstract Set<RequirementId> related();

  /**
   * Requirements this one refers to that the catalog need not hold: another catalog's, or a
   * withdrawn item. Never checked; an id named here may also be in {@link #related()} without being
   * checked there.
   *
   * @return the referenced requirement ids, possibly empty
   */
  public abstract Set<RequirementId> externalReferences();
}
