package org.qms4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.qms4j.conformity.ConformityEngine;
import org.qms4j.conformity.Verdict;

class ClinicJourneyTest {

  @Test
  void run_printsTheRegistersAndTheGapAnalysis() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ClinicJourney.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out)
        .contains("== Evidence register (7)")
        .contains("== Finding register (2)")
        .contains("F-2026-03  MINOR_NONCONFORMITY")
        .contains("== Exclusions (1)")
        .contains("EVIDENCE_EXPIRED: the only training record has expired: EV-03")
        .contains("changed: clinic-demo:1/7.5.3-a: PARTIALLY_CONFORMING -> CONFORMING");
  }

  @Test
  void clinic_isValidAndHasEveryKindOfVerdict() {
    var report =
        ConformityEngine.standard().evaluate(ClinicJourney.clinic(ClinicCatalog.catalog()), ClinicJourney.AS_OF);
    for (Verdict v : Verdict.values()) {
      assertThat(report.overall().counts().count(v)).as(v.name()).isPositive();
    }
  }
}
