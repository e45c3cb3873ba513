package org.qms4j.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.qms4j.system.QualitySystem;

/**
 * A Jazzer fuzz test of the readers: whatever bytes arrive, reading either succeeds or throws
 * {@link QmsJsonException}; any other exception or error is a finding.
 *
 * <p>In {@code ./mvnw verify} it runs in regression mode over the committed inputs in {@code
 * src/test/resources/org/qms4j/json/SystemReaderFuzzTestInputs/}. To fuzz for longer, see
 * the README ("Fuzzing the readers").
 */
class SystemReaderFuzzTest {
  private static final QmsJson STRICT = QmsJson.standard();
  private static final QmsJson LENIENT = QmsJson.builder().lenient(true).build();

  @FuzzTest(maxDuration = "60s")
  void readSystem(byte[] data) {
    read(STRICT, data);
    read(LENIENT, data);
  }

  @FuzzTest(maxDuration = "60s")
  void readCatalogAndReport(byte[] data) {
    try {
      STRICT.catalog().read(new java.io.ByteArrayInputStream(data));
    } catch (QmsJsonException expected) {
      // refused: the only outcome besides success
    }
    try {
      STRICT.report().read(new java.io.ByteArrayInputStream(data));
    } catch (QmsJsonException expected) {
      // refused
    }
    try {
      STRICT.mappingSet().read(new java.io.ByteArrayInputStream(data));
    } catch (QmsJsonException expected) {
      // refused
    }
  }

  private static void read(QmsJson json, byte[] data) {
    try {
      QualitySystem s = json.system().read(new java.io.ByteArrayInputStream(data));
      // what was read writes and reads back to the same system
      if (!json.system().read(json.system().write(s)).equals(s)) {
        throw new AssertionError("a system read from fuzzed input does not round-trip");
      }
    } catch (QmsJsonException expected) {
      // refused: the only outcome besides success
    }
  }
}
