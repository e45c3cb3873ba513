package org.qms4j.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.qms4j.internal.Checks;

/**
 * Derives a new catalog from an existing one: add clauses and requirements under any clause,
 * replace a requirement, its summary or its guidance, rename the result. The base catalog is never
 * changed, and nothing is ever removed: an extension can only add or replace (to publish a subset,
 * use {@link Catalog#tailor()}).
 *
 * <p>Given a new {@link #id(CatalogId) id}, the derived catalog records the base in its {@link
 * Catalog#lineage() lineage}, so that rule scopes, clause exclusions and mapping sets written for
 * the base apply to it too; it keeps the base's numbering style, tailoring and requirement ids.
 *
 * <p>Changes are applied in the order they were given when {@link #build()} is called. Every
 * change that names a clause or requirement the catalog does not hold, and every problem of the
 * derived catalog, is reported at once in one {@link InvalidCatalogException}.
 *
 * <p>Not thread-safe: use one extension from one thread, then share the immutable result.
 *
 * <pre>{@code
 * Catalog ours = iso9001.extend()
 *     .id(CatalogId.of("acme-9001:2015"))
 *     .addRequirement("7.5.3.2", Requirement.builder()
 *         .id(RequirementId.of("acme/7.5.3-x"))
 *         .summary("Patient-facing leaflets are reviewed every two years.")
 *         .build())
 *     .replaceGuidance(RequirementId.of("iso-9001:2015/7.5.3.2"), "See SOP-12.")
 *     .build();
 * }</pre>
 */
public final class CatalogExtension {
  private final Catalog base;
  private final List<Change> changes = new ArrayList<>();
  private CatalogId id;
  private String title;
  private String edition;
  private String publisher;
  private @Nullable String source;
  private @Nullable String note;

  CatalogExtension(Catalog base) {
    this.base = base;
    this.id = base.id();
    this.title = base.title();
    this.edition = base.edition();
    this.publisher = base.publisher();
    this.source = base.source().orElse(null);
    this.note = base.note().orElse(null);
  }

  /**
   * Sets the derived catalog's id; it keeps the base's id unless set.
   *
   * @param id the new id, not null
   * @return this extension
   */
  public CatalogExtension id(CatalogId id) {
    this.id = Objects.requireNonNull(id, "id");
    return this;
  }

  /**
   * Sets the derived catalog's title; it keeps the base's title unless set.
   *
   * @param title the new title, not null
   * @return this extension
   */
  public CatalogExtension title(String title) {
    this.title = Objects.requireNonNull(title, "title");
    return this;
  }

  /**
   * Sets the derived catalog's edition; it keeps the base's edition unless set.
   *
   * @param edition the new edition, not null
   * @return this extension
   */
  public CatalogExtension edition(String edition) {
    this.edition = Objects.requireNonNull(edition, "edition");
    return this;
  }

  /**
   * Sets the derived catalog's publisher; it keeps the base's publisher unless set.
   *
   * @param publisher the new publisher, not null
   * @return this extension
   */
  public CatalogExtension publisher(String publisher) {
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    return this;
  }

  /**
   * Sets the derived catalog's source; it keeps the base's unless set.
   *
   * @param source where the content comes from, not null
   * @return this extension
   */
  public CatalogExtension source(String source) {
    this.source = Objects.requireNonNull(source, "source");
    return this;
  }

  /**
   * Sets the derived catalog's note; it keeps the base's unless set.
   *
   * @param note what was verified, left out and why, not null
   * @return this extension
   */
  public CatalogExtension note(String note) {
    this.note = Objects.requireNonNull(note, "note");
    return this;
  }

  /**
   * Adds a top-level clause after the existing ones.
   *
   * @param clause the clause, not null
   * @return this extension
   */
  public CatalogExtension addClause(Clause clause) {
    Objects.requireNonNull(clause, "clause");
    changes.add(tree -> tree.add(clause));
    return this;
  }

  /**
   * Adds a clause under an existing clause, after its existing sub-clauses.
   *
   * @param parentNumber the number of the clause to add under, not null
   * @param clause the clause, whose number must extend the parent's, not null
   * @return this extension
   */
  public CatalogExtension addClause(String parentNumber, Clause clause) {
    Objects.requireNonNull(parentNumber, "parentNumber");
    Objects.requireNonNull(clause, "clause");
    changes.add(
        tree ->
            tree.onClause(
                parentNumber,
                "add clause " + Checks.quote(clause.number()),
                c -> Clause.builder().from(c).addSubClause(clause).build()));
    return this;
  }

  /**
   * Adds a requirement to an existing clause, after its existing requirements.
   *
   * @param clauseNumber the number of the clause, not null
   * @param requirement the requirement, whose id must be new, not null
   * @return this extension
   */
  public CatalogExtension addRequirement(String clauseNumber, Requirement requirement) {
    Objects.requireNonNull(clauseNumber, "clauseNumber");
    Objects.requireNonNull(requirement, "requirement");
    changes.add(
        tree ->
            tree.onClause(
                clauseNumber,
                "add requirement " + requirement.id(),
                c -> Clause.builder().from(c).addRequirement(requirement).build()));
    return this;
  }

  /**
   * Replaces a requirement, found by its id, with another of the same id.
   *
   * @param requirement the replacement, not null
   * @return this extension
   */
  public CatalogExtension replaceRequirement(Requirement requirement) {
    Objects.requireNonNull(requirement, "requirement");
    changes.add(tree -> tree.onRequirement(requirement.id(), "replace it", r -> requirement));
    return this;
  }

  /**
   * Replaces the summary of a requirement.
   *
   * @param id the requirement's id, not null
   * @param summary the new one-line summary, not null
   * @return this extension
   */
  public CatalogExtension replaceSummary(RequirementId id, String summary) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(summary, "summary");
    changes.add(
        tree ->
            tree.onRequirement(
                id, "replace its summary", r -> Requirement.builder().from(r).summary(summary).build()));
    return this;
  }

  /**
   * Sets or replaces the guidance of a requirement.
   *
   * @param id the requirement's id, not null
   * @param guidance the new guidance, not null
   * @return this extension
   */
  public CatalogExtension replaceGuidance(RequirementId id, String guidance) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(guidance, "guidance");
    changes.add(
        tree ->
            tree.onRequirement(
                id, "replace its guidance", r -> Requirement.builder().from(r).guidance(guidance).build()));
    return this;
  }

  /**
   * Applies every change to a copy of the base catalog and builds the derived catalog.
   *
   * @return the derived catalog
   * @throws InvalidCatalogException naming every change whose target does not exist and every
   *     problem of the derived catalog, all at once
   */
  public Catalog build() {
    Tree tree = new Tree(new ArrayList<>(base.clauses()));
    for (Change change : changes) {
      change.apply(tree);
    }
    List<CatalogProblem> problems = new ArrayList<>(tree.problems);
    try {
      Catalog derived =
          Catalog.builder()
              .id(id)
              .title(title)
              .edition(edition)
              .publisher(publisher)
              .numbering(base.numbering())
              .source(Optional.ofNullable(source))
              .note(Optional.ofNullable(note))
              .lineage(lineage(base, id))
              .tailoring(base.tailoring())
              .reviewInputs(base.reviewInputs())
              .reviewClause(base.reviewClause())
              .clauses(tree.clauses)
              .build();
      if (problems.isEmpty()) {
        return derived;
      }
    } catch (InvalidCatalogException e) {
      problems.addAll(e.problems());
    }
    throw new InvalidCatalogException(id, problems);
  }

  /** The lineage of a catalog derived from a base: the base first, unless the id stays the same. */
  static List<CatalogId> lineage(Catalog base, CatalogId id) {
    if (id.equals(base.id())) {
      return base.lineage();
    }
    List<CatalogId> lineage = new ArrayList<>(base.lineage().size() + 1);
    lineage.add(base.id());
    lineage.addAll(base.lineage());
    return lineage;
  }

  @FunctionalInterface
  private interface Change {
    void apply(Tree tree);
  }

  /** The clause tree being rewritten, and the problems met on the way. */
  private static final class Tree {
    private final List<Clause> clauses;
    private final List<CatalogProblem> problems = new ArrayList<>();

    Tree(List<Clause> clauses) {
      this.clauses = clauses;
    }

    void add(Clause clause) {
      clauses.add(clause);
    }

    void onClause(String number, String action, UnaryOperator<Clause> rewrite) {
      boolean found;
      try {
        found = rewriteClause(clauses, number, rewrite);
      } catch (InvalidCatalogException tooDeep) {
        // a clause added below the deepest level: report it with every other problem, leave the
        // tree as it was (rewriteClause changes nothing until the whole path is rebuilt)
        problems.addAll(tooDeep.problems());
        return;
      }
      if (!found) {
        problems.add(
            new CatalogProblem(
                CatalogProblem.Kind.DANGLING_REFERENCE,
                "extension",
                "cannot "
                    + action
                    + " under clause "
                    + Checks.quote(number)
                    + ": the catalog has no such clause"));
      }
    }

    void onRequirement(RequirementId id, String action, UnaryOperator<Requirement> rewrite) {
      if (!rewriteRequirement(clauses, id, rewrite)) {
        problems.add(
            new CatalogProblem(
                CatalogProblem.Kind.DANGLING_REFERENCE,
                "extension",
                "cannot "
                    + action
                    + ": the catalog has no requirement "
                    + id));
      }
    }

    private static boolean rewriteClause(
        List<Clause> clauses, String number, UnaryOperator<Clause> rewrite) {
      for (int i = 0; i < clauses.size(); i++) {
        Clause clause = clauses.get(i);
        if (clause.number().equals(number)) {
          clauses.set(i, rewrite.apply(clause));
          return true;
        }
        List<Clause> subs = new ArrayList<>(clause.subClauses());
        if (rewriteClause(subs, number, rewrite)) {
          clauses.set(i, Clause.builder().from(clause).subClauses(subs).build());
          return true;
        }
      }
      return false;
    }

    private static boolean rewriteRequirement(
        List<Clause> clauses, RequirementId id, UnaryOperator<Requirement> rewrite) {
      for (int i = 0; i < clauses.size(); i++) {
        Clause clause = clauses.get(i);
        List<Requirement> requirements = new ArrayList<>(clause.requirements());
        for (int j = 0; j < requirements.size(); j++) {
          if (requirements.get(j).id().equals(id)) {
            requirements.set(j, rewrite.apply(requirements.get(j)));
            clauses.set(i, Clause.builder().from(clause).requirements(requirements).build());
            return true;
          }
        }
        List<Clause> subs = new ArrayList<>(clause.subClauses());
        if (rewriteRequirement(subs, id, rewrite)) {
          clauses.set(i, Clause.builder().from(clause).subClauses(subs).build());
          return true;
        }
      }
      return false;
    }
  }
}
