package org.qms4j.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.qms4j.InvalidModelException;
import org.qms4j.audit.AuditId;
import org.qms4j.catalog.CatalogId;
import org.qms4j.history.By;
import org.qms4j.history.Event;
import org.qms4j.history.History;
import org.qms4j.history.SignatureMeaning;
import org.qms4j.people.PersonId;

class CertificateTest {
  private static final CertificateId ID = CertificateId.of("CERT-2026-04");
  private static final CatalogId ISO_9001 = CatalogId.of("iso-9001:2015");
  private static final String BODY = "Example Certification Ltd";
  private static final PersonId ANA = PersonId.of("ana");
  private static final PersonId BEN = PersonId.of("ben");
  private static final AuditId STAGE_1 = AuditId.of("EXT-S1");
  private static final AuditId STAGE_2 = AuditId.of("EXT-S2");
  private static final AuditId SURVEILLANCE_1 = AuditId.of("EXT-SV1");
  private static final AuditId SURVEILLANCE_2 = AuditId.of("EXT-SV2");
  private static final AuditId RECERTIFICATION = AuditId.of("EXT-RC");

  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  /** The certification decision, two days before it is recorded. */
  private static final Instant DECISION = Instant.parse("2026-03-06T09:00:00Z");
  private static final Instant CERTIFIED_AT = Instant.parse("2026-03-08T09:00:00Z");
  private static final Instant FIRST_DUE = Instant.parse("2027-03-06T09:00:00Z");
  private static final Instant SECOND_DUE = Instant.parse("2028-03-06T09:00:00Z");
  private static final Instant EXPIRES = Instant.parse("2029-03-06T09:00:00Z");
  /** An instant while the first cycle runs, before any surveillance is due. */
  private static final Instant MID_CYCLE = Instant.parse("2026-09-01T09:00:00Z");

  /** The instant {@code n} days after {@link #T0}. */
  private static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  private static Certificate applied() {
    return Certificate.apply(ID, ISO_9001, BODY, By.of(ANA, T0));
  }

  private static Certificate stage1Done() {
    return applied().recordStage1(STAGE_1, By.of(BEN, day(20)));
  }

  private static Certificate stage2Done() {
    return stage1Done().recordStage2(STAGE_2, By.of(BEN, day(50)));
  }

  private static Certificate certified() {
    return stage2Done().certify(DECISION, By.of(ANA, CERTIFIED_AT));
  }

  private static Certificate suspended() {
    return certified().suspend(By.of(ANA, MID_CYCLE).because("Major nonconformity not closed in time"));
  }

  private static Certificate withdrawn() {
    return applied().withdraw(By.of(ANA, day(10)).because("The clinic merged into another"));
  }

  /**
   * Attempts a transition that must be refused, and checks that the exception names the
   * certificate, its status then and the transition, and that the certificate is unchanged.
   */
  private static IllegalCertificateTransitionException refused(
      Certificate c, Function<Certificate, Certificate> attempt, CertificateTransition transition, CertificateStatus status) {
    History before = c.history();
    int size = before.size();

    IllegalCertificateTransitionException e = catchThrowableOfType(IllegalCertificateTransitionException.class, () -> attempt.apply(c));

    assertThat(e).as("%s in status %s is refused", transition, status).isNotNull();
    assertThat(e.certificate()).isEqualTo(ID);
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.transition()).isEqualTo(transition);
    assertThat(e.missing()).isNotEmpty();
    assertThat(e.getMessage()).contains(ID.value(), status.name(), transition.name());
    assertThat(c.history()).isSameAs(before);
    assertThat(c.history().size()).isEqualTo(size);
    return e;
  }

  // ---------------------------------------------------------------------------------------------
  // applying

  @Test
  void apply_recordsIdCatalogBodyAndTheApplicationEvent() {
    Certificate c = applied();

    assertThat(c.id()).isEqualTo(ID);
    assertThat(c.catalog()).isEqualTo(ISO_9001);
    assertThat(c.body()).isEqualTo(BODY);
    assertThat(c.appliedAt()).isEqualTo(T0);
    assertThat(c.statusAt(T0)).contains(CertificateStatus.APPLIED);
    assertThat(c.audits()).isEmpty();
    assertThat(c.decisionAt()).isEmpty();
    assertThat(c.expiresAt()).isEmpty();
    assertThat(c.recertificationDueAt()).isEmpty();
    assertThat(c.surveillanceDueDates()).isEmpty();
    assertThat(c.nextSurveillanceDueAt(day(400))).isEmpty();
    assertThat(c.isSurveillanceOverdueAt(day(400))).isFalse();
    assertThat(c.isRecertificationOverdueAt(day(4000))).isFalse();
    Event e = c.history().events().get(0);
    assertThat(e.action()).isEqualTo("applied");
    assertThat(e.actor()).isEqualTo(ANA);
    assertThat(e.at()).isEqualTo(T0);
    assertThat(e.meaning()).contains(SignatureMeaning.AUTHORED);
  }

  @Test
  void apply_bodyOfMaxLength_isAccepted() {
    String body = "b".repeat(Certificate.MAX_BODY);

    assertThat(Certificate.apply(ID, ISO_9001, body, By.of(ANA, T0)).body()).isEqualTo(body);
  }

  @Test
  void apply_bodyBlankTooLongOrOnTwoLines_throwsNamingTheBody() {
    for (String body : List.of(" ", "b".repeat(Certificate.MAX_BODY + 1), "Example\nCertification")) {
      assertThatThrownBy(() -> Certificate.apply(ID, ISO_9001, body, By.of(ANA, T0)))
          .as(body)
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("certificate " + ID + ": body");
    }
  }

  @Test
  void apply_nullArgument_throwsNamingIt() {
    assertThatThrownBy(() -> Certificate.apply(null, ISO_9001, BODY, By.of(ANA, T0))).isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> Certificate.apply(ID, null, BODY, By.of(ANA, T0))).isInstanceOf(NullPointerException.class).hasMessage("catalog");
    assertThatThrownBy(() -> Certificate.apply(ID, ISO_9001, null, By.of(ANA, T0))).isInstanceOf(NullPointerException.class).hasMessage("body");
    assertThatThrownBy(() -> Certificate.apply(ID, ISO_9001, BODY, null)).isInstanceOf(NullPointerException.class).hasMessage("by");
    assertThatThrownBy(() -> applied().recordStage1(null, By.of(ANA, T0))).isInstanceOf(NullPointerException.class).hasMessage("audit");
    assertThatThrownBy(() -> stage2Done().certify(null, By.of(ANA, day(60)))).isInstanceOf(NullPointerException.class).hasMessage("decision");
    assertThatThrownBy(() -> applied().statusAt(null)).isInstanceOf(NullPointerException.class).hasMessage("t");
  }

  // ---------------------------------------------------------------------------------------------
  // the full cycle

  @Test
  void fullCycle_stagesCertificationSurveillanceAndRecertification() {
    Certificate c = certified();

    assertThat(c.statusAt(day(20))).contains(CertificateStatus.STAGE_1_DONE);
    assertThat(c.statusAt(day(50))).contains(CertificateStatus.STAGE_2_DONE);
    // the decision precedes its recording: the certificate is certified from the recording on
    assertThat(c.statusAt(DECISION)).contains(CertificateStatus.STAGE_2_DONE);
    assertThat(c.statusAt(CERTIFIED_AT)).contains(CertificateStatus.CERTIFIED);
    assertThat(c.decisionAt()).contains(DECISION);
    assertThat(c.expiresAt()).contains(EXPIRES);
    assertThat(c.recertificationDueAt()).contains(EXPIRES);
    assertThat(c.surveillanceDueDates()).containsExactly(FIRST_DUE, SECOND_DUE);
    assertThat(c.nextSurveillanceDueAt(CERTIFIED_AT)).contains(FIRST_DUE);
    assertThat(c.nextSurveillanceDueAt(DECISION)).isEmpty();
    assertThat(c.isSurveillanceOverdueAt(CERTIFIED_AT)).isFalse();

    // first surveillance at 11 months: meets the 12-month due date
    Instant elevenMonths = Instant.parse("2027-02-06T09:00:00Z");
    Certificate s1 = c.recordSurveillance(SURVEILLANCE_1, By.of(BEN, elevenMonths));
    assertThat(s1.statusAt(elevenMonths)).contains(CertificateStatus.CERTIFIED);
    assertThat(s1.nextSurveillanceDueAt(elevenMonths.minusNanos(1))).contains(FIRST_DUE);
    assertThat(s1.nextSurveillanceDueAt(elevenMonths)).contains(SECOND_DUE);
    assertThat(s1.isSurveillanceOverdueAt(FIRST_DUE)).isFalse();

    // the second one is overdue exactly at 24 months
    assertThat(s1.isSurveillanceOverdueAt(SECOND_DUE.minusNanos(1))).isFalse();
    assertThat(s1.isSurveillanceOverdueAt(SECOND_DUE)).isTrue();
    assertThat(s1.isSurveillanceOverdueAt(SECOND_DUE.plus(Duration.ofDays(20)))).isTrue();

    // recorded late, it meets the 24-month due date and nothing more is due in the cycle
    Instant late = Instant.parse("2028-04-01T09:00:00Z");
    Certificate s2 = s1.recordSurveillance(SURVEILLANCE_2, By.of(BEN, late));
    assertThat(s2.isSurveillanceOverdueAt(late.minusNanos(1))).isTrue();
    assertThat(s2.isSurveillanceOverdueAt(late)).isFalse();
    assertThat(s2.nextSurveillanceDueAt(late)).isEmpty();
    assertThat(s2.statusAt(late)).contains(CertificateStatus.CERTIFIED);

    // recertified before expiry: a new cycle from the new decision
    Instant newDecision = Instant.parse("2029-01-15T09:00:00Z");
    Instant recordedAt = Instant.parse("2029-01-20T09:00:00Z");
    Certificate r = s2.recordRecertification(RECERTIFICATION, newDecision, By.of(ANA, recordedAt));
    assertThat(r.statusAt(recordedAt)).contains(CertificateStatus.CERTIFIED);
    assertThat(r.decisionAt()).contains(newDecision);
    assertThat(r.expiresAt()).contains(Instant.parse("2032-01-15T09:00:00Z"));
    assertThat(r.recertificationDueAt()).contains(Instant.parse("2032-01-15T09:00:00Z"));
    assertThat(r.surveillanceDueDates()).containsExactly(Instant.parse("2030-01-15T09:00:00Z"), Instant.parse("2031-01-15T09:00:00Z"));
    assertThat(r.statusAt(EXPIRES)).contains(CertificateStatus.CERTIFIED);
    assertThat(r.isRecertificationOverdueAt(EXPIRES)).isFalse();

    // the schedule restarts: nothing due just before the recertification, the new 12 months after
    assertThat(r.nextSurveillanceDueAt(recordedAt.minusNanos(1))).isEmpty();
    assertThat(r.nextSurveillanceDueAt(recordedAt)).contains(Instant.parse("2030-01-15T09:00:00Z"));
    assertThat(r.isSurveillanceOverdueAt(Instant.parse("2030-01-15T08:59:59Z"))).isFalse();
    assertThat(r.isSurveillanceOverdueAt(Instant.parse("2030-01-15T09:00:00Z"))).isTrue();
    assertThat(r.statusAt(Instant.parse("2032-01-15T08:59:59Z"))).contains(CertificateStatus.CERTIFIED);
    assertThat(r.statusAt(Instant.parse("2032-01-15T09:00:00Z"))).contains(CertificateStatus.EXPIRED);

    assertThat(r.audits()).containsExactlyInAnyOrder(STAGE_1, STAGE_2, SURVEILLANCE_1, SURVEILLANCE_2, RECERTIFICATION);
    assertThat(r.history().events())
        .extracting(Event::action)
        .containsExactly(
            "applied", "stage-1-recorded", "stage-2-recorded", "certified", "surveillance-recorded", "surveillance-recorded", "recertified");
    assertThat(r.history().verify().intact()).isTrue();
  }

  @Test
  void nextSurveillanceDueAt_noneRecorded_firstIsOverdueExactlyAtTwelveMonths() {
    Certificate c = certified();

    assertThat(c.isSurveillanceOverdueAt(FIRST_DUE.minusNanos(1))).isFalse();
    assertThat(c.isSurveillanceOverdueAt(FIRST_DUE)).isTrue();
    // still the first that is owed, after the second due date too
    assertThat(c.nextSurveillanceDueAt(SECOND_DUE.plusSeconds(1))).contains(FIRST_DUE);
  }

  @Test
  void recordSurveillance_earlyInTheCycle_meetsTheEarliestUnmetDueDate() {
    Certificate c = certified().recordSurveillance(SURVEILLANCE_1, By.of(BEN, MID_CYCLE));

    assertThat(c.nextSurveillanceDueAt(MID_CYCLE)).contains(SECOND_DUE);
    assertThat(c.isSurveillanceOverdueAt(FIRST_DUE)).isFalse();
  }

  @Test
  void recordSurveillance_beyondTheTwoDueDates_isAcceptedAndMeetsNone() {
    Certificate c =
        certified()
            .recordSurveillance(SURVEILLANCE_1, By.of(BEN, FIRST_DUE))
            .recordSurveillance(SURVEILLANCE_2, By.of(BEN, SECOND_DUE))
            .recordSurveillance(AuditId.of("EXT-SPECIAL"), By.of(BEN, SECOND_DUE.plusSeconds(60)));

    assertThat(c.nextSurveillanceDueAt(SECOND_DUE.plusSeconds(60))).isEmpty();
    assertThat(c.isSurveillanceOverdueAt(EXPIRES.minusSeconds(1))).isFalse();
    assertThat(c.audits()).contains(AuditId.of("EXT-SPECIAL"));
  }

  @Test
  void certify_decisionOnALeapDay_countsMonthsInUtc() {
    Instant leapDay = Instant.parse("2028-02-29T12:00:00Z");
    Certificate c = applied()
        .recordStage1(STAGE_1, By.of(BEN, day(20)))
        .recordStage2(STAGE_2, By.of(BEN, Instant.parse("2028-02-01T12:00:00Z")))
        .certify(leapDay, By.of(ANA, leapDay));

    assertThat(c.surveillanceDueDates()).containsExactly(Instant.parse("2029-02-28T12:00:00Z"), Instant.parse("2030-02-28T12:00:00Z"));
    assertThat(c.expiresAt()).contains(Instant.parse("2031-02-28T12:00:00Z"));
  }

  // ---------------------------------------------------------------------------------------------
  // expiry

  @Test
  void statusAt_withoutRecertification_isExpiredExactlyAtExpiry() {
    Certificate c = certified();

    assertThat(c.statusAt(EXPIRES.minusNanos(1))).contains(CertificateStatus.CERTIFIED);
    assertThat(c.statusAt(EXPIRES)).contains(CertificateStatus.EXPIRED);
    assertThat(c.statusAt(EXPIRES.plus(Duration.ofDays(900)))).contains(CertificateStatus.EXPIRED);
    assertThat(c.isRecertificationOverdueAt(EXPIRES.minusNanos(1))).isFalse();
    assertThat(c.isRecertificationOverdueAt(EXPIRES)).isTrue();
    // an expired certificate owes no surveillance any more
    assertThat(c.isSurveillanceOverdueAt(EXPIRES.minusNanos(1))).isTrue();
    assertThat(c.isSurveillanceOverdueAt(EXPIRES)).isFalse();
    assertThat(c.nextSurveillanceDueAt(EXPIRES)).isEmpty();
  }

  @Test
  void statusAt_suspendedAtExpiry_isExpired() {
    Certificate c = suspended();

    assertThat(c.statusAt(EXPIRES.minusNanos(1))).contains(CertificateStatus.SUSPENDED);
    assertThat(c.statusAt(EXPIRES)).contains(CertificateStatus.EXPIRED);
    assertThat(c.isRecertificationOverdueAt(EXPIRES)).isTrue();
  }

  @Test
  void transitions_atOrAfterExpiry_areRefusedEvenWithdrawal() {
    Certificate c = certified();
    By atExpiry = By.of(ANA, EXPIRES);

    IllegalCertificateTransitionException e =
        refused(c, x -> x.recordRecertification(RECERTIFICATION, EXPIRES.minus(Duration.ofDays(30)), atExpiry), CertificateTransition.RECERTIFY, CertificateStatus.EXPIRED);
    assertThat(e.missing()).anySatisfy(m -> assertThat(m).contains("expired at " + EXPIRES));
    refused(c, x -> x.recordSurveillance(SURVEILLANCE_1, atExpiry), CertificateTransition.RECORD_SURVEILLANCE, CertificateStatus.EXPIRED);
    refused(c, x -> x.suspend(atExpiry.because("late")), CertificateTransition.SUSPEND, CertificateStatus.EXPIRED);
    refused(c, x -> x.withdraw(atExpiry.because("late")), CertificateTransition.WITHDRAW, CertificateStatus.EXPIRED);
    refused(suspended(), x -> x.reinstate(By.of(ANA, EXPIRES.plusSeconds(1))), CertificateTransition.REINSTATE, CertificateStatus.EXPIRED);
  }

  @Test
  void recordRecertification_justBeforeExpiry_isAccepted() {
    Instant justBefore = EXPIRES.minusNanos(1);

    Certificate c = certified().recordRecertification(RECERTIFICATION, justBefore, By.of(ANA, justBefore));

    assertThat(c.statusAt(EXPIRES)).contains(CertificateStatus.CERTIFIED);
    assertThat(c.expiresAt()).contains(Instant.parse("2032-03-06T08:59:59.999999999Z"));
  }

  // ---------------------------------------------------------------------------------------------
  // gates

  private record Fixture(CertificateStatus status, Certificate certificate, Instant at) {}

  private static List<Fixture> fixtures() {
    Instant inCycle = Instant.parse("2027-06-01T09:00:00Z");
    return List.of(
        new Fixture(CertificateStatus.APPLIED, applied(), day(100)),
        new Fixture(CertificateStatus.STAGE_1_DONE, stage1Done(), day(100)),
        new Fixture(CertificateStatus.STAGE_2_DONE, stage2Done(), day(100)),
        new Fixture(CertificateStatus.CERTIFIED, certified(), inCycle),
        new Fixture(CertificateStatus.SUSPENDED, suspended(), inCycle),
        new Fixture(CertificateStatus.WITHDRAWN, withdrawn(), day(100)),
        new Fixture(CertificateStatus.EXPIRED, certified(), EXPIRES));
  }

  /** Each transition with parameters its gate accepts, at an instant. */
  private static Map<CertificateTransition, BiFunction<Certificate, Instant, Certificate>> attempts() {
    Map<CertificateTransition, BiFunction<Certificate, Instant, Certificate>> a = new EnumMap<>(CertificateTransition.class);
    a.put(CertificateTransition.RECORD_STAGE_1, (c, at) -> c.recordStage1(AuditId.of("NEW-1"), By.of(BEN, at)));
    a.put(CertificateTransition.RECORD_STAGE_2, (c, at) -> c.recordStage2(AuditId.of("NEW-2"), By.of(BEN, at)));
    a.put(CertificateTransition.CERTIFY, (c, at) -> c.certify(at.minus(Duration.ofDays(1)), By.of(ANA, at)));
    a.put(CertificateTransition.RECORD_SURVEILLANCE, (c, at) -> c.recordSurveillance(AuditId.of("NEW-3"), By.of(BEN, at)));
    a.put(CertificateTransition.RECERTIFY, (c, at) -> c.recordRecertification(AuditId.of("NEW-4"), at.minus(Duration.ofDays(1)), By.of(ANA, at)));
    a.put(CertificateTransition.SUSPEND, (c, at) -> c.suspend(By.of(ANA, at).because("Major nonconformity open")));
    a.put(CertificateTransition.REINSTATE, (c, at) -> c.reinstate(By.of(ANA, at)));
    a.put(CertificateTransition.WITHDRAW, (c, at) -> c.withdraw(By.of(ANA, at).because("Client left")));
    return a;
  }

  @Test
  void transitions_followTheTableOfCertificateTransition() {
    // from status: the transitions accepted and the status they lead to
    Map<CertificateStatus, Map<CertificateTransition, CertificateStatus>> table = new EnumMap<>(CertificateStatus.class);
    table.put(CertificateStatus.APPLIED, Map.of(
        CertificateTransition.RECORD_STAGE_1, CertificateStatus.STAGE_1_DONE, CertificateTransition.WITHDRAW, CertificateStatus.WITHDRAWN));
    table.put(CertificateStatus.STAGE_1_DONE, Map.of(
        CertificateTransition.RECORD_STAGE_2, CertificateStatus.STAGE_2_DONE, CertificateTransition.WITHDRAW, CertificateStatus.WITHDRAWN));
    table.put(CertificateStatus.STAGE_2_DONE, Map.of(
        CertificateTransition.CERTIFY, CertificateStatus.CERTIFIED, CertificateTransition.WITHDRAW, CertificateStatus.WITHDRAWN));
    table.put(CertificateStatus.CERTIFIED, Map.of(
        CertificateTransition.RECORD_SURVEILLANCE, CertificateStatus.CERTIFIED,
        CertificateTransition.RECERTIFY, CertificateStatus.CERTIFIED,
        CertificateTransition.SUSPEND, CertificateStatus.SUSPENDED,
        CertificateTransition.WITHDRAW, CertificateStatus.WITHDRAWN));
    table.put(CertificateStatus.SUSPENDED, Map.of(
        CertificateTransition.RECORD_SURVEILLANCE, CertificateStatus.SUSPENDED,
        CertificateTransition.REINSTATE, CertificateStatus.CERTIFIED,
        CertificateTransition.WITHDRAW, CertificateStatus.WITHDRAWN));
    table.put(CertificateStatus.WITHDRAWN, Map.of());
    table.put(CertificateStatus.EXPIRED, Map.of());

    for (Fixture f : fixtures()) {
      assertThat(f.certificate().statusAt(f.at())).as("fixture").contains(f.status());
      for (Map.Entry<CertificateTransition, BiFunction<Certificate, Instant, Certificate>> a : attempts().entrySet()) {
        CertificateStatus to = table.get(f.status()).get(a.getKey());
        if (to == null) {
          refused(f.certificate(), c -> a.getValue().apply(c, f.at()), a.getKey(), f.status());
        } else {
          Certificate next = a.getValue().apply(f.certificate(), f.at());
          assertThat(next.statusAt(f.at())).as("%s from %s", a.getKey(), f.status()).contains(to);
          assertThat(next.history().size()).isEqualTo(f.certificate().history().size() + 1);
        }
      }
    }
  }

  @Test
  void apply_onACertificate_isNotATransition() {
    assertThat(EnumSet.complementOf(EnumSet.of(CertificateTransition.APPLY))).containsExactlyInAnyOrderElementsOf(attempts().keySet());
  }

  @Test
  void recordStage2_beforeStage1_namesTheMissingStage1Audit() {
    IllegalCertificateTransitionException e =
        refused(applied(), c -> c.recordStage2(STAGE_2, By.of(BEN, day(5))), CertificateTransition.RECORD_STAGE_2, CertificateStatus.APPLIED);

    assertThat(e.missing()).containsExactly("a recorded stage 1 audit");
  }

  @Test
  void certify_beforeStage2_namesTheMissingStage2Audit() {
    IllegalCertificateTransitionException e =
        refused(stage1Done(), c -> c.certify(day(30), By.of(ANA, day(30))), CertificateTransition.CERTIFY, CertificateStatus.STAGE_1_DONE);

    assertThat(e.missing()).containsExactly("a recorded stage 2 audit");
  }

  @Test
  void certify_decisionAtTheEventInstant_isAccepted() {
    Certificate c = stage2Done().certify(CERTIFIED_AT, By.of(ANA, CERTIFIED_AT));

    assertThat(c.decisionAt()).contains(CERTIFIED_AT);
    assertThat(c.statusAt(CERTIFIED_AT)).contains(CertificateStatus.CERTIFIED);
  }

  @Test
  void certify_decisionAfterTheEvent_isRefused() {
    IllegalCertificateTransitionException e =
        refused(stage2Done(), c -> c.certify(CERTIFIED_AT.plusNanos(1), By.of(ANA, CERTIFIED_AT)), CertificateTransition.CERTIFY, CertificateStatus.STAGE_2_DONE);

    assertThat(e.missing()).singleElement().asString().startsWith("a decision not after the event");
  }

  @Test
  void certify_decisionThreeYearsBeforeTheEvent_isRefusedAsAlreadyExpired() {
    Instant at = Instant.parse("2029-03-06T09:00:00Z");
    Certificate c = stage2Done();

    IllegalCertificateTransitionException e =
        refused(c, x -> x.certify(DECISION, By.of(ANA, at)), CertificateTransition.CERTIFY, CertificateStatus.STAGE_2_DONE);

    assertThat(e.missing()).singleElement().asString().startsWith("a decision less than 3 years before the event");
    assertThat(c.certify(DECISION, By.of(ANA, at.minusNanos(1))).statusAt(at.minusNanos(1))).contains(CertificateStatus.CERTIFIED);
  }

  @Test
  void audits_recordedTwice_areRefusedNamingTheAudit() {
    IllegalCertificateTransitionException e =
        refused(stage1Done(), c -> c.recordStage2(STAGE_1, By.of(BEN, day(50))), CertificateTransition.RECORD_STAGE_2, CertificateStatus.STAGE_1_DONE);
    assertThat(e.missing()).singleElement().asString().contains(STAGE_1.value());

    Certificate c = certified().recordSurveillance(SURVEILLANCE_1, By.of(BEN, FIRST_DUE));
    refused(c, x -> x.recordSurveillance(SURVEILLANCE_1, By.of(BEN, SECOND_DUE)), CertificateTransition.RECORD_SURVEILLANCE, CertificateStatus.CERTIFIED);
    refused(c, x -> x.recordRecertification(STAGE_2, SECOND_DUE, By.of(BEN, SECOND_DUE)), CertificateTransition.RECERTIFY, CertificateStatus.CERTIFIED);
  }

  @Test
  void recordRecertification_decisionNotAfterTheCurrentDecision_isRefused() {
    IllegalCertificateTransitionException e =
        refused(certified(), c -> c.recordRecertification(RECERTIFICATION, DECISION, By.of(ANA, MID_CYCLE)), CertificateTransition.RECERTIFY, CertificateStatus.CERTIFIED);

    assertThat(e.missing()).singleElement().asString().startsWith("a decision after the current cycle's decision");
  }

  @Test
  void recordRecertification_decisionAfterTheEvent_isRefused() {
    IllegalCertificateTransitionException e =
        refused(
            certified(),
            c -> c.recordRecertification(RECERTIFICATION, MID_CYCLE.plusSeconds(1), By.of(ANA, MID_CYCLE)),
            CertificateTransition.RECERTIFY,
            CertificateStatus.CERTIFIED);

    assertThat(e.missing()).singleElement().asString().startsWith("a decision not after the event");
  }

  @Test
  void recordRecertification_whileSuspended_asksForReinstatement() {
    Instant at = MID_CYCLE.plusSeconds(60);
    IllegalCertificateTransitionException e =
        refused(suspended(), c -> c.recordRecertification(RECERTIFICATION, at, By.of(ANA, at)), CertificateTransition.RECERTIFY, CertificateStatus.SUSPENDED);

    assertThat(e.missing()).containsExactly("a certificate not suspended: reinstate it first");
  }

  @Test
  void suspendAndWithdraw_withoutAReason_areRefused() {
    IllegalCertificateTransitionException s =
        refused(certified(), c -> c.suspend(By.of(ANA, MID_CYCLE)), CertificateTransition.SUSPEND, CertificateStatus.CERTIFIED);
    assertThat(s.missing()).containsExactly("a reason for suspending");

    IllegalCertificateTransitionException w =
        refused(certified(), c -> c.withdraw(By.of(ANA, MID_CYCLE)), CertificateTransition.WITHDRAW, CertificateStatus.CERTIFIED);
    assertThat(w.missing()).containsExactly("a reason for withdrawing");
  }

  @Test
  void suspend_keepsTheExpiryAndSurveillanceDue() {
    Certificate c = suspended();

    assertThat(c.statusAt(MID_CYCLE)).contains(CertificateStatus.SUSPENDED);
    assertThat(c.statusAt(MID_CYCLE.minusNanos(1))).contains(CertificateStatus.CERTIFIED);
    assertThat(c.expiresAt()).contains(EXPIRES);
    assertThat(c.isSurveillanceOverdueAt(FIRST_DUE)).isTrue();

    Certificate surveyed = c.recordSurveillance(SURVEILLANCE_1, By.of(BEN, FIRST_DUE));
    Certificate reinstated = surveyed.reinstate(By.of(ANA, FIRST_DUE.plusSeconds(3600)));

    assertThat(surveyed.statusAt(FIRST_DUE)).contains(CertificateStatus.SUSPENDED);
    assertThat(surveyed.isSurveillanceOverdueAt(FIRST_DUE)).isFalse();
    assertThat(reinstated.statusAt(FIRST_DUE.plusSeconds(3600))).contains(CertificateStatus.CERTIFIED);
    assertThat(reinstated.nextSurveillanceDueAt(FIRST_DUE.plusSeconds(3600))).contains(SECOND_DUE);
    assertThat(reinstated.expiresAt()).contains(EXPIRES);
  }

  @Test
  void withdraw_endsTheCertificateAndWhatWasDue() {
    Certificate c = certified().withdraw(By.of(ANA, MID_CYCLE).because("Client left"));

    assertThat(c.statusAt(MID_CYCLE.minusNanos(1))).contains(CertificateStatus.CERTIFIED);
    assertThat(c.statusAt(MID_CYCLE)).contains(CertificateStatus.WITHDRAWN);
    assertThat(c.statusAt(EXPIRES.plusSeconds(1))).contains(CertificateStatus.WITHDRAWN);
    assertThat(c.isSurveillanceOverdueAt(FIRST_DUE)).isFalse();
    assertThat(c.isRecertificationOverdueAt(EXPIRES)).isFalse();
    assertThat(c.history().last().orElseThrow().reason()).contains("Client left");
  }

  @Test
  void exception_messageNamesCertificateStatusTransitionAndWhatIsMissing() {
    assertThatThrownBy(() -> applied().certify(T0, By.of(ANA, T0)))
        .isInstanceOf(IllegalCertificateTransitionException.class)
        .isInstanceOf(org.qms4j.QmsException.class)
        .hasMessage("certificate CERT-2026-04: cannot CERTIFY in status APPLIED; missing a recorded stage 2 audit");
  }

  @Test
  void transitions_leaveTheEarlierCertificateUnchanged() {
    Certificate before = certified();
    Certificate after = before.suspend(By.of(ANA, MID_CYCLE).because("Major nonconformity open"));

    assertThat(before.statusAt(MID_CYCLE)).contains(CertificateStatus.CERTIFIED);
    assertThat(before.history().size()).isEqualTo(4);
    assertThat(after.history().events().subList(0, 4)).containsExactlyElementsOf(before.history().events());
    assertThat(after).isNotEqualTo(before);
  }

  @Test
  void transitions_recordSignatureMeaningsAsTheTableSays() {
    Map<String, Optional<SignatureMeaning>> table = Map.of(
        "applied", Optional.of(SignatureMeaning.AUTHORED),
        "stage-1-recorded", Optional.empty(),
        "stage-2-recorded", Optional.empty(),
        "certified", Optional.of(SignatureMeaning.APPROVED),
        "surveillance-recorded", Optional.empty(),
        "suspended", Optional.of(SignatureMeaning.APPROVED),
        "reinstated", Optional.of(SignatureMeaning.APPROVED),
        "recertified", Optional.of(SignatureMeaning.APPROVED),
        "withdrawn", Optional.of(SignatureMeaning.APPROVED));
    Instant later = MID_CYCLE.plusSeconds(3600);
    Certificate c =
        suspended()
            .recordSurveillance(SURVEILLANCE_1, By.of(BEN, MID_CYCLE))
            .reinstate(By.of(ANA, later))
            .recordRecertification(RECERTIFICATION, later, By.of(ANA, later))
            .withdraw(By.of(ANA, later).because("Client left"));

    assertThat(c.history().events()).extracting(Event::action).containsExactlyInAnyOrderElementsOf(table.keySet());
    for (Event e : c.history().events()) {
      assertThat(e.meaning()).as(e.action()).isEqualTo(table.get(e.action()));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // asOf, dates, equality

  @Test
  void asOf_givesTheCertificateAsItStoodThen() {
    Certificate c = certified();

    assertThat(c.asOf(T0.minusNanos(1))).isEmpty();
    assertThat(c.statusAt(T0.minusNanos(1))).isEmpty();
    assertThat(c.asOf(day(20))).contains(stage1Done());
    assertThat(c.asOf(day(49)).orElseThrow().statusAt(day(49))).contains(CertificateStatus.STAGE_1_DONE);
    assertThat(c.asOf(CERTIFIED_AT).orElseThrow()).isSameAs(c);
    assertThat(c.asOf(day(50)).orElseThrow().expiresAt()).isEmpty();
  }

  @Test
  void dates_holdEveryEventDecisionDueDateAndExpiryOfEveryCycle() {
    Instant newDecision = Instant.parse("2028-12-01T09:00:00Z");
    Certificate c = certified().recordRecertification(RECERTIFICATION, newDecision, By.of(ANA, newDecision));

    assertThat(c.dates())
        .containsExactlyInAnyOrder(
            T0, day(20), day(50), CERTIFIED_AT, newDecision,
            DECISION, FIRST_DUE, SECOND_DUE, EXPIRES,
            newDecision, Instant.parse("2029-12-01T09:00:00Z"), Instant.parse("2030-12-01T09:00:00Z"), Instant.parse("2031-12-01T09:00:00Z"));
  }

  @Test
  void equals_isByHistory() {
    assertThat(certified()).isEqualTo(certified()).hasSameHashCodeAs(certified());
    assertThat(certified()).isNotEqualTo(stage2Done());
    assertThat(certified().toString()).contains(ID.value(), "CERTIFIED");
  }

  // ---------------------------------------------------------------------------------------------
  // replay

  @Test
  void replay_ofARecordedHistory_givesAnEqualCertificate() {
    Instant later = MID_CYCLE.plusSeconds(3600);
    Certificate c = suspended().reinstate(By.of(ANA, later)).recordRecertification(RECERTIFICATION, later, By.of(ANA, later));

    Certificate r = Certificate.replay(History.of(c.history().events()));

    assertThat(r).isEqualTo(c);
    assertThat(r.id()).isEqualTo(ID);
    assertThat(r.catalog()).isEqualTo(ISO_9001);
    assertThat(r.body()).isEqualTo(BODY);
    assertThat(r.decisionAt()).isEqualTo(c.decisionAt());
    assertThat(r.expiresAt()).isEqualTo(c.expiresAt());
    assertThat(r.audits()).isEqualTo(c.audits());
    assertThat(r.dates()).isEqualTo(c.dates());
    assertThat(r.statusAt(later)).isEqualTo(c.statusAt(later));
  }

  @Test
  void replay_tamperedHistory_isRefusedNamingTheEvent() {
    List<Event> events = new ArrayList<>(certified().history().events());
    Event e = events.get(3);
    events.set(3, Event.builder().from(e).putData("decision", "2020-01-01T00:00:00Z").build());

    assertThatThrownBy(() -> Certificate.replay(History.of(events)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("event 3");
  }

  @Test
  void replay_eventBreakingAGate_isRefusedNamingTheEvent() {
    History h =
        History.empty()
            .append("applied", Map.of("id", ID.value(), "catalog", ISO_9001.value(), "body", BODY), By.of(ANA, T0), SignatureMeaning.AUTHORED)
            .append("certified", Map.of("decision", T0.toString()), By.of(ANA, day(1)), SignatureMeaning.APPROVED);

    assertThat(h.verify().intact()).isTrue();
    assertThatThrownBy(() -> Certificate.replay(h))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("event 1")
        .hasMessageContaining("CERTIFY");
  }

  @Test
  void replay_eventAfterExpiry_isRefused() {
    History h = certified().history().append("surveillance-recorded", Map.of("audit", "EXT-SV9"), By.of(BEN, EXPIRES), null);

    assertThatThrownBy(() -> Certificate.replay(h)).isInstanceOf(InvalidModelException.class).hasMessageContaining("event 4").hasMessageContaining("EXPIRED");
  }

  @Test
  void replay_malformedHistories_areRefused() {
    Map<String, String> application = Map.of("id", ID.value(), "catalog", ISO_9001.value(), "body", BODY);
    History wrongMeaning = History.empty().append("applied", application, By.of(ANA, T0), SignatureMeaning.APPROVED);
    History unknownAction = applied().history().append("renamed", Map.of(), By.of(ANA, day(1)), null);
    History notAppliedFirst = History.empty().append("stage-1-recorded", Map.of("audit", "A"), By.of(ANA, T0), null);
    History malformedDecision = stage2Done().history().append("certified", Map.of("decision", "yesterday"), By.of(ANA, day(60)), SignatureMeaning.APPROVED);
    History missingAudit = applied().history().append("stage-1-recorded", Map.of(), By.of(ANA, day(1)), null);

    assertThatThrownBy(() -> Certificate.replay(History.empty())).isInstanceOf(InvalidModelException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> Certificate.replay(wrongMeaning)).isInstanceOf(InvalidModelException.class).hasMessageContaining("event 0").hasMessageContaining("meaning");
    assertThatThrownBy(() -> Certificate.replay(unknownAction)).isInstanceOf(InvalidModelException.class).hasMessageContaining("event 1").hasMessageContaining("'renamed'");
    assertThatThrownBy(() -> Certificate.replay(notAppliedFirst)).isInstanceOf(InvalidModelException.class).hasMessageContaining("event 0");
    assertThatThrownBy(() -> Certificate.replay(malformedDecision)).isInstanceOf(InvalidModelException.class).hasMessageContaining("event 3").hasMessageContaining("'yesterday'");
    assertThatThrownBy(() -> Certificate.replay(missingAudit)).isInstanceOf(InvalidModelException.class).hasMessageContaining("event 1").hasMessageContaining("audit was missing");
  }

  @Test
  void audits_areUnmodifiable() {
    Set<AuditId> audits = certified().audits();

    assertThatThrownBy(() -> audits.add(AuditId.of("X"))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> certified().dates().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
