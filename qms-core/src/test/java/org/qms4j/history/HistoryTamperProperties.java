package org.qms4j.history;

import org.qms4j.testing.HistoryArbitraries;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qms4j.people.PersonId;

/**
 * The acceptance test of tamper evidence: whatever one field of one event of a recorded history is
 * changed to, however events are swapped, removed or added, {@link History#verify()} (or {@link
 * History#verify(String)} with the head kept elsewhere) reports it, at the position of the first
 * event affected.
 */
class HistoryTamperProperties {

  /** One way to change one field of an event; empty where it does not apply to that event. */
  private record Tamper(String field, Function<Event, List<Event>> changes) {
    @Override
    public String toString() {
      return field;
    }
  }

  private static ImmutableEvent copy(Event e) {
    return ImmutableEvent.copyOf(e);
  }

  private static String unusedKey(Event e) {
    String key = "added";
    for (int k = 0; e.data().containsKey(key); k++) {
      key = "added" + k;
    }
    return key;
  }

  private static Map<String, String> with(Map<String, String> data, String key, String value) {
    Map<String, String> m = new TreeMap<>(data);
    m.put(key, value);
    return m;
  }

  private static Map<String, String> without(Map<String, String> data, String key) {
    Map<String, String> m = new TreeMap<>(data);
    m.remove(key);
    return m;
  }

  /** Every field, and for data, reason and meaning every kind of change: add, remove, change. */
  private static List<Tamper> tampers(int hexPosition) {
    return List.of(
        new Tamper("sequence + 1", e -> List.of(copy(e).withSequence(e.sequence() + 1))),
        new Tamper("sequence - 1", e -> e.sequence() == 0 ? List.of() : List.of(copy(e).withSequence(e.sequence() - 1))),
        new Tamper("actor", e -> List.of(copy(e).withActor(PersonId.of(e.actor().value() + "x")))),
        new Tamper("at + 1 ns", e -> List.of(copy(e).withAt(e.at().plusNanos(1)))),
        new Tamper("at - 1 s", e -> List.of(copy(e).withAt(e.at().minusSeconds(1)))),
        new Tamper("action", e -> List.of(copy(e).withAction(e.action() + "x"))),
        new Tamper("data: entry added", e -> List.of(Event.builder().from(e).putData(unusedKey(e), "added value").build())),
        new Tamper(
            "data: entry removed",
            e -> e.data().keySet().stream().<Event>map(k -> copy(e).withData(without(e.data(), k))).toList()),
        new Tamper(
            "data: value changed",
            e -> e.data().entrySet().stream().<Event>map(x -> copy(e).withData(with(e.data(), x.getKey(), x.getValue() + "!"))).toList()),
        new Tamper(
            "data: key renamed",
            e ->
                e.data().entrySet().stream()
                    .<Event>map(x -> copy(e).withData(with(without(e.data(), x.getKey()), unusedKey(e), x.getValue())))
                    .toList()),
        new Tamper("actor name added", e -> e.actorName().isPresent() ? List.of() : List.of(copy(e).withActorName("Someone Else"))),
        new Tamper("actor name removed", e -> e.actorName().isEmpty() ? List.of() : List.of(copy(e).withActorName(Optional.empty()))),
        new Tamper("actor name changed", e -> e.actorName().map(n -> List.<Event>of(copy(e).withActorName(n + "e"))).orElse(List.of())),
        new Tamper("reason added", e -> e.reason().isPresent() ? List.of() : List.of(copy(e).withReason("added reason"))),
        new Tamper("reason removed", e -> e.reason().isEmpty() ? List.of() : List.of(copy(e).withReason(Optional.empty()))),
        new Tamper("reason changed", e -> e.reason().map(r -> List.<Event>of(copy(e).withReason(r + "!"))).orElse(List.of())),
        new Tamper("meaning added", e -> e.meaning().isPresent() ? List.of() : List.of(copy(e).withMeaning(SignatureMeaning.VERIFIED))),
        new Tamper("meaning removed", e -> e.meaning().isEmpty() ? List.of() : List.of(copy(e).withMeaning(Optional.empty()))),
        new Tamper(
            "meaning changed",
            e ->
                e.meaning()
                    .map(m -> List.of(SignatureMeaning.values()).stream().filter(o -> o != m).<Event>map(o -> copy(e).withMeaning(o)).toList())
                    .orElse(List.of())),
        new Tamper("previousHash", e -> List.of(copy(e).withPreviousHash(HistoryArbitraries.flipHexDigit(e.previousHash(), hexPosition)))),
        new Tamper("hash", e -> List.of(copy(e).withHash(HistoryArbitraries.flipHexDigit(e.hash(), hexPosition)))));
  }

  private static List<Event> replaced(List<Event> events, int k, Event e) {
    List<Event> copy = new ArrayList<>(events);
    copy.set(k, e);
    return copy;
  }

  private static void assertBrokenAt(List<Event> events, int expected, Object what) {
    Verification v = History.of(events).verify();

    assertThat(v.intact()).as("%s: verify() intact", what).isFalse();
    assertThat(v.brokenAt()).as("%s: brokenAt", what).hasValue(expected);
    assertThat(v.problem()).as("%s: problem", what).hasValueSatisfying(p -> assertThat(p).contains("event " + expected));
  }

  @Provide
  Arbitrary<History> histories() {
    return HistoryArbitraries.histories();
  }

  @Provide
  Arbitrary<Character> replacements() {
    return Arbitraries.chars().range('a', 'z').range('0', '9');
  }

  @Property(tries = 200)
  void recordedHistory_verifiesIntact(@ForAll("histories") History history) {
    History restored = History.of(List.copyOf(history.events()));

    assertThat(restored.verify().intact()).isTrue();
    assertThat(restored.verify(history.head()).intact()).isTrue();
    for (Event e : history.events()) {
      assertThat(e.hash()).isEqualTo(HistoryArbitraries.sha256Hex(e.canonicalContent()));
    }
  }

  @Property(tries = 200)
  void oneFieldOfOneEventChanged_isBrokenAtThatEvent(@ForAll("histories") History history, @ForAll int hexPosition) {
    List<Event> events = history.events();
    int checked = 0;
    for (int k = 0; k < events.size(); k++) {
      Event original = events.get(k);
      for (Tamper tamper : tampers(hexPosition)) {
        for (Event changed : tamper.changes().apply(original)) {
          assertThat(changed).as("%s of event %s changes it", tamper, k).isNotEqualTo(original);
          assertBrokenAt(replaced(events, k, changed), k, tamper + " of event " + k);
          checked++;
        }
      }
    }
    // every event offers at least: sequence, actor, two instants, action, data added, a reason
    // added or removed, a meaning added or removed, previousHash and hash
    assertThat(checked).isGreaterThanOrEqualTo(10 * events.size());
  }

  @Property(tries = 200)
  void oneCharacterOfAStringFieldChanged_isBrokenAtThatEvent(
      @ForAll("histories") History history, @ForAll int position, @ForAll("replacements") char replacement) {
    List<Event> events = history.events();
    for (int k = 0; k < events.size(); k++) {
      Event e = events.get(k);
      List<Event> changed = new ArrayList<>();
      changed.add(copy(e).withActor(PersonId.of(oneCharChanged(e.actor().value(), position, replacement))));
      changed.add(copy(e).withAction(oneCharChanged(e.action(), position, replacement)));
      for (Map.Entry<String, String> x : e.data().entrySet()) {
        changed.add(copy(e).withData(with(e.data(), x.getKey(), oneCharChanged(x.getValue(), position, replacement))));
        String key = oneCharChanged(x.getKey(), position, replacement);
        if (!e.data().containsKey(key)) {
          changed.add(copy(e).withData(with(without(e.data(), x.getKey()), key, x.getValue())));
        }
      }
      e.reason().ifPresent(r -> changed.add(copy(e).withReason(oneCharChanged(r, position, replacement))));
      e.actorName().ifPresent(n -> changed.add(copy(e).withActorName(oneCharChanged(n, position, replacement))));

      for (Event c : changed) {
        assertBrokenAt(replaced(events, k, c), k, "one character of event " + k + " changed: " + c);
      }
    }
  }

  /** The text with the character at {@code position % length} replaced by a different one. */
  private static String oneCharChanged(String text, int position, char replacement) {
    int p = Math.floorMod(position, text.length());
    char old = text.charAt(p);
    char c = old == replacement ? (replacement == 'a' ? 'b' : 'a') : replacement;
    return text.substring(0, p) + c + text.substring(p + 1);
  }

  @Property(tries = 200)
  void twoEventsSwapped_isBrokenAtTheEarlierPosition(@ForAll("histories") History history) {
    List<Event> events = history.events();
    for (int i = 0; i < events.size(); i++) {
      for (int j = i + 1; j < events.size(); j++) {
        List<Event> swapped = new ArrayList<>(events);
        swapped.set(i, events.get(j));
        swapped.set(j, events.get(i));
        assertBrokenAt(swapped, i, "events " + i + " and " + j + " swapped");
      }
    }
  }

  @Property(tries = 200)
  void eventRemovedBeforeTheLast_isBrokenAtItsPosition(@ForAll("histories") History history) {
    List<Event> events = history.events();
    for (int k = 0; k < events.size() - 1; k++) {
      List<Event> cut = new ArrayList<>(events);
      cut.remove(k);
      assertBrokenAt(cut, k, "event " + k + " removed");
    }
  }

  @Property(tries = 200)
  void lastEventRemoved_chainIsIntactButTheKeptHeadIsNot(@ForAll("histories") History history) {
    List<Event> events = history.events();
    History cut = History.of(events.subList(0, events.size() - 1));

    assertThat(cut.verify().intact()).isTrue();
    Verification v = cut.verify(history.head());
    assertThat(v.intact()).isFalse();
    assertThat(v.brokenAt()).hasValue(events.size() - 1);
  }

  @Property(tries = 200)
  void eventDuplicated_isBrokenAfterTheOriginal(@ForAll("histories") History history) {
    List<Event> events = history.events();
    for (int k = 0; k < events.size(); k++) {
      List<Event> longer = new ArrayList<>(events);
      longer.add(k + 1, events.get(k));
      assertBrokenAt(longer, k + 1, "event " + k + " duplicated");
    }
  }

  @Property(tries = 200)
  void changedEventRehashed_isBrokenAtTheNextEventOrAtTheKeptHead(@ForAll("histories") History history) {
    List<Event> events = history.events();
    for (int k = 0; k < events.size(); k++) {
      Event changed = copy(events.get(k)).withAction(events.get(k).action() + "x");
      Event rehashed = copy(changed).withHash(HistoryArbitraries.sha256Hex(changed.canonicalContent()));
      List<Event> forged = replaced(events, k, rehashed);
      if (k < events.size() - 1) {
        assertBrokenAt(forged, k + 1, "event " + k + " changed and rehashed");
      } else {
        History h = History.of(forged);
        assertThat(h.verify().intact()).isTrue();
        assertThat(h.verify(history.head()).intact()).as("last event changed and rehashed, against the kept head").isFalse();
      }
    }
  }
}
