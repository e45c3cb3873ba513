package org.qms4j.json.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.qms4j.catalog.Catalog;
import org.qms4j.json.JsonLimits;
import org.qms4j.json.QmsJson;
import org.qms4j.json.QmsJsonException;
import org.qms4j.json.internal.CatalogCodecs;
import org.qms4j.json.internal.Codecs;
import org.qms4j.json.testing.CodecIo;

class CatalogBadInputTest {
  private static final String CATALOG = CatalogExamples.SMALL_CATALOG;
  private static final String MAPPING_SET = CatalogExamples.SMALL_MAPPING_SET;

  @Test
  void smallDocuments_areValidBeforeTheyAreSpoiled() {
    assertThat(QmsJson.standard().catalog().read(CATALOG).requirements()).hasSize(2);
    assertThat(QmsJson.standard().mappingSet().read(MAPPING_SET).mappings()).hasSize(2);
  }

  @Test
  void catalog_withAnUnknownNumberingStyle_isRefusedAtNumbering() {
    QmsJsonException e = readCatalog(replace(CATALOG, "\"numbering\":\"dotted\"",
        "\"numbering\":\"roman\""));

    assertThat(e.path()).isEqualTo("/numbering");
    assertThat(e.problem()).contains("unknown numbering style 'roman'").contains("dotted, free");
  }

  @Test
  void requirement_withANumberForItsSummary_isRefusedAtTheSummary() {
    QmsJsonException e = readCatalog(replace(CATALOG, "\"summary\":\"Do b\"", "\"summary\":42"));

    assertThat(e.path()).isEqualTo("/clauses/0/subClauses/0/requirements/0/summary");
    assertThat(e.problem()).contains("expected a string but found the number 42");
  }

  @Test
  void requirement_withAnUnknownEvidenceKind_isRefusedAtTheKind() {
    QmsJsonException e = readCatalog(replace(CATALOG, "[\"record\"]", "[\"record\",\"photo\"]"));

    assertThat(e.path()).isEqualTo("/clauses/0/requirements/0/expectedEvidence/1");
    assertThat(e.problem()).contains("unknown evidence kind 'photo'");
  }

  @Test
  void requirement_listingAnEvidenceKindTwice_isRefused() {
    QmsJsonException e = readCatalog(replace(CATALOG, "[\"record\"]", "[\"record\",\"record\"]"));

    assertThat(e.path()).isEqualTo("/clauses/0/requirements/0/expectedEvidence/1");
    assertThat(e.problem()).contains("twice");
  }

  @Test
  void requirement_withAnUnknownProperty_isRefusedNamingIt() {
    QmsJsonException e = readCatalog(replace(CATALOG, "\"summary\":\"Do a\"",
        "\"summary\":\"Do a\",\"mandatory\":true"));

    assertThat(e.path()).isEqualTo("/clauses/0/requirements/0/mandatory");
    assertThat(e.problem()).contains("unknown property 'mandatory' in a requirement");
  }

  @Test
  void requirement_withAnUnknownProperty_isSkippedWhenLenient() {
    String json = replace(CATALOG, "\"summary\":\"Do a\"", "\"summary\":\"Do a\",\"mandatory\":true");

    Catalog lenient = QmsJson.builder().lenient(true).build().catalog().read(json);

    assertThat(lenient).isEqualTo(QmsJson.standard().catalog().read(CATALOG));
  }

  @Test
  void clause_missingItsTitle_isRefusedAtTheClause() {
    QmsJsonException e = readCatalog(replace(CATALOG, "\"title\":\"One one\",", ""));

    assertThat(e.path()).isEqualTo("/clauses/0/subClauses/0");
    assertThat(e.problem()).isEqualTo("a clause is missing title");
  }

  @Test
  void catalog_withANullTitle_isRefusedAtTheTitle() {
    QmsJsonException e = readCatalog(replace(CATALOG, "\"title\":\"T\"", "\"title\":null"));

    assertThat(e.path()).isEqualTo("/title");
    assertThat(e.problem()).contains("requires a value for 'title'");
  }

  @Test
  void clauses_givenAsAnObject_areRefusedAtClauses() {
    QmsJsonException e = readCatalog(
        "{\"formatVersion\":1,\"id\":\"t:1\",\"title\":\"T\",\"edition\":\"1\","
            + "\"publisher\":\"P\",\"clauses\":{\"number\":\"1\"}}");

    assertThat(e.path()).isEqualTo("/clauses");
    assertThat(e.problem()).isEqualTo("expected an array, each item a clause, but found an object");
  }

  @Test
  void catalog_holdingARequirementIdTwice_isRefusedWithTheCoresProblems() {
    QmsJsonException e = readCatalog(replace(CATALOG, "\"t/1.1-a\"", "\"t/1-a\""));

    assertThat(e.path()).isEmpty();
    assertThat(e.problem()).startsWith("a catalog is invalid: ").contains("catalog t:1")
        .contains("t/1-a");
    assertThat(e.getCause()).isInstanceOf(org.qms4j.catalog.InvalidCatalogException.class);
  }

  @Test
  void catalogRefusedByTheCore_insideALargerDocument_isNamedByItsPath() {
    String bad = replace(CATALOG, "\"t/1.1-a\"", "\"t/1-a\"")
        .replace("{\"formatVersion\":1,", "{");
    String good = CATALOG.replace("{\"formatVersion\":1,", "{");

    QmsJsonException e = catchThrowableOfType(QmsJsonException.class,
        () -> CodecIo.read(Codecs.listOf(CatalogCodecs.CATALOG), "[" + good + "," + bad + "]"));

    assertThat(e.path()).isEqualTo("/1");
    assertThat(e.problem()).contains("id t/1-a is already used");
  }

  @Test
  void catalog_whoseClauseBreaksItsNumbering_isRefusedNamingTheClause() {
    QmsJsonException e = readCatalog(replace(CATALOG, "\"number\":\"1.1\"", "\"number\":\"2.1\""));

    assertThat(e.path()).isEmpty();
    assertThat(e.problem()).contains("clause 2.1");
  }

  @Test
  void reviewInput_withAnInvalidCode_isRefusedAtTheReviewInput() {
    QmsJsonException e = readCatalog(replace(CATALOG, "\"numbering\":\"dotted\",",
        "\"numbering\":\"dotted\",\"reviewInputs\":[{\"code\":\"Audit Results\","
            + "\"description\":\"Results of audits\"}],"));

    assertThat(e.path()).isEqualTo("/reviewInputs/0");
    assertThat(e.problem()).contains("code was 'Audit Results'");
  }

  @Test
  void clauses_nestedDeeperThanTheMaximum_areRefusedWhereTheTooDeepClauseStarts() {
    String json = CodecIo.write(CatalogCodecs.CATALOG_DOCUMENT,
            CatalogDocumentTest.catalogWithDepth(Catalog.MAX_DEPTH))
        .replace("\"subClauses\":[]",
            "\"subClauses\":[{\"number\":\"x\",\"title\":\"Too deep\"}]");

    QmsJsonException e = readCatalog(json);

    assertThat(e.problem()).contains("more than " + Catalog.MAX_DEPTH + " levels deep");
    assertThat(e.path()).endsWith("/subClauses/0/subClauses/0");
  }

  @Test
  void clauses_nestedFarDeeperThanTheMaximum_underARaisedNestingLimit_areRefusedWithoutExhaustingTheStack() {
    int levels = 200_000;
    StringBuilder json = new StringBuilder(
        "{\"formatVersion\":1,\"id\":\"t:1\",\"title\":\"T\",\"edition\":\"1\","
            + "\"publisher\":\"P\",\"clauses\":[");
    for (int i = 0; i < levels; i++) {
      json.append("{\"number\":\"1\",\"title\":\"T\",\"subClauses\":[");
    }
    for (int i = 0; i < levels; i++) {
      json.append("]}");
    }
    json.append("]}");
    QmsJson generous = QmsJson.builder()
        .limits(JsonLimits.defaults().withMaxNestingDepth(JsonLimits.MAX_NESTING_DEPTH)).build();

    QmsJsonException e = catchThrowableOfType(QmsJsonException.class,
        () -> generous.catalog().read(json.toString()));

    assertThat(e).isNotNull();
    assertThat(e.problem()).contains("more than " + Catalog.MAX_DEPTH + " levels deep");
    assertThat(e.path()).endsWith("/subClauses/0");
  }

  @Test
  void mapping_withAnUnknownRelation_isRefusedAtTheRelation() {
    QmsJsonException e = readMappingSet(replace(MAPPING_SET, "\"equivalent\"", "\"same-as\""));

    assertThat(e.path()).isEqualTo("/mappings/1/relation");
    assertThat(e.problem()).contains("unknown mapping relation 'same-as'")
        .contains("equivalent, subset, superset, intersects");
  }

  @Test
  void mapping_fromARequirementToItself_isRefusedAtTheMapping() {
    QmsJsonException e = readMappingSet(replace(MAPPING_SET, "\"target\":\"b/1\"",
        "\"target\":\"a/1\""));

    assertThat(e.path()).isEqualTo("/mappings/0");
    assertThat(e.problem()).startsWith("a mapping is invalid: ").contains("a/1");
  }

  @Test
  void mappingSet_mappingAPairTwice_isRefusedWithTheCoresMessage() {
    QmsJsonException e = readMappingSet(replace(MAPPING_SET,
        "{\"source\":\"a/2\",\"relation\":\"equivalent\",\"target\":\"b/2\"}",
        "{\"source\":\"a/1\",\"relation\":\"equivalent\",\"target\":\"b/1\"}"));

    assertThat(e.path()).isEmpty();
    assertThat(e.problem()).startsWith("a mapping set is invalid: ").contains("twice");
  }

  @Test
  void mappingSet_missingItsTargetCatalog_isRefused() {
    QmsJsonException e = readMappingSet(replace(MAPPING_SET, "\"targetCatalog\":\"b:1\",", ""));

    assertThat(e.path()).isEmpty();
    assertThat(e.problem()).isEqualTo("a mapping set is missing targetCatalog");
  }

  @Test
  void mapping_withAnInvalidRequirementId_isRefusedAtTheId() {
    QmsJsonException e = readMappingSet(replace(MAPPING_SET, "\"source\":\"a/2\"",
        "\"source\":\" a/2\""));

    assertThat(e.path()).isEqualTo("/mappings/1/source");
    assertThat(e.problem()).contains("expected a requirement id");
  }

  @Test
  void catalogBody_withoutItsFormatVersion_isNotACatalogDocument() {
    QmsJsonException e = readCatalog(CATALOG.replace("\"formatVersion\":1,", ""));

    assertThat(e.problem()).contains("a catalog document must begin with its \"formatVersion\"");
  }

  private static String replace(String json, String target, String replacement) {
    assertThat(json).as("the example to spoil").contains(target);
    return json.replace(target, replacement);
  }

  private static QmsJsonException readCatalog(String json) {
    QmsJsonException e = catchThrowableOfType(QmsJsonException.class,
        () -> QmsJson.standard().catalog().read(json));
    assertThat(e).as("refused").isNotNull();
    return e;
  }

  private static QmsJsonException readMappingSet(String json) {
    QmsJsonException e = catchThrowableOfType(QmsJsonException.class,
        () -> QmsJson.standard().mappingSet().read(json));
    assertThat(e).as("refused").isNotNull();
    return e;
  }
}
