package org.qms4j.evidence;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.RequirementId;
import org.qms4j.internal.Checks;
import org.qms4j.internal.QmsStyle;

/**
 * An item of objective evidence that one or more requirements are met: a document, a record, an
 * observation, a training record. The artefact itself stays with the host; the evidence holds a
 * {@link #reference() reference} to it and optionally its content hash.
 *
 * <p>Evidence is built with {@link #builder()}; the builder refuses an item that supports no
 * requirement, has a blank owner, or expires before it becomes effective. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Evidence sop = Evidence.builder()
 *     .id(EvidenceId.of("ev-1"))
 *     .addRequirement(RequirementId.of("iso-9001:2015/7.5.3-a"))
 *     .kind(EvidenceKind.PROCEDURE)
 *     .status(EvidenceStatus.ACCEPTED)
 *     .collectedAt(Instant.parse("2026-01-10T09:00:00Z"))
 *     .effectiveFrom(Instant.parse("2026-01-01T00:00:00Z"))
 *     .owner("Quality manager")
 *     .reference(URI.create("https://dms.example/SOP-12"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@QmsStyle
public abstract class Evidence {

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
   * Where the host keeps the artefact.
   *
   * @return the reference
   */
  public abstract URI reference();

  /**
   * The artefact's content hash, such as {@code sha256:9f86d0...}, if the host recorded it.
   *
   * @return the hash, if any
   */
  public abstract Optional<String> contentHash();

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
    Checks.notBlank(owner(), "evidence " + id() + ": owner");
    if (expiresAt().isPresent() && !expiresAt().get().isAfter(effectiveFrom())) {
      throw new InvalidModelException(
          "evidence "
              + id()
              + ": expiresAt was "
              + expiresAt().get()
              + "; expected after effectiveFrom "
              + effectiveFrom());
    }
    contentHash().ifPresent(h -> Checks.notBlank(h, "evidence " + id() + ": contentHash"));
  }
}
