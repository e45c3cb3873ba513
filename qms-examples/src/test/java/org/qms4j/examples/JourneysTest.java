package org.qms4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneysTest {

  @Test
  void main_runsTheThreeStoriesAndWritesTheirFilesUnderTheDirectoryGiven(@TempDir Path directory) throws Exception {
    String before = System.getProperty(Journeys.OUTPUT_PROPERTY);
    PrintStream stdout = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    long start = System.nanoTime();
    try {
      System.setProperty(Journeys.OUTPUT_PROPERTY, directory.toString());
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      Journeys.main(new String[0]);
    } finally {
      System.setOut(stdout);
      if (before == null) {
        System.clearProperty(Journeys.OUTPUT_PROPERTY);
      } else {
        System.setProperty(Journeys.OUTPUT_PROPERTY, before);
      }
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out).contains("== 1. Riverside Family Clinic", "== 2. Northbank Surgical", "== 3. St Brigid's Hospital");
    assertThat(out).contains("Files written under " + directory.toAbsolutePath().normalize());
    for (String file :
        new String[] {
          "clinic/clinic-certified.json", "clinic/clinic-surveillance.json", "clinic/1-gap-analysis.html", "clinic/2-certified.html",
          "clinic/3-surveillance.html", "device-maker/device-maker.json", "device-maker/1-mapped.html", "device-maker/2-internal-audit.html",
          "hospital/hospital.json", "hospital/hand-hygiene-below-target.html"
        }) {
      assertThat(directory.resolve(file)).as(file).isRegularFile();
      assertThat(out).contains("  " + file);
    }
    assertThat(took).as("the whole run").isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void outputDirectory_isTargetJourneysRelativeToTheCurrentDirectoryByDefault() {
    String before = System.getProperty(Journeys.OUTPUT_PROPERTY);
    try {
      System.clearProperty(Journeys.OUTPUT_PROPERTY);
      assertThat(Journeys.outputDirectory()).isEqualTo(Path.of("target", "journeys"));
      assertThat(Files.exists(Path.of("pom.xml"))).as("tests run in the module's directory").isTrue();
    } finally {
      if (before != null) {
        System.setProperty(Journeys.OUTPUT_PROPERTY, before);
      }
    }
  }
}
