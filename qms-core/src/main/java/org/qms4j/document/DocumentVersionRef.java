package org.qms4j.document;

import java.util.Objects;
import org.qms4j.InvalidModelException;
import org.qms4j.internal.Checks;

/**
 * A reference to one version of a controlled document, such as {@code SOP-12@3.1}: what a record,
 * a training or an audit names when it relies on the document as it was then.
 *
 * <p>The text form is {@code <document>@<version>} ({@link #toString()}, read back by {@link
 * #parse(String)}); a document id holds no {@code @}, so the form is unambiguous. References order
 * by document, then by version label as text. Immutable and thread-safe.
 *
 * @param document the document
 * @param version the version label: 1 to {@value #MAX_VERSION} letters, digits or {@code . - _}
 */
public record DocumentVersionRef(DocumentId document, String version) implements Comparable<DocumentVersionRef> {
  /** The longest version label accepted. */
  public static final int MAX_VERSION = 50;

  /**
   * Creates a reference.
   *
   * @param document the document, not null
   * @param version the version label: 1 to {@value #MAX_VERSION} letters, digits or {@code . - _},
   *     not null
   * @throws NullPointerException if an argument is null
   * @throws InvalidModelException if the version label is malformed
   */
  public DocumentVersionRef {
    Objects.requireNonNull(document, "document");
    checkVersion(version, "document " + document + ": version");
  }

  /**
   * Creates a reference.
   *
   * @param document the document, not null
   * @param version the version label, not null
   * @return the reference
   * @throws NullPointerException if an argument is null
   * @throws InvalidModelException if the version label is malformed
   */
  public static DocumentVersionRef of(DocumentId document, String version) {
    return new DocumentVersionRef(document, version);
  }

  /**
   * Reads a reference from its text form {@code <document>@<version>}.
   *
   * @param text the text form, such as {@code SOP-12@3.1}, not null
   * @return the reference
   * @throws NullPointerException if the text is null
   * @throws InvalidModelException if the text does not hold exactly one {@code @}, or the document
   *     id or the version label is malformed
   */
  public static DocumentVersionRef parse(String text) {
    Objects.requireNonNull(text, "text");
    int at = text.indexOf('@');
    if (at < 0 || at != text.lastIndexOf('@')) {
      throw new InvalidModelException(
          "document version ref was " + Checks.quote(text) + "; expected <document>@<version> with exactly one @, such as SOP-12@3.1");
    }
    return new DocumentVersionRef(DocumentId.parse(text.substring(0, at)), text.substring(at + 1));
  }

  /**
   * Checks a version label.
   *
   * @param version the label
   * @param what the field, for the message
   * @return the label
   */
  static String checkVersion(String version, String what) {
    if (version == null) {
      throw new NullPointerException("version");
    }
    int n = version.length();
    boolean ok = n >= 1 && n <= MAX_VERSION;
    for (int i = 0; ok && i < n; i++) {
      char c = version.charAt(i);
      ok = Checks.isAsciiLetterOrDigit(c) || c == '.' || c == '-' || c == '_';
    }
    if (!ok) {
      throw new InvalidModelException(what + " was " + Checks.quote(version) + "; expected 1 to " + MAX_VERSION + " letters, digits or . - _");
    }
    return version;
  }

  /**
   * Tells whether a text is a well-formed version label.
   *
   * @param version the text
   * @return true if it is
   */
  static boolean isVersion(String version) {
    try {
      checkVersion(version, "version");
      return true;
    } catch (InvalidModelException e) {
      return false;
    }
  }

  @Override
  public int compareTo(DocumentVersionRef other) {
    int c = document.compareTo(other.document);
    return c != 0 ? c : version.compareTo(other.version);
  }

  /**
   * The text form {@code <document>@<version>}, which {@link #parse} reads back.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return document + "@" + version;
  }
}
