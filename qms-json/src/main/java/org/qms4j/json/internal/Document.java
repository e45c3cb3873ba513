package org.qms4j.json.internal;

import tools.jackson.core.JsonToken;

/**
 * A top-level document: an object whose first property is {@code formatVersion}, followed by the
 * properties of its body.
 *
 * <p>{@code formatVersion} must come first so that a streaming reader knows the format before it
 * reads anything else; qms4j always writes it first. A newer version than {@link #FORMAT_VERSION}
 * is refused, naming both; an older one would be upgraded as it is read (there is none yet:
 * version 1 is the first).
 *
 * @param <T> the document's type
 */
public final class Document<T> implements Codec<T> {
  /** The version of the format this release reads and writes. */
  public static final int FORMAT_VERSION = 1;

  private final String label;
  private final ObjectCodec<T, ?> body;

  /**
   * Creates a document codec.
   *
   * @param label what the document holds, such as {@code "a catalog document"}
   * @param body the body's codec
   */
  public Document(String label, ObjectCodec<T, ?> body) {
    this.label = label;
    this.body = body;
  }

  @Override
  public T read(In in) {
    in.startObject(label);
    if (in.next() != JsonToken.PROPERTY_NAME
        || !"formatVersion".equals(in.parser().currentName())) {
      throw in.error(label + " must begin with its \"formatVersion\" property");
    }
    in.next();
    if (in.token() != JsonToken.VALUE_NUMBER_INT) {
      throw in.expected("the format version (an integer)");
    }
    if (in.parser().getNumberType() != tools.jackson.core.JsonParser.NumberType.INT
        || in.parser().getIntValue() > FORMAT_VERSION) {
      throw in.error("formatVersion " + Texts.clip(in.parser().getString(), 20)
          + " is newer than this release of qms4j reads (" + FORMAT_VERSION
          + "); read it with a newer qms4j");
    }
    int version = in.parser().getIntValue();
    if (version < 1) {
      throw in.error("formatVersion " + version + " is not a version of the qms4j format, "
          + "which starts at 1");
    }
    in.next();
    return body.readRest(in);
  }

  @Override
  public void write(Out out, T value) {
    out.g().writeStartObject();
    out.g().writeNumberProperty("formatVersion", FORMAT_VERSION);
    body.writeMembers(out, value);
    out.g().writeEndObject();
  }

  @Override
  public String label() {
    return label;
  }
}
