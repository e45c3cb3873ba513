package org.qms4j.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qms4j.InvalidModelException;
import org.qms4j.internal.Checks;

/**
 * Derives a published subset of a catalog (a baseline or profile): select the clauses to keep,
 * drop clauses or single requirements. The base is never changed. The subset records what was
 * selected and dropped in its {@link Catalog#tailoring()}, and its base in its {@link
 * Catalog#lineage()} when it gets a new id.
 *
 * <ul>
 *   <li>{@link #select} keeps the named clauses with everything below them; their ancestors stay
 *       as headings without requirements of their own, so that the tree keeps its numbering. With
 *       nothing selected, every clause is kept.
 *   <li>{@link #drop} then removes the named clauses with everything below them, and {@link
 *       #dropRequirement} single requirements.
 * </ul>
 *
 * <p>Related links from kept requirements to dropped ones stay, and do not fail validation: the
 * subset knows them as dropped. A name the base does not hold is reported, with every problem of
 * the subset, in one {@link InvalidCatalogException}.
 *
 * <p>A tailoring is a published subset, the same for everyone who adopts it. It is not an
 * exclusion, which is one organisation's justified decision recorded in its quality system. Not
 * thread-safe: use one tailoring from one thread, then share the immutable result.
 *
 * <pre>{@code
 * Catalog moderate = nist80053.tailor()
 *     .id(CatalogId.of("nist-800-53:5/moderate"))
 *     .title("NIST SP 800-53 rev. 5, moderate baseline")
 *     .select("AC-2", "AC-3", "AU-2")
 *     .rationale("Moderate-impact systems")
 *     .build();
 * }</pre>
 */
public final class CatalogTailoring {
  private final Catalog base;
  private CatalogId id;
  private String title;
  private String edition;
  private final List<String> selected = new ArrayList<>();
  private final List<String> dropped = new ArrayList<>();
  private final List<RequirementId> droppedRequirements = new ArrayList<>();
  private @Nullable String rationale;

  CatalogTailoring(Catalog base) {
    this.base = base;
    this.id = base.id();
    this.title = base.title();
    this.edition = base.edition();
  }

  /**
   * Sets the subset's id; it keeps the base's id unless set.
   *
   * @param id the new id, not null
   * @return this tailoring
   */
  public CatalogTailoring id(CatalogId id) {
    this.id = Objects.requireNonNull(id, "id");
    return this;
  }

  /**
   * Sets the subset's title; it keeps the base's unless set.
   *
   * @param title the title, not null
   * @return this tailoring
   */
  public CatalogTailoring title(String title) {
    this.title = Objects.requireNonNull(title, "title");
    return this;
  }

  /**
   * Sets the subset's edition; it keeps the base's unless set.
   *
   * @param edition the edition, not null
   * @return this tailoring
   */
  public CatalogTailoring edition(String edition) {
    this.edition = Objects.requireNonNull(edition, "edition");
    return this;
  }

  /**
   * Keeps the named clauses and everything below them.
   *
   * @param numbers clause numbers of the base, not null
   * @return this tailoring
   */
  public CatalogTailoring select(String... numbers) {
    selected.addAll(checked(numbers, "numbers"));
    return this;
  }

  /**
   * Drops the named clauses and everything below them.
   *
   * @param numbers clause numbers of the base, not null
   * @return this tailoring
   */
  public CatalogTailoring drop(String... numbers) {
    dropped.addAll(checked(numbers, "numbers"));
    return this;
  }

  /**
   * Drops single requirements.
   *
   * @param ids requirement ids of the base, not null
   * @return this tailoring
   */
  public CatalogTailoring dropRequirement(RequirementId... ids) {
    droppedRequirements.addAll(checked(ids, "ids"));
    return this;
  }

  /** The values as a list, or a NullPointerException before anything is added. */
  private static <T> List<T> checked(T[] values, String name) {
    Objects.requireNonNull(values, name);
    for (T v : values) {
      Objects.requireNonNull(v, name);
    }
    return List.of(values);
  }

  /**
   * Says why the subset is published.
   *
   * @param rationale the rationale, not null
   * @return this tailoring
   */
  public CatalogTailoring rationale(String rationale) {
    this.rationale = Objects.requireNonNull(rationale, "rationale");
    return this;
  }

  /**
   * Builds the subset.
   *
   * @return the tailored catalog
   * @throws InvalidCatalogException naming every clause or requirement the base does not hold and
   *     every problem of the subset, all at once
   */
  public Catalog build() {
    List<CatalogProblem> problems = new ArrayList<>();
    for (String n : concat(selected, dropped)) {
      if (base.clause(n).isEmpty()) {
        problems.add(
            new CatalogProblem(
                CatalogProblem.Kind.DANGLING_REFERENCE,
                "tailoring",
                "names clause " + Checks.quote(n) + ", which " + base.id() + " does not hold"));
      }
    }
    for (RequirementId r : droppedRequirements) {
      if (base.requirement(r).isEmpty()) {
        problems.add(
            new CatalogProblem(
                CatalogProblem.Kind.DANGLING_REFERENCE,
                "tailoring",
                "drops requirement " + r + ", which " + base.id() + " does not hold"));
      }
    }
    Set<String> keep = new HashSet<>();
    Set<String> headings = new HashSet<>();
    if (selected.isEmpty()) {
      keep.addAll(base.clauseNumbers());
    } else {
      for (String n : selected) {
        base.clausePath(n).ifPresent(path -> headings.addAll(path.subList(0, path.size() - 1)));
        addSubtree(base, n, keep);
      }
    }
    Set<String> drop = new HashSet<>();
    for (String n : dropped) {
      addSubtree(base, n, drop);
    }
    Set<RequirementId> dropIds = new HashSet<>(droppedRequirements);
    List<Clause> clauses = prune(base.clauses(), keep, headings, drop, dropIds);
    Set<RequirementId> gone = new LinkedHashSet<>(base.tailoring().map(Tailoring::droppedRequirements).orElse(Set.of()));
    Set<RequirementId> kept = new HashSet<>();
    collectIds(clauses, kept);
    for (LocatedRequirement r : base.requirements()) {
      if (!kept.contains(r.id())) {
        gone.add(r.id());
      }
    }
    Tailoring tailoring;
    try {
      tailoring =
          Tailoring.builder()
              .selectedClauses(selected)
              .droppedClauses(dropped)
              .droppedRequirements(gone)
              .rationale(Optional.ofNullable(rationale))
              .build();
    } catch (InvalidModelException e) {
      problems.add(new CatalogProblem(CatalogProblem.Kind.INVALID_TEXT, "tailoring", e.getMessage()));
      throw new InvalidCatalogException(id, problems);
    }
    try {
      Catalog subset =
          Catalog.builder()
              .from(base)
              .id(id)
              .title(title)
              .edition(edition)
              .lineage(CatalogExtension.lineage(base, id))
              .tailoring(tailoring)
              .reviewClause(Optional.empty())
              .clauses(clauses)
              .build();
      Catalog built = subset;
      Optional<String> reviewClause = base.reviewClause().filter(n -> built.clause(n).isPresent());
      if (reviewClause.isPresent()) {
        subset = Catalog.builder().from(subset).reviewClause(reviewClause).build();
      }
      if (problems.isEmpty()) {
        return subset;
      }
    } catch (InvalidCatalogException e) {
      problems.addAll(e.problems());
    }
    throw new InvalidCatalogException(id, problems);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static void addSubtree(Catalog base, String number, Set<String> into) {
    base.clause(number).ifPresent(c -> {
      List<Clause> todo = new ArrayList<>(List.of(c));
      while (!todo.isEmpty()) {
        Clause next = todo.remove(todo.size() - 1);
        into.add(next.number());
        todo.addAll(next.subClauses());
      }
    });
  }

  /** The clauses to keep, rebuilt; depth is bounded by {@link Catalog#MAX_DEPTH}. */
  private static List<Clause> prune(
      List<Clause> clauses, Set<String> keep, Set<String> headings, Set<String> drop, Set<RequirementId> dropIds) {
    List<Clause> result = new ArrayList<>();
    for (Clause c : clauses) {
      boolean kept = keep.contains(c.number());
      if ((!kept && !headings.contains(c.number())) || drop.contains(c.number())) {
        continue;
      }
      List<Requirement> requirements = new ArrayList<>();
      if (kept) {
        for (Requirement r : c.requirements()) {
          if (!dropIds.contains(r.id())) {
            requirements.add(r);
          }
        }
      }
      result.add(
          Clause.builder()
              .from(c)
              .requirements(requirements)
              .subClauses(prune(c.subClauses(), keep, headings, drop, dropIds))
              .build());
    }
    return result;
  }

  private static void collectIds(List<Clause> clauses, Set<RequirementId> into) {
    for (Clause c : clauses) {
      for (Requirement r : c.requirements()) {
        into.add(r.id());
      }
      collectIds(c.subClauses(), into);
    }
  }
}
