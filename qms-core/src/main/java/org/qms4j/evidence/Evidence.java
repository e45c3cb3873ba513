package org.qms4j.evidence;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.RequirementId;
import org.qms4j.document.DocumentVersionRef;
import org.qms4j.internal.Checks;
import org.qms4j.internal.QmsStyle;

/**
 * An item of objective evidence that one or more requirements are met: a document, a record, an
 * observation, a training record. The artefact itself stays with the host; the evidence holds a
 * {@link #reference() reference} to it and optionally its content hash.
 *
 * <p>Evidence is built with {@link #builder()}; the builder refuses an item that supports no
 * requirement, has a blank owner, a reference that is not a URI, or expires before it becomes
 * effective. Limits: owner and content hash at most {@value #MAX_OWNER} characters on one line,
 * reference at most {@value #MAX_REFERENCE}. Immutable and thread-safe.
 *
 * <pre>{@code
 * Evidence sop = Evidence.builder()
 *     .id(EvidenceId.of("ev-1"))
 *     .addRequirement(RequirementId.of("iso-9001:2015/7.5.3.2"))
 *     .kind(EvidenceKind.PROCEDURE)
 *     .status(EvidenceStatus.ACCEPTED)
 *     .collectedAt(Instant.parse("2026-01-10T09:00:00Z"))
 *     .effectiveFrom(Instant.parse("2026-01-01T00:00:00Z"))
 *     .owner("Quality manager")
 *     .reference("https://dms.example/SOP-12")
 *     .build();
 * }</pre>
 *
 * <p>Evidence is never edited in place; a change is a new value with the same id, which replaces
 * the old one in a quality system ({@code QualitySystem.withEvidence}). Superseding a procedure by
 * its next revision, for instance:
 *
 * <pre>{@code
 * Evidence old = ImmutableEvidence.copyOf(sop).withStatus(EvidenceStatus.SUPERSEDED);
 * Evidence rev2 = Evidence.builder().from(sop)
 *     .id(EvidenceId.of("ev-2"))
 *     .effectiveFrom(Instant.parse("2026-07-01T00:00:00Z"))
 *     .reference("https://dms.example/SOP-12?rev=2")
 *     .build();
 * QualitySystem next = system.withEvidence(old).withEvidence(rev2);
 * }</pre>
 */
@Value.Immutable
@QmsStyle
public abstract class Evidence {
  /** The longest owner or content hash accepted. */
  public static final int MAX_OWNER = 200;
  /** The longest reference accepted. */
  public static final int MAX_REFERENCE = 2_000;

  Evidence() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static ImmutableEvidence.Builder builder() {
    return new ImmutableEvidence.Builder();
  }

  /**
   * The id, unique within a quality system.
   *
   * @return the id
   */
  public abstract EvidenceId id();

  /**
   * The requirements this item supports; at least one.
   *
   * @return the requirement ids, never empty
   */
  public abstract Set<RequirementId> requirements();

  /**
   * What kind of evidence this is.
   *
   * @return the kind
   */
  public abstract EvidenceKind kind();

  /**
   * Where the item stands in its review.
   *
   * @return the status
   */
  public abstract EvidenceStatus status();

  /**
   * When the item was collected; before this instant it does not exist for an evaluation.
   *
   * @return the collection instant
   */
  public abstract Instant collectedAt();

  /**
   * From when the item is in effect (the approval date of a procedure, the date of a record).
   *
   * @return the start of effect
   */
  public abstract Instant effectiveFrom();

  /**
   * When the item stops being in effect, if it does (a certificate, a periodic review).
   *
   * @return the expiry, if any; always after {@link #effectiveFrom()}
   */
  public abstract Optional<Instant> expiresAt();

  /**
   * Who owns the item: a person or a role.
   *
   * @return the owner
   */
  public abstract String owner();

  /**
   * Where the host keeps the artefact: a URI (absolute or relative), at most {@value
   * #MAX_REFERENCE} characters. Checked once when the item is built and kept as text.
   *
   * @return the reference
   */
  public abstract String reference();

  /**
   * The {@link #reference()} as a {@link URI}, parsed anew on each call.
   *
   * @return the reference URI
   */
  public URI referenceUri() {
    return URI.create(reference());
  }

  /**
   * The artefact's content hash, such as {@code sha256:9f86d0...}, if the host recorded it.
   *
   * @return the hash, if any
   */
  public abstract Optional<String> contentHash();

  /**
   * The version of a controlled document the evidence rests on, if any: a procedure at the version
   * in force, a record made on a form at its version. From the instant that version goes obsolete,
   * the evidence no longer counts as accepted ({@code EVIDENCE_ON_OBSOLETE_DOCUMENT}).
   *
   * @return the document version, if any
   */
  public abstract Optional<DocumentVersionRef> document();

  /**
   * Tells whether the item is accepted and in effect at an instant: accepted, already collected
   * and effective, not yet expired.
   *
   * @param instant the instant, not null
   * @return true if the item counts as valid evidence at that instant
   */
  public boolean isValidAt(Instant instant) {
    if (status() != EvidenceStatus.ACCEPTED
        || collectedAt().isAfter(instant)
        || effectiveFrom().isAfter(instant)) {
      return false;
    }
    Optional<Instant> expiry = expiresAt();
    return expiry.isEmpty() || instant.isBefore(expiry.get());
  }

  @Value.Check
  void check() {
    if (requirements().isEmpty()) {
      throw new InvalidModelException(
          "evidence " + id() + ": requirements was empty; expected at least one requirement id");
    }
    Checks.line(owner(), MAX_OWNER, "evidence " + id() + ": owner");
    Checks.line(reference(), MAX_REFERENCE, "evidence " + id() + ": reference");
    try {
      if (!Checks.isPlainUri(reference())) {
        new URI(reference());
      }
    } catch (URISyntaxException e) {
      throw new InvalidModelException(
          "evidence "
              + id()
              + ": reference "
              + Checks.quote(reference())
              + " is not a URI ("
              + Checks.printable(e.getReason())
              + " at index "
              + e.getIndex()
              + ")");
    }
    if (expiresAt().isPresent() && !expiresAt().get().isAfter(effectiveFrom())) {
      throw new InvalidModelException(
          "evidence "
              + id()
              + ": expiresAt was "
              + expiresAt().get()
              + "; expected after effectiveFrom "
              + effectiveFrom());
    }
    contentHash().ifPresent(h -> Checks.line(h, MAX_OWNER, "evidence " + id() + ": contentHash"));
  }
}
