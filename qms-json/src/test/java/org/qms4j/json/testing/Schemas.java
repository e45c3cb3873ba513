package org.qms4j.json.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates documents against the JSON Schemas shipped in {@code
 * org/qms4j/json/schema/1/}, resolving {@code https://qms4j.org/schema/1/...} from the class path
 * and nothing from the network.
 */
public final class Schemas {
  /** The base of every schema's {@code $id}. */
  public static final String BASE = "https://qms4j.org/schema/1/";

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b -> b.schemaLoader(l -> l.fetchRemoteResources(false)
              .schemaIdResolvers(r -> r.mapPrefix(BASE, "classpath:org/qms4j/json/schema/1/"))));
  private static final ConcurrentHashMap<String, Schema> CACHE = new ConcurrentHashMap<>();

  private Schemas() {}

  /**
   * The problems a document has against a schema, empty when it is valid.
   *
   * @param schemaFile the schema's file name, such as {@code catalog.schema.json}
   * @param json the document
   * @return the problems, as text
   */
  public static List<String> problems(String schemaFile, String json) {
    Schema schema = CACHE.computeIfAbsent(schemaFile,
        f -> REGISTRY.getSchema(SchemaLocation.of(BASE + f)));
    List<Error> errors = schema.validate(json, InputFormat.JSON);
    return errors.stream().map(Error::toString).toList();
  }

  /**
   * Asserts that a document is valid against a schema.
   *
   * @param schemaFile the schema's file name
   * @param json the document
   */
  public static void assertValid(String schemaFile, String json) {
    assertThat(problems(schemaFile, json)).as("problems against " + schemaFile).isEmpty();
  }
}
