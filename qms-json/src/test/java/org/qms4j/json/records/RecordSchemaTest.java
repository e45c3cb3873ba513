package org.qms4j.json.records;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qms4j.json.internal.Codecs;
import org.qms4j.json.internal.ObjectCodec;
import org.qms4j.json.internal.RecordCodecs;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code records.schema.json} describes what the codecs write: each object entry lists the codec's
 * properties in the codec's order and requires exactly the ones the codec requires; each enum entry
 * lists the codec's names; and every entry belongs to a codec or is a shared piece listed here.
 */
class RecordSchemaTest {
  private static final Map<String, ObjectCodec<?, ?>> OBJECTS = Map.ofEntries(
      entry("evidence", RecordCodecs.EVIDENCE),
      entry("finding", RecordCodecs.FINDING),
      entry("audit", RecordCodecs.AUDIT),
      entry("person", RecordCodecs.PERSON),
      entry("roleAssignment", RecordCodecs.ROLE_ASSIGNMENT),
      entry("role", RecordCodecs.ROLE),
      entry("trainingRecord", RecordCodecs.TRAINING_RECORD),
      entry("measurement", RecordCodecs.MEASUREMENT),
      entry("indicator", RecordCodecs.INDICATOR),
      entry("objective", RecordCodecs.OBJECTIVE),
      entry("riskScale", RecordCodecs.RISK_SCALE),
      entry("risk", RecordCodecs.RISK),
      entry("presented", RecordCodecs.PRESENTED),
      entry("coveredInput", RecordCodecs.COVERED_INPUT),
      entry("managementReview", RecordCodecs.MANAGEMENT_REVIEW),
      entry("exclusion", RecordCodecs.EXCLUSION),
      entry("processOwner", RecordCodecs.PROCESS_OWNER),
      entry("auditProgramme", RecordCodecs.AUDIT_PROGRAMME),
      entry("deadlinePolicy", RecordCodecs.DEADLINE_POLICY),
      entry("reviewPolicy", RecordCodecs.REVIEW_POLICY),
      entry("competenceGap", RecordCodecs.COMPETENCE_GAP),
      entry("independenceViolation", RecordCodecs.INDEPENDENCE_VIOLATION),
      entry("clauseCoverage", RecordCodecs.CLAUSE_COVERAGE),
      entry("auditCoverage", RecordCodecs.AUDIT_COVERAGE),
      entry("overdue", RecordCodecs.OVERDUE));

  private static final Map<String, Codecs.EnumCodec<?>> ENUMS = Map.ofEntries(
      entry("evidenceKind", RecordCodecs.EVIDENCE_KIND),
      entry("evidenceStatus", RecordCodecs.EVIDENCE_STATUS),
      entry("findingGrade", RecordCodecs.FINDING_GRADE),
      entry("auditKind", RecordCodecs.AUDIT_KIND),
      entry("direction", RecordCodecs.DIRECTION),
      entry("riskKind", RecordCodecs.RISK_KIND),
      entry("presentedKind", RecordCodecs.PRESENTED_KIND),
      entry("gapKind", RecordCodecs.GAP_KIND),
      entry("overdueStep", RecordCodecs.OVERDUE_STEP));

  /** Entries that are parts of others, with no codec of their own. */
  private static final List<String> SHARED =
      List.of("requirementIds", "personIds", "clauseRefs", "texts", "deadlines", "competence");

  private static JsonNode defs;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = RecordSchemaTest.class.getResourceAsStream(
        "/org/qms4j/json/schema/1/records.schema.json")) {
      defs = JsonMapper.builder().build().readTree(in).get("$defs");
    }
  }

  @Test
  void schema_everyEntryBelongsToACodec() {
    List<String> known = new ArrayList<>(OBJECTS.keySet());
    known.addAll(ENUMS.keySet());
    known.addAll(SHARED);

    assertThat(defs.propertyNames()).containsExactlyInAnyOrderElementsOf(known);
  }

  @Test
  void schema_objectsListTheCodecsPropertiesInOrderAndRequireWhatTheyRequire() {
    OBJECTS.forEach((name, codec) -> {
      JsonNode def = defs.get(name);
      assertThat(def.get("additionalProperties").asBoolean(true)).as(name).isFalse();
      assertThat(def.get("properties").propertyNames()).as(name)
          .containsExactlyElementsOf(codec.fields().stream().map(ObjectCodec.Field::name).toList());
      assertThat(required(def)).as(name).containsExactlyInAnyOrderElementsOf(
          codec.fields().stream().filter(ObjectCodec.Field::required).map(ObjectCodec.Field::name).toList());
    });
  }

  @Test
  void schema_competenceHasABranchPerTypeWithTheSubtypesProperties() {
    Map<String, List<String>> branches = new LinkedHashMap<>();
    for (JsonNode branch : defs.get("competence").get("oneOf")) {
      List<String> names = new ArrayList<>(branch.get("properties").propertyNames());
      assertThat(required(branch)).containsExactlyInAnyOrderElementsOf(names);
      branches.put(branch.get("properties").get("type").get("const").asString(), names);
    }
    Map<String, List<String>> subtypes = new LinkedHashMap<>();
    RecordCodecs.COMPETENCE.subtypes().forEach((type, codec) -> {
      List<String> names = new ArrayList<>(List.of("type"));
      codec.fields().forEach(f -> names.add(f.name()));
      subtypes.put(type, names);
    });

    assertThat(branches).isEqualTo(subtypes);
  }

  @Test
  void schema_enumsListTheCodecsNamesInOrder() {
    ENUMS.forEach((name, codec) -> {
      List<String> listed = new ArrayList<>();
      defs.get(name).get("enum").forEach(n -> listed.add(n.asString()));
      assertThat(listed).as(name).containsExactlyElementsOf(codec.names());
    });
  }

  private static List<String> required(JsonNode def) {
    List<String> names = new ArrayList<>();
    JsonNode r = def.get("required");
    if (r != null) {
      r.forEach(n -> names.add(n.asString()));
    }
    return names;
  }
}
