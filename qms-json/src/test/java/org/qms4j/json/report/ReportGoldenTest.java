package org.qms4j.json.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.json.QmsJson;
import org.qms4j.json.testing.Golden;
import org.qms4j.json.testing.Schemas;

/**
 * The conformity report of a small system, pretty-printed, is byte for byte the committed golden
 * file, so that a change of the format is deliberate (see {@link Golden} to accept one).
 */
class ReportGoldenTest {
  private static final String GOLDEN = "/org/qms4j/json/golden/conformity-report.json";
  private static final QmsJson PRETTY = QmsJson.builder().prettyPrint(true).build();

  private static String golden() throws IOException {
    try (InputStream in = ReportGoldenTest.class.getResourceAsStream(GOLDEN)) {
      assertThat(in).as(GOLDEN).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void write_exampleReport_isTheGoldenFile() throws IOException {
    Golden.assertMatches("conformity-report.json", PRETTY.report().write(ReportSamples.report()));
  }

  @Test
  void read_goldenFile_isTheExampleReportAndValid() throws IOException {
    ConformityReport read = QmsJson.standard().report().read(golden());

    assertThat(read).isEqualTo(ReportSamples.report());
    Schemas.assertValid("conformity-report.schema.json", golden());
  }
}
