package org.qms4j.training;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.internal.Checks;
import org.qms4j.internal.QmsStyle;
import org.qms4j.people.PersonId;

/**
 * A role in the quality system: the competence it requires of whoever holds it, the processes it
 * owns (as the clauses that describe them) and who held it when ({@link #holders()}). Whoever holds
 * the role at an instant owes every competence it requires then ({@link CompetenceMatrix}).
 *
 * <p>Limits: a name of at most {@value #MAX_NAME} characters on one line, at most {@value
 * #MAX_COMPETENCES} required competences, {@value #MAX_OWNED} owned clauses and {@value
 * #MAX_HOLDERS} assignments. The assignments of one person never overlap (one may start at the
 * instant the one before ended). Immutable and thread-safe.
 *
 * <pre>{@code
 * Role nurse = Role.builder()
 *     .id(RoleId.of("ward-nurse"))
 *     .name("Ward nurse")
 *     .addRequire(Competence.skill("Basic life support"))
 *     .addRequire(Competence.document("SOP-01"))
 *     .addOwn(ClauseRef.parse("iso-9001:2015#8.5"))
 *     .addHolder(RoleAssignment.since(PersonId.of("ana"), Instant.parse("2026-01-05T08:00:00Z")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@QmsStyle
public abstract class Role {
  /** The longest name accepted. */
  public static final int MAX_NAME = 200;
  /** The most competences a role requires. */
  public static final int MAX_COMPETENCES = 1_000;
  /** The most clauses a role owns. */
  public static final int MAX_OWNED = 1_000;
  /** The most assignments a role holds, past and present. */
  public static final int MAX_HOLDERS = 10_000;

  Role() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static ImmutableRole.Builder builder() {
    return new ImmutableRole.Builder();
  }

  /**
   * The id, unique within a quality system.
   *
   * @return the id
   */
  public abstract RoleId id();

  /**
   * The name: one line of at most {@value #MAX_NAME} characters.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The competences whoever holds the role must have; possibly none.
   *
   * @return the required competences
   */
  public abstract Set<Competence> requires();

  /**
   * The clauses whose processes the role owns; possibly none.
   *
   * @return the owned clauses
   */
  public abstract Set<ClauseRef> owns();

  /**
   * Who held, holds or will hold the role, and when; possibly none.
   *
   * @return the assignments
   */
  public abstract List<RoleAssignment> holders();

  /**
   * The people who hold the role at an instant.
   *
   * @param instant the instant, not null
   * @return the holders then, sorted, possibly empty
   */
  public Set<PersonId> holdersAt(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    Set<PersonId> at = new TreeSet<>();
    for (RoleAssignment a : holders()) {
      if (a.isActiveAt(instant)) {
        at.add(a.person());
      }
    }
    return Collections.unmodifiableSet(at);
  }

  /**
   * Tells whether a person holds the role at an instant.
   *
   * @param person the person, not null
   * @param instant the instant, not null
   * @return true if one of the person's assignments is active then
   */
  public boolean isHeldBy(PersonId person, Instant instant) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(instant, "instant");
    for (RoleAssignment a : holders()) {
      if (a.person().equals(person) && a.isActiveAt(instant)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The instants at which the role's holders change: every assignment's start and end.
   *
   * @return the instants, sorted, without duplicates
   */
  public List<Instant> dates() {
    Set<Instant> all = new TreeSet<>();
    for (RoleAssignment a : holders()) {
      all.add(a.from());
      a.until().ifPresent(all::add);
    }
    return List.copyOf(all);
  }

  @Value.Check
  void check() {
    String where = "role " + id();
    Checks.line(name(), MAX_NAME, where + ": name");
    if (requires().size() > MAX_COMPETENCES) {
      throw new InvalidModelException(
          where + ": requires had " + requires().size() + " competences; expected at most " + MAX_COMPETENCES);
    }
    if (owns().size() > MAX_OWNED) {
      throw new InvalidModelException(where + ": owns had " + owns().size() + " clauses; expected at most " + MAX_OWNED);
    }
    if (holders().size() > MAX_HOLDERS) {
      throw new InvalidModelException(
          where + ": holders had " + holders().size() + " assignments; expected at most " + MAX_HOLDERS);
    }
    List<RoleAssignment> sorted = new ArrayList<>(holders());
    sorted.sort(Comparator.comparing(RoleAssignment::person).thenComparing(RoleAssignment::from));
    for (int i = 1; i < sorted.size(); i++) {
      RoleAssignment before = sorted.get(i - 1);
      RoleAssignment next = sorted.get(i);
      if (before.person().equals(next.person())
          && (before.until().isEmpty() || before.until().get().isAfter(next.from()))) {
        throw new InvalidModelException(
            where
                + ": holders had overlapping assignments of "
                + next.person()
                + ", from "
                + before.from()
                + " until "
                + before.until().map(Instant::toString).orElse("further notice")
                + " and from "
                + next.from()
                + "; expected one assignment at a time per person");
      }
    }
  }
}
