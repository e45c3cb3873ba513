package org.qms4j.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.qms4j.document.DocumentId;
import org.qms4j.json.QmsJson;
import org.qms4j.report.Report;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.Registers;
import org.qms4j.training.CompetenceMatrix;

/** Writes what the examples produce: the JSON of each system, and the HTML reports. */
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

  /** Writes the report's HTML page, creating the directory if needed; returns the path written. */
  static Path writeHtml(Report report, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, report.html(), StandardCharsets.UTF_8);
    return file;
  }

  /** The competence matrix of a system as the engine builds it at an instant. */
  static CompetenceMatrix competence(QualitySystem system, Instant asOf) {
    return CompetenceMatrix.of(
        system.register(Registers.ROLES).items(),
        system.register(Registers.TRAINING).items(),
        document -> system.register(Registers.DOCUMENTS).get(DocumentId.of(document)).flatMap(d -> d.effectiveVersionAt(asOf)),
        Registers.TRAINING_EVALUATION_GRACE,
        asOf);
  }
}
