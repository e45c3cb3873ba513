package org.qms4j.json.internal;

/** Codecs (to be written). */
public final class LifecycleCodecs {
  private LifecycleCodecs() {}

  /**
   * Registers the types of this class.
   *
   * @param r the registry
   */
  public static void register(Registry r) {}
}
