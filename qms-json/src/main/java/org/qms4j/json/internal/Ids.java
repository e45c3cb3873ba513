package org.qms4j.json.internal;

import org.qms4j.audit.AuditId;
import org.qms4j.capa.CorrectiveActionId;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.MappingSetId;
import org.qms4j.catalog.RequirementId;
import org.qms4j.certification.CertificateId;
import org.qms4j.document.DocumentId;
import org.qms4j.document.DocumentVersionRef;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.FindingId;
import org.qms4j.objective.IndicatorId;
import org.qms4j.objective.ObjectiveId;
import org.qms4j.people.PersonId;
import org.qms4j.review.ReviewId;
import org.qms4j.risk.RiskId;
import org.qms4j.training.RoleId;
import org.qms4j.training.TrainingRecordId;

/** Codecs for every typed identifier and reference: plain strings in their documented form. */
public final class Ids {
  private Ids() {}

  /** A catalog id. */
  public static final Codec<CatalogId> CATALOG =
      Codecs.id("a catalog id", CatalogId::of, CatalogId::value);
  /** A requirement id. */
  public static final Codec<RequirementId> REQUIREMENT =
      Codecs.text("a requirement id", Ids::requirement, RequirementId::value);
  /** The catalog's own instance when a catalog read earlier holds the requirement. */
  private static RequirementId requirement(In in, String text) {
    RequirementId known = in.knownRequirement(text);
    return known != null ? known : RequirementId.of(text);
  }

  /** A mapping set id. */
  public static final Codec<MappingSetId> MAPPING_SET =
      Codecs.id("a mapping set id", MappingSetId::of, MappingSetId::value);
  /** A clause reference, {@code catalog#number}. */
  public static final Codec<ClauseRef> CLAUSE =
      Codecs.text("a clause reference (catalog#number, such as iso-9001:2015#7.5.3)",
          ClauseRef::parse, ClauseRef::toString);
  /** An evidence id. */
  public static final Codec<EvidenceId> EVIDENCE =
      Codecs.id("an evidence id", EvidenceId::of, EvidenceId::value);
  /** A finding id. */
  public static final Codec<FindingId> FINDING =
      Codecs.id("a finding id", FindingId::of, FindingId::value);
  /** A corrective action id. */
  public static final Codec<CorrectiveActionId> CORRECTIVE_ACTION =
      Codecs.id("a corrective action id", CorrectiveActionId::of, CorrectiveActionId::value);
  /** An audit id. */
  public static final Codec<AuditId> AUDIT = Codecs.id("an audit id", AuditId::of, AuditId::value);
  /** A document id. */
  public static final Codec<DocumentId> DOCUMENT =
      Codecs.id("a document id", DocumentId::of, DocumentId::value);
  /** A document version, {@code DOC@version}. */
  public static final Codec<DocumentVersionRef> DOCUMENT_VERSION =
      Codecs.text("a document version (document@version, such as SOP-01@3)",
          DocumentVersionRef::parse, DocumentVersionRef::toString);
  /** A person id. */
  public static final Codec<PersonId> PERSON =
      Codecs.id("a person id", PersonId::of, PersonId::value);
  /** A role id. */
  public static final Codec<RoleId> ROLE = Codecs.id("a role id", RoleId::of, RoleId::value);
  /** A training record id. */
  public static final Codec<TrainingRecordId> TRAINING_RECORD =
      Codecs.id("a training record id", TrainingRecordId::of, TrainingRecordId::value);
  /** An objective id. */
  public static final Codec<ObjectiveId> OBJECTIVE =
      Codecs.id("an objective id", ObjectiveId::of, ObjectiveId::value);
  /** An indicator id. */
  public static final Codec<IndicatorId> INDICATOR =
      Codecs.id("an indicator id", IndicatorId::of, IndicatorId::value);
  /** A risk id. */
  public static final Codec<RiskId> RISK = Codecs.id("a risk id", RiskId::of, RiskId::value);
  /** A review id. */
  public static final Codec<ReviewId> REVIEW =
      Codecs.id("a review id", ReviewId::of, ReviewId::value);
  /** A certificate id. */
  public static final Codec<CertificateId> CERTIFICATE =
      Codecs.id("a certificate id", CertificateId::of, CertificateId::value);

  /**
   * Registers every identifier and reference type.
   *
   * @param r the registry
   */
  public static void register(Registry r) {
    r.add(CatalogId.class, CATALOG);
    r.add(RequirementId.class, REQUIREMENT);
    r.add(MappingSetId.class, MAPPING_SET);
    r.add(ClauseRef.class, CLAUSE);
    r.add(EvidenceId.class, EVIDENCE);
    r.add(FindingId.class, FINDING);
    r.add(CorrectiveActionId.class, CORRECTIVE_ACTION);
    r.add(AuditId.class, AUDIT);
    r.add(DocumentId.class, DOCUMENT);
    r.add(DocumentVersionRef.class, DOCUMENT_VERSION);
    r.add(PersonId.class, PERSON);
    r.add(RoleId.class, ROLE);
    r.add(TrainingRecordId.class, TRAINING_RECORD);
    r.add(ObjectiveId.class, OBJECTIVE);
    r.add(IndicatorId.class, INDICATOR);
    r.add(RiskId.class, RISK);
    r.add(ReviewId.class, REVIEW);
    r.add(CertificateId.class, CERTIFICATE);
  }
}
