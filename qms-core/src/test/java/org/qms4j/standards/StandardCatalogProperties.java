package org.qms4j.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogExtension;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.CatalogProblem;
import org.qms4j.catalog.Clause;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.InvalidCatalogException;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.Mapping;
import org.qms4j.catalog.MappingSet;
import org.qms4j.catalog.Requirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.conformity.ConformityEngine;
import org.qms4j.conformity.Reason;
import org.qms4j.conformity.ReasonCode;
import org.qms4j.conformity.RequirementResult;
import org.qms4j.conformity.Verdict;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.system.QualitySystem;

class StandardCatalogProperties {

  /** One change a host might make when extending a shipped catalog, valid or not. */
  record Edit(int kind, int target, String text, boolean freshId) {}

  @Provide
  Arbitrary<Catalog> shipped() {
    return Arbitraries.of(StandardCatalogs.catalogs());
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<String> texts =
        Arbitraries.oneOf(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(40).map(s -> s + "."),
            Arbitraries.of("", " ", "two\nlines", "tab\there", "x".repeat(1_001), "\u2028", "820.30(a)", "7..1"));
    return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 10_000), texts, Arbitraries.of(true, true, false))
        .as(Edit::new)
        .list()
        .ofMaxSize(6);
  }

  @Group
  class Extension {
    @Property(tries = 200)
    void anyExtension_validatesOrFailsWithNamedProblems(@ForAll("shipped") Catalog base, @ForAll("edits") List<Edit> edits) {
      CatalogExtension extension = base.extend().id(CatalogId.of("hospital:1"));
      List<String> numbers = base.clauseNumbers();
      List<LocatedRequirement> requirements = base.requirements();
      int n = 0;
      for (Edit e : edits) {
        String clause = numbers.get(e.target() % numbers.size());
        RequirementId existing = requirements.get(e.target() % requirements.size()).id();
        RequirementId id = e.freshId() ? RequirementId.of("hospital/r-" + n++) : existing;
        switch (e.kind()) {
          case 0:
            extension.addRequirement(clause, Requirement.builder().id(id).summary(e.text()).build());
            break;
          case 1:
            extension.addClause(clause, Clause.builder().number(e.freshId() ? clause + ".9" + n++ : e.text()).title("Local").build());
            break;
          case 2:
            extension.replaceSummary(existing, e.text());
            break;
          case 3:
            extension.replaceGuidance(existing, e.text());
            break;
          default:
            extension.addRequirement(e.text(), Requirement.builder().id(RequirementId.of("hospital/x-" + n++)).summary("Ours.").build());
        }
      }

      Catalog derived;
      try {
        derived = extension.build();
      } catch (InvalidCatalogException refused) {
        assertThat(refused.problems()).isNotEmpty();
        for (CatalogProblem p : refused.problems()) {
          assertThat(p.element()).isNotBlank();
          assertThat(p.message()).isNotBlank().doesNotContain("\n");
        }
        assertThat(refused.getMessage().lines().count()).isLessThanOrEqualTo(1 + InvalidCatalogException.SHOWN + 1);
        return;
      }
      assertThat(derived.lineage()).containsExactly(base.id());
      assertThat(derived.numbering()).isEqualTo(base.numbering());
      for (LocatedRequirement r : requirements) {
        assertThat(derived.requirement(r.id())).as("%s kept", r.id()).isPresent();
      }
    }
  }

  @Provide
  Arbitrary<Mapping> shippedMappings() {
    List<Mapping> all = new ArrayList<>();
    StandardCatalogs.mappingSets().forEach(s -> all.addAll(s.mappings()));
    return Arbitraries.of(all);
  }

  @Group
  class MappedEvaluation {
    @Property(tries = 150)
    void evidenceOnTheSource_countsForTheTargetAsTheRelationSays(@ForAll("shippedMappings") Mapping m) {
      MappingSet set =
          StandardCatalogs.mappingSets().stream().filter(s -> s.mappings().contains(m)).findFirst().orElseThrow();
      QualitySystem.Builder b = QualitySystem.builder().organisation("Mapped").scope("All");
      StandardCatalogs.catalogs().stream()
          .filter(c -> c.id().equals(set.sourceCatalog()) || c.id().equals(set.targetCatalog()))
          .forEach(b::addCatalog);
      QualitySystem system = b.addMappingSet(set).build();
      Set<EvidenceKind> kinds = system.requirement(m.target()).orElseThrow().requirement().expectedEvidence();
      int k = 0;
      for (EvidenceKind kind : kinds.isEmpty() ? Set.of(EvidenceKind.RECORD) : kinds) {
        system =
            system.withEvidence(
                Evidence.builder()
                    .id(EvidenceId.of("e" + k++))
                    .addRequirement(m.source())
                    .kind(kind)
                    .status(EvidenceStatus.ACCEPTED)
                    .collectedAt(Instant.parse("2026-01-01T00:00:00Z"))
                    .effectiveFrom(Instant.parse("2026-01-01T00:00:00Z"))
                    .owner("q")
                    .reference("urn:e" + k)
                    .build());
      }

      RequirementResult target =
          ConformityEngine.standard().evaluate(system, Instant.parse("2026-06-30T00:00:00Z")).result(m.target()).orElseThrow();

      if (m.relation().covers()) {
        assertThat(target.verdict()).isEqualTo(Verdict.CONFORMING);
      } else {
        assertThat(target.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
        assertThat(target.reasons()).extracting(Reason::code).contains(ReasonCode.PARTIAL_MAPPING_ONLY);
      }
      assertThat(target.reasons())
          .filteredOn(r -> r.code() == ReasonCode.EVIDENCE_VALID)
          .allSatisfy(r -> assertThat(r.mappedFrom()).contains(m.source()));
    }
  }
}
