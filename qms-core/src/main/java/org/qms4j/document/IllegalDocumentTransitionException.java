package org.qms4j.document;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.qms4j.QmsException;

/**
 * Thrown when a transition of a {@link ControlledDocument} is not allowed: it names the document,
 * the version concerned and its status at the attempted instant, the transition attempted and what
 * is missing. The document is unchanged.
 */
public final class IllegalDocumentTransitionException extends QmsException {
  private static final long serialVersionUID = 1L;

  /** The document whose transition was refused. */
  private final transient DocumentId document;
  /** The version concerned, if any: the one named, or for a document-wide act the effective one. */
  private final @Nullable String version;
  /** The version's status at the attempted instant, if it existed then. */
  private final @Nullable VersionStatus status;
  /** The transition attempted. */
  private final DocumentTransition transition;
  /** What was missing. */
  private final transient List<String> missing;

  IllegalDocumentTransitionException(
      DocumentId document, @Nullable String version, @Nullable VersionStatus status, DocumentTransition transition, List<String> missing) {
    super(
        "controlled document "
            + document
            + ": cannot "
            + transition.name()
            + (version == null ? "" : " version " + version)
            + (status == null ? (version == null ? "" : " (no such version)") : " in status " + status)
            + "; missing "
            + String.join(", ", missing));
    this.document = document;
    this.version = version;
    this.status = status;
    this.transition = transition;
    this.missing = List.copyOf(missing);
  }

  /**
   * The document whose transition was refused.
   *
   * @return the id
   */
  public DocumentId document() {
    return document;
  }

  /**
   * The version concerned: the one the transition named, or for a document-wide transition the
   * version effective at the attempted instant.
   *
   * @return the version label, if any
   */
  public Optional<String> version() {
    return Optional.ofNullable(version);
  }

  /**
   * The status of {@link #version()} at the attempted instant, unchanged.
   *
   * @return the status, if the version existed then
   */
  public Optional<VersionStatus> status() {
    return Optional.ofNullable(status);
  }

  /**
   * The transition attempted.
   *
   * @return the transition
   */
  public DocumentTransition transition() {
    return transition;
  }

  /**
   * What the transition needs and did not have, in words.
   *
   * @return the missing things, not empty
   */
  public List<String> missing() {
    return missing;
  }
}
