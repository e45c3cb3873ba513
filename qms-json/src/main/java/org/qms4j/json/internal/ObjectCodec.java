package org.qms4j.json.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.qms4j.json.QmsJsonException;
import tools.jackson.core.JsonToken;

/**
 * A codec for a JSON object with named properties, declared field by field; reads into a builder
 * and writes from the value's accessors, in declaration order.
 *
 * <p>Reading refuses unknown properties (unless lenient), repeated properties and missing required
 * ones, each naming the path; collections and optional values may be left out, and an optional
 * value may be {@code null}. What the builder refuses is reported at the object's path.
 *
 * @param <T> the value type
 * @param <B> the builder type
 */
public final class ObjectCodec<T, B> implements Codec<T> {
  private final String label;
  private final Supplier<B> builder;
  private final BiFunction<B, In, T> build;
  private final List<Field<T, B>> fields;
  private final Map<String, Field<T, B>> byName;
  private final String names;
  private final long requiredMask;

  private ObjectCodec(Spec<T, B> spec) {
    this.label = spec.label;
    this.builder = spec.builder;
    this.build = spec.build;
    this.fields = List.copyOf(spec.fields);
    this.byName = new HashMap<>();
    long mask = 0;
    StringBuilder n = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      Field<T, B> f = fields.get(i);
      byName.put(f.name, f);
      if (f.required) {
        mask |= 1L << i;
      }
      n.append(i == 0 ? "" : ", ").append(f.name);
    }
    this.requiredMask = mask;
    this.names = n.toString();
  }

  /**
   * Starts a codec built from a builder.
   *
   * @param type the value type
   * @param label what the object is, for messages
   * @param builder makes an empty builder
   * @param build builds the value
   * @param <T> the value type
   * @param <B> the builder type
   * @return the specification, to declare fields on
   */
  public static <T, B> Spec<T, B> of(
      Class<T> type, String label, Supplier<B> builder, Function<B, ? extends T> build) {
    return new Spec<>(label, builder, (b, in) -> build.apply(b));
  }

  /**
   * Starts a codec whose build step sees the input, to name paths in its own errors.
   *
   * @param type the value type
   * @param label what the object is
   * @param builder makes an empty builder
   * @param build builds the value; the input is at the object's closing brace
   * @param <T> the value type
   * @param <B> the builder type
   * @return the specification
   */
  public static <T, B> Spec<T, B> ofWithInput(
      Class<T> type, String label, Supplier<B> builder, BiFunction<B, In, ? extends T> build) {
    return new Spec<>(label, builder, build::apply);
  }

  @Override
  public String label() {
    return label;
  }

  /** The fields, in the order they are written. */
  public List<Field<T, B>> fields() {
    return fields;
  }

  @Override
  public T read(In in) {
    in.startObject(label);
    in.next();
    return readRest(in);
  }

  /**
   * Reads the rest of an object whose opening brace (and perhaps some properties) the caller
   * consumed: the current token is a property name or the closing brace.
   *
   * @param in the input
   * @return the value
   */
  public T readRest(In in) {
    B b = builder.get();
    long seen = 0;
    for (JsonToken t = in.token(); t != JsonToken.END_OBJECT; t = in.next()) {
      if (t != JsonToken.PROPERTY_NAME) {
        throw in.expected("a property name");
      }
      String name = in.parser().currentName();
      Field<T, B> f = byName.get(name);
      if (f == null) {
        if (!in.options().lenient()) {
          throw in.error(
              "unknown property " + Texts.quote(name) + " in " + label + "; expected one of "
                  + names);
        }
        in.next();
        in.skip();
        continue;
      }
      long bit = 1L << f.index;
      if ((seen & bit) != 0) {
        throw in.error("property " + Texts.quote(name) + " appears twice in " + label);
      }
      seen |= bit;
      JsonToken v = in.next();
      if (v == JsonToken.VALUE_NULL) {
        if (f.required) {
          throw in.error(label + " requires a value for " + Texts.quote(name) + ", not null");
        }
        continue;
      }
      f.reader.read(in, b);
    }
    long missing = requiredMask & ~seen;
    if (missing != 0) {
      List<String> absent = new ArrayList<>();
      for (int i = 0; i < fields.size(); i++) {
        if ((missing & (1L << i)) != 0) {
          absent.add(fields.get(i).name);
        }
      }
      throw in.error(label + " is missing " + String.join(", ", absent));
    }
    try {
      return build.apply(b, in);
    } catch (QmsJsonException | tools.jackson.core.JacksonException e) {
      throw e;
    } catch (RuntimeException e) {
      String m = e.getMessage();
      throw in.error(label + " is invalid: " + Texts.clip(m == null ? e.toString() : m, 400), e);
    }
  }

  @Override
  public void write(Out out, T value) {
    out.g().writeStartObject();
    writeMembers(out, value);
    out.g().writeEndObject();
  }

  /**
   * Writes the properties of a value, without the braces.
   *
   * @param out the output
   * @param value the value
   */
  public void writeMembers(Out out, T value) {
    for (Field<T, B> f : fields) {
      f.writer.write(out, value);
    }
  }

  /** Reads one property's value into the builder. */
  @FunctionalInterface
  public interface FieldReader<B> {
    /**
     * Reads the value at the current token into the builder.
     *
     * @param in the input, at the value's first token
     * @param builder the builder
     */
    void read(In in, B builder);
  }

  /** Writes one property (name and value), or nothing when it has no value. */
  @FunctionalInterface
  public interface FieldWriter<T> {
    /**
     * Writes the property of a value.
     *
     * @param out the output
     * @param value the value the property belongs to
     */
    void write(Out out, T value);
  }

  /**
   * One declared property.
   *
   * @param <T> the value type
   * @param <B> the builder type
   */
  public static final class Field<T, B> {
    final String name;
    final boolean required;
    final FieldReader<B> reader;
    final FieldWriter<T> writer;
    final Kind kind;
    int index;

    Field(String name, boolean required, Kind kind, FieldReader<B> reader,
        FieldWriter<T> writer) {
      this.name = name;
      this.required = required;
      this.kind = kind;
      this.reader = reader;
      this.writer = writer;
    }

    /** The property's name. */
    public String name() {
      return name;
    }

    /** Whether the property must be present. */
    public boolean required() {
      return required;
    }

    /** How the property holds its values. */
    public Kind kind() {
      return kind;
    }
  }

  /** How a property holds its values. */
  public enum Kind {
    /** One value. */
    ONE,
    /** An array of values. */
    LIST,
    /** An array of distinct values, written in their natural order. */
    SET,
    /** Written by a hand-written writer. */
    CUSTOM
  }

  /**
   * The declaration of an object codec.
   *
   * @param <T> the value type
   * @param <B> the builder type
   */
  public static final class Spec<T, B> {
    private final String label;
    private final Supplier<B> builder;
    private final BiFunction<B, In, T> build;
    private final List<Field<T, B>> fields = new ArrayList<>();

    Spec(String label, Supplier<B> builder, BiFunction<B, In, T> build) {
      this.label = label;
      this.builder = builder;
      this.build = build;
    }

    private Spec<T, B> add(Field<T, B> f) {
      for (Field<T, B> g : fields) {
        if (g.name.equals(f.name)) {
          throw new IllegalStateException("property declared twice: " + f.name);
        }
      }
      if (fields.size() == 64) {
        throw new IllegalStateException("more than 64 properties in " + label);
      }
      f.index = fields.size();
      fields.add(f);
      return this;
    }

    /**
     * A property that must be present.
     *
     * @param name the property name
     * @param codec the value's codec
     * @param get reads the value from the object
     * @param set puts the value into the builder
     * @param <V> the value type
     * @return this specification
     */
    public <V> Spec<T, B> required(
        String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      return add(new Field<>(name, true, Kind.ONE,
          (in, b) -> set.accept(b, codec.read(in)),
          (out, t) -> {
            out.g().writeName(name);
            codec.write(out, get.apply(t));
          }));
    }

    /**
     * A property with a default: always written, and the builder's default when left out.
     *
     * @param name the property name
     * @param codec the value's codec
     * @param get reads the value
     * @param set puts it into the builder
     * @param <V> the value type
     * @return this specification
     */
    public <V> Spec<T, B> defaulted(
        String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      return add(new Field<>(name, false, Kind.ONE,
          (in, b) -> set.accept(b, codec.read(in)),
          (out, t) -> {
            out.g().writeName(name);
            codec.write(out, get.apply(t));
          }));
    }

    /**
     * An optional property: left out when empty, and {@code null} reads as empty.
     *
     * @param name the property name
     * @param codec the value's codec
     * @param get reads the optional value
     * @param set puts a present value into the builder
     * @param <V> the value type
     * @return this specification
     */
    public <V> Spec<T, B> optional(
        String name, Codec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
      return add(new Field<>(name, false, Kind.ONE,
          (in, b) -> set.accept(b, codec.read(in)),
          (out, t) -> {
            Optional<V> v = get.apply(t);
            if (v.isPresent()) {
              out.g().writeName(name);
              codec.write(out, v.get());
            }
          }));
    }

    /**
     * A list property: always written, in the list's order; empty when left out.
     *
     * @param name the property name
     * @param codec each element's codec
     * @param get reads the list
     * @param set puts all elements into the builder
     * @param <V> the element type
     * @return this specification
     */
    public <V> Spec<T, B> list(
        String name, Codec<V> codec, Function<T, ? extends List<V>> get,
        BiConsumer<B, List<V>> set) {
      Codec<List<V>> lists = Codecs.listOf(codec);
      return add(new Field<>(name, false, Kind.LIST,
          (in, b) -> set.accept(b, lists.read(in)),
          (out, t) -> {
            out.g().writeName(name);
            lists.write(out, get.apply(t));
          }));
    }

    /**
     * A set property: always written, in natural order; a value repeated in the document is
     * refused; empty when left out.
     *
     * @param name the property name
     * @param codec each element's codec
     * @param get reads the set
     * @param set puts all elements into the builder
     * @param <V> the element type
     * @return this specification
     */
    public <V extends Comparable<? super V>> Spec<T, B> set(
        String name, Codec<V> codec, Function<T, ? extends Collection<V>> get,
        BiConsumer<B, List<V>> set) {
      return set(name, codec, Comparator.naturalOrder(), get, set);
    }

    /**
     * A set property of values without a natural order: always written in the given order; a
     * value repeated in the document is refused; empty when left out.
     *
     * @param name the property name
     * @param codec each element's codec
     * @param order the order written
     * @param get reads the set
     * @param set puts all elements into the builder
     * @param <V> the element type
     * @return this specification
     */
    public <V> Spec<T, B> set(
        String name, Codec<V> codec, Comparator<? super V> order,
        Function<T, ? extends Collection<V>> get, BiConsumer<B, List<V>> set) {
      Codec<List<V>> sets = Codecs.sortedSetOf(codec, order);
      return add(new Field<>(name, false, Kind.SET,
          (in, b) -> set.accept(b, sets.read(in)),
          (out, t) -> {
            out.g().writeName(name);
            sets.write(out, new ArrayList<>(get.apply(t)));
          }));
    }

    /**
     * A property read and written by hand.
     *
     * @param name the property name
     * @param required whether it must be present
     * @param reader reads the value into the builder
     * @param writer writes the name and value, or nothing
     * @return this specification
     */
    public Spec<T, B> custom(
        String name, boolean required, FieldReader<B> reader, FieldWriter<T> writer) {
      return add(new Field<>(name, required, Kind.CUSTOM, reader, writer));
    }

    /**
     * Builds the codec.
     *
     * @return the codec
     */
    public ObjectCodec<T, B> build() {
      return new ObjectCodec<>(this);
    }
  }
}
