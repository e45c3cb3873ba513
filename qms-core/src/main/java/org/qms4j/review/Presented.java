package org.qms4j.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.qms4j.InvalidModelException;
import org.qms4j.audit.AuditId;
import org.qms4j.capa.CorrectiveActionId;
import org.qms4j.internal.Checks;

/**
 * One thing presented at a management review for one of its inputs: an audit, corrective actions,
 * an indicator, a risk review, a document. The reference names it, by id where the kind has ids
 * ({@link PresentedKind#AUDIT}, {@link PresentedKind#CORRECTIVE_ACTIONS}, {@link
 * PresentedKind#INDICATOR}) so that it can be followed ({@link #auditId()}, {@link
 * #correctiveActionIds()}), and as free text otherwise.
 *
 * <p>Limits: a reference is one line of at most {@value #MAX_REFERENCE} characters; for {@code
 * AUDIT} and {@code INDICATOR} it is one identifier (the syntax of {@link AuditId}); for {@code
 * CORRECTIVE_ACTIONS} one or more corrective action ids separated by {@code ", "}. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Presented audit = Presented.audit(AuditId.of("IA-2026-03"));
 * Presented actions = Presented.correctiveActions(List.of(CorrectiveActionId.of("CA-7"), CorrectiveActionId.of("CA-9")));
 * Presented kpi = Presented.indicator("on-time-delivery");
 * }</pre>
 *
 * @param kind what was presented
 * @param reference what names it, one line of at most {@value #MAX_REFERENCE} characters
 */
public record Presented(PresentedKind kind, String reference) {
  /** The longest reference accepted. */
  public static final int MAX_REFERENCE = 200;

  /** What separates the corrective action ids of a {@link PresentedKind#CORRECTIVE_ACTIONS} reference. */
  public static final String SEPARATOR = ", ";

  /**
   * Creates what was presented.
   *
   * @param kind what was presented, not null
   * @param reference what names it, not null: see the class description
   * @throws NullPointerException if a part is null
   * @throws InvalidModelException if the reference is not one line of at most {@value
   *     #MAX_REFERENCE} characters, or not the id or ids its kind asks for
   */
  public Presented {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reference, "reference");
    String what = "presented " + kind + ": reference";
    Checks.line(reference, MAX_REFERENCE, what);
    switch (kind) {
      case AUDIT, INDICATOR -> Checks.id(reference, what);
      case CORRECTIVE_ACTIONS -> {
        for (String id : reference.split(SEPARATOR, -1)) {
          Checks.id(id, what + " part");
        }
      }
      default -> {
        // free text
      }
    }
  }

  /**
   * Creates what was presented.
   *
   * @param kind what was presented, not null
   * @param reference what names it, not null
   * @return what was presented
   * @throws NullPointerException if a part is null
   * @throws InvalidModelException if the reference is not valid for the kind
   */
  public static Presented of(PresentedKind kind, String reference) {
    return new Presented(kind, reference);
  }

  /**
   * An audit and its results.
   *
   * @param audit the audit, not null
   * @return what was presented
   * @throws NullPointerException if the audit is null
   */
  public static Presented audit(AuditId audit) {
    Objects.requireNonNull(audit, "audit");
    return new Presented(PresentedKind.AUDIT, audit.value());
  }

  /**
   * Corrective actions, named in one reference: their ids sorted, each once, separated by {@code
   * ", "}.
   *
   * @param actions the actions, not null, not empty
   * @return what was presented
   * @throws NullPointerException if the collection or one of its ids is null
   * @throws InvalidModelException if there is no action, or the ids joined run past {@value
   *     #MAX_REFERENCE} characters (present them in several parts)
   */
  public static Presented correctiveActions(Collection<CorrectiveActionId> actions) {
    Objects.requireNonNull(actions, "actions");
    TreeSet<CorrectiveActionId> sorted = new TreeSet<>();
    for (CorrectiveActionId a : actions) {
      sorted.add(Objects.requireNonNull(a, "actions element"));
    }
    if (sorted.isEmpty()) {
      throw new InvalidModelException("presented CORRECTIVE_ACTIONS: actions was empty; expected at least one corrective action id");
    }
    StringBuilder joined = new StringBuilder();
    for (CorrectiveActionId a : sorted) {
      if (joined.length() > 0) {
        joined.append(SEPARATOR);
      }
      joined.append(a.value());
      if (joined.length() > MAX_REFERENCE) {
        throw new InvalidModelException(
            "presented CORRECTIVE_ACTIONS: the "
                + sorted.size()
                + " action ids joined run past "
                + MAX_REFERENCE
                + " characters; expected at most "
                + MAX_REFERENCE
                + " (present them in several parts)");
      }
    }
    return new Presented(PresentedKind.CORRECTIVE_ACTIONS, joined.toString());
  }

  /**
   * A quality indicator or objective and its results.
   *
   * @param id the indicator's id, not null: the syntax of an {@link AuditId}
   * @return what was presented
   * @throws NullPointerException if the id is null
   * @throws InvalidModelException if the id is not an identifier
   */
  public static Presented indicator(String id) {
    Objects.requireNonNull(id, "id");
    return new Presented(PresentedKind.INDICATOR, id);
  }

  /**
   * A review of risks and opportunities.
   *
   * @param text what names the risk review, not null, one line
   * @return what was presented
   * @throws NullPointerException if the text is null
   * @throws InvalidModelException if the text is blank, longer than {@value #MAX_REFERENCE}
   *     characters or over several lines
   */
  public static Presented riskReview(String text) {
    Objects.requireNonNull(text, "text");
    return new Presented(PresentedKind.RISK_REVIEW, text);
  }

  /**
   * A document, such as a report or a register extract.
   *
   * @param text what names the document, not null, one line
   * @return what was presented
   * @throws NullPointerException if the text is null
   * @throws InvalidModelException if the text is blank, longer than {@value #MAX_REFERENCE}
   *     characters or over several lines
   */
  public static Presented document(String text) {
    Objects.requireNonNull(text, "text");
    return new Presented(PresentedKind.DOCUMENT, text);
  }

  /**
   * Anything else.
   *
   * @param text what names it, not null, one line
   * @return what was presented
   * @throws NullPointerException if the text is null
   * @throws InvalidModelException if the text is blank, longer than {@value #MAX_REFERENCE}
   *     characters or over several lines
   */
  public static Presented other(String text) {
    Objects.requireNonNull(text, "text");
    return new Presented(PresentedKind.OTHER, text);
  }

  /**
   * The audit presented.
   *
   * @return the audit id for an {@link PresentedKind#AUDIT}, else empty
   */
  public Optional<AuditId> auditId() {
    return kind == PresentedKind.AUDIT ? Optional.of(AuditId.of(reference)) : Optional.empty();
  }

  /**
   * The corrective actions presented, in the order the reference lists them.
   *
   * @return the ids for {@link PresentedKind#CORRECTIVE_ACTIONS}, else empty; unmodifiable
   */
  public List<CorrectiveActionId> correctiveActionIds() {
    if (kind != PresentedKind.CORRECTIVE_ACTIONS) {
      return List.of();
    }
    String[] parts = reference.split(SEPARATOR, -1);
    List<CorrectiveActionId> ids = new ArrayList<>(parts.length);
    for (String p : parts) {
      ids.add(CorrectiveActionId.of(p));
    }
    return List.copyOf(ids);
  }
}
