package org.qms4j.certification;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.qms4j.InvalidModelException;
import org.qms4j.audit.AuditId;
import org.qms4j.catalog.CatalogId;
import org.qms4j.history.By;
import org.qms4j.history.Event;
import org.qms4j.history.History;
import org.qms4j.history.Verification;
import org.qms4j.internal.Checks;

/**
 * A certificate of conformity to a standard's catalog, issued by a certification body, through its
 * cycle: application, stage 1 audit (readiness, documents), stage 2 audit (implementation),
 * certification decision, a validity of {@value #VALIDITY_YEARS} years, surveillance audits due
 * {@value #FIRST_SURVEILLANCE_MONTHS} and {@value #SECOND_SURVEILLANCE_MONTHS} months after the
 * decision, and recertification before expiry, which starts a new cycle. Its {@link #history()} is
 * the record; everything else (status, decision, expiry, surveillance due dates, audits) is derived
 * from it and never stored beside it.
 *
 * <p>Each transition method returns a new certificate with one more event and leaves this one
 * unchanged; a transition whose gate is not met at the event's instant throws an {@link
 * IllegalCertificateTransitionException} naming the certificate, its status then, the transition
 * and what is missing (see {@link CertificateTransition} for the table). Expiry needs no event: a
 * certified or suspended certificate is {@link CertificateStatus#EXPIRED} at and after its
 * {@link #expiresAt()} unless it was recertified before, and no transition is accepted then.
 *
 * <p>Whether open major nonconformities allow a certificate to be issued or kept is not judged
 * here: the quality system that holds the certificate checks it. The audits recorded ({@link
 * #audits()}) must exist in that quality system.
 *
 * <p>Times are instants; months and years are counted in UTC. Every query that depends on time
 * takes the instant as an argument. A host that stores events rebuilds the certificate with {@link
 * #replay(History)}, which first verifies the history's hash chain. Limits: certification body one
 * line of at most {@value #MAX_BODY} characters; reasons at most {@value Event#MAX_TEXT}
 * characters; at most {@value History#MAX_EVENTS} events. Immutable and thread-safe.
 *
 * <pre>{@code
 * Certificate c = Certificate.apply(CertificateId.of("CERT-1"), CatalogId.of("iso-9001:2015"),
 *         "Example Certification Ltd", By.of(ana, t0))
 *     .recordStage1(AuditId.of("S1"), By.of(ana, t1))
 *     .recordStage2(AuditId.of("S2"), By.of(ana, t2))
 *     .certify(decision, By.of(ana, t3))
 *     .recordSurveillance(AuditId.of("SV1"), By.of(ana, t4));
 * c.statusAt(now);                  // Optional[CERTIFIED], or EXPIRED from c.expiresAt() on
 * c.nextSurveillanceDueAt(now);     // decision + 24 months, once SV1 is recorded
 * c.isSurveillanceOverdueAt(now);   // true from that date on until the next surveillance
 * }</pre>
 */
public final class Certificate {
  /** The longest certification body's name accepted. */
  public static final int MAX_BODY = 300;
  /** How many years a certificate is valid from its decision. */
  public static final int VALIDITY_YEARS = 3;
  /** When the first surveillance audit is due, in months after the decision. */
  public static final int FIRST_SURVEILLANCE_MONTHS = 12;
  /** When the second surveillance audit is due, in months after the decision. */
  public static final int SECOND_SURVEILLANCE_MONTHS = 24;

  static final String ID = "id";
  static final String CATALOG = "catalog";
  static final String BODY = "body";
  static final String AUDIT = "audit";
  static final String DECISION = "decision";

  private final History history;
  private final State state;

  private Certificate(History history, State state) {
    this.history = history;
    this.state = state;
  }

  /**
   * Applies for certification.
   *
   * @param id the certificate's id, not null
   * @param catalog the catalog (standard) certified against, not null
   * @param body the certification body, one line of at most {@value #MAX_BODY} characters, not null
   * @param by who applied and when, not null
   * @return the certificate, {@link CertificateStatus#APPLIED}
   * @throws InvalidModelException if the body is blank, too long or not one line
   */
  public static Certificate apply(CertificateId id, CatalogId catalog, String body, By by) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(by, "by");
    Checks.line(body, MAX_BODY, "certificate " + id + ": body");
    Map<String, String> data = new TreeMap<>();
    data.put(ID, id.value());
    data.put(CATALOG, catalog.value());
    data.put(BODY, body);
    CertificateTransition t = CertificateTransition.APPLY;
    History h = History.empty().append(t.eventName(), data, by, t.meaning().orElse(null));
    State s = new State();
    s.apply(h.last().orElseThrow());
    return new Certificate(h, s);
  }

  /**
   * Rebuilds a certificate from its stored history, checking the hash chain and every gate.
   *
   * @param history the history, not empty, not null
   * @return the certificate
   * @throws InvalidModelException if the history does not verify or an event breaks a gate or
   *     carries malformed data; the message names the event
   */
  public static Certificate replay(History history) {
    Objects.requireNonNull(history, "history");
    Verification v = history.verify();
    if (!v.intact()) {
      throw new InvalidModelException("certificate history: " + v.problem().orElseThrow());
    }
    if (history.isEmpty()) {
      throw new InvalidModelException("certificate history: was empty; expected an applied event first");
    }
    State s = new State();
    List<Event> events = history.events();
    for (int k = 0; k < events.size(); k++) {
      try {
        s.apply(events.get(k));
      } catch (IllegalCertificateTransitionException | InvalidModelException e) {
        throw new InvalidModelException("certificate history: event " + k + ": " + e.getMessage());
      }
    }
    return new Certificate(history, s);
  }

  private Certificate then(CertificateTransition t, Map<String, String> data, By by) {
    Objects.requireNonNull(by, "by");
    state.gate(t, data, by);
    History next = history.append(t.eventName(), data, by, t.meaning().orElse(null));
    State s = state.copy();
    s.apply(next.last().orElseThrow());
    return new Certificate(next, s);
  }

  /**
   * Records the stage 1 audit: readiness and documents.
   *
   * @param audit the audit, not recorded for this certificate yet, not null
   * @param by who recorded it and when, not null
   * @return the certificate, {@link CertificateStatus#STAGE_1_DONE}
   * @throws IllegalCertificateTransitionException unless the certificate is {@link
   *     CertificateStatus#APPLIED} and the audit is new to it
   */
  public Certificate recordStage1(AuditId audit, By by) {
    return then(CertificateTransition.RECORD_STAGE_1, Map.of(AUDIT, Objects.requireNonNull(audit, "audit").value()), by);
  }

  /**
   * Records the stage 2 audit: implementation.
   *
   * @param audit the audit, not recorded for this certificate yet, not null
   * @param by who recorded it and when, not null
   * @return the certificate, {@link CertificateStatus#STAGE_2_DONE}
   * @throws IllegalCertificateTransitionException unless the certificate is {@link
   *     CertificateStatus#STAGE_1_DONE} and the audit is new to it
   */
  public Certificate recordStage2(AuditId audit, By by) {
    return then(CertificateTransition.RECORD_STAGE_2, Map.of(AUDIT, Objects.requireNonNull(audit, "audit").value()), by);
  }

  /**
   * Records the certification decision, which starts the first cycle: valid {@value
   * #VALIDITY_YEARS} years from the decision, surveillance due {@value #FIRST_SURVEILLANCE_MONTHS}
   * and {@value #SECOND_SURVEILLANCE_MONTHS} months after it.
   *
   * @param decision when the certification body decided; not after {@code by.at()} and less than
   *     {@value #VALIDITY_YEARS} years before it, not null
   * @param by who recorded the decision and when, not null
   * @return the certificate, {@link CertificateStatus#CERTIFIED}
   * @throws IllegalCertificateTransitionException unless the certificate is {@link
   *     CertificateStatus#STAGE_2_DONE} and the decision is in range
   */
  public Certificate certify(Instant decision, By by) {
    return then(CertificateTransition.CERTIFY, Map.of(DECISION, Objects.requireNonNull(decision, "decision").toString()), by);
  }

  /**
   * Records a surveillance audit, which meets the earliest surveillance due date of the current
   * cycle not met yet (a surveillance beyond the two due dates meets none).
   *
   * @param audit the audit, not recorded for this certificate yet, not null
   * @param by who recorded it and when, not null
   * @return the certificate, in the same status
   * @throws IllegalCertificateTransitionException unless the certificate is {@link
   *     CertificateStatus#CERTIFIED} or {@link CertificateStatus#SUSPENDED} at {@code by.at()} and
   *     the audit is new to it
   */
  public Certificate recordSurveillance(AuditId audit, By by) {
    return then(CertificateTransition.RECORD_SURVEILLANCE, Map.of(AUDIT, Objects.requireNonNull(audit, "audit").value()), by);
  }

  /**
   * Records the recertification audit and decision, which start a new cycle: valid {@value
   * #VALIDITY_YEARS} years from the new decision, surveillance due again {@value
   * #FIRST_SURVEILLANCE_MONTHS} and {@value #SECOND_SURVEILLANCE_MONTHS} months after it.
   *
   * @param audit the recertification audit, not recorded for this certificate yet, not null
   * @param decision when the certification body decided; not after {@code by.at()} and after the
   *     current cycle's decision, not null
   * @param by who recorded it and when, before the current cycle expires, not null
   * @return the certificate, {@link CertificateStatus#CERTIFIED} in a new cycle
   * @throws IllegalCertificateTransitionException unless the certificate is {@link
   *     CertificateStatus#CERTIFIED} at {@code by.at()}, the audit is new to it and the decision is
   *     in range
   */
  public Certificate recordRecertification(AuditId audit, Instant decision, By by) {
    Map<String, String> data = new TreeMap<>();
    data.put(AUDIT, Objects.requireNonNull(audit, "audit").value());
    data.put(DECISION, Objects.requireNonNull(decision, "decision").toString());
    return then(CertificateTransition.RECERTIFY, data, by);
  }

  /**
   * Suspends the certificate; surveillance stays due and the expiry stands.
   *
   * @param by who suspended it, when and why; the reason is required, not null
   * @return the certificate, {@link CertificateStatus#SUSPENDED}
   * @throws IllegalCertificateTransitionException unless the certificate is {@link
   *     CertificateStatus#CERTIFIED} at {@code by.at()} and a reason is given
   */
  public Certificate suspend(By by) {
    return then(CertificateTransition.SUSPEND, Map.of(), by);
  }

  /**
   * Lifts a suspension.
   *
   * @param by who reinstated it and when, not null
   * @return the certificate, {@link CertificateStatus#CERTIFIED}
   * @throws IllegalCertificateTransitionException unless the certificate is {@link
   *     CertificateStatus#SUSPENDED} at {@code by.at()}
   */
  public Certificate reinstate(By by) {
    return then(CertificateTransition.REINSTATE, Map.of(), by);
  }

  /**
   * Withdraws the application or the certificate for good.
   *
   * @param by who withdrew it, when and why; the reason is required, not null
   * @return the certificate, {@link CertificateStatus#WITHDRAWN}
   * @throws IllegalCertificateTransitionException if the certificate is withdrawn or expired at
   *     {@code by.at()}, or no reason is given
   */
  public Certificate withdraw(By by) {
    return then(CertificateTransition.WITHDRAW, Map.of(), by);
  }

  /**
   * The certificate as it stood at an instant: its history up to then, replayed.
   *
   * @param instant the instant, not null
   * @return the certificate then, or empty if it was applied for later
   */
  public Optional<Certificate> asOf(Instant instant) {
    History h = history.asOf(instant);
    if (h == history) {
      return Optional.of(this);
    }
    if (h.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Certificate(h, State.of(h)));
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
  public CertificateId id() {
    return state.id;
  }

  /**
   * The catalog (standard) certified against.
   *
   * @return the catalog id
   */
  public CatalogId catalog() {
    return Objects.requireNonNull(state.catalog);
  }

  /**
   * The certification body.
   *
   * @return its name, one line
   */
  public String body() {
    return state.body;
  }

  /**
   * When the certificate was applied for.
   *
   * @return the instant of the first event
   */
  public Instant appliedAt() {
    return history.events().get(0).at();
  }

  /**
   * The status at an instant: the status the events up to then left, or {@link
   * CertificateStatus#EXPIRED} if it was certified or suspended and the cycle expired at or before
   * the instant.
   *
   * @param t the instant, not null
   * @return the status, or empty before the application
   */
  public Optional<CertificateStatus> statusAt(Instant t) {
    Objects.requireNonNull(t, "t");
    State s = stateAt(t);
    return s == null ? Optional.empty() : Optional.of(s.statusAt(t));
  }

  /**
   * The audits recorded for the certificate: stage 1, stage 2, surveillance and recertification,
   * sorted by id.
   *
   * @return the audit ids, unmodifiable
   */
  public Set<AuditId> audits() {
    return Collections.unmodifiableSet(state.audits);
  }

  /**
   * The decision of the current (latest) cycle: the certification decision, or the latest
   * recertification decision.
   *
   * @return the instant, if certified
   */
  public Optional<Instant> decisionAt() {
    return Optional.ofNullable(state.decision);
  }

  /**
   * When the current (latest) cycle expires: {@value #VALIDITY_YEARS} years after its decision.
   *
   * @return the instant, if certified
   */
  public Optional<Instant> expiresAt() {
    return state.decision == null ? Optional.empty() : Optional.of(expiry(state.decision));
  }

  /**
   * The surveillance due dates of the current (latest) cycle: {@value #FIRST_SURVEILLANCE_MONTHS}
   * and {@value #SECOND_SURVEILLANCE_MONTHS} months after its decision.
   *
   * @return the two due dates in order, or none before certification; unmodifiable
   */
  public List<Instant> surveillanceDueDates() {
    return state.decision == null ? List.of() : dueDates(state.decision);
  }

  /**
   * The surveillance due at an instant: the first due date of the cycle current then that no
   * surveillance recorded at or before the instant met (each surveillance meets the earliest due
   * date unmet when it was recorded). None is due before certification, after both due dates are
   * met, or once the certificate is withdrawn or expired; a suspended certificate still owes it.
   *
   * @param t the instant, not null
   * @return the due date, which may lie before {@code t}, if one is owed
   */
  public Optional<Instant> nextSurveillanceDueAt(Instant t) {
    Objects.requireNonNull(t, "t");
    State s = stateAt(t);
    if (s == null || s.decision == null) {
      return Optional.empty();
    }
    CertificateStatus status = s.statusAt(t);
    if (status != CertificateStatus.CERTIFIED && status != CertificateStatus.SUSPENDED) {
      return Optional.empty();
    }
    List<Instant> dues = dueDates(s.decision);
    return s.surveillances < dues.size() ? Optional.of(dues.get(s.surveillances)) : Optional.empty();
  }

  /**
   * Tells whether a surveillance is overdue at an instant: its due date ({@link
   * #nextSurveillanceDueAt(Instant)}) is at or before the instant and no surveillance recorded at
   * or before the instant met it.
   *
   * @param t the instant, not null
   * @return true if overdue
   */
  public boolean isSurveillanceOverdueAt(Instant t) {
    return nextSurveillanceDueAt(t).map(due -> !t.isBefore(due)).orElse(false);
  }

  /**
   * When recertification is due: the expiry of the current (latest) cycle, before which it must
   * be recorded.
   *
   * @return the instant, if certified
   */
  public Optional<Instant> recertificationDueAt() {
    return expiresAt();
  }

  /**
   * Tells whether recertification is overdue at an instant: the certificate was certified or
   * suspended, and the cycle current then expired at or before the instant without
   * recertification. This is exactly when {@link #statusAt(Instant)} is {@link
   * CertificateStatus#EXPIRED}.
   *
   * @param t the instant, not null
   * @return true if overdue
   */
  public boolean isRecertificationOverdueAt(Instant t) {
    return statusAt(t).orElse(null) == CertificateStatus.EXPIRED;
  }

  /**
   * The instants at which the certificate's status changes or a date of its own falls: every
   * event's instant, and each cycle's decision, surveillance due dates and expiry.
   *
   * @return the instants, possibly with repeats, unmodifiable
   */
  public List<Instant> dates() {
    List<Instant> all = new ArrayList<>(history.size() + 4 * (state.decisions.size()));
    history.events().forEach(e -> all.add(e.at()));
    for (Instant d : state.decisions) {
      all.add(d);
      all.addAll(dueDates(d));
      all.add(expiry(d));
    }
    return Collections.unmodifiableList(all);
  }

  /** Two certificates are equal when their histories are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Certificate && history.equals(((Certificate) o).history);
  }

  @Override
  public int hashCode() {
    return history.hashCode();
  }

  @Override
  public String toString() {
    return "Certificate{" + state.id + ", " + state.held + ", " + history.size() + " events}";
  }

  /** The state the events at or before an instant left, or null before the application. */
  private @Nullable State stateAt(Instant t) {
    History h = history.asOf(t);
    if (h == history) {
      return state;
    }
    return h.isEmpty() ? null : State.of(h);
  }

  /** The decision plus the validity; the gates make sure it is in range. */
  private static Instant expiry(Instant decision) {
    return Objects.requireNonNull(plusMonths(decision, 12L * VALIDITY_YEARS));
  }

  private static List<Instant> dueDates(Instant decision) {
    return List.of(
        Objects.requireNonNull(plusMonths(decision, FIRST_SURVEILLANCE_MONTHS)),
        Objects.requireNonNull(plusMonths(decision, SECOND_SURVEILLANCE_MONTHS)));
  }

  /** The instant some calendar months later in UTC, or null if out of range. */
  private static @Nullable Instant plusMonths(Instant instant, long months) {
    try {
      return instant.atOffset(ZoneOffset.UTC).plusMonths(months).toInstant();
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  /** The state derived from events, folded one event at a time. */
  private static final class State {
    CertificateId id = CertificateId.of("unapplied");
    @Nullable CatalogId catalog;
    String body = "";
    /** The status the events left; never {@link CertificateStatus#EXPIRED}, which is derived. */
    @Nullable CertificateStatus held;
    TreeSet<AuditId> audits = new TreeSet<>();
    /** The decision of the current cycle. */
    @Nullable Instant decision;
    /** Every cycle's decision, oldest first. */
    List<Instant> decisions = new ArrayList<>(1);
    /** Surveillances recorded in the current cycle. */
    int surveillances;

    static State of(History h) {
      State s = new State();
      h.events().forEach(s::apply);
      return s;
    }

    State copy() {
      State s = new State();
      s.id = id;
      s.catalog = catalog;
      s.body = body;
      s.held = held;
      s.audits = new TreeSet<>(audits);
      s.decision = decision;
      s.decisions = new ArrayList<>(decisions);
      s.surveillances = surveillances;
      return s;
    }

    /** The status at an instant not before the last event folded in. */
    CertificateStatus statusAt(Instant t) {
      CertificateStatus h = Objects.requireNonNull(held);
      if ((h == CertificateStatus.CERTIFIED || h == CertificateStatus.SUSPENDED) && decision != null && !t.isBefore(expiry(decision))) {
        return CertificateStatus.EXPIRED;
      }
      return h;
    }

    /** Throws if the transition's gate is not met at the event's instant; changes nothing. */
    void gate(CertificateTransition t, Map<String, String> data, By by) {
      List<String> missing = new ArrayList<>(2);
      CertificateStatus now = statusAt(by.at());
      if (t == CertificateTransition.APPLY) {
        missing.add("nothing: the certificate is applied for already");
      } else if (now == CertificateStatus.WITHDRAWN) {
        missing.add("a certificate not withdrawn: it was withdrawn for good");
      } else if (now == CertificateStatus.EXPIRED) {
        missing.add("a certificate not expired: it expired at " + expiry(Objects.requireNonNull(decision)) + " without recertification");
      } else {
        switch (t) {
          case RECORD_STAGE_1 -> {
            if (now != CertificateStatus.APPLIED) {
              missing.add("a certificate awaiting its stage 1 audit: it is " + words(now));
            }
            newAudit(data, missing);
          }
          case RECORD_STAGE_2 -> {
            if (now == CertificateStatus.APPLIED) {
              missing.add("a recorded stage 1 audit");
            } else if (now != CertificateStatus.STAGE_1_DONE) {
              missing.add("a certificate awaiting its stage 2 audit: it is " + words(now));
            }
            newAudit(data, missing);
          }
          case CERTIFY -> {
            if (now == CertificateStatus.APPLIED || now == CertificateStatus.STAGE_1_DONE) {
              missing.add("a recorded stage 2 audit");
            } else if (now != CertificateStatus.STAGE_2_DONE) {
              missing.add("a certificate not yet certified: record a recertification instead");
            }
            Instant d = decision(data);
            if (d.isAfter(by.at())) {
              missing.add("a decision not after the event: the decision " + d + " is after " + by.at());
            } else {
              Instant e = plusMonths(d, 12L * VALIDITY_YEARS);
              if (e == null || !by.at().isBefore(e)) {
                missing.add("a decision less than " + VALIDITY_YEARS + " years before the event: the decision " + d + " would have expired by " + by.at());
              }
            }
          }
          case RECORD_SURVEILLANCE -> {
            if (now != CertificateStatus.CERTIFIED && now != CertificateStatus.SUSPENDED) {
              missing.add("a certified or suspended certificate: it is " + words(now));
            }
            newAudit(data, missing);
          }
          case RECERTIFY -> {
            if (now == CertificateStatus.SUSPENDED) {
              missing.add("a certificate not suspended: reinstate it first");
            } else if (now != CertificateStatus.CERTIFIED) {
              missing.add("a certified certificate: it is " + words(now));
            }
            newAudit(data, missing);
            Instant d = decision(data);
            if (d.isAfter(by.at())) {
              missing.add("a decision not after the event: the decision " + d + " is after " + by.at());
            }
            if (decision != null && !d.isAfter(decision)) {
              missing.add("a decision after the current cycle's decision " + decision + ": it was " + d);
            } else if (plusMonths(d, 12L * VALIDITY_YEARS) == null) {
              missing.add("a decision whose expiry is within the supported range of instants: it was " + d);
            }
          }
          case SUSPEND -> {
            if (now != CertificateStatus.CERTIFIED) {
              missing.add("a certified certificate: it is " + words(now));
            }
            if (by.reason().isEmpty()) {
              missing.add("a reason for suspending");
            }
          }
          case REINSTATE -> {
            if (now != CertificateStatus.SUSPENDED) {
              missing.add("a suspended certificate: it is " + words(now));
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
        throw new IllegalCertificateTransitionException(id, now, t, missing);
      }
    }

    private void newAudit(Map<String, String> data, List<String> missing) {
      AuditId a = AuditId.parse(required(data, AUDIT));
      if (audits.contains(a)) {
        missing.add("an audit not recorded yet: " + a + " is recorded for this certificate already");
      }
    }

    /** Folds one event in, checking its gate and data. */
    void apply(Event e) {
      CertificateTransition t =
          CertificateTransition.ofEventName(e.action())
              .orElseThrow(() -> new InvalidModelException("action was " + Checks.quote(e.action()) + "; expected a certificate transition"));
      Map<String, String> data = e.data();
      if (!t.meaning().equals(e.meaning())) {
        throw new InvalidModelException(
            "meaning was " + e.meaning().map(Enum::name).orElse("none") + "; expected " + t.meaning().map(Enum::name).orElse("none") + " for " + e.action());
      }
      if (held == null) {
        if (t != CertificateTransition.APPLY) {
          throw new InvalidModelException("action was " + e.action() + "; expected applied as the first event");
        }
        id = CertificateId.parse(required(data, ID));
        catalog = CatalogId.parse(required(data, CATALOG));
        body = Checks.line(required(data, BODY), MAX_BODY, "certificate " + id + ": body");
        held = CertificateStatus.APPLIED;
        return;
      }
      gate(t, data, new By(e.actor(), e.actorName(), e.at(), e.reason()));
      switch (t) {
        case RECORD_STAGE_1 -> {
          audits.add(AuditId.parse(required(data, AUDIT)));
          held = CertificateStatus.STAGE_1_DONE;
        }
        case RECORD_STAGE_2 -> {
          audits.add(AuditId.parse(required(data, AUDIT)));
          held = CertificateStatus.STAGE_2_DONE;
        }
        case CERTIFY -> {
          startCycle(decision(data));
          held = CertificateStatus.CERTIFIED;
        }
        case RECORD_SURVEILLANCE -> {
          audits.add(AuditId.parse(required(data, AUDIT)));
          surveillances++;
        }
        case RECERTIFY -> {
          audits.add(AuditId.parse(required(data, AUDIT)));
          startCycle(decision(data));
        }
        case SUSPEND -> held = CertificateStatus.SUSPENDED;
        case REINSTATE -> held = CertificateStatus.CERTIFIED;
        case WITHDRAW -> held = CertificateStatus.WITHDRAWN;
        default -> throw new AssertionError(t);
      }
    }

    private void startCycle(Instant d) {
      decision = d;
      decisions.add(d);
      surveillances = 0;
    }

    private static String words(CertificateStatus s) {
      return s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static Instant decision(Map<String, String> data) {
      String value = required(data, DECISION);
      try {
        return Instant.parse(value);
      } catch (DateTimeException e) {
        throw new InvalidModelException("data decision was " + Checks.quote(value) + "; expected an ISO-8601 instant such as 2026-06-30T00:00:00Z");
      }
    }

    private static String required(Map<String, String> data, String key) {
      String v = data.get(key);
      if (v == null) {
        throw new InvalidModelException("data " + key + " was missing");
      }
      return v;
    }
  }
}
