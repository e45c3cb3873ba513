package org.qms4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qms4j.examples.HospitalInfectionControl.HAND_HYGIENE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qms4j.catalog.RequirementId;
import org.qms4j.conformity.Decision;
import org.qms4j.conformity.Reason;
import org.qms4j.conformity.ReasonCode;
import org.qms4j.conformity.RequirementResult;
import org.qms4j.conformity.Verdict;
import org.qms4j.standards.StandardCatalogs;

class HospitalInfectionControlTest {
  @TempDir static Path directory;
  static HospitalInfectionControl.Outcome outcome;

  @BeforeAll
  static void run() throws IOException {
    outcome = HospitalInfectionControl.run(directory, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  @Test
  void catalog_extendsIso7101WithTheHospitalsRequirements() {
    var catalog = outcome.catalog();
    assertThat(catalog.lineage()).containsExactly(StandardCatalogs.ISO_7101);
    assertThat(catalog.requirement(HospitalInfectionControl.CENTRAL_LINES).orElseThrow().clauseNumber()).isEqualTo("8.1");
    assertThat(catalog.requirement(HAND_HYGIENE).orElseThrow().clauseNumber()).isEqualTo("8.1");
    assertThat(catalog.requirement(HospitalInfectionControl.SHARPS).orElseThrow().clauseNumber()).isEqualTo("8.3");
    assertThat(catalog.requirements()).hasSize(StandardCatalogs.iso7101().requirements().size() + 3);
  }

  @Test
  void customRule_capsHandHygieneWithTheHostsReasonCode() {
    assertThat(outcome.steps().get(0).report().result(HAND_HYGIENE).orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING);
    RequirementResult below = outcome.belowTarget().report().result(HAND_HYGIENE).orElseThrow();
    assertThat(below.verdict()).isEqualTo(Verdict.PARTIALLY_CONFORMING);
    assertThat(below.reasons())
        .filteredOn(r -> r.code() == ReasonCode.HOST_RULE)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.key()).isEqualTo("HAND_HYGIENE_BELOW_TARGET");
              assertThat(r.hostCode()).contains("HAND_HYGIENE_BELOW_TARGET");
              assertThat(r.message()).isEqualTo("hand-hygiene compliance in 2026-05 below 90%: 4B 84%");
            });
    assertThat(outcome.belowTarget().changes()).singleElement().satisfies(c -> assertThat(c.requirement()).isEqualTo(HAND_HYGIENE));
    assertThat(outcome.steps().get(2).report().result(HAND_HYGIENE).orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING);
  }

  @Test
  void customRule_withoutAnAuditResult_capsWithItsOwnCode() {
    var system = outcome.belowTarget().system().withoutHostFact(HospitalInfectionControl.AUDIT);
    var facts = outcome.engine().factsFor(system, HAND_HYGIENE, outcome.belowTarget().asOf());

    Decision d = HospitalInfectionControl.HAND_HYGIENE_TARGET.apply(facts);

    assertThat(d.kind()).isEqualTo(Decision.Kind.CAP);
    assertThat(d.reasons()).extracting(Reason::key).containsExactly("HAND_HYGIENE_NOT_AUDITED");
  }

  @Test
  void customRule_touchesNoOtherRequirement() {
    RequirementId centralLines = HospitalInfectionControl.CENTRAL_LINES;
    assertThat(outcome.belowTarget().report().result(centralLines).orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING);
  }

  @Test
  void report_showsTheHostsReasonCode() throws IOException {
    assertThat(outcome.files().get(1)).hasFileName("hand-hygiene-below-target.html");
    assertThat(Files.readString(outcome.files().get(1))).contains("HAND_HYGIENE_BELOW_TARGET", "4B 84%", "<svg");
  }

  @Test
  void file_readsBackEqualWithTheHostFact() {
    var read = HospitalInfectionControl.json().system().read(outcome.files().get(0));
    var last = outcome.steps().get(2).system();
    assertThat(read).isEqualTo(last);
    assertThat(read.hostFact(HospitalInfectionControl.AUDIT)).isEqualTo(last.hostFact(HospitalInfectionControl.AUDIT));
  }
}
