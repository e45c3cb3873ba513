package org.qms4j.history;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.qms4j.internal.Checks;
import org.qms4j.people.PersonId;

/**
 * Who acts, when, and optionally why and under what printed name: the part of an {@link Event} the
 * caller supplies to a transition such as {@code action.close(By.of(alice, now))}. Where the act is
 * a signature, 21 CFR 11.50 asks the record to show the signer's printed name: give it with {@link
 * #named(String)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param person who acts
 * @param name the person's printed name, if given; one line of at most {@value Event#MAX_NAME}
 *     characters
 * @param at when
 * @param reason why, if said; at most {@value Event#MAX_TEXT} characters
 */
public record By(PersonId person, Optional<String> name, Instant at, Optional<String> reason) {

  /**
   * Creates an actor stamp.
   *
   * @param person who acts, not null
   * @param name the printed name, if given, not null
   * @param at when, not null
   * @param reason why, if said, not null
   * @throws NullPointerException if an argument is null
   * @throws org.qms4j.InvalidModelException if the name or reason is blank, too long or holds
   *     control characters
   */
  public By {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(at, "at");
    name.ifPresent(n -> Event.wellFormed(Checks.line(n, Event.MAX_NAME, "name"), "name"));
    Objects.requireNonNull(reason, "reason");
    reason.ifPresent(r -> Event.wellFormed(Checks.text(r, Event.MAX_TEXT, "reason"), "reason"));
  }

  /**
   * A person acting at an instant, without a stated reason.
   *
   * @param person who acts, not null
   * @param at when, not null
   * @return the stamp
   */
  public static By of(PersonId person, Instant at) {
    return new By(person, Optional.empty(), at, Optional.empty());
  }

  /**
   * This stamp with the person's printed name.
   *
   * @param name the printed name, one line, not blank, not null
   * @return a new stamp
   * @throws org.qms4j.InvalidModelException if the name is blank, too long or not one line
   */
  public By named(String name) {
    return new By(person, Optional.of(Objects.requireNonNull(name, "name")), at, reason);
  }

  /**
   * This stamp with a reason.
   *
   * @param reason why, not blank, not null
   * @return a new stamp
   * @throws org.qms4j.InvalidModelException if the reason is blank, too long or holds control
   *     characters
   */
  public By because(String reason) {
    return new By(person, name, at, Optional.of(Objects.requireNonNull(reason, "reason")));
  }
}
