package org.qms4j.training;

import java.util.Objects;
import java.util.Optional;
import org.qms4j.InvalidModelException;
import org.qms4j.internal.Checks;

/**
 * A competence a role requires and training gives: a named skill ({@link #skill}) or knowledge of a
 * controlled document ({@link #document}). A sealed interface with two records, {@link Skill} and
 * {@link ControlledDocument}; a document is named by its id only, which the host maps to its
 * document register, and training on it names the version trained on ({@link
 * TrainingRecord#documentVersion()}).
 *
 * <p>The text form ({@code toString()}) is {@code skill:<name>} or {@code document:<id>}, and
 * competences are ordered by it: documents before skills, each by name or id. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Competence bls = Competence.skill("Basic life support");
 * Competence sop = Competence.document("SOP-01");
 * }</pre>
 */
public sealed interface Competence extends Comparable<Competence>
    permits Competence.Skill, Competence.ControlledDocument {

  /** The longest skill name accepted. */
  int MAX_NAME = 200;

  /**
   * A named skill.
   *
   * @param name the skill, one line of at most {@value #MAX_NAME} characters, not null
   * @return the competence
   * @throws NullPointerException if the name is null
   * @throws InvalidModelException if the name is blank, too long or not one line
   */
  static Competence skill(String name) {
    return new Skill(name);
  }

  /**
   * Knowledge of a controlled document.
   *
   * @param documentId the document's id: 1 to 200 letters, digits or {@code . _ : / # + - ( )},
   *     starting with a letter or digit; not null
   * @return the competence
   * @throws NullPointerException if the id is null
   * @throws InvalidModelException if the id is not a valid identifier
   */
  static Competence document(String documentId) {
    return new ControlledDocument(documentId);
  }

  /**
   * The document's id, for a controlled document.
   *
   * @return the id, or empty for a skill
   */
  Optional<String> documentId();

  /**
   * Orders competences by their text form: documents before skills, each by id or name.
   *
   * @param other the other competence, not null
   * @return negative, zero or positive as this one comes before, with or after the other
   */
  @Override
  default int compareTo(Competence other) {
    return toString().compareTo(other.toString());
  }

  /**
   * A named skill, such as basic life support.
   *
   * <p>Immutable and thread-safe.
   *
   * @param name the skill, one line of at most {@value Competence#MAX_NAME} characters
   */
  record Skill(String name) implements Competence {
    /**
     * Creates a skill.
     *
     * @param name the skill, one line of at most {@value Competence#MAX_NAME} characters, not null
     * @throws NullPointerException if the name is null
     * @throws InvalidModelException if the name is blank, too long or not one line
     */
    public Skill {
      Objects.requireNonNull(name, "name");
      Checks.line(name, MAX_NAME, "competence: skill name " + Checks.quote(name));
    }

    /**
     * Always empty: a skill is no document.
     *
     * @return empty
     */
    @Override
    public Optional<String> documentId() {
      return Optional.empty();
    }

    /**
     * The text form, {@code skill:<name>}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
      return "skill:" + name;
    }
  }

  /**
   * Knowledge of a controlled document, named by its id in the document register.
   *
   * <p>Immutable and thread-safe.
   *
   * @param id the document's id: 1 to 200 letters, digits or {@code . _ : / # + - ( )}, starting
   *     with a letter or digit
   */
  record ControlledDocument(String id) implements Competence {
    /**
     * Creates a document competence.
     *
     * @param id the document's id, a valid identifier, not null
     * @throws NullPointerException if the id is null
     * @throws InvalidModelException if the id is not a valid identifier
     */
    public ControlledDocument {
      Checks.id(id, "competence: document id");
    }

    /**
     * The document's id.
     *
     * @return the id
     */
    @Override
    public Optional<String> documentId() {
      return Optional.of(id);
    }

    /**
     * The text form, {@code document:<id>}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
      return "document:" + id;
    }
  }
}
