package org.qms4j.history;

import org.qms4j.testing.HistoryArbitraries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qms4j.InvalidModelException;
import org.qms4j.people.PersonId;

class HistoryTest {
  private static final PersonId ANA = PersonId.of("ana");
  private static final PersonId BEN = PersonId.of("ben");
  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
  private static final Instant T1 = Instant.parse("2026-03-03T10:00:00Z");
  private static final Instant T2 = Instant.parse("2026-03-04T10:00:00Z");
  private static final String HUGE = "x".repeat(100_000);
  /** Longer than any message that quotes a shortened value, far shorter than {@link #HUGE}. */
  private static final int MESSAGE_BOUND = 400;

  /** Three events: opened by Ana, a note by Ben at the same instant, closed by Ana a day later. */
  private static History three() {
    return History.empty()
        .append("opened", Map.of("title", "Obsolete SOPs on ward 4"), By.of(ANA, T0), SignatureMeaning.AUTHORED)
        .append("noted", Map.of("note", "Binder checked", "ward", "4"), By.of(BEN, T0).because("Audit follow-up"), null)
        .append("closed", Map.of(), By.of(ANA, T1), SignatureMeaning.APPROVED);
  }

  private static Event event(History h, int k) {
    return h.events().get(k);
  }

  private static ImmutableEvent.Builder validEvent() {
    return Event.builder().from(event(three(), 0));
  }

  // ---------------------------------------------------------------------------------------------
  // append

  @Test
  void append_threeEvents_numbersThemFromZeroAndKeepsWhatWasGiven() {
    History h = three();

    assertThat(h.size()).isEqualTo(3);
    assertThat(h.isEmpty()).isFalse();
    assertThat(h.events()).extracting(Event::sequence).containsExactly(0, 1, 2);
    assertThat(h.events()).extracting(Event::action).containsExactly("opened", "noted", "closed");
    assertThat(h.events()).extracting(Event::actor).containsExactly(ANA, BEN, ANA);
    assertThat(h.events()).extracting(Event::at).containsExactly(T0, T0, T1);
    assertThat(event(h, 1).data()).containsExactly(Map.entry("note", "Binder checked"), Map.entry("ward", "4"));
    assertThat(event(h, 1).reason()).contains("Audit follow-up");
    assertThat(event(h, 0).reason()).isEmpty();
    assertThat(h.events()).extracting(Event::meaning)
        .containsExactly(
            Optional.of(SignatureMeaning.AUTHORED), Optional.empty(), Optional.of(SignatureMeaning.APPROVED));
    assertThat(h.last()).contains(event(h, 2));
  }

  @Test
  void append_dataGivenUnsorted_keepsItSortedByKey() {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("zeta", "1");
    data.put("alpha", "2");
    data.put("mid", "3");

    Event e = event(History.empty().append("noted", data, By.of(ANA, T0), null), 0);

    assertThat(e.data().keySet()).containsExactly("alpha", "mid", "zeta");
    assertThat(e.hashMatches()).isTrue();
  }

  @Test
  void append_chainsEachEventToThePreviousHashFromGenesis() {
    History h = three();

    assertThat(History.GENESIS).hasSize(64).matches("0+");
    assertThat(event(h, 0).previousHash()).isEqualTo(History.GENESIS);
    assertThat(event(h, 1).previousHash()).isEqualTo(event(h, 0).hash());
    assertThat(event(h, 2).previousHash()).isEqualTo(event(h, 1).hash());
    assertThat(h.head()).isEqualTo(event(h, 2).hash());
    assertThat(History.empty().head()).isEqualTo(History.GENESIS);
    assertThat(h.events()).extracting(Event::hash).doesNotHaveDuplicates();
  }

  @Test
  void append_hashIsHexSha256OfCanonicalContent() {
    for (Event e : three().events()) {
      String expected = HistoryArbitraries.sha256Hex(e.canonicalContent());

      assertThat(e.hash()).as("event %s", e.sequence()).isEqualTo(expected).matches("[0-9a-f]{64}");
      assertThat(e.hashMatches()).isTrue();
    }
  }

  @Test
  void canonicalContent_holdsEveryFieldAsUtf8AndIsAFreshArray() {
    Event e = event(History.empty().append("noted", Map.of("note", "Küche €5"), By.of(BEN, T2).because("Grund: ß"), SignatureMeaning.REVIEWED), 0);

    byte[] content = e.canonicalContent();
    String text = new String(content, StandardCharsets.UTF_8);

    assertThat(text).contains("ben", T2.toString(), "noted", "note", "Küche €5", "Grund: ß", "REVIEWED", History.GENESIS);
    assertThat(text).doesNotContain(e.hash());
    content[content.length - 1] ^= 1;
    assertThat(e.canonicalContent()).isNotEqualTo(content);
    assertThat(e.hashMatches()).isTrue();
  }

  @Test
  void append_sameContentTwice_givesTheSameHash() {
    assertThat(three().head()).isEqualTo(three().head());
    assertThat(three()).isEqualTo(three()).hasSameHashCodeAs(three());
  }

  @Test
  void append_anyFieldDifferent_givesAnotherHash() {
    History base = History.empty().append("noted", Map.of("k", "v"), By.of(ANA, T0), null);
    List<History> variants =
        List.of(
            History.empty().append("noted", Map.of("k", "v"), By.of(BEN, T0), null),
            History.empty().append("noted", Map.of("k", "v"), By.of(ANA, T0.plusNanos(1)), null),
            History.empty().append("noted2", Map.of("k", "v"), By.of(ANA, T0), null),
            History.empty().append("noted", Map.of("k", "w"), By.of(ANA, T0), null),
            History.empty().append("noted", Map.of("kk", "v"), By.of(ANA, T0), null),
            History.empty().append("noted", Map.of(), By.of(ANA, T0), null),
            History.empty().append("noted", Map.of("k", "v"), By.of(ANA, T0).because("why"), null),
            History.empty().append("noted", Map.of("k", "v"), By.of(ANA, T0), SignatureMeaning.REVIEWED));

    for (History v : variants) {
      assertThat(v.head()).as("%s", v.events()).isNotEqualTo(base.head());
    }
  }

  @Test
  void append_fieldBoundariesMoved_givesAnotherHash() {
    // the canonical form is length-prefixed, so moving text from one field to the next changes it
    History one = History.empty().append("noted", Map.of("ab", "c"), By.of(ANA, T0), null);
    History two = History.empty().append("noted", Map.of("a", "bc"), By.of(ANA, T0), null);
    History three = History.empty().append("noted", Map.of("a", "b", "c", "d"), By.of(ANA, T0), null);
    History four = History.empty().append("noted", Map.of("a", "b,c=d"), By.of(ANA, T0), null);

    assertThat(List.of(one.head(), two.head(), three.head(), four.head())).doesNotHaveDuplicates();
  }

  @Test
  void append_beforeTheLastEvent_throwsAndLeavesTheHistoryUnchanged() {
    History h = three();
    List<Event> before = List.copyOf(h.events());

    assertThatThrownBy(() -> h.append("late", Map.of(), By.of(BEN, T1.minusNanos(1)), null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("event 3")
        .hasMessageContaining(T1.minusNanos(1).toString())
        .hasMessageContaining("time order");
    assertThat(h.events()).containsExactlyElementsOf(before);
    assertThat(h.head()).isEqualTo(before.get(2).hash());
  }

  @Test
  void append_atTheLastEventsInstant_isAccepted() {
    History h = three().append("noted", Map.of(), By.of(BEN, T1), null);

    assertThat(h.size()).isEqualTo(4);
    assertThat(h.verify().intact()).isTrue();
  }

  @Test
  void append_leavesTheOriginalHistoryUnchanged() {
    History h = three();
    History longer = h.append("noted", Map.of(), By.of(BEN, T2), null);

    assertThat(h.size()).isEqualTo(3);
    assertThat(longer.size()).isEqualTo(4);
    assertThat(longer.events().subList(0, 3)).containsExactlyElementsOf(h.events());
    assertThat(longer).isNotEqualTo(h);
  }

  @Test
  void append_invalidAction_throwsAndLeavesTheHistoryUnchanged() {
    History h = three();

    assertThatThrownBy(() -> h.append("Not ok", Map.of(), By.of(BEN, T2), null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("event 3: action");
    assertThat(h.size()).isEqualTo(3);
  }

  @Test
  void events_isUnmodifiable() {
    History h = three();
    Event first = event(h, 0);

    assertThatThrownBy(() -> h.events().add(first)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> h.events().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(h.size()).isEqualTo(3);
  }

  @Test
  void append_whenFull_throws() {
    History h = History.empty();
    for (int k = 0; k < History.MAX_EVENTS; k++) {
      h = h.append("noted", Map.of(), By.of(ANA, T0), null);
    }
    History full = h;

    assertThat(full.size()).isEqualTo(History.MAX_EVENTS);
    assertThatThrownBy(() -> full.append("noted", Map.of(), By.of(ANA, T0), null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("full")
        .hasMessageContaining(String.valueOf(History.MAX_EVENTS));
    assertThat(full.verify().intact()).isTrue();
  }

  // ---------------------------------------------------------------------------------------------
  // of

  @Test
  void of_storedEventsRebuiltWithTheBuilder_isEqualAndVerifies() {
    History h = three();
    List<Event> restored = new ArrayList<>();
    for (Event e : h.events()) {
      restored.add(
          Event.builder()
              .sequence(e.sequence())
              .actor(PersonId.parse(e.actor().toString()))
              .at(Instant.parse(e.at().toString()))
              .action(e.action())
              .putAllData(new TreeMap<>(e.data()))
              .reason(e.reason())
              .meaning(e.meaning())
              .previousHash(e.previousHash())
              .hash(e.hash())
              .build());
    }

    History back = History.of(restored);

    assertThat(back).isEqualTo(h);
    assertThat(back.verify(h.head()).intact()).isTrue();
  }

  @Test
  void of_emptyList_isTheEmptyHistory() {
    History h = History.of(List.of());

    assertThat(h).isEqualTo(History.empty());
    assertThat(h.isEmpty()).isTrue();
    assertThat(h.last()).isEmpty();
    assertThat(h.verify().intact()).isTrue();
    assertThat(h.verify(History.GENESIS).intact()).isTrue();
  }

  @Test
  void of_copiesTheList() {
    List<Event> events = new ArrayList<>(three().events());
    History h = History.of(events);

    events.remove(2);

    assertThat(h.size()).isEqualTo(3);
    assertThat(h.verify().intact()).isTrue();
  }

  @Test
  void of_moreThanMaxEvents_throwsNamingTheCount() {
    List<Event> tooMany = Collections.nCopies(History.MAX_EVENTS + 1, event(three(), 0));

    assertThatThrownBy(() -> History.of(tooMany))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("history")
        .hasMessageContaining(String.valueOf(History.MAX_EVENTS + 1))
        .hasMessageContaining(String.valueOf(History.MAX_EVENTS));
  }

  @Test
  void of_exactlyMaxEvents_isAccepted() {
    List<Event> max = Collections.nCopies(History.MAX_EVENTS, event(three(), 0));

    assertThat(History.of(max).size()).isEqualTo(History.MAX_EVENTS);
  }

  @Test
  void of_nullEvent_throws() {
    List<Event> withNull = new ArrayList<>(three().events());
    withNull.add(null);

    assertThatThrownBy(() -> History.of(withNull)).isInstanceOf(NullPointerException.class);
  }

  // ---------------------------------------------------------------------------------------------
  // asOf

  @Test
  void asOf_keepsTheEventsAtOrBeforeTheInstant() {
    History h = three();

    assertThat(h.asOf(T0.minusNanos(1)).isEmpty()).isTrue();
    assertThat(h.asOf(T0).events()).containsExactlyElementsOf(h.events().subList(0, 2));
    assertThat(h.asOf(T1.minusNanos(1)).events()).containsExactlyElementsOf(h.events().subList(0, 2));
    assertThat(h.asOf(T1)).isEqualTo(h);
    assertThat(h.asOf(T2)).isEqualTo(h);
  }

  @Test
  void asOf_earlierPart_verifiesAgainstItsOwnHead() {
    History h = three();
    History then = h.asOf(T0);

    assertThat(then.verify().intact()).isTrue();
    assertThat(then.head()).isEqualTo(event(h, 1).hash());
    assertThat(then.verify(then.head()).intact()).isTrue();
  }

  // ---------------------------------------------------------------------------------------------
  // verify

  @Test
  void verify_appendedHistory_isIntact() {
    History h = three();

    Verification v = h.verify();

    assertThat(v.intact()).isTrue();
    assertThat(v.brokenAt()).isEmpty();
    assertThat(v.problem()).isEmpty();
    assertThat(v).isEqualTo(Verification.ok());
    assertThat(h.verify(h.head()).intact()).isTrue();
  }

  @Test
  void verifyHead_lastEventRemoved_isBrokenAtTheNewSize() {
    History h = three();
    History cut = History.of(h.events().subList(0, 2));

    assertThat(cut.verify().intact()).as("the chain alone cannot tell").isTrue();
    Verification v = cut.verify(h.head());

    assertThat(v.intact()).isFalse();
    assertThat(v.brokenAt()).hasValue(2);
    assertThat(v.problem()).hasValueSatisfying(p -> assertThat(p).contains("removed"));
  }

  @Test
  void verifyHead_allEventsRemoved_isBrokenAtZero() {
    Verification v = History.empty().verify(three().head());

    assertThat(v.intact()).isFalse();
    assertThat(v.brokenAt()).hasValue(0);
  }

  @Test
  void verifyHead_eventAddedAtTheEnd_isBrokenAtTheAddedEvent() {
    History h = three();
    History longer = History.of(h.append("noted", Map.of(), By.of(BEN, T2), null).events());

    assertThat(longer.verify().intact()).isTrue();
    Verification v = longer.verify(h.head());

    assertThat(v.intact()).isFalse();
    assertThat(v.brokenAt()).hasValue(3);
    assertThat(v.problem()).hasValueSatisfying(p -> assertThat(p).contains("added"));
  }

  @Test
  void verifyHead_headOfAnotherHistory_isNotIntact() {
    History other = History.empty().append("opened", Map.of(), By.of(BEN, T0), null);

    Verification v = three().verify(other.head());

    assertThat(v.intact()).isFalse();
    assertThat(v.brokenAt()).hasValue(3);
  }

  @Test
  void verifyHead_eventsAddedToAnEmptyHistory_isBrokenAtZeroAsAdded() {
    History h = three();

    Verification v = h.verify(History.empty().head());

    assertThat(v.intact()).isFalse();
    assertThat(v.brokenAt()).hasValue(0);
    assertThat(v.problem()).hasValueSatisfying(p -> assertThat(p).contains("added"));
  }

  @Test
  void verify_changedMiddleEvent_isBrokenThereAndNamesIt() {
    History h = three();
    List<Event> events = new ArrayList<>(h.events());
    events.set(1, ImmutableEvent.copyOf(events.get(1)).withData(Map.of("note", "Binder not checked", "ward", "4")));

    Verification v = History.of(events).verify();

    assertThat(v.intact()).isFalse();
    assertThat(v.brokenAt()).hasValue(1);
    assertThat(v.problem()).hasValueSatisfying(p -> assertThat(p).contains("event 1"));
  }

  @Test
  void verify_changedEventWithItsHashRecomputed_isBrokenAtTheNextEvent() {
    History h = three();
    List<Event> events = new ArrayList<>(h.events());
    Event changed = ImmutableEvent.copyOf(events.get(1)).withReason("Rewritten reason");
    events.set(1, ImmutableEvent.copyOf(changed).withHash(HistoryArbitraries.sha256Hex(changed.canonicalContent())));

    Verification v = History.of(events).verify();

    assertThat(events.get(1).hashMatches()).isTrue();
    assertThat(v.brokenAt()).hasValue(2);
  }

  @Test
  void verify_eventsOutOfTimeOrderWithRecomputedHashes_isBrokenAtTheEarlierDatedEvent() {
    // a forger who rehashes everything can pass the chain, but not back-date an event
    History h = three();
    List<Event> events = new ArrayList<>();
    String previous = History.GENESIS;
    for (Event e : h.events()) {
      Event moved = Event.builder().from(e).at(e.sequence() == 2 ? T0.minusSeconds(1) : e.at()).previousHash(previous).build();
      Event hashed = ImmutableEvent.copyOf(moved).withHash(HistoryArbitraries.sha256Hex(moved.canonicalContent()));
      events.add(hashed);
      previous = hashed.hash();
    }

    Verification v = History.of(events).verify();

    assertThat(v.brokenAt()).hasValue(2);
    assertThat(v.problem()).hasValueSatisfying(p -> assertThat(p).contains("event 2").contains("before"));
  }

  @Test
  void verification_brokenAtAndProblemMustComeTogether() {
    assertThatThrownBy(() -> new Verification(OptionalInt.of(1), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Verification(OptionalInt.empty(), Optional.of("x")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---------------------------------------------------------------------------------------------
  // Event builder

  @Test
  void build_validEvent_hashMatchesItsContent() {
    Event e = validEvent().build();

    assertThat(e.hashMatches()).isTrue();
    assertThat(e).isEqualTo(event(three(), 0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Opened", "has space", "under_score", "dot.ted", "slash/ed", "ümlaut", "new\nline"})
  void build_badAction_throwsNamingTheField(String action) {
    assertThatThrownBy(() -> validEvent().action(action).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("event 0: action was '")
        .hasMessageContaining("expected 1 to " + Event.MAX_TOKEN);
  }

  @Test
  void build_actionOfMaxTokenLength_isAcceptedAndOneMoreIsNot() {
    assertThat(validEvent().action("a".repeat(Event.MAX_TOKEN)).build().action()).hasSize(Event.MAX_TOKEN);
    assertThatThrownBy(() -> validEvent().action("a".repeat(Event.MAX_TOKEN + 1)).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("action");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-", "-opened"})
  void build_actionStartingWithHyphen_throws(String action) {
    assertThatThrownBy(() -> validEvent().action(action).build()).isInstanceOf(InvalidModelException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Key", "has space", "a.b"})
  void build_badDataKey_throwsNamingTheField(String key) {
    assertThatThrownBy(() -> validEvent().putData(key, "v").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("event 0: data key was '");
  }

  @Test
  void build_camelCaseDataKeyAndAction_areAccepted() {
    // corrective actions record keys such as rootCause and returnTo
    Event e = validEvent().action("root-cause-identified2").putData("rootCause", "v").putData("returnTo", "planning").build();

    assertThat(e.data()).containsKeys("rootCause", "returnTo");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "bell\u0007", "nul\u0000"})
  void build_badDataValue_throwsNamingTheKey(String value) {
    assertThatThrownBy(() -> validEvent().putData("note", value).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("event 0: data note ");
  }

  @Test
  void build_dataValueWithTabsAndLineBreaks_isAccepted() {
    assertThat(validEvent().putData("note", "line one\r\n\tline two").build().data()).containsEntry("note", "line one\r\n\tline two");
  }

  @Test
  void build_tooManyDataEntries_throwsNamingTheCount() {
    ImmutableEvent.Builder b = validEvent().data(Map.of());
    for (int k = 0; k <= Event.MAX_DATA; k++) {
      b.putData("k" + k, "v");
    }

    assertThatThrownBy(b::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("event 0: data had " + (Event.MAX_DATA + 1) + " entries")
        .hasMessageContaining("at most " + Event.MAX_DATA);
  }

  @Test
  void build_maxDataEntries_isAccepted() {
    ImmutableEvent.Builder b = validEvent().data(Map.of());
    for (int k = 0; k < Event.MAX_DATA; k++) {
      b.putData("k" + k, "v");
    }

    assertThat(b.build().data()).hasSize(Event.MAX_DATA);
  }

  @Test
  void build_negativeSequence_throwsNamingTheField() {
    assertThatThrownBy(() -> validEvent().sequence(-1).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("sequence was -1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "abc",
        "000000000000000000000000000000000000000000000000000000000000000", // 63 digits
        "00000000000000000000000000000000000000000000000000000000000000000", // 65 digits
        "000000000000000000000000000000000000000000000000000000000000000A", // upper case
        "000000000000000000000000000000000000000000000000000000000000000g",
        "00000000000000000000000000000000000000000000000000000000000000 0"
      })
  void build_badHexHashes_throwNamingTheField(String hex) {
    assertThatThrownBy(() -> validEvent().previousHash(hex).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("event 0: previousHash was '")
        .hasMessageContaining("64 lower-case hex digits");
    assertThatThrownBy(() -> validEvent().hash(hex).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("event 0: hash was '")
        .hasMessageContaining("64 lower-case hex digits");
  }

  @Test
  void build_badReason_throwsNamingTheField() {
    assertThatThrownBy(() -> validEvent().reason("  ").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("event 0: reason ");
  }

  @Test
  void build_hashOfOtherContent_buildsButDoesNotMatch() {
    Event e = validEvent().hash(event(three(), 1).hash()).build();

    assertThat(e.hashMatches()).isFalse();
  }

  @Test
  void build_missingAttributes_throwsNamingThem() {
    assertThatThrownBy(() -> Event.builder().sequence(0).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("actor")
        .hasMessageContaining("hash");
  }

  @Test
  void build_hugeInputs_messagesNameTheFieldAndStayShort() {
    List<Throwable> thrown =
        List.of(
            catchThrowableOfType(InvalidModelException.class, () -> validEvent().action(HUGE).build()),
            catchThrowableOfType(InvalidModelException.class, () -> validEvent().putData(HUGE, "v").build()),
            catchThrowableOfType(InvalidModelException.class, () -> validEvent().putData("note", HUGE).build()),
            catchThrowableOfType(InvalidModelException.class, () -> validEvent().reason(HUGE).build()),
            catchThrowableOfType(InvalidModelException.class, () -> validEvent().previousHash(HUGE).build()),
            catchThrowableOfType(InvalidModelException.class, () -> validEvent().hash(HUGE).build()),
            catchThrowableOfType(InvalidModelException.class, () -> By.of(ANA, T0).because(HUGE)),
            catchThrowableOfType(InvalidModelException.class, () -> History.empty().append(HUGE, Map.of(), By.of(ANA, T0), null)));
    List<String> fields = List.of("action", "data key", "data note", "reason", "previousHash", "hash", "reason", "action");

    for (int k = 0; k < thrown.size(); k++) {
      assertThat(thrown.get(k)).as("case %s", k).isNotNull();
      assertThat(thrown.get(k).getMessage()).as("case %s", k).contains(fields.get(k)).hasSizeLessThan(MESSAGE_BOUND);
    }
  }

  @Test
  void toString_namesSequenceActionActorAndInstant() {
    assertThat(event(three(), 1).toString()).contains("1", "noted", "ben", T0.toString());
  }

  // ---------------------------------------------------------------------------------------------
  // By

  @Test
  void by_withoutReason_hasNone_because_addsOne() {
    By by = By.of(ANA, T0);

    assertThat(by.reason()).isEmpty();
    assertThat(by.because("Because.").reason()).contains("Because.");
    assertThat(by.reason()).as("unchanged").isEmpty();
  }

  @Test
  void by_blankReason_throws() {
    assertThatThrownBy(() -> By.of(ANA, T0).because(" ")).isInstanceOf(InvalidModelException.class).hasMessageContaining("reason");
  }

  @Test
  void unpairedSurrogate_whichUtf8CannotEncode_isRefusedInDataReasonAndStoredEvents() {
    History h = History.empty().append("noted", Map.of("note", "x?y"), By.of(ANA, T0), null);

    assertThatThrownBy(() -> ImmutableEvent.copyOf(event(h, 0)).withData(Map.of("note", "x\uD800y")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("data note held an unpaired surrogate at index 1");
    assertThatThrownBy(() -> History.empty().append("noted", Map.of("note", "\uDC00"), By.of(ANA, T0), null))
        .isInstanceOf(InvalidModelException.class);
    assertThatThrownBy(() -> By.of(ANA, T0).because("why \uD800"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("unpaired surrogate");
    assertThat(History.empty().append("noted", Map.of("note", "ok \uD83D\uDE00"), By.of(ANA, T0), null).verify().intact())
        .isTrue();
  }
}
