package org.qms4j.json.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

/** Codecs for plain values: text, numbers, dates, enums, identifiers, lists, sets and maps. */
public final class Codecs {
  private Codecs() {}

  /**
   * The most items an array or map inside a register item, catalog or report may hold: the
   * largest collection the model accepts (a catalog's requirements). Registers themselves are
   * bounded by the document's length.
   */
  public static final int MAX_ITEMS = org.qms4j.json.JsonLimits.MAX_ITEMS;

  /**
   * Refuses an item beyond {@link #MAX_ITEMS}.
   *
   * @param in the input, at the item
   * @param size how many items are held already
   */
  public static void checkRoom(In in, int size) {
    if (size >= MAX_ITEMS) {
      throw in.error("more than " + MAX_ITEMS + " items; the model accepts no larger collection");
    }
  }

  /** A string. */
  public static final Codec<String> STRING = new Codec<>() {
    @Override
    public String read(In in) {
      return in.string("a string");
    }

    @Override
    public void write(Out out, String value) {
      out.g().writeString(value);
    }

    @Override
    public String label() {
      return "a string";
    }
  };

  /** A string that many items repeat, such as an owner: read as one instance ({@link In#shared}). */
  public static final Codec<String> SHARED_STRING = text("a string", (in, s) -> in.shared(s), s -> s);

  /** An int. */
  public static final Codec<Integer> INT = new Codec<>() {
    @Override
    public Integer read(In in) {
      return in.integer("an integer");
    }

    @Override
    public void write(Out out, Integer value) {
      out.g().writeNumber(value.intValue());
    }

    @Override
    public String label() {
      return "an integer";
    }
  };

  /** A finite double. */
  public static final Codec<Double> DOUBLE = new Codec<>() {
    @Override
    public Double read(In in) {
      return in.decimal("a number");
    }

    @Override
    public void write(Out out, Double value) {
      out.g().writeNumber(value.doubleValue());
    }

    @Override
    public String label() {
      return "a number";
    }
  };

  /** A boolean. */
  public static final Codec<Boolean> BOOLEAN = new Codec<>() {
    @Override
    public Boolean read(In in) {
      return in.bool("true or false");
    }

    @Override
    public void write(Out out, Boolean value) {
      out.g().writeBoolean(value.booleanValue());
    }

    @Override
    public String label() {
      return "true or false";
    }
  };

  /**
   * An instant, ISO-8601 in UTC: {@code 2026-01-31T09:00:00Z}. Written as {@link
   * Instant#toString()} writes it and read as {@link Instant#parse} reads it; the common form, whole
   * seconds in the years 0000 to 9999, is read and written by hand ({@link #instantSeconds}, {@link
   * #instantChars}), since {@code java.time}'s formatter spent a quarter of the time of reading a
   * system; anything else goes through {@code java.time} as before.
   */
  public static final Codec<Instant> INSTANT = new Codec<>() {
    private final Codec<Instant> text =
        text("an instant (ISO-8601 in UTC, such as 2026-01-31T09:00:00Z)", Codecs::instant,
            Instant::toString);

    @Override
    public Instant read(In in) {
      return text.read(in);
    }

    @Override
    public void write(Out out, Instant value) {
      char[] chars = instantChars(value);
      if (chars != null) {
        out.g().writeString(chars, 0, chars.length);
      } else {
        text.write(out, value);
      }
    }

    @Override
    public String label() {
      return text.label();
    }
  };

  /** An instant in UTC only: an offset other than Z would not be written back as it was read. */
  private static Instant instant(String text) {
    if (!text.endsWith("Z")) {
      throw new IllegalArgumentException("not in UTC");
    }
    long seconds = instantSeconds(text);
    return seconds != NOT_PLAIN ? Instant.ofEpochSecond(seconds) : Instant.parse(text);
  }

  /** What {@link #instantSeconds} answers for text not of the form it reads. */
  private static final long NOT_PLAIN = Long.MIN_VALUE;

  /** The seconds of {@code 0000-01-01T00:00:00Z} and of {@code 9999-12-31T23:59:59Z}. */
  private static final long FIRST_PLAIN = -62_167_219_200L;
  private static final long LAST_PLAIN = 253_402_300_799L;

  /**
   * The epoch second of {@code uuuu-MM-ddTHH:mm:ssZ} (exactly 20 characters, every field in its
   * range, no leap second), as {@link Instant#parse} would read it; {@link #NOT_PLAIN} for any
   * other text, which {@code Instant.parse} then reads or refuses.
   */
  static long instantSeconds(String s) {
    if (s.length() != 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
        || s.charAt(13) != ':' || s.charAt(16) != ':' || s.charAt(19) != 'Z') {
      return NOT_PLAIN;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0
        || minute > 59 || second < 0 || second > 59
        || day > java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
      return NOT_PLAIN;
    }
    long epochDay = LocalDate.of(year, month, day).toEpochDay();
    return epochDay * 86_400 + hour * 3_600 + minute * 60 + second;
  }

  /** The value of {@code n} ASCII digits from {@code at}, or -1 if one is not a digit. */
  private static int digits(String s, int at, int n) {
    int v = 0;
    for (int i = at; i < at + n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /**
   * The text {@link Instant#toString()} gives for an instant of whole seconds in the years 0000 to
   * 9999 ({@code uuuu-MM-ddTHH:mm:ssZ}), or null for any other instant.
   */
  static char @Nullable [] instantChars(Instant t) {
    long seconds = t.getEpochSecond();
    if (t.getNano() != 0 || seconds < FIRST_PLAIN || seconds > LAST_PLAIN) {
      return null;
    }
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400));
    int time = (int) Math.floorMod(seconds, 86_400);
    char[] c = new char[20];
    put(c, 0, date.getYear(), 4);
    c[4] = '-';
    put(c, 5, date.getMonthValue(), 2);
    c[7] = '-';
    put(c, 8, date.getDayOfMonth(), 2);
    c[10] = 'T';
    put(c, 11, time / 3_600, 2);
    c[13] = ':';
    put(c, 14, time / 60 % 60, 2);
    c[16] = ':';
    put(c, 17, time % 60, 2);
    c[19] = 'Z';
    return c;
  }

  private static void put(char[] c, int at, int value, int n) {
    for (int i = at + n - 1; i >= at; i--) {
      c[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  /** A duration, ISO-8601: {@code PT72H}. */
  public static final Codec<Duration> DURATION =
      text("a duration (ISO-8601, such as PT72H)", Duration::parse, Duration::toString);

  /** A period, ISO-8601: {@code P1Y}. */
  public static final Codec<Period> PERIOD =
      text("a period (ISO-8601, such as P1Y or P6M)", Period::parse, Period::toString);

  /**
   * A value written as a string in its text form.
   *
   * @param label what the value is, with an example
   * @param parse reads the text form; any exception it throws means the text is invalid
   * @param format writes the text form
   * @param <T> the value type
   * @return the codec
   */
  public static <T> Codec<T> text(
      String label, Function<String, T> parse, Function<T, String> format) {
    return text(label, (in, s) -> parse.apply(s), format);
  }

  /**
   * A value written as a string in its text form, read with the input at hand.
   *
   * @param label what the value is, with an example
   * @param parse reads the text form; any exception it throws means the text is invalid
   * @param format writes the text form
   * @param <T> the value type
   * @return the codec
   */
  public static <T> Codec<T> text(
      String label, java.util.function.BiFunction<In, String, T> parse, Function<T, String> format) {
    return new Codec<>() {
      @Override
      public T read(In in) {
        String s = in.string(label);
        try {
          return parse.apply(in, s);
        } catch (DateTimeException | IllegalArgumentException | NullPointerException
            | org.qms4j.QmsException e) {
          throw in.error("expected " + label + " but found " + Texts.quote(s) + detail(e));
        }
      }

      @Override
      public void write(Out out, T value) {
        out.g().writeString(format.apply(value));
      }

      @Override
      public String label() {
        return label;
      }
    };
  }

  private static String detail(Exception e) {
    if (e instanceof DateTimeException || e.getMessage() == null) {
      return "";
    }
    return ": " + Texts.clip(e.getMessage(), 200);
  }

  /**
   * An identifier, written as its plain value.
   *
   * @param label what the identifier identifies, such as {@code "an evidence id"}
   * @param of makes an identifier from its value, refusing invalid ones
   * @param value reads the value
   * @param <I> the identifier type
   * @return the codec
   */
  public static <I> Codec<I> id(String label, Function<String, I> of, Function<I, String> value) {
    return text(label, of, value);
  }

  /**
   * The JSON name of an enum constant: its name in lower case with hyphens, so {@code
   * CORRECTIVE_ACTION_OVERDUE} is {@code "corrective-action-overdue"}.
   *
   * @param constant the constant
   * @return the name
   */
  public static String enumName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * An enum, by the lower-case, hyphenated names of its constants.
   *
   * @param type the enum class
   * @param label what the value is, such as {@code "an evidence kind"}
   * @param <E> the enum type
   * @return the codec
   */
  public static <E extends Enum<E>> EnumCodec<E> enumOf(Class<E> type, String label) {
    return new EnumCodec<>(type, label);
  }

  /**
   * An enum codec.
   *
   * @param <E> the enum type
   */
  public static final class EnumCodec<E extends Enum<E>> implements Codec<E> {
    private final Map<String, E> byName = new HashMap<>();
    private final String[] names;
    private final String label;
    private final List<String> all;

    EnumCodec(Class<E> type, String label) {
      this.label = label;
      E[] constants = type.getEnumConstants();
      names = new String[constants.length];
      List<String> a = new ArrayList<>();
      for (E c : constants) {
        names[c.ordinal()] = enumName(c);
        byName.put(names[c.ordinal()], c);
        a.add(names[c.ordinal()]);
      }
      all = List.copyOf(a);
    }

    /** The names, in declaration order. */
    public List<String> names() {
      return all;
    }

    /**
     * The constant of a name, for names used as map keys.
     *
     * @param name the name
     * @return the constant
     * @throws IllegalArgumentException if no constant has the name, listing the names
     */
    public E of(String name) {
      E e = byName.get(name);
      if (e == null) {
        throw new IllegalArgumentException(
            "expected " + label + ", one of " + String.join(", ", all));
      }
      return e;
    }

    @Override
    public E read(In in) {
      String s = in.string(label);
      E e = byName.get(s);
      if (e == null) {
        throw in.error("unknown " + label + " " + Texts.quote(s) + "; expected one of "
            + String.join(", ", all));
      }
      return e;
    }

    @Override
    public void write(Out out, E value) {
      out.g().writeString(names[value.ordinal()]);
    }

    @Override
    public String label() {
      return label;
    }
  }

  /**
   * A list, as an array.
   *
   * @param element each element's codec
   * @param <T> the element type
   * @return the codec
   */
  public static <T> Codec<List<T>> listOf(Codec<T> element) {
    return new Codec<>() {
      @Override
      public List<T> read(In in) {
        if (in.token() != JsonToken.START_ARRAY) {
          throw in.expected("an array, each item " + element.label() + ",");
        }
        List<T> items = new ArrayList<>();
        for (JsonToken t = in.next(); t != JsonToken.END_ARRAY; t = in.next()) {
          if (t == JsonToken.VALUE_NULL) {
            throw in.error("expected " + element.label() + " but found null");
          }
          checkRoom(in, items.size());
          items.add(element.read(in));
        }
        return items;
      }

      @Override
      public void write(Out out, List<T> value) {
        out.g().writeStartArray();
        for (T item : value) {
          element.write(out, item);
        }
        out.g().writeEndArray();
      }

      @Override
      public String label() {
        return "an array, each item " + element.label();
      }
    };
  }

  /** Up to how many items a set read is checked for repeats by comparing each with each. */
  private static final int SCANNED = 8;

  /**
   * A set, as an array in the given order; a value repeated in the document is refused.
   *
   * @param element each element's codec
   * @param order the order written
   * @param <T> the element type
   * @return the codec
   */
  public static <T> Codec<List<T>> sortedSetOf(Codec<T> element, Comparator<? super T> order) {
    Codec<List<T>> list = listOf(element);
    return new Codec<>() {
      @Override
      public List<T> read(In in) {
        if (in.token() != JsonToken.START_ARRAY) {
          throw in.expected("an array of distinct items, each " + element.label() + ",");
        }
        List<T> items = new ArrayList<>(4);
        // a few items are compared with each other; a hash set only for sets larger than that
        java.util.Set<T> seen = null;
        for (JsonToken t = in.next(); t != JsonToken.END_ARRAY; t = in.next()) {
          if (t == JsonToken.VALUE_NULL) {
            throw in.error("expected " + element.label() + " but found null");
          }
          checkRoom(in, items.size());
          T item = element.read(in);
          if (seen == null && items.size() == SCANNED) {
            seen = new java.util.HashSet<>(items);
          }
          if (seen != null ? !seen.add(item) : items.contains(item)) {
            throw in.error("this value appears twice in a set of distinct items, each " + element.label());
          }
          items.add(item);
        }
        return items;
      }

      @Override
      public void write(Out out, List<T> value) {
        if (value.size() < 2) {
          list.write(out, value);
        } else {
          List<T> sorted = new ArrayList<>(value);
          sorted.sort(order);
          list.write(out, sorted);
        }
      }

      @Override
      public String label() {
        return "an array of distinct items, each " + element.label();
      }
    };
  }

  /**
   * A map with text keys, as an object whose properties are written in key order; a repeated key
   * is refused.
   *
   * @param label what the map is
   * @param keyOf reads a key from its text form
   * @param keyText writes a key's text form
   * @param value each value's codec
   * @param <K> the key type
   * @param <V> the value type
   * @return the codec
   */
  public static <K extends Comparable<? super K>, V> Codec<SortedMap<K, V>> mapOf(
      String label, Function<String, K> keyOf, Function<K, String> keyText, Codec<V> value) {
    return map(label, keyOf, keyText, value, TreeMap::new);
  }

  /**
   * A map with text keys, as an object whose properties keep the map's order, read into a map of
   * the document's order; a repeated key is refused.
   *
   * @param label what the map is
   * @param keyOf reads a key from its text form
   * @param keyText writes a key's text form
   * @param value each value's codec
   * @param <K> the key type
   * @param <V> the value type
   * @return the codec
   */
  public static <K, V> Codec<Map<K, V>> orderedMapOf(
      String label, Function<String, K> keyOf, Function<K, String> keyText, Codec<V> value) {
    return map(label, keyOf, keyText, value, java.util.LinkedHashMap::new);
  }

  private static <K, V, M extends Map<K, V>> Codec<M> map(
      String label, Function<String, K> keyOf, Function<K, String> keyText, Codec<V> value,
      Supplier<M> empty) {
    return new Codec<>() {
      @Override
      public M read(In in) {
        in.startObject(label);
        M map = empty.get();
        for (JsonToken t = in.next(); t != JsonToken.END_OBJECT; t = in.next()) {
          checkRoom(in, map.size());
          String name = in.parser().currentName();
          K key;
          try {
            key = keyOf.apply(name);
          } catch (RuntimeException e) {
            throw in.error("invalid key " + Texts.quote(name) + " in " + label
                + (e.getMessage() == null ? "" : ": " + Texts.clip(e.getMessage(), 200)));
          }
          if (map.containsKey(key)) {
            throw in.error("key " + Texts.quote(name) + " appears twice in " + label);
          }
          if (in.next() == JsonToken.VALUE_NULL) {
            throw in.error(label + " may not map a key to null");
          }
          map.put(key, value.read(in));
        }
        return map;
      }

      @Override
      public void write(Out out, M map) {
        out.g().writeStartObject();
        for (Map.Entry<K, V> e : map.entrySet()) {
          out.g().writeName(keyText.apply(e.getKey()));
          value.write(out, e.getValue());
        }
        out.g().writeEndObject();
      }

      @Override
      public String label() {
        return label;
      }
    };
  }

  /**
   * A polymorphic value: an object whose {@code type} property, written first, names one of an
   * explicit list of subtypes. Class names are never read or written.
   *
   * @param label what the value is
   * @param <T> the common supertype
   * @return a builder of the codec
   */
  public static <T> Union<T> union(String label) {
    return new Union<>(label);
  }

  /**
   * A codec for a value of one of several named subtypes.
   *
   * @param <T> the common supertype
   */
  public static final class Union<T> implements Codec<T> {
    private final String label;
    private final Map<String, ObjectCodec<? extends T, ?>> byName = new java.util.LinkedHashMap<>();
    private final Map<Class<?>, String> nameOf = new HashMap<>();

    Union(String label) {
      this.label = label;
    }

    /**
     * Adds a subtype. Its codec must not declare a {@code type} property.
     *
     * @param name the subtype's name in the document
     * @param type the subtype's class (instances of subclasses also match)
     * @param codec the subtype's codec
     * @param <S> the subtype
     * @return this union
     */
    public <S extends T> Union<T> add(String name, Class<S> type, ObjectCodec<S, ?> codec) {
      byName.put(name, codec);
      nameOf.put(type, name);
      return this;
    }

    /** The subtypes by name. */
    public Map<String, ObjectCodec<? extends T, ?>> subtypes() {
      return Collections.unmodifiableMap(byName);
    }

    @Override
    public T read(In in) {
      in.startObject(label);
      if (in.next() != JsonToken.PROPERTY_NAME || !"type".equals(in.parser().currentName())) {
        throw in.error(label + " must begin with its \"type\" property, one of "
            + String.join(", ", byName.keySet()));
      }
      in.next();
      String name = in.string("the name of a type of " + label);
      ObjectCodec<? extends T, ?> codec = byName.get(name);
      if (codec == null) {
        throw in.error("unknown type " + Texts.quote(name) + " of " + label + "; expected one of "
            + String.join(", ", byName.keySet()));
      }
      in.next();
      return codec.readRest(in);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void write(Out out, T value) {
      String name = null;
      for (Map.Entry<Class<?>, String> e : nameOf.entrySet()) {
        if (e.getKey().isInstance(value)) {
          name = e.getValue();
          break;
        }
      }
      if (name == null) {
        throw new IllegalArgumentException(
            "no JSON type name for " + value.getClass().getSimpleName() + " in " + label);
      }
      ObjectCodec<T, ?> codec = (ObjectCodec<T, ?>) byName.get(name);
      out.g().writeStartObject();
      out.g().writeStringProperty("type", name);
      codec.writeMembers(out, value);
      out.g().writeEndObject();
    }

    @Override
    public String label() {
      return label;
    }
  }
}
