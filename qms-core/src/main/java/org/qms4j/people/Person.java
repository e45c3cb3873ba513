package org.qms4j.people;

import org.immutables.value.Value;
import org.qms4j.InvalidModelException;
import org.qms4j.internal.Checks;
import org.qms4j.internal.QmsStyle;

/**
 * A person who acts in the quality system: their identifier and the name records show for them.
 * Roles, competence and training build on it (see {@code org.qms4j.training}).
 *
 * <p>Limits: a name of at most {@value #MAX_NAME} characters on one line. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Person ana = Person.builder().id(PersonId.of("ana")).name("Ana Lima").build();
 * }</pre>
 */
@Value.Immutable
@QmsStyle
public abstract class Person {
  /** The longest name accepted. */
  public static final int MAX_NAME = 200;

  Person() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static ImmutablePerson.Builder builder() {
    return new ImmutablePerson.Builder();
  }

  /**
   * Creates a person.
   *
   * @param id the identifier, not null
   * @param name the name, one line of at most {@value #MAX_NAME} characters, not null
   * @return the person
   * @throws NullPointerException if an argument is null
   * @throws InvalidModelException if the name is blank, too long or not one line
   */
  public static Person of(PersonId id, String name) {
    return builder().id(id).name(name).build();
  }

  /**
   * The identifier, unique within a quality system.
   *
   * @return the identifier
   */
  public abstract PersonId id();

  /**
   * The name, as records show it: one line of at most {@value #MAX_NAME} characters.
   *
   * @return the name
   */
  public abstract String name();

  @Value.Check
  void check() {
    Checks.line(name(), MAX_NAME, "person " + id() + ": name");
  }
}
