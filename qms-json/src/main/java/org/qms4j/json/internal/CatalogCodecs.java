package org.qms4j.json.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.Clause;
import org.qms4j.catalog.ExclusionRule;
import org.qms4j.catalog.ImmutableCatalog;
import org.qms4j.catalog.ImmutableClause;
import org.qms4j.catalog.ImmutableMappingSet;
import org.qms4j.catalog.ImmutableRequirement;
import org.qms4j.catalog.ImmutableTailoring;
import org.qms4j.catalog.Mapping;
import org.qms4j.catalog.MappingRelation;
import org.qms4j.catalog.MappingSet;
import org.qms4j.catalog.NumberingStyle;
import org.qms4j.catalog.Requirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.catalog.ReviewInput;
import org.qms4j.catalog.Tailoring;

/**
 * Codecs for catalogs and mapping sets: the catalog with its clause tree, requirements, review
 * inputs, lineage and tailoring; the mapping set with its mappings.
 *
 * <p>A catalog's clause tree is read level by level with a codec per level, so that a tree deeper
 * than {@link Catalog#MAX_DEPTH} is refused where its first too-deep clause starts, before it is
 * read: however deep the host lets documents nest, reading never recurses further than that.
 */
public final class CatalogCodecs {
  private CatalogCodecs() {}

  /** A numbering style: {@code dotted} or {@code free}. */
  public static final Codecs.EnumCodec<NumberingStyle> NUMBERING_STYLE =
      Codecs.enumOf(NumberingStyle.class, "numbering style");

  /** An exclusion rule, such as {@code no-effect-on-conformity}. */
  public static final Codecs.EnumCodec<ExclusionRule> EXCLUSION_RULE =
      Codecs.enumOf(ExclusionRule.class, "exclusion rule");

  /** A mapping relation: {@code equivalent}, {@code subset}, {@code superset} or {@code intersects}. */
  public static final Codecs.EnumCodec<MappingRelation> MAPPING_RELATION =
      Codecs.enumOf(MappingRelation.class, "mapping relation");

  /** An input to management review that a catalog requires: its code and description. */
  public static final ObjectCodec<ReviewInput, ?> REVIEW_INPUT =
      ObjectCodec.of(ReviewInput.class, "a review input", ReviewInputDraft::new,
              ReviewInputDraft::build)
          .required("code", Codecs.STRING, ReviewInput::code, (d, v) -> d.code = v)
          .required("description", Codecs.STRING, ReviewInput::description,
              (d, v) -> d.description = v)
          .build();

  /** A requirement of a catalog. */
  public static final ObjectCodec<Requirement, ?> REQUIREMENT =
      ObjectCodec.of(Requirement.class, "a requirement", Requirement::builder,
              ImmutableRequirement.Builder::build)
          .required("id", Ids.REQUIREMENT, Requirement::id, ImmutableRequirement.Builder::id)
          .optional("label", Codecs.STRING, Requirement::label,
              ImmutableRequirement.Builder::label)
          .required("summary", Codecs.STRING, Requirement::summary,
              ImmutableRequirement.Builder::summary)
          .set("expectedEvidence", RecordCodecs.EVIDENCE_KIND, Requirement::expectedEvidence,
              ImmutableRequirement.Builder::addAllExpectedEvidence)
          .defaulted("exclusionRule", EXCLUSION_RULE, Requirement::exclusionRule,
              ImmutableRequirement.Builder::exclusionRule)
          .optional("guidance", Codecs.STRING, Requirement::guidance,
              ImmutableRequirement.Builder::guidance)
          .set("related", Ids.REQUIREMENT, Requirement::related,
              ImmutableRequirement.Builder::addAllRelated)
          .set("externalReferences", Ids.REQUIREMENT, Requirement::externalReferences,
              ImmutableRequirement.Builder::addAllExternalReferences)
          .build();

  /**
   * A clause with its requirements and sub-clauses, nested at most {@link Catalog#MAX_DEPTH}
   * levels deep (itself the first level).
   */
  public static final ObjectCodec<Clause, ?> CLAUSE = clauseTree();

  /** The record of a tailoring: the clauses it selected and dropped, and why. */
  public static final ObjectCodec<Tailoring, ?> TAILORING =
      ObjectCodec.of(Tailoring.class, "a tailoring", Tailoring::builder,
              ImmutableTailoring.Builder::build)
          .list("selectedClauses", Codecs.STRING, Tailoring::selectedClauses,
              ImmutableTailoring.Builder::addAllSelectedClauses)
          .list("droppedClauses", Codecs.STRING, Tailoring::droppedClauses,
              ImmutableTailoring.Builder::addAllDroppedClauses)
          .set("droppedRequirements", Ids.REQUIREMENT, Tailoring::droppedRequirements,
              ImmutableTailoring.Builder::addAllDroppedRequirements)
          .optional("rationale", Codecs.STRING, Tailoring::rationale,
              ImmutableTailoring.Builder::rationale)
          .build();

  /**
   * A catalog's properties, without {@code formatVersion}: the body of a catalog document, and a
   * catalog as a quality system holds it.
   */
  public static final ObjectCodec<Catalog, ?> CATALOG =
      ObjectCodec.of(Catalog.class, "a catalog", Catalog::builder,
              ImmutableCatalog.Builder::build)
          .required("id", Ids.CATALOG, Catalog::id, ImmutableCatalog.Builder::id)
          .required("title", Codecs.STRING, Catalog::title, ImmutableCatalog.Builder::title)
          .required("edition", Codecs.STRING, Catalog::edition, ImmutableCatalog.Builder::edition)
          .required("publisher", Codecs.STRING, Catalog::publisher,
              ImmutableCatalog.Builder::publisher)
          .defaulted("numbering", NUMBERING_STYLE, Catalog::numbering,
              ImmutableCatalog.Builder::numbering)
          .optional("source", Codecs.STRING, Catalog::source, ImmutableCatalog.Builder::source)
          .optional("note", Codecs.STRING, Catalog::note, ImmutableCatalog.Builder::note)
          .list("reviewInputs", REVIEW_INPUT, Catalog::reviewInputs,
              ImmutableCatalog.Builder::addAllReviewInputs)
          .optional("reviewClause", Codecs.STRING, Catalog::reviewClause,
              ImmutableCatalog.Builder::reviewClause)
          .list("lineage", Ids.CATALOG, Catalog::lineage, ImmutableCatalog.Builder::addAllLineage)
          .optional("tailoring", TAILORING, Catalog::tailoring,
              ImmutableCatalog.Builder::tailoring)
          .list("clauses", CLAUSE, Catalog::clauses, ImmutableCatalog.Builder::addAllClauses)
          .build();

  /** A catalog document: {@code formatVersion}, then the catalog's properties. */
  public static final Document<Catalog> CATALOG_DOCUMENT =
      new Document<>("a catalog document", CATALOG);

  /** A mapping from a source requirement to a target requirement. */
  public static final ObjectCodec<Mapping, ?> MAPPING =
      ObjectCodec.of(Mapping.class, "a mapping", MappingDraft::new, MappingDraft::build)
          .required("source", Ids.REQUIREMENT, Mapping::source, (d, v) -> d.source = v)
          .required("relation", MAPPING_RELATION, Mapping::relation, (d, v) -> d.relation = v)
          .required("target", Ids.REQUIREMENT, Mapping::target, (d, v) -> d.target = v)
          .build();

  /**
   * A mapping set's properties, without {@code formatVersion}: the body of a mapping set
   * document, and a mapping set as a quality system holds it.
   */
  public static final ObjectCodec<MappingSet, ?> MAPPING_SET =
      ObjectCodec.of(MappingSet.class, "a mapping set", MappingSet::builder,
              ImmutableMappingSet.Builder::build)
          .required("id", Ids.MAPPING_SET, MappingSet::id, ImmutableMappingSet.Builder::id)
          .required("version", Codecs.STRING, MappingSet::version,
              ImmutableMappingSet.Builder::version)
          .required("title", Codecs.STRING, MappingSet::title, ImmutableMappingSet.Builder::title)
          .required("sourceCatalog", Ids.CATALOG, MappingSet::sourceCatalog,
              ImmutableMappingSet.Builder::sourceCatalog)
          .required("targetCatalog", Ids.CATALOG, MappingSet::targetCatalog,
              ImmutableMappingSet.Builder::targetCatalog)
          .list("mappings", MAPPING, MappingSet::mappings,
              ImmutableMappingSet.Builder::addAllMappings)
          .optional("source", Codecs.STRING, MappingSet::source,
              ImmutableMappingSet.Builder::source)
          .optional("note", Codecs.STRING, MappingSet::note, ImmutableMappingSet.Builder::note)
          .build();

  /** A mapping set document: {@code formatVersion}, then the mapping set's properties. */
  public static final Document<MappingSet> MAPPING_SET_DOCUMENT =
      new Document<>("a mapping set document", MAPPING_SET);

  /**
   * Registers the types of this class; catalogs and mapping sets as whole documents, with their
   * {@code formatVersion}. The evidence kinds requirements expect are registered with {@link
   * RecordCodecs}.
   *
   * @param r the registry
   */
  public static void register(Registry r) {
    r.add(NumberingStyle.class, NUMBERING_STYLE);
    r.add(ExclusionRule.class, EXCLUSION_RULE);
    r.add(MappingRelation.class, MAPPING_RELATION);
    r.add(ReviewInput.class, REVIEW_INPUT);
    r.add(Requirement.class, REQUIREMENT);
    r.add(Clause.class, CLAUSE);
    r.add(Tailoring.class, TAILORING);
    r.add(Catalog.class, CATALOG_DOCUMENT);
    r.add(Mapping.class, MAPPING);
    r.add(MappingSet.class, MAPPING_SET_DOCUMENT);
  }

  /**
   * The clause codec of the first level: each level's sub-clauses are read with the next level's
   * codec, and the last level's with one that refuses any clause.
   */
  private static ObjectCodec<Clause, ?> clauseTree() {
    Codec<Clause> below = TooDeep.INSTANCE;
    ObjectCodec<Clause, ?> level = null;
    for (int depth = Catalog.MAX_DEPTH; depth >= 1; depth--) {
      level = clause(below);
      below = level;
    }
    return Objects.requireNonNull(level);
  }

  private static ObjectCodec<Clause, ImmutableClause.Builder> clause(Codec<Clause> subClause) {
    return ObjectCodec.of(Clause.class, "a clause", Clause::builder,
            ImmutableClause.Builder::build)
        .required("number", Codecs.STRING, Clause::number, ImmutableClause.Builder::number)
        .optional("label", Codecs.STRING, Clause::label, ImmutableClause.Builder::label)
        .required("title", Codecs.STRING, Clause::title, ImmutableClause.Builder::title)
        .list("requirements", REQUIREMENT, Clause::requirements,
            ImmutableClause.Builder::addAllRequirements)
        .list("subClauses", subClause, Clause::subClauses,
            ImmutableClause.Builder::addAllSubClauses)
        .build();
  }

  /** What stands below the deepest level a clause tree may have: refuses any clause. */
  private static final class TooDeep implements Codec<Clause> {
    static final TooDeep INSTANCE = new TooDeep();

    @Override
    public Clause read(In in) {
      throw in.error("clauses nest more than " + Catalog.MAX_DEPTH
          + " levels deep here; a clause tree may have at most " + Catalog.MAX_DEPTH + " levels");
    }

    @Override
    public void write(Out out, Clause value) {
      // a built clause is at most MAX_DEPTH levels deep, so its deepest level has no sub-clauses
      throw new IllegalStateException("a clause tree deeper than " + Catalog.MAX_DEPTH + " levels");
    }

    @Override
    public String label() {
      return "a clause";
    }
  }

  /** The parts of a review input as they are read. */
  private static final class ReviewInputDraft {
    @Nullable String code;
    @Nullable String description;

    ReviewInput build() {
      return ReviewInput.of(Objects.requireNonNull(code),
          Objects.requireNonNull(description));
    }
  }

  /** The parts of a mapping as they are read. */
  private static final class MappingDraft {
    @Nullable RequirementId source;
    @Nullable MappingRelation relation;
    @Nullable RequirementId target;

    Mapping build() {
      return Mapping.of(Objects.requireNonNull(source),
          Objects.requireNonNull(relation), Objects.requireNonNull(target));
    }
  }
}
