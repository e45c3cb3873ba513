package org.qms4j.gap;

import java.util.List;
import java.util.Objects;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.RequirementId;
import org.qms4j.conformity.Reason;
import org.qms4j.conformity.Verdict;

/**
 * One applicable requirement that is not conforming: where it stands, the report's verdict and
 * reasons, and its {@link GapPriority}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param requirement the requirement
 * @param clause the clause that holds it
 * @param verdict the report's verdict: {@code NOT_ASSESSED}, {@code PARTIALLY_CONFORMING} or
 *     {@code NONCONFORMING}
 * @param priority how urgent the gap is
 * @param reasons the report's reasons for the verdict, in the report's order
 * @param summary the requirement's one-line summary, from its catalog
 */
public record Gap(
    RequirementId requirement,
    ClauseRef clause,
    Verdict verdict,
    GapPriority priority,
    List<Reason> reasons,
    String summary) {

  /**
   * Creates a gap.
   *
   * @param requirement the requirement, not null
   * @param clause the clause that holds it, not null
   * @param verdict the verdict, neither {@code CONFORMING} nor {@code NOT_APPLICABLE}, not null
   * @param priority the priority, not null
   * @param reasons the reasons, not null, no null element; copied
   * @param summary the requirement's summary, not null
   * @throws NullPointerException if an argument or a reason is null
   * @throws IllegalArgumentException if the verdict is {@code CONFORMING} or {@code
   *     NOT_APPLICABLE}: no gap then
   */
  public Gap {
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(summary, "summary");
    reasons = List.copyOf(reasons);
    if (verdict == Verdict.CONFORMING || verdict == Verdict.NOT_APPLICABLE) {
      throw new IllegalArgumentException(
          "gap of " + requirement + ": verdict was " + verdict + "; expected NOT_ASSESSED, PARTIALLY_CONFORMING or NONCONFORMING");
    }
  }

  /**
   * The catalog of the requirement: that of its clause.
   *
   * @return the catalog id
   */
  public CatalogId catalog() {
    return clause.catalog();
  }

  @Override
  public String toString() {
    return requirement + " " + verdict + " " + priority;
  }
}
