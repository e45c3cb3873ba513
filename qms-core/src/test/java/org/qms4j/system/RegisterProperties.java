package org.qms4j.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.MappingSet;
import org.qms4j.catalog.MappingSetId;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingId;
import org.qms4j.testing.QmsArbitraries;

/**
 * The registers of a {@link QualitySystem} as a host relies on them: persistent snapshots that
 * behave like a sorted map, whatever sequence of changes made them.
 */
class RegisterProperties {

  private static final RequirementId UNKNOWN = RequirementId.of("zz-unknown/never");
  private static final EvidenceId ABSENT_EVIDENCE = EvidenceId.of("ev-none");
  private static final FindingId ABSENT_FINDING = FindingId.of("F-none");

  private static List<RequirementId> ids(QualitySystem system) {
    return system.requirements().stream().map(LocatedRequirement::id).toList();
  }

  // ---------------------------------------------------------------------------------------------
  // actions

  /** One step of a scenario, applied to the latest snapshot. */
  sealed interface Action {}

  /** Adds or replaces an evidence item; {@code generic} goes through {@code with(Registers.EVIDENCE, ..)}. */
  record PutEvidence(Evidence item, boolean generic) implements Action {}

  /** Adds or replaces a finding; {@code generic} goes through {@code with(Registers.FINDINGS, ..)}. */
  record PutFinding(Finding item, boolean generic) implements Action {}

  /**
   * Removes the evidence item at {@code pick % (size + 1)} of the current register, or an id it
   * does not hold when that is {@code size}.
   */
  record RemoveEvidence(int pick, boolean generic) implements Action {}

  /** Removes a finding, chosen like {@link RemoveEvidence}. */
  record RemoveFinding(int pick, boolean generic) implements Action {}

  record Scenario(QualitySystem start, List<Action> actions) {
    @Override
    public String toString() {
      return start + " then " + actions;
    }
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return QmsArbitraries.qualitySystems()
        .flatMap(
            system -> {
              List<RequirementId> known = ids(system);
              Arbitrary<Set<RequirementId>> unknown = QmsArbitraries.unknownRequirementIds().set().ofMinSize(1).ofMaxSize(2);
              Arbitrary<Integer> slots = Arbitraries.integers().between(0, 5);
              // a small pool of ids, so that replacements and removals of held items are common
              Arbitrary<Evidence> evidence =
                  Combinators.combine(QmsArbitraries.evidence(known), slots)
                      .as((e, k) -> Evidence.builder().from(e).id(EvidenceId.of("ev-" + k)).build());
              Arbitrary<Finding> findings =
                  Combinators.combine(QmsArbitraries.findings(known), slots)
                      .as((f, k) -> Finding.builder().from(f).id(FindingId.of("F-" + k)).build());
              Arbitrary<Evidence> badEvidence =
                  Combinators.combine(evidence, unknown).as((e, u) -> Evidence.builder().from(e).addAllRequirements(u).build());
              Arbitrary<Finding> badFindings =
                  Combinators.combine(findings, unknown).as((f, u) -> Finding.builder().from(f).addAllRequirements(u).build());
              Arbitrary<Boolean> generic = Arbitraries.of(true, false);
              Arbitrary<Integer> picks = Arbitraries.integers().between(0, 1000);
              @SuppressWarnings("unchecked")
              Arbitrary<Action> action =
                  Arbitraries.frequencyOf(
                      Tuple.of(4, Combinators.combine(evidence, generic).as(PutEvidence::new)),
                      Tuple.of(4, Combinators.combine(findings, generic).as(PutFinding::new)),
                      Tuple.of(3, Combinators.combine(picks, generic).as(RemoveEvidence::new)),
                      Tuple.of(3, Combinators.combine(picks, generic).as(RemoveFinding::new)),
                      Tuple.of(1, Combinators.combine(badEvidence, generic).as(PutEvidence::new)),
                      Tuple.of(1, Combinators.combine(badFindings, generic).as(PutFinding::new)));
              return action.list().ofMaxSize(30).map(actions -> new Scenario(system, actions));
            });
  }

  // ---------------------------------------------------------------------------------------------
  // the model and recorded snapshots

  /** What a snapshot should hold: plain sorted maps. */
  record Model(TreeMap<EvidenceId, Evidence> evidence, TreeMap<FindingId, Finding> findings) {
    static Model of(QualitySystem system) {
      TreeMap<EvidenceId, Evidence> e = new TreeMap<>();
      system.evidence().forEach(x -> e.put(x.id(), x));
      TreeMap<FindingId, Finding> f = new TreeMap<>();
      system.findings().forEach(x -> f.put(x.id(), x));
      return new Model(e, f);
    }

    Model copy() {
      return new Model(new TreeMap<>(evidence), new TreeMap<>(findings));
    }
  }

  /** A snapshot and what it showed when it was made. */
  record Recorded(
      QualitySystem system,
      QualitySystem rebuilt,
      int hash,
      List<Evidence> evidence,
      List<Finding> findings,
      Map<RequirementId, List<Evidence>> evidenceFor,
      Map<RequirementId, List<Finding>> findingsFor) {

    static Recorded of(QualitySystem system, QualitySystem rebuilt) {
      Map<RequirementId, List<Evidence>> evidenceFor = new LinkedHashMap<>();
      Map<RequirementId, List<Finding>> findingsFor = new LinkedHashMap<>();
      for (RequirementId r : ids(system)) {
        evidenceFor.put(r, List.copyOf(system.evidenceFor(r)));
        findingsFor.put(r, List.copyOf(system.findingsFor(r)));
      }
      return new Recorded(
          system,
          rebuilt,
          system.hashCode(),
          List.copyOf(system.evidence()),
          List.copyOf(system.findings()),
          evidenceFor,
          findingsFor);
    }

    void assertUnchanged(int step) {
      assertThat(system).as("snapshot %s still equals its copy", step).isEqualTo(rebuilt);
      assertThat(system.hashCode()).as("snapshot %s hashCode", step).isEqualTo(hash);
      assertThat(system.evidence()).as("snapshot %s evidence()", step).containsExactlyElementsOf(evidence);
      assertThat(system.findings()).as("snapshot %s findings()", step).containsExactlyElementsOf(findings);
      evidenceFor.forEach(
          (r, items) -> assertThat(system.evidenceFor(r)).as("snapshot %s evidenceFor(%s)", step, r).containsExactlyElementsOf(items));
      findingsFor.forEach(
          (r, items) -> assertThat(system.findingsFor(r)).as("snapshot %s findingsFor(%s)", step, r).containsExactlyElementsOf(items));
    }
  }

  /** The same content put through the builder from scratch: structure shared with nothing. */
  private static QualitySystem fromScratch(QualitySystem like, Model model) {
    QualitySystem.Builder b = QualitySystem.builder().organisation(like.organisation()).scope(like.scope());
    like.catalogs().forEach(b::addCatalog);
    like.exclusions().forEach(b::addExclusion);
    like.mappingSets().forEach(b::addMappingSet);
    like.hostFactKeys().forEach(k -> copyFact(like, k, b));
    b.addAllEvidence(model.evidence().values()).addAllFindings(model.findings().values());
    return b.build();
  }

  private static <T> void copyFact(QualitySystem from, HostFactKey<T> key, QualitySystem.Builder into) {
    into.hostFact(key, from.hostFact(key).orElseThrow());
  }

  // ---------------------------------------------------------------------------------------------
  // checks of one snapshot against the model

  private static void assertMatches(QualitySystem system, Model model, Set<EvidenceId> evidenceIds, Set<FindingId> findingIds) {
    List<RequirementId> requirements = new ArrayList<>(ids(system));
    requirements.add(UNKNOWN);
    assertRegister(system.register(Registers.EVIDENCE), model.evidence(), evidenceIds, requirements, Evidence::requirements);
    assertRegister(system.register(Registers.FINDINGS), model.findings(), findingIds, requirements, Finding::requirements);

    assertThat(system.evidence()).isSortedAccordingTo(Comparator.comparing(Evidence::id)).containsExactlyElementsOf(model.evidence().values());
    assertThat(system.findings()).isSortedAccordingTo(Comparator.comparing(Finding::id)).containsExactlyElementsOf(model.findings().values());
    for (RequirementId r : requirements) {
      assertThat(system.evidenceFor(r))
          .as("evidenceFor(%s)", r)
          .isSortedAccordingTo(Comparator.comparing(Evidence::id))
          .containsExactlyElementsOf(model.evidence().values().stream().filter(e -> e.requirements().contains(r)).toList());
      assertThat(system.findingsFor(r))
          .as("findingsFor(%s)", r)
          .isSortedAccordingTo(Comparator.comparing(Finding::id))
          .containsExactlyElementsOf(model.findings().values().stream().filter(f -> f.requirements().contains(r)).toList());
    }
    evidenceIds.forEach(id -> assertThat(system.evidence(id)).isEqualTo(Optional.ofNullable(model.evidence().get(id))));
    findingIds.forEach(id -> assertThat(system.finding(id)).isEqualTo(Optional.ofNullable(model.findings().get(id))));
  }

  private static <K extends Comparable<? super K>, T> void assertRegister(
      Register<K, T> register,
      TreeMap<K, T> model,
      Set<K> ids,
      List<RequirementId> requirements,
      Function<T, Set<RequirementId>> requirementsOf) {
    assertThat(register.size()).as("%s size()", register).isEqualTo(model.size());
    assertThat(register.isEmpty()).isEqualTo(model.isEmpty());
    assertThat(register.items()).as("%s items()", register).containsExactlyElementsOf(model.values());
    for (K id : ids) {
      assertThat(register.get(id)).as("%s get(%s)", register, id).isEqualTo(Optional.ofNullable(model.get(id)));
      assertThat(register.contains(id)).as("%s contains(%s)", register, id).isEqualTo(model.containsKey(id));
    }
    for (RequirementId r : requirements) {
      assertThat(register.itemsFor(r))
          .as("%s itemsFor(%s)", register, r)
          .containsExactlyElementsOf(model.values().stream().filter(item -> requirementsOf.apply(item).contains(r)).toList());
    }
  }

  /** Adds or replaces through the typed shortcut or the generic register method. */
  private static QualitySystem put(QualitySystem s, Evidence item, boolean generic) {
    return generic ? s.with(Registers.EVIDENCE, item) : s.withEvidence(item);
  }

  private static QualitySystem put(QualitySystem s, Finding item, boolean generic) {
    return generic ? s.with(Registers.FINDINGS, item) : s.withFinding(item);
  }

  private static QualitySystem remove(QualitySystem s, EvidenceId id, boolean generic) {
    return generic ? s.without(Registers.EVIDENCE, id) : s.withoutEvidence(id);
  }

  private static QualitySystem remove(QualitySystem s, FindingId id, boolean generic) {
    return generic ? s.without(Registers.FINDINGS, id) : s.withoutFinding(id);
  }

  private static SystemProblem onlyProblem(Throwable thrown) {
    assertThat(thrown).isInstanceOf(InvalidSystemException.class);
    List<SystemProblem> problems = ((InvalidSystemException) thrown).problems();
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  private static boolean allKnown(QualitySystem system, Set<RequirementId> requirements) {
    return requirements.stream().allMatch(r -> system.requirement(r).isPresent());
  }

  @Group
  class ActionSequences {

    @Property(tries = 80)
    void anySequenceOfChanges_keepsEverySnapshotAndMatchesAPlainMap(@ForAll("scenarios") Scenario scenario) {
      QualitySystem current = scenario.start();
      Model model = Model.of(current);
      Set<EvidenceId> evidenceIds = new TreeSet<>(model.evidence().keySet());
      Set<FindingId> findingIds = new TreeSet<>(model.findings().keySet());
      evidenceIds.add(ABSENT_EVIDENCE);
      findingIds.add(ABSENT_FINDING);
      for (Action action : scenario.actions()) {
        if (action instanceof PutEvidence p) {
          evidenceIds.add(p.item().id());
        } else if (action instanceof PutFinding p) {
          findingIds.add(p.item().id());
        }
      }
      List<Recorded> history = new ArrayList<>();
      history.add(Recorded.of(current, fromScratch(current, model)));
      assertMatches(current, model, evidenceIds, findingIds);

      for (Action action : scenario.actions()) {
        Model next = model.copy();
        QualitySystem before = current;
        QualitySystem after;
        if (action instanceof PutEvidence p) {
          Evidence item = p.item();
          if (allKnown(before, item.requirements())) {
            after = put(before, item, p.generic());
            next.evidence().put(item.id(), item);
          } else {
            SystemProblem problem =
                onlyProblem(catchThrowable(() -> put(before, item, p.generic())));
            assertThat(problem.kind()).isEqualTo(SystemProblem.Kind.UNKNOWN_REFERENCE);
            assertThat(problem.element()).isEqualTo("evidence " + item.id());
            after = before;
          }
        } else if (action instanceof PutFinding p) {
          Finding item = p.item();
          if (allKnown(before, item.requirements())) {
            after = put(before, item, p.generic());
            next.findings().put(item.id(), item);
          } else {
            SystemProblem problem =
                onlyProblem(catchThrowable(() -> put(before, item, p.generic())));
            assertThat(problem.kind()).isEqualTo(SystemProblem.Kind.UNKNOWN_REFERENCE);
            assertThat(problem.element()).isEqualTo("finding " + item.id());
            after = before;
          }
        } else if (action instanceof RemoveEvidence r) {
          List<EvidenceId> held = List.copyOf(model.evidence().keySet());
          int at = r.pick() % (held.size() + 1);
          EvidenceId id = at == held.size() ? ABSENT_EVIDENCE : held.get(at);
          if (model.evidence().containsKey(id)) {
            after = remove(before, id, r.generic());
            next.evidence().remove(id);
          } else {
            SystemProblem problem =
                onlyProblem(catchThrowable(() -> remove(before, id, r.generic())));
            assertThat(problem.kind()).isEqualTo(SystemProblem.Kind.NOT_FOUND);
            after = before;
          }
        } else {
          RemoveFinding r = (RemoveFinding) action;
          List<FindingId> held = List.copyOf(model.findings().keySet());
          int at = r.pick() % (held.size() + 1);
          FindingId id = at == held.size() ? ABSENT_FINDING : held.get(at);
          if (model.findings().containsKey(id)) {
            after = remove(before, id, r.generic());
            next.findings().remove(id);
          } else {
            SystemProblem problem =
                onlyProblem(catchThrowable(() -> remove(before, id, r.generic())));
            assertThat(problem.kind()).isEqualTo(SystemProblem.Kind.NOT_FOUND);
            after = before;
          }
        }

        if (after != before) {
          QualitySystem rebuilt = fromScratch(after, next);
          // (a) the new snapshot is what the builder makes of the same content
          assertThat(after).as("after %s", action).isEqualTo(rebuilt);
          assertThat(rebuilt).isEqualTo(after);
          assertThat(after.hashCode()).isEqualTo(rebuilt.hashCode());
          history.add(Recorded.of(after, rebuilt));
        }
        model = next;
        current = after;
        // (c), (e) the latest snapshot against the model
        assertMatches(current, model, evidenceIds, findingIds);
        // (b), (d) every snapshot, refused changes included, is as it was when made
        for (int i = 0; i < history.size(); i++) {
          history.get(i).assertUnchanged(i);
        }
      }
    }
  }

  @Group
  class Order {

    /** Everything a system can hold besides catalogs, in no particular order. */
    record Content(QualitySystem system, List<Object> parts, List<Object> otherOrder) {}

    static final HostFactKey<Integer> SCORE = HostFactKey.of("score", Integer.class);
    static final HostFactKey<String> NOTE = HostFactKey.of("note", String.class);

    @Provide
    Arbitrary<Content> contents() {
      return QmsArbitraries.qualitySystems()
          .flatMap(
              system -> {
                List<RequirementId> known = ids(system);
                // requirement exclusions of distinct requirements never conflict
                List<Exclusion> permitted = new ArrayList<>();
                system.catalogs().forEach(c -> permitted.addAll(QmsArbitraries.permittedExclusions(c)));
                permitted.removeIf(e -> e.requirement().isEmpty());
                Arbitrary<List<Exclusion>> exclusions =
                    permitted.isEmpty() ? Arbitraries.just(List.of()) : Arbitraries.subsetOf(permitted).map(List::copyOf);
                Arbitrary<List<MappingSet>> sets =
                    Arbitraries.integers().between(0, 2).map(n -> mappingSets(system.catalogs().get(0).id(), n));
                Arbitrary<List<Evidence>> evidence = QmsArbitraries.evidence(known).list().ofMaxSize(6).uniqueElements(Evidence::id);
                Arbitrary<List<Finding>> findings = QmsArbitraries.findings(known).list().ofMaxSize(4).uniqueElements(Finding::id);
                Arbitrary<List<Object>> facts =
                    Combinators.combine(Arbitraries.integers().optional(), QmsArbitraries.texts().optional())
                        .as((score, note) -> {
                          List<Object> f = new ArrayList<>();
                          score.ifPresent(s -> f.add(new Fact<>(SCORE, s)));
                          note.ifPresent(n -> f.add(new Fact<>(NOTE, n)));
                          return f;
                        });
                return Combinators.combine(exclusions, sets, evidence, findings, facts)
                    .as(
                        (x, s, e, f, h) -> {
                          List<Object> parts = new ArrayList<>();
                          parts.addAll(x);
                          parts.addAll(s);
                          parts.addAll(e);
                          parts.addAll(f);
                          parts.addAll(h);
                          return parts;
                        })
                    .flatMap(
                        parts ->
                            Combinators.combine(Arbitraries.shuffle(parts), Arbitraries.shuffle(parts))
                                .as((one, two) -> new Content(system, one, two)));
              });
    }

    record Fact<T>(HostFactKey<T> key, T value) {}

    private static List<MappingSet> mappingSets(CatalogId catalog, int n) {
      List<MappingSet> sets = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        sets.add(
            MappingSet.builder()
                .id(MappingSetId.of("set-" + i))
                .version("1")
                .title("Set " + i)
                .sourceCatalog(catalog)
                .targetCatalog(catalog)
                .build());
      }
      return sets;
    }

    private static QualitySystem.Builder bare(QualitySystem like) {
      QualitySystem.Builder b = QualitySystem.builder().organisation(like.organisation()).scope(like.scope());
      like.catalogs().forEach(b::addCatalog);
      return b;
    }

    private static QualitySystem built(QualitySystem like, List<Object> parts) {
      QualitySystem.Builder b = bare(like);
      for (Object part : parts) {
        if (part instanceof Exclusion x) {
          b.addExclusion(x);
        } else if (part instanceof MappingSet s) {
          b.addMappingSet(s);
        } else if (part instanceof Evidence e) {
          b.addEvidence(e);
        } else if (part instanceof Finding f) {
          b.addFinding(f);
        } else {
          addFact(b, (Fact<?>) part);
        }
      }
      return b.build();
    }

    private static <T> void addFact(QualitySystem.Builder b, Fact<T> fact) {
      b.hostFact(fact.key(), fact.value());
    }

    private static <T> QualitySystem withFact(QualitySystem s, Fact<T> fact) {
      return s.withHostFact(fact.key(), fact.value());
    }

    private static QualitySystem changed(QualitySystem like, List<Object> parts) {
      QualitySystem s = bare(like).build();
      for (Object part : parts) {
        if (part instanceof Exclusion x) {
          s = s.withExclusion(x);
        } else if (part instanceof MappingSet m) {
          s = s.withMappingSet(m);
        } else if (part instanceof Evidence e) {
          s = s.withEvidence(e);
        } else if (part instanceof Finding f) {
          s = s.withFinding(f);
        } else {
          s = withFact(s, (Fact<?>) part);
        }
      }
      return s;
    }

    @Property(tries = 30)
    void equalContent_addedInAnyOrder_givesEqualSystemsWithEqualHashCodes(@ForAll("contents") Content content) {
      QualitySystem one = built(content.system(), content.parts());
      QualitySystem two = built(content.system(), content.otherOrder());
      QualitySystem three = changed(content.system(), content.otherOrder());
      QualitySystem four = changed(content.system(), content.parts()).toBuilder().build();

      for (QualitySystem other : List.of(two, three, four)) {
        assertThat(one).isEqualTo(other);
        assertThat(other).isEqualTo(one);
        assertThat(one.hashCode()).isEqualTo(other.hashCode());
        assertThat(other.evidence()).containsExactlyElementsOf(one.evidence());
        assertThat(other.findings()).containsExactlyElementsOf(one.findings());
      }
    }

    @Property(tries = 30)
    void itemsAddedInIdOrder_inReverse_orShuffled_giveTheSameIndexes(@ForAll("contents") Content content) {
      List<Object> ascending = new ArrayList<>(content.parts());
      ascending.sort(Order::inIdOrder);
      List<Object> descending = new ArrayList<>(ascending);
      java.util.Collections.reverse(descending);
      QualitySystem one = built(content.system(), ascending);
      for (QualitySystem other :
          List.of(built(content.system(), descending), built(content.system(), content.otherOrder()))) {
        assertThat(other).isEqualTo(one);
        assertThat(other.evidence()).containsExactlyElementsOf(one.evidence());
        assertThat(other.findings()).containsExactlyElementsOf(one.findings());
        for (RequirementId r : ids(one)) {
          assertThat(other.register(Registers.EVIDENCE).itemsFor(r))
              .containsExactlyElementsOf(one.register(Registers.EVIDENCE).itemsFor(r))
              .isSortedAccordingTo(java.util.Comparator.comparing(Evidence::id));
          assertThat(other.register(Registers.FINDINGS).itemsFor(r))
              .containsExactlyElementsOf(one.register(Registers.FINDINGS).itemsFor(r))
              .isSortedAccordingTo(java.util.Comparator.comparing(Finding::id));
        }
      }
    }

    /** Evidence and findings each in id order, after the other parts in their order. */
    private static int inIdOrder(Object a, Object b) {
      int rank = Integer.compare(rank(a), rank(b));
      if (rank != 0) {
        return rank;
      }
      if (a instanceof Evidence e) {
        return e.id().compareTo(((Evidence) b).id());
      }
      return a instanceof Finding f ? f.id().compareTo(((Finding) b).id()) : 0;
    }

    private static int rank(Object part) {
      return part instanceof Evidence ? 1 : part instanceof Finding ? 2 : 0;
    }
  }
}
