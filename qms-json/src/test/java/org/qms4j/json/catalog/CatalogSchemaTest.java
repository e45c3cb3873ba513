package org.qms4j.json.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qms4j.json.QmsJson;
import org.qms4j.json.QmsJsonException;
import org.qms4j.json.internal.CatalogCodecs;
import org.qms4j.json.internal.ObjectCodec;
import org.qms4j.json.internal.RecordCodecs;
import org.qms4j.json.testing.Schemas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The schemas say what the codecs read and write, and refuse what they refuse. */
class CatalogSchemaTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNode CATALOG_SCHEMA = schema("catalog.schema.json");
  private static final JsonNode MAPPING_SET_SCHEMA = schema("mapping-set.schema.json");

  @Test
  void catalogSchema_definesExactlyTheCatalogTypes() {
    assertThat(names(CATALOG_SCHEMA.get("$defs")))
        .containsExactly("catalog", "clause", "requirement", "tailoring", "reviewInput");
    assertThat(names(MAPPING_SET_SCHEMA.get("$defs"))).containsExactly("mappingSet", "mapping");
  }

  @Test
  void catalogSchema_describesEachTypeAsItsCodecDoes() {
    assertDescribes(CATALOG_SCHEMA, "catalog", CatalogCodecs.CATALOG);
    assertDescribes(CATALOG_SCHEMA, "clause", CatalogCodecs.CLAUSE);
    assertDescribes(CATALOG_SCHEMA, "requirement", CatalogCodecs.REQUIREMENT);
    assertDescribes(CATALOG_SCHEMA, "tailoring", CatalogCodecs.TAILORING);
    assertDescribes(CATALOG_SCHEMA, "reviewInput", CatalogCodecs.REVIEW_INPUT);
  }

  @Test
  void mappingSetSchema_describesEachTypeAsItsCodecDoes() {
    assertDescribes(MAPPING_SET_SCHEMA, "mappingSet", CatalogCodecs.MAPPING_SET);
    assertDescribes(MAPPING_SET_SCHEMA, "mapping", CatalogCodecs.MAPPING);
  }

  @Test
  void documentSchemas_areTheBodyWithFormatVersionFirst() {
    assertDocumentOf(CATALOG_SCHEMA, "catalog");
    assertDocumentOf(MAPPING_SET_SCHEMA, "mappingSet");
  }

  @Test
  void schemas_listTheEnumNamesTheCodecsUse() {
    JsonNode defs = CATALOG_SCHEMA.get("$defs");
    assertThat(texts(defs.at("/catalog/properties/numbering/enum")))
        .isEqualTo(CatalogCodecs.NUMBERING_STYLE.names());
    assertThat(texts(defs.at("/requirement/properties/exclusionRule/enum")))
        .isEqualTo(CatalogCodecs.EXCLUSION_RULE.names());
    assertThat(texts(defs.at("/requirement/properties/expectedEvidence/items/enum")))
        .isEqualTo(RecordCodecs.EVIDENCE_KIND.names());
    assertThat(texts(MAPPING_SET_SCHEMA.at("/$defs/mapping/properties/relation/enum")))
        .isEqualTo(CatalogCodecs.MAPPING_RELATION.names());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"numbering\" : \"dotted\"|\"numbering\" : \"dotted\", \"extra\" : 1",
      "\"title\" : \"Hand hygiene\"|\"title\" : \"Hand hygiene\", \"extra\" : 1",
      "\"summary\" : \"Hand hygiene compliance|\"extra\" : 1, \"summary\" : \"Hand hygiene compliance",
      "\"rationale\"|\"extra\" : 1, \"rationale\"",
      "\"code\" : \"incidents\"|\"code\" : \"incidents\", \"extra\" : 1",
      "\"numbering\" : \"dotted\"|\"numbering\" : \"roman\"",
      "\"formatVersion\" : 1,|''",
      "\"formatVersion\" : 1|\"formatVersion\" : 2",
      "\"summary\" : \"Hand hygiene compliance is audited monthly.\",|''",
      "\"exclusionRule\" : \"no-effect-on-conformity\"|\"exclusionRule\" : \"never\"",
      "[ \"procedure\", \"observation\" ]|[ \"procedure\", \"procedure\" ]",
  })
  void catalogSchema_refusesWhatTheReaderRefuses(String target, String replacement) {
    String golden = QmsJson.builder().prettyPrint(true).build().catalog()
        .write(CatalogExamples.outpatientRules());
    assertThat(golden).contains(target);
    String spoiled = golden.replaceFirst(Pattern.quote(target),
        Matcher.quoteReplacement(replacement));

    assertThat(Schemas.problems("catalog.schema.json", spoiled)).isNotEmpty();
    assertThat(catchThrowable(
        () -> QmsJson.standard().catalog().read(spoiled)))
        .isInstanceOf(QmsJsonException.class);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"relation\" : \"subset\"|\"relation\" : \"subset\", \"extra\" : 1",
      "\"relation\" : \"subset\"|\"relation\" : \"same-as\"",
      "\"targetCatalog\" : \"iso-9001:2015\",|''",
      "\"note\"|\"extra\" : 1, \"note\"",
  })
  void mappingSetSchema_refusesWhatTheReaderRefuses(String target, String replacement) {
    String golden = QmsJson.builder().prettyPrint(true).build().mappingSet()
        .write(CatalogExamples.clinicRulesToIso9001());
    assertThat(golden).contains(target);
    String spoiled = golden.replace(target, replacement);

    assertThat(Schemas.problems("mapping-set.schema.json", spoiled)).isNotEmpty();
    assertThat(catchThrowable(
        () -> QmsJson.standard().mappingSet().read(spoiled)))
        .isInstanceOf(QmsJsonException.class);
  }

  /** Properties in the codec's order, required exactly as the codec requires, arrays for lists. */
  private static void assertDescribes(JsonNode schema, String def, ObjectCodec<?, ?> codec) {
    JsonNode node = schema.get("$defs").get(def);
    assertThat(node.get("type").asString()).as(def).isEqualTo("object");
    assertThat(node.get("additionalProperties").asBoolean(true)).as(def).isFalse();
    List<String> names = new ArrayList<>();
    Set<String> required = new TreeSet<>();
    for (ObjectCodec.Field<?, ?> f : codec.fields()) {
      names.add(f.name());
      if (f.required()) {
        required.add(f.name());
      }
      JsonNode property = node.get("properties").get(f.name());
      assertThat(property).as(def + "." + f.name()).isNotNull();
      if (f.kind() == ObjectCodec.Kind.LIST || f.kind() == ObjectCodec.Kind.SET) {
        assertThat(property.path("type").asString("")).as(def + "." + f.name()).isEqualTo("array");
        assertThat(property.path("uniqueItems").asBoolean(false)).as(def + "." + f.name())
            .isEqualTo(f.kind() == ObjectCodec.Kind.SET);
      }
    }
    assertThat(names(node.get("properties"))).as(def).isEqualTo(names);
    assertThat(new TreeSet<>(texts(node.path("required")))).as(def).isEqualTo(required);
  }

  private static void assertDocumentOf(JsonNode schema, String def) {
    JsonNode body = schema.get("$defs").get(def);
    List<String> expected = new ArrayList<>(List.of("formatVersion"));
    expected.addAll(names(body.get("properties")));
    assertThat(names(schema.get("properties"))).isEqualTo(expected);
    assertThat(schema.at("/properties/formatVersion/$ref").asString())
        .isEqualTo("common.schema.json#/$defs/formatVersion");
    for (String name : names(body.get("properties"))) {
      assertThat(schema.at("/properties/" + name + "/$ref").asString())
          .isEqualTo("#/$defs/" + def + "/properties/" + name);
    }
    List<String> required = new ArrayList<>(List.of("formatVersion"));
    required.addAll(texts(body.get("required")));
    assertThat(texts(schema.get("required"))).isEqualTo(required);
    assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
  }

  private static List<String> names(JsonNode object) {
    return object.properties().stream().map(Map.Entry::getKey).toList();
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }

  private static JsonNode schema(String file) {
    try (InputStream in = CatalogSchemaTest.class.getClassLoader()
        .getResourceAsStream("org/qms4j/json/schema/1/" + file)) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
