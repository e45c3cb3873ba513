package org.qms4j.json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.qms4j.json.internal.Adapters;
import org.qms4j.json.internal.Options;
import org.qms4j.json.internal.Registry;
import org.qms4j.system.HostFactKey;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module for qms4j: a serializer and a deserializer for every public value type of
 * {@code qms-core}, in the format {@link QmsJson} reads and writes.
 *
 * <p>{@code JsonMapper.builder().findAndAddModules()} finds it through {@link
 * java.util.ServiceLoader} with the default options; {@link #builder()} makes one that is lenient
 * about unknown properties or reads and writes host facts. {@link
 * org.qms4j.system.QualitySystem}, {@link org.qms4j.catalog.Catalog}, {@link
 * org.qms4j.catalog.MappingSet} and {@link org.qms4j.conformity.ConformityReport} are written as
 * whole documents, with their {@code formatVersion}; every other type as a plain value.
 *
 * <p>The limits on what a parser accepts belong to the mapper's {@link
 * tools.jackson.core.json.JsonFactory}: a host that reads untrusted input through its own mapper
 * should give it {@link QmsJson#jsonFactory(JsonLimits)}. Errors are {@link QmsJsonException}s
 * naming the JSON path, as with {@link QmsJson}: thrown as they are when a qms4j type is the value
 * read; when it sits inside the host's own types or Jackson's collections, Jackson wraps the
 * exception in its {@code DatabindException} (with the path from the document's root), unless
 * the mapper disables {@code DeserializationFeature.WRAP_EXCEPTIONS}.
 */
public final class QmsJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module with the default options: strict, no host facts. */
  public QmsJsonModule() {
    this(Options.STRICT);
  }

  QmsJsonModule(Options options) {
    super("qms4j", Version.unknownVersion());
    Adapters.addAll(this, Registry.all(), options);
  }

  /**
   * Returns a builder of a module with options.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QmsJsonModule} with options. Not thread-safe; the module it builds is. */
  public static final class Builder {
    private boolean lenient;
    private final Map<String, HostFactKey<?>> hostFacts = new LinkedHashMap<>();

    Builder() {}

    /**
     * Whether unknown properties are skipped rather than refused. Off by default: a document
     * from a newer or a foreign writer is refused, naming the property.
     *
     * @param lenient whether to skip unknown properties
     * @return this builder
     */
    public Builder lenient(boolean lenient) {
      this.lenient = lenient;
      return this;
    }

    /**
     * Reads and writes a host fact, by its key's name, with the mapper's own (de)serializer of
     * the key's type. A system holding a host fact whose key is not registered cannot be
     * written; a document holding one cannot be read.
     *
     * @param key the host fact's key
     * @return this builder
     * @throws IllegalArgumentException if another key of the same name is registered
     */
    public Builder hostFact(HostFactKey<?> key) {
      Objects.requireNonNull(key, "key");
      HostFactKey<?> old = hostFacts.putIfAbsent(key.name(), key);
      if (old != null && !old.equals(key)) {
        throw new IllegalArgumentException("another host fact key is named " + key.name());
      }
      return this;
    }

    Options options() {
      return new Options(lenient, hostFacts);
    }

    /**
     * Builds the module.
     *
     * @return the module
     */
    public QmsJsonModule build() {
      return new QmsJsonModule(options());
    }
  }
}
