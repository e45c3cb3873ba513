package org.qms4j.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qms4j.InvalidModelException;
import org.qms4j.history.By;
import org.qms4j.history.Event;
import org.qms4j.history.History;
import org.qms4j.history.SignatureMeaning;
import org.qms4j.people.PersonId;

class ControlledDocumentTest {
  private static final DocumentId ID = DocumentId.of("SOP-12");
  private static final String TITLE = "Recall of obsolete SOPs from wards";
  private static final Period YEARLY = Period.ofYears(1);
  private static final PersonId ANA = PersonId.of("ana");
  private static final PersonId BEN = PersonId.of("ben");
  private static final PersonId CLEO = PersonId.of("cleo");

  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

  /** The instant {@code n} days after {@link #T0}. */
  private static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  /** One year after an instant, in the UTC calendar. */
  private static Instant yearAfter(Instant t) {
    return t.atOffset(java.time.ZoneOffset.UTC).plusYears(1).toInstant();
  }

  private static ControlledDocument created() {
    return ControlledDocument.create(ID, TITLE, YEARLY, By.of(ANA, T0));
  }

  /** Version 1 drafted by Ana. */
  private static ControlledDocument drafted() {
    return created().draft("1", By.of(ANA, day(1)));
  }

  /** Version 1 reviewed by Ben and approved by Cleo. */
  private static ControlledDocument approved() {
    return drafted().review("1", By.of(BEN, day(2))).approve("1", By.of(CLEO, day(3)));
  }

  /** Version 1 made effective on day 4, from day 5. */
  private static ControlledDocument effective() {
    return approved().makeEffective("1", day(5), By.of(CLEO, day(4)));
  }

  /** Version 2 drafted by Ben, approved by Ana, made effective on day 12 from day 20. */
  private static ControlledDocument superseded() {
    return effective()
        .draft("2", By.of(BEN, day(10)))
        .approve("2", By.of(ANA, day(11)))
        .makeEffective("2", day(20), By.of(ANA, day(12)));
  }

  /**
   * Attempts a transition that must be refused, and checks that the exception names the document,
   * the version, its status and the transition, and that the document is unchanged.
   */
  private static IllegalDocumentTransitionException refused(
      ControlledDocument doc,
      Function<ControlledDocument, ControlledDocument> attempt,
      DocumentTransition transition,
      Optional<String> version,
      Optional<VersionStatus> status) {
    History before = doc.history();
    List<String> versions = doc.versions();

    IllegalDocumentTransitionException e = catchThrowableOfType(IllegalDocumentTransitionException.class, () -> attempt.apply(doc));

    assertThat(e).as("%s is refused", transition).isNotNull();
    assertThat(e.document()).isEqualTo(ID);
    assertThat(e.transition()).isEqualTo(transition);
    assertThat(e.version()).isEqualTo(version);
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.missing()).isNotEmpty();
    assertThat(e.getMessage()).contains(ID.value(), transition.name());
    version.ifPresent(v -> assertThat(e.getMessage()).contains("version " + v));
    status.ifPresent(s -> assertThat(e.getMessage()).contains(s.name()));
    assertThat(doc.history()).isSameAs(before);
    assertThat(doc.versions()).isEqualTo(versions);
    return e;
  }

  // ---------------------------------------------------------------------------------------------
  // creating

  @Test
  void create_recordsIdTitleIntervalAndAnAuthoredEvent() {
    ControlledDocument d = created();

    assertThat(d.id()).isEqualTo(ID);
    assertThat(d.title()).isEqualTo(TITLE);
    assertThat(d.reviewInterval()).isEqualTo(YEARLY);
    assertThat(d.versions()).isEmpty();
    assertThat(d.effectiveVersionAt(day(100))).isEmpty();
    assertThat(d.reviewDueAt(day(100))).isEmpty();
    assertThat(d.isReviewOverdueAt(day(1000))).isFalse();
    assertThat(d.withdrawnAt()).isEmpty();
    Event e = d.history().events().get(0);
    assertThat(e.action()).isEqualTo(DocumentTransition.CREATE.eventName());
    assertThat(e.actor()).isEqualTo(ANA);
    assertThat(e.at()).isEqualTo(T0);
    assertThat(e.meaning()).contains(SignatureMeaning.AUTHORED);
  }

  @Test
  void create_titleOfThreeHundredCharacters_isAcceptedAndLongerIsNot() {
    assertThat(ControlledDocument.create(ID, "t".repeat(300), YEARLY, By.of(ANA, T0)).title()).hasSize(ControlledDocument.MAX_TITLE);
    assertThatThrownBy(() -> ControlledDocument.create(ID, "t".repeat(301), YEARLY, By.of(ANA, T0)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("SOP-12: title")
        .hasMessageContaining("at most 300");
  }

  @ParameterizedTest
  @ValueSource(strings = {"one\ntwo", " ", "", "tab\u0000"})
  void create_titleNotOneLineOfText_throwsNamingTheTitle(String title) {
    assertThatThrownBy(() -> ControlledDocument.create(ID, title, YEARLY, By.of(ANA, T0)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("title");
  }

  @ParameterizedTest
  @ValueSource(strings = {"P0D", "P-1Y", "P1Y-1M", "P-1D", "P10Y1D", "P121M", "P3651D", "P11Y"})
  void create_reviewIntervalNotPositiveOrOverTenYears_throwsNamingIt(String interval) {
    assertThatThrownBy(() -> ControlledDocument.create(ID, TITLE, Period.parse(interval), By.of(ANA, T0)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("reviewInterval was " + Period.parse(interval))
        .hasMessageContaining("at most 10 years");
  }

  @ParameterizedTest
  @ValueSource(strings = {"P1D", "P6M", "P1Y", "P2Y6M", "P10Y", "P120M", "P3650D", "P9Y11M30D"})
  void create_reviewIntervalUpToTenYears_isAccepted(String interval) {
    assertThat(ControlledDocument.create(ID, TITLE, Period.parse(interval), By.of(ANA, T0)).reviewInterval()).isEqualTo(Period.parse(interval));
  }

  @Test
  void create_nullArgument_throwsNamingIt() {
    assertThatThrownBy(() -> ControlledDocument.create(ID, TITLE, null, By.of(ANA, T0))).isInstanceOf(NullPointerException.class).hasMessage("reviewInterval");
    assertThatThrownBy(() -> created().draft(null, By.of(ANA, T0))).isInstanceOf(NullPointerException.class).hasMessage("version");
    assertThatThrownBy(() -> created().withdraw(null)).isInstanceOf(NullPointerException.class).hasMessage("by");
  }

  // ---------------------------------------------------------------------------------------------
  // drafting and reviewing

  @Test
  void draft_newVersion_isADraftFromTheInstantItWasDrafted() {
    ControlledDocument d = drafted();

    assertThat(d.versions()).containsExactly("1");
    assertThat(d.statusAt("1", day(1).minusNanos(1))).isEmpty();
    assertThat(d.statusAt("1", day(1))).contains(VersionStatus.DRAFT);
    assertThat(d.statusAt("1", day(900))).contains(VersionStatus.DRAFT);
    assertThat(d.statusAt("2", day(900))).isEmpty();
    assertThat(d.approvedBy("1")).isEmpty();
    assertThat(d.effectiveFrom("1")).isEmpty();
    assertThat(d.obsoleteFrom("1")).isEmpty();
    assertThat(d.history().last().orElseThrow().meaning()).contains(SignatureMeaning.AUTHORED);
  }

  @Test
  void versions_areListedInDraftOrder() {
    ControlledDocument d =
        created().draft("2", By.of(ANA, day(1))).draft("10", By.of(ANA, day(1))).draft("1.1", By.of(BEN, day(2)));

    assertThat(d.versions()).containsExactly("2", "10", "1.1");
    assertThatThrownBy(() -> d.versions().add("3")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void draft_labelUsedAlready_isRefusedNamingTheVersionAndItsStatus() {
    IllegalDocumentTransitionException e =
        refused(effective(), d -> d.draft("1", By.of(BEN, day(6))), DocumentTransition.DRAFT, Optional.of("1"), Optional.of(VersionStatus.EFFECTIVE));

    assertThat(e.missing()).singleElement().asString().contains("version 1 was drafted at " + day(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1 2", "1@2", "rev/2"})
  void draft_malformedLabel_throwsInvalidModelException(String version) {
    ControlledDocument d = created();

    assertThatThrownBy(() -> d.draft(version, By.of(ANA, day(1))))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("SOP-12: version was '");
    assertThat(d.versions()).isEmpty();
  }

  @Test
  void draft_theThousandAndFirstVersion_isRefused() {
    ControlledDocument d = created();
    for (int i = 0; i < ControlledDocument.MAX_VERSIONS; i++) {
      d = d.draft("v" + i, By.of(ANA, day(1)));
    }
    assertThat(d.versions()).hasSize(1_000);

    IllegalDocumentTransitionException e =
        refused(d, x -> x.draft("one-more", By.of(ANA, day(2))), DocumentTransition.DRAFT, Optional.of("one-more"), Optional.empty());

    assertThat(e.missing()).singleElement().asString().contains("1000 versions");
  }

  @Test
  void review_ofADraft_isRecordedAsAReviewedSignatureAndKeepsTheDraft() {
    ControlledDocument d = drafted().review("1", By.of(BEN, day(2)).because("Checked against ISO 13485 4.2.4"));
    Event e = d.history().last().orElseThrow();

    assertThat(e.action()).isEqualTo(DocumentTransition.REVIEW.eventName());
    assertThat(e.actor()).isEqualTo(BEN);
    assertThat(e.meaning()).contains(SignatureMeaning.REVIEWED);
    assertThat(e.reason()).contains("Checked against ISO 13485 4.2.4");
    assertThat(e.data()).containsEntry("version", "1");
    assertThat(d.statusAt("1", day(2))).contains(VersionStatus.DRAFT);
  }

  @Test
  void review_byTheAuthorOrTwice_isAccepted() {
    ControlledDocument d = drafted().review("1", By.of(ANA, day(2))).review("1", By.of(BEN, day(2)));

    assertThat(d.history().size()).isEqualTo(4);
  }

  @Test
  void review_ofAnApprovedVersion_isRefused() {
    IllegalDocumentTransitionException e =
        refused(approved(), d -> d.review("1", By.of(BEN, day(4))), DocumentTransition.REVIEW, Optional.of("1"), Optional.of(VersionStatus.APPROVED));

    assertThat(e.missing()).singleElement().asString().contains("a draft");
  }

  @Test
  void review_ofAnUnknownVersion_isRefusedWithoutStatus() {
    IllegalDocumentTransitionException e =
        refused(drafted(), d -> d.review("9", By.of(BEN, day(2))), DocumentTransition.REVIEW, Optional.of("9"), Optional.empty());

    assertThat(e.missing()).singleElement().asString().contains("never drafted");
  }

  // ---------------------------------------------------------------------------------------------
  // approving

  @Test
  void approve_bySomeoneElse_makesTheVersionApprovedFromThen() {
    ControlledDocument d = approved();

    assertThat(d.approvedBy("1")).contains(CLEO);
    assertThat(d.statusAt("1", day(3).minusNanos(1))).contains(VersionStatus.DRAFT);
    assertThat(d.statusAt("1", day(3))).contains(VersionStatus.APPROVED);
    assertThat(d.effectiveVersionAt(day(300))).isEmpty();
    assertThat(d.history().last().orElseThrow().meaning()).contains(SignatureMeaning.APPROVED);
  }

  @Test
  void approve_withoutReview_isAccepted() {
    assertThat(drafted().approve("1", By.of(BEN, day(2))).approvedBy("1")).contains(BEN);
  }

  @Test
  void approve_byTheAuthor_isRefusedNamingThePerson() {
    IllegalDocumentTransitionException e =
        refused(drafted(), d -> d.approve("1", By.of(ANA, day(2))), DocumentTransition.APPROVE, Optional.of("1"), Optional.of(VersionStatus.DRAFT));

    assertThat(e.missing()).singleElement().asString().contains("did not draft").contains("ana drafted version 1");
  }

  @Test
  void approve_twice_isRefused() {
    refused(approved(), d -> d.approve("1", By.of(BEN, day(4))), DocumentTransition.APPROVE, Optional.of("1"), Optional.of(VersionStatus.APPROVED));
  }

  @Test
  void approve_unknownVersion_isRefused() {
    refused(drafted(), d -> d.approve("2", By.of(BEN, day(2))), DocumentTransition.APPROVE, Optional.of("2"), Optional.empty());
  }

  // ---------------------------------------------------------------------------------------------
  // making effective

  @Test
  void makeEffective_fromAFutureInstant_isApprovedUntilThenAndEffectiveFromThen() {
    ControlledDocument d = effective();

    assertThat(d.effectiveFrom("1")).contains(day(5));
    assertThat(d.obsoleteFrom("1")).isEmpty();
    assertThat(d.statusAt("1", day(4))).contains(VersionStatus.APPROVED);
    assertThat(d.statusAt("1", day(5).minusNanos(1))).contains(VersionStatus.APPROVED);
    assertThat(d.statusAt("1", day(5))).contains(VersionStatus.EFFECTIVE);
    assertThat(d.statusAt("1", day(5000))).contains(VersionStatus.EFFECTIVE);
    assertThat(d.effectiveVersionAt(day(5).minusNanos(1))).isEmpty();
    assertThat(d.effectiveVersionAt(day(5))).contains("1");
    Event e = d.history().last().orElseThrow();
    assertThat(e.at()).isEqualTo(day(4));
    assertThat(e.meaning()).contains(SignatureMeaning.APPROVED);
  }

  @Test
  void makeEffective_atTheInstantOfTheAct_isEffectiveAtOnce() {
    ControlledDocument d = approved().makeEffective("1", day(4), By.of(CLEO, day(4)));

    assertThat(d.statusAt("1", day(4))).contains(VersionStatus.EFFECTIVE);
    assertThat(d.effectiveVersionAt(day(4))).contains("1");
  }

  @Test
  void makeEffective_fromBeforeTheAct_isRefused() {
    IllegalDocumentTransitionException e =
        refused(
            approved(),
            d -> d.makeEffective("1", day(4).minusNanos(1), By.of(CLEO, day(4))),
            DocumentTransition.MAKE_EFFECTIVE,
            Optional.of("1"),
            Optional.of(VersionStatus.APPROVED));

    assertThat(e.missing()).singleElement().asString().contains("not before the act at " + day(4));
  }

  @Test
  void makeEffective_aDraft_isRefused() {
    IllegalDocumentTransitionException e =
        refused(
            drafted(), d -> d.makeEffective("1", day(4), By.of(CLEO, day(4))), DocumentTransition.MAKE_EFFECTIVE, Optional.of("1"), Optional.of(VersionStatus.DRAFT));

    assertThat(e.missing()).singleElement().asString().contains("an approved version");
  }

  @Test
  void makeEffective_twice_isRefusedEvenBeforeItsEffectiveDate() {
    IllegalDocumentTransitionException e =
        refused(
            effective(),
            d -> d.makeEffective("1", day(30), By.of(CLEO, day(4))),
            DocumentTransition.MAKE_EFFECTIVE,
            Optional.of("1"),
            Optional.of(VersionStatus.APPROVED));

    assertThat(e.missing()).singleElement().asString().contains("effective from " + day(5));
  }

  @Test
  void makeEffective_unknownVersion_isRefused() {
    refused(effective(), d -> d.makeEffective("7", day(30), By.of(CLEO, day(6))), DocumentTransition.MAKE_EFFECTIVE, Optional.of("7"), Optional.empty());
  }

  @Test
  void makeEffective_notAfterTheEffectiveDateOfThePreviousVersion_isRefused() {
    ControlledDocument twoApproved = effective().draft("2", By.of(BEN, day(4))).approve("2", By.of(ANA, day(4)));

    IllegalDocumentTransitionException e =
        refused(
            twoApproved,
            d -> d.makeEffective("2", day(5), By.of(ANA, day(4))),
            DocumentTransition.MAKE_EFFECTIVE,
            Optional.of("2"),
            Optional.of(VersionStatus.APPROVED));

    assertThat(e.missing()).singleElement().asString().contains("after " + day(5)).contains("version 1");
    ControlledDocument d = twoApproved.makeEffective("2", day(5).plusNanos(1), By.of(ANA, day(4)));
    assertThat(d.effectiveVersionAt(day(5))).contains("1");
    assertThat(d.effectiveVersionAt(day(5).plusNanos(1))).contains("2");
    assertThat(d.statusAt("1", day(5).plusNanos(1))).contains(VersionStatus.OBSOLETE);
  }

  @Test
  void makeEffective_everyGapAtOnce_namesEach() {
    ControlledDocument twoApproved = effective().draft("2", By.of(BEN, day(6))).approve("2", By.of(ANA, day(7)));

    IllegalDocumentTransitionException e =
        refused(
            twoApproved,
            d -> d.makeEffective("2", day(5), By.of(ANA, day(8))),
            DocumentTransition.MAKE_EFFECTIVE,
            Optional.of("2"),
            Optional.of(VersionStatus.APPROVED));

    assertThat(e.missing()).hasSize(2);
  }

  @Test
  void makeEffective_aNewVersion_makesThePreviousObsoleteExactlyAtItsEffectiveDate() {
    ControlledDocument d = superseded();

    assertThat(d.obsoleteFrom("1")).contains(day(20));
    assertThat(d.effectiveFrom("2")).contains(day(20));
    assertThat(d.obsoleteFrom("2")).isEmpty();
    Instant justBefore = day(20).minusNanos(1);
    assertThat(d.statusAt("1", justBefore)).contains(VersionStatus.EFFECTIVE);
    assertThat(d.statusAt("2", justBefore)).contains(VersionStatus.APPROVED);
    assertThat(d.effectiveVersionAt(justBefore)).contains("1");
    assertThat(d.statusAt("1", day(20))).contains(VersionStatus.OBSOLETE);
    assertThat(d.statusAt("2", day(20))).contains(VersionStatus.EFFECTIVE);
    assertThat(d.effectiveVersionAt(day(20))).contains("2");
    // the act on day 12 does not end version 1 before its successor's date
    assertThat(d.statusAt("1", day(12))).contains(VersionStatus.EFFECTIVE);
  }

  @Test
  void makeEffective_anOlderApprovedVersionAfterANewerOne_supersedesTheNewer() {
    ControlledDocument d =
        created()
            .draft("1", By.of(ANA, day(1)))
            .draft("2", By.of(ANA, day(1)))
            .approve("1", By.of(BEN, day(2)))
            .approve("2", By.of(BEN, day(2)))
            .makeEffective("2", day(3), By.of(BEN, day(3)))
            .makeEffective("1", day(4), By.of(BEN, day(4)));

    assertThat(d.effectiveVersionAt(day(3))).contains("2");
    assertThat(d.effectiveVersionAt(day(4))).contains("1");
    assertThat(d.obsoleteFrom("2")).contains(day(4));
  }

  // ---------------------------------------------------------------------------------------------
  // periodic review

  @Test
  void reviewDueAt_withoutPeriodicReview_isOneIntervalAfterTheVersionBecameEffective() {
    ControlledDocument d = effective();
    Instant due = yearAfter(day(5));

    assertThat(d.reviewDueAt(day(5).minusNanos(1))).isEmpty();
    assertThat(d.reviewDueAt(day(5))).contains(due);
    assertThat(d.reviewDueAt(due.plus(Duration.ofDays(400)))).contains(due);
  }

  @Test
  void isReviewOverdueAt_isFalseJustBeforeTheDueInstantAndTrueFromIt() {
    ControlledDocument d = effective();
    Instant due = yearAfter(day(5));

    assertThat(d.isReviewOverdueAt(due.minusNanos(1))).isFalse();
    assertThat(d.isReviewOverdueAt(due)).isTrue();
    assertThat(d.isReviewOverdueAt(due.plus(Duration.ofDays(1)))).isTrue();
    assertThat(d.isReviewOverdueAt(day(5).minusNanos(1))).isFalse();
  }

  @Test
  void reviewInterval_isAddedInTheUtcCalendar() {
    Instant endOfJanuary = Instant.parse("2026-01-31T12:00:00Z");
    ControlledDocument d =
        ControlledDocument.create(ID, TITLE, Period.ofMonths(1), By.of(ANA, endOfJanuary))
            .draft("1", By.of(ANA, endOfJanuary))
            .approve("1", By.of(BEN, endOfJanuary))
            .makeEffective("1", endOfJanuary, By.of(BEN, endOfJanuary));

    assertThat(d.reviewDueAt(endOfJanuary)).contains(Instant.parse("2026-02-28T12:00:00Z"));
  }

  @Test
  void recordPeriodicReview_resetsTheDueDateFromTheInstantOfTheReview() {
    ControlledDocument d = effective().recordPeriodicReview(By.of(BEN, day(300)));
    Instant oldDue = yearAfter(day(5));
    Instant newDue = yearAfter(day(300));

    assertThat(d.reviewDueAt(day(300).minusNanos(1))).contains(oldDue);
    assertThat(d.reviewDueAt(day(300))).contains(newDue);
    assertThat(d.isReviewOverdueAt(oldDue)).isFalse();
    assertThat(d.isReviewOverdueAt(newDue.minusNanos(1))).isFalse();
    assertThat(d.isReviewOverdueAt(newDue)).isTrue();
    Event e = d.history().last().orElseThrow();
    assertThat(e.meaning()).contains(SignatureMeaning.REVIEWED);
    assertThat(e.data()).containsEntry("version", "1");
  }

  @Test
  void recordPeriodicReview_afterTheDueDate_clearsTheOverdueReviewFromThen() {
    Instant due = yearAfter(day(5));
    Instant late = due.plus(Duration.ofDays(10));
    ControlledDocument d = effective().recordPeriodicReview(By.of(BEN, late));

    assertThat(d.isReviewOverdueAt(late.minusNanos(1))).isTrue();
    assertThat(d.isReviewOverdueAt(late)).isFalse();
  }

  @Test
  void reviewDueAt_aNewEffectiveVersion_startsItsOwnInterval() {
    ControlledDocument d = effective().recordPeriodicReview(By.of(BEN, day(8))).draft("2", By.of(BEN, day(10))).approve("2", By.of(ANA, day(11))).makeEffective("2", day(20), By.of(ANA, day(12)));

    assertThat(d.reviewDueAt(day(20).minusNanos(1))).contains(yearAfter(day(8)));
    assertThat(d.reviewDueAt(day(20))).contains(yearAfter(day(20)));
  }

  @Test
  void recordPeriodicReview_withoutAnEffectiveVersion_isRefused() {
    IllegalDocumentTransitionException e =
        refused(approved(), d -> d.recordPeriodicReview(By.of(BEN, day(4))), DocumentTransition.RECORD_PERIODIC_REVIEW, Optional.empty(), Optional.empty());

    assertThat(e.missing()).singleElement().asString().contains("an effective version at " + day(4));
  }

  @Test
  void recordPeriodicReview_beforeTheScheduledEffectiveDate_isRefused() {
    refused(effective(), d -> d.recordPeriodicReview(By.of(BEN, day(4))), DocumentTransition.RECORD_PERIODIC_REVIEW, Optional.empty(), Optional.empty());
    assertThat(effective().recordPeriodicReview(By.of(BEN, day(5))).reviewDueAt(day(5))).contains(yearAfter(day(5)));
  }

  // ---------------------------------------------------------------------------------------------
  // withdrawal

  @Test
  void withdraw_makesTheEffectiveVersionObsoleteAtTheInstantOfTheAct() {
    ControlledDocument d = effective().withdraw(By.of(CLEO, day(50)).because("Process outsourced"));

    assertThat(d.withdrawnAt()).contains(day(50));
    assertThat(d.obsoleteFrom("1")).contains(day(50));
    assertThat(d.statusAt("1", day(50).minusNanos(1))).contains(VersionStatus.EFFECTIVE);
    assertThat(d.statusAt("1", day(50))).contains(VersionStatus.OBSOLETE);
    assertThat(d.effectiveVersionAt(day(50))).isEmpty();
    assertThat(d.reviewDueAt(day(50))).isEmpty();
    assertThat(d.isReviewOverdueAt(day(5000))).isFalse();
    Event e = d.history().last().orElseThrow();
    assertThat(e.meaning()).contains(SignatureMeaning.APPROVED);
    assertThat(e.reason()).contains("Process outsourced");
  }

  @Test
  void withdraw_withoutReason_isRefused() {
    IllegalDocumentTransitionException e =
        refused(
            effective(),
            d -> d.withdraw(By.of(CLEO, day(50))),
            DocumentTransition.WITHDRAW,
            Optional.of("1"),
            Optional.of(VersionStatus.EFFECTIVE));

    assertThat(e.missing()).singleElement().asString().contains("reason");
  }

  @Test
  void withdraw_withAVersionScheduledLater_endsTheCurrentOneAndTheScheduledOneNeverBecomesEffective() {
    ControlledDocument d = superseded().withdraw(By.of(CLEO, day(15)).because("Replaced by SOP-20"));

    assertThat(d.obsoleteFrom("1")).contains(day(15));
    assertThat(d.effectiveFrom("2")).isEmpty();
    assertThat(d.obsoleteFrom("2")).isEmpty();
    assertThat(d.statusAt("2", day(25))).contains(VersionStatus.APPROVED);
    assertThat(d.effectiveVersionAt(day(25))).isEmpty();
    assertThat(d.effectiveVersionAt(day(15).minusNanos(1))).contains("1");
  }

  @Test
  void withdraw_withTwoVersionsScheduledLater_neitherBecomesEffectiveNorObsolete() {
    ControlledDocument d =
        superseded()
            .draft("3", By.of(BEN, day(13)))
            .approve("3", By.of(CLEO, day(13)))
            .makeEffective("3", day(25), By.of(CLEO, day(13)))
            .withdraw(By.of(CLEO, day(15)).because("Replaced by SOP-20"));

    for (String v : List.of("2", "3")) {
      assertThat(d.effectiveFrom(v)).as(v).isEmpty();
      assertThat(d.obsoleteFrom(v)).as(v).isEmpty();
      assertThat(d.statusAt(v, day(30))).as(v).contains(VersionStatus.APPROVED);
    }
    assertThat(d.obsoleteFrom("1")).contains(day(15));
  }

  @Test
  void withdraw_draftsAndApprovedVersionsKeepTheirStatus() {
    ControlledDocument d = drafted().draft("2", By.of(ANA, day(1))).approve("2", By.of(BEN, day(2))).withdraw(By.of(CLEO, day(3)).because("Not needed"));

    assertThat(d.statusAt("1", day(9))).contains(VersionStatus.DRAFT);
    assertThat(d.statusAt("2", day(9))).contains(VersionStatus.APPROVED);
  }

  @Test
  void anyTransition_afterWithdrawal_isRefusedNamingTheWithdrawal() {
    ControlledDocument w = superseded().withdraw(By.of(CLEO, day(15)).because("Replaced by SOP-20"));
    By by = By.of(ANA, day(30)).because("Trying anyway");
    Optional<VersionStatus> obsolete = Optional.of(VersionStatus.OBSOLETE);
    Optional<VersionStatus> approvedStatus = Optional.of(VersionStatus.APPROVED);

    List<IllegalDocumentTransitionException> all = new ArrayList<>();
    all.add(refused(w, d -> d.draft("3", by), DocumentTransition.DRAFT, Optional.of("3"), Optional.empty()));
    all.add(refused(w, d -> d.review("1", by), DocumentTransition.REVIEW, Optional.of("1"), obsolete));
    all.add(refused(w, d -> d.approve("2", By.of(CLEO, day(30))), DocumentTransition.APPROVE, Optional.of("2"), approvedStatus));
    all.add(refused(w, d -> d.makeEffective("2", day(40), by), DocumentTransition.MAKE_EFFECTIVE, Optional.of("2"), approvedStatus));
    all.add(refused(w, d -> d.recordPeriodicReview(by), DocumentTransition.RECORD_PERIODIC_REVIEW, Optional.empty(), Optional.empty()));
    all.add(refused(w, d -> d.withdraw(by), DocumentTransition.WITHDRAW, Optional.empty(), Optional.empty()));

    all.forEach(e -> assertThat(e.missing()).singleElement().asString().contains("withdrawn at " + day(15)));
  }

  // ---------------------------------------------------------------------------------------------
  // the record

  @Test
  void transitions_leaveTheEarlierDocumentUnchanged() {
    ControlledDocument before = approved();
    ControlledDocument after = before.makeEffective("1", day(5), By.of(CLEO, day(4)));

    assertThat(before.effectiveFrom("1")).isEmpty();
    assertThat(before.statusAt("1", day(9))).contains(VersionStatus.APPROVED);
    assertThat(before.history().size()).isEqualTo(4);
    assertThat(after.history().events().subList(0, 4)).containsExactlyElementsOf(before.history().events());
    assertThat(after).isNotEqualTo(before);
  }

  @Test
  void transition_datedBeforeTheLastEvent_throwsAndLeavesTheDocumentUnchanged() {
    ControlledDocument d = approved();

    assertThatThrownBy(() -> d.makeEffective("1", day(5), By.of(CLEO, day(2))))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("time order");
    assertThat(d.history().size()).isEqualTo(4);
  }

  @Test
  void transitions_recordSignatureMeaningsAsTheTransitionTableSays() {
    Map<DocumentTransition, SignatureMeaning> table = new EnumMap<>(DocumentTransition.class);
    table.put(DocumentTransition.CREATE, SignatureMeaning.AUTHORED);
    table.put(DocumentTransition.DRAFT, SignatureMeaning.AUTHORED);
    table.put(DocumentTransition.REVIEW, SignatureMeaning.REVIEWED);
    table.put(DocumentTransition.APPROVE, SignatureMeaning.APPROVED);
    table.put(DocumentTransition.MAKE_EFFECTIVE, SignatureMeaning.APPROVED);
    table.put(DocumentTransition.RECORD_PERIODIC_REVIEW, SignatureMeaning.REVIEWED);
    table.put(DocumentTransition.WITHDRAW, SignatureMeaning.APPROVED);
    List<Event> events =
        superseded().recordPeriodicReview(By.of(BEN, day(30))).withdraw(By.of(CLEO, day(40)).because("Obsolete process")).history().events();

    for (DocumentTransition t : DocumentTransition.values()) {
      List<Event> ofT = events.stream().filter(e -> e.action().equals(t.eventName())).toList();
      assertThat(ofT).as("events of %s", t).isNotEmpty();
      assertThat(t.meaning()).as("%s meaning()", t).isEqualTo(table.get(t));
      ofT.forEach(e -> assertThat(e.meaning()).as("event %s of %s", e.sequence(), t).contains(table.get(t)));
    }
  }

  @Test
  void replay_ofEveryStage_rebuildsAnEqualDocument() {
    ControlledDocument reviewed = superseded().recordPeriodicReview(By.of(BEN, day(30)));
    ControlledDocument withdrawn = reviewed.withdraw(By.of(CLEO, day(40)).because("Obsolete process"));
    for (ControlledDocument d : List.of(created(), drafted(), approved(), effective(), superseded(), reviewed, withdrawn)) {
      ControlledDocument back = ControlledDocument.replay(History.of(List.copyOf(d.history().events())));

      assertThat(back).isEqualTo(d).hasSameHashCodeAs(d);
      assertThat(back.id()).isEqualTo(d.id());
      assertThat(back.title()).isEqualTo(d.title());
      assertThat(back.reviewInterval()).isEqualTo(d.reviewInterval());
      assertThat(back.versions()).isEqualTo(d.versions());
      assertThat(back.dates()).isEqualTo(d.dates());
      assertThat(back.withdrawnAt()).isEqualTo(d.withdrawnAt());
      for (String v : d.versions()) {
        assertThat(back.effectiveFrom(v)).isEqualTo(d.effectiveFrom(v));
        assertThat(back.obsoleteFrom(v)).isEqualTo(d.obsoleteFrom(v));
        assertThat(back.approvedBy(v)).isEqualTo(d.approvedBy(v));
      }
      for (Instant t : d.dates()) {
        assertThat(back.reviewDueAt(t)).isEqualTo(d.reviewDueAt(t));
        assertThat(back.effectiveVersionAt(t)).isEqualTo(d.effectiveVersionAt(t));
      }
    }
  }

  @Test
  void replay_tamperedHistory_isRefusedNamingTheEvent() {
    List<Event> events = new ArrayList<>(superseded().history().events());
    Event e = events.get(7);
    assertThat(e.action()).isEqualTo(DocumentTransition.MAKE_EFFECTIVE.eventName());
    events.set(7, Event.builder().from(e).putData("effectiveFrom", day(30).toString()).build());

    assertThatThrownBy(() -> ControlledDocument.replay(History.of(events)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("event 7");
  }

  @Test
  void replay_approvalByTheAuthor_isRefusedNamingTheEventAndTheGate() {
    History h = drafted().history().append(DocumentTransition.APPROVE.eventName(), Map.of("version", "1"), By.of(ANA, day(2)), SignatureMeaning.APPROVED);

    assertThat(h.verify().intact()).isTrue();
    assertThatThrownBy(() -> ControlledDocument.replay(h))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("event 2")
        .hasMessageContaining(DocumentTransition.APPROVE.name())
        .hasMessageContaining("did not draft");
  }

  @Test
  void replay_effectiveDateBeforeTheAct_isRefusedNamingTheEvent() {
    History h =
        approved()
            .history()
            .append(
                DocumentTransition.MAKE_EFFECTIVE.eventName(),
                Map.of("version", "1", "effectiveFrom", day(1).toString()),
                By.of(CLEO, day(4)),
                SignatureMeaning.APPROVED);

    assertThatThrownBy(() -> ControlledDocument.replay(h)).isInstanceOf(InvalidModelException.class).hasMessageContaining("event 4");
  }

  @Test
  void replay_periodicReviewNamingAnotherVersion_isRefused() {
    History h =
        superseded()
            .history()
            .append(DocumentTransition.RECORD_PERIODIC_REVIEW.eventName(), Map.of("version", "2"), By.of(BEN, day(13)), SignatureMeaning.REVIEWED);

    assertThatThrownBy(() -> ControlledDocument.replay(h))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("event 8")
        .hasMessageContaining("expected 1");
  }

  @Test
  void replay_wrongMeaningUnknownActionOrMalformedData_isRefusedNamingTheEvent() {
    History wrongMeaning = drafted().history().append(DocumentTransition.REVIEW.eventName(), Map.of("version", "1"), By.of(BEN, day(2)), SignatureMeaning.APPROVED);
    History unknown = drafted().history().append("version-burned", Map.of("version", "1"), By.of(BEN, day(2)), null);
    History noVersion = drafted().history().append(DocumentTransition.REVIEW.eventName(), Map.of(), By.of(BEN, day(2)), SignatureMeaning.REVIEWED);
    History badDate =
        approved()
            .history()
            .append(DocumentTransition.MAKE_EFFECTIVE.eventName(), Map.of("version", "1", "effectiveFrom", "soon"), By.of(CLEO, day(4)), SignatureMeaning.APPROVED);
    History badInterval =
        History.empty()
            .append(DocumentTransition.CREATE.eventName(), Map.of("id", "SOP-1", "title", TITLE, "reviewInterval", "yearly"), By.of(ANA, T0), SignatureMeaning.AUTHORED);
    History badLabel = created().history().append(DocumentTransition.DRAFT.eventName(), Map.of("version", "1 2"), By.of(ANA, day(1)), SignatureMeaning.AUTHORED);

    assertThatThrownBy(() -> ControlledDocument.replay(wrongMeaning)).hasMessageContaining("event 2").hasMessageContaining("meaning");
    assertThatThrownBy(() -> ControlledDocument.replay(unknown)).hasMessageContaining("event 2").hasMessageContaining("'version-burned'");
    assertThatThrownBy(() -> ControlledDocument.replay(noVersion)).hasMessageContaining("event 2").hasMessageContaining("version was missing");
    assertThatThrownBy(() -> ControlledDocument.replay(badDate)).hasMessageContaining("event 4").hasMessageContaining("effectiveFrom was 'soon'");
    assertThatThrownBy(() -> ControlledDocument.replay(badInterval)).hasMessageContaining("event 0").hasMessageContaining("reviewInterval was 'yearly'");
    assertThatThrownBy(() -> ControlledDocument.replay(badLabel)).hasMessageContaining("event 1").hasMessageContaining("version was '1 2'");
  }

  @Test
  void replay_notCreatedFirstOrEmpty_isRefused() {
    History notCreated = History.empty().append(DocumentTransition.DRAFT.eventName(), Map.of("version", "1"), By.of(ANA, T0), SignatureMeaning.AUTHORED);
    History twice = created().history().append(DocumentTransition.CREATE.eventName(), Map.of("id", "SOP-12", "title", TITLE, "reviewInterval", "P1Y"), By.of(ANA, T0), SignatureMeaning.AUTHORED);

    assertThatThrownBy(() -> ControlledDocument.replay(notCreated)).isInstanceOf(InvalidModelException.class).hasMessageContaining("event 0");
    assertThatThrownBy(() -> ControlledDocument.replay(twice)).isInstanceOf(InvalidModelException.class).hasMessageContaining("event 1").hasMessageContaining("CREATE");
    assertThatThrownBy(() -> ControlledDocument.replay(History.empty())).isInstanceOf(InvalidModelException.class).hasMessageContaining("empty");
  }

  @Test
  void asOf_beforeCreation_isEmpty() {
    assertThat(superseded().asOf(T0.minusNanos(1))).isEmpty();
  }

  @Test
  void asOf_betweenEvents_givesTheDocumentAsItStoodThen() {
    ControlledDocument d = superseded();

    assertThat(d.asOf(T0)).contains(created());
    assertThat(d.asOf(day(3).plusSeconds(1))).contains(approved());
    ControlledDocument then = d.asOf(day(11)).orElseThrow();
    assertThat(then.versions()).containsExactly("1", "2");
    assertThat(then.effectiveFrom("2")).isEmpty();
    assertThat(then.obsoleteFrom("1")).isEmpty();
    assertThat(then.effectiveVersionAt(day(30))).contains("1");
    assertThat(d.asOf(day(12))).contains(d);
    assertThat(d.asOf(day(500))).contains(d);
  }

  @Test
  void asOf_anInstant_agreesWithTheStatusAtThatInstant() {
    ControlledDocument d = superseded().recordPeriodicReview(By.of(BEN, day(30))).withdraw(By.of(CLEO, day(40)).because("Obsolete process"));

    for (Instant t : d.dates()) {
      ControlledDocument then = d.asOf(t).orElseThrow();
      for (String v : d.versions()) {
        assertThat(then.statusAt(v, t)).as("%s at %s", v, t).isEqualTo(d.statusAt(v, t));
      }
      assertThat(then.effectiveVersionAt(t)).isEqualTo(d.effectiveVersionAt(t));
      assertThat(then.reviewDueAt(t)).isEqualTo(d.reviewDueAt(t));
    }
  }

  @Test
  void dates_holdEveryEventEffectiveAndObsoleteDateAndTheDueDates() {
    ControlledDocument d = superseded();

    assertThat(d.dates())
        .containsExactly(T0, day(1), day(2), day(3), day(4), day(5), day(10), day(11), day(12), day(20), yearAfter(day(5)), yearAfter(day(20)));
    ControlledDocument reviewed = effective().recordPeriodicReview(By.of(BEN, day(30)));
    assertThat(reviewed.dates()).contains(yearAfter(day(5)), yearAfter(day(30)));
    assertThatThrownBy(() -> d.dates().add(T0)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void queries_ofAnUnknownVersion_areEmpty() {
    ControlledDocument d = superseded();

    assertThat(d.statusAt("9", day(30))).isEmpty();
    assertThat(d.statusAt("not a label", day(30))).isEmpty();
    assertThat(d.effectiveFrom("9")).isEmpty();
    assertThat(d.obsoleteFrom("9")).isEmpty();
    assertThat(d.approvedBy("9")).isEmpty();
  }

  @Test
  void equals_isByHistory() {
    assertThat(superseded()).isEqualTo(superseded()).hasSameHashCodeAs(superseded());
    assertThat(superseded()).isNotEqualTo(effective());
    assertThat(superseded().toString()).contains(ID.value(), "2 versions");
  }
}
