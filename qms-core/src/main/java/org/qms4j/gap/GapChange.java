package org.qms4j.gap;

import java.util.Objects;
import java.util.Optional;
import org.qms4j.catalog.RequirementId;
import org.qms4j.conformity.Verdict;

/**
 * How one requirement's gap moved between an earlier gap analysis and a later one ({@link
 * GapAnalysis#changesSince}): opened, closed, or changed in priority or verdict.
 *
 * <p>The verdicts are the requirement's verdicts in the two reports whether or not it was a gap
 * there (a closed gap shows the {@code CONFORMING} or {@code NOT_APPLICABLE} it reached); they are
 * empty only where a report holds no result for the requirement. The priorities are present
 * exactly where the requirement was a gap. Immutable and thread-safe.
 *
 * @param requirement the requirement
 * @param kind opened, closed or changed
 * @param priorityBefore its priority in the earlier analysis, if it was a gap there
 * @param priorityAfter its priority in the later analysis, if it is a gap there
 * @param verdictBefore its verdict in the earlier report, if the report judged it
 * @param verdictAfter its verdict in the later report, if the report judged it
 */
public record GapChange(
    RequirementId requirement,
    Kind kind,
    Optional<GapPriority> priorityBefore,
    Optional<GapPriority> priorityAfter,
    Optional<Verdict> verdictBefore,
    Optional<Verdict> verdictAfter) {

  /** What happened to a requirement's gap. */
  public enum Kind {
    /** The requirement is a gap now and was none before. */
    OPENED,
    /** The requirement was a gap and is none now. */
    CLOSED,
    /** The requirement is still a gap, with another priority or verdict. */
    CHANGED
  }

  /**
   * Creates a change.
   *
   * @param requirement the requirement, not null
   * @param kind the kind, not null
   * @param priorityBefore the earlier priority: present unless the kind is {@code OPENED}
   * @param priorityAfter the later priority: present unless the kind is {@code CLOSED}
   * @param verdictBefore the earlier verdict, present where there was a gap, not null
   * @param verdictAfter the later verdict, present where there is a gap, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the priorities or verdicts do not fit the kind, or a
   *     change changes nothing
   */
  public GapChange {
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(priorityBefore, "priorityBefore");
    Objects.requireNonNull(priorityAfter, "priorityAfter");
    Objects.requireNonNull(verdictBefore, "verdictBefore");
    Objects.requireNonNull(verdictAfter, "verdictAfter");
    boolean fits =
        priorityBefore.isPresent() == (kind != Kind.OPENED)
            && priorityAfter.isPresent() == (kind != Kind.CLOSED)
            && (priorityBefore.isEmpty() || verdictBefore.isPresent())
            && (priorityAfter.isEmpty() || verdictAfter.isPresent())
            && (kind != Kind.CHANGED || !priorityBefore.equals(priorityAfter) || !verdictBefore.equals(verdictAfter));
    if (!fits) {
      throw new IllegalArgumentException(
          "gap change of " + requirement + ": " + kind + " with priorities " + priorityBefore + " -> " + priorityAfter
              + " and verdicts " + verdictBefore + " -> " + verdictAfter
              + "; expected a priority before unless opened, one after unless closed, a verdict beside each, and a"
              + " change in priority or verdict");
    }
  }

  @Override
  public String toString() {
    return requirement + " " + kind + ": "
        + priorityBefore.map(Enum::name).orElse("no gap") + " " + verdictBefore.map(Enum::name).orElse("(absent)")
        + " -> "
        + priorityAfter.map(Enum::name).orElse("no gap") + " " + verdictAfter.map(Enum::name).orElse("(absent)");
  }
}
