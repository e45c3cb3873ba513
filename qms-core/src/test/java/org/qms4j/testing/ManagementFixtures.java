package org.qms4j.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qms4j.audit.AuditId;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.RequirementId;
import org.qms4j.catalog.ReviewInput;
import org.qms4j.certification.Certificate;
import org.qms4j.certification.CertificateId;
import org.qms4j.document.ControlledDocument;
import org.qms4j.document.DocumentId;
import org.qms4j.document.IllegalDocumentTransitionException;
import org.qms4j.history.By;
import org.qms4j.objective.Direction;
import org.qms4j.objective.Indicator;
import org.qms4j.objective.IndicatorId;
import org.qms4j.objective.Measurement;
import org.qms4j.objective.Objective;
import org.qms4j.objective.ObjectiveId;
import org.qms4j.people.Person;
import org.qms4j.people.PersonId;
import org.qms4j.review.CoveredInput;
import org.qms4j.review.ManagementReview;
import org.qms4j.review.Presented;
import org.qms4j.review.ReviewId;
import org.qms4j.risk.Risk;
import org.qms4j.risk.RiskId;
import org.qms4j.risk.RiskKind;
import org.qms4j.risk.RiskScale;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.RegisterType;
import org.qms4j.system.Registers;

/**
 * Items of the management-system registers (documents, people, roles, training, objectives, risks,
 * management reviews, certificates) built from a few numbers, for example tests and properties.
 */
public final class ManagementFixtures {
  /** Writes documents. */
  public static final PersonId AUTHOR = PersonId.of("doc.author");
  /** Approves documents, certifies. */
  public static final PersonId APPROVER = PersonId.of("doc.approver");

  /** The review inputs {@link #withReviewClause} gives a catalog. */
  public static final List<ReviewInput> REVIEW_INPUTS =
      List.of(
          ReviewInput.of("audit-results", "Results of audits"),
          ReviewInput.of("customer-feedback", "Customer satisfaction and feedback"));

  private ManagementFixtures() {}

  /** A person named after the id. */
  public static Person person(String id) {
    return Person.of(PersonId.of(id), "Person " + id);
  }

  /**
   * A document whose version 1 is effective from {@code effective1} (drafted and approved ten days
   * before), perhaps reviewed periodically, perhaps superseded by version 2 and perhaps withdrawn,
   * each that long after {@code effective1}. An act whose gate is not met at its instant is left
   * out.
   */
  public static ControlledDocument document(
      DocumentId id,
      int reviewDays,
      Instant effective1,
      Optional<Duration> reviewAfter,
      Optional<Duration> secondAfter,
      Optional<Duration> withdrawAfter) {
    Instant created = effective1.minus(Duration.ofDays(10));
    ControlledDocument d =
        ControlledDocument.create(id, "Procedure " + id.value(), Period.ofDays(reviewDays), By.of(AUTHOR, created))
            .draft("1", By.of(AUTHOR, created))
            .approve("1", By.of(APPROVER, created.plus(Duration.ofDays(1))))
            .makeEffective("1", effective1, By.of(APPROVER, created.plus(Duration.ofDays(1))));
    if (reviewAfter.isPresent()) {
      d = tryOr(d, x -> x.recordPeriodicReview(By.of(APPROVER, effective1.plus(reviewAfter.get()))));
    }
    if (secondAfter.isPresent()) {
      Instant e2 = effective1.plus(secondAfter.get());
      Instant at = latest(d, e2.minus(Duration.ofDays(2)));
      d = tryOr(d, x -> x.draft("2", By.of(AUTHOR, at)).approve("2", By.of(APPROVER, at)).makeEffective("2", e2, By.of(APPROVER, at)));
    }
    if (withdrawAfter.isPresent()) {
      Instant at = latest(d, effective1.plus(withdrawAfter.get()));
      d = tryOr(d, x -> x.withdraw(By.of(APPROVER, at).because("No longer used.")));
    }
    return d;
  }

  private static Instant latest(ControlledDocument d, Instant wanted) {
    Instant last = d.history().last().orElseThrow().at();
    return wanted.isBefore(last) ? last : wanted;
  }

  private static ControlledDocument tryOr(ControlledDocument d, java.util.function.UnaryOperator<ControlledDocument> act) {
    try {
      return act.apply(d);
    } catch (IllegalDocumentTransitionException e) {
      return d;
    }
  }

  /**
   * An objective on the requirements with one indicator, higher is better, target 90, measured
   * every {@code intervalDays} days from {@code firstDue}, with the given measurements.
   */
  public static Objective objective(
      String id, Collection<RequirementId> requirements, Instant firstDue, int intervalDays, List<Measurement> measurements) {
    Indicator i =
        Indicator.builder()
            .id(IndicatorId.of("i-" + id))
            .name("Indicator of " + id)
            .unit("%")
            .target(90)
            .direction(Direction.HIGHER_IS_BETTER)
            .measurementInterval(Duration.ofDays(intervalDays))
            .firstMeasurementDue(firstDue)
            .measurements(measurements)
            .build();
    return Objective.builder()
        .id(ObjectiveId.of(id))
        .statement("Objective " + id)
        .requirements(requirements)
        .addIndicator(i)
        .build();
  }

  /** A risk on the requirements, last reviewed then, to be reviewed every {@code months} months. */
  public static Risk risk(String id, Collection<RequirementId> requirements, Instant lastReviewed, int months) {
    return Risk.builder()
        .id(RiskId.of(id))
        .kind(RiskKind.RISK)
        .title("Risk " + id)
        .description("Generated risk.")
        .requirements(requirements)
        .scale(RiskScale.of(5, 5))
        .likelihood(3)
        .severity(4)
        .owner(APPROVER)
        .lastReviewedAt(lastReviewed)
        .reviewInterval(Period.ofMonths(months))
        .build();
  }

  /** A management review of the catalogs held then, covering the input codes given. */
  public static ManagementReview review(String id, Set<CatalogId> catalogs, Instant heldAt, Collection<String> covered) {
    return ManagementReview.builder()
        .id(ReviewId.of(id))
        .title("Management review " + id)
        .heldAt(heldAt)
        .catalogs(catalogs)
        .addAttendee(APPROVER)
        .chair(APPROVER)
        .inputs(covered.stream().map(c -> CoveredInput.of(c, Presented.other("Report on " + c))).toList())
        .build();
  }

  /**
   * A certificate of the catalog walked {@code stages} steps (1 applied, 2 stage 1, 3 stage 2, 4
   * certified at {@code decision}), applied 90 days before the decision; once certified, {@code
   * surveillances} surveillance audits (0 to 2) are recorded 15 days before each falls due, and it
   * is suspended 30 days after the decision if asked.
   */
  public static Certificate certificate(
      String id, CatalogId catalog, int stages, Instant decision, int surveillances, boolean suspended) {
    Certificate c =
        Certificate.apply(CertificateId.of(id), catalog, "Example Certification Ltd", By.of(APPROVER, decision.minus(Duration.ofDays(90))));
    if (stages >= 2) {
      c = c.recordStage1(AuditId.of(id + "-s1"), By.of(APPROVER, decision.minus(Duration.ofDays(60))));
    }
    if (stages >= 3) {
      c = c.recordStage2(AuditId.of(id + "-s2"), By.of(APPROVER, decision.minus(Duration.ofDays(30))));
    }
    if (stages >= 4) {
      c = c.certify(decision, By.of(APPROVER, decision));
      if (suspended) {
        c = c.suspend(By.of(APPROVER, decision.plus(Duration.ofDays(30))).because("Major nonconformity open."));
      }
      for (int k = 1; k <= surveillances; k++) {
        Instant due = decision.atOffset(ZoneOffset.UTC).plusMonths(12L * k).toInstant();
        c = c.recordSurveillance(AuditId.of(id + "-sv" + k), By.of(APPROVER, due.minus(Duration.ofDays(15))));
      }
    }
    return c;
  }

  /** The catalog with a review clause and the {@link #REVIEW_INPUTS}. */
  public static Catalog withReviewClause(Catalog catalog, String clause) {
    return Catalog.builder().from(catalog).reviewClause(clause).reviewInputs(REVIEW_INPUTS).build();
  }

  /**
   * The same system rebuilt with one catalog replaced by another of the same id; the other
   * catalogs, the exclusions, the mapping sets and every register's items are kept (host facts are
   * not).
   */
  public static QualitySystem withCatalog(QualitySystem system, Catalog replacement) {
    QualitySystem.Builder b = QualitySystem.builder().organisation(system.organisation()).scope(system.scope());
    for (Catalog c : system.catalogs()) {
      b.addCatalog(c.id().equals(replacement.id()) ? replacement : c);
    }
    system.exclusions().forEach(b::addExclusion);
    system.mappingSets().forEach(b::addMappingSet);
    for (RegisterType<?, ?> type : Registers.all()) {
      copy(system, type, b);
    }
    return b.build();
  }

  private static <K extends Comparable<? super K>, T> void copy(QualitySystem from, RegisterType<K, T> type, QualitySystem.Builder into) {
    into.addAll(type, from.register(type).items());
  }
}
