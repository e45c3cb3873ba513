package org.qms4j.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.standards.StandardCatalogs;

class StageTableTest {
  final StageTable table = StageTable.standard();

  Stage stage(Catalog catalog, String clause) {
    return table.stageOf(catalog, catalog.clausePath(clause).orElseThrow());
  }

  @Test
  void stageOf_iso9001_deepestEntryOnThePath() {
    Catalog c = StandardCatalogs.iso9001();

    assertThat(stage(c, "4.3")).isEqualTo(Stage.CONTEXT);
    assertThat(stage(c, "6.1.2")).isEqualTo(Stage.PLANNING);
    assertThat(stage(c, "6.2.1")).isEqualTo(Stage.OBJECTIVES);
    assertThat(stage(c, "7.1.2")).isEqualTo(Stage.SUPPORT);
    assertThat(stage(c, "7.2")).isEqualTo(Stage.COMPETENCE);
    assertThat(stage(c, "7.5.3.2")).isEqualTo(Stage.DOCUMENT_CONTROL);
    assertThat(stage(c, "8.5.1")).isEqualTo(Stage.OPERATION);
    assertThat(stage(c, "9.1.2")).isEqualTo(Stage.EVALUATION);
    assertThat(stage(c, "9.2.2")).isEqualTo(Stage.INTERNAL_AUDIT);
    assertThat(stage(c, "9.3.2")).isEqualTo(Stage.MANAGEMENT_REVIEW);
    assertThat(stage(c, "10.2.1")).isEqualTo(Stage.IMPROVEMENT);
  }

  @Test
  void stageOf_iso13485_andTheQmsr() {
    Catalog iso13485 = StandardCatalogs.iso13485();
    Catalog qmsr = StandardCatalogs.qmsr();

    assertThat(stage(iso13485, "4.1.1")).isEqualTo(Stage.CONTEXT);
    assertThat(stage(iso13485, "4.2.2")).isEqualTo(Stage.CONTEXT);
    assertThat(stage(iso13485, "4.2.4")).isEqualTo(Stage.DOCUMENT_CONTROL);
    assertThat(stage(iso13485, "4.2.5")).isEqualTo(Stage.DOCUMENT_CONTROL);
    assertThat(stage(iso13485, "5.4.1")).isEqualTo(Stage.OBJECTIVES);
    assertThat(stage(iso13485, "6.2")).isEqualTo(Stage.COMPETENCE);
    assertThat(stage(iso13485, "7.3.2")).isEqualTo(Stage.OPERATION);
    assertThat(stage(iso13485, "8.2.2")).isEqualTo(Stage.EVALUATION);
    assertThat(stage(iso13485, "8.2.4")).isEqualTo(Stage.INTERNAL_AUDIT);
    assertThat(stage(iso13485, "8.3.2")).isEqualTo(Stage.OPERATION);
    assertThat(stage(iso13485, "8.5.2")).isEqualTo(Stage.IMPROVEMENT);
    assertThat(stage(qmsr, "820.10(a)")).isEqualTo(Stage.CONTEXT);
    assertThat(stage(qmsr, "820.10(b)(1)")).isEqualTo(Stage.OPERATION);
    assertThat(stage(qmsr, "820.35(a)(1)")).isEqualTo(Stage.OPERATION);
    assertThat(stage(qmsr, "820.3(b)")).isEqualTo(Stage.CONTEXT);
  }

  @Test
  void everyEntry_namesAClauseOfItsCatalog() {
    for (Catalog c : StandardCatalogs.catalogs()) {
      for (String number : table.entries(c.id()).keySet()) {
        assertThat(c.clause(number)).as("%s clause %s", c.id(), number).isPresent();
      }
    }
    assertThat(table.catalogs()).containsExactlyInAnyOrderElementsOf(StandardCatalogs.catalogs().stream().map(Catalog::id).toList());
  }

  @Test
  void theShippedReviewClause_isTheManagementReviewStage() {
    for (Catalog c : StandardCatalogs.catalogs()) {
      c.reviewClause().ifPresent(rc -> assertThat(stage(c, rc)).as("%s %s", c.id(), rc).isEqualTo(Stage.MANAGEMENT_REVIEW));
    }
    assertThat(StandardCatalogs.iso13485().reviewClause()).contains("5.6");
  }

  @Test
  void stages_areDeclaredAfterWhatTheyWaitFor() {
    for (Stage s : Stage.values()) {
      for (Stage p : s.predecessors()) {
        assertThat(p.ordinal()).as("%s waits for %s", s, p).isLessThan(s.ordinal());
      }
    }
    assertThat(Stage.INTERNAL_AUDIT.predecessors()).contains(Stage.COMPETENCE).doesNotContain(Stage.OTHER);
    assertThat(Stage.MANAGEMENT_REVIEW.predecessors()).contains(Stage.INTERNAL_AUDIT);
  }

  @Test
  void with_addsAnEntryForAHostCatalog_andTheFallbackCanBeTurnedOff() {
    Catalog env = PlanGeneratorTest.harmonized("iso-14001:2015", 1);

    assertThat(table.stageOf(env, List.of("9", "9.2"))).isEqualTo(Stage.INTERNAL_AUDIT);
    assertThat(table.withHarmonizedFallback(false).stageOf(env, List.of("9", "9.2"))).isEqualTo(Stage.OTHER);
    StageTable own = table.with(CatalogId.of("iso-14001:2015"), "9", Stage.EVALUATION);
    // own entries replace the fallback entirely
    assertThat(own.stageOf(env, List.of("9", "9.2"))).isEqualTo(Stage.EVALUATION);
    assertThat(own.stageOf(env, List.of("7", "7.2"))).isEqualTo(Stage.OTHER);
    assertThat(own.entries(CatalogId.of("iso-14001:2015"))).isEqualTo(Map.of("9", Stage.EVALUATION));
  }
}
