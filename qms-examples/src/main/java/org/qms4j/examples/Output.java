package org.qms4j.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.qms4j.json.QmsJson;
import org.qms4j.system.QualitySystem;

/** Writes what the examples produce: the JSON of each system, and the reports. */
final class Output {
  private Output() {}

  /** Writes the system as JSON, creating the directory if needed; returns the path written. */
  static Path writeSystem(QualitySystem system, Path file) throws IOException {
    return writeSystem(QmsJson.standard(), system, file);
  }

  /** Writes the system as JSON with the given codec (a host's facts registered with it). */
  static Path writeSystem(QmsJson json, QualitySystem system, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    json.system().write(system, file);
    return file;
  }
}
