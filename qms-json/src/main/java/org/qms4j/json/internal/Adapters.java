package org.qms4j.json.internal;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/** Jackson serializers and deserializers that delegate to codecs. */
public final class Adapters {
  private Adapters() {}

  /**
   * Adds a serializer and a deserializer for every registered type to a module.
   *
   * @param module the module
   * @param registry the types
   * @param options the options the codecs run with
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static void addAll(SimpleModule module, Registry registry, Options options) {
    for (Registry.Entry e : registry.entries()) {
      Class type = e.type();
      module.addSerializer(type, new Serializer(type, e.codec(), options));
      module.addDeserializer(type, new Deserializer(type, e.codec(), options));
    }
  }

  /**
   * Reads a value with a codec, turning the parser's own failures into the module's exception.
   *
   * @param in the input, at the value's first token
   * @param codec the codec
   * @param <T> the type
   * @return the value
   */
  public static <T> T read(In in, Codec<T> codec) {
    try {
      return codec.read(in);
    } catch (tools.jackson.core.exc.JacksonIOException e) {
      throw e;
    } catch (JacksonException e) {
      throw in.parseError(e);
    }
  }

  static final class Serializer<T> extends ValueSerializer<T> {
    private final Class<T> type;
    private final Codec<T> codec;
    private final Options options;

    Serializer(Class<T> type, Codec<T> codec, Options options) {
      this.type = type;
      this.codec = codec;
      this.options = options;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
      codec.write(new Out(g, options), value);
    }
  }

  static final class Deserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final Codec<T> codec;
    private final Options options;

    Deserializer(Class<T> type, Codec<T> codec, Options options) {
      this.type = type;
      this.codec = codec;
      this.options = options;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      return read(new In(p, options), codec);
    }
  }
}
