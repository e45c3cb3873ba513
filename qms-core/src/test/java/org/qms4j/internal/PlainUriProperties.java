package org.qms4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.URI;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The evidence reference's quick check never accepts what {@link URI} would refuse. */
class PlainUriProperties {

  @Provide
  Arbitrary<String> nearlyPlain() {
    // the plain form's pieces, with the characters around its edges mixed in
    Arbitrary<String> scheme =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, Arbitraries.of("https", "http", "x+y", "a.b-c", "s3")),
            net.jqwik.api.Tuple.of(1, Arbitraries.of("urn", "1ab", "", "h%", "a b")));
    Arbitrary<String> separator =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, Arbitraries.just("://")),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(":", ":/", "//", ":///", "")));
    Arbitrary<String> host =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, Arbitraries.strings().withChars("abcXYZ019.-").ofMaxLength(12)),
            net.jqwik.api.Tuple.of(1, Arbitraries.strings().withChars("abc019.-_:[]%@").ofMaxLength(12)));
    Arbitrary<String> rest =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6,
                Arbitraries.strings().withChars("aZ09-._~!$&'()*+,;=:@/?").ofMaxLength(20).map(p -> "/" + p)),
            net.jqwik.api.Tuple.of(1,
                Arbitraries.strings().withChars("aZ09-._~!$&'()*+,;=:@/?#%[] \\\"<>^`{|}\u00e9\u0000").ofMaxLength(20)));
    return net.jqwik.api.Combinators.combine(scheme, separator, host, rest).as((a, b, c, d) -> a + b + c + d);
  }

  @Property(tries = 5000)
  void whatTheQuickCheckAccepts_javaNetUriAcceptsToo(@ForAll("nearlyPlain") String s) {
    boolean plain = Checks.isPlainUri(s);
    Statistics.label("plain").collect(plain);
    if (plain) {
      assertThatCode(() -> new URI(s)).as(s).doesNotThrowAnyException();
    }
  }

  @Property(tries = 1000)
  void anyString_whatTheQuickCheckAccepts_javaNetUriAcceptsToo(@ForAll String s) {
    if (Checks.isPlainUri(s)) {
      assertThatCode(() -> new URI(s)).as(s).doesNotThrowAnyException();
    }
  }

  @Example
  void theCommonReferencesAreOfThePlainForm_andTheOthersAreLeftToTheFullParse() {
    assertThat(Checks.isPlainUri("https://dms.example/SOP-12?rev=2")).isTrue();
    assertThat(Checks.isPlainUri("https://lms.example/records/TR-000123")).isTrue();
    assertThat(Checks.isPlainUri("s3://bucket-1/a/b.pdf")).isTrue();
    // left to java.net.URI: a port, an escape, a fragment, an opaque or relative reference
    assertThat(Checks.isPlainUri("https://dms.example:8443/SOP-12")).isFalse();
    assertThat(Checks.isPlainUri("https://dms.example/SOP%2012")).isFalse();
    assertThat(Checks.isPlainUri("https://dms.example/SOP-12#page=3")).isFalse();
    assertThat(Checks.isPlainUri("urn:isbn:0451450523")).isFalse();
    assertThat(Checks.isPlainUri("SOP-12")).isFalse();
    // and what URI refuses is refused by the quick check too
    assertThat(Checks.isPlainUri("https://dms.example/SOP 12")).isFalse();
    assertThat(Checks.isPlainUri("https://")).isFalse();
  }
}
