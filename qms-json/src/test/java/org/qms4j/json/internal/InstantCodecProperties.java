package org.qms4j.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qms4j.json.QmsJsonException;
import org.qms4j.json.testing.CodecIo;

/**
 * The instant codec reads and writes the common form by hand; these properties check that it reads
 * and writes exactly what {@link Instant#parse} and {@link Instant#toString()} do.
 */
class InstantCodecProperties {

  @Property(tries = 2_000)
  void write_isInstantToString(@ForAll("instants") Instant t) {
    assertThat(CodecIo.write(Codecs.INSTANT, t)).isEqualTo("\"" + t + "\"");
  }

  @Property(tries = 2_000)
  void read_ofWrite_isTheInstant(@ForAll("instants") Instant t) {
    assertThat(CodecIo.read(Codecs.INSTANT, CodecIo.write(Codecs.INSTANT, t))).isEqualTo(t);
  }

  @Property(tries = 5_000)
  void read_agreesWithInstantParse(@ForAll("plainLooking") String text) {
    Instant expected;
    try {
      expected = Instant.parse(text);
    } catch (RuntimeException e) {
      expected = null;
    }
    String json = "\"" + text + "\"";
    if (expected == null) {
      assertThat(catchThrowable(() -> CodecIo.read(Codecs.INSTANT, json)))
          .as(text)
          .isInstanceOf(QmsJsonException.class);
    } else {
      assertThat(CodecIo.read(Codecs.INSTANT, json)).as(text).isEqualTo(expected);
    }
  }

  @Example
  void read_edgesOfTheHandWrittenForm() {
    for (String text : new String[] {
        "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2024-02-29T12:00:00Z",
        "1970-01-01T00:00:00Z", "1969-12-31T23:59:59Z"}) {
      assertThat(CodecIo.read(Codecs.INSTANT, "\"" + text + "\"")).isEqualTo(Instant.parse(text));
      assertThat(Codecs.instantSeconds(text)).isEqualTo(Instant.parse(text).getEpochSecond());
    }
  }

  @Example
  void read_leavesOtherFormsToJavaTime() {
    for (String text : new String[] {
        "2023-02-29T12:00:00Z", "2026-01-31T24:00:00Z", "2026-06-30T23:59:60Z",
        "2026-01-31T09:00:00.5Z", "+10000-01-01T00:00:00Z", "2026-01-31t09:00:00Z", "2026-13-01T00:00:00Z"}) {
      assertThat(Codecs.instantSeconds(text)).as(text).isEqualTo(Long.MIN_VALUE);
    }
  }

  @Example
  void write_leavesOtherInstantsToJavaTime() {
    assertThat(Codecs.instantChars(Instant.parse("2026-01-31T09:00:00.5Z"))).isNull();
    assertThat(Codecs.instantChars(Instant.parse("-0001-12-31T23:59:59Z"))).isNull();
    assertThat(Codecs.instantChars(Instant.parse("+10000-01-01T00:00:00Z"))).isNull();
    assertThat(new String(Codecs.instantChars(Instant.EPOCH))).isEqualTo("1970-01-01T00:00:00Z");
  }

  /** Any instant, most of them whole seconds in the years 0000 to 9999, some at their edges. */
  @Provide
  Arbitrary<Instant> instants() {
    Arbitrary<Instant> plain =
        Arbitraries.longs().between(-62_167_219_200L, 253_402_300_799L).map(Instant::ofEpochSecond);
    Arbitrary<Instant> any =
        Combinators.combine(
                Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
                Arbitraries.integers().between(0, 999_999_999))
            .as(Instant::ofEpochSecond);
    Arbitrary<Instant> edges =
        Arbitraries.of(-62_167_219_201L, -62_167_219_200L, 253_402_300_799L, 253_402_300_800L, 0L, -1L)
            .map(Instant::ofEpochSecond);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, plain), net.jqwik.api.Tuple.of(2, any), net.jqwik.api.Tuple.of(1, edges));
  }

  /** Text of the form {@code uuuu-MM-ddTHH:mm:ssZ} with any digits, so many fields out of range. */
  @Provide
  Arbitrary<String> plainLooking() {
    Arbitrary<String> d4 = Arbitraries.strings().numeric().ofLength(4);
    Arbitrary<String> d2 =
        Arbitraries.oneOf(
            Arbitraries.strings().numeric().ofLength(2),
            Arbitraries.integers().between(0, 12).map(i -> String.format("%02d", i)));
    Arbitrary<String> sep = Arbitraries.of("T", "T", "T", "T", "t", " ");
    return Combinators.combine(d4, d2, d2, sep, d2, d2, d2)
        .as((y, mo, d, t, h, mi, s) -> y + "-" + mo + "-" + d + t + h + ":" + mi + ":" + s + "Z");
  }
}
