package org.qms4j.testing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.qms4j.history.By;
import org.qms4j.history.History;
import org.qms4j.history.SignatureMeaning;
import org.qms4j.people.PersonId;

/**
 * Arbitraries for {@link History} and its parts, and an independent SHA-256 for checking hashes.
 * Generated histories are what {@link History#append} records: 1 to 12 events by a few actors, in
 * non-decreasing time (instants are often shared), with random actions, data, reasons and
 * signature meanings.
 */
public final class HistoryArbitraries {

  private HistoryArbitraries() {}

  /** One act to append: everything but the position and the hashes. */
  private record Step(
      int actor,
      long gapNanos,
      String action,
      Map<String, String> data,
      Optional<String> reason,
      Optional<SignatureMeaning> meaning,
      Optional<String> name) {}

  /** Person ids: a letter or digit, then letters, digits and {@code . _ -}. */
  public static Arbitrary<PersonId> actors() {
    return Combinators.combine(
            Arbitraries.chars().range('a', 'z').range('0', '9'),
            Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9').withChars("._-").ofMaxLength(8))
        .as((first, rest) -> PersonId.of(first + rest));
  }

  /** Action names and data keys: a lower-case letter or digit, then letters, digits or {@code -}. */
  public static Arbitrary<String> tokens() {
    return Combinators.combine(
            Arbitraries.chars().range('a', 'z').range('0', '9'),
            Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9').withChars('-').ofMaxLength(9))
        .as((first, rest) -> first + rest);
  }

  /** Data values and reasons: non-blank printable text, some of it beyond ASCII, tabs and line breaks. */
  public static Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withCharRange(' ', '~')
        .withChars("äéß€漢\t\n")
        .ofMinLength(1)
        .ofMaxLength(24)
        .filter(s -> !s.isBlank());
  }

  /** Gaps between events: often none, sometimes a few nanoseconds, sometimes days. */
  @SuppressWarnings("unchecked")
  private static Arbitrary<Long> gaps() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(0L)),
        Tuple.of(1, Arbitraries.longs().between(1, 1_000)),
        Tuple.of(3, Arbitraries.longs().between(1, 10L * 86_400).map(s -> s * 1_000_000_000L)));
  }

  private static Arbitrary<Step> steps() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 2),
            gaps(),
            tokens(),
            Arbitraries.maps(tokens(), texts()).ofMaxSize(4),
            texts().optional(0.5),
            Arbitraries.of(SignatureMeaning.class).optional(0.5),
            Arbitraries.of("Ana Silva", "Ben O'Neill", "Dr. Chen Wei").optional(0.5))
        .as(Step::new);
  }

  /** Histories of 1 to 12 events. */
  public static Arbitrary<History> histories() {
    return histories(1, 12);
  }

  /**
   * Histories of {@code min} to {@code max} events, appended with {@link History#append}; each
   * history's events are by a pool of three actors, so that actors repeat as in real records.
   */
  public static Arbitrary<History> histories(int min, int max) {
    return Combinators.combine(actors().list().ofSize(3), QmsArbitraries.instants(), steps().list().ofMinSize(min).ofMaxSize(max))
        .as(
            (pool, start, list) -> {
              History h = History.empty();
              Instant at = start;
              for (Step s : list) {
                at = at.plusNanos(s.gapNanos());
                h = h.append(s.action(), s.data(), new By(pool.get(s.actor()), s.name(), at, s.reason()), s.meaning().orElse(null));
              }
              return h;
            });
  }

  /**
   * SHA-256 of the bytes in lower-case hex, computed here with {@link MessageDigest} and {@link
   * HexFormat}, independently of the code under test.
   */
  public static String sha256Hex(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** The hex string with the digit at {@code position % 64} replaced by another hex digit. */
  public static String flipHexDigit(String hex, int position) {
    int p = Math.floorMod(position, hex.length());
    char c = hex.charAt(p);
    char other = c == '0' ? '1' : '0';
    return hex.substring(0, p) + other + hex.substring(p + 1);
  }
}
