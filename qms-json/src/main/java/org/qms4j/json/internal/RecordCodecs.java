package org.qms4j.json.internal;

import org.qms4j.catalog.EvidenceKind;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.evidence.ImmutableEvidence;

/**
 * Codecs for the records of a quality system that are plain values: evidence, findings, audits,
 * people, roles, training records, objectives, risks, management reviews, exclusions.
 */
public final class RecordCodecs {
  private RecordCodecs() {}

  /** An evidence kind. */
  public static final Codecs.EnumCodec<EvidenceKind> EVIDENCE_KIND =
      Codecs.enumOf(EvidenceKind.class, "evidence kind");
  /** An evidence status. */
  public static final Codecs.EnumCodec<EvidenceStatus> EVIDENCE_STATUS =
      Codecs.enumOf(EvidenceStatus.class, "evidence status");

  /** An evidence item. */
  public static final ObjectCodec<Evidence, ImmutableEvidence.Builder> EVIDENCE =
      ObjectCodec.of(Evidence.class, "evidence", Evidence::builder, ImmutableEvidence.Builder::build)
          .required("id", Ids.EVIDENCE, Evidence::id, ImmutableEvidence.Builder::id)
          .set("requirements", Ids.REQUIREMENT, Evidence::requirements,
              ImmutableEvidence.Builder::addAllRequirements)
          .required("kind", EVIDENCE_KIND, Evidence::kind, ImmutableEvidence.Builder::kind)
          .required("status", EVIDENCE_STATUS, Evidence::status, ImmutableEvidence.Builder::status)
          .required("collectedAt", Codecs.INSTANT, Evidence::collectedAt,
              ImmutableEvidence.Builder::collectedAt)
          .required("effectiveFrom", Codecs.INSTANT, Evidence::effectiveFrom,
              ImmutableEvidence.Builder::effectiveFrom)
          .optional("expiresAt", Codecs.INSTANT, Evidence::expiresAt,
              ImmutableEvidence.Builder::expiresAt)
          .required("owner", Codecs.STRING, Evidence::owner, ImmutableEvidence.Builder::owner)
          .required("reference", Codecs.STRING, Evidence::reference,
              ImmutableEvidence.Builder::reference)
          .optional("contentHash", Codecs.STRING, Evidence::contentHash,
              ImmutableEvidence.Builder::contentHash)
          .optional("document", Ids.DOCUMENT_VERSION, Evidence::document,
              ImmutableEvidence.Builder::document)
          .build();

  /**
   * Registers the types of this class.
   *
   * @param r the registry
   */
  public static void register(Registry r) {
    r.add(EvidenceKind.class, EVIDENCE_KIND);
    r.add(EvidenceStatus.class, EVIDENCE_STATUS);
    r.add(Evidence.class, EVIDENCE);
  }
}
