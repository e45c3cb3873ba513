package org.qms4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.qms4j.testing.QmsrExamples.Q8203;
import static org.qms4j.testing.QmsrExamples.Q82030;
import static org.qms4j.testing.QmsrExamples.Q82030A;
import static org.qms4j.testing.QmsrExamples.Q82030B;
import static org.qms4j.testing.QmsrExamples.Q820180;
import static org.qms4j.testing.QmsrExamples.QMSR;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qms4j.testing.QmsrExamples;

/** A 21 CFR 820-style catalog taken through what a hospital does with it: build, extend, tailor, look up. */
class Cfr820CatalogTest {
  private static final CatalogId HOSPITAL = CatalogId.of("st-mary-qmsr:2026.1");
  private static final CatalogId DESIGN = CatalogId.of("st-mary-qmsr:2026.1/design");
  private static final RequirementId HOSPITAL_REVIEW = RequirementId.of("st-mary/820.30(a)-1");

  private final Catalog regulation = QmsrExamples.catalog();
  private final Catalog pristine = QmsrExamples.catalog();

  private Catalog hospital() {
    return regulation.extend()
        .id(HOSPITAL)
        .title("St Mary's QMSR rules")
        .publisher("St Mary's Hospital")
        .addRequirement(
            "820.30(a)",
            Requirement.builder()
                .id(HOSPITAL_REVIEW)
                .label("SM-DC-01")
                .summary("Design reviews of in-house software include a clinical engineer.")
                .addExpectedEvidence(EvidenceKind.RECORD)
                .addRelated(Q82030A)
                .addExternalReferences(RequirementId.of("iso-13485:2016/7.3.5"))
                .guidance("Minutes name the clinical engineer.\nSee SOP-DC-4.")
                .build())
        .replaceGuidance(Q82030B, "Plans live in the design history file.")
        .build();
  }

  @Test
  void build_regulation_looksUpEverySectionAndParagraph() {
    assertThat(regulation.requirements())
        .extracting(LocatedRequirement::id, LocatedRequirement::clauseNumber)
        .containsExactly(
            tuple(Q8203, "820.3"),
            tuple(Q82030, "820.30"),
            tuple(Q82030A, "820.30(a)"),
            tuple(Q82030B, "820.30(b)"),
            tuple(Q820180, "820.180"));
    assertThat(regulation.clause("820.30(b)").orElseThrow().label()).contains("§ 820.30(b)");
    assertThat(regulation.requirement(Q82030B).orElseThrow().requirement().related()).containsExactly(Q82030A);
  }

  @Test
  void extend_hospitalRequirementUnderAParagraph_isFoundThere() {
    Catalog hospital = hospital();

    LocatedRequirement review = hospital.requirement(HOSPITAL_REVIEW).orElseThrow();
    assertThat(review.catalog()).isEqualTo(HOSPITAL);
    assertThat(review.clausePath()).containsExactly("A", "820.30", "820.30(a)");
    assertThat(review.clause()).hasToString("st-mary-qmsr:2026.1#820.30(a)");
    assertThat(review.requirement().label()).contains("SM-DC-01");
    assertThat(hospital.requirementsUnder("820.30(a)")).extracting(LocatedRequirement::id).containsExactly(Q82030A, HOSPITAL_REVIEW);
    assertThat(hospital.requirementsUnder("820.30"))
        .extracting(LocatedRequirement::id)
        .containsExactly(Q82030, Q82030A, HOSPITAL_REVIEW, Q82030B);
    assertThat(hospital.requirementsUnder("820.3")).extracting(LocatedRequirement::id).containsExactly(Q8203);
    assertThat(hospital.requirement(Q82030B).orElseThrow().requirement().guidance()).contains("Plans live in the design history file.");
    assertThat(hospital.lineage()).containsExactly(QMSR);
    assertThat(hospital.numbering()).isEqualTo(NumberingStyle.FREE);
    assertThat(hospital.source()).contains(QmsrExamples.SOURCE);
    assertThat(regulation).isEqualTo(pristine);
    assertThat(regulation.requirement(HOSPITAL_REVIEW)).isEmpty();
  }

  @Test
  void tailor_hospitalCatalog_keepsTheDesignSubsetAndItsLinks() {
    Catalog design =
        hospital().tailor()
            .id(DESIGN)
            .title("St Mary's design controls")
            .select("820.30")
            .dropRequirement(Q82030)
            .rationale("In-house software development only")
            .build();

    assertThat(design.clauseNumbers()).containsExactly("A", "820.30", "820.30(a)", "820.30(b)");
    assertThat(design.requirements())
        .extracting(LocatedRequirement::id)
        .containsExactly(Q82030A, HOSPITAL_REVIEW, Q82030B);
    assertThat(design.clause("A").orElseThrow().label()).contains("Subpart A");
    assertThat(design.requirementsUnder("A")).hasSize(3);
    assertThat(design.clause("820.3")).isEmpty();
    assertThat(design.clause("B")).isEmpty();
    assertThat(design.tailoring().orElseThrow().droppedRequirements()).containsExactlyInAnyOrder(Q8203, Q82030, Q820180);
    assertThat(design.tailoring().orElseThrow().rationale()).contains("In-house software development only");
    assertThat(design.lineage()).containsExactly(HOSPITAL, QMSR);
    assertThat(design.isBasedOn(QMSR)).isTrue();
    assertThat(design.requirement(HOSPITAL_REVIEW).orElseThrow().clause()).isEqualTo(ClauseRef.of(DESIGN, "820.30(a)"));
    assertThat(design.requirement(HOSPITAL_REVIEW).orElseThrow().requirement().externalReferences())
        .containsExactly(RequirementId.of("iso-13485:2016/7.3.5"));
  }

  @Test
  void tailor_droppingTheParagraphALinkPointsAt_stillValidates() {
    // the hospital requirement and 820.30(b) are both related to 820.30(a)
    Catalog withoutA = hospital().tailor().drop("820.30(a)").build();

    assertThat(withoutA.requirement(Q82030B).orElseThrow().requirement().related()).containsExactly(Q82030A);
    assertThat(withoutA.requirement(Q82030A)).isEmpty();
    assertThat(withoutA.requirement(HOSPITAL_REVIEW)).isEmpty();
    assertThat(withoutA.clausePath("820.30(b)")).contains(List.of("A", "820.30", "820.30(b)"));
  }

  @Test
  void clauseRefs_ofTheHospitalCatalog_roundTrip() {
    Catalog hospital = hospital();

    for (LocatedRequirement located : hospital.requirements()) {
      ClauseRef ref = located.clause();
      assertThat(ClauseRef.parse(ref.toString())).isEqualTo(ref);
      assertThat(hospital.clause(ref.number())).isPresent();
    }
  }
}
