package org.qms4j.document;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.qms4j.InvalidModelException;
import org.qms4j.history.By;
import org.qms4j.history.Event;
import org.qms4j.history.History;
import org.qms4j.history.Verification;
import org.qms4j.internal.Checks;
import org.qms4j.people.PersonId;

/**
 * A controlled document (ISO 9001 7.5.2 and 7.5.3, ISO 13485 4.2.4): its versions are drafted,
 * optionally reviewed, approved by someone other than their author, made effective from a date,
 * and made obsolete when the next version becomes effective or the document is withdrawn; the
 * version in use is reviewed periodically. Its {@link #history()} is the record; every status,
 * date and approver is derived from it and never stored beside it.
 *
 * <p>Each transition method returns a new document with one more event and leaves this one
 * unchanged; a transition whose gate is not met throws an {@link
 * IllegalDocumentTransitionException} naming the document, the version, its status and what is
 * missing (see {@link DocumentTransition} for the table). No transition is allowed after {@link
 * #withdraw(By)}.
 *
 * <p>Time: a version may be made effective from an instant later than the act, so its status
 * depends on the instant asked about ({@link #statusAt(String, Instant)}): it is {@link
 * VersionStatus#APPROVED} until its effective date, {@link VersionStatus#EFFECTIVE} from then,
 * and {@link VersionStatus#OBSOLETE} from the effective date of the version made effective after
 * it. Effective dates are strictly increasing in the order versions are made effective, so at most
 * one version is effective at any instant. A version scheduled to become effective after the
 * document is withdrawn never does: its effective date is dropped and it stays approved. The
 * periodic review falls due one {@linkplain #reviewInterval() review interval} after the last
 * periodic review of the effective version, or after that version became effective if it has not
 * been reviewed since (see {@link #reviewDueAt(Instant)}); it is overdue from that instant on.
 *
 * <p>Events are kept in time order; {@link #asOf(Instant)} gives the document as it stood at an
 * instant. A host that stores events rebuilds the document with {@link #replay(History)}, which
 * first verifies the history's hash chain. Limits: title one line of at most {@value #MAX_TITLE}
 * characters; version labels as {@link DocumentVersionRef} allows (at most {@value
 * DocumentVersionRef#MAX_VERSION} characters); at most {@value #MAX_VERSIONS} versions; a review
 * interval of at most {@value #MAX_REVIEW_INTERVAL_YEARS} years; at most {@value
 * History#MAX_EVENTS} events. Immutable and thread-safe.
 *
 * <pre>{@code
 * ControlledDocument sop = ControlledDocument.create(DocumentId.of("SOP-12"), "Recall of obsolete SOPs",
 *         Period.ofYears(2), By.of(ana, t0))
 *     .draft("1", By.of(ana, t0))
 *     .review("1", By.of(ben, t1))
 *     .approve("1", By.of(cleo, t2))
 *     .makeEffective("1", t3, By.of(cleo, t2));
 * sop.effectiveVersionAt(t3);   // Optional[1]
 * sop.reviewDueAt(t3);          // t3 plus two years
 * }</pre>
 */
public final class ControlledDocument {
  /** The longest title accepted. */
  public static final int MAX_TITLE = 300;
  /** The most versions a document has. */
  public static final int MAX_VERSIONS = 1_000;
  /**
   * The longest review interval accepted, in years, counting a year as 365 days and a month as a
   * twelfth of a year.
   */
  public static final int MAX_REVIEW_INTERVAL_YEARS = 10;

  static final String ID = "id";
  static final String TITLE = "title";
  static final String REVIEW_INTERVAL = "reviewInterval";
  static final String VERSION = "version";
  static final String EFFECTIVE_FROM = "effectiveFrom";

  private final History history;
  private final State state;

  private ControlledDocument(History history, State state) {
    this.history = history;
    this.state = state;
  }

  /**
   * Creates a document without any version.
   *
   * @param id the document's id, not null
   * @param title what the document is, one line of at most {@value #MAX_TITLE} characters, not null
   * @param reviewInterval how long after it became effective or was last reviewed the effective
   *     version is due for its periodic review: positive, at most {@value
   *     #MAX_REVIEW_INTERVAL_YEARS} years, not null
   * @param by who created it and when, not null
   * @return the document
   * @throws InvalidModelException if the title is blank, too long or not one line, or the interval
   *     is not positive or too long
   */
  public static ControlledDocument create(DocumentId id, String title, Period reviewInterval, By by) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(reviewInterval, "reviewInterval");
    Objects.requireNonNull(by, "by");
    checkTitle(title, id);
    checkInterval(reviewInterval, id);
    Map<String, String> data = new TreeMap<>();
    data.put(ID, id.value());
    data.put(TITLE, title);
    data.put(REVIEW_INTERVAL, reviewInterval.toString());
    History h = History.empty().append(DocumentTransition.CREATE.eventName(), data, by, DocumentTransition.CREATE.meaning());
    State s = new State();
    s.apply(h.last().orElseThrow());
    return new ControlledDocument(h, s);
  }

  /**
   * Rebuilds a document from its stored history, checking the hash chain and every gate.
   *
   * @param history the history, not empty, not null
   * @return the document
   * @throws InvalidModelException if the history does not verify or an event breaks a gate or
   *     carries malformed data; the message names the event by its index
   */
  public static ControlledDocument replay(History history) {
    Objects.requireNonNull(history, "history");
    Verification v = history.verify();
    if (!v.intact()) {
      throw new InvalidModelException("controlled document history: " + v.problem().orElseThrow());
    }
    if (history.isEmpty()) {
      throw new InvalidModelException("controlled document history: was empty; expected a document-created event first");
    }
    State s = new State();
    List<Event> events = history.events();
    for (int k = 0; k < events.size(); k++) {
      try {
        s.apply(events.get(k));
      } catch (IllegalDocumentTransitionException | InvalidModelException e) {
        throw new InvalidModelException("controlled document history: event " + k + ": " + e.getMessage());
      }
    }
    return new ControlledDocument(history, s);
  }

  private ControlledDocument then(DocumentTransition t, Map<String, String> data, By by) {
    Objects.requireNonNull(by, "by");
    // appending first refuses an act dated before the last event, whatever the gate says
    History next = history.append(t.eventName(), data, by, t.meaning());
    State s = state.copy();
    s.apply(next.last().orElseThrow());
    return new ControlledDocument(next, s);
  }

  private String label(String version) {
    return DocumentVersionRef.checkVersion(Objects.requireNonNull(version, "version"), "controlled document " + state.id + ": version");
  }

  /**
   * Drafts a new version.
   *
   * @param version the new version's label, 1 to {@value DocumentVersionRef#MAX_VERSION} letters,
   *     digits or {@code . - _}, not null
   * @param by the author and when, not null
   * @return the document with the version {@link VersionStatus#DRAFT}
   * @throws InvalidModelException if the label is malformed
   * @throws IllegalDocumentTransitionException if the label is used already, the document has
   *     {@value #MAX_VERSIONS} versions or is withdrawn
   */
  public ControlledDocument draft(String version, By by) {
    return then(DocumentTransition.DRAFT, Map.of(VERSION, label(version)), by);
  }

  /**
   * Records a review of a draft; reviews are optional.
   *
   * @param version the version reviewed, not null
   * @param by the reviewer and when, not null
   * @return the document with the review recorded
   * @throws InvalidModelException if the label is malformed
   * @throws IllegalDocumentTransitionException unless the version is a draft of a document not
   *     withdrawn
   */
  public ControlledDocument review(String version, By by) {
    return then(DocumentTransition.REVIEW, Map.of(VERSION, label(version)), by);
  }

  /**
   * Approves a draft.
   *
   * @param version the version approved, not null
   * @param by the approver, who did not draft the version, and when, not null
   * @return the document with the version {@link VersionStatus#APPROVED}
   * @throws InvalidModelException if the label is malformed
   * @throws IllegalDocumentTransitionException unless the version is a draft of a document not
   *     withdrawn and the approver is not its author
   */
  public ControlledDocument approve(String version, By by) {
    return then(DocumentTransition.APPROVE, Map.of(VERSION, label(version)), by);
  }

  /**
   * Makes an approved version effective from an instant, which may be later than the act; the
   * version made effective before it becomes {@link VersionStatus#OBSOLETE} at that same instant.
   *
   * @param version the version, not null
   * @param effectiveFrom from when it is effective: not before {@code by.at()} and after the
   *     effective date of every version made effective before, not null
   * @param by who released it and when, not null
   * @return the document with the version effective from {@code effectiveFrom}
   * @throws InvalidModelException if the label is malformed
   * @throws IllegalDocumentTransitionException unless the version is approved and was never made
   *     effective, the document is not withdrawn, and the effective date is as stated
   */
  public ControlledDocument makeEffective(String version, Instant effectiveFrom, By by) {
    Map<String, String> data = new TreeMap<>();
    data.put(VERSION, label(version));
    data.put(EFFECTIVE_FROM, Objects.requireNonNull(effectiveFrom, "effectiveFrom").toString());
    return then(DocumentTransition.MAKE_EFFECTIVE, data, by);
  }

  /**
   * Records that the periodic review of the version effective at {@code by.at()} was done: the next
   * review falls due one {@linkplain #reviewInterval() interval} later.
   *
   * @param by the reviewer and when, not null
   * @return the document with the review recorded
   * @throws IllegalDocumentTransitionException unless a version is effective at {@code by.at()} and
   *     the document is not withdrawn
   */
  public ControlledDocument recordPeriodicReview(By by) {
    Objects.requireNonNull(by, "by");
    Version effective = state.effectiveAt(by.at());
    return then(DocumentTransition.RECORD_PERIODIC_REVIEW, effective == null ? Map.of() : Map.of(VERSION, effective.label), by);
  }

  /**
   * Withdraws the whole document: the version effective at {@code by.at()} becomes {@link
   * VersionStatus#OBSOLETE} then, a version scheduled to become effective later never does, and no
   * transition is allowed afterwards.
   *
   * @param by who withdrew it, when and why; the reason is required, not null
   * @return the withdrawn document
   * @throws IllegalDocumentTransitionException if the document is withdrawn already or no reason is
   *     given
   */
  public ControlledDocument withdraw(By by) {
    return then(DocumentTransition.WITHDRAW, Map.of(), by);
  }

  /**
   * The document as it stood at an instant: its history up to then, replayed.
   *
   * @param instant the instant, not null
   * @return the document then, or empty if it was created later
   */
  public Optional<ControlledDocument> asOf(Instant instant) {
    History h = history.asOf(instant);
    if (h == history) {
      return Optional.of(this);
    }
    if (h.isEmpty()) {
      return Optional.empty();
    }
    State s = new State();
    h.events().forEach(s::apply);
    return Optional.of(new ControlledDocument(h, s));
  }

  /**
   * The record of every act, oldest first.
   *
   * @return the history
   */
  public History history() {
    return history;
  }

  /**
   * The id.
   *
   * @return the id
   */
  public DocumentId id() {
    return state.id;
  }

  /**
   * What the document is.
   *
   * @return the title
   */
  public String title() {
    return state.title;
  }

  /**
   * How long after it became effective, or after its last periodic review, the effective version
   * is due for review.
   *
   * @return the interval, added in UTC
   */
  public Period reviewInterval() {
    return state.reviewInterval;
  }

  /**
   * The labels of every version, in the order they were drafted.
   *
   * @return the labels, unmodifiable
   */
  public List<String> versions() {
    return Collections.unmodifiableList(new ArrayList<>(state.versions.keySet()));
  }

  /**
   * The status of a version at an instant, by the record as it stands now: a version made
   * effective from a later instant is {@link VersionStatus#APPROVED} until then.
   *
   * @param version the version label, not null
   * @param instant the instant, not null
   * @return the status, or empty if there is no such version or it was drafted after the instant
   */
  public Optional<VersionStatus> statusAt(String version, Instant instant) {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(instant, "instant");
    Version v = state.versions.get(version);
    return v == null ? Optional.empty() : Optional.ofNullable(v.statusAt(instant));
  }

  /**
   * The version effective at an instant.
   *
   * @param instant the instant, not null
   * @return its label, or empty if no version is effective then
   */
  public Optional<String> effectiveVersionAt(Instant instant) {
    Version v = state.effectiveAt(Objects.requireNonNull(instant, "instant"));
    return v == null ? Optional.empty() : Optional.of(v.label);
  }

  /**
   * From when a version is effective.
   *
   * @param version the version label, not null
   * @return the instant, if the version was made effective (and, for a withdrawn document, that
   *     instant was not after the withdrawal)
   */
  public Optional<Instant> effectiveFrom(String version) {
    Version v = state.versions.get(Objects.requireNonNull(version, "version"));
    return v == null ? Optional.empty() : Optional.ofNullable(v.effectiveFrom);
  }

  /**
   * From when a version is obsolete: the effective date of the version made effective after it, or
   * the withdrawal of the document.
   *
   * @param version the version label, not null
   * @return the instant, if the version is or will be obsolete
   */
  public Optional<Instant> obsoleteFrom(String version) {
    Version v = state.versions.get(Objects.requireNonNull(version, "version"));
    return v == null ? Optional.empty() : Optional.ofNullable(v.obsoleteFrom);
  }

  /**
   * Who approved a version.
   *
   * @param version the version label, not null
   * @return the approver, if the version is approved
   */
  public Optional<PersonId> approvedBy(String version) {
    Version v = state.versions.get(Objects.requireNonNull(version, "version"));
    return v == null ? Optional.empty() : Optional.ofNullable(v.approvedBy);
  }

  /**
   * When the document was withdrawn.
   *
   * @return the instant, if it is withdrawn
   */
  public Optional<Instant> withdrawnAt() {
    return Optional.ofNullable(state.withdrawnAt);
  }

  /**
   * When the periodic review of the version effective at an instant is due, as known at that
   * instant: its last periodic review at or before the instant, or else the instant it became
   * effective, plus the {@linkplain #reviewInterval() review interval} (added in UTC).
   *
   * @param instant the instant, not null
   * @return the due instant, or empty if no version is effective then
   */
  public Optional<Instant> reviewDueAt(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    Version v = state.effectiveAt(instant);
    if (v == null) {
      return Optional.empty();
    }
    Instant base = Objects.requireNonNull(v.effectiveFrom);
    for (Instant r : v.periodicReviews) {
      if (!r.isAfter(instant) && r.isAfter(base)) {
        base = r;
      }
    }
    return Optional.of(plusInterval(base));
  }

  /**
   * Tells whether the periodic review of the version effective at an instant is overdue then: the
   * instant is at or after {@link #reviewDueAt(Instant)}.
   *
   * @param instant the instant, not null
   * @return true if overdue; false if not, or if no version is effective then
   */
  public boolean isReviewOverdueAt(Instant instant) {
    return reviewDueAt(instant).map(due -> !instant.isBefore(due)).orElse(false);
  }

  /**
   * The instants at which a status, the effective version or the review's being overdue can
   * change: every event's instant, every effective and obsolete date, and the review due dates that
   * can follow (one interval after each effective date and each periodic review).
   *
   * @return the instants, sorted, without repeats, unmodifiable
   */
  public List<Instant> dates() {
    TreeSet<Instant> all = new TreeSet<>();
    history.events().forEach(e -> all.add(e.at()));
    for (Version v : state.versions.values()) {
      if (v.effectiveFrom != null) {
        all.add(v.effectiveFrom);
        all.add(plusInterval(v.effectiveFrom));
      }
      if (v.obsoleteFrom != null) {
        all.add(v.obsoleteFrom);
      }
      for (Instant r : v.periodicReviews) {
        all.add(plusInterval(r));
      }
    }
    return List.copyOf(all);
  }

  /** Two documents are equal when their histories are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ControlledDocument && history.equals(((ControlledDocument) o).history);
  }

  @Override
  public int hashCode() {
    return history.hashCode();
  }

  @Override
  public String toString() {
    return "ControlledDocument{" + state.id + ", " + state.versions.size() + " versions"
        + (state.withdrawnAt == null ? "" : ", withdrawn") + ", " + history.size() + " events}";
  }

  private Instant plusInterval(Instant base) {
    Period p = state.reviewInterval;
    try {
      return base.atOffset(ZoneOffset.UTC).plus(p).toInstant();
    } catch (DateTimeException | ArithmeticException e) {
      // at the far ends of the Instant range, beyond what a calendar date holds: at least as late
      // as the calendar sum would be, or the last instant
      try {
        return base.plus(Duration.ofDays(p.getYears() * 366L + p.getMonths() * 31L + p.getDays()));
      } catch (DateTimeException | ArithmeticException beyond) {
        return Instant.MAX;
      }
    }
  }

  private static String checkTitle(String title, DocumentId id) {
    return Checks.line(title, MAX_TITLE, "controlled document " + id + ": title");
  }

  private static Period checkInterval(Period p, DocumentId id) {
    boolean ok =
        !p.isZero()
            && p.getYears() >= 0
            && p.getMonths() >= 0
            && p.getDays() >= 0
            && p.toTotalMonths() * 365 + p.getDays() * 12L <= 12L * 365 * MAX_REVIEW_INTERVAL_YEARS;
    if (!ok) {
      throw new InvalidModelException(
          "controlled document " + id + ": reviewInterval was " + p + "; expected a positive period of at most "
              + MAX_REVIEW_INTERVAL_YEARS + " years without negative parts, such as P1Y or P6M");
    }
    return p;
  }

  /** One version, as derived so far. */
  private static final class Version {
    final String label;
    final PersonId draftedBy;
    final Instant draftedAt;
    @Nullable PersonId approvedBy;
    @Nullable Instant approvedAt;
    @Nullable Instant effectiveFrom;
    @Nullable Instant obsoleteFrom;
    /** The instants of the periodic reviews done while this version was effective, in order. */
    List<Instant> periodicReviews = new ArrayList<>(0);

    Version(String label, PersonId draftedBy, Instant draftedAt) {
      this.label = label;
      this.draftedBy = draftedBy;
      this.draftedAt = draftedAt;
    }

    Version copy() {
      Version v = new Version(label, draftedBy, draftedAt);
      v.approvedBy = approvedBy;
      v.approvedAt = approvedAt;
      v.effectiveFrom = effectiveFrom;
      v.obsoleteFrom = obsoleteFrom;
      v.periodicReviews = new ArrayList<>(periodicReviews);
      return v;
    }

    @Nullable VersionStatus statusAt(Instant t) {
      if (t.isBefore(draftedAt)) {
        return null;
      }
      if (obsoleteFrom != null && !t.isBefore(obsoleteFrom)) {
        return VersionStatus.OBSOLETE;
      }
      if (effectiveFrom != null && !t.isBefore(effectiveFrom)) {
        return VersionStatus.EFFECTIVE;
      }
      if (approvedAt != null && !t.isBefore(approvedAt)) {
        return VersionStatus.APPROVED;
      }
      return VersionStatus.DRAFT;
    }
  }

  /** The state derived from events, folded one event at a time. */
  private static final class State {
    DocumentId id = DocumentId.of("uncreated");
    String title = "";
    Period reviewInterval = Period.ZERO;
    boolean created;
    LinkedHashMap<String, Version> versions = new LinkedHashMap<>();
    /** The versions made effective, in order of their effective dates, which strictly increase. */
    List<Version> schedule = new ArrayList<>();
    @Nullable Instant withdrawnAt;

    State copy() {
      State s = new State();
      s.id = id;
      s.title = title;
      s.reviewInterval = reviewInterval;
      s.created = created;
      for (Version v : versions.values()) {
        s.versions.put(v.label, v.copy());
      }
      for (Version v : schedule) {
        s.schedule.add(s.versions.get(v.label));
      }
      s.withdrawnAt = withdrawnAt;
      return s;
    }

    /** The version effective at an instant, or null. */
    @Nullable Version effectiveAt(Instant t) {
      int lo = 0;
      int hi = schedule.size() - 1;
      Version found = null;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        Version v = schedule.get(mid);
        if (Objects.requireNonNull(v.effectiveFrom).isAfter(t)) {
          hi = mid - 1;
        } else {
          found = v;
          lo = mid + 1;
        }
      }
      return found != null && (found.obsoleteFrom == null || found.obsoleteFrom.isAfter(t)) ? found : null;
    }

    private @Nullable Version lastScheduled() {
      return schedule.isEmpty() ? null : schedule.get(schedule.size() - 1);
    }

    /** Throws if the transition's gate is not met; changes nothing. */
    void gate(DocumentTransition t, Map<String, String> data, By by) {
      List<String> missing = new ArrayList<>(2);
      Instant at = by.at();
      String label = data.get(VERSION);
      Version v = label == null ? null : versions.get(label);
      if (t == DocumentTransition.CREATE) {
        missing.add("nothing: the document exists already");
      } else if (withdrawnAt != null) {
        missing.add("a document not withdrawn: it was withdrawn at " + withdrawnAt);
      } else {
        switch (t) {
          case DRAFT -> {
            if (v != null) {
              missing.add("a version label not used yet: version " + label + " was drafted at " + v.draftedAt);
            } else if (versions.size() >= MAX_VERSIONS) {
              missing.add("room for another version: the document has " + MAX_VERSIONS + " versions, the most allowed");
            }
          }
          case REVIEW, APPROVE -> {
            if (v == null) {
              missing.add("a drafted version: version " + label + " was never drafted");
            } else {
              if (v.approvedAt != null) {
                missing.add("a draft: version " + label + " was approved at " + v.approvedAt);
              }
              if (t == DocumentTransition.APPROVE && v.draftedBy.equals(by.person())) {
                missing.add("an approver who did not draft the version: " + by.person() + " drafted version " + label);
              }
            }
          }
          case MAKE_EFFECTIVE -> {
            if (v == null) {
              missing.add("a drafted version: version " + label + " was never drafted");
            } else if (v.approvedAt == null) {
              missing.add("an approved version: version " + label + " is a draft");
            } else if (v.effectiveFrom != null) {
              missing.add("a version never made effective: version " + label + " is effective from " + v.effectiveFrom);
            } else {
              Instant from = instant(required(data, EFFECTIVE_FROM));
              if (from.isBefore(at)) {
                missing.add("an effective date not before the act at " + at + ": it was " + from);
              }
              Version last = lastScheduled();
              if (last != null && !from.isAfter(Objects.requireNonNull(last.effectiveFrom))) {
                missing.add(
                    "an effective date after " + last.effectiveFrom + ", from which version " + last.label + " is effective: it was " + from);
              }
            }
          }
          case RECORD_PERIODIC_REVIEW -> {
            if (effectiveAt(at) == null) {
              missing.add("an effective version at " + at);
            }
          }
          case WITHDRAW -> {
            if (by.reason().isEmpty()) {
              missing.add("a reason for withdrawing");
            }
          }
          default -> throw new AssertionError(t);
        }
      }
      if (!missing.isEmpty()) {
        Version shown = v;
        String shownLabel = label;
        if (t == DocumentTransition.CREATE || t == DocumentTransition.RECORD_PERIODIC_REVIEW || t == DocumentTransition.WITHDRAW) {
          shown = effectiveAt(at);
          shownLabel = shown == null ? null : shown.label;
        }
        throw new IllegalDocumentTransitionException(id, shownLabel, shown == null ? null : shown.statusAt(at), t, missing);
      }
    }

    /** Folds one event in, checking its gate and data. */
    void apply(Event e) {
      DocumentTransition t =
          DocumentTransition.ofEventName(e.action())
              .orElseThrow(() -> new InvalidModelException("action was " + Checks.quote(e.action()) + "; expected a controlled document transition"));
      if (!e.meaning().equals(Optional.of(t.meaning()))) {
        throw new InvalidModelException(
            "meaning was " + e.meaning().map(Enum::name).orElse("none") + "; expected " + t.meaning().name() + " for " + e.action());
      }
      Map<String, String> data = e.data();
      if (!created) {
        if (t != DocumentTransition.CREATE) {
          throw new InvalidModelException("action was " + e.action() + "; expected " + DocumentTransition.CREATE.eventName() + " as the first event");
        }
        id = DocumentId.parse(required(data, ID));
        title = checkTitle(required(data, TITLE), id);
        reviewInterval = checkInterval(period(required(data, REVIEW_INTERVAL)), id);
        created = true;
        return;
      }
      String label = data.get(VERSION);
      if (label != null) {
        DocumentVersionRef.checkVersion(label, "data version");
      } else if (t != DocumentTransition.CREATE && t != DocumentTransition.WITHDRAW && t != DocumentTransition.RECORD_PERIODIC_REVIEW) {
        throw new InvalidModelException("data version was missing");
      }
      By by = new By(e.actor(), e.actorName(), e.at(), e.reason());
      gate(t, data, by);
      Instant at = e.at();
      switch (t) {
        case DRAFT -> versions.put(Objects.requireNonNull(label), new Version(label, e.actor(), at));
        case REVIEW -> {
          // a review of a draft is a signature in the record; nothing else follows from it
        }
        case APPROVE -> {
          Version v = Objects.requireNonNull(versions.get(label));
          v.approvedBy = e.actor();
          v.approvedAt = at;
        }
        case MAKE_EFFECTIVE -> {
          Version v = Objects.requireNonNull(versions.get(label));
          Instant from = instant(required(data, EFFECTIVE_FROM));
          Version last = lastScheduled();
          if (last != null) {
            last.obsoleteFrom = from;
          }
          v.effectiveFrom = from;
          schedule.add(v);
        }
        case RECORD_PERIODIC_REVIEW -> {
          Version v = Objects.requireNonNull(effectiveAt(at));
          if (!v.label.equals(label)) {
            throw new InvalidModelException(
                "data version was " + (label == null ? "missing" : label) + "; expected " + v.label + ", the version effective at " + at);
          }
          v.periodicReviews.add(at);
        }
        case WITHDRAW -> {
          withdrawnAt = at;
          Version last = lastScheduled();
          while (last != null && Objects.requireNonNull(last.effectiveFrom).isAfter(at)) {
            // scheduled to become effective after the withdrawal: it never does
            last.effectiveFrom = null;
            last.obsoleteFrom = null;
            schedule.remove(schedule.size() - 1);
            last = lastScheduled();
          }
          if (last != null) {
            last.obsoleteFrom = at;
          }
        }
        default -> throw new AssertionError(t);
      }
    }

    private static String required(Map<String, String> data, String key) {
      String v = data.get(key);
      if (v == null) {
        throw new InvalidModelException("data " + key + " was missing");
      }
      return v;
    }

    private static Instant instant(String value) {
      try {
        return Instant.parse(value);
      } catch (DateTimeException e) {
        throw new InvalidModelException(
            "data " + EFFECTIVE_FROM + " was " + Checks.quote(value) + "; expected an ISO-8601 instant such as 2026-06-30T00:00:00Z");
      }
    }

    private static Period period(String value) {
      try {
        return Period.parse(value);
      } catch (DateTimeException e) {
        throw new InvalidModelException("data " + REVIEW_INTERVAL + " was " + Checks.quote(value) + "; expected an ISO-8601 period such as P1Y");
      }
    }
  }
}
