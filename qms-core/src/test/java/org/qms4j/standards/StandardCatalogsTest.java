package org.qms4j.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.Clause;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.ExclusionRule;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.Mapping;
import org.qms4j.catalog.MappingSet;
import org.qms4j.catalog.NumberingStyle;
import org.qms4j.catalog.RequirementId;
import org.qms4j.catalog.ReviewInput;

/** The shipped catalogs as data: structure, counts, rules, and the mapping sets between them. */
class StandardCatalogsTest {

  static List<Catalog> catalogs() {
    return StandardCatalogs.catalogs();
  }

  static List<Catalog> isoCatalogs() {
    return List.of(StandardCatalogs.iso9001(), StandardCatalogs.iso13485(), StandardCatalogs.iso7101());
  }

  static List<MappingSet> mappingSets() {
    return StandardCatalogs.mappingSets();
  }

  /** Clauses and requirements per top-level clause, as "clauses/requirements". */
  private static Map<String, String> countsPerTopLevelClause(Catalog c) {
    Map<String, String> counts = new LinkedHashMap<>();
    for (Clause top : c.clauses()) {
      long clauses = c.clauseNumbers().stream().filter(n -> c.clausePath(n).orElseThrow().get(0).equals(top.number())).count();
      counts.put(top.number(), clauses + "/" + c.requirementsUnder(top.number()).size());
    }
    return counts;
  }

  @Nested
  class Counts {
    @Test
    void iso9001_clausesAndRequirementsPerTopLevelClause_arePinned() {
      Catalog c = StandardCatalogs.iso9001();

      assertThat(countsPerTopLevelClause(c))
          .containsExactly(
              Map.entry("4", "7/5"),
              Map.entry("5", "8/5"),
              Map.entry("6", "8/5"),
              Map.entry("7", "19/14"),
              Map.entry("8", "31/24"),
              Map.entry("9", "12/8"),
              Map.entry("10", "6/4"));
      assertThat(c.clauseNumbers()).hasSize(91);
      assertThat(c.requirements()).hasSize(65);
    }

    @Test
    void iso13485_clausesAndRequirementsPerTopLevelClause_arePinned() {
      Catalog c = StandardCatalogs.iso13485();

      assertThat(countsPerTopLevelClause(c))
          .containsExactly(
              Map.entry("4", "14/11"),
              Map.entry("5", "15/11"),
              Map.entry("6", "7/5"),
              Map.entry("7", "36/30"),
              Map.entry("8", "19/15"));
      assertThat(c.clauseNumbers()).hasSize(91);
      assertThat(c.requirements()).hasSize(72);
    }

    @Test
    void iso7101_andQmsr_sizesArePinned() {
      assertThat(StandardCatalogs.iso7101().clauseNumbers()).hasSize(47);
      assertThat(StandardCatalogs.iso7101().requirements()).hasSize(36);
      assertThat(StandardCatalogs.qmsr().clauseNumbers()).hasSize(51);
      assertThat(StandardCatalogs.qmsr().requirements()).hasSize(37);
    }

    @Test
    void mappingSets_sizesArePinned() {
      assertThat(StandardCatalogs.iso13485ToIso9001().mappings()).hasSize(104);
      assertThat(StandardCatalogs.qmsrToIso13485().mappings()).hasSize(57);
      assertThat(StandardCatalogs.iso7101ToIso9001().mappings()).hasSize(36);
    }
  }

  @Nested
  class Structure {
    @ParameterizedTest
    @MethodSource("org.qms4j.standards.StandardCatalogsTest#isoCatalogs")
    void isoCatalog_siblingNumbersRunWithoutGaps(Catalog c) {
      assertThat(c.numbering()).isEqualTo(NumberingStyle.DOTTED);
      List<String> gaps = new ArrayList<>();
      checkSiblings(c.clauses(), gaps);
      assertThat(gaps).isEmpty();
    }

    private void checkSiblings(List<Clause> siblings, List<String> gaps) {
      for (int i = 1; i < siblings.size(); i++) {
        String a = last(siblings.get(i - 1).number());
        String b = last(siblings.get(i).number());
        if (Integer.parseInt(b) != Integer.parseInt(a) + 1) {
          gaps.add(siblings.get(i - 1).number() + " then " + siblings.get(i).number());
        }
      }
      if (!siblings.isEmpty() && siblings.get(0).number().contains(".") && !last(siblings.get(0).number()).equals("1")) {
        gaps.add(siblings.get(0).number() + " opens its level");
      }
      siblings.forEach(s -> checkSiblings(s.subClauses(), gaps));
    }

    private String last(String number) {
      return number.substring(number.lastIndexOf('.') + 1);
    }

    @Test
    void topLevelClauses_areThoseOfEachStandard() {
      assertThat(StandardCatalogs.iso9001().clauses()).extracting(Clause::number).containsExactly("4", "5", "6", "7", "8", "9", "10");
      assertThat(StandardCatalogs.iso7101().clauses()).extracting(Clause::number).containsExactly("4", "5", "6", "7", "8", "9", "10");
      assertThat(StandardCatalogs.iso13485().clauses()).extracting(Clause::number).containsExactly("4", "5", "6", "7", "8");
      assertThat(StandardCatalogs.qmsr().clauses()).extracting(Clause::number).containsExactly("A", "B");
    }

    @Test
    void namedSubClauses_arePresent() {
      assertThat(StandardCatalogs.iso9001().clauseNumbers()).contains("4.1", "7.1.5.1", "7.1.5.2", "8.5.6", "10.3");
      List<String> iso13485 = StandardCatalogs.iso13485().clauseNumbers();
      for (int i = 1; i <= 10; i++) {
        assertThat(iso13485).contains("7.3." + i);
      }
      for (int i = 1; i <= 11; i++) {
        assertThat(iso13485).contains("7.5." + i);
      }
      assertThat(iso13485).contains("4.2.1", "7.5.9.1", "7.5.9.2", "8.5.3");
      assertThat(StandardCatalogs.qmsr().clauseNumbers())
          .contains("820.1", "820.3", "820.7", "820.10", "820.35", "820.45", "820.10(a)", "820.35(a)", "820.45(a)");
    }

    @ParameterizedTest
    @MethodSource("org.qms4j.standards.StandardCatalogsTest#catalogs")
    void everyRequirement_isNamedAfterItsClause_andSummarisedInOneShortSentence(Catalog c) {
      for (LocatedRequirement r : c.requirements()) {
        assertThat(r.id()).isEqualTo(RequirementId.of(c.id().value() + "/" + r.clauseNumber()));
        assertThat(r.requirement().summary()).hasSizeLessThanOrEqualTo(200).endsWith(".");
      }
      for (String n : c.clauseNumbers()) {
        assertThat(c.clause(n).orElseThrow().requirements()).as(n).hasSizeLessThanOrEqualTo(1);
      }
    }

    @ParameterizedTest
    @MethodSource("org.qms4j.standards.StandardCatalogsTest#catalogs")
    void everyCatalog_saysWhereItComesFromAndWhatWasVerified(Catalog c) {
      assertThat(c.source()).isPresent();
      assertThat(c.note()).isPresent();
      assertThat(c.edition()).isNotBlank();
    }

    @Test
    void qmsr_isFreeNumberedWithSectionLabels() {
      Catalog q = StandardCatalogs.qmsr();
      assertThat(q.numbering()).isEqualTo(NumberingStyle.FREE);
      assertThat(q.clause("820.10(a)").orElseThrow().label()).contains("§ 820.10(a)");
      assertThat(q.clausePath("820.10(a)").orElseThrow()).containsExactly("A", "820.10", "820.10(a)");
    }
  }

  @Nested
  class Rules {
    @Test
    void iso13485_designAndDevelopment_isExcludableOnlyWhereRegulationPermits() {
      Catalog c = StandardCatalogs.iso13485();
      assertThat(c.requirementsUnder("7.3")).hasSize(10)
          .allMatch(r -> r.requirement().exclusionRule() == ExclusionRule.PERMITTED_BY_REGULATION);
    }

    @Test
    void iso13485_clauses4And5_mayNeverBeExcluded_and6To8OnlyWhereTheActivityIsNotPerformed() {
      Catalog c = StandardCatalogs.iso13485();
      for (String top : List.of("4", "5")) {
        assertThat(c.requirementsUnder(top)).allMatch(r -> r.requirement().exclusionRule() == ExclusionRule.NOT_PERMITTED);
      }
      for (String top : List.of("6", "7", "8")) {
        assertThat(c.requirementsUnder(top))
            .allMatch(r -> r.requirement().exclusionRule() != ExclusionRule.NO_EFFECT_ON_CONFORMITY);
      }
      // the ground ACTIVITY_NOT_PERFORMED is only used in clauses 6, 7 and 8
      assertThat(c.requirements())
          .filteredOn(r -> r.requirement().exclusionRule() == ExclusionRule.ACTIVITY_NOT_PERFORMED)
          .isNotEmpty()
          .allMatch(r -> Set.of("6", "7", "8").contains(r.clausePath().get(0)));
    }

    @Test
    void iso9001_onlyOperationalRequirementsAndMonitoringResources_mayBeDeclaredNotApplicable() {
      Catalog c = StandardCatalogs.iso9001();
      for (String top : List.of("4", "5", "6", "9", "10")) {
        assertThat(c.requirementsUnder(top)).as(top).allMatch(r -> r.requirement().exclusionRule() == ExclusionRule.NOT_PERMITTED);
      }
      assertThat(c.requirements())
          .filteredOn(r -> r.requirement().exclusionRule().permitsExclusion())
          .isNotEmpty()
          .allMatch(r -> r.clauseNumber().startsWith("8.") || r.clauseNumber().startsWith("7.1.5"))
          .allMatch(r -> r.requirement().exclusionRule() == ExclusionRule.NO_EFFECT_ON_CONFORMITY);
    }

    @Test
    void documentedInformation_isExpectedWhereTheStandardsMandateIt() {
      assertThat(StandardCatalogs.iso9001().requirement(RequirementId.of("iso-9001:2015/4.3")).orElseThrow().requirement().expectedEvidence())
          .containsExactly(EvidenceKind.DOCUMENT);
      assertThat(StandardCatalogs.iso9001().requirement(RequirementId.of("iso-9001:2015/9.2.2")).orElseThrow().requirement().expectedEvidence())
          .containsExactly(EvidenceKind.RECORD);
      assertThat(StandardCatalogs.iso9001().requirement(RequirementId.of("iso-9001:2015/7.2")).orElseThrow().requirement().expectedEvidence())
          .containsExactly(EvidenceKind.TRAINING_RECORD);
      assertThat(StandardCatalogs.iso13485().requirement(RequirementId.of("iso-13485:2016/4.2.2")).orElseThrow().requirement().expectedEvidence())
          .contains(EvidenceKind.DOCUMENT);
      assertThat(StandardCatalogs.iso13485().requirement(RequirementId.of("iso-13485:2016/8.2.2")).orElseThrow().requirement().expectedEvidence())
          .contains(EvidenceKind.PROCEDURE, EvidenceKind.RECORD);
    }

    @Test
    void reviewInputs_areShippedWithTheCatalogs() {
      assertThat(StandardCatalogs.iso9001().reviewInputs()).hasSize(12).extracting(ReviewInput::code).contains("audit-results");
      assertThat(StandardCatalogs.iso13485().reviewInputs()).hasSize(12);
      assertThat(StandardCatalogs.iso7101().reviewInputs()).isNotEmpty();
    }
  }

  @Nested
  class Mappings {
    @ParameterizedTest
    @MethodSource("org.qms4j.standards.StandardCatalogsTest#mappingSets")
    void everyMappingEndpoint_isARequirementOfItsCatalog(MappingSet set) {
      Catalog source = StandardCatalogs.catalogs().stream().filter(c -> c.id().equals(set.sourceCatalog())).findFirst().orElseThrow();
      Catalog target = StandardCatalogs.catalogs().stream().filter(c -> c.id().equals(set.targetCatalog())).findFirst().orElseThrow();
      List<String> missing = new ArrayList<>();
      for (Mapping m : set.mappings()) {
        if (source.requirement(m.source()).isEmpty()) {
          missing.add("source " + m.source());
        }
        if (target.requirement(m.target()).isEmpty()) {
          missing.add("target " + m.target());
        }
      }
      assertThat(missing).isEmpty();
      assertThat(set.source()).isPresent();
    }

    @Test
    void mappingSets_connectTheCatalogsTheIssueNames() {
      assertThat(mappingSets())
          .extracting(s -> s.sourceCatalog() + " -> " + s.targetCatalog())
          .containsExactly(
              "iso-13485:2016 -> iso-9001:2015", "fda-qmsr:2026 -> iso-13485:2016", "iso-7101:2023 -> iso-9001:2015");
      assertThat(mappingSets()).extracting(MappingSet::id)
          .containsExactly(StandardCatalogs.ISO_13485_TO_ISO_9001, StandardCatalogs.QMSR_TO_ISO_13485, StandardCatalogs.ISO_7101_TO_ISO_9001);
    }

    @Test
    void relations_areConservative() {
      Map<String, Long> byRelation =
          mappingSets().stream()
              .flatMap(s -> s.mappings().stream())
              .collect(Collectors.groupingBy(m -> m.relation().name(), Collectors.counting()));
      // no pair claims that two standards ask for exactly the same thing
      assertThat(byRelation).doesNotContainKey("EQUIVALENT");
      // the QMSR never covers an ISO clause in full from one item of evidence
      assertThat(StandardCatalogs.qmsrToIso13485().mappings()).noneMatch(m -> m.relation().covers());
    }
  }

  @Test
  void catalogs_areReadOnceAndShared() {
    assertThat(StandardCatalogs.iso9001()).isSameAs(StandardCatalogs.iso9001());
    assertThat(StandardCatalogs.catalogs()).extracting(Catalog::id)
        .containsExactly(StandardCatalogs.ISO_9001, StandardCatalogs.ISO_13485, StandardCatalogs.ISO_7101, StandardCatalogs.QMSR);
  }
}
