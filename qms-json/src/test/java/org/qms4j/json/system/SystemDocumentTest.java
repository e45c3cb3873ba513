package org.qms4j.json.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qms4j.capa.CorrectiveAction;
import org.qms4j.certification.Certificate;
import org.qms4j.document.ControlledDocument;
import org.qms4j.finding.FindingId;
import org.qms4j.json.QmsJson;
import org.qms4j.json.QmsJsonException;
import org.qms4j.json.QmsJsonModule;
import org.qms4j.json.testing.ExampleSystems;
import org.qms4j.json.testing.Golden;
import org.qms4j.json.testing.Schemas;
import org.qms4j.system.HostFactKey;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.RegisterType;
import org.qms4j.system.Registers;
import tools.jackson.databind.json.JsonMapper;

class SystemDocumentTest {
  private static final QmsJson JSON = QmsJson.standard();
  private static final QmsJson PRETTY = QmsJson.builder().prettyPrint(true).build();

  @Test
  void theFullExampleHoldsEveryRegister() {
    QualitySystem system = ExampleSystems.full();
    for (RegisterType<?, ?> type : Registers.all()) {
      assertThat(system.register(type).size()).as(type.name()).isPositive();
    }
    assertThat(system.mappingSets()).isNotEmpty();
    assertThat(system.exclusions()).isNotEmpty();
  }

  @Test
  void theFullExampleRoundTripsLosslesslyAndByteStably() {
    QualitySystem system = ExampleSystems.full();
    String json = JSON.system().write(system);
    QualitySystem read = JSON.system().read(json);
    assertThat(read).isEqualTo(system);
    assertThat(JSON.system().write(read)).isEqualTo(json);
    assertThat(json).startsWith("{\"formatVersion\":1,");
  }

  @Test
  void referencesToACatalogsRequirements_shareTheCatalogsInstances_andRepeatedOwnersOneString() {
    QualitySystem read = JSON.system().read(JSON.system().write(ExampleSystems.full()));
    java.util.Map<String, org.qms4j.catalog.RequirementId> held = new java.util.HashMap<>();
    read.requirements().forEach(r -> held.put(r.id().value(), r.id()));
    List<org.qms4j.evidence.Evidence> evidence = read.evidence();
    assertThat(evidence).hasSizeGreaterThan(1);
    for (org.qms4j.evidence.Evidence e : evidence) {
      e.requirements().forEach(r -> assertThat(r).isSameAs(held.get(r.value())));
      read.evidence().stream()
          .filter(other -> other.owner().equals(e.owner()))
          .forEach(other -> assertThat(other.owner()).isSameAs(e.owner()));
    }
    read.findings().forEach(f -> f.requirements().forEach(r -> assertThat(r).isSameAs(held.get(r.value()))));
  }

  @Test
  void historiesReadBackStillVerifyAgainstTheHeadsKeptBeforeWriting() {
    QualitySystem system = ExampleSystems.full();
    QualitySystem read = JSON.system().read(JSON.system().write(system));
    for (CorrectiveAction a : system.correctiveActions()) {
      CorrectiveAction back = read.correctiveAction(a.id()).orElseThrow();
      assertThat(back.history().verify().intact()).isTrue();
      assertThat(back.history().verify(a.history().head()).intact()).isTrue();
    }
    for (ControlledDocument d : system.register(Registers.DOCUMENTS).items()) {
      ControlledDocument back = read.register(Registers.DOCUMENTS).get(d.id()).orElseThrow();
      assertThat(back.history().verify(d.history().head()).intact()).isTrue();
    }
    for (Certificate c : system.register(Registers.CERTIFICATES).items()) {
      Certificate back = read.register(Registers.CERTIFICATES).get(c.id()).orElseThrow();
      assertThat(back.history().verify(c.history().head()).intact()).isTrue();
    }
  }

  @Test
  void theWrittenDocumentIsValidAgainstTheSchema() {
    Schemas.assertValid("quality-system.schema.json", JSON.system().write(ExampleSystems.full()));
  }

  @Test
  void theGoldenFileIsWhatTheWriterWrites() {
    String json = PRETTY.system().write(ExampleSystems.full());
    Golden.assertMatches("quality-system.json", json);
    assertThat(JSON.system().read(json)).isEqualTo(ExampleSystems.full());
  }

  @Test
  void streamsReadersAndFilesGiveTheSameSystem(@TempDir Path dir) throws Exception {
    QualitySystem system = ExampleSystems.full();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JSON.system().write(system, bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(JSON.system().write(system));
    assertThat(JSON.system().read(new ByteArrayInputStream(bytes.toByteArray())))
        .isEqualTo(system);
    Path file = dir.resolve("system.json");
    JSON.system().write(system, file);
    assertThat(JSON.system().read(file)).isEqualTo(system);
    assertThat(JSON.system().read(Files.newBufferedReader(file))).isEqualTo(system);
    try (var list = Files.list(dir)) {
      assertThat(list.toList()).as("no temporary file is left").containsExactly(file);
    }
  }

  @Test
  void aFileWrittenKeepsTheUsualPermissions(@TempDir Path dir) throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(
        java.nio.file.attribute.PosixFileAttributeView.class));
    Path fresh = dir.resolve("fresh.json");
    JSON.system().write(ExampleSystems.full(), fresh);
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");
    Path shared = dir.resolve("shared.json");
    Files.writeString(shared, "{}");
    Files.setPosixFilePermissions(shared,
        java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
    JSON.system().write(ExampleSystems.full(), shared);
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(shared))).isEqualTo("rw-rw-r--");
  }

  @Test
  void theModuleFoundByServiceLoaderReadsAndWritesTheSameDocument() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    QualitySystem system = ExampleSystems.full();
    String json = mapper.writeValueAsString(system);
    assertThat(json).isEqualTo(JSON.system().write(system));
    assertThat(mapper.readValue(json, QualitySystem.class)).isEqualTo(system);
    assertThat(mapper.registeredModules()).anyMatch(m -> m instanceof QmsJsonModule);
  }

  @Test
  void aSystemTheCoreRefusesIsReportedWithThePathOfEachOffendingItem() {
    String json = JSON.system().write(ExampleSystems.full());
    // the finding now names an audit the system does not hold
    String broken = json.replace("\"audit\":\"IA-2026-03\"", "\"audit\":\"IA-2099-01\"");
    assertThat(broken).isNotEqualTo(json);
    assertThatThrownBy(() -> JSON.system().read(broken))
        .isInstanceOfSatisfying(QmsJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("/registers/findings/0");
          assertThat(e.getMessage()).contains("IA-2099-01").contains("finding F-1")
              .contains("[/registers/findings/0]");
        });
  }

  @Test
  void hostFactsRoundTripWhenTheirKeyIsRegistered() {
    HostFactKey<Ward> key = HostFactKey.of("ward", Ward.class);
    QualitySystem system = ExampleSystems.full().withHostFact(key, new Ward("Ward 4", 28));
    QmsJson json = QmsJson.builder().hostFact(key).build();
    String text = json.system().write(system);
    assertThat(text).contains("\"hostFacts\":{\"ward\":{\"name\":\"Ward 4\",\"beds\":28}}");
    assertThat(json.system().read(text)).isEqualTo(system);

    assertThatThrownBy(() -> JSON.system().write(system))
        .isInstanceOf(QmsJsonException.class)
        .hasMessageContaining("host fact 'ward' is not registered with this writer");
    assertThatThrownBy(() -> JSON.system().read(text))
        .isInstanceOfSatisfying(QmsJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("/hostFacts/ward");
          assertThat(e.getMessage()).contains("not registered with this reader");
        });
    String wrong = text.replace("\"beds\":28", "\"beds\":\"many\"");
    assertThatThrownBy(() -> json.system().read(wrong))
        .isInstanceOfSatisfying(QmsJsonException.class,
            e -> assertThat(e.getMessage()).contains("host fact 'ward' could not be read"));
  }

  @Test
  void registersLeftOutAreEmptyAndListsMayBeLeftOut() {
    String minimal = "{\"formatVersion\":1,\"organisation\":\"Clinic\",\"scope\":\"All\"}";
    QualitySystem s = JSON.system().read(minimal);
    assertThat(s.organisation()).isEqualTo("Clinic");
    assertThat(s.catalogs()).isEmpty();
    assertThat(s.evidence()).isEmpty();
  }

  @Test
  void aFindingReadBackIsTheSameFinding() {
    QualitySystem read = JSON.system().read(JSON.system().write(ExampleSystems.full()));
    assertThat(read.finding(FindingId.of("F-1")).orElseThrow().statement())
        .isEqualTo("Two obsolete SOPs at the nursing station <ward 4> & \"annex\".");
    assertThat(read.correctiveActionsFor(FindingId.of("F-1"))).hasSize(1);
    assertThat(List.of(read.organisation())).containsExactly("Example Clinic");
  }

  /** A host's own fact: a plain record Jackson reads and writes. */
  record Ward(String name, int beds) {}
}
