package org.qms4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.qms4j.json.testing.ExampleSystems;

/**
 * Each kind of bad input the issue names is refused with a {@link QmsJsonException} whose path
 * says where. The documents start from the full example system, changed in one place.
 */
class HostileInputTest {
  private static final QmsJson JSON = QmsJson.standard();
  private static final String HEAD = "{\"formatVersion\":1,\"organisation\":\"Clinic\",\"scope\":\"All\"";
  private static final String VALID = JSON.system().write(ExampleSystems.full());

  private static QmsJsonException refused(String json) {
    return refused(JSON, json);
  }

  private static QmsJsonException refused(QmsJson json, String text) {
    QmsJsonException e =
        catchThrowableOfType(QmsJsonException.class, () -> json.system().read(text));
    assertThat(e).as("refused with QmsJsonException").isNotNull();
    assertThat(e.getMessage()).hasSizeLessThan(2_000);
    return e;
  }

  private static String changed(String from, String to) {
    assertThat(VALID).contains(from);
    return VALID.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to));
  }

  @Test
  void malformedJson() {
    QmsJsonException e = refused(HEAD + ",\"catalogs\":[,]}");
    assertThat(e.problem()).startsWith("the document is not well-formed JSON");
    assertThat(e.path()).isEqualTo("/catalogs");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isPositive();
  }

  @Test
  void truncatedInput() {
    String cut = VALID.substring(0, VALID.indexOf("\"registers\"") + 40);
    QmsJsonException e = refused(cut);
    assertThat(e.path()).startsWith("/registers/evidence/0");
    assertThat(refused("").problem()).contains("ends too early");
    assertThat(refused(HEAD).path()).isEqualTo("/scope");
  }

  @Test
  void wrongTypes() {
    QmsJsonException e = refused(changed("\"organisation\":\"Example Clinic\"", "\"organisation\":5"));
    assertThat(e.path()).isEqualTo("/organisation");
    assertThat(e.problem()).isEqualTo("expected a string but found the number 5");
    QmsJsonException ev = refused(changed("\"id\":\"ev-check\"", "\"id\":[\"ev-check\"]"));
    assertThat(ev.path()).isEqualTo("/registers/evidence/0/id");
    assertThat(refused(HEAD + ",\"registers\":[]}").path()).isEqualTo("/registers");
  }

  @Test
  void unknownProperties() {
    QmsJsonException top = refused(HEAD + ",\"colour\":\"red\"}");
    assertThat(top.path()).isEqualTo("/colour");
    assertThat(top.problem()).startsWith("unknown property 'colour' in a quality system");
    QmsJsonException nested =
        refused(changed("\"id\":\"ev-check\"", "\"id\":\"ev-check\",\"colour\":\"red\""));
    assertThat(nested.path()).isEqualTo("/registers/evidence/0/colour");
    QmsJsonException register = refused(HEAD + ",\"registers\":{\"complaints\":[]}}");
    assertThat(register.path()).isEqualTo("/registers/complaints");
    assertThat(register.problem()).contains("unknown register 'complaints'");
  }

  @Test
  void unknownPropertiesAreSkippedInLenientMode() {
    QmsJson lenient = QmsJson.builder().lenient(true).build();
    String json = changed("\"id\":\"ev-check\"", "\"id\":\"ev-check\",\"colour\":{\"r\":[1,2]}");
    assertThat(lenient.system().read(json)).isEqualTo(ExampleSystems.full());
  }

  @Test
  void unknownEnumNames() {
    String kind = VALID.replaceAll("(\"id\":\"ev-check\",\"requirements\":\\[[^\\]]*\\],\"kind\":)\"[a-z-]+\"", "$1\"photo\"");
    assertThat(kind).isNotEqualTo(VALID);
    QmsJsonException e = refused(kind);
    assertThat(e.path()).isEqualTo("/registers/evidence/0/kind");
    assertThat(e.problem()).startsWith("unknown evidence kind 'photo'; expected one of ");
  }

  @Test
  void unknownTypeNamesAndClassNames() {
    QmsJsonException e = refused(changed("\"type\":\"skill\"", "\"type\":\"course\""));
    assertThat(e.path()).matches("/registers/roles/0/requires/\\d+/type");
    assertThat(e.problem()).contains("unknown type 'course'");
    QmsJsonException c = refused(
        changed("\"type\":\"skill\"", "\"type\":\"org.qms4j.training.Competence$Skill\""));
    assertThat(c.path()).isEqualTo(e.path());
    assertThat(c.problem()).contains("unknown type 'org.qms4j.training.Competence$Skill'");
  }

  @Test
  void tenThousandDeepNesting() {
    String deep = HEAD + ",\"extra\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    QmsJsonException strict = refused(deep);
    assertThat(strict.path()).isEqualTo("/extra");
    QmsJsonException lenient = refused(QmsJson.builder().lenient(true).build(), deep);
    assertThat(lenient.problem()).startsWith("the document exceeds a limit")
        .contains("nesting depth");
    assertThat(lenient.path()).startsWith("/extra/0/0/0").hasSizeLessThanOrEqualTo(301);
  }

  @Test
  void aHundredMegabyteString() {
    Supplier<InputStream> input = () -> new SequenceInputStream(
        stream("{\"formatVersion\":1,\"organisation\":\""),
        new Repeat('A', 100L << 20));
    QmsJsonException e = catchThrowableOfType(QmsJsonException.class,
        () -> JSON.system().read(input.get()));
    assertThat(e.problem()).startsWith("the document exceeds a limit").contains("String value length");
    assertThat(e.path()).isEqualTo("/organisation");
    assertThat(e.getMessage()).doesNotContain("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
  }

  @Test
  void tenThousandDigitNumbers() {
    QmsJsonException e = refused("{\"formatVersion\":" + "9".repeat(10_000) + "}");
    assertThat(e.problem()).startsWith("the document exceeds a limit").contains("Number value length");
    assertThat(e.path()).isEqualTo("/formatVersion");
    QmsJsonException m = refused(VALID.replace("92.5", "9".repeat(10_000)));
    assertThat(m.path()).matches("/registers/objectives/0/.*");
  }

  @Test
  void duplicateKeys() {
    QmsJsonException e = refused(HEAD + ",\"scope\":\"Some\"}");
    assertThat(e.path()).isEqualTo("/scope");
    assertThat(e.problem()).contains("appears twice").contains("scope");
    QmsJsonException nested = refused(changed("\"id\":\"ev-check\"", "\"id\":\"ev-check\",\"id\":\"ev-x\""));
    assertThat(nested.path()).isEqualTo("/registers/evidence/0/id");
  }

  @Test
  void idsReferringToNothing() {
    QmsJsonException e = refused(changed("\"audit\":\"IA-2026-03\"", "\"audit\":\"IA-404\""));
    assertThat(e.path()).isEqualTo("/registers/findings/0");
    assertThat(e.problem()).contains("IA-404");
  }

  @Test
  void unsupportedFormatVersions() {
    QmsJsonException newer = refused(VALID.replaceFirst("\"formatVersion\":1", "\"formatVersion\":2"));
    assertThat(newer.path()).isEqualTo("/formatVersion");
    assertThat(newer.problem()).isEqualTo(
        "formatVersion 2 is newer than this release of qms4j reads (1); read it with a newer qms4j");
    assertThat(refused(VALID.replaceFirst("\"formatVersion\":1", "\"formatVersion\":0")).problem())
        .contains("is not a version of the qms4j format");
    assertThat(refused(VALID.replaceFirst("\"formatVersion\":1", "\"formatVersion\":\"1\"")).problem())
        .isEqualTo("expected the format version (an integer) but found the string '1'");
    QmsJsonException missing = refused("{\"organisation\":\"Clinic\",\"scope\":\"All\"}");
    assertThat(missing.problem()).contains("must begin with its \"formatVersion\"");
  }

  @Test
  void contentAfterTheDocument() {
    QmsJsonException e = refused(VALID + " {}");
    assertThat(e.problem()).isEqualTo("unexpected content after the document");
  }

  @Test
  void controlCharactersInNamesAreEscapedInPathAndMessage() {
    QmsJsonException e = refused(HEAD + ",\"a\\u0000\\u001b[31m\":1}");
    assertThat(e.path()).isEqualTo("/a\\u0000\\u001b[31m");
    assertThat(e.getMessage()).doesNotContain("\u0000").doesNotContain("\u001b");
  }

  @Test
  void arraysInsideItemsHoldAtMostAMillionItems() {
    StringBuilder ids = new StringBuilder();
    for (int i = 0; i <= JsonLimits.MAX_ITEMS; i++) {
      ids.append(i == 0 ? "" : ",").append("\"r").append(i).append('"');
    }
    QmsJsonException e = refused(changed("\"requirements\":[\"iso-9001:2015/4.4.1\"]",
        "\"requirements\":[" + ids + "]"));
    assertThat(e.path()).isEqualTo("/registers/evidence/0/requirements/1000000");
    assertThat(e.problem()).isEqualTo("more than 1000000 items; the model accepts no larger collection");
  }

  @Test
  void oneInstanceServesManyThreads() throws Exception {
    QmsJson shared = QmsJson.standard();
    var system = ExampleSystems.full();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      var results = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> shared.system().read(shared.system().write(system)).equals(system)
            && shared.system().write(system).equals(VALID)));
      }
      for (var r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static InputStream stream(String s) {
    return new java.io.ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  /** A stream of one byte repeated, never held in memory. */
  private static final class Repeat extends InputStream {
    private final int b;
    private long left;

    Repeat(char c, long n) {
      this.b = c;
      this.left = n;
    }

    @Override
    public int read() {
      if (left == 0) {
        return -1;
      }
      left--;
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      java.util.Arrays.fill(buf, off, off + n, (byte) b);
      left -= n;
      return n;
    }
  }
}
