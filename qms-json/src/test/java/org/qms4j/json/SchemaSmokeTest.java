package org.qms4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qms4j.json.testing.Schemas;

class SchemaSmokeTest {
  @Test
  void commonSchemaLoadsFromTheClassPath() {
    String schema = "{\"$ref\": \"common.schema.json#/$defs/instant\"}";
    assertThat(Schemas.problems("common.schema.json", "{}")).isEmpty();
  }
}
