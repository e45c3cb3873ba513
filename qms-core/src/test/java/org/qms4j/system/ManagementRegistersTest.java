package org.qms4j.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.qms4j.testing.Examples.DEMO;
import static org.qms4j.testing.Examples.R10A;
import static org.qms4j.testing.Examples.R1A;
import static org.qms4j.testing.Examples.R41A;
import static org.qms4j.testing.Examples.R4A;
import static org.qms4j.testing.Examples.T0;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.RequirementId;
import org.qms4j.certification.Certificate;
import org.qms4j.certification.CertificateStatus;
import org.qms4j.conformity.ConformityEngine;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.conformity.ConformitySession;
import org.qms4j.conformity.ReasonCode;
import org.qms4j.conformity.RequirementResult;
import org.qms4j.document.ControlledDocument;
import org.qms4j.document.DocumentId;
import org.qms4j.document.DocumentVersionRef;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.objective.Measurement;
import org.qms4j.objective.Objective;
import org.qms4j.objective.ObjectiveId;
import org.qms4j.people.PersonId;
import org.qms4j.risk.Risk;
import org.qms4j.risk.RiskId;
import org.qms4j.training.Competence;
import org.qms4j.training.Role;
import org.qms4j.training.RoleAssignment;
import org.qms4j.training.RoleId;
import org.qms4j.training.TrainingRecord;
import org.qms4j.training.TrainingRecordId;
import org.qms4j.testing.Examples;
import org.qms4j.testing.ManagementFixtures;

/**
 * The references between the management-system registers ({@link Registers}): what a role, a
 * training record, an evidence item, a management review or a certificate names must be held, and
 * what is named cannot be removed; each refusal names both sides and leaves the system as it was;
 * the builder reports every such problem at once; objectives and risks are found by requirement.
 */
class ManagementRegistersTest {
  static final PersonId ANA = PersonId.of("ana");
  static final PersonId BEN = PersonId.of("ben");
  static final PersonId ZOE = PersonId.of("zoe");
  static final DocumentId D1 = DocumentId.of("D1");
  static final RoleId NURSE = RoleId.of("nurse");
  static final TrainingRecordId TR1 = TrainingRecordId.of("tr1");
  static final CatalogId UNKNOWN_CATALOG = CatalogId.of("nowhere:1");
  static final Duration DAY = Duration.ofDays(1);

  /** D1: version 1 effective from T0, reviewed every 90 days; version 2 not drafted. */
  static ControlledDocument d1() {
    return ManagementFixtures.document(D1, 90, T0, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The demo catalog, ana and ben, and document D1. */
  static QualitySystem base() {
    return QualitySystem.builder()
        .organisation("Example Clinic")
        .scope("Outpatient care")
        .addCatalog(Examples.catalog())
        .add(Registers.PEOPLE, ManagementFixtures.person("ana"))
        .add(Registers.PEOPLE, ManagementFixtures.person("ben"))
        .add(Registers.DOCUMENTS, d1())
        .build();
  }

  static Role role(String id, ClauseRef owns, PersonId... holders) {
    var b = Role.builder().id(RoleId.of(id)).name("Role " + id).addRequire(Competence.document("D1")).addOwn(owns);
    for (PersonId p : holders) {
      b.addHolder(RoleAssignment.since(p, T0));
    }
    return b.build();
  }

  static TrainingRecord skillTraining(String id, PersonId person) {
    return TrainingRecord.builder()
        .id(TrainingRecordId.of(id))
        .person(person)
        .competence(Competence.skill("Hand hygiene"))
        .completedAt(T0)
        .build();
  }

  static TrainingRecord documentTraining(String id, PersonId person, String document, String version) {
    return TrainingRecord.builder()
        .id(TrainingRecordId.of(id))
        .person(person)
        .competence(Competence.document(document))
        .documentVersion(version)
        .completedAt(T0)
        .build();
  }

  static Evidence evidenceOn(String id, String document, String version) {
    return Examples.evidence(id).document(DocumentVersionRef.of(DocumentId.of(document), version)).build();
  }

  static Objective objective(String id, RequirementId... on) {
    return ManagementFixtures.objective(id, List.of(on), T0.plus(Duration.ofDays(30)), 30, List.of());
  }

  static Risk risk(String id, RequirementId... on) {
    return ManagementFixtures.risk(id, List.of(on), T0, 3);
  }

  /** Every register's items, in order: what a refused change must leave as it was. */
  static List<List<?>> contents(QualitySystem s) {
    return Registers.all().stream().<List<?>>map(t -> List.copyOf(s.register(t).items())).toList();
  }

  /** The one problem of a refused change, after checking that the system did not change. */
  static SystemProblem refusal(QualitySystem system, ThrowingCallable change) {
    List<List<?>> before = contents(system);
    InvalidSystemException e = catchThrowableOfType(InvalidSystemException.class, change);
    assertThat(e).as("refused").isNotNull();
    assertThat(contents(system)).as("the system is unchanged").isEqualTo(before);
    assertThat(e.problems()).hasSize(1);
    SystemProblem p = e.problems().get(0);
    assertThat(e.getMessage()).contains(p.element()).contains(p.message());
    return p;
  }

  static void assertUnknownReference(SystemProblem p, String element, String... named) {
    assertThat(p.kind()).isEqualTo(SystemProblem.Kind.UNKNOWN_REFERENCE);
    assertThat(p.element()).contains(element);
    assertThat(p.message()).contains(named);
  }

  static void assertStillReferenced(SystemProblem p, String element, String... by) {
    assertThat(p.kind()).isEqualTo(SystemProblem.Kind.STILL_REFERENCED);
    assertThat(p.element()).contains(element);
    assertThat(p.message()).contains(by);
  }

  @Nested
  class UnknownReferences {
    @Test
    void roleHeldByAPersonThePeopleRegisterDoesNotHold_isRefused_namingRoleAndPerson() {
      QualitySystem system = base();

      SystemProblem p = refusal(system, () -> system.with(Registers.ROLES, role("nurse", ClauseRef.of(DEMO, "4"), ANA, ZOE)));

      assertUnknownReference(p, "role nurse", "zoe");
      assertThat(p.message()).doesNotContain("ana");
    }

    @Test
    void roleOwningAClauseTheCatalogDoesNotHold_isRefused_namingRoleAndClause() {
      QualitySystem system = base();

      SystemProblem p = refusal(system, () -> system.with(Registers.ROLES, role("nurse", ClauseRef.of(DEMO, "9.9"), ANA)));

      assertUnknownReference(p, "role nurse", "demo:1#9.9");
    }

    @Test
    void roleOwningAClauseOfACatalogTheSystemDoesNotHold_isRefused_namingRoleAndClause() {
      QualitySystem system = base();

      SystemProblem p = refusal(system, () -> system.with(Registers.ROLES, role("nurse", ClauseRef.of(UNKNOWN_CATALOG, "4"), ANA)));

      assertUnknownReference(p, "role nurse", "nowhere:1#4");
    }

    @Test
    void roleHeldByKnownPeopleOwningAHeldClause_isAccepted() {
      QualitySystem next = base().with(Registers.ROLES, role("nurse", ClauseRef.of(DEMO, "4.1"), ANA, BEN));

      assertThat(next.register(Registers.ROLES).get(NURSE)).isPresent();
    }

    @Test
    void trainingRecordOfAPersonThePeopleRegisterDoesNotHold_isRefused_namingRecordAndPerson() {
      QualitySystem system = base();

      SystemProblem p = refusal(system, () -> system.with(Registers.TRAINING, skillTraining("tr1", ZOE)));

      assertUnknownReference(p, "training record tr1", "zoe");
    }

    @Test
    void trainingOnAVersionTheDocumentDoesNotHave_isRefused_namingRecordDocumentAndVersion() {
      QualitySystem system = base();

      SystemProblem p = refusal(system, () -> system.with(Registers.TRAINING, documentTraining("tr1", ANA, "D1", "2")));

      assertUnknownReference(p, "training record tr1", "D1", "version 2");
    }

    @Test
    void trainingOnADocumentTheRegisterDoesNotHold_isRefused_namingRecordAndDocument() {
      QualitySystem system = base();

      SystemProblem p = refusal(system, () -> system.with(Registers.TRAINING, documentTraining("tr1", ANA, "D9", "1")));

      assertUnknownReference(p, "training record tr1", "D9");
    }

    @Test
    void trainingOfAHeldPersonOnAHeldVersion_isAccepted() {
      QualitySystem next = base().with(Registers.TRAINING, documentTraining("tr1", ANA, "D1", "1"));

      assertThat(next.register(Registers.TRAINING).items()).extracting(TrainingRecord::id).containsExactly(TR1);
    }

    @Test
    void evidenceOnAVersionTheDocumentDoesNotHave_isRefused_namingEvidenceAndVersion() {
      QualitySystem system = base();

      SystemProblem p = refusal(system, () -> system.withEvidence(evidenceOn("e1", "D1", "3")));

      assertUnknownReference(p, "evidence e1", "D1@3");
    }

    @Test
    void evidenceOnADocumentTheRegisterDoesNotHold_isRefused_namingEvidenceAndDocument() {
      QualitySystem system = base();

      SystemProblem p = refusal(system, () -> system.withEvidence(evidenceOn("e1", "D7", "1")));

      assertUnknownReference(p, "evidence e1", "D7@1");
    }

    @Test
    void evidenceOnAHeldVersion_isAccepted() {
      QualitySystem next = base().withEvidence(evidenceOn("e1", "D1", "1"));

      assertThat(next.evidence(EvidenceId.of("e1")).orElseThrow().document()).contains(DocumentVersionRef.of(D1, "1"));
    }

    @Test
    void managementReviewOfACatalogTheSystemDoesNotHold_isRefused_namingReviewAndCatalog() {
      QualitySystem system = base();

      SystemProblem p =
          refusal(system, () -> system.with(Registers.REVIEWS, ManagementFixtures.review("mr1", Set.of(DEMO, UNKNOWN_CATALOG), T0, List.of())));

      assertUnknownReference(p, "management review mr1", "nowhere:1");
      assertThat(p.message()).doesNotContain("demo:1");
    }

    @Test
    void certificateOfACatalogTheSystemDoesNotHold_isRefused_namingCertificateAndCatalog() {
      QualitySystem system = base();
      Certificate c = ManagementFixtures.certificate("cert1", UNKNOWN_CATALOG, 4, T0, 0, false);

      SystemProblem p = refusal(system, () -> system.with(Registers.CERTIFICATES, c));

      assertUnknownReference(p, "certificate cert1", "nowhere:1");
    }

    @Test
    void reviewAndCertificateOfAHeldCatalog_areAccepted() {
      QualitySystem next =
          base()
              .with(Registers.REVIEWS, ManagementFixtures.review("mr1", Set.of(DEMO), T0, List.of()))
              .with(Registers.CERTIFICATES, ManagementFixtures.certificate("cert1", DEMO, 4, T0, 0, false));

      assertThat(next.register(Registers.REVIEWS).size()).isEqualTo(1);
      assertThat(next.register(Registers.CERTIFICATES).items().get(0).statusAt(T0)).contains(CertificateStatus.CERTIFIED);
    }

    @Test
    void objectiveOnARequirementNoCatalogHolds_isRefused_namingObjectiveAndRequirement() {
      QualitySystem system = base();

      SystemProblem p = refusal(system, () -> system.with(Registers.OBJECTIVES, objective("o1", R4A, RequirementId.of("demo/99-z"))));

      assertUnknownReference(p, "objective o1", "demo/99-z");
      assertThat(p.message()).doesNotContain("demo/4-a");
    }

    @Test
    void riskOnARequirementNoCatalogHolds_isRefused_namingRiskAndRequirement() {
      QualitySystem system = base();

      SystemProblem p = refusal(system, () -> system.with(Registers.RISKS, risk("k1", RequirementId.of("demo/99-z"))));

      assertUnknownReference(p, "risk k1", "demo/99-z");
    }

    @Test
    void refusedPutInASession_leavesTheSessionAsItWas() {
      ConformitySession session = ConformityEngine.standard().session(base(), T0);
      ConformityReport before = session.report();
      QualitySystem systemBefore = session.system();

      InvalidSystemException e =
          catchThrowableOfType(InvalidSystemException.class, () -> session.put(Registers.TRAINING, skillTraining("tr1", ZOE)));

      assertThat(e.problems()).extracting(SystemProblem::kind).containsExactly(SystemProblem.Kind.UNKNOWN_REFERENCE);
      assertThat(session.report()).isSameAs(before);
      assertThat(session.system()).isSameAs(systemBefore);
    }
  }

  @Nested
  class StillReferenced {
    @Test
    void removingAPersonARoleNames_isRefused_namingPersonAndRole() {
      QualitySystem system = base().with(Registers.ROLES, role("nurse", ClauseRef.of(DEMO, "4"), ANA));

      SystemProblem p = refusal(system, () -> system.without(Registers.PEOPLE, ANA));

      assertStillReferenced(p, "person ana", "role", "nurse");
      assertThat(system.without(Registers.PEOPLE, BEN).register(Registers.PEOPLE).contains(BEN)).isFalse();
    }

    @Test
    void removingAPersonWhoseRoleEnded_isStillRefused_theRoleKeepsItsHistory() {
      Role ended =
          Role.builder().id(NURSE).name("Nurse").addOwn(ClauseRef.of(DEMO, "4")).addHolder(RoleAssignment.between(ANA, T0, T0.plus(DAY))).build();
      QualitySystem system = base().with(Registers.ROLES, ended);

      SystemProblem p = refusal(system, () -> system.without(Registers.PEOPLE, ANA));

      assertStillReferenced(p, "person ana", "role", "nurse");
    }

    @Test
    void removingAPersonATrainingRecordNames_isRefused_namingPersonAndRecord() {
      QualitySystem system = base().with(Registers.TRAINING, skillTraining("tr1", ANA));

      SystemProblem p = refusal(system, () -> system.without(Registers.PEOPLE, ANA));

      assertStillReferenced(p, "person ana", "training record", "tr1");
    }

    @Test
    void removingAPersonBothARoleAndATrainingRecordName_isRefused_namingEach() {
      QualitySystem system =
          base().with(Registers.ROLES, role("nurse", ClauseRef.of(DEMO, "4"), ANA)).with(Registers.TRAINING, skillTraining("tr1", ANA));

      InvalidSystemException e = catchThrowableOfType(InvalidSystemException.class, () -> system.without(Registers.PEOPLE, ANA));

      assertThat(e.problems()).extracting(SystemProblem::kind).containsOnly(SystemProblem.Kind.STILL_REFERENCED);
      assertThat(e.problems()).extracting(SystemProblem::message).anySatisfy(m -> assertThat(m).contains("role", "nurse")).anySatisfy(m -> assertThat(m).contains("training record", "tr1"));
    }

    @Test
    void removingADocumentEvidenceRestsOn_isRefused_namingDocumentAndEvidence() {
      QualitySystem system = base().withEvidence(evidenceOn("e1", "D1", "1"));

      SystemProblem p = refusal(system, () -> system.without(Registers.DOCUMENTS, D1));

      assertStillReferenced(p, "document D1", "evidence", "e1");
    }

    @Test
    void removalsAfterTheReferrerIsGone_areAccepted() {
      QualitySystem system =
          base()
              .with(Registers.ROLES, role("nurse", ClauseRef.of(DEMO, "4"), ANA))
              .with(Registers.TRAINING, skillTraining("tr1", ANA))
              .withEvidence(evidenceOn("e1", "D1", "1"));

      QualitySystem next =
          system
              .without(Registers.ROLES, NURSE)
              .without(Registers.TRAINING, TR1)
              .without(Registers.PEOPLE, ANA)
              .withoutEvidence(EvidenceId.of("e1"))
              .without(Registers.DOCUMENTS, D1);

      assertThat(next.register(Registers.PEOPLE).items()).hasSize(1);
      assertThat(next.register(Registers.DOCUMENTS).isEmpty()).isTrue();
    }

    @Test
    void removingWhatNoRegisterHolds_isRefusedAsNotFound() {
      QualitySystem system = base();

      SystemProblem p = refusal(system, () -> system.without(Registers.PEOPLE, ZOE));

      assertThat(p.kind()).isEqualTo(SystemProblem.Kind.NOT_FOUND);
      assertThat(p.element()).contains("person zoe");
    }

    @Test
    void removingADocumentATrainingRecordIsOn_isRefused_namingDocumentAndRecord() {
      QualitySystem system = base().with(Registers.TRAINING, documentTraining("tr1", ANA, "D1", "1"));

      SystemProblem p = refusal(system, () -> system.without(Registers.DOCUMENTS, D1));

      assertStillReferenced(p, "document D1", "training record", "tr1");
    }

    @Test
    void replacingADocumentWithOneLackingAVersionEvidenceRestsOn_isRefused() {
      ControlledDocument twoVersions = ManagementFixtures.document(D1, 90, T0, Optional.empty(), Optional.of(Duration.ofDays(20)), Optional.empty());
      QualitySystem system = base().with(Registers.DOCUMENTS, twoVersions).withEvidence(evidenceOn("e1", "D1", "2"));

      InvalidSystemException e = catchThrowableOfType(InvalidSystemException.class, () -> system.with(Registers.DOCUMENTS, d1()));

      // d1() is another history than the one held, and it lacks the version e1 rests on
      assertThat(e.problems()).extracting(SystemProblem::kind)
          .containsExactlyInAnyOrder(SystemProblem.Kind.HISTORY_REWRITTEN, SystemProblem.Kind.STILL_REFERENCED);
      assertThat(e.problems()).anySatisfy(p -> assertThat(p.element() + p.message()).contains("D1").contains("e1").contains("version 2"));
      assertThat(system.register(Registers.DOCUMENTS).get(D1)).contains(twoVersions);
    }
  }

  @Nested
  class Builder {
    @Test
    void everyUnknownReference_isReportedAtOnce_namingBothSides() {
      QualitySystem.Builder b =
          QualitySystem.builder()
              .organisation("Example Clinic")
              .scope("Outpatient care")
              .addCatalog(Examples.catalog())
              .add(Registers.PEOPLE, ManagementFixtures.person("ana"))
              .add(Registers.DOCUMENTS, d1())
              .add(Registers.ROLES, role("nurse", ClauseRef.of(DEMO, "4"), ANA, ZOE))
              .add(Registers.ROLES, role("porter", ClauseRef.of(DEMO, "8"), ANA))
              .add(Registers.TRAINING, skillTraining("tr1", PersonId.of("yann")))
              .add(Registers.TRAINING, documentTraining("tr2", ANA, "D1", "5"))
              .addEvidence(evidenceOn("e1", "D2", "1"))
              .add(Registers.REVIEWS, ManagementFixtures.review("mr1", Set.of(CatalogId.of("gone:1")), T0, List.of()))
              .add(Registers.CERTIFICATES, ManagementFixtures.certificate("cert1", CatalogId.of("lost:2"), 2, T0, 0, false))
              .add(Registers.OBJECTIVES, objective("o1", RequirementId.of("demo/98-x")))
              .add(Registers.RISKS, risk("k1", RequirementId.of("demo/97-y")));

      InvalidSystemException e = catchThrowableOfType(InvalidSystemException.class, b::build);

      assertThat(e.problems()).extracting(SystemProblem::kind).containsOnly(SystemProblem.Kind.UNKNOWN_REFERENCE);
      assertThat(e.problems())
          .extracting(p -> p.element() + ": " + p.message())
          .hasSize(9)
          .anySatisfy(s -> assertThat(s).contains("role nurse").contains("zoe"))
          .anySatisfy(s -> assertThat(s).contains("role porter").contains("demo:1#8"))
          .anySatisfy(s -> assertThat(s).contains("training record tr1").contains("yann"))
          .anySatisfy(s -> assertThat(s).contains("training record tr2").contains("D1").contains("version 5"))
          .anySatisfy(s -> assertThat(s).contains("evidence e1").contains("D2@1"))
          .anySatisfy(s -> assertThat(s).contains("management review mr1").contains("gone:1"))
          .anySatisfy(s -> assertThat(s).contains("certificate cert1").contains("lost:2"))
          .anySatisfy(s -> assertThat(s).contains("objective o1").contains("demo/98-x"))
          .anySatisfy(s -> assertThat(s).contains("risk k1").contains("demo/97-y"));
    }

    @Test
    void whatTheBuilderHolds_isCheckedAgainstEachOther_notAgainstTheOrderOfAdding() {
      QualitySystem system =
          QualitySystem.builder()
              .organisation("Example Clinic")
              .scope("Outpatient care")
              .add(Registers.TRAINING, documentTraining("tr1", ANA, "D1", "1"))
              .add(Registers.ROLES, role("nurse", ClauseRef.of(DEMO, "4"), ANA))
              .addEvidence(evidenceOn("e1", "D1", "1"))
              .add(Registers.PEOPLE, ManagementFixtures.person("ana"))
              .add(Registers.DOCUMENTS, d1())
              .addCatalog(Examples.catalog())
              .build();

      assertThat(system.register(Registers.TRAINING).size()).isEqualTo(1);
      assertThat(system.register(Registers.ROLES).size()).isEqualTo(1);
    }
  }

  @Nested
  class ByRequirement {
    @Test
    void objectives_areFoundByEachRequirementTheyBearOn() {
      QualitySystem system =
          base().with(Registers.OBJECTIVES, objective("o1", R4A, R41A)).with(Registers.OBJECTIVES, objective("o2", R41A));

      Register<ObjectiveId, Objective> objectives = system.register(Registers.OBJECTIVES);

      assertThat(objectives.itemsFor(R4A)).extracting(Objective::id).containsExactly(ObjectiveId.of("o1"));
      assertThat(objectives.itemsFor(R41A)).extracting(Objective::id).containsExactly(ObjectiveId.of("o1"), ObjectiveId.of("o2"));
      assertThat(objectives.itemsFor(R1A)).isEmpty();
    }

    @Test
    void replacingOrRemovingAnObjective_movesItInTheIndex_andLeavesTheOldSnapshotAlone() {
      QualitySystem before = base().with(Registers.OBJECTIVES, objective("o1", R4A));

      QualitySystem moved = before.with(Registers.OBJECTIVES, objective("o1", R10A));
      QualitySystem removed = moved.without(Registers.OBJECTIVES, ObjectiveId.of("o1"));

      assertThat(moved.register(Registers.OBJECTIVES).itemsFor(R4A)).isEmpty();
      assertThat(moved.register(Registers.OBJECTIVES).itemsFor(R10A)).hasSize(1);
      assertThat(removed.register(Registers.OBJECTIVES).itemsFor(R10A)).isEmpty();
      assertThat(before.register(Registers.OBJECTIVES).itemsFor(R4A)).extracting(Objective::id).containsExactly(ObjectiveId.of("o1"));
    }

    @Test
    void risks_areFoundByEachRequirementTheyBearOn() {
      QualitySystem system = base().with(Registers.RISKS, risk("k1", R4A, R10A)).with(Registers.RISKS, risk("k2"));

      Register<RiskId, Risk> risks = system.register(Registers.RISKS);

      assertThat(risks.itemsFor(R10A)).extracting(Risk::id).containsExactly(RiskId.of("k1"));
      assertThat(risks.itemsFor(R1A)).isEmpty();
      assertThat(risks.items()).hasSize(2);
    }

    @Test
    void registersNotIndexedByRequirement_sayNotSo() {
      assertThat(Registers.OBJECTIVES.isIndexedByRequirement()).isTrue();
      assertThat(Registers.RISKS.isIndexedByRequirement()).isTrue();
      assertThat(List.of(Registers.DOCUMENTS, Registers.PEOPLE, Registers.ROLES, Registers.TRAINING, Registers.REVIEWS, Registers.CERTIFICATES))
          .noneMatch(RegisterType::isIndexedByRequirement);
    }
  }

  @Nested
  class Rules {
    static final Instant DECISION = T0;

    static QualitySystem certified(Certificate c) {
      return base().with(Registers.CERTIFICATES, c);
    }

    static RequirementResult result(QualitySystem system, RequirementId id, Instant asOf) {
      return ConformityEngine.standard().evaluate(system, asOf).result(id).orElseThrow();
    }

    @Test
    void holderOfARoleOwningAClause_withoutTrainingOnTheDocument_capsTheRequirementsUnderIt() {
      QualitySystem system = base().with(Registers.ROLES, role("nurse", ClauseRef.of(DEMO, "4"), ANA));

      assertThat(result(system, R4A, T0).hasReason(ReasonCode.TRAINING_GAP)).isTrue();
      assertThat(result(system, R41A, T0).hasReason(ReasonCode.TRAINING_GAP)).isTrue();
      assertThat(result(system, R10A, T0).hasReason(ReasonCode.TRAINING_GAP)).isFalse();
      assertThat(result(system, R4A, T0.minusSeconds(1)).hasReason(ReasonCode.TRAINING_GAP)).as("before ana holds it").isFalse();
    }

    @Test
    void trainingOnTheEffectiveVersion_closesTheGap_untilTheNextVersionBecomesEffective() {
      Instant second = T0.plus(Duration.ofDays(20));
      ControlledDocument twoVersions = ManagementFixtures.document(D1, 90, T0, Optional.empty(), Optional.of(Duration.ofDays(20)), Optional.empty());
      QualitySystem system =
          base()
              .with(Registers.DOCUMENTS, twoVersions)
              .with(Registers.ROLES, role("nurse", ClauseRef.of(DEMO, "4"), ANA))
              .with(Registers.TRAINING, documentTraining("tr1", ANA, "D1", "1"));

      assertThat(result(system, R4A, second.minusSeconds(1)).hasReason(ReasonCode.TRAINING_GAP)).isFalse();
      assertThat(result(system, R4A, second).hasReason(ReasonCode.TRAINING_GAP)).as("retraining owed on version 2").isTrue();
    }

    @Test
    void inASession_puttingAndRemovingRolesAndTraining_givesWhatAFullEvaluationGives() {
      ConformityEngine engine = ConformityEngine.standard();
      ConformitySession session = engine.session(base(), T0.plus(DAY));

      session.put(Registers.ROLES, role("nurse", ClauseRef.of(DEMO, "4"), ANA));
      assertThat(session.report()).isEqualTo(engine.evaluate(session.system(), session.asOf()));
      assertThat(session.report().result(R41A).orElseThrow().hasReason(ReasonCode.TRAINING_GAP)).isTrue();

      session.put(Registers.TRAINING, documentTraining("tr1", ANA, "D1", "1").withEvaluation(T0, BEN, true));
      assertThat(session.report()).isEqualTo(engine.evaluate(session.system(), session.asOf()));
      assertThat(session.report().result(R41A).orElseThrow().hasReason(ReasonCode.TRAINING_GAP)).isFalse();

      session.put(Registers.TRAINING, documentTraining("tr1", ANA, "D1", "1").withEvaluation(T0, BEN, false));
      assertThat(session.report().result(R41A).orElseThrow().hasReason(ReasonCode.TRAINING_GAP)).as("found not effective").isTrue();

      session.remove(Registers.ROLES, NURSE);
      assertThat(session.report()).isEqualTo(engine.evaluate(session.system(), session.asOf()));
      assertThat(session.report().result(R41A).orElseThrow().hasReason(ReasonCode.TRAINING_GAP)).isFalse();
    }

    @Test
    void evidenceOnAVersionThatWentObsolete_stopsCounting_fromTheInstantTheNextOneIsEffective() {
      Instant second = T0.plus(Duration.ofDays(20));
      QualitySystem system =
          base()
              .with(Registers.DOCUMENTS, ManagementFixtures.document(D1, 90, T0, Optional.empty(), Optional.of(Duration.ofDays(20)), Optional.empty()))
              .withEvidence(evidenceOn("e1", "D1", "1"));

      RequirementResult before = result(system, R4A, second.minusSeconds(1));
      RequirementResult after = result(system, R4A, second);

      assertThat(before.verdict()).isEqualTo(org.qms4j.conformity.Verdict.CONFORMING);
      assertThat(after.verdict()).isEqualTo(org.qms4j.conformity.Verdict.NONCONFORMING);
      assertThat(after.hasReason(ReasonCode.EVIDENCE_ON_OBSOLETE_DOCUMENT)).isTrue();
    }

    @Test
    void evidenceOnADocumentPastItsPeriodicReview_isNoted_withoutChangingTheVerdict() {
      QualitySystem system = base().withEvidence(evidenceOn("e1", "D1", "1"));
      Instant due = T0.plus(Duration.ofDays(90));

      RequirementResult late = result(system, R4A, due);

      assertThat(result(system, R4A, due.minusSeconds(1)).hasReason(ReasonCode.DOCUMENT_REVIEW_OVERDUE)).isFalse();
      assertThat(late.hasReason(ReasonCode.DOCUMENT_REVIEW_OVERDUE)).isTrue();
      assertThat(late.verdict()).isEqualTo(org.qms4j.conformity.Verdict.CONFORMING);
    }

    @Test
    void managementReview_missing_thenMissingInputs_thenOverdue_underTheReviewClause() {
      QualitySystem plain =
          QualitySystem.builder()
              .organisation("Example Clinic")
              .scope("Outpatient care")
              .addCatalog(ManagementFixtures.withReviewClause(Examples.catalog(), "10"))
              .build();
      QualitySystem reviewed = plain.with(Registers.REVIEWS, ManagementFixtures.review("mr1", Set.of(DEMO), T0, List.of("audit-results")));
      Instant due = Instant.parse("2027-01-01T00:00:00Z");

      assertThat(result(plain, R10A, T0).hasReason(ReasonCode.MANAGEMENT_REVIEW_MISSING)).isTrue();
      assertThat(result(plain, R4A, T0).hasReason(ReasonCode.MANAGEMENT_REVIEW_MISSING)).as("not under clause 10").isFalse();
      assertThat(result(reviewed, R10A, T0).reasons())
          .extracting(r -> r.code())
          .contains(ReasonCode.REVIEW_INPUTS_MISSING)
          .doesNotContain(ReasonCode.MANAGEMENT_REVIEW_MISSING, ReasonCode.MANAGEMENT_REVIEW_OVERDUE);
      assertThat(result(reviewed, R10A, due.minusSeconds(1)).hasReason(ReasonCode.MANAGEMENT_REVIEW_OVERDUE)).isFalse();
      assertThat(result(reviewed, R10A, due).hasReason(ReasonCode.MANAGEMENT_REVIEW_OVERDUE)).isTrue();
    }

    @Test
    void objectiveBelowTargetOrOverdue_andRiskPastItsReview_bearOnTheirRequirementsOnly() {
      QualitySystem system =
          base()
              .with(Registers.OBJECTIVES, ManagementFixtures.objective("o1", List.of(R4A), T0, 30, List.of(Measurement.of(T0, 80))))
              .with(Registers.RISKS, risk("k1", R41A));
      Instant late = T0.plus(Duration.ofDays(30));
      Instant reviewDue = Instant.parse("2026-04-01T00:00:00Z");

      assertThat(result(system, R4A, T0).hasReason(ReasonCode.INDICATOR_BELOW_TARGET)).isTrue();
      assertThat(result(system, R4A, late.minusSeconds(1)).hasReason(ReasonCode.INDICATOR_OVERDUE)).isFalse();
      assertThat(result(system, R4A, late).hasReason(ReasonCode.INDICATOR_OVERDUE)).isTrue();
      assertThat(result(system, R41A, T0).hasReason(ReasonCode.INDICATOR_BELOW_TARGET)).isFalse();
      assertThat(result(system, R41A, reviewDue.minusSeconds(1)).hasReason(ReasonCode.RISK_REVIEW_OVERDUE)).isFalse();
      assertThat(result(system, R41A, reviewDue).hasReason(ReasonCode.RISK_REVIEW_OVERDUE)).isTrue();
      assertThat(result(system, R4A, reviewDue).hasReason(ReasonCode.RISK_REVIEW_OVERDUE)).isFalse();
    }

    @Test
    void certifiedCatalogOverdueForSurveillance_isNotedOnEveryRequirement() {
      QualitySystem system = certified(ManagementFixtures.certificate("cert1", DEMO, 4, DECISION, 0, false));
      Instant due = Instant.parse("2027-01-01T00:00:00Z");

      assertThat(result(system, R1A, due.minusSeconds(1)).hasReason(ReasonCode.CERTIFICATE_AUDIT_OVERDUE)).isFalse();
      assertThat(result(system, R1A, due).hasReason(ReasonCode.CERTIFICATE_AUDIT_OVERDUE)).isTrue();
      assertThat(result(system, R10A, due).hasReason(ReasonCode.CERTIFICATE_AUDIT_OVERDUE)).isTrue();
    }

    /** A system holding only an extension of the demo catalog: a catalog and one derived from it are alternatives. */
    static QualitySystem derivedOnly() {
      return QualitySystem.builder()
          .organisation("Example Clinic")
          .scope("Outpatient care")
          .addCatalog(ManagementFixtures.withReviewClause(Examples.catalog(), "10").extend().id(CatalogId.of("acme:1")).build())
          .build();
    }

    @Test
    void certificateOfTheBaseStandard_isAccepted_andNotedOnTheDerivedCatalogsRequirements() {
      Certificate c = ManagementFixtures.certificate("cert1", DEMO, 4, DECISION, 0, false);

      QualitySystem system = derivedOnly().with(Registers.CERTIFICATES, c);

      assertThat(result(system, R1A, Instant.parse("2027-01-01T00:00:00Z")).hasReason(ReasonCode.CERTIFICATE_AUDIT_OVERDUE)).isTrue();
    }

    @Test
    void managementReviewOfTheBaseStandard_isAccepted_andCountsForTheDerivedCatalog() {
      QualitySystem system =
          derivedOnly().with(Registers.REVIEWS, ManagementFixtures.review("mr1", Set.of(DEMO), T0, List.of("audit-results", "customer-feedback")));

      assertThat(result(system, R10A, T0).hasReason(ReasonCode.MANAGEMENT_REVIEW_MISSING)).isFalse();
      assertThat(result(system, R10A, T0).hasReason(ReasonCode.REVIEW_INPUTS_MISSING)).as("both inputs were covered").isFalse();
    }

    @Test
    void certificateExpiredWithoutRecertification_isNotedAsAnOverdueAudit() {
      QualitySystem system = certified(ManagementFixtures.certificate("cert1", DEMO, 4, DECISION, 2, false));
      Instant expiry = Instant.parse("2029-01-01T00:00:00Z");

      assertThat(system.register(Registers.CERTIFICATES).items().get(0).isRecertificationOverdueAt(expiry)).isTrue();
      assertThat(result(system, R1A, expiry).hasReason(ReasonCode.CERTIFICATE_AUDIT_OVERDUE)).isTrue();
    }
  }
}
