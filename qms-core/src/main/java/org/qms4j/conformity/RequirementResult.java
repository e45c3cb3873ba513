package org.qms4j.conformity;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.RequirementId;
import org.qms4j.internal.Cached;

/**
 * The engine's verdict on one requirement with the reasons behind it.
 *
 * <p>Where only built-in rules judged the requirement, the engine settles the verdict at once and
 * works out the reasons when they are first asked for, from the same immutable facts and by the
 * same rules, so that an evaluation spends nothing on explanations nobody reads. The reasons are
 * the same either way. Immutable and thread-safe.
 */
public final class RequirementResult {
  private final RequirementId requirement;
  private final ClauseRef clause;
  private final Verdict verdict;
  @Cached private volatile @Nullable List<Reason> reasons;
  @Cached private volatile @Nullable Supplier<List<Reason>> explanation;

  /**
   * Creates a result.
   *
   * @param requirement the requirement judged, not null
   * @param clause the clause that holds it, not null
   * @param verdict the verdict, not null
   * @param reasons why, in the order the rules gave them; not null
   */
  public RequirementResult(
      RequirementId requirement, ClauseRef clause, Verdict verdict, List<Reason> reasons) {
    this.requirement = Objects.requireNonNull(requirement, "requirement");
    this.clause = Objects.requireNonNull(clause, "clause");
    this.verdict = Objects.requireNonNull(verdict, "verdict");
    this.reasons = List.copyOf(reasons);
  }

  /** A result whose reasons are derived on first use. */
  RequirementResult(
      RequirementId requirement, ClauseRef clause, Verdict verdict, Supplier<List<Reason>> explanation) {
    this.requirement = requirement;
    this.clause = clause;
    this.verdict = verdict;
    this.explanation = explanation;
  }

  /**
   * The requirement judged.
   *
   * @return the requirement id
   */
  public RequirementId requirement() {
    return requirement;
  }

  /**
   * The clause that holds the requirement.
   *
   * @return the clause
   */
  public ClauseRef clause() {
    return clause;
  }

  /**
   * The verdict.
   *
   * @return the verdict
   */
  public Verdict verdict() {
    return verdict;
  }

  /**
   * Why the verdict was reached, in the order the rules gave the reasons; never empty.
   *
   * @return the reasons, unmodifiable
   */
  public List<Reason> reasons() {
    List<Reason> r = reasons;
    if (r == null) {
      Supplier<List<Reason>> e = explanation;
      if (e == null) {
        // another thread finished in between
        return Objects.requireNonNull(reasons);
      }
      r = List.copyOf(e.get());
      reasons = r;
      explanation = null;
    }
    return r;
  }

  /**
   * Tells whether a reason with the given code was given.
   *
   * @param code the code, not null
   * @return true if some reason has that code
   */
  public boolean hasReason(ReasonCode code) {
    for (Reason r : reasons()) {
      if (r.code() == code) {
        return true;
      }
    }
    return false;
  }

  /** Two results are equal when requirement, clause, verdict and reasons are. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RequirementResult)) {
      return false;
    }
    RequirementResult other = (RequirementResult) o;
    return verdict == other.verdict
        && requirement.equals(other.requirement)
        && clause.equals(other.clause)
        && reasons().equals(other.reasons());
  }

  @Override
  public int hashCode() {
    return Objects.hash(requirement, clause, verdict);
  }

  @Override
  public String toString() {
    return requirement + " " + verdict + " " + reasons();
  }
}
