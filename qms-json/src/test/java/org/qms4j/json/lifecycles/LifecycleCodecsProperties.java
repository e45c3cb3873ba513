package org.qms4j.json.lifecycles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.qms4j.capa.CorrectiveAction;
import org.qms4j.certification.Certificate;
import org.qms4j.document.ControlledDocument;
import org.qms4j.history.By;
import org.qms4j.history.Event;
import org.qms4j.history.History;
import org.qms4j.json.QmsJsonException;
import org.qms4j.json.internal.Codec;
import org.qms4j.json.internal.LifecycleCodecs;
import org.qms4j.json.testing.CodecIo;
import org.qms4j.json.testing.Schemas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Round trips of events, histories and lifecycles (equal, byte-stable, valid against the schema,
 * still verifying against the head taken before writing), and the tamper evidence of a lifecycle
 * read from JSON: one change to one event, a dropped or reordered event, is refused at the path
 * of the first event affected.
 */
class LifecycleCodecsProperties {
  private static final JsonMapper TREES = JsonMapper.builder().build();

  /**
   * Writes, reads back and writes again; asserts equality, the same bytes, and validity against
   * the schema's {@code $defs} entry.
   */
  static <T> T roundTrip(Codec<T> codec, String def, T value) {
    String json = CodecIo.write(codec, value);
    T back = CodecIo.read(codec, json);
    assertThat(back).isEqualTo(value);
    assertThat(CodecIo.write(codec, back)).isEqualTo(json);
    Schemas.assertValid("lifecycles-test.schema.json", "{\"" + def + "\":" + json + "}");
    return back;
  }

  /** The history read back verifies, also against the head of the history written. */
  static void stillVerifies(History written, History read) {
    assertThat(read.verify().intact()).as(read.verify().toString()).isTrue();
    assertThat(read.verify(written.head()).intact()).isTrue();
  }

  @Group
  class Histories {
    @Property
    void history_roundTrips_andStillVerifies(@ForAll("histories") History h) {
      History back = roundTrip(LifecycleCodecs.HISTORY, "history", h);
      stillVerifies(h, back);
    }

    /** Each event on its own; fewer tries, as every history above holds several. */
    @Property(tries = 200)
    void event_roundTrips_withItsHash(@ForAll("histories") History h) {
      for (Event e : h.events()) {
        Event back = roundTrip(LifecycleCodecs.EVENT, "event", e);
        assertThat(back.hashMatches()).isTrue();
      }
    }

    @Provide
    Arbitrary<History> histories() {
      return LifecycleArbitraries.histories();
    }
  }

  @Group
  class CorrectiveActions {
    @Property
    void correctiveAction_roundTrips_andStillVerifies(@ForAll("actions") CorrectiveAction a) {
      CorrectiveAction back = roundTrip(LifecycleCodecs.CORRECTIVE_ACTION, "correctiveAction", a);
      assertThat(back.state()).isEqualTo(a.state());
      stillVerifies(a.history(), back.history());
      Statistics.label("state").collect(a.state());
    }

    @Provide
    Arbitrary<CorrectiveAction> actions() {
      return Arbitraries.oneOf(
          LifecycleArbitraries.walkedActions(), LifecycleArbitraries.drivenActions());
    }
  }

  @Group
  class ControlledDocuments {
    @Property
    void controlledDocument_roundTrips_andStillVerifies(@ForAll("documents") ControlledDocument d) {
      ControlledDocument back =
          roundTrip(LifecycleCodecs.CONTROLLED_DOCUMENT, "controlledDocument", d);
      assertThat(back.versions()).isEqualTo(d.versions());
      assertThat(back.withdrawnAt()).isEqualTo(d.withdrawnAt());
      stillVerifies(d.history(), back.history());
    }

    @Provide
    Arbitrary<ControlledDocument> documents() {
      return LifecycleArbitraries.documents();
    }
  }

  @Group
  class Certificates {
    @Property
    void certificate_roundTrips_andStillVerifies(@ForAll("certificates") Certificate c) {
      Certificate back = roundTrip(LifecycleCodecs.CERTIFICATE, "certificate", c);
      Instant last = c.history().last().orElseThrow().at();
      assertThat(back.statusAt(last)).isEqualTo(c.statusAt(last));
      stillVerifies(c.history(), back.history());
    }

    @Provide
    Arbitrary<Certificate> certificates() {
      return LifecycleArbitraries.certificates();
    }
  }

  /** A lifecycle written to JSON, with the codec that reads it back. */
  record Written(String kind, String json, int events, Function<String, Object> read) {
    @Override
    public String toString() {
      return kind + " of " + events + " events";
    }
  }

  /** One change to the events of a history, in a JSON tree; says which event it breaks first. */
  enum Tamper {
    ACTION((h, k) -> change(h, k, "action", v -> changed(v.asString()))),
    ACTOR((h, k) -> change(h, k, "actor", v -> v.asString() + "x")),
    AT((h, k) -> change(h, k, "at", v -> Instant.parse(v.asString()).minusNanos(1).toString())),
    DATA((h, k) -> change(h, k, "data", v -> {
      ObjectNode data = (ObjectNode) v;
      String key = data.propertyNames().stream().findFirst().orElse(null);
      return key == null ? data.put("added", "x") : data.put(key, changed(data.get(key).asString()));
    })),
    REASON((h, k) -> change(h, k, "reason", v -> v == null ? "Because." : changed(v.asString()))),
    MEANING((h, k) -> change(h, k, "meaning",
        v -> v != null && v.asString().equals("approved") ? "reviewed" : "approved")),
    SEQUENCE((h, k) -> change(h, k, "sequence", v -> k + 1)),
    HASH((h, k) -> change(h, k, "hash", v -> flipped(v.asString(), k))),
    PREVIOUS_HASH((h, k) -> change(h, k, "previousHash", v -> flipped(v.asString(), k))),
    DROP((h, k) -> {
      h.remove(k);
      return k;
    }),
    SWAP((h, k) -> {
      h.insert(k + 1, h.remove(k));
      return k;
    }),
    REPEAT((h, k) -> {
      h.insert(k + 1, event(h, k).deepCopy());
      return k + 1;
    });

    private final BiFunction<ArrayNode, Integer, Integer> change;

    Tamper(BiFunction<ArrayNode, Integer, Integer> change) {
      this.change = change;
    }

    /**
     * Changes the history: event {@code k}, or events {@code k} and {@code k + 1} where the
     * change moves events.
     *
     * @return the position of the first event the change breaks
     */
    int apply(ArrayNode history, int k) {
      return change.apply(history, k);
    }

    /** Whether the change needs an event after {@code k} to be seen without the head. */
    boolean needsAnEventAfter() {
      return this == DROP || this == SWAP;
    }

    /** Sets a property of event {@code k} to a value computed from the old one (null if none). */
    private static int change(ArrayNode h, int k, String name, Function<JsonNode, Object> to) {
      ObjectNode e = event(h, k);
      e.set(name, TREES.valueToTree(to.apply(e.get(name))));
      return k;
    }

    private static ObjectNode event(ArrayNode h, int k) {
      return (ObjectNode) h.get(k);
    }

    /** The hash with one hex digit changed. */
    private static String flipped(String hash, int k) {
      int p = (k * 7) % hash.length();
      return hash.substring(0, p) + (hash.charAt(p) == '0' ? '1' : '0') + hash.substring(p + 1);
    }

    /** The text with its last character changed to another that keeps it well-formed. */
    private static String changed(String text) {
      int p = text.length() - 1;
      char c = text.charAt(p);
      return text.substring(0, p) + (c == 'x' ? 'y' : 'x');
    }
  }

  @Property
  void tamperedLifecycle_isRefusedAtTheFirstEventBroken(
      @ForAll("written") Written w, @ForAll Tamper tamper, @ForAll @IntRange(max = 100) int which) {
    int n = tamper.needsAnEventAfter() ? w.events() - 1 : w.events();
    if (n == 0) {
      return;
    }
    int k = which % n;
    ObjectNode root = (ObjectNode) TREES.readTree(w.json());
    int broken = tamper.apply((ArrayNode) root.get("history"), k);
    String tampered = TREES.writeValueAsString(root);

    assertThatThrownBy(() -> w.read().apply(tampered))
        .isInstanceOf(QmsJsonException.class)
        .satisfies(e -> assertThat(((QmsJsonException) e).path()).isEqualTo("/history/" + broken))
        .hasMessageContaining("event " + broken);
    Statistics.label("tamper").collect(tamper);
  }

  /**
   * An event cut out and the rest hashed again, so the chain verifies: the lifecycle either allows
   * what is left, or is refused at the event its replay names.
   */
  @Property
  void rechainedWithoutAnEvent_isReadOrRefusedAtTheEventReplayNames(
      @ForAll("written") Written w, @ForAll @IntRange(max = 100) int which) {
    ObjectNode root = (ObjectNode) TREES.readTree(w.json());
    History h = CodecIo.read(LifecycleCodecs.HISTORY, root.get("history").toString());
    int cut = which % h.size();
    History rest = History.empty();
    for (Event e : h.events()) {
      if (e.sequence() != cut) {
        rest = rest.append(e.action(), e.data(),
            new By(e.actor(), e.actorName(), e.at(), e.reason()), e.meaning().orElse(null));
      }
    }
    root.set("history", TREES.readTree(CodecIo.write(LifecycleCodecs.HISTORY, rest)));
    String json = TREES.writeValueAsString(root);

    try {
      w.read().apply(json);
      Statistics.label("outcome").collect("read");
    } catch (QmsJsonException e) {
      if (rest.isEmpty()) {
        assertThat(e.path()).isEqualTo("/history");
      } else {
        assertThat(e.path()).matches("/history/\\d+");
        String event = e.path().substring("/history/".length());
        assertThat(e.getMessage()).contains("history: event " + event + ": ");
      }
      Statistics.label("outcome").collect("refused");
    }
  }

  @Provide
  Arbitrary<Written> written() {
    return Arbitraries.oneOf(
        LifecycleArbitraries.drivenActions().map(a -> new Written("corrective action",
            CodecIo.write(LifecycleCodecs.CORRECTIVE_ACTION, a), a.history().size(),
            json -> CodecIo.read(LifecycleCodecs.CORRECTIVE_ACTION, json))),
        LifecycleArbitraries.documents().map(d -> new Written("controlled document",
            CodecIo.write(LifecycleCodecs.CONTROLLED_DOCUMENT, d), d.history().size(),
            json -> CodecIo.read(LifecycleCodecs.CONTROLLED_DOCUMENT, json))),
        LifecycleArbitraries.certificates().map(c -> new Written("certificate",
            CodecIo.write(LifecycleCodecs.CERTIFICATE, c), c.history().size(),
            json -> CodecIo.read(LifecycleCodecs.CERTIFICATE, json))));
  }
}
