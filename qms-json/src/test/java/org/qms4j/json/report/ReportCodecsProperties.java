package org.qms4j.json.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qms4j.testing.ConformityArbitraries.AS_OF;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.conformity.Reason;
import org.qms4j.conformity.StatusChange;
import org.qms4j.json.internal.ReportCodecs;
import org.qms4j.json.testing.CodecIo;
import org.qms4j.json.testing.Schemas;
import org.qms4j.testing.ConformityArbitraries;
import org.qms4j.testing.ConformityArbitraries.Scenario;

/**
 * Reports evaluated from generated scenarios survive a round trip through JSON: equal, byte-stable,
 * valid against the schema, and as good as the original for {@code changesSince}.
 */
class ReportCodecsProperties {
  static final String SCHEMA = "conformity-report.schema.json";

  @Provide
  Arbitrary<Scenario> scenarios() {
    return ConformityArbitraries.scenarios();
  }

  @Property(tries = 200)
  void document_readWhatWasWritten_equalsTheReportAndWritesTheSameBytes(
      @ForAll("scenarios") Scenario s) {
    ConformityReport report = s.engine().evaluate(s.system(), AS_OF);
    String json = CodecIo.write(ReportCodecs.DOCUMENT, report);

    ConformityReport read = CodecIo.read(ReportCodecs.DOCUMENT, json);

    assertThat(read).isEqualTo(report);
    assertThat(read.catalogs()).containsExactlyEntriesOf(report.catalogs());
    assertThat(read.clauses()).containsExactlyEntriesOf(report.clauses());
    assertThat(CodecIo.write(ReportCodecs.DOCUMENT, read)).isEqualTo(json);
    Schemas.assertValid(SCHEMA, json);
    List<Reason> reasons = report.results().stream().flatMap(r -> r.reasons().stream()).toList();
    collect("evidence", reasons.stream().anyMatch(r -> !r.evidence().isEmpty()));
    collect("findings", reasons.stream().anyMatch(r -> !r.findings().isEmpty()));
    collect("corrective actions", reasons.stream().anyMatch(r -> !r.correctiveActions().isEmpty()));
    collect("mapped from", reasons.stream().anyMatch(r -> !r.mappedFrom().isEmpty()));
    collect("evidence kind", reasons.stream().anyMatch(r -> r.evidenceKind().isPresent()));
  }

  /** Counts the tries whose report holds a part, and requires some to. */
  private static void collect(String part, boolean present) {
    Statistics.label(part).collect(present);
    Statistics.label(part).coverage(c -> c.check(true).count(n -> n > 0));
  }

  @Property(tries = 100)
  void changesSince_aReportReadBack_isTheSameAsOfTheOriginal(
      @ForAll("scenarios") Scenario earlier,
      @ForAll("scenarios") Scenario later,
      @ForAll @IntRange(min = 0, max = 90) int days) {
    ConformityReport before = earlier.engine().evaluate(earlier.system(), AS_OF);
    ConformityReport readBack =
        CodecIo.read(ReportCodecs.DOCUMENT, CodecIo.write(ReportCodecs.DOCUMENT, before));
    ConformityReport other =
        later.engine().evaluate(later.system(), AS_OF.plus(Duration.ofDays(days)));
    ConformityReport sameSystem =
        earlier.engine().evaluate(earlier.system(), AS_OF.plus(Duration.ofDays(days)));

    assertThat(other.changesSince(readBack)).isEqualTo(other.changesSince(before));
    assertThat(sameSystem.changesSince(readBack)).isEqualTo(sameSystem.changesSince(before));
    assertThat(readBack.changesSince(sameSystem)).isEqualTo(before.changesSince(sameSystem));
  }

  @Property(tries = 100)
  void statusChange_readWhatWasWritten_equalsItAndIsValid(
      @ForAll("scenarios") Scenario earlier, @ForAll("scenarios") Scenario later) {
    List<StatusChange> changes =
        later.engine().evaluate(later.system(), AS_OF)
            .changesSince(earlier.engine().evaluate(earlier.system(), AS_OF));

    for (StatusChange c : changes) {
      String json = CodecIo.write(ReportCodecs.STATUS_CHANGE, c);
      assertThat(CodecIo.read(ReportCodecs.STATUS_CHANGE, json)).isEqualTo(c);
      Schemas.assertValid(SCHEMA + "#/$defs/statusChange", json);
      Statistics.label("change")
          .collect(c.before().isPresent() ? "before" : "-", c.after().isPresent() ? "after" : "-");
    }
    Statistics.label("change")
        .coverage(c -> {
          c.check("before", "after").count(n -> n > 0);
          c.check("-", "after").count(n -> n > 0);
          c.check("before", "-").count(n -> n > 0);
        });
  }
}
