package org.qms4j.conformity;

import java.util.List;
import java.util.Objects;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.RequirementId;

/**
 * The engine's verdict on one requirement with the reasons behind it. Immutable and thread-safe.
 *
 * @param requirement the requirement judged, not null
 * @param clause the clause that holds it, not null
 * @param verdict the verdict, not null
 * @param reasons why, in the order the rules gave them; never empty
 */
public record RequirementResult(
    RequirementId requirement, ClauseRef clause, Verdict verdict, List<Reason> reasons) {

  /** Creates a result; every part is required and the reasons are copied. */
  public RequirementResult {
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(verdict, "verdict");
    reasons = List.copyOf(reasons);
  }

  /**
   * Tells whether a reason with the given code was given.
   *
   * @param code the code, not null
   * @return true if some reason has that code
   */
  public boolean hasReason(ReasonCode code) {
    for (Reason r : reasons) {
      if (r.code() == code) {
        return true;
      }
    }
    return false;
  }
}
