package org.qms4j.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.qms4j.InvalidModelException;
import org.qms4j.capa.CorrectiveActionId;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ReviewInput;
import org.qms4j.internal.Checks;
import org.qms4j.internal.QmsStyle;
import org.qms4j.people.PersonId;

/**
 * One management review (ISO 9001 9.3, ISO 13485 5.6, ISO 7101 9.3): when top management held it,
 * which quality systems it reviewed (by the catalogs they answer), who attended and chaired, what
 * was presented for each input, what was decided and which corrective actions it started.
 *
 * <p>The inputs a review must cover are data of each catalog ({@link Catalog#reviewInputs()}) and
 * differ between standards. A review covers an input by its code ({@link #covers}); {@link
 * #missedInputs} names the inputs a catalog requires that the review did not cover. A review that
 * does not list a catalog in {@link #catalogs()} is no review of it and misses all its inputs. A
 * catalog is matched by its id only: a review of a base catalog is not taken for a review of a
 * catalog derived from it.
 *
 * <p>Limits: a title of at most {@value #MAX_TITLE} characters on one line; at least one and at
 * most {@value #MAX_CATALOGS} catalogs; at least one and at most {@value #MAX_ATTENDEES}
 * attendees, the chair among them; at most {@value #MAX_INPUTS} covered inputs, each code once; at
 * most {@value #MAX_DECISIONS} decisions of at most {@value #MAX_DECISION} characters each; at most
 * {@value #MAX_ACTIONS} corrective actions started. Immutable and thread-safe.
 *
 * <pre>{@code
 * ManagementReview mr = ManagementReview.builder()
 *     .id(ReviewId.of("MR-2026"))
 *     .title("Annual management review 2026")
 *     .heldAt(Instant.parse("2026-01-20T09:00:00Z"))
 *     .addCatalog(CatalogId.of("iso-9001:2015"))
 *     .addAttendees(PersonId.of("ana"), PersonId.of("ben"))
 *     .chair(PersonId.of("ana"))
 *     .addInput(CoveredInput.of("audit-results", Presented.audit(AuditId.of("IA-2025-03"))))
 *     .addDecision("Add a second internal auditor for the wards.")
 *     .addActionsStarted(CorrectiveActionId.of("CA-31"))
 *     .build();
 * List<ReviewInput> missed = mr.missedInputs(iso9001);
 * }</pre>
 */
@Value.Immutable
@QmsStyle
public abstract class ManagementReview {
  /** The longest title accepted. */
  public static final int MAX_TITLE = 300;
  /** The most catalogs one review lists. */
  public static final int MAX_CATALOGS = 100;
  /** The most attendees. */
  public static final int MAX_ATTENDEES = 200;
  /** The most covered inputs. */
  public static final int MAX_INPUTS = 100;
  /** The most decisions. */
  public static final int MAX_DECISIONS = 100;
  /** The longest decision accepted. */
  public static final int MAX_DECISION = 2_000;
  /** The most corrective actions one review starts. */
  public static final int MAX_ACTIONS = 1_000;

  ManagementReview() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static ImmutableManagementReview.Builder builder() {
    return new ImmutableManagementReview.Builder();
  }

  /**
   * The id, unique within a quality system.
   *
   * @return the id
   */
  public abstract ReviewId id();

  /**
   * A short title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * When the review was held.
   *
   * @return the instant
   */
  public abstract Instant heldAt();

  /**
   * The catalogs whose quality systems the review reviewed. At least one.
   *
   * @return the catalogs
   */
  public abstract Set<CatalogId> catalogs();

  /**
   * Who attended. At least one.
   *
   * @return the attendees
   */
  public abstract Set<PersonId> attendees();

  /**
   * The inputs covered, each code once, in the order they were taken.
   *
   * @return the covered inputs, possibly empty
   */
  public abstract List<CoveredInput> inputs();

  /**
   * The decisions and actions on improvement, changes to the quality system and resource needs,
   * in the order they were recorded.
   *
   * @return the decisions, possibly empty
   */
  public abstract List<String> decisions();

  /**
   * The corrective actions the review started.
   *
   * @return the actions, possibly empty
   */
  public abstract Set<CorrectiveActionId> actionsStarted();

  /**
   * Who chaired the review, if recorded: one of the attendees.
   *
   * @return the chair
   */
  public abstract Optional<PersonId> chair();

  /**
   * Tells whether the review covered an input.
   *
   * @param code a review input code, not null
   * @return true if one of {@link #inputs()} has that code
   */
  public boolean covers(String code) {
    return input(code).isPresent();
  }

  /**
   * The covered input with a code.
   *
   * @param code a review input code, not null
   * @return the covered input, or empty if the review did not cover it
   */
  public Optional<CoveredInput> input(String code) {
    Objects.requireNonNull(code, "code");
    for (CoveredInput i : inputs()) {
      if (i.code().equals(code)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * The inputs a catalog requires that the review did not cover, in the catalog's order. A review
   * that does not list the catalog in {@link #catalogs()} misses all of them.
   *
   * @param catalog the catalog, not null
   * @return the missed inputs, empty if none; unmodifiable
   */
  public List<ReviewInput> missedInputs(Catalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    if (!catalogs().contains(catalog.id())) {
      return catalog.reviewInputs();
    }
    Set<String> covered = new HashSet<>();
    for (CoveredInput i : inputs()) {
      covered.add(i.code());
    }
    List<ReviewInput> missed = new ArrayList<>(0);
    for (ReviewInput required : catalog.reviewInputs()) {
      if (!covered.contains(required.code())) {
        missed.add(required);
      }
    }
    return List.copyOf(missed);
  }

  /**
   * Tells whether the review is a complete review of a catalog: it lists the catalog and covers
   * every input the catalog requires.
   *
   * @param catalog the catalog, not null
   * @return true if complete
   */
  public boolean isCompleteFor(Catalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    return catalogs().contains(catalog.id()) && missedInputs(catalog).isEmpty();
  }

  @Value.Check
  void check() {
    String where = "management review " + id();
    Checks.line(title(), MAX_TITLE, where + ": title");
    if (catalogs().isEmpty()) {
      throw new InvalidModelException(where + ": catalogs was empty; expected at least one catalog");
    }
    max(catalogs().size(), MAX_CATALOGS, where + ": catalogs had ", " catalogs");
    if (attendees().isEmpty()) {
      throw new InvalidModelException(where + ": attendees was empty; expected at least one attendee");
    }
    max(attendees().size(), MAX_ATTENDEES, where + ": attendees had ", " people");
    max(inputs().size(), MAX_INPUTS, where + ": inputs had ", " covered inputs");
    Set<String> codes = new HashSet<>();
    for (CoveredInput i : inputs()) {
      if (!codes.add(i.code())) {
        throw new InvalidModelException(where + ": inputs held code " + i.code() + " more than once; expected each input once");
      }
    }
    max(decisions().size(), MAX_DECISIONS, where + ": decisions had ", " entries");
    for (int i = 0; i < decisions().size(); i++) {
      Checks.text(decisions().get(i), MAX_DECISION, where + ": decisions[" + i + "]");
    }
    max(actionsStarted().size(), MAX_ACTIONS, where + ": actionsStarted had ", " actions");
    if (chair().isPresent() && !attendees().contains(chair().get())) {
      throw new InvalidModelException(where + ": chair " + chair().get() + " was not among the attendees; expected the chair to attend");
    }
  }

  private static void max(int size, int max, String had, String things) {
    if (size > max) {
      throw new InvalidModelException(had + size + things + "; expected at most " + max);
    }
  }
}
