package org.qms4j.programme;

import java.util.Objects;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.people.PersonId;

/**
 * A person who owns the process a clause describes (and the clauses below it), so may not audit
 * it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param clause the clause, not null
 * @param owner the owner, not null
 */
public record ProcessOwner(ClauseRef clause, PersonId owner) {
  /**
   * Creates an ownership.
   *
   * @param clause the clause, not null
   * @param owner the owner, not null
   */
  public ProcessOwner {
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(owner, "owner");
  }

  /**
   * Creates an ownership.
   *
   * @param clause the clause, not null
   * @param owner the owner, not null
   * @return the ownership
   */
  public static ProcessOwner of(ClauseRef clause, PersonId owner) {
    return new ProcessOwner(clause, owner);
  }
}
