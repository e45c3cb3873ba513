package org.qms4j.json.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qms4j.json.internal.ObjectCodec;
import org.qms4j.json.internal.ReportCodecs;
import org.qms4j.json.testing.Schemas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped schema describes what the codecs read and write: the same properties in the same
 * order, the same required ones, the same enum names, and it refuses what the reader refuses.
 */
class ReportSchemaTest {
  private static final String SCHEMA = "conformity-report.schema.json";

  private static JsonNode schema() throws IOException {
    try (InputStream in =
        ReportSchemaTest.class.getResourceAsStream("/org/qms4j/json/schema/1/" + SCHEMA)) {
      return JsonMapper.builder().build().readTree(in);
    }
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.properties().forEach(e -> names.add(e.getKey()));
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asString()));
    return texts;
  }

  @Test
  void schema_objects_listTheCodecsPropertiesInOrderAndTheirRequiredOnes() throws IOException {
    JsonNode schema = schema();
    Map<String, ObjectCodec<?, ?>> codecs =
        Map.of(
            "rollup", ReportCodecs.ROLLUP,
            "verdictCounts", ReportCodecs.VERDICT_COUNTS,
            "reason", ReportCodecs.REASON,
            "requirementResult", ReportCodecs.REQUIREMENT_RESULT,
            "statusChange", ReportCodecs.STATUS_CHANGE);
    codecs.forEach((def, codec) -> {
      JsonNode node = schema.get("$defs").get(def);
      assertThat(names(node.get("properties"))).as(def).isEqualTo(fieldNames(codec, false));
      assertThat(texts(node.get("required"))).as(def).isEqualTo(fieldNames(codec, true));
      assertThat(node.get("additionalProperties").asBoolean(true)).as(def).isFalse();
    });
    List<String> document = new ArrayList<>(List.of("formatVersion"));
    document.addAll(fieldNames(ReportCodecs.REPORT, false));
    assertThat(names(schema.get("properties"))).isEqualTo(document);
    List<String> required = new ArrayList<>(List.of("formatVersion"));
    required.addAll(fieldNames(ReportCodecs.REPORT, true));
    assertThat(texts(schema.get("required"))).isEqualTo(required);
  }

  private static List<String> fieldNames(ObjectCodec<?, ?> codec, boolean requiredOnly) {
    return codec.fields().stream()
        .filter(f -> !requiredOnly || f.required())
        .map(ObjectCodec.Field::name)
        .toList();
  }

  @Test
  void schema_enums_areTheCodecsNames() throws IOException {
    JsonNode defs = schema().get("$defs");

    assertThat(texts(defs.get("verdict").get("enum"))).isEqualTo(ReportCodecs.VERDICT.names());
    assertThat(texts(defs.get("reasonCode").get("enum"))).isEqualTo(ReportCodecs.REASON_CODE.names());
    // the evidence kinds are the records schema's, checked by RecordSchemaTest
    assertThat(defs.get("evidenceKind").get("$ref").asString())
        .isEqualTo("records.schema.json#/$defs/evidenceKind");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"requirement\":\"r-1\",\"before\":\"CONFORMING\"}",
      "{\"requirement\":\"r-1\",\"after\":\"conforming\",\"score\":1}",
      "{\"after\":\"conforming\"}"
  })
  void schema_refusesStatusChangesTheReaderRefuses(String json) {
    assertThat(Schemas.problems(SCHEMA + "#/$defs/statusChange", json)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"code\":\"evidence-valid\",\"hostCode\":\"MINE\",\"message\":\"m\"}",
      "{\"code\":\"host-rule\",\"hostCode\":\"mine\",\"message\":\"m\"}",
      "{\"code\":\"looks-fine\",\"message\":\"m\"}",
      "{\"code\":\"host-rule\",\"message\":\"\"}"
  })
  void schema_refusesReasonsTheReaderRefuses(String json) {
    assertThat(Schemas.problems(SCHEMA + "#/$defs/reason", json)).isNotEmpty();
  }

  @Test
  void schema_refusesNegativeCountsAndClauseKeysWithoutHash() {
    String counts =
        "{\"not-applicable\":0,\"conforming\":-1,\"not-assessed\":0,\"partially-conforming\":0,"
            + "\"nonconforming\":0}";
    String rollup = "{\"verdict\":\"conforming\",\"counts\":" + counts.replace("-1", "1") + "}";

    assertThat(Schemas.problems(SCHEMA + "#/$defs/verdictCounts", counts)).isNotEmpty();
    assertThat(Schemas.problems(SCHEMA + "#/$defs/verdictCounts", counts.replace("-1", "1")))
        .isEmpty();
    String document = "{\"formatVersion\":1,\"asOf\":\"2026-06-30T00:00:00Z\",\"overall\":"
        + rollup + ",\"clauses\":{%s:" + rollup + "}}";
    assertThat(Schemas.problems(SCHEMA, document.formatted("\"a:1#7.5\""))).isEmpty();
    assertThat(Schemas.problems(SCHEMA, document.formatted("\"a:1-7.5\""))).isNotEmpty();
  }
}
