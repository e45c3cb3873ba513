package org.qms4j.json.lifecycles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
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

    @Property
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
    ACTION {
      @Override
      int apply(ArrayNode h, int k) {
        event(h, k).put("action", changed(event(h, k).get("action").asString()));
        return k;
      }
    },
    ACTOR {
      @Override
      int apply(ArrayNode h, int k) {
        event(h, k).put("actor", event(h, k).get("actor").asString() + "x");
        return k;
      }
    },
    AT {
      @Override
      int apply(ArrayNode h, int k) {
        Instant at = Instant.parse(event(h, k).get("at").asString());
        event(h, k).put("at", at.minusNanos(1).toString());
        return k;
      }
    },
    DATA {
      @Override
      int apply(ArrayNode h, int k) {
        ObjectNode data = (ObjectNode) event(h, k).get("data");
        String key = data.propertyNames().stream().findFirst().orElse(null);
        if (key == null) {
          data.put("added", "x");
        } else {
          data.put(key, changed(data.get(key).asString()));
        }
        return k;
      }
    },
    REASON {
      @Override
      int apply(ArrayNode h, int k) {
        JsonNode r = event(h, k).get("reason");
        event(h, k).put("reason", r == null ? "Because." : changed(r.asString()));
        return k;
      }
    },
    MEANING {
      @Override
      int apply(ArrayNode h, int k) {
        JsonNode m = event(h, k).get("meaning");
        event(h, k).put("meaning",
            m != null && m.asString().equals("approved") ? "reviewed" : "approved");
        return k;
      }
    },
    SEQUENCE {
      @Override
      int apply(ArrayNode h, int k) {
        event(h, k).put("sequence", k + 1);
        return k;
      }
    },
    HASH {
      @Override
      int apply(ArrayNode h, int k) {
        String hash = event(h, k).get("hash").asString();
        event(h, k).put("hash", flipped(hash, k));
        return k;
      }
    },
    PREVIOUS_HASH {
      @Override
      int apply(ArrayNode h, int k) {
        String hash = event(h, k).get("previousHash").asString();
        event(h, k).put("previousHash", flipped(hash, k));
        return k;
      }
    },
    DROP {
      @Override
      int apply(ArrayNode h, int k) {
        h.remove(k);
        return k;
      }
    },
    SWAP {
      @Override
      int apply(ArrayNode h, int k) {
        JsonNode e = h.remove(k);
        h.insert(k + 1, e);
        return k;
      }
    },
    REPEAT {
      @Override
      int apply(ArrayNode h, int k) {
        h.insert(k + 1, event(h, k).deepCopy());
        return k + 1;
      }
    };

    /**
     * Changes the history: event {@code k}, or events {@code k} and {@code k + 1} where the
     * change moves events.
     *
     * @return the position of the first event the change breaks
     */
    abstract int apply(ArrayNode history, int k);

    /** Whether the change needs an event after {@code k} to be seen without the head. */
    boolean needsAnEventAfter() {
      return this == DROP || this == SWAP;
    }

    static ObjectNode event(ArrayNode h, int k) {
      return (ObjectNode) h.get(k);
    }

    /** The hash with one hex digit changed. */
    static String flipped(String hash, int k) {
      int p = (k * 7) % hash.length();
      return hash.substring(0, p) + (hash.charAt(p) == '0' ? '1' : '0') + hash.substring(p + 1);
    }

    /** The text with one character changed to another that keeps it well-formed. */
    static String changed(String text) {
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
