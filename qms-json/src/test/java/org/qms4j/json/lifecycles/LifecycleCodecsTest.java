package org.qms4j.json.lifecycles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qms4j.capa.ActionState;
import org.qms4j.capa.CorrectiveAction;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.FindingId;
import org.qms4j.history.By;
import org.qms4j.history.History;
import org.qms4j.history.SignatureMeaning;
import org.qms4j.history.Verification;
import org.qms4j.json.QmsJsonException;
import org.qms4j.json.internal.Codec;
import org.qms4j.json.internal.LifecycleCodecs;
import org.qms4j.json.testing.CodecIo;
import org.qms4j.json.testing.Schemas;
import org.qms4j.people.PersonId;
import org.qms4j.testing.CapaFixtures;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lifecycles read from JSON text that was changed after it was written, and bad input: each is
 * refused with the module's exception at the path of what is wrong, never a half-built object.
 */
class LifecycleCodecsTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final PersonId ANA = PersonId.of("ana");

  /** Opened, corrected ("Contained."), root cause, planned, implemented, verified, closed. */
  private static final CorrectiveAction CLOSED = CapaFixtures.walk("CA-7", FindingId.of("F-1"),
      CapaFixtures.CLOSED, T0, Duration.ofDays(1), List.of(EvidenceId.of("ev-1")));
  private static final String JSON = write(CLOSED);
  private static final String SCHEMA = "lifecycles-test.schema.json";

  private static String write(CorrectiveAction a) {
    return CodecIo.write(LifecycleCodecs.CORRECTIVE_ACTION, a);
  }

  private static CorrectiveAction read(String json) {
    return CodecIo.read(LifecycleCodecs.CORRECTIVE_ACTION, json);
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> refused(
      Codec<?> codec, String json, String path) {
    return assertThatThrownBy(() -> CodecIo.read(codec, json))
        .isInstanceOf(QmsJsonException.class)
        .satisfies(e -> assertThat(((QmsJsonException) e).path()).isEqualTo(path));
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> refused(String json, String path) {
    return refused(LifecycleCodecs.CORRECTIVE_ACTION, json, path);
  }

  private static String replaceOnce(String json, String from, String to) {
    assertThat(json).containsOnlyOnce(from);
    return json.replace(from, to);
  }

  // -- the format ---------------------------------------------------------------------------

  @Test
  void write_correctiveAction_isItsIdAndHistoryOnly() {
    String opened = write(CorrectiveAction.open(
        org.qms4j.capa.CorrectiveActionId.of("CA-1"), "Obsolete SOPs", java.util.Set.of(),
        By.of(ANA, T0)));
    assertThat(opened).startsWith("{\"id\":\"CA-1\",\"history\":[{\"sequence\":0,\"actor\":\"ana\","
        + "\"at\":\"2026-03-02T09:00:00Z\",\"action\":\"opened\","
        + "\"data\":{\"id\":\"CA-1\",\"title\":\"Obsolete SOPs\"},\"meaning\":\"authored\","
        + "\"previousHash\":\"" + History.GENESIS + "\",\"hash\":\"");
    assertThat(tree(opened).propertyNames()).containsExactly("id", "history");
  }

  @Test
  void schema_refusesWhatTheReaderRefuses() {
    String def = "{\"correctiveAction\":%s}";
    assertThat(Schemas.problems(SCHEMA, def.formatted(JSON))).isEmpty();
    assertThat(Schemas.problems(SCHEMA,
        def.formatted(JSON.replace("{\"id\":\"CA-7\",", "{\"id\":\"CA-7\",\"state\":\"closed\","))))
        .isNotEmpty();
    assertThat(Schemas.problems(SCHEMA, def.formatted(JSON.replace("\"authored\"", "\"signed\""))))
        .isNotEmpty();
    String hash = CLOSED.history().events().get(2).hash();
    assertThat(Schemas.problems(SCHEMA,
        def.formatted(JSON.replace(hash, hash.toUpperCase(java.util.Locale.ROOT))))).isNotEmpty();
    assertThat(Schemas.problems(SCHEMA, def.formatted("{\"id\":\"CA-7\",\"history\":[]}")))
        .isNotEmpty();
    String notOpenedFirst = "{\"id\":\"SOP-1\",\"history\":"
        + JSON.substring(JSON.indexOf('['), JSON.length() - 1) + "}";
    assertThat(Schemas.problems(SCHEMA, "{\"controlledDocument\":" + notOpenedFirst + "}"))
        .isNotEmpty();
  }

  @Test
  void module_readsAndWritesLifecyclesAndRefusesATamperedOne() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.writeValueAsString(CLOSED)).isEqualTo(JSON);
    assertThat(mapper.readValue(JSON, CorrectiveAction.class)).isEqualTo(CLOSED);
    assertThat(mapper.readValue(mapper.writeValueAsString(CLOSED.history()), History.class))
        .isEqualTo(CLOSED.history());
    assertThatThrownBy(() -> mapper.readValue(
            replaceOnce(JSON, "\"Contained.\"", "\"Contained!\""), CorrectiveAction.class))
        .isInstanceOf(QmsJsonException.class)
        .satisfies(e -> assertThat(((QmsJsonException) e).path()).isEqualTo("/history/1"));
  }

  // -- tampering ----------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "an action    | \"root-cause-identified\"     | \"root-cause-identifieD\"     | 2",
    "a data value | \"Contained.\"                | \"Contained!\"                | 1",
    "a data key   | \"rootCause\"                 | \"rootcause\"                 | 2",
    "an actor     | \"actor\":\"internal.auditor\" | \"actor\":\"internal.audit0r\" | 5",
    "a reason     | \"action\":\"closed\"          | \"action\":\"closed\",\"reason\":\"Ok.\" | 6",
  })
  void read_oneEventChanged_isRefusedAtThatEvent(String what, String from, String to, int event) {
    refused(replaceOnce(JSON, from, to), "/history/" + event)
        .hasMessageContaining("event " + event + " does not match its hash");
  }

  @Test
  void read_reasonChangedByOneCharacter_isRefusedAtThatEvent() {
    CorrectiveAction cancelled = CapaFixtures.walk("CA-8", FindingId.of("F-2"),
            CapaFixtures.CORRECTED, T0, Duration.ofHours(1), List.of())
        .cancel(By.of(ANA, T0.plus(Duration.ofDays(1))).because("Duplicate of CA-6."));
    String tampered = replaceOnce(write(cancelled), "CA-6.", "CA-5.");
    refused(tampered, "/history/2").hasMessageContaining("event 2 does not match its hash");
  }

  @Test
  void read_hashChanged_isRefusedAtThatEvent() {
    String hash = CLOSED.history().events().get(3).hash();
    String other = (hash.charAt(0) == 'a' ? "b" : "a") + hash.substring(1);
    String tampered = replaceOnce(JSON, "\"hash\":\"" + hash + "\"", "\"hash\":\"" + other + "\"");
    refused(tampered, "/history/3").hasMessageContaining("event 3 does not match its hash");
  }

  @Test
  void read_eventDropped_isRefusedWhereItWas() {
    ObjectNode root = tree(JSON);
    ((ArrayNode) root.get("history")).remove(2);
    refused(root.toString(), "/history/2").hasMessageContaining("event 2 has sequence number 3");
  }

  @Test
  void read_eventsReordered_isRefusedAtTheFirstMoved() {
    ObjectNode root = tree(JSON);
    ArrayNode history = (ArrayNode) root.get("history");
    history.insert(5, history.remove(4));
    refused(root.toString(), "/history/4").hasMessageContaining("event 4 has sequence number 5");
  }

  @Test
  void read_lastEventDropped_isReadButDoesNotVerifyAgainstTheKeptHead() {
    ObjectNode root = tree(JSON);
    ArrayNode history = (ArrayNode) root.get("history");
    history.remove(history.size() - 1);

    CorrectiveAction back = read(root.toString());

    assertThat(back.state()).isEqualTo(ActionState.EFFECTIVENESS_VERIFIED);
    Verification v = back.history().verify(CLOSED.history().head());
    assertThat(v.intact()).isFalse();
    assertThat(v.brokenAt()).hasValue(6);
  }

  @Test
  void read_historyWithAValidChainButAnIllegalTransition_isRefusedAtThatEvent() {
    History h = History.of(List.of(CLOSED.history().events().get(0)))
        .append("closed", Map.of(), By.of(ANA, T0.plusSeconds(60)), SignatureMeaning.APPROVED);
    String json = "{\"id\":\"CA-7\",\"history\":" + CodecIo.write(LifecycleCodecs.HISTORY, h) + "}";
    refused(json, "/history/1").hasMessageContaining("cannot CLOSE in state OPENED");
  }

  @Test
  void read_idOtherThanTheRecordedOne_isRefusedAtTheId() {
    String tampered = JSON.replaceFirst("\"id\":\"CA-7\"", "\"id\":\"CA-8\"");
    refused(tampered, "/id").hasMessageContaining("'CA-8'").hasMessageContaining("'CA-7'");
  }

  @Test
  void readHistory_tampered_isReadAsStoredAndVerifyNamesTheEvent() {
    String history = CodecIo.write(LifecycleCodecs.HISTORY, CLOSED.history());
    History back = CodecIo.read(LifecycleCodecs.HISTORY,
        replaceOnce(history, "\"Contained.\"", "\"Contained!\""));
    assertThat(back.verify().brokenAt()).hasValue(1);
  }

  // -- bad input ----------------------------------------------------------------------------

  @Test
  void read_unknownSignatureMeaning_isRefusedAtTheMeaning() {
    String bad = JSON.replaceFirst("\"meaning\":\"authored\"", "\"meaning\":\"signed\"");
    refused(bad, "/history/0/meaning")
        .hasMessageContaining("unknown signature meaning 'signed'")
        .hasMessageContaining("authored, reviewed, approved, verified");
  }

  @Test
  void read_meaningAsItsJavaName_isRefused() {
    String bad = JSON.replaceFirst("\"meaning\":\"authored\"", "\"meaning\":\"AUTHORED\"");
    refused(bad, "/history/0/meaning");
  }

  @Test
  void read_sequenceNotAnInteger_isRefusedAtTheSequence() {
    refused(JSON.replace("\"sequence\":1,", "\"sequence\":\"1\","), "/history/1/sequence")
        .hasMessageContaining("expected an integer but found the string '1'");
    refused(JSON.replace("\"sequence\":1,", "\"sequence\":1.0,"), "/history/1/sequence");
    refused(JSON.replace("\"sequence\":1,", "\"sequence\":4294967297,"), "/history/1/sequence");
  }

  @Test
  void read_negativeSequence_isRefusedAtTheEvent() {
    refused(JSON.replace("\"sequence\":1,", "\"sequence\":-1,"), "/history/1")
        .hasMessageContaining("sequence was -1");
  }

  @Test
  void read_hashNotSixtyFourHexDigits_isRefusedAtTheHash() {
    String hash = CLOSED.history().events().get(2).hash();
    String prefix = "\"hash\":\"" + hash + "\"";
    refused(replaceOnce(JSON, prefix, "\"hash\":\"" + hash.substring(1) + "\""),
        "/history/2/hash").hasMessageContaining("expected a SHA-256 hash");
    refused(replaceOnce(JSON, prefix, "\"hash\":\"" + hash.toUpperCase(java.util.Locale.ROOT) + "\""),
        "/history/2/hash");
    refused(replaceOnce(JSON, prefix, "\"hash\":\"" + hash.substring(1) + "g\""), "/history/2/hash");
    refused(JSON.replaceFirst("\"previousHash\":\"0{64}\"", "\"previousHash\":\"0\""),
        "/history/0/previousHash");
  }

  @Test
  void read_missingHistory_isRefused() {
    refused("{\"id\":\"CA-7\"}", "").hasMessageContaining("corrective action is missing history");
  }

  @Test
  void read_emptyHistory_isRefusedAtTheHistory() {
    refused("{\"id\":\"CA-7\",\"history\":[]}", "/history").hasMessageContaining("was empty");
  }

  @Test
  void read_historyNotAnArray_isRefusedAtTheHistory() {
    refused("{\"id\":\"CA-7\",\"history\":{}}", "/history")
        .hasMessageContaining("expected a history (a list of events) (an array)");
  }

  @Test
  void read_nullEvent_isRefusedAtIt() {
    refused(JSON.replace("\"history\":[", "\"history\":[null,"), "/history/0");
  }

  @Test
  void read_missingHash_isRefusedAtTheEvent() {
    String hash = CLOSED.history().events().get(0).hash();
    refused(replaceOnce(JSON, ",\"hash\":\"" + hash + "\"", ""), "/history/0")
        .hasMessageContaining("event is missing hash");
  }

  @Test
  void read_unknownPropertyInAnEvent_isRefusedAtIt() {
    refused(JSON.replaceFirst("\"sequence\":0,", "\"sequence\":0,\"state\":\"closed\","),
        "/history/0/state").hasMessageContaining("unknown property 'state' in an event");
  }

  @Test
  void read_actionNotAToken_isRefusedAtTheEvent() {
    refused(JSON.replaceFirst("\"action\":\"opened\"", "\"action\":\"Opened\""), "/history/0")
        .hasMessageContaining("event 0: action was 'Opened'");
  }

  @Test
  void read_eventDataValueNotText_isRefusedAtTheValue() {
    refused(JSON.replace("\"Contained.\"", "42"), "/history/1/data/correction");
  }

  private static ObjectNode tree(String json) {
    return (ObjectNode) JsonMapper.builder().build().readTree(json);
  }
}
