package org.qms4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qms4j.testing.Examples.DEMO;
import static org.qms4j.testing.Examples.R4A;
import static org.qms4j.testing.QmsrExamples.Q82030A;
import static org.qms4j.testing.QmsrExamples.QMSR;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qms4j.testing.Examples;
import org.qms4j.testing.QmsrExamples;

class CatalogLineageTest {
  private static final CatalogId ACME = CatalogId.of("acme-demo:2");
  private static final CatalogId WARD = CatalogId.of("acme-demo-ward:1");

  private final Catalog base = Examples.catalog();

  @Test
  void lineage_ofACatalogBuiltDirectly_isEmpty() {
    assertThat(base.lineage()).isEmpty();
    assertThat(QmsrExamples.catalog().lineage()).isEmpty();
  }

  @Test
  void extend_withNewId_recordsTheBase() {
    Catalog derived = base.extend().id(ACME).build();

    assertThat(derived.id()).isEqualTo(ACME);
    assertThat(derived.lineage()).containsExactly(DEMO);
    assertThat(base.lineage()).isEmpty();
  }

  @Test
  void extend_twiceWithNewIds_recordsNearestFirst() {
    Catalog first = base.extend().id(ACME).build();

    Catalog second = first.extend().id(WARD).build();

    assertThat(second.lineage()).containsExactly(ACME, DEMO);
    assertThat(first.lineage()).containsExactly(DEMO);
  }

  @Test
  void extend_withoutNewId_keepsTheBasesLineage() {
    Catalog first = base.extend().id(ACME).build();

    Catalog same = first.extend().title("Acme rules, amended").build();

    assertThat(same.id()).isEqualTo(ACME);
    assertThat(same.lineage()).containsExactly(DEMO);
    assertThat(base.extend().title("Renamed").build().lineage()).isEmpty();
  }

  @Test
  void extend_withTheBasesOwnId_keepsTheBasesLineage() {
    Catalog first = base.extend().id(ACME).build();

    assertThat(first.extend().id(ACME).build().lineage()).containsExactly(DEMO);
  }

  @Test
  void isBasedOn_itselfAndEveryCatalogOfItsLineage_isTrue() {
    Catalog first = base.extend().id(ACME).build();
    Catalog second = first.extend().id(WARD).build();

    assertThat(second.isBasedOn(WARD)).isTrue();
    assertThat(second.isBasedOn(ACME)).isTrue();
    assertThat(second.isBasedOn(DEMO)).isTrue();
    assertThat(second.isBasedOn(CatalogId.of("other:2"))).isFalse();
    assertThat(first.isBasedOn(WARD)).isFalse();
    assertThat(base.isBasedOn(DEMO)).isTrue();
    assertThat(base.isBasedOn(ACME)).isFalse();
  }

  @Test
  void extend_derivedCatalog_keepsTheBasesRequirementIdsUnderItsOwnId() {
    Catalog derived = base.extend().id(ACME).build();

    assertThat(derived.requirements()).extracting(LocatedRequirement::id).isEqualTo(
        base.requirements().stream().map(LocatedRequirement::id).toList());
    assertThat(derived.requirement(R4A).orElseThrow().catalog()).isEqualTo(ACME);
    assertThat(derived.requirement(R4A).orElseThrow().clause()).isEqualTo(ClauseRef.of(ACME, "4"));
  }

  @Test
  void extend_keepsNumberingSourceAndNoteOfTheBase() {
    Catalog qmsr = QmsrExamples.catalog();

    Catalog derived = qmsr.extend().id(CatalogId.of("clinic-qmsr:1")).build();

    assertThat(derived.numbering()).isEqualTo(NumberingStyle.FREE);
    assertThat(derived.source()).contains(QmsrExamples.SOURCE);
    assertThat(derived.note()).contains(QmsrExamples.NOTE);
    assertThat(derived.title()).isEqualTo(qmsr.title());
    assertThat(derived.edition()).isEqualTo(qmsr.edition());
    assertThat(derived.publisher()).isEqualTo(qmsr.publisher());
    assertThat(derived.lineage()).containsExactly(QMSR);
  }

  @Test
  void extend_sourceAndNoteSet_replaceOnlyTheDerivedCatalogs() {
    Catalog qmsr = QmsrExamples.catalog();

    Catalog derived = qmsr.extend().source("Clinic copy").note("Adds local rules.").build();

    assertThat(derived.source()).contains("Clinic copy");
    assertThat(derived.note()).contains("Adds local rules.");
    assertThat(qmsr.source()).contains(QmsrExamples.SOURCE);
    assertThat(qmsr.note()).contains(QmsrExamples.NOTE);
  }

  @Test
  void extend_ofATailoredCatalog_keepsItsTailoring() {
    Catalog tailored =
        QmsrExamples.catalog().tailor().id(CatalogId.of("fda-qmsr:2026/design")).select("820.30").build();

    Catalog derived =
        tailored.extend()
            .id(CatalogId.of("clinic-design:1"))
            .addRequirement(
                "820.30(a)",
                Requirement.builder()
                    .id(RequirementId.of("clinic/design-1"))
                    .summary("Design reviews include a clinician.")
                    .addRelated(QmsrExamples.Q8203) // dropped by the tailoring
                    .build())
            .build();

    assertThat(derived.tailoring()).isEqualTo(tailored.tailoring()).isPresent();
    assertThat(derived.numbering()).isEqualTo(NumberingStyle.FREE);
    assertThat(derived.lineage()).containsExactly(CatalogId.of("fda-qmsr:2026/design"), QMSR);
    assertThat(derived.isBasedOn(QMSR)).isTrue();
    assertThat(derived.requirement(RequirementId.of("clinic/design-1")).orElseThrow().clausePath())
        .containsExactly("A", "820.30", "820.30(a)");
    assertThat(derived.requirement(Q82030A)).isPresent();
  }

  @Test
  void tailor_withNewId_recordsTheBase_withoutKeepsTheBasesLineage() {
    Catalog extended = base.extend().id(ACME).build();

    Catalog baseline = extended.tailor().id(WARD).drop("10").build();
    Catalog sameId = extended.tailor().drop("10").build();

    assertThat(baseline.lineage()).containsExactly(ACME, DEMO);
    assertThat(sameId.id()).isEqualTo(ACME);
    assertThat(sameId.lineage()).containsExactly(DEMO);
  }

  @Test
  void tailor_keepsNumberingSourceAndNoteOfTheBase() {
    Catalog tailored = QmsrExamples.catalog().tailor().id(CatalogId.of("fda-qmsr:2026/records")).select("B").build();

    assertThat(tailored.numbering()).isEqualTo(NumberingStyle.FREE);
    assertThat(tailored.source()).contains(QmsrExamples.SOURCE);
    assertThat(tailored.note()).contains(QmsrExamples.NOTE);
    assertThat(tailored.publisher()).isEqualTo("FDA");
    assertThat(tailored.clauseNumbers()).isEqualTo(List.of("B", "820.180"));
  }
}
