package org.qms4j.json.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: example documents kept under {@code src/test/resources/org/qms4j/json/golden/}, so
 * that a change of the format is a deliberate change of a file (and a line in the CHANGELOG).
 * Run the tests with {@code -Dqms4j.golden.update=true} to write the files anew.
 */
public final class Golden {
  private static final Path DIR = Path.of("src/test/resources/org/qms4j/json/golden");

  private Golden() {}

  /**
   * Asserts that a document equals its golden file, byte for byte.
   *
   * @param name the file's name, such as {@code quality-system.json}
   * @param actual the document written now
   */
  public static void assertMatches(String name, String actual) {
    Path file = DIR.resolve(name);
    try {
      if (Boolean.getBoolean("qms4j.golden.update")) {
        Files.createDirectories(DIR);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      assertThat(file).as("golden file " + file + " (write it with -Dqms4j.golden.update=true)")
          .exists();
      assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
