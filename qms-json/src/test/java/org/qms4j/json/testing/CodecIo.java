package org.qms4j.json.testing;

import java.io.StringWriter;
import org.qms4j.json.JsonLimits;
import org.qms4j.json.QmsJson;
import org.qms4j.json.internal.Codec;
import org.qms4j.json.internal.In;
import org.qms4j.json.internal.Options;
import org.qms4j.json.internal.Out;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes single values with a codec, as the facade does, for tests of one codec. */
public final class CodecIo {
  private static final JsonMapper FACTORY =
      JsonMapper.builder(QmsJson.jsonFactory(JsonLimits.defaults())).build();

  private CodecIo() {}

  /**
   * Writes a value compactly.
   *
   * @param codec the codec
   * @param value the value
   * @param <T> the type
   * @return the JSON
   */
  public static <T> String write(Codec<T> codec, T value) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      codec.write(new Out(g, Options.STRICT), value);
    }
    return w.toString();
  }

  /**
   * Reads a value strictly, failing on anything after it.
   *
   * @param codec the codec
   * @param json the JSON
   * @param <T> the type
   * @return the value
   * @throws org.qms4j.json.QmsJsonException if the JSON is not a valid value
   */
  public static <T> T read(Codec<T> codec, String json) {
    return read(codec, json, Options.STRICT);
  }

  /**
   * Reads a value with options.
   *
   * @param codec the codec
   * @param json the JSON
   * @param options the options
   * @param <T> the type
   * @return the value
   */
  public static <T> T read(Codec<T> codec, String json, Options options) {
    try (JsonParser p = FACTORY.createParser(json)) {
      In in = new In(p, options);
      try {
        in.next();
        T value = codec.read(in);
        if (p.nextToken() != null) {
          throw in.error("unexpected content after the value");
        }
        return value;
      } catch (JacksonException e) {
        throw in.parseError(e);
      }
    }
  }
}
