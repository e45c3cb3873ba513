package org.qms4j.training;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.qms4j.InvalidModelException;
import org.qms4j.people.PersonId;

/**
 * A person holding a role for a period: from an instant on, until an instant (excluded) or for
 * good. The period is half-open: the person holds the role at {@code from} and no longer at {@code
 * until}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param person the person, not null
 * @param from when the assignment starts, not null
 * @param until when it ends, after {@code from}; empty while it lasts
 */
public record RoleAssignment(PersonId person, Instant from, Optional<Instant> until) {

  /**
   * Creates an assignment.
   *
   * @param person the person, not null
   * @param from when the assignment starts, not null
   * @param until when it ends, after {@code from}; empty while it lasts
   * @throws NullPointerException if an argument is null
   * @throws InvalidModelException if {@code until} is not after {@code from}
   */
  public RoleAssignment {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (until.isPresent() && !until.get().isAfter(from)) {
      throw new InvalidModelException(
          "role assignment of " + person + ": until was " + until.get() + "; expected after from " + from);
    }
  }

  /**
   * An assignment that lasts.
   *
   * @param person the person, not null
   * @param from when the assignment starts, not null
   * @return the assignment
   * @throws NullPointerException if an argument is null
   */
  public static RoleAssignment since(PersonId person, Instant from) {
    return new RoleAssignment(person, from, Optional.empty());
  }

  /**
   * An assignment that ended or will end.
   *
   * @param person the person, not null
   * @param from when the assignment starts, not null
   * @param until when it ends, after {@code from}, not null
   * @return the assignment
   * @throws NullPointerException if an argument is null
   * @throws InvalidModelException if {@code until} is not after {@code from}
   */
  public static RoleAssignment between(PersonId person, Instant from, Instant until) {
    return new RoleAssignment(person, from, Optional.of(until));
  }

  /**
   * Tells whether the person holds the role at an instant: at or after {@code from} and before
   * {@code until}.
   *
   * @param instant the instant, not null
   * @return true if the assignment is active then
   */
  public boolean isActiveAt(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return !instant.isBefore(from) && (until.isEmpty() || instant.isBefore(until.get()));
  }
}
