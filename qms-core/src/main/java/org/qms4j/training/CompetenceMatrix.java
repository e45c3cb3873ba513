package org.qms4j.training;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.qms4j.InvalidModelException;
import org.qms4j.people.PersonId;

/**
 * Who lacks which competence as of an instant: every person holding a role then owes each
 * competence the role requires, and their training records tell whether they have it (ISO 9001 7.2,
 * ISO 13485 6.2).
 *
 * <p>Only what had happened by the instant counts: records completed at or before it, evaluations
 * made at or before it, assignments active at it. Of a person's records in a competence, the best
 * decides, in this order of preference:
 *
 * <ol>
 *   <li>a record that is valid then ({@link TrainingRecord#isValidAt}), on the version of the
 *       document effective then if the competence is a document with an effective version, and
 *       either evaluated effective or not yet evaluated but completed less than the evaluation
 *       grace period before: the person is competent;
 *   <li>such a record, not evaluated, completed at least the grace period before: {@link
 *       GapKind#EFFECTIVENESS_NOT_EVALUATED};
 *   <li>such a record, evaluated and found not effective: {@link GapKind#NOT_EFFECTIVE};
 *   <li>a valid record on another version of the document: {@link GapKind#RETRAINING_OWED};
 *   <li>an expired record: {@link GapKind#EXPIRED};
 * </ol>
 *
 * <p>and with no record completed by then, {@link GapKind#NEVER_TRAINED}. Among records of the same
 * preference the latest completed decides (the greater id on a tie); the gap names it. The matrix
 * does not order versions: a record on any version other than the effective one owes retraining. A
 * document with no effective version then accepts a valid record on any version.
 *
 * <p>Limits: at most {@value #MAX_ROLES} roles and {@value #MAX_RECORDS} records, role ids and
 * record ids unique, an evaluation grace period of zero to {@value #MAX_GRACE_DAYS} days. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * CompetenceMatrix matrix = CompetenceMatrix.of(
 *     roles, records, documentId -> register.effectiveVersion(documentId, asOf),
 *     Duration.ofDays(90), asOf);
 * List<CompetenceGap> mine = matrix.gapsFor(PersonId.of("ana"));
 * }</pre>
 */
public final class CompetenceMatrix {
  /** The most roles a matrix reads. */
  public static final int MAX_ROLES = 10_000;
  /** The most training records a matrix reads. */
  public static final int MAX_RECORDS = 1_000_000;
  /** The longest evaluation grace period accepted, in days. */
  public static final int MAX_GRACE_DAYS = 36_600;

  private static final Comparator<CompetenceGap> ORDER =
      Comparator.comparing(CompetenceGap::person)
          .thenComparing(CompetenceGap::role)
          .thenComparing(CompetenceGap::competence);

  /** Preference of a record, best first; {@link #NONE} when there is no record. */
  private static final int COMPETENT = 0;
  private static final int NOT_EVALUATED = 1;
  private static final int NOT_EFFECTIVE = 2;
  private static final int OTHER_VERSION = 3;
  private static final int EXPIRED = 4;
  private static final int NONE = 5;

  /** The roles, by id. */
  private final Map<RoleId, Role> roles;
  /** Each person's records, by competence. */
  private final Map<PersonId, Map<Competence, List<TrainingRecord>>> records;
  /** The version of each required document effective at {@link #asOf}, or empty. */
  private final Map<String, Optional<String>> effectiveVersions;
  /** How long training may go unevaluated. */
  private final Duration evaluationGrace;
  /** The instant of the matrix. */
  private final Instant asOf;
  /** Every gap, sorted. */
  private final List<CompetenceGap> gaps;
  /** The gaps by person. */
  private final Map<PersonId, List<CompetenceGap>> byPerson;
  /** The gaps by role. */
  private final Map<RoleId, List<CompetenceGap>> byRole;

  private CompetenceMatrix(
      Map<RoleId, Role> roles,
      Map<PersonId, Map<Competence, List<TrainingRecord>>> records,
      Map<String, Optional<String>> effectiveVersions,
      Duration evaluationGrace,
      Instant asOf) {
    this.roles = roles;
    this.records = records;
    this.effectiveVersions = effectiveVersions;
    this.evaluationGrace = evaluationGrace;
    this.asOf = asOf;
    List<CompetenceGap> all = new ArrayList<>();
    for (Role role : roles.values()) {
      for (PersonId person : role.holdersAt(asOf)) {
        for (Competence c : role.requires()) {
          gap(person, role.id(), c).ifPresent(all::add);
        }
      }
    }
    all.sort(ORDER);
    this.gaps = List.copyOf(all);
    Map<PersonId, List<CompetenceGap>> p = new HashMap<>();
    Map<RoleId, List<CompetenceGap>> r = new HashMap<>();
    for (CompetenceGap g : gaps) {
      p.computeIfAbsent(g.person(), k -> new ArrayList<>()).add(g);
      r.computeIfAbsent(g.role(), k -> new ArrayList<>()).add(g);
    }
    p.replaceAll((k, v) -> List.copyOf(v));
    r.replaceAll((k, v) -> List.copyOf(v));
    this.byPerson = p;
    this.byRole = r;
  }

  /**
   * Builds the matrix as of an instant.
   *
   * @param roles the roles, with their holders over time, not null; at most {@value #MAX_ROLES},
   *     ids unique
   * @param records the training records, of anyone in any competence, not null; at most {@value
   *     #MAX_RECORDS}, ids unique
   * @param effectiveVersionOf the version of a document (by id) effective at {@code asOf}, or empty
   *     if none is; called once for each document a role requires; not null, never returning null
   * @param evaluationGrace how long after completion training may go without an effectiveness
   *     evaluation, zero to {@value #MAX_GRACE_DAYS} days, not null
   * @param asOf the instant, not null
   * @return the matrix
   * @throws NullPointerException if an argument, an element or a version looked up is null
   * @throws InvalidModelException if a limit is exceeded, two roles or two records share an id, or
   *     the grace period is out of range
   */
  public static CompetenceMatrix of(
      Collection<Role> roles,
      Collection<TrainingRecord> records,
      Function<String, Optional<String>> effectiveVersionOf,
      Duration evaluationGrace,
      Instant asOf) {
    Objects.requireNonNull(roles, "roles");
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(effectiveVersionOf, "effectiveVersionOf");
    Objects.requireNonNull(evaluationGrace, "evaluationGrace");
    Objects.requireNonNull(asOf, "asOf");
    if (evaluationGrace.isNegative() || evaluationGrace.compareTo(Duration.ofDays(MAX_GRACE_DAYS)) > 0) {
      throw new InvalidModelException(
          "competence matrix: evaluationGrace was " + evaluationGrace + "; expected zero to " + MAX_GRACE_DAYS + " days");
    }
    if (roles.size() > MAX_ROLES) {
      throw new InvalidModelException(
          "competence matrix: roles had " + roles.size() + " roles; expected at most " + MAX_ROLES);
    }
    if (records.size() > MAX_RECORDS) {
      throw new InvalidModelException(
          "competence matrix: records had " + records.size() + " records; expected at most " + MAX_RECORDS);
    }
    Map<RoleId, Role> byId = new TreeMap<>();
    Map<String, Optional<String>> versions = new HashMap<>();
    for (Role role : roles) {
      Objects.requireNonNull(role, "role");
      if (byId.put(role.id(), role) != null) {
        throw new InvalidModelException(
            "competence matrix: roles had two roles with id " + role.id() + "; expected unique ids");
      }
      for (Competence c : role.requires()) {
        Optional<String> doc = c.documentId();
        if (doc.isPresent() && !versions.containsKey(doc.get())) {
          Optional<String> v =
              Objects.requireNonNull(effectiveVersionOf.apply(doc.get()), "effectiveVersionOf(" + doc.get() + ")");
          versions.put(doc.get(), v);
        }
      }
    }
    Map<PersonId, Map<Competence, List<TrainingRecord>>> byPerson = new HashMap<>();
    Map<TrainingRecordId, TrainingRecord> ids = new HashMap<>(Math.max(16, records.size() * 2));
    for (TrainingRecord r : records) {
      Objects.requireNonNull(r, "record");
      if (ids.put(r.id(), r) != null) {
        throw new InvalidModelException(
            "competence matrix: records had two records with id " + r.id() + "; expected unique ids");
      }
      byPerson.computeIfAbsent(r.person(), k -> new HashMap<>()).computeIfAbsent(r.competence(), k -> new ArrayList<>()).add(r);
    }
    return new CompetenceMatrix(byId, byPerson, versions, evaluationGrace, asOf);
  }

  /**
   * The instants at which a training record's standing changes: its completion, its expiry and its
   * effectiveness evaluation, where set. A host that looks ahead evaluates the matrix at them.
   *
   * @param record the record, not null
   * @return the instants, sorted, without duplicates
   */
  public static List<Instant> dates(TrainingRecord record) {
    Objects.requireNonNull(record, "record");
    TreeSet<Instant> all = new TreeSet<>();
    all.add(record.completedAt());
    record.expiresAt().ifPresent(all::add);
    record.effectivenessEvaluatedAt().ifPresent(all::add);
    return List.copyOf(all);
  }

  /**
   * The instants of {@link #dates(TrainingRecord)}, and the instant the evaluation grace period
   * after completion ends, at which unevaluated training starts to owe its evaluation (left out if
   * it lies beyond {@link Instant#MAX}).
   *
   * @param record the record, not null
   * @param evaluationGrace the grace period, not negative, not null
   * @return the instants, sorted, without duplicates
   * @throws IllegalArgumentException if the grace period is negative
   */
  public static List<Instant> dates(TrainingRecord record, Duration evaluationGrace) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(evaluationGrace, "evaluationGrace");
    if (evaluationGrace.isNegative()) {
      throw new IllegalArgumentException("evaluationGrace was " + evaluationGrace + "; expected zero or more");
    }
    TreeSet<Instant> all = new TreeSet<>(dates(record));
    if (Duration.between(record.completedAt(), Instant.MAX).compareTo(evaluationGrace) >= 0) {
      all.add(record.completedAt().plus(evaluationGrace));
    }
    return List.copyOf(all);
  }

  /**
   * The instant of the matrix.
   *
   * @return the instant
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * How long after completion training may go without an effectiveness evaluation.
   *
   * @return the grace period
   */
  public Duration evaluationGrace() {
    return evaluationGrace;
  }

  /**
   * Every gap: each competence a person holding a role owes, sorted by person, role and competence.
   *
   * @return the gaps, possibly empty
   */
  public List<CompetenceGap> gaps() {
    return gaps;
  }

  /**
   * The gaps of one person, through every role they hold, sorted by role and competence.
   *
   * @param person the person, not null
   * @return the gaps, empty if the person holds no role or lacks nothing
   */
  public List<CompetenceGap> gapsFor(PersonId person) {
    Objects.requireNonNull(person, "person");
    return byPerson.getOrDefault(person, List.of());
  }

  /**
   * The gaps of the holders of one role, sorted by person and competence.
   *
   * @param role the role, not null
   * @return the gaps, empty if the role is unknown, has no holder or its holders lack nothing
   */
  public List<CompetenceGap> gapsForRole(RoleId role) {
    Objects.requireNonNull(role, "role");
    return byRole.getOrDefault(role, List.of());
  }

  /**
   * Tells whether a person has every competence a role requires, by the rules above, whether or
   * not they hold the role then. For a holder, true exactly when {@link #gapsFor} names no gap in
   * the role; for anyone else, whether they could take the role without a gap.
   *
   * @param person the person, not null
   * @param role the role, one of the matrix's, not null
   * @return true if competent
   * @throws IllegalArgumentException if the role is not one of the matrix's
   */
  public boolean isCompetent(PersonId person, RoleId role) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(role, "role");
    Role r = roles.get(role);
    if (r == null) {
      throw new IllegalArgumentException("role " + role + " was not one of the matrix's roles");
    }
    for (Competence c : r.requires()) {
      if (gap(person, role, c).isPresent()) {
        return false;
      }
    }
    return true;
  }

  private Optional<CompetenceGap> gap(PersonId person, RoleId role, Competence competence) {
    Optional<String> effective = competence.documentId().flatMap(d -> effectiveVersions.getOrDefault(d, Optional.empty()));
    List<TrainingRecord> mine = records.getOrDefault(person, Map.of()).getOrDefault(competence, List.of());
    int bestRank = NONE;
    @Nullable TrainingRecord best = null;
    for (TrainingRecord r : mine) {
      if (r.completedAt().isAfter(asOf)) {
        continue;
      }
      int rank = rank(r, effective);
      if (best == null || rank < bestRank || (rank == bestRank && isLater(r, best))) {
        best = r;
        bestRank = rank;
      }
    }
    if (bestRank == COMPETENT) {
      return Optional.empty();
    }
    GapKind kind =
        switch (bestRank) {
          case NOT_EVALUATED -> GapKind.EFFECTIVENESS_NOT_EVALUATED;
          case NOT_EFFECTIVE -> GapKind.NOT_EFFECTIVE;
          case OTHER_VERSION -> GapKind.RETRAINING_OWED;
          case EXPIRED -> GapKind.EXPIRED;
          default -> GapKind.NEVER_TRAINED;
        };
    return Optional.of(new CompetenceGap(person, role, competence, kind, Optional.ofNullable(best).map(TrainingRecord::id)));
  }

  /** The preference of a record completed by {@link #asOf}. */
  private int rank(TrainingRecord r, Optional<String> effectiveVersion) {
    if (!r.isValidAt(asOf)) {
      return EXPIRED;
    }
    if (effectiveVersion.isPresent() && !effectiveVersion.equals(r.documentVersion())) {
      return OTHER_VERSION;
    }
    if (r.isEvaluatedAt(asOf)) {
      return r.effective().orElse(false) ? COMPETENT : NOT_EFFECTIVE;
    }
    return Duration.between(r.completedAt(), asOf).compareTo(evaluationGrace) >= 0 ? NOT_EVALUATED : COMPETENT;
  }

  private static boolean isLater(TrainingRecord r, TrainingRecord than) {
    int c = r.completedAt().compareTo(than.completedAt());
    return c > 0 || (c == 0 && r.id().compareTo(than.id()) > 0);
  }
}
