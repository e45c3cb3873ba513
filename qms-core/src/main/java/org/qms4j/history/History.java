package org.qms4j.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.qms4j.InvalidModelException;

/**
 * An append-only, tamper-evident sequence of {@link Event}s: the record of every act done to one
 * thing (a corrective action, a document), from which its current state is derived.
 *
 * <p>{@link #append} returns a new history with one more event, hashed and chained to the last one;
 * nothing ever removes or changes an event. A host stores the {@link #events()} however it likes
 * and restores them with {@link #of(List)}; {@link #verify()} then reports the first event whose
 * content, position or link was changed, and {@link #verify(String)} also catches events cut from
 * the end, given the {@linkplain #head() head hash} the host kept elsewhere. A hash chain without a
 * secret proves that nothing changed since the head was taken; it cannot stop someone who rewrites
 * every event and the head together, so keep the head where events cannot be rewritten (a signed
 * log, another system).
 *
 * <p>Limits: at most {@value #MAX_EVENTS} events; events in time order (an event may share its
 * predecessor's instant). Immutable and thread-safe.
 *
 * <pre>{@code
 * History h = History.empty()
 *     .append("opened", Map.of("title", "Obsolete SOPs on ward 4"), By.of(alice, t0), SignatureMeaning.AUTHORED);
 * Verification v = History.of(h.events()).verify(h.head());
 * assert v.intact();
 * }</pre>
 */
public final class History {
  /** The most events a history holds. */
  public static final int MAX_EVENTS = 10_000;
  /** The {@link Event#previousHash()} of a history's first event: 64 zeros. */
  public static final String GENESIS = "0".repeat(64);

  private static final History EMPTY = new History(List.of());

  private final List<Event> events;

  private History(List<Event> events) {
    this.events = events;
  }

  /**
   * The history with no event.
   *
   * @return the empty history
   */
  public static History empty() {
    return EMPTY;
  }

  /**
   * Restores a history from stored events, as they are: nothing is checked but their number, so
   * that {@link #verify()} can report what was changed.
   *
   * @param events the events in order, not null
   * @return the history
   * @throws NullPointerException if the list or an event is null
   * @throws InvalidModelException if there are more than {@value #MAX_EVENTS} events
   */
  public static History of(List<Event> events) {
    Objects.requireNonNull(events, "events");
    if (events.size() > MAX_EVENTS) {
      throw new InvalidModelException(
          "history: had " + events.size() + " events; expected at most " + MAX_EVENTS);
    }
    List<Event> copy = List.copyOf(events);
    return copy.isEmpty() ? EMPTY : new History(copy);
  }

  /**
   * Returns this history with one more event.
   *
   * @param action what was done, such as {@code root-cause-identified}, not null
   * @param data the act's data by key, not null
   * @param by who acted, when and why, not null
   * @param meaning what the act means as a signature, or null if it is none
   * @return the longer history
   * @throws InvalidModelException if the event is invalid (see {@link Event}), is dated before the
   *     last event, or the history is full
   */
  public History append(String action, Map<String, String> data, By by, @Nullable SignatureMeaning meaning) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(by, "by");
    int n = events.size();
    if (n >= MAX_EVENTS) {
      throw new InvalidModelException("history: is full at " + MAX_EVENTS + " events");
    }
    Optional<Event> last = last();
    if (last.isPresent() && by.at().isBefore(last.get().at())) {
      throw new InvalidModelException(
          "history: event " + n + " (" + action + ") at " + by.at() + " was before event " + (n - 1) + " at "
              + last.get().at() + "; events are recorded in time order");
    }
    String previous = head();
    Optional<SignatureMeaning> m = Optional.ofNullable(meaning);
    ImmutableEvent.Builder b =
        Event.builder()
            .sequence(n)
            .actor(by.person())
            .actorName(by.name())
            .at(by.at())
            .action(action)
            .putAllData(data)
            .reason(by.reason())
            .meaning(m)
            .previousHash(previous);
    String hash = Event.hashOf(Event.canonical(n, by.person(), by.name(), by.at(), action, new java.util.TreeMap<>(data), by.reason(), m, previous));
    Event e = b.hash(hash).build();
    List<Event> next = new ArrayList<>(n + 1);
    next.addAll(events);
    next.add(e);
    return new History(Collections.unmodifiableList(next));
  }

  /**
   * The events, oldest first.
   *
   * @return the events, unmodifiable
   */
  public List<Event> events() {
    return events;
  }

  /**
   * The number of events.
   *
   * @return the size
   */
  public int size() {
    return events.size();
  }

  /**
   * Tells whether the history holds no event.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return events.isEmpty();
  }

  /**
   * The last event.
   *
   * @return the last event, if any
   */
  public Optional<Event> last() {
    return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
  }

  /**
   * The hash of the last event, or {@link #GENESIS} for an empty history: the value to keep
   * elsewhere and give to {@link #verify(String)}.
   *
   * @return 64 lower-case hex digits
   */
  public String head() {
    return events.isEmpty() ? GENESIS : events.get(events.size() - 1).hash();
  }

  /**
   * The events recorded at or before an instant.
   *
   * @param instant the instant, not null
   * @return the earlier part of this history
   */
  public History asOf(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    int n = events.size();
    while (n > 0 && events.get(n - 1).at().isAfter(instant)) {
      n--;
    }
    return n == events.size() ? this : n == 0 ? EMPTY : new History(events.subList(0, n));
  }

  /**
   * Checks every event's position, link to its predecessor, hash and instant.
   *
   * @return the first problem, or {@link Verification#ok()}
   */
  public Verification verify() {
    String previous = GENESIS;
    Instant before = null;
    for (int k = 0; k < events.size(); k++) {
      Event e = events.get(k);
      if (e.sequence() != k) {
        return Verification.broken(k, "event " + k + " has sequence number " + e.sequence() + ": an event was removed, added or moved");
      }
      if (!e.previousHash().equals(previous)) {
        return Verification.broken(k, "event " + k + " is not linked to the event before it: an event was removed, added, moved or changed");
      }
      if (!e.hashMatches()) {
        return Verification.broken(k, "event " + k + " does not match its hash: it was changed after it was recorded");
      }
      if (before != null && e.at().isBefore(before)) {
        return Verification.broken(k, "event " + k + " is dated before the event before it");
      }
      previous = e.hash();
      before = e.at();
    }
    return Verification.ok();
  }

  /**
   * Checks the events as {@link #verify()} does, and that the history ends at the head the host
   * kept, which catches events cut from or added to the end.
   *
   * @param expectedHead the {@link #head()} taken when the history was stored, not null
   * @return the first problem, or {@link Verification#ok()}
   */
  public Verification verify(String expectedHead) {
    Objects.requireNonNull(expectedHead, "expectedHead");
    Verification v = verify();
    if (!v.intact() || head().equals(expectedHead)) {
      return v;
    }
    if (expectedHead.equals(GENESIS)) {
      return Verification.broken(0, "the history was empty at the expected head: every event was added");
    }
    for (int k = 0; k < events.size(); k++) {
      if (events.get(k).hash().equals(expectedHead)) {
        return Verification.broken(k + 1, "the history goes on after the expected head, event " + k + ": events were added at the end");
      }
    }
    return Verification.broken(events.size(), "the history does not end at the expected head: events were removed from the end, or it is another history");
  }

  /** Two histories are equal when they hold equal events in the same order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof History && events.equals(((History) o).events);
  }

  @Override
  public int hashCode() {
    return events.hashCode();
  }

  @Override
  public String toString() {
    return "History{" + events.size() + " events, head " + head().substring(0, 12) + "}";
  }
}
