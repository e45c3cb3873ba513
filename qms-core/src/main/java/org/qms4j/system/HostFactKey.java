package org.qms4j.system;

import java.util.Objects;
import org.qms4j.InvalidModelException;
import org.qms4j.internal.Checks;

/**
 * Names a host fact: data the host keeps and the library does not model (a hand-hygiene audit
 * score from the host's own system, say), attached to a quality system snapshot as an immutable,
 * typed value that host rules read ({@link QualitySystem#hostFact}).
 *
 * <p>Two keys are equal when their names and types are. The values must be immutable and
 * thread-safe, and should have value equality: a snapshot's equality compares them with {@code
 * equals}. Immutable and thread-safe.
 *
 * <pre>{@code
 * record HandHygiene(double compliance) {}
 * static final HostFactKey<HandHygiene> HAND_HYGIENE = HostFactKey.of("hand-hygiene", HandHygiene.class);
 *
 * QualitySystem next = system.withHostFact(HAND_HYGIENE, new HandHygiene(0.87));
 * }</pre>
 *
 * @param <T> the type of the values
 */
public final class HostFactKey<T> implements FactType {
  private final String name;
  private final Class<T> type;

  private HostFactKey(String name, Class<T> type) {
    this.name = Checks.id(Objects.requireNonNull(name, "name"), "host fact key: name");
    this.type = Objects.requireNonNull(type, "type");
  }

  /**
   * Creates a key.
   *
   * @param name the name, an identifier (1 to 200 letters, digits or {@code . _ : / # + - ( )})
   * @param type the type of the values, not null
   * @param <T> the type of the values
   * @return the key
   * @throws NullPointerException if an argument is null
   * @throws InvalidModelException if the name is not an identifier
   */
  public static <T> HostFactKey<T> of(String name, Class<T> type) {
    return new HostFactKey<>(name, type);
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * The type of the values.
   *
   * @return the type
   */
  public Class<T> type() {
    return type;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HostFactKey
        && name.equals(((HostFactKey<?>) o).name)
        && type.equals(((HostFactKey<?>) o).type);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + type.hashCode();
  }

  @Override
  public String toString() {
    return "host fact " + name;
  }
}
