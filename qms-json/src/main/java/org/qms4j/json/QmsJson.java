package org.qms4j.json;

import java.util.Objects;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.MappingSet;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.json.internal.CatalogCodecs;
import org.qms4j.json.internal.Options;
import org.qms4j.json.internal.ReportCodecs;
import org.qms4j.json.internal.SystemCodecs;
import org.qms4j.system.HostFactKey;
import org.qms4j.system.QualitySystem;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes qms4j documents as JSON, with no Jackson knowledge needed:
 *
 * <pre>{@code
 * QmsJson json = QmsJson.standard();
 * json.system().write(system, Path.of("system.json"));
 * QualitySystem again = json.system().read(Path.of("system.json"));
 * Catalog iso9001 = json.catalog().read(catalogText);
 * String report = json.report().write(engine.evaluate(system, now));
 * }</pre>
 *
 * <p>The defaults are safe for input from anywhere: the {@link JsonLimits#defaults() limits} bound
 * nesting, strings, numbers, names and the document; unknown and repeated properties are refused;
 * no class name is ever read or written. {@link #builder()} changes the limits, makes reading
 * lenient about unknown properties, registers host facts, or turns on pretty printing.
 *
 * <p>Immutable and thread-safe: one instance serves any number of threads.
 */
public final class QmsJson {
  private static final QmsJson STANDARD = builder().build();

  private final JsonLimits limits;
  private final JsonDocument<QualitySystem> system;
  private final JsonDocument<Catalog> catalog;
  private final JsonDocument<MappingSet> mappingSet;
  private final JsonDocument<ConformityReport> report;

  private QmsJson(Builder b) {
    this.limits = b.limits;
    Options options = b.module.options();
    JsonMapper mapper =
        JsonMapper.builder(jsonFactory(b.limits))
            .addModule(b.module.build())
            .configure(SerializationFeature.INDENT_OUTPUT, b.pretty)
            .build();
    this.system = new JsonDocument<>(mapper, SystemCodecs.DOCUMENT, options);
    this.catalog = new JsonDocument<>(mapper, CatalogCodecs.CATALOG_DOCUMENT, options);
    this.mappingSet = new JsonDocument<>(mapper, CatalogCodecs.MAPPING_SET_DOCUMENT, options);
    this.report = new JsonDocument<>(mapper, ReportCodecs.DOCUMENT, options);
  }

  /**
   * The standard reader and writer: default limits, strict, compact output, no host facts.
   *
   * @return the standard instance
   */
  public static QmsJson standard() {
    return STANDARD;
  }

  /**
   * Returns a builder.
   *
   * @return a builder with the standard settings
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A Jackson {@link JsonFactory} with the given limits, which neither closes the streams it is
   * given nor includes the input in error locations. A host that reads qms4j types through its own
   * {@code JsonMapper} builds it on this factory: {@code
   * JsonMapper.builder(QmsJson.jsonFactory(limits)).addModule(new QmsJsonModule()).build()}.
   *
   * @param limits the limits, not null
   * @return the factory
   */
  public static JsonFactory jsonFactory(JsonLimits limits) {
    Objects.requireNonNull(limits, "limits");
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxNameLength(limits.maxNameLength())
                .maxDocumentLength(limits.maxDocumentLength())
                .build())
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
  }

  /**
   * The limits this instance reads with.
   *
   * @return the limits
   */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Quality system documents: the organisation, its catalogs, exclusions and mapping sets, every
   * register with every item's history, and the host facts registered with {@link
   * Builder#hostFact}.
   *
   * @return the reader and writer of systems
   */
  public JsonDocument<QualitySystem> system() {
    return system;
  }

  /**
   * Catalog documents, with the catalog's lineage and tailoring.
   *
   * @return the reader and writer of catalogs
   */
  public JsonDocument<Catalog> catalog() {
    return catalog;
  }

  /**
   * Mapping set documents.
   *
   * @return the reader and writer of mapping sets
   */
  public JsonDocument<MappingSet> mappingSet() {
    return mappingSet;
  }

  /**
   * Conformity report documents: every requirement's verdict and reasons, and every roll-up. A
   * report read back equals the one written, so a host can store reports and compare them with
   * {@link ConformityReport#changesSince}.
   *
   * @return the reader and writer of reports
   */
  public JsonDocument<ConformityReport> report() {
    return report;
  }

  /** Builds a {@link QmsJson}. Not thread-safe; what it builds is. */
  public static final class Builder {
    private JsonLimits limits = JsonLimits.defaults();
    private boolean pretty;
    /** Lenient mode and host facts are the module's: this instance reads through it. */
    private final QmsJsonModule.Builder module = QmsJsonModule.builder();

    Builder() {}

    /**
     * The limits documents are read with.
     *
     * @param limits the limits, not null
     * @return this builder
     */
    public Builder limits(JsonLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Whether unknown properties are skipped rather than refused; off by default. Repeated
     * properties, wrong types and missing values are refused either way.
     *
     * @param lenient whether to skip unknown properties
     * @return this builder
     */
    public Builder lenient(boolean lenient) {
      module.lenient(lenient);
      return this;
    }

    /**
     * Whether documents are written indented, one property a line; off by default.
     *
     * @param pretty whether to indent
     * @return this builder
     */
    public Builder prettyPrint(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * Reads and writes a host fact under its key's name, as Jackson databind reads and writes the
     * key's type. A system holding a host fact whose key is not registered cannot be written; a
     * document holding one cannot be read.
     *
     * @param key the key, not null
     * @return this builder
     * @throws IllegalArgumentException if another key of the same name is registered
     */
    public Builder hostFact(HostFactKey<?> key) {
      module.hostFact(key);
      return this;
    }

    /**
     * Builds the reader and writer.
     *
     * @return the instance
     */
    public QmsJson build() {
      return new QmsJson(this);
    }
  }
}
