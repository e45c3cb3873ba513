package org.qms4j.system;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.Clause;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.RequirementId;

/**
 * A quality system's Statement of Applicability: every clause of every catalog it holds, in
 * document order, with whether it applies and, where it does not (in whole or in part), the
 * exclusions and their justifications. A value the host renders (a table in the quality manual);
 * ISO 9001 4.3 and ISO 13485 4.2.2 ask for this record.
 *
 * <p>Computed by {@link #of}. Immutable and thread-safe.
 *
 * @param organisation the organisation
 * @param entries one per clause, catalog by catalog in document order
 */
public record StatementOfApplicability(String organisation, List<Entry> entries) {

  /**
   * Creates a statement; the list is copied.
   *
   * @param organisation the organisation
   * @param entries one per clause
   * @throws NullPointerException if a part is null
   */
  public StatementOfApplicability {
    Objects.requireNonNull(organisation, "organisation");
    entries = List.copyOf(entries);
  }

  /** Whether a clause applies. */
  public enum Applicability {
    /** No requirement in or under the clause is excluded. */
    APPLICABLE,
    /** Some, not all, of the requirements in or under the clause are excluded. */
    PARTLY_APPLICABLE,
    /** Every requirement in or under the clause is excluded. */
    NOT_APPLICABLE,
    /** The clause holds no requirement, directly or below it (a heading). */
    NO_REQUIREMENTS
  }

  /**
   * One clause of the statement.
   *
   * @param clause the clause
   * @param label how the clause is shown: its display label, else its number
   * @param title the clause title
   * @param depth 0 for a top-level clause, 1 below it, and so on
   * @param applicability whether it applies
   * @param requirements how many requirements stand in or under it
   * @param excludedRequirements the excluded ones among them, in document order
   * @param exclusions the exclusions that exclude them, each once, with their justifications
   */
  public record Entry(
      ClauseRef clause,
      String label,
      String title,
      int depth,
      Applicability applicability,
      int requirements,
      List<RequirementId> excludedRequirements,
      List<Exclusion> exclusions) {

    /**
     * Creates an entry; the lists are copied.
     *
     * @param clause the clause
     * @param label how the clause is shown
     * @param title the clause title
     * @param depth the clause's depth
     * @param applicability whether it applies
     * @param requirements how many requirements stand in or under it
     * @param excludedRequirements the excluded ones among them
     * @param exclusions the exclusions that exclude them
     * @throws NullPointerException if a part is null
     */
    public Entry {
      Objects.requireNonNull(clause, "clause");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(applicability, "applicability");
      excludedRequirements = List.copyOf(excludedRequirements);
      exclusions = List.copyOf(exclusions);
    }
  }

  /**
   * Works out the statement of a system.
   *
   * @param system the system, not null
   * @return the statement
   * @throws NullPointerException if the system is null
   */
  public static StatementOfApplicability of(QualitySystem system) {
    Objects.requireNonNull(system, "system");
    List<Entry> entries = new ArrayList<>();
    for (Catalog catalog : system.catalogs()) {
      for (String number : catalog.clauseNumbers()) {
        Clause clause = catalog.clause(number).orElseThrow();
        List<LocatedRequirement> under = catalog.requirementsUnder(number);
        List<RequirementId> excluded = new ArrayList<>();
        Set<Exclusion> by = new LinkedHashSet<>();
        for (LocatedRequirement r : under) {
          system.exclusionFor(r.id()).ifPresent(e -> {
            excluded.add(r.id());
            by.add(e);
          });
        }
        Applicability applicability =
            under.isEmpty()
                ? Applicability.NO_REQUIREMENTS
                : excluded.isEmpty()
                    ? Applicability.APPLICABLE
                    : excluded.size() == under.size() ? Applicability.NOT_APPLICABLE : Applicability.PARTLY_APPLICABLE;
        entries.add(
            new Entry(
                ClauseRef.of(catalog.id(), number),
                clause.label().orElse(number),
                clause.title(),
                catalog.clausePath(number).orElseThrow().size() - 1,
                applicability,
                under.size(),
                excluded,
                new ArrayList<>(by)));
      }
    }
    return new StatementOfApplicability(system.organisation(), entries);
  }
}
