package org.qms4j.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.qms4j.InvalidModelException;
import org.qms4j.audit.AuditId;
import org.qms4j.capa.CorrectiveActionId;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ReviewInput;
import org.qms4j.people.PersonId;
import org.qms4j.standards.StandardCatalogs;

class ManagementReviewTest {
  private static final ReviewId ID = ReviewId.of("MR-2026");
  private static final Instant HELD = Instant.parse("2026-01-20T09:00:00Z");
  private static final PersonId ANA = PersonId.of("ana");
  private static final PersonId BEN = PersonId.of("ben");
  private static final PersonId CLEO = PersonId.of("cleo");
  private static final Catalog ISO_9001 = StandardCatalogs.iso9001();
  private static final Catalog ISO_13485 = StandardCatalogs.iso13485();
  private static final Catalog ISO_7101 = StandardCatalogs.iso7101();
  private static final Presented AUDIT = Presented.audit(AuditId.of("IA-2025-03"));

  private static ImmutableManagementReview.Builder review() {
    return ManagementReview.builder()
        .id(ID)
        .title("Annual management review 2026")
        .heldAt(HELD)
        .addCatalog(ISO_9001.id())
        .addAttendee(ANA);
  }

  private static CoveredInput covered(String code) {
    return CoveredInput.of(code, AUDIT);
  }

  /** Covers every input the catalog requires. */
  private static List<CoveredInput> coveringAllOf(Catalog catalog) {
    List<CoveredInput> all = new ArrayList<>();
    for (ReviewInput i : catalog.reviewInputs()) {
      all.add(covered(i.code()));
    }
    return all;
  }

  private static List<String> codes(List<ReviewInput> inputs) {
    return inputs.stream().map(ReviewInput::code).toList();
  }

  // ---------------------------------------------------------------------------------------------
  // building

  @Test
  void builder_fullReview_keepsEverything() {
    CoveredInput audits = covered("audit-results").withSummary("Two minor findings, both closed.");
    CoveredInput actions = CoveredInput.of(
        "nonconformities-corrective-actions", Presented.correctiveActions(List.of(CorrectiveActionId.of("CA-7"))));

    ManagementReview mr =
        review()
            .addCatalog(ISO_13485.id())
            .addAttendees(BEN, CLEO)
            .chair(BEN)
            .addInputs(audits, actions)
            .addDecision("Add a second internal auditor for the wards.")
            .addDecision("Budget for the new sterilizer:\n- approved for Q2")
            .addActionsStarted(CorrectiveActionId.of("CA-31"))
            .build();

    assertThat(mr.id()).isEqualTo(ID);
    assertThat(mr.heldAt()).isEqualTo(HELD);
    assertThat(mr.catalogs()).containsExactlyInAnyOrder(ISO_9001.id(), ISO_13485.id());
    assertThat(mr.attendees()).containsExactlyInAnyOrder(ANA, BEN, CLEO);
    assertThat(mr.chair()).contains(BEN);
    assertThat(mr.inputs()).containsExactly(audits, actions);
    assertThat(mr.decisions()).hasSize(2);
    assertThat(mr.actionsStarted()).containsExactly(CorrectiveActionId.of("CA-31"));
  }

  @Test
  void builder_minimalReview_hasEmptyOptionalParts() {
    ManagementReview mr = review().build();

    assertThat(mr.inputs()).isEmpty();
    assertThat(mr.decisions()).isEmpty();
    assertThat(mr.actionsStarted()).isEmpty();
    assertThat(mr.chair()).isEmpty();
  }

  @Test
  void accessors_returnUnmodifiableCollections() {
    ManagementReview mr = review().addInput(covered("audit-results")).addDecision("d").build();

    assertThatThrownBy(() -> mr.catalogs().add(ISO_13485.id())).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> mr.attendees().add(BEN)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> mr.inputs().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> mr.decisions().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> mr.actionsStarted().add(CorrectiveActionId.of("CA-1")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> mr.missedInputs(ISO_9001).clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builder_missingRequiredAttribute_throwsInvalidModel() {
    assertThatThrownBy(() -> ManagementReview.builder().id(ID).title("t").addCatalog(ISO_9001.id()).addAttendee(ANA).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("heldAt");
  }

  // ---------------------------------------------------------------------------------------------
  // invariants

  @Test
  void title_blankMultiLineOrTooLong_throwsNamingTheField() {
    assertThat(review().title("t".repeat(300)).build().title()).hasSize(300);
    assertThatThrownBy(() -> review().title(" ").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("management review MR-2026: title was blank; expected some text");
    assertThatThrownBy(() -> review().title("t".repeat(301)).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("management review MR-2026: title was 301 characters long; expected at most 300");
    assertThatThrownBy(() -> review().title("two\nlines").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("title holds character U+000A");
  }

  @Test
  void catalogs_noneOrTooMany_throws() {
    assertThatThrownBy(() -> review().catalogs(Set.of()).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("management review MR-2026: catalogs was empty; expected at least one catalog");
    ImmutableManagementReview.Builder many = review();
    for (int i = 0; i < ManagementReview.MAX_CATALOGS; i++) {
      many.addCatalog(CatalogId.of("local:" + i));
    }
    assertThatThrownBy(many::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("management review MR-2026: catalogs had 101 catalogs; expected at most 100");
  }

  @Test
  void attendees_noneOrMoreThan200_throws_200Accepted() {
    assertThatThrownBy(() -> review().attendees(Set.of()).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("management review MR-2026: attendees was empty; expected at least one attendee");
    ImmutableManagementReview.Builder full = review().attendees(Set.of());
    for (int i = 0; i < 200; i++) {
      full.addAttendee(PersonId.of("p" + i));
    }
    assertThat(full.build().attendees()).hasSize(200);
    assertThatThrownBy(() -> full.addAttendee(PersonId.of("one-more")).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("management review MR-2026: attendees had 201 people; expected at most 200");
  }

  @Test
  void chair_mustAttend() {
    assertThat(review().chair(ANA).build().chair()).contains(ANA);
    assertThatThrownBy(() -> review().chair(BEN).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("management review MR-2026: chair ben was not among the attendees; expected the chair to attend");
  }

  @Test
  void inputs_sameCodeTwice_throwsNamingTheCode() {
    assertThatThrownBy(() -> review().addInput(covered("audit-results")).addInput(covered("audit-results")).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("management review MR-2026: inputs held code audit-results more than once; expected each input once");
  }

  @Test
  void inputs_upTo100_accepted_101_throws() {
    ImmutableManagementReview.Builder b = review();
    for (int i = 0; i < 100; i++) {
      b.addInput(covered("input-" + i));
    }
    assertThat(b.build().inputs()).hasSize(100);
    assertThatThrownBy(() -> b.addInput(covered("input-100")).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("management review MR-2026: inputs had 101 covered inputs; expected at most 100");
  }

  @Test
  void decisions_eachAtMost2000_atMost100() {
    assertThat(review().addDecision("d".repeat(2_000)).build().decisions().get(0)).hasSize(2_000);
    assertThatThrownBy(() -> review().addDecision("ok").addDecision("d".repeat(2_001)).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("management review MR-2026: decisions[1] was 2001 characters long; expected at most 2000");
    assertThatThrownBy(() -> review().addDecision("\t").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("management review MR-2026: decisions[0] was blank; expected some text");
    assertThatThrownBy(() -> review().addDecision("escape \u001b[31m").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("decisions[0] holds character U+001B");
    ImmutableManagementReview.Builder b = review();
    for (int i = 0; i < 100; i++) {
      b.addDecision("decision " + i);
    }
    assertThat(b.build().decisions()).hasSize(100);
    assertThatThrownBy(() -> b.addDecision("one more").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("management review MR-2026: decisions had 101 entries; expected at most 100");
  }

  @Test
  void actionsStarted_atMost1000() {
    ImmutableManagementReview.Builder b = review();
    for (int i = 0; i < 1_000; i++) {
      b.addActionsStarted(CorrectiveActionId.of("CA-" + i));
    }
    assertThat(b.build().actionsStarted()).hasSize(1_000);
    assertThatThrownBy(() -> b.addActionsStarted(CorrectiveActionId.of("CA-1000")).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("management review MR-2026: actionsStarted had 1001 actions; expected at most 1000");
  }

  // ---------------------------------------------------------------------------------------------
  // covering inputs

  @Test
  void covers_isTrueOnlyForACoveredCode() {
    ManagementReview mr = review().addInput(covered("audit-results")).build();

    assertThat(mr.covers("audit-results")).isTrue();
    assertThat(mr.covers("audits")).isFalse();
    assertThat(mr.input("audit-results")).contains(covered("audit-results"));
    assertThat(mr.input("audits")).isEmpty();
    assertThatThrownBy(() -> mr.covers(null)).isInstanceOf(NullPointerException.class).hasMessage("code");
  }

  @Test
  void missedInputs_nothingCovered_isEveryInputInCatalogOrder() {
    ManagementReview mr = review().build();

    assertThat(mr.missedInputs(ISO_9001)).containsExactlyElementsOf(ISO_9001.reviewInputs()).hasSize(12);
    assertThat(mr.isCompleteFor(ISO_9001)).isFalse();
  }

  @Test
  void missedInputs_someCovered_namesTheRestInCatalogOrder() {
    ManagementReview mr =
        review()
            .addInput(covered("audit-results"))
            .addInput(covered("previous-review-actions"))
            .addInput(covered("customer-satisfaction"))
            .addInput(covered("quality-objectives"))
            .addInput(covered("process-performance"))
            .addInput(covered("nonconformities-corrective-actions"))
            .addInput(covered("monitoring-results"))
            .addInput(covered("external-provider-performance"))
            .addInput(covered("resource-adequacy"))
            .build();

    assertThat(codes(mr.missedInputs(ISO_9001)))
        .containsExactly("context-changes", "risk-action-effectiveness", "improvement-opportunities");
    assertThat(mr.missedInputs(ISO_9001).get(0).description()).contains("9.3.2 b");
  }

  @Test
  void missedInputs_everyInputCovered_isEmptyAndTheReviewComplete() {
    ManagementReview mr = review().inputs(coveringAllOf(ISO_9001)).build();

    assertThat(mr.missedInputs(ISO_9001)).isEmpty();
    assertThat(mr.isCompleteFor(ISO_9001)).isTrue();
  }

  @Test
  void missedInputs_codesNoCatalogAsksFor_doNotMatter() {
    ManagementReview mr =
        review().inputs(coveringAllOf(ISO_9001)).addInput(covered("staff-survey")).build();

    assertThat(mr.isCompleteFor(ISO_9001)).isTrue();
  }

  @Test
  void missedInputs_iso9001InputsCovered_missesEveryIso13485Input_namingThem() {
    ManagementReview mr = review().addCatalog(ISO_13485.id()).inputs(coveringAllOf(ISO_9001)).build();

    assertThat(mr.isCompleteFor(ISO_9001)).isTrue();
    assertThat(codes(mr.missedInputs(ISO_13485)))
        .containsExactly(
            "feedback",
            "complaint-handling",
            "regulatory-reporting",
            "audits",
            "process-monitoring",
            "product-monitoring",
            "corrective-action",
            "preventive-action",
            "previous-review-follow-up",
            "qms-changes",
            "improvement-recommendations",
            "regulatory-changes");
    assertThat(mr.isCompleteFor(ISO_13485)).isFalse();
  }

  @Test
  void missedInputs_bothCatalogsCovered_completeForBoth() {
    List<CoveredInput> both = new ArrayList<>(coveringAllOf(ISO_9001));
    both.addAll(coveringAllOf(ISO_13485));

    ManagementReview mr = review().addCatalog(ISO_13485.id()).inputs(both).build();

    assertThat(mr.isCompleteFor(ISO_9001)).isTrue();
    assertThat(mr.isCompleteFor(ISO_13485)).isTrue();
  }

  @Test
  void missedInputs_aCodeTwoCatalogsShare_isCoveredForBoth() {
    ManagementReview mr = review().addCatalog(ISO_7101.id()).inputs(coveringAllOf(ISO_9001)).build();

    assertThat(codes(mr.missedInputs(ISO_7101)))
        .as("context-changes, resource-adequacy, risk-action-effectiveness and improvement-opportunities are shared")
        .containsExactly("previous-actions", "stakeholder-changes", "performance-trends");
  }

  @Test
  void missedInputs_catalogNotListed_missesEverything_evenWhenEveryCodeIsCovered() {
    ManagementReview mr = review().inputs(coveringAllOf(ISO_13485)).build();

    assertThat(mr.missedInputs(ISO_13485)).containsExactlyElementsOf(ISO_13485.reviewInputs());
    assertThat(mr.isCompleteFor(ISO_13485)).isFalse();
  }

  @Test
  void isCompleteFor_catalogWithoutInputs_isCompleteOnlyWhenListed() {
    Catalog local = Catalog.builder().id(CatalogId.of("clinic-local:1")).title("Clinic rules").edition("1").publisher("Clinic").build();

    assertThat(review().build().missedInputs(local)).isEmpty();
    assertThat(review().build().isCompleteFor(local)).isFalse();
    assertThat(review().addCatalog(local.id()).build().isCompleteFor(local)).isTrue();
  }

  @Test
  void missedInputs_derivedCatalog_isMatchedByItsOwnIdOnly() {
    Catalog tailored = ISO_9001.tailor().id(CatalogId.of("iso-9001:2015-clinic")).build();
    Function<ManagementReview, List<String>> missed = mr -> codes(mr.missedInputs(tailored));

    assertThat(tailored.reviewInputs()).isEqualTo(ISO_9001.reviewInputs());
    assertThat(missed.apply(review().inputs(coveringAllOf(ISO_9001)).build())).hasSize(12);
    assertThat(missed.apply(review().addCatalog(tailored.id()).inputs(coveringAllOf(ISO_9001)).build())).isEmpty();
  }

  @Test
  void missedInputs_null_throwsNamingIt() {
    assertThatThrownBy(() -> review().build().missedInputs(null)).isInstanceOf(NullPointerException.class).hasMessage("catalog");
    assertThatThrownBy(() -> review().build().isCompleteFor(null)).isInstanceOf(NullPointerException.class).hasMessage("catalog");
  }
}
