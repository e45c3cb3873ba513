package org.qms4j.json.catalog;

import org.qms4j.json.testing.Golden;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.Clause;
import org.qms4j.catalog.ImmutableClause;
import org.qms4j.catalog.MappingSet;
import org.qms4j.catalog.Requirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.json.QmsJson;
import org.qms4j.json.internal.CatalogCodecs;
import org.qms4j.json.testing.CodecIo;
import org.qms4j.json.testing.Schemas;
import org.qms4j.standards.StandardCatalogProvider;
import org.qms4j.standards.StandardCatalogs;
import tools.jackson.databind.json.JsonMapper;

class CatalogDocumentTest {
  private static final QmsJson PRETTY = QmsJson.builder().prettyPrint(true).build();
  private static final String GOLDEN = "org/qms4j/json/golden/";

  static Stream<Catalog> shippedCatalogs() {
    return new StandardCatalogProvider().catalogs().stream();
  }

  static Stream<MappingSet> shippedMappingSets() {
    return new StandardCatalogProvider().mappingSets().stream();
  }

  @Test
  void shippedContent_isWhatTheRoundTripsCover() {
    assertThat(shippedCatalogs().map(Catalog::id))
        .containsExactlyInAnyOrderElementsOf(
            StandardCatalogs.catalogs().stream().map(Catalog::id).toList())
        .contains(StandardCatalogs.ISO_9001, StandardCatalogs.ISO_13485,
            StandardCatalogs.ISO_7101, StandardCatalogs.QMSR);
    assertThat(shippedMappingSets().map(MappingSet::id))
        .containsExactlyInAnyOrderElementsOf(
            StandardCatalogs.mappingSets().stream().map(MappingSet::id).toList())
        .contains(StandardCatalogs.ISO_13485_TO_ISO_9001, StandardCatalogs.QMSR_TO_ISO_13485,
            StandardCatalogs.ISO_7101_TO_ISO_9001);
  }

  @ParameterizedTest
  @MethodSource("shippedCatalogs")
  void shippedCatalog_roundTripsLosslesslyAndValidates(Catalog catalog) {
    String json = CodecIo.write(CatalogCodecs.CATALOG_DOCUMENT, catalog);
    Catalog read = CodecIo.read(CatalogCodecs.CATALOG_DOCUMENT, json);

    assertThat(read).isEqualTo(catalog);
    assertThat(CodecIo.write(CatalogCodecs.CATALOG_DOCUMENT, read)).isEqualTo(json);
    Schemas.assertValid("catalog.schema.json", json);
  }

  @ParameterizedTest
  @MethodSource("shippedCatalogs")
  void shippedCatalog_roundTripsAsUtf8BytesThroughTheFacade(Catalog catalog) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QmsJson.standard().catalog().write(catalog, bytes);

    Catalog read = QmsJson.standard().catalog().read(new ByteArrayInputStream(bytes.toByteArray()));

    assertThat(read).isEqualTo(catalog);
    assertThat(new String(bytes.toByteArray(), StandardCharsets.UTF_8))
        .isEqualTo(QmsJson.standard().catalog().write(catalog));
  }

  @ParameterizedTest
  @MethodSource("shippedMappingSets")
  void shippedMappingSet_roundTripsLosslesslyAndValidates(MappingSet set) {
    String json = CodecIo.write(CatalogCodecs.MAPPING_SET_DOCUMENT, set);
    MappingSet read = CodecIo.read(CatalogCodecs.MAPPING_SET_DOCUMENT, json);

    assertThat(read).isEqualTo(set);
    assertThat(CodecIo.write(CatalogCodecs.MAPPING_SET_DOCUMENT, read)).isEqualTo(json);
    Schemas.assertValid("mapping-set.schema.json", json);
  }

  @Test
  void catalogDocument_matchesTheGoldenFile() {
    Catalog example = CatalogExamples.outpatientRules();
    assertThat(example.lineage()).hasSize(2);
    assertThat(example.tailoring()).isPresent();

    String written = PRETTY.catalog().write(example);

    Golden.assertMatches("catalog.json", written);
    assertThat(PRETTY.catalog().read(written)).isEqualTo(example);
    Schemas.assertValid("catalog.schema.json", written);
  }

  @Test
  void mappingSetDocument_matchesTheGoldenFile() {
    MappingSet example = CatalogExamples.clinicRulesToIso9001();

    String written = PRETTY.mappingSet().write(example);

    Golden.assertMatches("mapping-set.json", written);
    assertThat(PRETTY.mappingSet().read(written)).isEqualTo(example);
    Schemas.assertValid("mapping-set.schema.json", written);
  }

  @Test
  void jacksonModule_writesCatalogsAndMappingSetsAsDocuments() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Catalog catalog = CatalogExamples.outpatientRules();
    MappingSet set = CatalogExamples.clinicRulesToIso9001();

    String catalogJson = mapper.writeValueAsString(catalog);
    String setJson = mapper.writeValueAsString(set);

    assertThat(catalogJson).startsWith("{\"formatVersion\":1,")
        .isEqualTo(CodecIo.write(CatalogCodecs.CATALOG_DOCUMENT, catalog));
    assertThat(setJson).startsWith("{\"formatVersion\":1,")
        .isEqualTo(CodecIo.write(CatalogCodecs.MAPPING_SET_DOCUMENT, set));
    assertThat(mapper.readValue(catalogJson, Catalog.class)).isEqualTo(catalog);
    assertThat(mapper.readValue(setJson, MappingSet.class)).isEqualTo(set);
  }

  @Test
  void jacksonModule_readsAndWritesAClauseAsAPlainValue() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Clause clause = CatalogExamples.clinicRules().clauses().get(0);

    String json = mapper.writeValueAsString(clause);

    assertThat(json).startsWith("{\"number\":\"1\",");
    assertThat(mapper.readValue(json, Clause.class)).isEqualTo(clause);
  }

  @Test
  void clauseTree_ofTheDeepestAllowedDepth_roundTrips() {
    Catalog deep = catalogWithDepth(Catalog.MAX_DEPTH);

    String json = CodecIo.write(CatalogCodecs.CATALOG_DOCUMENT, deep);

    assertThat(CodecIo.read(CatalogCodecs.CATALOG_DOCUMENT, json)).isEqualTo(deep);
    Schemas.assertValid("catalog.schema.json", json);
  }

  @Test
  void catalog_withOnlyItsRequiredProperties_readsWithDefaults() {
    Catalog c = QmsJson.standard().catalog().read(
        "{\"formatVersion\":1,\"id\":\"t:1\",\"title\":\"T\",\"edition\":\"1\",\"publisher\":\"P\"}");

    assertThat(c).isEqualTo(Catalog.builder().id(CatalogId.of("t:1")).title("T").edition("1")
        .publisher("P").build());
    assertThat(QmsJson.standard().catalog().write(c)).isEqualTo(
        "{\"formatVersion\":1,\"id\":\"t:1\",\"title\":\"T\",\"edition\":\"1\",\"publisher\":\"P\","
            + "\"numbering\":\"dotted\",\"reviewInputs\":[],\"lineage\":[],\"clauses\":[]}");
  }

  /** A catalog with one chain of clauses {@code 1}, {@code 1.1}, ... the given levels deep. */
  static Catalog catalogWithDepth(int levels) {
    StringBuilder number = new StringBuilder("1");
    for (int i = 1; i < levels; i++) {
      number.append(".1");
    }
    Clause clause = null;
    for (int level = levels; level >= 1; level--) {
      String n = number.substring(0, 2 * level - 1);
      ImmutableClause.Builder b = Clause.builder().number(n).title("Level " + level)
          .addRequirement(Requirement.builder().id(RequirementId.of("deep/" + n))
              .summary("Requirement at level " + level).build());
      if (clause != null) {
        b.addSubClause(clause);
      }
      clause = b.build();
    }
    return Catalog.builder().id(CatalogId.of("deep:1")).title("Deep").edition("1")
        .publisher("P").addClause(clause).build();
  }
}
