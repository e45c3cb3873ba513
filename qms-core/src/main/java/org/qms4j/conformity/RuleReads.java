package org.qms4j.conformity;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.qms4j.system.FactType;

/**
 * What a {@link Rule} reads, so that a {@link ConformitySession} knows which requirements to judge
 * again when something changes and when the session moves to another instant.
 *
 * <ul>
 *   <li>{@link #requirementFacts()}: the rule reads only what {@link RequirementFacts} gives for its
 *       requirement (its evidence and findings, and those mapped onto it), and its decision can
 *       change in time only at those facts' own dates (collected, effective, expiry, raised,
 *       closed). The built-in rules read this.
 *   <li>{@link #and(FactType...)}: besides, whole registers or host facts of the snapshot ({@link
 *       RequirementFacts#system()}); any change to them judges again every requirement the rule
 *       applies to, and so does time passing a date of any item of those registers ({@link
 *       org.qms4j.system.RegisterType#datesOf}).
 *   <li>{@link #dependingOnInstant()}: besides, the decision may change at instants of its own
 *       (twelve months after a record's date, say): every move of a session's instant judges the
 *       rule's requirements again.
 *   <li>{@link #everything()}: anything, at any instant. The default for a rule that declares
 *       nothing: correct whatever the rule does, but every change and every move judges its
 *       requirements again.
 * </ul>
 *
 * <p>Declaring less than a rule reads makes a session's report differ from a full evaluation.
 * Immutable and thread-safe.
 */
public final class RuleReads {
  private static final RuleReads EVERYTHING = new RuleReads(true, Set.of(), true);
  private static final RuleReads REQUIREMENT_FACTS = new RuleReads(false, Set.of(), false);

  private final boolean everything;
  private final Set<FactType> factTypes;
  private final boolean dependsOnInstant;

  private RuleReads(boolean everything, Set<FactType> factTypes, boolean dependsOnInstant) {
    this.everything = everything;
    this.factTypes = factTypes;
    this.dependsOnInstant = dependsOnInstant;
  }

  /**
   * Reads anything of the snapshot, at any instant: the default.
   *
   * @return the reads
   */
  public static RuleReads everything() {
    return EVERYTHING;
  }

  /**
   * Reads only the requirement's own (and mapped) evidence and findings, changing in time only at
   * their dates.
   *
   * @return the reads
   */
  public static RuleReads requirementFacts() {
    return REQUIREMENT_FACTS;
  }

  /**
   * These reads and, besides, whole registers or host facts of the snapshot.
   *
   * @param types the registers and host fact keys read, not null
   * @return the reads
   * @throws NullPointerException if a type is null
   */
  public RuleReads and(FactType... types) {
    if (everything) {
      return this;
    }
    Set<FactType> all = new LinkedHashSet<>(factTypes);
    for (FactType t : types) {
      all.add(Objects.requireNonNull(t, "types"));
    }
    return new RuleReads(false, Collections.unmodifiableSet(all), dependsOnInstant);
  }

  /**
   * These reads, with a decision that may change at any instant.
   *
   * @return the reads
   */
  public RuleReads dependingOnInstant() {
    return everything || dependsOnInstant ? this : new RuleReads(false, factTypes, true);
  }

  /**
   * Whether the rule may read anything.
   *
   * @return true for {@link #everything()}
   */
  public boolean readsEverything() {
    return everything;
  }

  /**
   * The registers and host facts read besides the requirement's own facts.
   *
   * @return the fact types, empty for {@link #everything()} (which reads all of them)
   */
  public Set<FactType> factTypes() {
    return factTypes;
  }

  /**
   * Whether the decision may change at instants other than the dates of the requirement's facts.
   *
   * @return true for {@link #everything()} and after {@link #dependingOnInstant()}
   */
  public boolean dependsOnInstant() {
    return dependsOnInstant;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleReads
        && everything == ((RuleReads) o).everything
        && dependsOnInstant == ((RuleReads) o).dependsOnInstant
        && factTypes.equals(((RuleReads) o).factTypes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(everything, factTypes, dependsOnInstant);
  }

  @Override
  public String toString() {
    if (everything) {
      return "RuleReads{everything}";
    }
    return "RuleReads{requirement facts" + (factTypes.isEmpty() ? "" : ", " + factTypes) + (dependsOnInstant ? ", any instant" : "") + "}";
  }
}
