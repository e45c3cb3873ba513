package org.qms4j.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.qms4j.audit.AuditId;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.Clause;
import org.qms4j.catalog.ImmutableClause;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.ExclusionRule;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.Requirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.finding.ImmutableFinding;
import org.qms4j.system.Exclusion;
import org.qms4j.system.QualitySystem;

/**
 * The jqwik arbitraries for qms4j domain objects, in one place so that every property test reuses
 * them. Generated values are valid and deliberately small (catalogs of one to three levels, a few
 * clauses and requirements), so that properties stay fast.
 */
public final class QmsArbitraries {

  /** The instant around which generated dates lie. */
  public static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

  private QmsArbitraries() {}

  /** One-line, non-blank text of a few words. */
  public static Arbitrary<String> texts() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    return word.list().ofMinSize(1).ofMaxSize(4).map(words -> String.join(" ", words));
  }

  /** Catalog ids such as {@code abc:3}. */
  public static Arbitrary<CatalogId> catalogIds() {
    return Combinators.combine(
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6),
            Arbitraries.integers().between(1, 2030))
        .as((name, edition) -> CatalogId.of(name + ":" + edition));
  }

  /** Instants within about a year of {@link #EPOCH}. */
  public static Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(-400L * 86_400, 400L * 86_400).map(EPOCH::plusSeconds);
  }

  /** Positive durations from one second to about two years. */
  public static Arbitrary<Duration> positiveDurations() {
    return Arbitraries.longs().between(1, 800L * 86_400).map(Duration::ofSeconds);
  }

  /** Valid catalogs with any id. */
  public static Arbitrary<Catalog> catalogs() {
    return catalogIds().flatMap(QmsArbitraries::catalogs);
  }

  /**
   * Valid catalogs with the given id: one to three top-level clauses, sub-clauses to a depth of
   * three, consistent numbering ({@code 4}, {@code 4.1}, {@code 4.1.2}), requirement ids unique and
   * prefixed by the catalog id, {@code related} references only to requirements the catalog holds,
   * and at least one requirement.
   *
   * @param id the catalog id
   * @return the arbitrary
   */
  public static Arbitrary<Catalog> catalogs(CatalogId id) {
    Arbitrary<List<ClauseShape>> tops = clauseShapes(1).list().ofMinSize(1).ofMaxSize(3);
    Arbitrary<Integer> firstNumber = Arbitraries.integers().between(1, 8);
    return Combinators.combine(texts(), texts(), tops, firstNumber)
        .as((title, publisher, shapes, first) -> toCatalog(id, title, publisher, shapes, first));
  }

  /** The shape of a requirement before it gets its id. */
  private record RequirementShape(
      String summary,
      Set<EvidenceKind> expected,
      ExclusionRule rule,
      Optional<String> guidance,
      List<Integer> relatedPicks) {}

  /** The shape of a clause before it gets its number. */
  private record ClauseShape(String title, List<RequirementShape> requirements, List<ClauseShape> subs) {}

  private static Arbitrary<RequirementShape> requirementShapes() {
    return Combinators.combine(
            texts(),
            Arbitraries.of(EvidenceKind.class).set().ofMaxSize(2),
            Arbitraries.of(ExclusionRule.class),
            texts().optional(0.3),
            Arbitraries.integers().between(0, 1000).list().ofMaxSize(2))
        .as(RequirementShape::new);
  }

  private static Arbitrary<ClauseShape> clauseShapes(int depth) {
    Arbitrary<List<ClauseShape>> subs =
        depth >= 3
            ? Arbitraries.just(List.of())
            : clauseShapes(depth + 1).list().ofMaxSize(depth == 1 ? 2 : 1);
    return Combinators.combine(texts(), requirementShapes().list().ofMaxSize(2), subs)
        .as(ClauseShape::new);
  }

  private static Catalog toCatalog(
      CatalogId id, String title, String publisher, List<ClauseShape> shapes, int first) {
    List<RequirementId> ids = new ArrayList<>();
    List<List<Integer>> picks = new ArrayList<>();
    collectIds(id, shapes, "", first, ids, picks);
    if (ids.isEmpty()) {
      // every generated catalog holds at least one requirement: give the first clause one
      ClauseShape head = shapes.get(0);
      List<RequirementShape> one =
          List.of(new RequirementShape("keep records", Set.of(), ExclusionRule.NOT_PERMITTED, Optional.empty(), List.of()));
      List<ClauseShape> patched = new ArrayList<>(shapes);
      patched.set(0, new ClauseShape(head.title(), one, head.subs()));
      return toCatalog(id, title, publisher, patched, first);
    }
    int[] next = {0};
    List<Clause> clauses = new ArrayList<>();
    for (int i = 0; i < shapes.size(); i++) {
      clauses.add(toClause(shapes.get(i), String.valueOf(first + i), ids, picks, next));
    }
    return Catalog.builder()
        .id(id)
        .title(title)
        .edition(id.value().substring(id.value().indexOf(':') + 1))
        .publisher(publisher)
        .clauses(clauses)
        .build();
  }

  private static void collectIds(
      CatalogId catalog,
      List<ClauseShape> shapes,
      String prefix,
      int first,
      List<RequirementId> ids,
      List<List<Integer>> picks) {
    for (int i = 0; i < shapes.size(); i++) {
      ClauseShape shape = shapes.get(i);
      String number = prefix + (first + i);
      char letter = 'a';
      for (RequirementShape r : shape.requirements()) {
        ids.add(RequirementId.of(catalog.value() + "/" + number + "-" + letter++));
        picks.add(r.relatedPicks());
      }
      collectIds(catalog, shape.subs(), number + ".", 1, ids, picks);
    }
  }

  private static Clause toClause(
      ClauseShape shape, String number, List<RequirementId> ids, List<List<Integer>> picks, int[] next) {
    ImmutableClause.Builder builder = Clause.builder().number(number).title(shape.title());
    for (RequirementShape r : shape.requirements()) {
      int index = next[0]++;
      Set<RequirementId> related = new LinkedHashSet<>();
      for (int pick : picks.get(index)) {
        related.add(ids.get(pick % ids.size()));
      }
      builder.addRequirement(
          Requirement.builder()
              .id(ids.get(index))
              .summary(r.summary())
              .expectedEvidence(r.expected())
              .exclusionRule(r.rule())
              .guidance(r.guidance())
              .related(related)
              .build());
    }
    for (int i = 0; i < shape.subs().size(); i++) {
      builder.addSubClause(toClause(shape.subs().get(i), number + "." + (i + 1), ids, picks, next));
    }
    return builder.build();
  }

  /**
   * Requirement ids that no generated catalog holds (generated catalog ids never start with
   * {@code zz-unknown}).
   */
  public static Arbitrary<RequirementId> unknownRequirementIds() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .ofMinLength(1)
        .ofMaxLength(6)
        .map(s -> RequirementId.of("zz-unknown/" + s));
  }

  /** A non-empty subset of the given requirement ids. */
  public static Arbitrary<Set<RequirementId>> someOf(Collection<RequirementId> ids) {
    return Arbitraries.of(List.copyOf(ids)).set().ofMinSize(1).ofMaxSize(Math.min(3, ids.size()));
  }

  /** The ids of every requirement of a catalog. */
  public static List<RequirementId> requirementIds(Catalog catalog) {
    return catalog.requirements().stream().map(LocatedRequirement::id).toList();
  }

  /**
   * Valid evidence supporting requirements among the given ids.
   *
   * @param ids the requirement ids to choose from, not empty
   * @return the arbitrary
   */
  public static Arbitrary<Evidence> evidence(Collection<RequirementId> ids) {
    Arbitrary<String> evidenceIds =
        Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(4).map(s -> "ev-" + s);
    Arbitrary<List<Instant>> collectedAndEffective = Combinators.combine(instants(), instants()).as(List::of);
    Arbitrary<Optional<Duration>> validity = positiveDurations().optional(0.5);
    Arbitrary<Optional<String>> hash =
        Arbitraries.strings().withChars("0123456789abcdef").ofLength(8).map(h -> "sha256:" + h).optional(0.5);
    return Combinators.combine(
            evidenceIds,
            someOf(ids),
            Arbitraries.of(EvidenceKind.class),
            Arbitraries.of(EvidenceStatus.class),
            collectedAndEffective,
            validity,
            texts(),
            hash)
        .as(
            (id, reqs, kind, status, times, valid, owner, h) ->
                Evidence.builder()
                    .id(EvidenceId.of(id))
                    .requirements(reqs)
                    .kind(kind)
                    .status(status)
                    .collectedAt(times.get(0))
                    .effectiveFrom(times.get(1))
                    .expiresAt(valid.map(times.get(1)::plus))
                    .owner(owner)
                    .reference("https://dms.example/" + id)
                    .contentHash(h)
                    .build());
  }

  /** Valid evidence supporting requirements of the given catalog. */
  public static Arbitrary<Evidence> evidence(Catalog catalog) {
    return evidence(requirementIds(catalog));
  }

  /**
   * Findings a quality system accepts as they are: without an audit (the system would need to hold
   * it) and with major and minor nonconformities open (closing one needs a corrective action).
   *
   * @param ids the requirement ids to choose from, not empty
   * @return the arbitrary
   */
  public static Arbitrary<Finding> findings(Collection<RequirementId> ids) {
    return anyFindings(ids)
        .map(
            f ->
                ImmutableFinding.copyOf(f)
                    .withAudit(Optional.empty())
                    .withClosedAt(f.grade().isNonconformity() ? Optional.empty() : f.closedAt()));
  }

  /**
   * Valid findings raised against requirements among the given ids.
   *
   * @param ids the requirement ids to choose from, not empty
   * @return the arbitrary
   */
  public static Arbitrary<Finding> anyFindings(Collection<RequirementId> ids) {
    Arbitrary<String> findingIds =
        Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(4).map(s -> "F-" + s);
    Arbitrary<Optional<AuditId>> audits =
        Arbitraries.strings().withCharRange('0', '9').ofLength(2).map(s -> AuditId.of("A-" + s)).optional(0.5);
    Arbitrary<Optional<Duration>> openFor = positiveDurations().optional(0.5);
    return Combinators.combine(
            findingIds,
            someOf(ids),
            Arbitraries.of(FindingGrade.class),
            texts(),
            texts(),
            instants(),
            audits,
            openFor)
        .as(
            (id, reqs, grade, statement, objective, raised, audit, open) ->
                Finding.builder()
                    .id(FindingId.of(id))
                    .requirements(reqs)
                    .grade(grade)
                    .statement(statement)
                    .objectiveEvidence(objective)
                    .raisedAt(raised)
                    .audit(audit)
                    .closedAt(open.map(raised::plus))
                    .build());
  }

  /** Valid findings raised against requirements of the given catalog, audit and closure as may be. */
  public static Arbitrary<Finding> findings(Catalog catalog) {
    return anyFindings(requirementIds(catalog));
  }

  /**
   * Every exclusion a catalog permits: of each requirement whose rule permits exclusion, and of
   * each clause all of whose requirements may be excluded.
   *
   * @param catalog the catalog
   * @return the exclusions, possibly empty
   */
  public static List<Exclusion> permittedExclusions(Catalog catalog) {
    List<Exclusion> candidates = new ArrayList<>();
    for (LocatedRequirement r : catalog.requirements()) {
      if (r.requirement().exclusionRule().permitsExclusion()) {
        candidates.add(Exclusion.ofRequirement(r.id(), "not carried out at this site"));
      }
    }
    collectClauseExclusions(catalog, catalog.clauses(), candidates);
    return candidates;
  }

  private static void collectClauseExclusions(Catalog catalog, List<Clause> clauses, List<Exclusion> out) {
    for (Clause clause : clauses) {
      List<LocatedRequirement> under = catalog.requirementsUnder(clause.number());
      if (under.stream().allMatch(r -> r.requirement().exclusionRule().permitsExclusion())) {
        out.add(Exclusion.ofClause(ClauseRef.of(catalog.id(), clause.number()), "activity not performed"));
      }
      collectClauseExclusions(catalog, clause.subClauses(), out);
    }
  }

  /**
   * Valid quality systems: one or two catalogs with distinct ids, a few evidence items and findings
   * with unique ids referring to requirements of those catalogs, and possibly an exclusion that the
   * catalogs permit.
   *
   * @return the arbitrary
   */
  public static Arbitrary<QualitySystem> qualitySystems() {
    Arbitrary<List<Catalog>> catalogLists =
        Arbitraries.integers()
            .between(1, 2)
            .flatMap(
                n ->
                    n == 1
                        ? catalogs(CatalogId.of("cat-one:1")).map(List::of)
                        : Combinators.combine(
                                catalogs(CatalogId.of("cat-one:1")), catalogs(CatalogId.of("cat-two:2")))
                            .as(List::of));
    return catalogLists.flatMap(
        catalogs -> {
          List<RequirementId> ids = new ArrayList<>();
          catalogs.forEach(c -> ids.addAll(requirementIds(c)));
          Arbitrary<List<Evidence>> evidence =
              evidence(ids).list().ofMaxSize(4).uniqueElements(Evidence::id);
          Arbitrary<List<Finding>> findings =
              findings(ids).list().ofMaxSize(3).uniqueElements(Finding::id);
          List<Exclusion> permitted = new ArrayList<>();
          catalogs.forEach(c -> permitted.addAll(permittedExclusions(c)));
          Arbitrary<Optional<Exclusion>> exclusion =
              permitted.isEmpty()
                  ? Arbitraries.just(Optional.empty())
                  : Arbitraries.of(permitted).optional(0.5);
          return Combinators.combine(texts(), texts(), evidence, findings, exclusion)
              .as(
                  (organisation, scope, ev, fs, ex) -> {
                    QualitySystem.Builder b =
                        QualitySystem.builder().organisation(organisation).scope(scope);
                    catalogs.forEach(b::addCatalog);
                    b.addAllEvidence(ev).addAllFindings(fs);
                    ex.ifPresent(b::addExclusion);
                    return b.build();
                  });
        });
  }
}
