package org.qms4j.training;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.qms4j.InvalidModelException;
import org.qms4j.internal.Checks;
import org.qms4j.internal.QmsStyle;
import org.qms4j.people.PersonId;

/**
 * The record that a person completed training in a competence: when, until when it counts, on which
 * version of the document for a document competence, and whether and when its effectiveness was
 * evaluated, by whom, with which outcome (ISO 9001 7.2 c, ISO 13485 6.2 d).
 *
 * <p>Invariants: a document version, one line of at most {@value #MAX_VERSION} characters, exactly
 * when the competence is a document; the expiry after completion; the evaluation instant not before
 * completion, and the evaluator and the outcome present exactly when it is. The training counts
 * from its completion up to its expiry, excluded ({@link #isValidAt}). Immutable and thread-safe.
 *
 * <pre>{@code
 * TrainingRecord r = TrainingRecord.builder()
 *     .id(TrainingRecordId.of("TR-2026-014"))
 *     .person(PersonId.of("ana"))
 *     .competence(Competence.document("SOP-01"))
 *     .documentVersion("5")
 *     .completedAt(Instant.parse("2026-03-02T10:00:00Z"))
 *     .expiresAt(Instant.parse("2028-03-02T10:00:00Z"))
 *     .effectivenessEvaluatedAt(Instant.parse("2026-04-01T10:00:00Z"))
 *     .evaluatedBy(PersonId.of("cleo"))
 *     .effective(true)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@QmsStyle
public abstract class TrainingRecord {
  /** The longest document version accepted. */
  public static final int MAX_VERSION = 100;

  TrainingRecord() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static ImmutableTrainingRecord.Builder builder() {
    return new ImmutableTrainingRecord.Builder();
  }

  /**
   * The id, unique within a quality system.
   *
   * @return the id
   */
  public abstract TrainingRecordId id();

  /**
   * The person trained.
   *
   * @return the person
   */
  public abstract PersonId person();

  /**
   * The competence trained in.
   *
   * @return the competence
   */
  public abstract Competence competence();

  /**
   * The version of the document trained on: present exactly when the competence is a document.
   *
   * @return the version, one line of at most {@value #MAX_VERSION} characters
   */
  public abstract Optional<String> documentVersion();

  /**
   * When the training was completed.
   *
   * @return the completion instant
   */
  public abstract Instant completedAt();

  /**
   * When the training stops counting, after completion; empty if it counts for good.
   *
   * @return the expiry
   */
  public abstract Optional<Instant> expiresAt();

  /**
   * When the training's effectiveness was evaluated, not before completion; empty if it was not.
   *
   * @return the evaluation instant
   */
  public abstract Optional<Instant> effectivenessEvaluatedAt();

  /**
   * Who evaluated the training's effectiveness: present exactly when it was evaluated.
   *
   * @return the evaluator
   */
  public abstract Optional<PersonId> evaluatedBy();

  /**
   * The evaluation's outcome, true if the training was found effective: present exactly when it was
   * evaluated.
   *
   * @return the outcome
   */
  public abstract Optional<Boolean> effective();

  /**
   * Tells whether the training counts at an instant: completed at or before it and not expired
   * (an expiry at the instant itself has expired it).
   *
   * @param instant the instant, not null
   * @return true if valid then
   */
  public boolean isValidAt(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return !instant.isBefore(completedAt()) && (expiresAt().isEmpty() || instant.isBefore(expiresAt().get()));
  }

  /**
   * Tells whether the training's effectiveness had been evaluated by an instant: at or before it.
   *
   * @param instant the instant, not null
   * @return true if evaluated then
   */
  public boolean isEvaluatedAt(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return effectivenessEvaluatedAt().isPresent() && !instant.isBefore(effectivenessEvaluatedAt().get());
  }

  /**
   * This record with its effectiveness evaluated: the instant, the evaluator and the outcome set
   * together.
   *
   * @param at when the evaluation was made, not before completion, not null
   * @param by who evaluated, not null
   * @param effective true if the training was found effective
   * @return the evaluated record
   * @throws NullPointerException if an argument is null
   * @throws InvalidModelException if the evaluation lies before completion
   */
  public TrainingRecord withEvaluation(Instant at, PersonId by, boolean effective) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
    return builder().from(this).effectivenessEvaluatedAt(at).evaluatedBy(by).effective(effective).build();
  }

  @Value.Check
  void check() {
    String where = "training record " + id();
    boolean document = competence().documentId().isPresent();
    if (document && documentVersion().isEmpty()) {
      throw new InvalidModelException(
          where + ": documentVersion was empty; expected the version of " + competence() + " trained on");
    }
    if (!document && documentVersion().isPresent()) {
      throw new InvalidModelException(
          where
              + ": documentVersion was "
              + Checks.quote(documentVersion().get())
              + "; expected none for "
              + Checks.quote(competence().toString())
              + ", which is no document");
    }
    documentVersion().ifPresent(v -> Checks.line(v, MAX_VERSION, where + ": documentVersion " + Checks.quote(v)));
    if (expiresAt().isPresent() && !expiresAt().get().isAfter(completedAt())) {
      throw new InvalidModelException(
          where + ": expiresAt was " + expiresAt().get() + "; expected after completedAt " + completedAt());
    }
    boolean evaluated = effectivenessEvaluatedAt().isPresent();
    if (evaluated && effectivenessEvaluatedAt().get().isBefore(completedAt())) {
      throw new InvalidModelException(
          where
              + ": effectivenessEvaluatedAt was "
              + effectivenessEvaluatedAt().get()
              + "; expected at or after completedAt "
              + completedAt());
    }
    if (evaluated != evaluatedBy().isPresent()) {
      throw new InvalidModelException(
          where
              + (evaluated
                  ? ": evaluatedBy was empty; expected the evaluator, since effectivenessEvaluatedAt was set"
                  : ": evaluatedBy was " + evaluatedBy().get() + "; expected none without effectivenessEvaluatedAt"));
    }
    if (evaluated != effective().isPresent()) {
      throw new InvalidModelException(
          where
              + (evaluated
                  ? ": effective was empty; expected the outcome, since effectivenessEvaluatedAt was set"
                  : ": effective was " + effective().get() + "; expected none without effectivenessEvaluatedAt"));
    }
  }
}
