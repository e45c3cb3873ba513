package org.qms4j.conformity;

import java.util.Objects;

/**
 * Something an engine's configuration, or a system's mapping sets, names that the quality system
 * does not hold, found by {@link ConformityEngine#check}: a rule scope that contains no
 * requirement of the system (a typo, or a catalog the system does not hold), or a mapping whose
 * source or target requirement the system does not hold. The engine ignores such names when it
 * evaluates; the check tells the host before that hides a mistake.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what names nothing, not null
 * @param element the scope or mapping concerned, not null
 * @param message a plain-English explanation, not null
 */
public record ConfigurationProblem(Kind kind, String element, String message) {

  /**
   * Creates a problem.
   *
   * @param kind what names nothing, not null
   * @param element the scope or mapping concerned, not null
   * @param message a plain-English explanation, not null
   * @throws NullPointerException if a part is null
   */
  public ConfigurationProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(message, "message");
  }

  /** The kinds of configuration problem. */
  public enum Kind {
    /** A rule scope names a requirement, clause or catalog the system does not hold. */
    UNMATCHED_RULE_SCOPE,
    /** A mapping names a source or target requirement the system does not hold. */
    UNMATCHED_MAPPING
  }

  @Override
  public String toString() {
    return element + ": " + message;
  }
}
