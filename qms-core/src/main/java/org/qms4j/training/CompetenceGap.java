package org.qms4j.training;

import java.util.Objects;
import java.util.Optional;
import org.qms4j.InvalidModelException;
import org.qms4j.people.PersonId;

/**
 * A competence a person owes through a role they hold, and why ({@link CompetenceMatrix#gaps()}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param person the person, not null
 * @param role the role held, not null
 * @param competence the competence the role requires, not null
 * @param kind why the person lacks it, not null
 * @param latestRecord the training record that decided the gap: empty exactly when the kind is
 *     {@link GapKind#NEVER_TRAINED}
 */
public record CompetenceGap(
    PersonId person, RoleId role, Competence competence, GapKind kind, Optional<TrainingRecordId> latestRecord) {

  /**
   * Creates a gap.
   *
   * @param person the person, not null
   * @param role the role held, not null
   * @param competence the competence the role requires, not null
   * @param kind why the person lacks it, not null
   * @param latestRecord the training record that decided the gap: empty exactly when the kind is
   *     {@link GapKind#NEVER_TRAINED}
   * @throws NullPointerException if an argument is null
   * @throws InvalidModelException if the record is empty for another kind, or present for {@link
   *     GapKind#NEVER_TRAINED}
   */
  public CompetenceGap {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(competence, "competence");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(latestRecord, "latestRecord");
    if ((kind == GapKind.NEVER_TRAINED) == latestRecord.isPresent()) {
      throw new InvalidModelException(
          "competence gap of "
              + person
              + " in role "
              + role
              + ": latestRecord was "
              + latestRecord.map(TrainingRecordId::toString).orElse("empty")
              + " for "
              + kind
              + (kind == GapKind.NEVER_TRAINED ? "; expected none" : "; expected the record that decided it"));
    }
  }
}
