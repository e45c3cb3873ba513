package org.qms4j.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.qms4j.internal.Cached;
import org.qms4j.internal.QmsStyle;

/**
 * A versioned catalog of requirements: a standard such as ISO 9001:2015, a regulation such as 21
 * CFR part 820, or a host's own rule set, as a tree of {@link Clause clauses} that hold {@link
 * Requirement requirements}.
 *
 * <h2>Validation and limits</h2>
 *
 * <p>A catalog is validated when it is built, and every problem is reported at once in an {@link
 * InvalidCatalogException}: blank or overlong texts, control characters, summaries and titles over
 * several lines, clause numbers that break the catalog's {@link NumberingStyle}, a clause whose
 * number does not extend its parent's in a dotted catalog ({@code 7.5.3} under {@code 8.2}),
 * duplicate clause numbers or requirement ids, related links to requirements the catalog does not
 * hold. The limits, each refused with a problem naming the element:
 *
 * <ul>
 *   <li>clause numbers at most {@value #MAX_NUMBER} characters, labels at most {@value
 *       #MAX_LABEL}, titles at most {@value #MAX_TITLE}, edition and publisher at most {@value
 *       #MAX_TITLE}, summaries at most {@value #MAX_SUMMARY}, guidance at most {@value
 *       #MAX_GUIDANCE}, source and note at most {@value #MAX_NOTE} characters;
 *   <li>a clause tree at most {@value #MAX_DEPTH} levels deep (refused when the clause is built);
 *   <li>at most {@value #MAX_CLAUSES} clauses and {@value #MAX_REQUIREMENTS} requirements.
 * </ul>
 *
 * <h2>Lineage and tailoring</h2>
 *
 * <p>Catalogs are never changed in place. {@link #extend()} derives a catalog that adds or replaces
 * clauses and requirements; {@link #tailor()} derives a published subset (a baseline or profile)
 * that selects or drops clauses. A derived catalog with a new id records the catalog it is based
 * on in its {@link #lineage()}, keeps the base's requirement ids, and stands in for the base: the
 * engine's rule scopes, a quality system's clause exclusions and mapping sets written for the base
 * apply to it as well. A base and a catalog derived from it are alternatives, not companions: their
 * requirement ids clash, so one quality system holds one of them. Tailoring is a published subset;
 * it is not an exclusion, which is one organisation's justified decision about a catalog it holds.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Catalog local = Catalog.builder()
 *     .id(CatalogId.of("clinic-local:1"))
 *     .title("Clinic rules").edition("1").publisher("Example Clinic")
 *     .addClause(Clause.builder().number("1").title("Hand hygiene")
 *         .addRequirement(Requirement.builder()
 *             .id(RequirementId.of("clinic-local:1/1-a"))
 *             .summary("Hand hygiene compliance is audited monthly.")
 *             .addExpectedEvidence(EvidenceKind.RECORD)
 *             .build())
 *         .build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@QmsStyle
@SuppressWarnings("immutables:incompat") // the index is a cache, not an attribute: see index()
public abstract class Catalog {
  /** The longest clause number accepted. */
  public static final int MAX_NUMBER = 100;
  /** The longest display label accepted. */
  public static final int MAX_LABEL = 100;
  /** The longest title, edition or publisher accepted. */
  public static final int MAX_TITLE = 300;
  /** The longest requirement summary accepted. */
  public static final int MAX_SUMMARY = 1_000;
  /** The longest guidance accepted. */
  public static final int MAX_GUIDANCE = 20_000;
  /** The longest source or note accepted. */
  public static final int MAX_NOTE = 5_000;
  /** The deepest clause tree accepted, in levels. */
  public static final int MAX_DEPTH = 32;
  /** The most clauses a catalog may hold. */
  public static final int MAX_CLAUSES = 100_000;
  /** The most requirements a catalog may hold. */
  public static final int MAX_REQUIREMENTS = 1_000_000;

  @Cached private volatile @Nullable CatalogIndex index;

  Catalog() {}

  /**
   * Returns a new builder. Its setters: {@code id}, {@code title}, {@code edition}, {@code
   * publisher}, {@code numbering}, {@code source}, {@code note}, {@code addClause}/{@code clauses};
   * {@code from(catalog)} copies an existing catalog. {@code build()} validates the whole catalog.
   *
   * @return a builder with no attribute set
   */
  public static ImmutableCatalog.Builder builder() {
    return new ImmutableCatalog.Builder();
  }

  /**
   * The catalog's id, such as {@code iso-9001:2015}.
   *
   * @return the id
   */
  public abstract CatalogId id();

  /**
   * The catalog's title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The edition, such as {@code 2015} or {@code 2015+A1:2024}.
   *
   * @return the edition
   */
  public abstract String edition();

  /**
   * Who publishes the catalog's source: {@code ISO}, {@code FDA}, the host organisation.
   *
   * @return the publisher
   */
  public abstract String publisher();

  /**
   * How clauses are numbered; {@link NumberingStyle#DOTTED} unless set.
   *
   * @return the numbering style
   */
  @Value.Default
  public NumberingStyle numbering() {
    return NumberingStyle.DOTTED;
  }

  /**
   * Where the catalog's content comes from: the public sources it was checked against.
   *
   * @return the source, if recorded
   */
  public abstract Optional<String> source();

  /**
   * A note on the catalog: what was verified, what was left out and why.
   *
   * @return the note, if any
   */
  public abstract Optional<String> note();

  /**
   * The inputs the catalog requires top management to review (ISO 9001 9.3.2, ISO 13485 5.6.2),
   * in the order the source lists them; codes are unique within the catalog.
   *
   * @return the review inputs, possibly empty
   */
  public abstract List<ReviewInput> reviewInputs();

  /**
   * The number of the clause that asks for management review (ISO 9001 9.3, ISO 13485 5.6): the
   * built-in rules about management reviews judge the requirements under it. A clause of this
   * catalog.
   *
   * @return the clause number, if the catalog asks for management review
   */
  public abstract Optional<String> reviewClause();

  /**
   * The catalogs this one is derived from, nearest first: the base of an extension or tailoring,
   * then the base's own lineage. Empty for a catalog that derives from none.
   *
   * @return the lineage, possibly empty
   */
  public abstract List<CatalogId> lineage();

  /**
   * What a tailoring selected from and dropped of the base, when this catalog is a tailored
   * subset (or derives from one).
   *
   * @return the tailoring, if any
   */
  public abstract Optional<Tailoring> tailoring();

  /**
   * The top-level clauses, in document order.
   *
   * @return the clauses, possibly empty
   */
  public abstract List<Clause> clauses();

  @Value.Check
  void check() {
    List<CatalogProblem> problems = new CatalogValidator(this).validate();
    if (!problems.isEmpty()) {
      throw new InvalidCatalogException(id(), problems);
    }
  }

  /**
   * The look-up tables, built on first use and kept in a cache field rather than an Immutables
   * {@code @Lazy} attribute, whose generated override would be public and expose this
   * package-private type.
   */
  CatalogIndex index() {
    CatalogIndex i = index;
    if (i == null) {
      i = new CatalogIndex(this);
      index = i;
    }
    return i;
  }

  /**
   * Tells whether this catalog is the given one or derives from it.
   *
   * @param catalog a catalog id, not null
   * @return true if the id is this catalog's or in its {@link #lineage()}
   */
  public boolean isBasedOn(CatalogId catalog) {
    Objects.requireNonNull(catalog, "catalog");
    return id().equals(catalog) || lineage().contains(catalog);
  }

  /**
   * Finds a clause anywhere in the tree by its number.
   *
   * @param number the clause number, not null
   * @return the clause, or empty if there is none with that number
   */
  public Optional<Clause> clause(String number) {
    Objects.requireNonNull(number, "number");
    CatalogIndex.Entry e = index().clauses.get(number);
    return e == null ? Optional.empty() : Optional.of(e.clause);
  }

  /**
   * The numbers of a clause and all its ancestors, outermost first: {@code [7, 7.5, 7.5.3]}.
   *
   * @param number the clause number, not null
   * @return the path, or empty if there is no clause with that number
   */
  public Optional<List<String>> clausePath(String number) {
    Objects.requireNonNull(number, "number");
    CatalogIndex.Entry e = index().clauses.get(number);
    return e == null ? Optional.empty() : Optional.of(e.path);
  }

  /**
   * Every clause number of the catalog, in document order (a clause before its sub-clauses).
   *
   * @return the clause numbers, unmodifiable
   */
  public List<String> clauseNumbers() {
    return index().clauseNumbers;
  }

  /**
   * Finds a requirement anywhere in the tree by its id.
   *
   * @param id the requirement id, not null
   * @return the requirement and where it stands, or empty if the catalog has none with that id
   */
  public Optional<LocatedRequirement> requirement(RequirementId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(index().requirements.get(id));
  }

  /**
   * Every requirement of the catalog in document order (a clause's own requirements before those
   * of its sub-clauses).
   *
   * @return the requirements and where each stands, unmodifiable
   */
  public List<LocatedRequirement> requirements() {
    return index().inOrder;
  }

  /**
   * Every requirement held by the clause with the given number or by any of its sub-clauses, in
   * document order.
   *
   * @param number the clause number, not null
   * @return the requirements, unmodifiable; empty if there is no such clause
   */
  public List<LocatedRequirement> requirementsUnder(String number) {
    Objects.requireNonNull(number, "number");
    CatalogIndex.Entry e = index().clauses.get(number);
    return e == null ? List.of() : index().inOrder.subList(e.from, e.to);
  }

  /**
   * Starts deriving a new catalog that adds or replaces clauses and requirements. This catalog is
   * never changed.
   *
   * @return an extension whose {@link CatalogExtension#build()} returns the derived catalog
   */
  public CatalogExtension extend() {
    return new CatalogExtension(this);
  }

  /**
   * Starts deriving a published subset of this catalog: a baseline or profile that selects or
   * drops clauses. This catalog is never changed.
   *
   * @return a tailoring whose {@link CatalogTailoring#build()} returns the subset
   */
  public CatalogTailoring tailor() {
    return new CatalogTailoring(this);
  }
}
