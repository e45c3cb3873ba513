package org.qms4j.capa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.qms4j.InvalidModelException;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.FindingId;
import org.qms4j.history.By;
import org.qms4j.history.Event;
import org.qms4j.history.History;
import org.qms4j.history.Verification;
import org.qms4j.internal.Checks;
import org.qms4j.people.PersonId;

/**
 * A corrective action (CAPA): what an organisation does about one or more nonconformities, from
 * the correction (containment) through root cause, plan, implementation and effectiveness check to
 * closure. Its {@link #history()} is the record; everything else (state, root cause, plan, owner,
 * due date, evidence) is derived from it and never stored beside it.
 *
 * <p>Each transition method returns a new action with one more event and leaves this one
 * unchanged; a transition whose gate is not met throws an {@link IllegalTransitionException}
 * naming the state, the transition and what is missing (see {@link Transition} for the table).
 * The findings linked ({@link #findings()}) and the evidence recorded ({@link
 * #implementationEvidence()}, {@link #effectivenessEvidence()}) must exist in the quality system
 * that holds the action.
 *
 * <p>Events are kept in time order; {@link #asOf(Instant)} gives the action as it stood at an
 * instant. A host that stores events rebuilds the action with {@link #replay(History)}, which
 * first verifies the history's hash chain. Limits: title one line of at most {@value #MAX_TITLE}
 * characters; texts at most {@value Event#MAX_TEXT}; at most {@value #MAX_LINKS} findings and
 * evidence items; at most {@value History#MAX_EVENTS} events. Immutable and thread-safe.
 *
 * <pre>{@code
 * CorrectiveAction ca = CorrectiveAction.open(CorrectiveActionId.of("CA-7"), "Obsolete SOPs on ward 4",
 *         Set.of(nc.id()), By.of(ana, t0))
 *     .recordCorrection("Obsolete copies removed", By.of(ben, t1))
 *     .identifyRootCause("Revisions are not recalled from wards", By.of(ana, t2))
 *     .plan("Add a recall step to SOP-1", ben, due, By.of(ana, t3))
 *     .implement(Set.of(EvidenceId.of("sop-1-rev5")), By.of(ben, t4))
 *     .verifyEffectiveness(Set.of(EvidenceId.of("ward-audit-06")), By.of(cleo, t5))
 *     .close(By.of(ana, t6));
 * }</pre>
 */
public final class CorrectiveAction {
  /** The longest title accepted. */
  public static final int MAX_TITLE = 300;
  /** The most findings, or evidence items of one kind, an action links. */
  public static final int MAX_LINKS = 1_000;

  static final String ID = "id";
  static final String TITLE = "title";
  static final String FINDINGS = "findings";
  static final String FINDING = "finding";
  static final String CORRECTION = "correction";
  static final String ROOT_CAUSE = "rootCause";
  static final String PLAN = "plan";
  static final String OWNER = "owner";
  static final String DUE = "due";
  static final String EVIDENCE = "evidence";
  static final String RETURN_TO = "returnTo";

  private final History history;
  private final State state;

  private CorrectiveAction(History history, State state) {
    this.history = history;
    this.state = state;
  }

  /** Where a failed effectiveness check sends the action. */
  public enum Rework {
    /** Back to root-cause analysis: the root cause and the plan are set aside. */
    ROOT_CAUSE_ANALYSIS,
    /** Back to planning: the root cause stands, the plan is set aside. */
    PLANNING
  }

  /**
   * Opens an action.
   *
   * @param id the action's id, not null
   * @param title what the action is about, one line, not null
   * @param findings the findings it answers, possibly empty, not null
   * @param by who opened it and when, not null
   * @return the action, {@link ActionState#OPENED}
   * @throws InvalidModelException if the title is blank, too long or not one line, or there are too
   *     many findings
   */
  public static CorrectiveAction open(CorrectiveActionId id, String title, Set<FindingId> findings, By by) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(by, "by");
    Map<String, String> data = new TreeMap<>();
    data.put(ID, id.value());
    data.put(TITLE, title);
    if (!findings.isEmpty()) {
      data.put(FINDINGS, joined(findings));
    }
    return start(History.empty(), Transition.OPEN, data, by);
  }

  /**
   * Rebuilds an action from its stored history, checking the hash chain and every gate.
   *
   * @param history the history, not empty, not null
   * @return the action
   * @throws InvalidModelException if the history does not verify or an event breaks a gate or
   *     carries malformed data; the message names the event
   */
  public static CorrectiveAction replay(History history) {
    Objects.requireNonNull(history, "history");
    Verification v = history.verify();
    if (!v.intact()) {
      throw new InvalidModelException("corrective action history: " + v.problem().orElseThrow());
    }
    if (history.isEmpty()) {
      throw new InvalidModelException("corrective action history: was empty; expected an opened event first");
    }
    State s = new State();
    List<Event> events = history.events();
    for (int k = 0; k < events.size(); k++) {
      try {
        s.apply(events.get(k));
      } catch (IllegalTransitionException | InvalidModelException e) {
        throw new InvalidModelException("corrective action history: event " + k + ": " + e.getMessage());
      }
    }
    return new CorrectiveAction(history, s);
  }

  private static CorrectiveAction start(History history, Transition t, Map<String, String> data, By by) {
    History next = history.append(t.eventName(), data, by, t.meaning().orElse(null));
    State s = new State();
    s.apply(next.last().orElseThrow());
    return new CorrectiveAction(next, s);
  }

  private CorrectiveAction then(Transition t, Map<String, String> data, By by) {
    Objects.requireNonNull(by, "by");
    state.gate(t, data, by);
    History next = history.append(t.eventName(), data, by, t.meaning().orElse(null));
    State s = state.copy();
    s.apply(next.last().orElseThrow());
    return new CorrectiveAction(next, s);
  }

  /**
   * Links one more finding the action answers.
   *
   * @param finding the finding, not yet linked, not null
   * @param by who linked it and when, not null
   * @return the action with the link recorded
   * @throws IllegalTransitionException if the action is closed or cancelled, or the finding is
   *     linked already
   */
  public CorrectiveAction linkFinding(FindingId finding, By by) {
    return then(Transition.LINK_FINDING, Map.of(FINDING, Objects.requireNonNull(finding, "finding").value()), by);
  }

  /**
   * Records the correction (containment): what was done at once about the nonconformity.
   *
   * @param correction what was done, not null
   * @param by who did it and when, not null
   * @return the action, {@link ActionState#CORRECTED}
   * @throws IllegalTransitionException unless the action is {@link ActionState#OPENED}
   */
  public CorrectiveAction recordCorrection(String correction, By by) {
    return then(Transition.RECORD_CORRECTION, Map.of(CORRECTION, Objects.requireNonNull(correction, "correction")), by);
  }

  /**
   * Records the root cause.
   *
   * @param rootCause the root cause, not null
   * @param by who identified it and when, not null
   * @return the action, {@link ActionState#ROOT_CAUSE_IDENTIFIED}
   * @throws IllegalTransitionException unless the correction is recorded and no root cause is
   */
  public CorrectiveAction identifyRootCause(String rootCause, By by) {
    return then(Transition.IDENTIFY_ROOT_CAUSE, Map.of(ROOT_CAUSE, Objects.requireNonNull(rootCause, "rootCause")), by);
  }

  /**
   * Records or revises the plan, with the owner who implements it and the due date.
   *
   * @param plan what will be done, not null
   * @param owner who implements it, not null
   * @param due when it is due, not null
   * @param by who planned it and when, not null
   * @return the action, {@link ActionState#PLANNED}
   * @throws IllegalTransitionException unless a root cause is identified
   */
  public CorrectiveAction plan(String plan, PersonId owner, Instant due, By by) {
    Map<String, String> data = new TreeMap<>();
    data.put(PLAN, Objects.requireNonNull(plan, "plan"));
    data.put(OWNER, Objects.requireNonNull(owner, "owner").value());
    data.put(DUE, Objects.requireNonNull(due, "due").toString());
    return then(Transition.PLAN, data, by);
  }

  /**
   * Records or revises the plan without an owner or a due date yet; implementation waits for a
   * plan that has both.
   *
   * @param plan what will be done, not null
   * @param by who planned it and when, not null
   * @return the action, {@link ActionState#PLANNED}
   * @throws IllegalTransitionException unless a root cause is identified
   */
  public CorrectiveAction plan(String plan, By by) {
    return then(Transition.PLAN, Map.of(PLAN, Objects.requireNonNull(plan, "plan")), by);
  }

  /**
   * Records the implementation, or more evidence of it; the actor is an implementer.
   *
   * @param evidence evidence of the implementation, possibly empty, not null
   * @param by who implemented it and when, not null
   * @return the action, {@link ActionState#IMPLEMENTED}
   * @throws IllegalTransitionException unless the action is planned, with an owner and a due date
   */
  public CorrectiveAction implement(Set<EvidenceId> evidence, By by) {
    Objects.requireNonNull(evidence, "evidence");
    return then(Transition.IMPLEMENT, evidence.isEmpty() ? Map.of() : Map.of(EVIDENCE, joined(evidence)), by);
  }

  /**
   * Records a passed effectiveness check.
   *
   * @param evidence evidence of the check, not empty, not null
   * @param by the verifier, who is not an implementer, and when, not null
   * @return the action, {@link ActionState#EFFECTIVENESS_VERIFIED}
   * @throws IllegalTransitionException unless the action is implemented with evidence, the check
   *     has evidence and the verifier did not implement it
   */
  public CorrectiveAction verifyEffectiveness(Set<EvidenceId> evidence, By by) {
    Objects.requireNonNull(evidence, "evidence");
    return then(Transition.VERIFY_EFFECTIVENESS, evidence.isEmpty() ? Map.of() : Map.of(EVIDENCE, joined(evidence)), by);
  }

  /**
   * Records a failed effectiveness check, which stays in the history and sends the action back.
   *
   * @param rework where the action goes back to, not null
   * @param evidence evidence of the check, possibly empty, not null
   * @param by the verifier, who is not an implementer, and when, not null
   * @return the action, {@link ActionState#CORRECTED} or {@link
   *     ActionState#ROOT_CAUSE_IDENTIFIED}
   * @throws IllegalTransitionException unless the action is implemented with evidence and the
   *     verifier did not implement it
   */
  public CorrectiveAction failEffectiveness(Rework rework, Set<EvidenceId> evidence, By by) {
    Objects.requireNonNull(rework, "rework");
    Objects.requireNonNull(evidence, "evidence");
    Map<String, String> data = new TreeMap<>();
    data.put(RETURN_TO, rework == Rework.PLANNING ? "planning" : "root-cause-analysis");
    if (!evidence.isEmpty()) {
      data.put(EVIDENCE, joined(evidence));
    }
    return then(Transition.FAIL_EFFECTIVENESS, data, by);
  }

  /**
   * Closes the action.
   *
   * @param by who closed it and when, not null
   * @return the action, {@link ActionState#CLOSED}
   * @throws IllegalTransitionException unless the effectiveness check passed
   */
  public CorrectiveAction close(By by) {
    return then(Transition.CLOSE, Map.of(), by);
  }

  /**
   * Cancels the action.
   *
   * @param by who cancelled it, when and why; the reason is required, not null
   * @return the action, {@link ActionState#CANCELLED}
   * @throws IllegalTransitionException if the action is closed or cancelled, or no reason is given
   */
  public CorrectiveAction cancel(By by) {
    return then(Transition.CANCEL, Map.of(), by);
  }

  /**
   * The action as it stood at an instant: its history up to then, replayed.
   *
   * @param instant the instant, not null
   * @return the action then, or empty if it was opened later
   */
  public Optional<CorrectiveAction> asOf(Instant instant) {
    History h = history.asOf(instant);
    if (h == history) {
      return Optional.of(this);
    }
    if (h.isEmpty()) {
      return Optional.empty();
    }
    State s = new State();
    h.events().forEach(s::apply);
    return Optional.of(new CorrectiveAction(h, s));
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
  public CorrectiveActionId id() {
    return state.id;
  }

  /**
   * What the action is about.
   *
   * @return the title
   */
  public String title() {
    return state.title;
  }

  /**
   * Where the action stands.
   *
   * @return the state
   */
  public ActionState state() {
    return state.state;
  }

  /**
   * The findings the action answers, sorted by id.
   *
   * @return the finding ids, unmodifiable
   */
  public Set<FindingId> findings() {
    return Collections.unmodifiableSet(state.linkedAt.keySet());
  }

  /**
   * When a finding was linked to the action.
   *
   * @param finding the finding, not null
   * @return the instant of the event that linked it, if it is linked
   */
  public Optional<Instant> linkedAt(FindingId finding) {
    return Optional.ofNullable(state.linkedAt.get(Objects.requireNonNull(finding, "finding")));
  }

  /**
   * When the action was opened.
   *
   * @return the instant of the first event
   */
  public Instant openedAt() {
    return history.events().get(0).at();
  }

  /**
   * The correction (containment) recorded, if any.
   *
   * @return the correction
   */
  public Optional<String> correction() {
    return Optional.ofNullable(state.correction);
  }

  /**
   * When the correction was recorded.
   *
   * @return the instant, if recorded
   */
  public Optional<Instant> correctedAt() {
    return Optional.ofNullable(state.correctedAt);
  }

  /**
   * The root cause standing now; set aside by a failed check that sends the action back to
   * analysis.
   *
   * @return the root cause, if any
   */
  public Optional<String> rootCause() {
    return Optional.ofNullable(state.rootCause);
  }

  /**
   * The plan standing now; set aside by a failed check.
   *
   * @return the plan, if any
   */
  public Optional<String> plan() {
    return Optional.ofNullable(state.plan);
  }

  /**
   * When the action was first planned.
   *
   * @return the instant, if it was ever planned
   */
  public Optional<Instant> firstPlannedAt() {
    return Optional.ofNullable(state.firstPlannedAt);
  }

  /**
   * Who implements the plan standing now.
   *
   * @return the owner, if the plan names one
   */
  public Optional<PersonId> owner() {
    return Optional.ofNullable(state.owner);
  }

  /**
   * When the plan standing now is due.
   *
   * @return the due date, if the plan has one
   */
  public Optional<Instant> due() {
    return Optional.ofNullable(state.due);
  }

  /**
   * Who implemented the action since it was last planned.
   *
   * @return the implementers, sorted, unmodifiable
   */
  public Set<PersonId> implementers() {
    return Collections.unmodifiableSet(state.implementers);
  }

  /**
   * Every evidence item of implementation recorded, over every round, sorted by id.
   *
   * @return the evidence ids, unmodifiable
   */
  public Set<EvidenceId> implementationEvidence() {
    return Collections.unmodifiableSet(state.allImplementationEvidence);
  }

  /**
   * Every evidence item of effectiveness checks recorded, passed or failed, sorted by id.
   *
   * @return the evidence ids, unmodifiable
   */
  public Set<EvidenceId> effectivenessEvidence() {
    return Collections.unmodifiableSet(state.effectivenessEvidence);
  }

  /**
   * When the effectiveness check passed.
   *
   * @return the instant, if it passed
   */
  public Optional<Instant> effectivenessVerifiedAt() {
    return Optional.ofNullable(state.verifiedAt);
  }

  /**
   * How many effectiveness checks failed.
   *
   * @return the number of failed checks
   */
  public int failedChecks() {
    return state.failedChecks;
  }

  /**
   * When the action was closed or cancelled.
   *
   * @return the instant, if it is no longer open
   */
  public Optional<Instant> endedAt() {
    return state.state.isOpen() ? Optional.empty() : Optional.of(history.last().orElseThrow().at());
  }

  /**
   * The instants at which the action's state changes or a deadline of its own falls: every
   * event's instant and the plan's due date.
   *
   * @return the instants, possibly with repeats
   */
  public List<Instant> dates() {
    List<Instant> all = new ArrayList<>(history.size() + 1);
    history.events().forEach(e -> all.add(e.at()));
    if (state.due != null) {
      all.add(state.due);
    }
    for (Instant d : state.pastDues) {
      all.add(d);
    }
    return all;
  }

  /** Two actions are equal when their histories are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof CorrectiveAction && history.equals(((CorrectiveAction) o).history);
  }

  @Override
  public int hashCode() {
    return history.hashCode();
  }

  @Override
  public String toString() {
    return "CorrectiveAction{" + state.id + ", " + state.state + ", " + history.size() + " events}";
  }

  private static String joined(Collection<?> ids) {
    if (ids.size() > MAX_LINKS) {
      throw new InvalidModelException("corrective action: had " + ids.size() + " links in one event; expected at most " + MAX_LINKS);
    }
    StringBuilder s = new StringBuilder();
    for (Object id : new TreeSet<>(ids.stream().map(Object::toString).toList())) {
      if (s.length() > 0) {
        s.append(',');
      }
      s.append(id);
    }
    return s.toString();
  }

  /** The state derived from events, folded one event at a time. */
  private static final class State {
    CorrectiveActionId id = CorrectiveActionId.of("unopened");
    String title = "";
    @Nullable ActionState state;
    TreeMap<FindingId, Instant> linkedAt = new TreeMap<>();
    @Nullable String correction;
    @Nullable Instant correctedAt;
    @Nullable String rootCause;
    @Nullable String plan;
    @Nullable Instant firstPlannedAt;
    @Nullable PersonId owner;
    @Nullable Instant due;
    List<Instant> pastDues = new ArrayList<>(0);
    TreeSet<PersonId> implementers = new TreeSet<>();
    TreeSet<EvidenceId> implementationEvidence = new TreeSet<>();
    TreeSet<EvidenceId> allImplementationEvidence = new TreeSet<>();
    TreeSet<EvidenceId> effectivenessEvidence = new TreeSet<>();
    @Nullable Instant verifiedAt;
    int failedChecks;

    State copy() {
      State s = new State();
      s.id = id;
      s.title = title;
      s.state = state;
      s.linkedAt = new TreeMap<>(linkedAt);
      s.correction = correction;
      s.correctedAt = correctedAt;
      s.rootCause = rootCause;
      s.plan = plan;
      s.firstPlannedAt = firstPlannedAt;
      s.owner = owner;
      s.due = due;
      s.pastDues = new ArrayList<>(pastDues);
      s.implementers = new TreeSet<>(implementers);
      s.implementationEvidence = new TreeSet<>(implementationEvidence);
      s.allImplementationEvidence = new TreeSet<>(allImplementationEvidence);
      s.effectivenessEvidence = new TreeSet<>(effectivenessEvidence);
      s.verifiedAt = verifiedAt;
      s.failedChecks = failedChecks;
      return s;
    }

    /** Throws if the transition's gate is not met; changes nothing. */
    void gate(Transition t, Map<String, String> data, By by) {
      List<String> missing = new ArrayList<>(2);
      ActionState now = Objects.requireNonNull(state);
      if (t == Transition.OPEN) {
        missing.add("nothing: the action is open already");
      } else if (!now.isOpen()) {
        missing.add("an open action: it is " + now.name().toLowerCase(java.util.Locale.ROOT));
      } else {
        switch (t) {
          case LINK_FINDING -> {
            String f = data.get(FINDING);
            if (f != null && linkedAt.containsKey(FindingId.parse(f))) {
              missing.add("a finding not linked yet: " + f + " is linked already");
            }
          }
          case RECORD_CORRECTION -> {
            if (now != ActionState.OPENED) {
              missing.add("an action still owing its correction: the correction is recorded already");
            }
          }
          case IDENTIFY_ROOT_CAUSE -> {
            if (now == ActionState.OPENED) {
              missing.add("a recorded correction");
            } else if (now != ActionState.CORRECTED) {
              missing.add("an action awaiting root-cause analysis: the root cause is identified already");
            }
          }
          case PLAN -> {
            if (rootCause == null) {
              missing.add("a root cause");
            } else if (now != ActionState.ROOT_CAUSE_IDENTIFIED && now != ActionState.PLANNED) {
              missing.add("an action not yet implemented: revise the plan after a failed check");
            }
          }
          case IMPLEMENT -> {
            if (plan == null) {
              missing.add("a plan");
            } else if (now != ActionState.PLANNED && now != ActionState.IMPLEMENTED) {
              missing.add("an action not yet verified");
            } else {
              if (owner == null) {
                missing.add("an owner of the plan");
              }
              if (due == null) {
                missing.add("a due date of the plan");
              }
            }
          }
          case VERIFY_EFFECTIVENESS, FAIL_EFFECTIVENESS -> {
            if (now != ActionState.IMPLEMENTED) {
              missing.add(now == ActionState.EFFECTIVENESS_VERIFIED ? "an unverified action: the check passed already" : "an implementation");
            } else {
              if (implementationEvidence.isEmpty()) {
                missing.add("evidence of implementation");
              }
              if (implementers.contains(by.person())) {
                missing.add("a verifier who is not an implementer: " + by.person() + " implemented it");
              }
              if (t == Transition.VERIFY_EFFECTIVENESS && !data.containsKey(EVIDENCE)) {
                missing.add("evidence of the effectiveness check");
              }
            }
          }
          case CLOSE -> {
            if (now != ActionState.EFFECTIVENESS_VERIFIED) {
              missing.add("a passed effectiveness check");
            }
          }
          case CANCEL -> {
            if (by.reason().isEmpty()) {
              missing.add("a reason for cancelling");
            }
          }
          default -> throw new AssertionError(t);
        }
      }
      if (!missing.isEmpty()) {
        throw new IllegalTransitionException(id, now, t, missing);
      }
    }

    /** Folds one event in, checking its gate and data. */
    void apply(Event e) {
      Transition t =
          Transition.ofEventName(e.action())
              .orElseThrow(() -> new InvalidModelException("action was " + Checks.quote(e.action()) + "; expected a corrective action transition"));
      Map<String, String> data = e.data();
      By by = new By(e.actor(), e.actorName(), e.at(), e.reason());
      if (!t.meaning().equals(e.meaning())) {
        throw new InvalidModelException("meaning was " + e.meaning().map(Enum::name).orElse("none") + "; expected " + t.meaning().map(Enum::name).orElse("none") + " for " + e.action());
      }
      if (state == null) {
        if (t != Transition.OPEN) {
          throw new InvalidModelException("action was " + e.action() + "; expected opened as the first event");
        }
        id = CorrectiveActionId.parse(required(data, ID));
        title = Checks.line(required(data, TITLE), MAX_TITLE, "corrective action " + id + ": title");
        for (FindingId f : ids(data.get(FINDINGS), FindingId::parse)) {
          linkedAt.put(f, e.at());
        }
        state = ActionState.OPENED;
        return;
      }
      gate(t, data, by);
      switch (t) {
        case LINK_FINDING -> linkedAt.put(FindingId.parse(required(data, FINDING)), e.at());
        case RECORD_CORRECTION -> {
          correction = required(data, CORRECTION);
          correctedAt = e.at();
          state = ActionState.CORRECTED;
        }
        case IDENTIFY_ROOT_CAUSE -> {
          rootCause = required(data, ROOT_CAUSE);
          state = ActionState.ROOT_CAUSE_IDENTIFIED;
        }
        case PLAN -> {
          plan = required(data, PLAN);
          String o = data.get(OWNER);
          owner = o == null ? null : PersonId.parse(o);
          String d = data.get(DUE);
          setDue(d == null ? null : instant(d));
          if (firstPlannedAt == null) {
            firstPlannedAt = e.at();
          }
          implementers.clear();
          implementationEvidence.clear();
          state = ActionState.PLANNED;
        }
        case IMPLEMENT -> {
          implementers.add(e.actor());
          for (EvidenceId id : ids(data.get(EVIDENCE), EvidenceId::parse)) {
            implementationEvidence.add(id);
            allImplementationEvidence.add(id);
          }
          state = ActionState.IMPLEMENTED;
        }
        case VERIFY_EFFECTIVENESS -> {
          effectivenessEvidence.addAll(ids(data.get(EVIDENCE), EvidenceId::parse));
          verifiedAt = e.at();
          state = ActionState.EFFECTIVENESS_VERIFIED;
        }
        case FAIL_EFFECTIVENESS -> {
          effectivenessEvidence.addAll(ids(data.get(EVIDENCE), EvidenceId::parse));
          failedChecks++;
          String to = required(data, RETURN_TO);
          plan = null;
          owner = null;
          setDue(null);
          implementers.clear();
          implementationEvidence.clear();
          if (to.equals("planning")) {
            state = ActionState.ROOT_CAUSE_IDENTIFIED;
          } else if (to.equals("root-cause-analysis")) {
            rootCause = null;
            state = ActionState.CORRECTED;
          } else {
            throw new InvalidModelException("data returnTo was " + Checks.quote(to) + "; expected planning or root-cause-analysis");
          }
        }
        case CLOSE -> state = ActionState.CLOSED;
        case CANCEL -> state = ActionState.CANCELLED;
        default -> throw new AssertionError(t);
      }
      if (linkedAt.size() > MAX_LINKS || allImplementationEvidence.size() > MAX_LINKS || effectivenessEvidence.size() > MAX_LINKS) {
        throw new InvalidModelException("corrective action " + id + ": links more than " + MAX_LINKS + " findings or evidence items of one kind");
      }
    }

    private void setDue(@Nullable Instant next) {
      if (due != null) {
        pastDues.add(due);
      }
      due = next;
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
      } catch (java.time.format.DateTimeParseException e) {
        throw new InvalidModelException("data due was " + Checks.quote(value) + "; expected an ISO-8601 instant such as 2026-06-30T00:00:00Z");
      }
    }

    private static <I> List<I> ids(@Nullable String joined, Function<String, I> parse) {
      if (joined == null) {
        return List.of();
      }
      List<I> all = new ArrayList<>();
      for (String part : joined.split(",", -1)) {
        all.add(parse.apply(part));
      }
      return all;
    }
  }
}
