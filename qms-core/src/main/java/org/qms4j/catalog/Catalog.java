package org.qms4j.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.qms4j.internal.QmsStyle;

/**
 * A versioned catalog of requirements: a standard such as ISO 9001:2015, or a host's own rule set,
 * as a tree of {@link Clause clauses} that hold {@link Requirement requirements}.
 *
 * <p>A catalog is validated when it is built, and every problem is reported at once in an {@link
 * InvalidCatalogException}: blank titles or summaries, malformed clause numbers, a clause whose
 * number does not extend its parent's ({@code 7.5.3} under {@code 8.2}), duplicate clause numbers
 * or requirement ids, references to requirements that do not exist.
 *
 * <p>Catalogs are never changed in place: {@link #extend()} derives a new catalog and leaves this
 * one as it was. Immutable and thread-safe.
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
public abstract class Catalog {

  Catalog() {}

  /**
   * Returns a new builder.
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
   * The look-up tables, built on first use. The type is package-private so that the generated
   * class's public override of this method is of no use outside the package.
   */
  @Value.Lazy
  CatalogIndex index() {
    return new CatalogIndex(this);
  }

  /**
   * Finds a clause anywhere in the tree by its number.
   *
   * @param number the clause number, not null
   * @return the clause, or empty if there is none with that number
   */
  public Optional<Clause> clause(String number) {
    return Optional.ofNullable(index().clauses.get(number));
  }

  /**
   * Finds a requirement anywhere in the tree by its id.
   *
   * @param id the requirement id, not null
   * @return the requirement and where it stands, or empty if the catalog has none with that id
   */
  public Optional<LocatedRequirement> requirement(RequirementId id) {
    return Optional.ofNullable(index().requirements.get(id));
  }

  /**
   * Every requirement of the catalog in document order (a clause's own requirements before those
   * of its sub-clauses).
   *
   * @return the requirements and where each stands
   */
  public List<LocatedRequirement> requirements() {
    return new ArrayList<>(index().requirements.values());
  }

  /**
   * Every requirement held by the clause with the given number or by any of its sub-clauses.
   *
   * @param number the clause number, not null
   * @return the requirements, empty if there is no such clause
   */
  public List<LocatedRequirement> requirementsUnder(String number) {
    List<LocatedRequirement> result = new ArrayList<>();
    String prefix = number + ".";
    for (LocatedRequirement located : index().requirements.values()) {
      String held = located.clauseNumber();
      if (held.equals(number) || held.startsWith(prefix)) {
        result.add(located);
      }
    }
    return result;
  }

  /**
   * Starts deriving a new catalog from this one. This catalog is never changed.
   *
   * @return an extension whose {@link CatalogExtension#build()} returns the derived catalog
   */
  public CatalogExtension extend() {
    return new CatalogExtension(this);
  }
}
