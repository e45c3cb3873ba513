package org.qms4j.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The README's run command: runs the three example stories one after the other (a clinic
 * certified to ISO 9001 and ISO 7101, a device maker under ISO 13485 and the QMSR, a hospital that
 * extends ISO 7101 with its own infection-control requirements), prints their narrative, and lists
 * the files they wrote.
 *
 * <pre>
 * ./mvnw -q -pl qms-examples -am compile exec:java
 * </pre>
 *
 * <p>Files go under the directory the {@value #OUTPUT_PROPERTY} system property names (the Maven
 * run sets it to {@code qms-examples/target/journeys}), or else under {@code target/journeys}
 * relative to the current directory.
 */
public final class Journeys {
  /** The system property that names the output directory. */
  public static final String OUTPUT_PROPERTY = "qms4j.examples.output";

  private Journeys() {}

  /**
   * Runs the three stories.
   *
   * @param args ignored
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path directory = outputDirectory();
    List<Path> files = new ArrayList<>();
    files.addAll(ClinicJourney.run(directory, out).files());
    files.addAll(DeviceMakerJourney.run(directory, out).files());
    files.addAll(HospitalInfectionControl.run(directory, out).files());
    out.println();
    out.println("Files written under " + directory.toAbsolutePath().normalize() + ":");
    for (Path f : files) {
      out.println("  " + directory.toAbsolutePath().normalize().relativize(f.toAbsolutePath().normalize()));
    }
  }

  /**
   * Where the examples write: the directory named by {@value #OUTPUT_PROPERTY}, or {@code
   * target/journeys} relative to the current directory.
   *
   * @return the directory, which may not exist yet
   */
  public static Path outputDirectory() {
    String given = System.getProperty(OUTPUT_PROPERTY);
    return given == null || given.isBlank() ? Path.of("target", "journeys") : Path.of(given);
  }
}
