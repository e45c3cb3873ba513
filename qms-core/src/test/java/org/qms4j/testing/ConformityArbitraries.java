package org.qms4j.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.Clause;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.ExclusionRule;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.Requirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.conformity.ConformityEngine;
import org.qms4j.catalog.Mapping;
import org.qms4j.catalog.MappingRelation;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.system.Exclusion;
import org.qms4j.system.QualitySystem;

/**
 * jqwik arbitraries for the rule engine's properties: small quality systems of two generated
 * catalogs, with evidence and findings dated around one evaluation instant so that every boundary
 * of the decision table (collected, effective, expired, raised, closed) is hit often.
 */
public final class ConformityArbitraries {
  /** The instant every generated scenario is evaluated as of. */
  public static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");

  private static final List<Instant> TIMES =
      List.of(
          AS_OF.minus(Duration.ofDays(300)),
          AS_OF.minus(Duration.ofDays(30)),
          AS_OF.minusSeconds(1),
          AS_OF,
          AS_OF.plusSeconds(1),
          AS_OF.plus(Duration.ofDays(60)));

  private static final String[] CLAUSES = {"1", "1.1", "1.2", "2", "2.1", "3"};

  private ConformityArbitraries() {}

  /** A generated system, the mappings to evaluate it with, and its requirement ids. */
  public record Scenario(QualitySystem system, List<Mapping> mappings, List<RequirementId> requirements) {
    /**
     * An engine applying the scenario's mappings.
     *
     * @return a new engine
     */
    public ConformityEngine engine() {
      return ConformityEngine.builder().addMappings(mappings).build();
    }
  }

  private record ReqSpec(int clause, Set<EvidenceKind> kinds, boolean excludable) {}

  private static Arbitrary<ReqSpec> reqSpecs() {
    return Combinators.combine(
            Arbitraries.integers().between(0, CLAUSES.length - 1),
            Arbitraries.of(EvidenceKind.PROCEDURE, EvidenceKind.RECORD, EvidenceKind.TRAINING_RECORD)
                .set()
                .ofMaxSize(2),
            Arbitraries.of(true, false))
        .as(ReqSpec::new);
  }

  /**
   * A catalog over a fixed tree of six clauses with 2 to 7 generated requirements.
   *
   * @param id the catalog id, also the prefix of its requirement ids
   * @return the arbitrary
   */
  public static Arbitrary<Catalog> catalogs(String id) {
    return reqSpecs().list().ofMinSize(2).ofMaxSize(7).map(specs -> catalog(id, specs));
  }

  private static Catalog catalog(String id, List<ReqSpec> specs) {
    List<List<Requirement>> byClause = new ArrayList<>();
    for (int c = 0; c < CLAUSES.length; c++) {
      byClause.add(new ArrayList<>());
    }
    for (int i = 0; i < specs.size(); i++) {
      ReqSpec s = specs.get(i);
      byClause
          .get(s.clause())
          .add(
              Requirement.builder()
                  .id(RequirementId.of(id + "/" + CLAUSES[s.clause()] + "-" + i))
                  .summary("Generated requirement " + i + ".")
                  .expectedEvidence(s.kinds())
                  .exclusionRule(s.excludable() ? ExclusionRule.ACTIVITY_NOT_PERFORMED : ExclusionRule.NOT_PERMITTED)
                  .build());
    }
    Function<Integer, Clause> clause =
        c -> Clause.builder().number(CLAUSES[c]).title("Clause " + CLAUSES[c]).requirements(byClause.get(c)).build();
    return Catalog.builder()
        .id(CatalogId.of(id))
        .title("Generated " + id)
        .edition("1")
        .publisher("jqwik")
        .addClause(Clause.builder().from(clause.apply(0)).addSubClauses(clause.apply(1), clause.apply(2)).build())
        .addClause(Clause.builder().from(clause.apply(3)).addSubClause(clause.apply(4)).build())
        .addClause(clause.apply(5))
        .build();
  }

  /**
   * Evidence for some of the given requirements, with any kind, status and dates around {@link
   * #AS_OF}.
   *
   * @param requirements the requirements it may support, not empty
   * @param id the evidence id
   * @return the arbitrary
   */
  public static Arbitrary<Evidence> evidence(List<RequirementId> requirements, String id) {
    return Combinators.combine(
            Arbitraries.of(requirements).set().ofMinSize(1).ofMaxSize(2),
            Arbitraries.of(EvidenceKind.PROCEDURE, EvidenceKind.RECORD, EvidenceKind.TRAINING_RECORD, EvidenceKind.DOCUMENT),
            Arbitraries.of(EvidenceStatus.class),
            Arbitraries.of(TIMES),
            Arbitraries.of(TIMES),
            Arbitraries.of(TIMES).optional(0.4))
        .as(
            (reqs, kind, status, collected, effective, expires) ->
                Evidence.builder()
                    .id(EvidenceId.of(id))
                    .requirements(reqs)
                    .kind(kind)
                    .status(status)
                    .collectedAt(collected)
                    .effectiveFrom(effective)
                    .expiresAt(expires.filter(x -> x.isAfter(effective)))
                    .owner("owner")
                    .reference("urn:ev:" + id)
                    .build());
  }

  /**
   * A finding against some of the given requirements, of any grade, raised around {@link #AS_OF};
   * observations and opportunities for improvement perhaps closed (closing a nonconformity needs a
   * corrective action, which {@link #scenarios} adds).
   *
   * @param requirements the requirements it may be raised against, not empty
   * @param id the finding id
   * @return the arbitrary
   */
  public static Arbitrary<Finding> findings(List<RequirementId> requirements, String id) {
    return Combinators.combine(
            Arbitraries.of(requirements).set().ofMinSize(1).ofMaxSize(2),
            Arbitraries.of(FindingGrade.class),
            Arbitraries.of(TIMES),
            Arbitraries.of(TIMES).optional(0.4))
        .as(
            (reqs, grade, raised, closed) ->
                Finding.builder()
                    .id(FindingId.of(id))
                    .requirements(reqs)
                    .grade(grade)
                    .statement("Generated finding.")
                    .objectiveEvidence("Generated.")
                    .raisedAt(raised)
                    .closedAt(closed.filter(c -> !c.isBefore(raised) && !grade.isNonconformity()))
                    .build());
  }

  /**
   * Whole scenarios: two catalogs, 0 to 14 evidence items, 0 to 6 findings, corrective actions
   * walked some way for some nonconformities (closing a few of them), exclusions of some
   * excludable requirements and 0 to 3 mappings between the catalogs.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Scenario> scenarios() {
    return Combinators.combine(catalogs("a:1"), catalogs("b:1"))
        .as((a, b) -> List.of(a, b))
        .flatMap(
            catalogs -> {
              List<LocatedRequirement> located = new ArrayList<>();
              catalogs.forEach(c -> located.addAll(c.requirements()));
              List<RequirementId> ids = located.stream().map(LocatedRequirement::id).toList();
              List<RequirementId> excludable =
                  located.stream()
                      .filter(l -> l.requirement().exclusionRule().permitsExclusion())
                      .map(LocatedRequirement::id)
                      .toList();
              Arbitrary<List<Evidence>> evidence = indexed(n -> evidence(ids, "e" + n), 14);
              Arbitrary<List<Finding>> findings = indexed(n -> findings(ids, "f" + n), 6);
              Arbitrary<Set<RequirementId>> exclusions =
                  excludable.isEmpty() ? Arbitraries.just(Set.of()) : Arbitraries.of(excludable).set().ofMaxSize(2);
              Arbitrary<List<Mapping>> mappings =
                  Combinators.combine(Arbitraries.of(ids), Arbitraries.of(MappingRelation.class), Arbitraries.of(ids))
                      .as((s, r, t) -> Optional.ofNullable(s.equals(t) ? null : Mapping.of(s, r, t)))
                      .list()
                      .ofMaxSize(3)
                      .map(l -> l.stream().flatMap(Optional::stream).toList());
              Arbitrary<List<Integer>> actionSteps = Arbitraries.integers().between(0, CapaFixtures.CLOSED).list().ofSize(6);
              Arbitrary<List<Boolean>> closing = Arbitraries.of(true, false).list().ofSize(6);
              Arbitrary<Duration> gaps = Arbitraries.of(Duration.ofDays(1), Duration.ofDays(20));
              return Combinators.combine(evidence, findings, exclusions, mappings, actionSteps, closing, gaps)
                  .as(
                      (ev, fs, ex, ms, steps, close, gap) -> {
                        QualitySystem.Builder b =
                            QualitySystem.builder().organisation("Generated").scope("All");
                        catalogs.forEach(b::addCatalog);
                        ex.forEach(r -> b.addExclusion(Exclusion.ofRequirement(r, "Not performed.")));
                        b.addAllEvidence(ev);
                        List<org.qms4j.evidence.EvidenceId> evidenceIds = ev.stream().map(Evidence::id).toList();
                        for (int i = 0; i < fs.size(); i++) {
                          Finding f = fs.get(i);
                          int n = steps.get(i);
                          if (evidenceIds.isEmpty()) {
                            n = Math.min(n, CapaFixtures.PLANNED);
                          }
                          if (f.grade().isNonconformity() && n > 0) {
                            org.qms4j.capa.CorrectiveAction a =
                                CapaFixtures.walk("ca" + i, f.id(), n, f.raisedAt(), gap, evidenceIds);
                            b.addCorrectiveAction(a);
                            f = close.get(i) ? CapaFixtures.closedBy(f, a) : f;
                          }
                          b.addFinding(f);
                        }
                        return new Scenario(b.build(), ms, ids);
                      });
            });
  }

  private static <T> Arbitrary<List<T>> indexed(Function<Integer, Arbitrary<T>> item, int max) {
    return Arbitraries.integers()
        .between(0, max)
        .flatMap(
            n -> {
              List<Arbitrary<T>> items = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                items.add(item.apply(i));
              }
              return Combinators.combine(items).as(l -> l);
            });
  }
}
