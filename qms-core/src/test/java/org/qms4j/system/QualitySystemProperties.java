package org.qms4j.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.finding.Finding;
import org.qms4j.testing.QmsArbitraries;

class QualitySystemProperties {

  @Provide
  Arbitrary<QualitySystem> systems() {
    return QmsArbitraries.qualitySystems();
  }

  private static List<RequirementId> ids(QualitySystem system) {
    return system.requirements().stream().map(LocatedRequirement::id).toList();
  }

  @Provide
  Arbitrary<Tuple2<QualitySystem, Evidence>> systemsWithKnownEvidence() {
    return systems().flatMap(s -> QmsArbitraries.evidence(ids(s)).map(e -> Tuple.of(s, e)));
  }

  @Provide
  Arbitrary<Tuple2<QualitySystem, Finding>> systemsWithKnownFinding() {
    return systems().flatMap(s -> QmsArbitraries.findings(ids(s)).map(f -> Tuple.of(s, f)));
  }

  @Provide
  Arbitrary<Tuple2<QualitySystem, Evidence>> systemsWithUnknownEvidence() {
    return systems()
        .flatMap(
            s ->
                Combinators.combine(QmsArbitraries.evidence(ids(s)), QmsArbitraries.unknownRequirementIds().set().ofMinSize(1).ofMaxSize(2))
                    .as((e, unknown) -> Tuple.of(s, withUnknown(e, unknown))));
  }

  private static Evidence withUnknown(Evidence e, Set<RequirementId> unknown) {
    return Evidence.builder().from(e).addAllRequirements(unknown).build();
  }

  @Provide
  Arbitrary<Tuple2<QualitySystem, Finding>> systemsWithUnknownFinding() {
    return systems()
        .flatMap(
            s ->
                Combinators.combine(QmsArbitraries.findings(ids(s)), QmsArbitraries.unknownRequirementIds().set().ofMinSize(1).ofMaxSize(2))
                    .as((f, unknown) -> Tuple.of(s, Finding.builder().from(f).addAllRequirements(unknown).build())));
  }

  @Provide
  Arbitrary<Exclusion> exclusions() {
    return QmsArbitraries.catalogs()
        .flatMap(
            catalog -> {
              List<Exclusion> all = new ArrayList<>();
              catalog.requirements().forEach(r -> all.add(Exclusion.ofRequirement(r.id(), "not applicable")));
              addClauses(catalog, catalog.clauses(), all);
              return Combinators.combine(Arbitraries.of(all), QmsArbitraries.texts())
                  .as((e, why) -> Exclusion.builder().from(e).justification(why).build());
            });
  }

  private static void addClauses(Catalog catalog, List<org.qms4j.catalog.Clause> clauses, List<Exclusion> into) {
    for (var clause : clauses) {
      into.add(Exclusion.ofClause(ClauseRef.of(catalog.id(), clause.number()), "activity not performed"));
      addClauses(catalog, clause.subClauses(), into);
    }
  }

  @Group
  class BuilderRoundTrip {

    @Property(tries = 150)
    void toBuilder_thenBuild_isEqual(@ForAll("systems") QualitySystem system) {
      QualitySystem copy = system.toBuilder().build();

      assertThat(copy).isEqualTo(system).hasSameHashCodeAs(system);
      assertThat(copy.evidence()).containsExactlyElementsOf(system.evidence());
      assertThat(copy.findings()).containsExactlyElementsOf(system.findings());
      assertThat(copy.exclusions()).isEqualTo(system.exclusions());
    }

    @Property(tries = 200)
    void exclusion_fromThenBuild_isEqual(@ForAll("exclusions") Exclusion exclusion) {
      assertThat(Exclusion.builder().from(exclusion).build()).isEqualTo(exclusion).hasSameHashCodeAs(exclusion);
    }
  }

  @Group
  class References {

    @Property(tries = 150)
    void withEvidence_knownRequirements_isAcceptedAndIndexed(
        @ForAll("systemsWithKnownEvidence") Tuple2<QualitySystem, Evidence> given) {
      QualitySystem system = given.get1();
      Evidence item = given.get2();

      QualitySystem later = system.withEvidence(item);

      assertThat(later.evidence(item.id())).contains(item);
      item.requirements().forEach(r -> assertThat(later.evidenceFor(r)).contains(item));
    }

    @Property(tries = 150)
    void withEvidence_anyUnknownRequirement_isRefusedNamingIt(
        @ForAll("systemsWithUnknownEvidence") Tuple2<QualitySystem, Evidence> given) {
      QualitySystem system = given.get1();
      Evidence item = given.get2();
      String before = system.toString();

      var thrown = assertThatThrownBy(() -> system.withEvidence(item)).isInstanceOf(InvalidModelException.class);
      item.requirements().stream()
          .filter(r -> system.requirement(r).isEmpty())
          .forEach(r -> thrown.hasMessageContaining(r.value()));
      assertThat(system.toString()).isEqualTo(before);
      assertThat(system.evidence(item.id()).filter(item::equals)).isEmpty();
    }

    @Property(tries = 150)
    void withFinding_knownRequirements_isAcceptedAndIndexed(
        @ForAll("systemsWithKnownFinding") Tuple2<QualitySystem, Finding> given) {
      QualitySystem later = given.get1().withFinding(given.get2());

      assertThat(later.finding(given.get2().id())).contains(given.get2());
      given.get2().requirements().forEach(r -> assertThat(later.findingsFor(r)).contains(given.get2()));
    }

    @Property(tries = 150)
    void withFinding_anyUnknownRequirement_isRefusedNamingIt(
        @ForAll("systemsWithUnknownFinding") Tuple2<QualitySystem, Finding> given) {
      QualitySystem system = given.get1();
      Finding finding = given.get2();

      var thrown = assertThatThrownBy(() -> system.withFinding(finding)).isInstanceOf(InvalidModelException.class);
      finding.requirements().stream()
          .filter(r -> system.requirement(r).isEmpty())
          .forEach(r -> thrown.hasMessageContaining(r.value()));
    }
  }
}
