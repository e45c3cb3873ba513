package org.qms4j.json.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.qms4j.json.QmsJsonException;
import org.qms4j.system.HostFactKey;
import org.qms4j.system.InvalidSystemException;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.RegisterType;
import org.qms4j.system.Registers;
import org.qms4j.system.SystemProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;

/**
 * The quality-system document: the organisation, its catalogs, exclusions and mapping sets, every
 * register, and the host facts.
 *
 * <p>Registers are read and written item by item, straight into the system's builder and from the
 * register's items, so the document's text is never held whole. When the builder refuses the
 * system, each problem is reported with the path of the item it concerns.
 */
public final class SystemCodecs {
  private SystemCodecs() {}

  /** The codec of each register's items, in the order of {@link Registers#all()}. */
  private static final List<Entry<?, ?>> REGISTERS = List.of(
      new Entry<>(Registers.EVIDENCE, RecordCodecs.EVIDENCE),
      new Entry<>(Registers.FINDINGS, RecordCodecs.FINDING),
      new Entry<>(Registers.CORRECTIVE_ACTIONS, LifecycleCodecs.CORRECTIVE_ACTION),
      new Entry<>(Registers.AUDITS, RecordCodecs.AUDIT),
      new Entry<>(Registers.DOCUMENTS, LifecycleCodecs.CONTROLLED_DOCUMENT),
      new Entry<>(Registers.PEOPLE, RecordCodecs.PERSON),
      new Entry<>(Registers.ROLES, RecordCodecs.ROLE),
      new Entry<>(Registers.TRAINING, RecordCodecs.TRAINING_RECORD),
      new Entry<>(Registers.OBJECTIVES, RecordCodecs.OBJECTIVE),
      new Entry<>(Registers.RISKS, RecordCodecs.RISK),
      new Entry<>(Registers.REVIEWS, RecordCodecs.MANAGEMENT_REVIEW),
      new Entry<>(Registers.CERTIFICATES, LifecycleCodecs.CERTIFICATE));

  private static final Map<String, Entry<?, ?>> BY_NAME = new LinkedHashMap<>();

  static {
    for (Entry<?, ?> e : REGISTERS) {
      BY_NAME.put(e.type.name(), e);
    }
    if (BY_NAME.size() != Registers.all().size()) {
      throw new AssertionError("a register has no codec");
    }
  }

  /** A register's type and its items' codec. */
  private static final class Entry<K extends Comparable<? super K>, T> {
    final RegisterType<K, T> type;
    final Codec<T> codec;

    Entry(RegisterType<K, T> type, Codec<T> codec) {
      this.type = type;
      this.codec = codec;
    }

    void readInto(In in, Draft d) {
      String name = type.name();
      in.startArray("the " + name + " register");
      List<Object> ids = d.ids.computeIfAbsent(name, n -> new ArrayList<>());
      for (JsonToken t = in.next(); t != JsonToken.END_ARRAY; t = in.next()) {
        if (t == JsonToken.VALUE_NULL) {
          throw in.error("the " + name + " register may not hold null");
        }
        T item = codec.read(in);
        ids.add(type.idOf(item));
        d.builder.add(type, item);
      }
    }

    void write(Out out, QualitySystem system) {
      out.g().writeName(type.name());
      out.g().writeStartArray();
      for (T item : system.register(type).items()) {
        codec.write(out, item);
      }
      out.g().writeEndArray();
    }
  }

  /** What is read so far: the builder, and the ids in document order to name paths. */
  static final class Draft {
    final QualitySystem.Builder builder = QualitySystem.builder();
    final Map<String, List<Object>> ids = new HashMap<>();
    final List<Object> catalogs = new ArrayList<>();
    final List<Object> mappingSets = new ArrayList<>();
    final List<String> exclusions = new ArrayList<>();
  }

  /** A quality system's properties, without formatVersion. */
  public static final ObjectCodec<QualitySystem, Draft> SYSTEM =
      ObjectCodec.ofWithInput(QualitySystem.class, "a quality system", Draft::new,
              SystemCodecs::build)
          .required("organisation", Codecs.STRING, QualitySystem::organisation,
              (d, v) -> d.builder.organisation(v))
          .required("scope", Codecs.STRING, QualitySystem::scope, (d, v) -> d.builder.scope(v))
          .custom("catalogs", false,
              (in, d) -> readEach(in, "catalogs", CatalogCodecs.CATALOG, c -> {
                d.catalogs.add(c.id());
                d.builder.addCatalog(c);
                in.knowRequirements(c);
              }),
              (out, s) -> writeEach(out, "catalogs", CatalogCodecs.CATALOG, s.catalogs()))
          .custom("exclusions", false,
              (in, d) -> readEach(in, "exclusions", RecordCodecs.EXCLUSION, e -> {
                d.exclusions.add(e.target());
                d.builder.addExclusion(e);
              }),
              (out, s) -> writeEach(out, "exclusions", RecordCodecs.EXCLUSION, s.exclusions()))
          .custom("mappingSets", false,
              (in, d) -> readEach(in, "mappingSets", CatalogCodecs.MAPPING_SET, m -> {
                d.mappingSets.add(m.id());
                d.builder.addMappingSet(m);
              }),
              (out, s) -> writeEach(out, "mappingSets", CatalogCodecs.MAPPING_SET,
                  s.mappingSets()))
          .custom("registers", false, SystemCodecs::readRegisters,
              SystemCodecs::writeRegisters)
          .custom("hostFacts", false, SystemCodecs::readHostFacts,
              SystemCodecs::writeHostFacts)
          .build();

  /** The quality-system document. */
  public static final Document<QualitySystem> DOCUMENT =
      new Document<>("a quality system document", SYSTEM);

  private static <T> void readEach(
      In in, String name, Codec<T> codec, java.util.function.Consumer<T> sink) {
    in.startArray(name);
    int n = 0;
    for (JsonToken t = in.next(); t != JsonToken.END_ARRAY; t = in.next()) {
      if (t == JsonToken.VALUE_NULL) {
        throw in.error(name + " may not hold null");
      }
      Codecs.checkRoom(in, n++);
      sink.accept(codec.read(in));
    }
  }

  private static <T> void writeEach(Out out, String name, Codec<T> codec, List<T> values) {
    out.g().writeName(name);
    out.g().writeStartArray();
    for (T v : values) {
      codec.write(out, v);
    }
    out.g().writeEndArray();
  }

  private static void readRegisters(In in, Draft d) {
    in.startObject("the registers, by name");
    for (JsonToken t = in.next(); t != JsonToken.END_OBJECT; t = in.next()) {
      String name = in.parser().currentName();
      Entry<?, ?> e = BY_NAME.get(name);
      if (e == null) {
        if (in.options().lenient()) {
          in.next();
          in.skip();
          continue;
        }
        throw in.error("unknown register " + Texts.quote(name) + "; expected one of "
            + String.join(", ", BY_NAME.keySet()));
      }
      if (d.ids.containsKey(name)) {
        throw in.error("register " + Texts.quote(name) + " appears twice");
      }
      in.next();
      e.readInto(in, d);
    }
  }

  private static void writeRegisters(Out out, QualitySystem s) {
    out.g().writeName("registers");
    out.g().writeStartObject();
    for (Entry<?, ?> e : REGISTERS) {
      e.write(out, s);
    }
    out.g().writeEndObject();
  }

  private static void readHostFacts(In in, Draft d) {
    in.startObject("the host facts, by name");
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (JsonToken t = in.next(); t != JsonToken.END_OBJECT; t = in.next()) {
      String name = in.parser().currentName();
      HostFactKey<?> key = in.options().hostFacts().get(name);
      if (key == null) {
        throw in.error("host fact " + Texts.quote(name) + " is not registered with this reader"
            + (in.options().hostFacts().isEmpty() ? ", which knows none"
                : "; it knows " + String.join(", ", new java.util.TreeSet<>(
                    in.options().hostFacts().keySet()))));
      }
      if (!seen.add(name)) {
        throw in.error("host fact " + Texts.quote(name) + " appears twice");
      }
      if (in.next() == JsonToken.VALUE_NULL) {
        throw in.error("host fact " + Texts.quote(name) + " may not be null");
      }
      readHostFact(in, d, key);
    }
  }

  private static <T> void readHostFact(In in, Draft d, HostFactKey<T> key) {
    T value;
    try {
      value = in.parser().readValueAs(key.type());
    } catch (QmsJsonException e) {
      throw e;
    } catch (JacksonException e) {
      String m = e.getOriginalMessage();
      throw in.error("host fact " + Texts.quote(key.name()) + " could not be read as "
          + key.type().getSimpleName() + ": " + Texts.clip(m == null ? "" : m, 200));
    }
    if (value == null) {
      throw in.error("host fact " + Texts.quote(key.name()) + " may not be null");
    }
    d.builder.hostFact(key, value);
  }

  private static void writeHostFacts(Out out, QualitySystem s) {
    out.g().writeName("hostFacts");
    out.g().writeStartObject();
    List<HostFactKey<?>> keys = new ArrayList<>(s.hostFactKeys());
    keys.sort(java.util.Comparator.comparing(HostFactKey::name));
    for (HostFactKey<?> key : keys) {
      HostFactKey<?> known = out.options().hostFacts().get(key.name());
      if (known == null || !known.equals(key)) {
        throw new QmsJsonException("host fact " + Texts.quote(key.name())
            + " is not registered with this writer; register its key with"
            + " QmsJson.builder().hostFact(key)", "/hostFacts/" + Texts.clip(key.name(), 60),
            -1, -1, null);
      }
      out.g().writeName(key.name());
      out.g().writePOJO(s.hostFact(key).orElseThrow());
    }
    out.g().writeEndObject();
  }

  private static QualitySystem build(Draft d, In in) {
    try {
      return d.builder.build();
    } catch (InvalidSystemException e) {
      throw refused(d, in, e);
    }
  }

  /** The system's refusal, each problem with the path of what it concerns where known. */
  private static QmsJsonException refused(Draft d, In in, InvalidSystemException e) {
    QmsJsonException here = in.error("");
    String base = in.path();
    Map<String, String> paths = new HashMap<>();
    for (int i = 0; i < d.catalogs.size(); i++) {
      paths.putIfAbsent("catalog " + d.catalogs.get(i), base + "/catalogs/" + i);
    }
    for (int i = 0; i < d.mappingSets.size(); i++) {
      paths.putIfAbsent("mapping set " + d.mappingSets.get(i), base + "/mappingSets/" + i);
    }
    for (int i = 0; i < d.exclusions.size(); i++) {
      paths.putIfAbsent("exclusion of " + d.exclusions.get(i), base + "/exclusions/" + i);
    }
    List<SystemProblem> problems = e.problems();
    java.util.Set<String> wanted = new java.util.HashSet<>();
    for (SystemProblem p : problems) {
      wanted.add(p.element());
    }
    for (Entry<?, ?> r : REGISTERS) {
      List<Object> ids = d.ids.getOrDefault(r.type.name(), List.of());
      for (int i = 0; i < ids.size(); i++) {
        String element = r.type.itemName() + " " + ids.get(i);
        if (wanted.contains(element)) {
          paths.putIfAbsent(element, base + "/registers/" + r.type.name() + "/" + i);
        }
      }
    }
    StringBuilder m = new StringBuilder("the quality system is invalid: ");
    m.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    @Nullable String first = null;
    int shown = 0;
    for (SystemProblem p : problems) {
      String path = paths.get(p.element());
      if (first == null && path != null) {
        first = path;
      }
      if (shown < 10) {
        m.append(shown == 0 ? ": " : "; ").append(Texts.clip(p.toString(), 300));
        if (path != null) {
          m.append(" [").append(path).append(']');
        }
        shown++;
      }
    }
    if (problems.size() > shown) {
      m.append("; and ").append(problems.size() - shown).append(" more");
    }
    return new QmsJsonException(m.toString(), first == null ? base : first,
        first == null ? here.line() : -1, first == null ? here.column() : -1, e);
  }

  /**
   * Registers the quality system, as a document.
   *
   * @param r the registry
   */
  public static void register(Registry r) {
    r.add(QualitySystem.class, DOCUMENT);
  }
}
