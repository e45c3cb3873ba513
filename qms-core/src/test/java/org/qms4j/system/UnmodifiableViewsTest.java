package org.qms4j.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qms4j.testing.Examples.DEMO;
import static org.qms4j.testing.Examples.R4A;
import static org.qms4j.testing.Examples.R753A;
import static org.qms4j.testing.Examples.R75A;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.qms4j.catalog.MappingSet;
import org.qms4j.catalog.MappingSetId;
import org.qms4j.evidence.Evidence;
import org.qms4j.finding.Finding;
import org.qms4j.testing.Examples;

/** What a quality system hands out cannot be changed through the collection. */
class UnmodifiableViewsTest {

  private static MappingSet set(String id) {
    return MappingSet.builder().id(MappingSetId.of(id)).version("1").title("t").sourceCatalog(DEMO).targetCatalog(DEMO).build();
  }

  /** Systems whose registers hold 1, 2 and 5 items, so that every list shape a register uses is seen. */
  private static List<QualitySystem> systems() {
    List<QualitySystem> systems = new ArrayList<>();
    for (int n : new int[] {1, 2, 5}) {
      QualitySystem.Builder b =
          QualitySystem.builder().organisation("Example Clinic").scope("Outpatient care").addCatalog(Examples.catalog())
              .addCatalog(Examples.otherCatalog());
      for (int i = 0; i < n; i++) {
        b.addEvidence(Examples.evidence("ev-" + i).build()).addFinding(Examples.finding("F-" + i).build());
        b.addMappingSet(set("set-" + i));
        b.hostFact(HostFactKey.of("fact-" + i, Integer.class), i);
      }
      b.addExclusion(Exclusion.ofRequirement(R753A, "j"));
      if (n > 1) {
        b.addExclusion(Exclusion.ofRequirement(R75A, "j"));
      }
      systems.add(b.build());
    }
    // changed snapshots build their lists another way than the builder does
    QualitySystem changed = systems.get(2);
    changed = changed.withEvidence(Examples.evidence("ev-9").build()).withoutEvidence(Examples.evidence("ev-0").build().id());
    changed = changed.withFinding(Examples.finding("F-9").build()).withMappingSet(set("set-9"));
    systems.add(changed);
    return systems;
  }

  private static <T> void assertUnmodifiable(String what, List<T> list) {
    assertThat(list).as(what).isNotEmpty();
    T first = list.get(0);
    List<T> before = List.copyOf(list);
    List<Consumer<List<T>>> changes =
        List.of(
            l -> l.add(first),
            l -> l.add(0, first),
            l -> l.addAll(List.of(first)),
            l -> l.set(0, first),
            l -> l.remove(0),
            l -> l.remove(first),
            l -> l.removeIf(x -> true),
            l -> l.removeAll(List.of(first)),
            l -> l.retainAll(List.of()),
            l -> l.clear(),
            l -> l.replaceAll(x -> x),
            l -> l.sort(Comparator.comparing(Object::hashCode)),
            l -> {
              var it = l.iterator();
              it.next();
              it.remove();
            },
            l -> l.listIterator().add(first),
            l -> l.subList(0, 1).clear());
    for (Consumer<List<T>> change : changes) {
      assertThatThrownBy(() -> change.accept(list)).as(what).isInstanceOf(UnsupportedOperationException.class);
    }
    assertThat(list).as(what).containsExactlyElementsOf(before);
  }

  private static <T> void assertUnmodifiable(String what, Collection<T> set) {
    assertThat(set).as(what).isNotEmpty();
    T first = set.iterator().next();
    List<Consumer<Collection<T>>> changes =
        List.of(
            s -> s.add(first),
            s -> s.remove(first),
            s -> s.addAll(List.of(first)),
            s -> s.removeIf(x -> true),
            s -> s.retainAll(List.of()),
            s -> s.clear(),
            s -> {
              var it = s.iterator();
              it.next();
              it.remove();
            });
    for (Consumer<Collection<T>> change : changes) {
      assertThatThrownBy(() -> change.accept(set)).as(what).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void everyListAndSetHandedOut_refusesChanges() {
    for (QualitySystem system : systems()) {
      assertUnmodifiable("evidence()", system.evidence());
      assertUnmodifiable("evidenceFor", system.evidenceFor(R4A));
      assertUnmodifiable("findings()", system.findings());
      assertUnmodifiable("findingsFor", system.findingsFor(R4A));
      assertUnmodifiable("requirements()", system.requirements());
      assertUnmodifiable("catalogs()", system.catalogs());
      assertUnmodifiable("exclusions()", system.exclusions());
      assertUnmodifiable("mappingSets()", system.mappingSets());
      assertUnmodifiable("register(EVIDENCE).items()", system.register(Registers.EVIDENCE).items());
      assertUnmodifiable("register(FINDINGS).items()", system.register(Registers.FINDINGS).items());
      assertUnmodifiable("register(EVIDENCE).itemsFor", system.register(Registers.EVIDENCE).itemsFor(R4A));
      assertUnmodifiable("hostFactKeys()", system.hostFactKeys());
    }
  }

  @Test
  void emptyListsHandedOut_refuseAdditions() {
    QualitySystem empty = QualitySystem.builder().organisation("o").scope("s").build();
    List<List<?>> lists =
        List.of(
            empty.evidence(),
            empty.findings(),
            empty.requirements(),
            empty.catalogs(),
            empty.exclusions(),
            empty.mappingSets(),
            Examples.system().evidenceFor(R4A),
            Examples.system().findingsFor(R4A));
    for (List<?> list : lists) {
      @SuppressWarnings("unchecked")
      List<Object> raw = (List<Object>) list;
      assertThatThrownBy(() -> raw.add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
    @SuppressWarnings({"unchecked", "rawtypes"})
    Collection<Object> keys = (Collection) empty.hostFactKeys();
    assertThatThrownBy(() -> keys.add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void listsHandedOut_areNotChangedByLaterSnapshots() {
    QualitySystem system = systems().get(2);
    List<Evidence> evidence = system.evidence();
    List<Evidence> evidenceFor = system.evidenceFor(R4A);
    List<Finding> findings = system.findings();
    List<Exclusion> exclusions = system.exclusions();
    List<MappingSet> sets = system.mappingSets();
    Map<String, List<?>> before =
        Map.of(
            "evidence", List.copyOf(evidence),
            "evidenceFor", List.copyOf(evidenceFor),
            "findings", List.copyOf(findings),
            "exclusions", List.copyOf(exclusions),
            "sets", List.copyOf(sets));

    system
        .withEvidence(Examples.evidence("ev-7").build())
        .withoutEvidence(evidence.get(0).id())
        .withEvidence(Examples.evidence(evidence.get(1).id().value()).owner("Someone else").build())
        .withoutFinding(findings.get(0).id())
        .withoutExclusion(exclusions.get(0))
        .withoutMappingSet(sets.get(0).id());

    assertThat(evidence).isEqualTo(before.get("evidence"));
    assertThat(evidenceFor).isEqualTo(before.get("evidenceFor"));
    assertThat(findings).isEqualTo(before.get("findings"));
    assertThat(exclusions).isEqualTo(before.get("exclusions"));
    assertThat(sets).isEqualTo(before.get("sets"));
  }
}
