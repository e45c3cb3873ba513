package org.qms4j.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;
import org.qms4j.InvalidModelException;
import org.qms4j.internal.Checks;
import org.qms4j.internal.QmsStyle;
import org.qms4j.people.PersonId;

/**
 * One recorded act of a {@link History}: who ({@link #actor()}, with the {@linkplain #actorName()
 * printed name} where given), when ({@link #at()}), what (the
 * {@link #action()} and its {@link #data()}), why (a free {@link #reason()}), and, where the act is
 * a signature, its {@link #meaning()}.
 *
 * <p>Each event carries the hash of the event before it ({@link #previousHash()}, {@link
 * History#GENESIS} for the first) and the hash of its own canonical content including that link
 * ({@link #hash()}): SHA-256 over {@link #canonicalContent()}, in lower-case hex. The canonical form
 * is a length-prefixed UTF-8 encoding of every field in a fixed order, independent of any JSON or
 * other storage format, so a host may store events however it likes and {@link History#verify()}
 * still detects a changed, removed or reordered event.
 *
 * <p>Events are made by {@link History#append}; a host restoring stored events builds them with
 * {@link #builder()}, and {@link History#verify()} then tells whether they are what was recorded.
 * Limits: action and data keys at most {@value #MAX_TOKEN} characters, starting with {@code a-z} or
 * {@code 0-9}, then letters, digits or {@code -} (keys such as {@code rootCause}); at most {@value
 * #MAX_DATA} data entries; data values and the reason at most {@value #MAX_TEXT} characters of
 * well-formed text without control characters but tab and line breaks. Immutable and
 * thread-safe.
 */
@Value.Immutable
@QmsStyle
public abstract class Event {
  /** The longest action name or data key accepted. */
  public static final int MAX_TOKEN = 64;
  /** The most data entries accepted. */
  public static final int MAX_DATA = 64;
  /** The longest data value or reason accepted. */
  public static final int MAX_TEXT = 10_000;
  /** The longest printed name accepted. */
  public static final int MAX_NAME = 200;

  private static final byte[] FORMAT = "qms4j-event-1".getBytes(StandardCharsets.US_ASCII);

  Event() {}

  /**
   * Returns a new builder, for restoring stored events.
   *
   * @return a builder with no attribute set
   */
  public static ImmutableEvent.Builder builder() {
    return new ImmutableEvent.Builder();
  }

  /**
   * The event's position in its history, from 0.
   *
   * @return the sequence number, not negative
   */
  public abstract int sequence();

  /**
   * Who acted.
   *
   * @return the person
   */
  public abstract PersonId actor();

  /**
   * The actor's printed name, as 21 CFR 11.50 asks a signed record to show, if given.
   *
   * @return the name, if any
   */
  public abstract Optional<String> actorName();

  /**
   * When the act happened; never before the previous event's instant.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * What was done, such as {@code root-cause-identified}.
   *
   * @return the action name
   */
  public abstract String action();

  /**
   * The act's data by key, sorted by key, such as {@code rootCause} or {@code evidence}.
   *
   * @return the data, possibly empty
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> data();

  /**
   * Why, if the actor said.
   *
   * @return the reason, if any
   */
  public abstract Optional<String> reason();

  /**
   * What the act means as a signature, where it is one.
   *
   * @return the meaning, if the act is a signature
   */
  public abstract Optional<SignatureMeaning> meaning();

  /**
   * The hash of the event before this one in its history, or {@link History#GENESIS}.
   *
   * @return 64 lower-case hex digits
   */
  public abstract String previousHash();

  /**
   * The hash recorded for this event: SHA-256 of {@link #canonicalContent()} when it was recorded.
   *
   * @return 64 lower-case hex digits
   */
  public abstract String hash();

  /**
   * The canonical form of everything but {@link #hash()}: the bytes the hash is computed over.
   * Each field in a fixed order, strings as a 4-byte big-endian length and UTF-8 bytes, absent
   * optional values as a 0 byte, present ones as a 1 byte followed by the value.
   *
   * @return a fresh array
   */
  public byte[] canonicalContent() {
    return canonical(sequence(), actor(), actorName(), at(), action(), data(), reason(), meaning(), previousHash());
  }

  /**
   * Tells whether {@link #hash()} is the hash of this event's {@link #canonicalContent()}.
   *
   * @return false if any field was changed after the event was recorded
   */
  public boolean hashMatches() {
    return hash().equals(hashOf(canonicalContent()));
  }

  static byte[] canonical(
      int sequence,
      PersonId actor,
      Optional<String> actorName,
      Instant at,
      String action,
      Map<String, String> data,
      Optional<String> reason,
      Optional<SignatureMeaning> meaning,
      String previousHash) {
    Canonical out = new Canonical();
    out.bytes(FORMAT);
    out.integer(sequence);
    out.string(actor.value());
    out.optional(actorName.orElse(null));
    out.string(at.toString());
    out.string(action);
    out.integer(data.size());
    for (Map.Entry<String, String> e : data.entrySet()) {
      out.string(e.getKey());
      out.string(e.getValue());
    }
    out.optional(reason.orElse(null));
    out.optional(meaning.map(Enum::name).orElse(null));
    out.string(previousHash);
    return out.toByteArray();
  }

  static String hashOf(byte[] content) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
    byte[] digest = sha.digest(content);
    StringBuilder hex = new StringBuilder(64);
    for (byte b : digest) {
      hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return hex.toString();
  }

  @Value.Check
  void check() {
    if (sequence() < 0) {
      throw new InvalidModelException("event: sequence was " + sequence() + "; expected 0 or more");
    }
    String where = "event " + sequence();
    token(action(), where + ": action");
    if (data().size() > MAX_DATA) {
      throw new InvalidModelException(where + ": data had " + data().size() + " entries; expected at most " + MAX_DATA);
    }
    for (Map.Entry<String, String> e : data().entrySet()) {
      token(e.getKey(), where + ": data key");
      Checks.text(e.getValue(), MAX_TEXT, where + ": data " + e.getKey());
      wellFormed(e.getValue(), where + ": data " + e.getKey());
    }
    reason().ifPresent(r -> wellFormed(Checks.text(r, MAX_TEXT, where + ": reason"), where + ": reason"));
    actorName().ifPresent(n -> wellFormed(Checks.line(n, MAX_NAME, where + ": actorName"), where + ": actorName"));
    hex(previousHash(), where + ": previousHash");
    hex(hash(), where + ": hash");
  }

  /**
   * Refuses unpaired surrogates, which UTF-8 cannot encode: two different texts would share a
   * canonical form, and a change between them would go unseen.
   */
  static void wellFormed(String value, String what) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new InvalidModelException(what + " held an unpaired surrogate at index " + i + "; expected well-formed UTF-16 text");
      }
    }
  }

  private static void token(String value, String what) {
    boolean ok = !value.isEmpty() && value.length() <= MAX_TOKEN;
    for (int i = 0; ok && i < value.length(); i++) {
      char c = value.charAt(i);
      ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (i > 0 && ((c >= 'A' && c <= 'Z') || c == '-'));
    }
    if (!ok) {
      throw new InvalidModelException(
          what + " was " + Checks.quote(value) + "; expected 1 to " + MAX_TOKEN + " letters, digits or -, starting with a lower-case letter or digit");
    }
  }

  private static void hex(String value, String what) {
    boolean ok = value.length() == 64;
    for (int i = 0; ok && i < 64; i++) {
      char c = value.charAt(i);
      ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }
    if (!ok) {
      throw new InvalidModelException(what + " was " + Checks.quote(value) + "; expected 64 lower-case hex digits");
    }
  }

  @Override
  public String toString() {
    return "Event{" + sequence() + " " + action() + " by " + actor() + " at " + at() + "}";
  }
}
