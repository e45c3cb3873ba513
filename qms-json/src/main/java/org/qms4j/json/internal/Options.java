package org.qms4j.json.internal;

import java.util.Map;
import org.qms4j.system.HostFactKey;

/**
 * How a reader or writer behaves: lenient about unknown properties or not, and which host facts it
 * knows by name.
 *
 * @param lenient whether unknown properties are skipped rather than refused
 * @param hostFacts the host facts read and written, by name
 */
public record Options(boolean lenient, Map<String, HostFactKey<?>> hostFacts) {
  /** Strict, with no host facts. */
  public static final Options STRICT = new Options(false, Map.of());

  /** Copies the map. */
  public Options {
    hostFacts = Map.copyOf(hostFacts);
  }
}
