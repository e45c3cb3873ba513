package org.qms4j.readiness;

import java.util.List;
import org.immutables.value.Value;
import org.qms4j.audit.AuditId;
import org.qms4j.capa.CorrectiveActionId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.RequirementId;
import org.qms4j.finding.FindingId;
import org.qms4j.internal.Checks;
import org.qms4j.internal.QmsStyle;
import org.qms4j.people.PersonId;
import org.qms4j.review.ReviewId;
import org.qms4j.training.RoleId;

/**
 * One thing that stands between a quality system and its certification audit: a stable {@link
 * BlockerCode}, a plain-English message naming what is concerned, and the ids concerned, by type,
 * so that a host can link each to its register and localise the message by the code. Each list
 * holds what its code concerns and is empty otherwise (see {@link ReadinessAssessment} for which
 * ids each code names).
 *
 * <p>Limits: a message of one line of at most {@value #MAX_MESSAGE} characters. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * for (Blocker b : assessment.blockers()) {
 *   System.out.println(b.code() + ": " + b.message());   // CORRECTIVE_ACTION_OVERDUE: ...
 *   b.correctiveActions().forEach(host::highlight);
 * }
 * }</pre>
 */
@Value.Immutable
@QmsStyle
public abstract class Blocker {
  /** The longest message accepted. */
  public static final int MAX_MESSAGE = 2_000;

  Blocker() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static ImmutableBlocker.Builder builder() {
    return new ImmutableBlocker.Builder();
  }

  /**
   * The stable code.
   *
   * @return the code
   */
  public abstract BlockerCode code();

  /**
   * What stands in the way, naming the first few ids of each kind concerned.
   *
   * @return the message, one line
   */
  public abstract String message();

  /**
   * The requirements concerned: not assessed, nonconforming or partially conforming ones, or those
   * an open major nonconformity is raised against.
   *
   * @return the requirement ids, in catalog order; possibly empty
   */
  public abstract List<RequirementId> requirements();

  /**
   * The findings concerned: open major nonconformities, or nonconformities whose corrective action
   * is overdue.
   *
   * @return the finding ids, sorted; possibly empty
   */
  public abstract List<FindingId> findings();

  /**
   * The clauses concerned: applicable clauses no internal audit covered within the interval.
   *
   * @return the clauses, in catalog order; possibly empty
   */
  public abstract List<ClauseRef> clauses();

  /**
   * The audits concerned: the last internal audits of clauses now outside the interval.
   *
   * @return the audit ids, sorted; possibly empty
   */
  public abstract List<AuditId> audits();

  /**
   * The management reviews concerned: the latest review of the catalog, held too early, no longer
   * current, or missing inputs.
   *
   * @return the review ids; possibly empty
   */
  public abstract List<ReviewId> reviews();

  /**
   * The codes of the review inputs the catalog requires that the review missed.
   *
   * @return the input codes, in the catalog's order; possibly empty
   */
  public abstract List<String> reviewInputs();

  /**
   * The corrective actions concerned: those with a step overdue.
   *
   * @return the action ids, sorted; possibly empty
   */
  public abstract List<CorrectiveActionId> correctiveActions();

  /**
   * The roles concerned: roles owning clauses of the catalog whose holders lack a competence.
   *
   * @return the role ids, sorted; possibly empty
   */
  public abstract List<RoleId> roles();

  /**
   * The people concerned: holders of those roles who lack a competence.
   *
   * @return the person ids, sorted; possibly empty
   */
  public abstract List<PersonId> people();

  @Value.Check
  void check() {
    Checks.line(message(), MAX_MESSAGE, "blocker " + code() + ": message");
  }

  @Override
  public String toString() {
    return code() + ": " + message();
  }
}
