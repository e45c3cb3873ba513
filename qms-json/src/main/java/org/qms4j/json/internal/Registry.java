package org.qms4j.json.internal;

import java.util.ArrayList;
import java.util.List;

/** The types the Jackson module reads and writes, each with its codec. */
public final class Registry {
  /**
   * One registered type.
   *
   * @param type the class
   * @param codec its codec
   */
  public record Entry(Class<?> type, Codec<?> codec) {}

  private final List<Entry> entries = new ArrayList<>();

  /**
   * Registers a type.
   *
   * @param type the class
   * @param codec its codec
   * @param <T> the type
   */
  public <T> void add(Class<T> type, Codec<T> codec) {
    entries.add(new Entry(type, codec));
  }

  /** The registered types, in the order added. */
  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  /**
   * Every type the module knows, with its codec.
   *
   * @return a registry holding all of them
   */
  public static Registry all() {
    Registry r = new Registry();
    Ids.register(r);
    CatalogCodecs.register(r);
    RecordCodecs.register(r);
    LifecycleCodecs.register(r);
    ReportCodecs.register(r);
    SystemCodecs.register(r);
    return r;
  }
}
