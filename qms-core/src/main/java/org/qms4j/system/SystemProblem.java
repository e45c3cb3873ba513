package org.qms4j.system;

import java.util.Objects;

/**
 * One problem found when a quality system is built or changed, naming the element it concerns.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what is wrong, not null
 * @param element the element concerned, such as {@code evidence ev-1} or {@code exclusion of
 *     requirement r-1}; values in it are shortened and escaped; not null
 * @param message a short plain-English explanation naming the offending values, not null
 */
public record SystemProblem(Kind kind, String element, String message) {

  /**
   * Creates a problem.
   *
   * @param kind what is wrong, not null
   * @param element the element concerned, such as {@code evidence ev-1} or {@code exclusion of requirement r-1}; values in it are shortened and escaped; not null
   * @param message a short plain-English explanation naming the offending values, not null
   * @throws NullPointerException if a part is null
   */
  public SystemProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(message, "message");
  }

  /** The kinds of problem. */
  public enum Kind {
    /** A required value was not set. */
    MISSING_VALUE,
    /** A text is blank, too long or holds a character it may not. */
    INVALID_TEXT,
    /** Two items of one register, two catalogs or two mapping sets share an id. */
    DUPLICATE_ID,
    /** Two catalogs of the system hold a requirement with the same id. */
    REPEATED_REQUIREMENT_ID,
    /** An item refers to a requirement, clause, catalog or item the system does not hold. */
    UNKNOWN_REFERENCE,
    /** An exclusion would exclude a requirement its catalog does not permit to be excluded. */
    EXCLUSION_NOT_PERMITTED,
    /** Two different exclusions cover the same requirement. */
    CONFLICTING_EXCLUSIONS,
    /** A removal names something the system does not hold. */
    NOT_FOUND,
    /** A host fact's value is not of its key's type. */
    WRONG_TYPE,
    /** A removal would leave another item referring to what was removed. */
    STILL_REFERENCED,
    /**
     * A major or minor nonconformity is closed without a linked corrective action whose
     * effectiveness check passed at or before the closing instant.
     */
    CLOSED_WITHOUT_EFFECTIVE_ACTION,
    /** A corrective action replaces one whose history its own does not continue. */
    HISTORY_REWRITTEN
  }

  @Override
  public String toString() {
    return element + ": " + message;
  }
}
