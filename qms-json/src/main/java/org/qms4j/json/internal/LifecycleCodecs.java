package org.qms4j.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.qms4j.capa.CorrectiveAction;
import org.qms4j.certification.Certificate;
import org.qms4j.document.ControlledDocument;
import org.qms4j.history.Event;
import org.qms4j.history.History;
import org.qms4j.history.ImmutableEvent;
import org.qms4j.history.SignatureMeaning;
import org.qms4j.history.Verification;
import org.qms4j.json.QmsJsonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Codecs for tamper-evident histories and the lifecycles built on them: events, histories,
 * corrective actions, controlled documents and certificates.
 *
 * <p>An event is written exactly as held, hashes included, so that {@link History#verify()} still
 * passes after a round trip. A lifecycle is written as its id (for readers of the document) and its
 * history, nothing else: its state is derived from the events. Reading a lifecycle replays the
 * history through the core's {@code replay}, so a changed, removed or reordered event, a broken
 * chain or a transition the lifecycle does not allow is refused, with the path of the offending
 * event ({@code /history/3}); an id that is not the one the history records is refused at {@code
 * /id}. A bare {@link History} is read as stored, unchecked, like {@link History#of(List)}: the
 * host verifies it against the head it kept.
 */
public final class LifecycleCodecs {
  private LifecycleCodecs() {}

  /** What a signed act means. */
  public static final Codecs.EnumCodec<SignatureMeaning> SIGNATURE_MEANING =
      Codecs.enumOf(SignatureMeaning.class, "signature meaning");

  /** A SHA-256 hash: 64 lower-case hex digits. */
  static final Codec<String> SHA256 =
      Codecs.text("a SHA-256 hash (64 lower-case hex digits)", LifecycleCodecs::sha256, h -> h);

  /** An event's data: text values by key, written in key order. */
  static final Codec<SortedMap<String, String>> DATA =
      Codecs.mapOf("event data", k -> k, k -> k, Codecs.STRING);

  /** One event of a history, every attribute as held. */
  public static final ObjectCodec<Event, ImmutableEvent.Builder> EVENT =
      ObjectCodec.of(Event.class, "an event", Event::builder, ImmutableEvent.Builder::build)
          .required("sequence", Codecs.INT, Event::sequence, ImmutableEvent.Builder::sequence)
          .required("actor", Ids.PERSON, Event::actor, ImmutableEvent.Builder::actor)
          .optional("actorName", Codecs.STRING, Event::actorName, ImmutableEvent.Builder::actorName)
          .required("at", Codecs.INSTANT, Event::at, ImmutableEvent.Builder::at)
          .required("action", Codecs.STRING, Event::action, ImmutableEvent.Builder::action)
          .defaulted("data", DATA, Event::data, ImmutableEvent.Builder::data)
          .optional("reason", Codecs.STRING, Event::reason, ImmutableEvent.Builder::reason)
          .optional("meaning", SIGNATURE_MEANING, Event::meaning, ImmutableEvent.Builder::meaning)
          .required("previousHash", SHA256, Event::previousHash,
              ImmutableEvent.Builder::previousHash)
          .required("hash", SHA256, Event::hash, ImmutableEvent.Builder::hash)
          .build();

  private static final Codec<List<Event>> EVENTS = Codecs.listOf(EVENT);

  /** A history: its events, oldest first, read as stored (see {@link History#of(List)}). */
  public static final Codec<History> HISTORY = new Codec<>() {
    @Override
    public History read(In in) {
      return History.of(events(in, null));
    }

    @Override
    public void write(Out out, History value) {
      EVENTS.write(out, value.events());
    }

    @Override
    public String label() {
      return "a history (a list of events)";
    }
  };

  /** A corrective action: its id and history, replayed when read. */
  public static final ObjectCodec<CorrectiveAction, Draft> CORRECTIVE_ACTION =
      lifecycle(CorrectiveAction.class, "corrective action", Ids.CORRECTIVE_ACTION,
          CorrectiveAction::id, CorrectiveAction::history, CorrectiveAction::replay);

  /** A controlled document: its id and history, replayed when read. */
  public static final ObjectCodec<ControlledDocument, Draft> CONTROLLED_DOCUMENT =
      lifecycle(ControlledDocument.class, "controlled document", Ids.DOCUMENT,
          ControlledDocument::id, ControlledDocument::history, ControlledDocument::replay);

  /** A certificate: its id and history, replayed when read. */
  public static final ObjectCodec<Certificate, Draft> CERTIFICATE =
      lifecycle(Certificate.class, "certificate", Ids.CERTIFICATE, Certificate::id,
          Certificate::history, Certificate::replay);

  /**
   * Registers the types of this class.
   *
   * @param r the registry
   */
  public static void register(Registry r) {
    r.add(SignatureMeaning.class, SIGNATURE_MEANING);
    r.add(Event.class, EVENT);
    r.add(History.class, HISTORY);
    r.add(CorrectiveAction.class, CORRECTIVE_ACTION);
    r.add(ControlledDocument.class, CONTROLLED_DOCUMENT);
    r.add(Certificate.class, CERTIFICATE);
  }

  private static String sha256(String text) {
    boolean ok = text.length() == 64;
    for (int i = 0; ok && i < 64; i++) {
      char c = text.charAt(i);
      ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }
    if (!ok) {
      throw new IllegalArgumentException();
    }
    return text;
  }

  /**
   * Reads an array of events, noting where each begins if asked; a history longer than the core accepts is
   * refused at the first event too many, before it is read.
   */
  private static List<Event> events(In in, @Nullable List<Where> where) {
    in.startArray("a history (a list of events)");
    List<Event> events = new ArrayList<>();
    for (JsonToken t = in.next(); t != JsonToken.END_ARRAY; t = in.next()) {
      if (t == JsonToken.VALUE_NULL) {
        throw in.error("a history may not hold null");
      }
      if (events.size() == History.MAX_EVENTS) {
        throw in.error("a history holds at most " + History.MAX_EVENTS + " events");
      }
      if (where != null) {
        where.add(Where.of(in));
      }
      events.add(EVENT.read(in));
    }
    return events;
  }

  /** Where a value began in the document, for errors found after it was read. */
  private record Where(String path, long line, long column) {
    /** Where the current value begins. */
    static Where of(In in) {
      TokenStreamLocation loc = in.parser().currentTokenLocation();
      return new Where(in.path(),
          loc == null ? -1 : loc.getLineNr(), loc == null ? -1 : loc.getColumnNr());
    }

    QmsJsonException error(String problem, @Nullable Throwable cause) {
      return new QmsJsonException(problem, path, line, column, cause);
    }
  }

  /**
   * A lifecycle as read, before it is replayed: the id written beside the history and the events,
   * each with where it was.
   */
  public static final class Draft {
    @Nullable Object id;
    @Nullable Where idAt;
    List<Event> events = List.of();
    List<Where> eventsAt = List.of();
    @Nullable Where historyAt;

    Draft() {}
  }

  private static <T, I> ObjectCodec<T, Draft> lifecycle(
      Class<T> type, String label, Codec<I> ids, Function<T, I> id, Function<T, History> history,
      Function<History, T> replay) {
    return ObjectCodec.ofWithInput(type, label, Draft::new,
            (Draft d, In in) -> replayed(label, d, id, replay))
        .custom("id", true,
            (in, d) -> {
              d.idAt = Where.of(in);
              d.id = ids.read(in);
            },
            (out, t) -> {
              out.g().writeName("id");
              ids.write(out, id.apply(t));
            })
        .custom("history", true,
            (in, d) -> {
              d.historyAt = Where.of(in);
              List<Where> where = new ArrayList<>();
              d.events = events(in, where);
              d.eventsAt = where;
            },
            (out, t) -> {
              out.g().writeName("history");
              HISTORY.write(out, history.apply(t));
            })
        .build();
  }

  /**
   * Replays the events read (which verifies them first); a refusal is reported at the first event
   * found wrong, or at the history when no event is to blame (an empty history).
   */
  private static <T> T replayed(
      String label, Draft d, Function<T, ?> id, Function<History, T> replay) {
    History h = History.of(d.events);
    T value;
    try {
      value = replay.apply(h);
    } catch (RuntimeException e) {
      Verification v = h.verify();
      int k = v.intact() ? firstRefused(d.events, replay) : v.brokenAt().orElseThrow();
      Where at = k >= 0 && k < d.eventsAt.size()
          ? d.eventsAt.get(k)
          : Objects.requireNonNull(d.historyAt);
      String m = e.getMessage();
      throw at.error(Texts.clip(m == null ? label + " history: " + e : m, 400), e);
    }
    Object recorded = id.apply(value);
    if (!recorded.equals(d.id)) {
      throw Objects.requireNonNull(d.idAt).error(
          label + " id " + Texts.quote(String.valueOf(d.id)) + " is not the id its history records, "
              + Texts.quote(recorded.toString()), null);
    }
    return value;
  }

  /**
   * The position of the first event a replay refuses, or -1 when there is none: the shortest
   * refused prefix ends with it. A replay folds events in order, so a refused prefix stays refused
   * when longer, and the prefixes can be bisected without reading the core's message.
   */
  private static int firstRefused(List<Event> events, Function<History, ?> replay) {
    int accepted = 0;
    int refused = events.size();
    if (refused == 0) {
      return -1;
    }
    while (refused - accepted > 1) {
      int mid = (accepted + refused) >>> 1;
      try {
        replay.apply(History.of(events.subList(0, mid)));
        accepted = mid;
      } catch (RuntimeException e) {
        refused = mid;
      }
    }
    return refused - 1;
  }
}
