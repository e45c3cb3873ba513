package org.qms4j.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.RequirementId;
import org.qms4j.standards.StandardCatalogs;
import org.qms4j.system.StatementOfApplicability.Applicability;
import org.qms4j.system.StatementOfApplicability.Entry;

class StatementOfApplicabilityTest {

  private static Entry entry(StatementOfApplicability soa, String catalog, String number) {
    return soa.entries().stream()
        .filter(e -> e.clause().equals(ClauseRef.of(org.qms4j.catalog.CatalogId.of(catalog), number)))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void of_deviceMakerExcludingDesign_listsEveryClauseWithItsJustification() {
    Exclusion design =
        Exclusion.ofClause(
            ClauseRef.of(StandardCatalogs.ISO_13485, "7.3"), "Design and development is performed by the parent company.");
    Exclusion servicing =
        Exclusion.ofRequirement(RequirementId.of("iso-13485:2016/7.5.4"), "The devices are not serviced.");
    QualitySystem system =
        QualitySystem.builder()
            .organisation("Acme Devices")
            .scope("Manufacture of sterile single-use devices")
            .addCatalog(StandardCatalogs.iso13485())
            .addExclusion(design)
            .addExclusion(servicing)
            .build();

    StatementOfApplicability soa = StatementOfApplicability.of(system);

    assertThat(soa.organisation()).isEqualTo("Acme Devices");
    assertThat(soa.entries()).hasSize(StandardCatalogs.iso13485().clauseNumbers().size());
    assertThat(soa.entries().get(0).clause().number()).isEqualTo("4");
    Entry d = entry(soa, "iso-13485:2016", "7.3");
    assertThat(d.applicability()).isEqualTo(Applicability.NOT_APPLICABLE);
    assertThat(d.exclusions()).containsExactly(design);
    assertThat(d.excludedRequirements()).hasSize(10);
    assertThat(entry(soa, "iso-13485:2016", "7.3.4").applicability()).isEqualTo(Applicability.NOT_APPLICABLE);
    Entry seven = entry(soa, "iso-13485:2016", "7");
    assertThat(seven.applicability()).isEqualTo(Applicability.PARTLY_APPLICABLE);
    assertThat(seven.exclusions()).containsExactly(design, servicing);
    assertThat(seven.depth()).isZero();
    assertThat(entry(soa, "iso-13485:2016", "7.5.4").depth()).isEqualTo(2);
    assertThat(entry(soa, "iso-13485:2016", "8.2.2").applicability()).isEqualTo(Applicability.APPLICABLE);
    assertThat(entry(soa, "iso-13485:2016", "8.2.2").exclusions()).isEmpty();
  }

  @Test
  void of_freeNumberedCatalog_showsLabels_andHeadingsWithoutRequirements() {
    QualitySystem system =
        QualitySystem.builder().organisation("Acme").scope("All").addCatalog(StandardCatalogs.qmsr()).build();

    StatementOfApplicability soa = StatementOfApplicability.of(system);

    assertThat(entry(soa, "fda-qmsr:2026", "820.10(a)").label()).isEqualTo("§ 820.10(a)");
    assertThat(soa.entries()).extracting(Entry::applicability).contains(Applicability.APPLICABLE);
    assertThat(soa.entries())
        .filteredOn(e -> e.requirements() == 0)
        .allMatch(e -> e.applicability() == Applicability.NO_REQUIREMENTS);
  }

  @Test
  void entries_areUnmodifiable_andNullRefused() {
    QualitySystem system =
        QualitySystem.builder().organisation("Acme").scope("All").addCatalog(StandardCatalogs.iso9001()).build();
    List<Entry> entries = StatementOfApplicability.of(system).entries();

    assertThatThrownBy(entries::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> StatementOfApplicability.of(null)).isInstanceOf(NullPointerException.class).hasMessage("system");
  }
}
