package org.qms4j.document;

/**
 * Where one version of a {@link ControlledDocument} stands at an instant, derived from the
 * document's history. A version goes from {@link #DRAFT} to {@link #APPROVED}, to {@link
 * #EFFECTIVE} from the instant it was made effective from, and to {@link #OBSOLETE} when the next
 * version becomes effective or the document is withdrawn; it never goes back.
 */
public enum VersionStatus {
  /** Drafted, not yet approved: it may still be reviewed and is not for use. */
  DRAFT,
  /** Approved for issue, not (yet) in use. */
  APPROVED,
  /** The version in use: at most one version of a document is effective at any instant. */
  EFFECTIVE,
  /** Superseded by a later effective version, or withdrawn with the document: no longer for use. */
  OBSOLETE
}
