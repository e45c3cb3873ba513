package org.qms4j.system;

import java.util.Optional;
import org.immutables.value.Value;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.RequirementId;
import org.qms4j.internal.Checks;
import org.qms4j.internal.QmsStyle;

/**
 * The declaration that a requirement, or every requirement of a clause, does not apply to a quality
 * system, with the justification the standards require (recorded in the quality manual).
 *
 * <p>Exactly one of {@link #requirement()} and {@link #clause()} is set; the justification is at
 * most {@value #MAX_JUSTIFICATION} characters. Whether the catalog permits the exclusion is checked
 * when the exclusion is added to a {@link QualitySystem}, as is that no requirement is excluded by
 * two different exclusions. A clause exclusion written for a catalog applies to a catalog derived
 * from it as well. Immutable and thread-safe.
 */
@Value.Immutable
@QmsStyle
public abstract class Exclusion {
  /** The longest justification accepted. */
  public static final int MAX_JUSTIFICATION = 5_000;

  Exclusion() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static ImmutableExclusion.Builder builder() {
    return new ImmutableExclusion.Builder();
  }

  /**
   * Excludes one requirement.
   *
   * @param requirement the requirement, not null
   * @param justification why it does not apply, not blank
   * @return the exclusion
   */
  public static Exclusion ofRequirement(RequirementId requirement, String justification) {
    return builder().requirement(requirement).justification(justification).build();
  }

  /**
   * Excludes every requirement of a clause and of its sub-clauses.
   *
   * @param clause the clause, not null
   * @param justification why it does not apply, not blank
   * @return the exclusion
   */
  public static Exclusion ofClause(ClauseRef clause, String justification) {
    return builder().clause(clause).justification(justification).build();
  }

  /**
   * The excluded requirement, if this exclusion names one.
   *
   * @return the requirement id, or empty when {@link #clause()} is set
   */
  public abstract Optional<RequirementId> requirement();

  /**
   * The excluded clause, if this exclusion names one.
   *
   * @return the clause, or empty when {@link #requirement()} is set
   */
  public abstract Optional<ClauseRef> clause();

  /**
   * Why the requirement or clause does not apply.
   *
   * @return the justification, never blank
   */
  public abstract String justification();

  /**
   * What is excluded, for messages: {@code requirement x} or {@code clause iso-13485:2016#7.3}.
   *
   * @return a short description of the target
   */
  public String target() {
    return requirement().map(r -> "requirement " + r).orElseGet(() -> "clause " + clause().orElseThrow());
  }

  @Value.Check
  void check() {
    if (requirement().isPresent() == clause().isPresent()) {
      throw new InvalidModelException(
          "exclusion: expected exactly one of requirement and clause but "
              + (requirement().isPresent() ? "both were set" : "neither was set"));
    }
    Checks.text(justification(), MAX_JUSTIFICATION, "exclusion of " + target() + ": justification");
  }
}
