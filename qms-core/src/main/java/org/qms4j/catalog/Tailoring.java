package org.qms4j.catalog;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.qms4j.InvalidModelException;
import org.qms4j.internal.Checks;
import org.qms4j.internal.QmsStyle;

/**
 * The record of a tailoring: which clauses of the base a published subset selected and dropped,
 * and so which of the base's requirements it does not hold. Related links of the subset may point
 * at those dropped requirements without failing validation.
 *
 * <p>Built by {@link CatalogTailoring}; a catalog derived from a tailored one keeps it. Immutable
 * and thread-safe.
 */
@Value.Immutable
@QmsStyle
public abstract class Tailoring {

  Tailoring() {}

  /**
   * Returns a new builder; {@link Catalog#tailor()} is the usual way to tailor.
   *
   * @return a builder with no attribute set
   */
  public static ImmutableTailoring.Builder builder() {
    return new ImmutableTailoring.Builder();
  }

  /**
   * The clauses selected, each with its sub-clauses; empty when the tailoring only dropped.
   *
   * @return the clause numbers, in the order given
   */
  public abstract List<String> selectedClauses();

  /**
   * The clauses dropped, each with its sub-clauses.
   *
   * @return the clause numbers, in the order given
   */
  public abstract List<String> droppedClauses();

  /**
   * Every requirement of the base that the subset does not hold, including those an earlier
   * tailoring in the lineage dropped.
   *
   * @return the requirement ids
   */
  public abstract Set<RequirementId> droppedRequirements();

  /**
   * Why the subset was published (the baseline's purpose).
   *
   * @return the rationale, if given
   */
  public abstract Optional<String> rationale();

  /**
   * Checks the record: clause numbers are one-line texts of at most {@value Catalog#MAX_NUMBER}
   * characters, at most {@value Catalog#MAX_CLAUSES} of each kind, and the rationale a text of at
   * most {@value Catalog#MAX_NOTE} characters.
   */
  @Value.Check
  void check() {
    numbers(selectedClauses(), "selected clause");
    numbers(droppedClauses(), "dropped clause");
    if (droppedRequirements().size() > Catalog.MAX_REQUIREMENTS) {
      throw new InvalidModelException("tailoring: more than " + Catalog.MAX_REQUIREMENTS
          + " dropped requirements");
    }
    rationale().ifPresent(r -> Checks.text(r, Catalog.MAX_NOTE, "tailoring: rationale"));
  }

  private static void numbers(List<String> numbers, String what) {
    if (numbers.size() > Catalog.MAX_CLAUSES) {
      throw new InvalidModelException(
          "tailoring: more than " + Catalog.MAX_CLAUSES + " " + what + "s");
    }
    for (String n : numbers) {
      Checks.line(n, Catalog.MAX_NUMBER, "tailoring: " + what);
    }
  }
}
