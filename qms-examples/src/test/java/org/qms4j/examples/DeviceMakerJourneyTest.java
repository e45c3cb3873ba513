package org.qms4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qms4j.examples.DeviceMakerJourney.ISO_13485;
import static org.qms4j.examples.DeviceMakerJourney.ISO_9001;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.ExclusionRule;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.conformity.Reason;
import org.qms4j.conformity.ReasonCode;
import org.qms4j.conformity.RequirementResult;
import org.qms4j.conformity.Verdict;
import org.qms4j.json.QmsJson;
import org.qms4j.readiness.BlockerCode;
import org.qms4j.system.SystemProblem;

class DeviceMakerJourneyTest {
  @TempDir static Path directory;
  static DeviceMakerJourney.Outcome outcome;

  @BeforeAll
  static void run() throws IOException {
    outcome = DeviceMakerJourney.run(directory, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  private static RequirementResult result(Step step, String id) {
    return step.report().result(RequirementId.of(id)).orElseThrow();
  }

  @Test
  void designAndDevelopment_isExcludedWhereTheCatalogPermitsIt() {
    assertThat(outcome.designExclusion().clause()).contains(ClauseRef.of(ISO_13485, "7.3"));
    Step first = outcome.steps().get(0);
    var design = first.system().catalog(ISO_13485).orElseThrow().requirementsUnder("7.3");
    assertThat(design).hasSize(10);
    for (LocatedRequirement r : design) {
      assertThat(r.requirement().exclusionRule()).isEqualTo(ExclusionRule.PERMITTED_BY_REGULATION);
      RequirementResult x = first.report().result(r.id()).orElseThrow();
      assertThat(x.verdict()).as(r.id().value()).isEqualTo(Verdict.NOT_APPLICABLE);
      assertThat(x.hasReason(ReasonCode.EXCLUDED)).isTrue();
    }
    assertThat(result(first, "fda-qmsr:2026/820.10(c)").verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(first.system().exclusionFor(RequirementId.of("fda-qmsr:2026/820.10(c)")).orElseThrow().justification())
        .contains("820.10(c)(1)");
  }

  @Test
  void anExclusionTheCatalogDoesNotPermit_isRefused() {
    assertThat(outcome.refused().kind()).isEqualTo(SystemProblem.Kind.EXCLUSION_NOT_PERMITTED);
    assertThat(outcome.refused().message()).contains("iso-13485:2016/8.2.2");
  }

  @Test
  void iso9001_isJudgedThroughTheMapping() {
    Step mapped = outcome.mapped();
    assertThat(mapped.system().evidence())
        .as("no evidence of ISO 9001's own yet")
        .noneMatch(e -> e.requirements().stream().anyMatch(r -> r.value().startsWith("iso-9001")));
    RequirementResult covered = result(mapped, "iso-9001:2015/8.2.3.1");
    assertThat(covered.verdict()).isEqualTo(Verdict.CONFORMING);
    assertThat(covered.reasons()).flatExtracting(Reason::mappedFrom).containsOnly(RequirementId.of("iso-13485:2016/7.2.2"));
    RequirementResult intersecting = result(mapped, "iso-9001:2015/7.5.1");
    assertThat(intersecting.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
    assertThat(intersecting.hasReason(ReasonCode.PARTIAL_MAPPING_ONLY)).isTrue();
    assertThat(result(mapped, "iso-9001:2015/4.1").verdict()).isEqualTo(Verdict.NOT_ASSESSED);
    assertThat(mapped.catalog(ISO_9001).counts().count(Verdict.CONFORMING)).isEqualTo(7);
    assertThat(mapped.catalog(ISO_13485).verdict()).isEqualTo(Verdict.CONFORMING);
    assertThat(outcome.steps().get(2).catalog(ISO_9001).verdict()).isEqualTo(Verdict.CONFORMING);
  }

  @Test
  void aNonconformityAgainstIso13485_countsForTheIso9001RequirementItCovers() {
    RequirementResult r = result(outcome.finding(), "iso-9001:2015/7.1.5.2");
    assertThat(r.verdict()).isEqualTo(Verdict.NONCONFORMING);
    assertThat(r.reasons())
        .filteredOn(x -> x.code() == ReasonCode.OPEN_MAJOR_NONCONFORMITY)
        .singleElement()
        .satisfies(x -> assertThat(x.mappedFrom()).containsExactly(RequirementId.of("iso-13485:2016/7.6")));
    assertThat(outcome.finding().changes()).hasSize(2);
    assertThat(outcome.finding().readiness(ISO_13485).blocker(BlockerCode.OPEN_MAJOR_NONCONFORMITY).orElseThrow().findings())
        .containsExactly(DeviceMakerJourney.CALIBRATION);
    assertThat(outcome.finding().readiness(ISO_9001).blocker(BlockerCode.REQUIREMENT_NONCONFORMING).orElseThrow().requirements())
        .containsExactly(RequirementId.of("iso-9001:2015/7.1.5.2"));
  }

  @Test
  void files_readBackEqualAndTheReportsAreWritten() throws IOException {
    assertThat(QmsJson.standard().system().read(outcome.files().get(0))).isEqualTo(outcome.finding().system());
    assertThat(outcome.files()).extracting(f -> directory.relativize(f).toString().replace('\\', '/'))
        .containsExactly("device-maker/device-maker.json", "device-maker/1-mapped.html", "device-maker/2-internal-audit.html");
    assertThat(Files.readString(outcome.files().get(2))).contains("F-NB-2026-07", "OPEN_MAJOR_NONCONFORMITY");
  }
}
