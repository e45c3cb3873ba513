package org.qms4j.json.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.qms4j.json.internal.Codec;
import org.qms4j.json.internal.RecordCodecs;
import org.qms4j.json.testing.CodecIo;
import org.qms4j.json.testing.Schemas;

/**
 * Every record codec reads back what it writes ({@code read(write(x))} equals {@code x}), writes
 * what it read byte for byte as before, and writes JSON valid against its {@code $defs} entry of
 * {@code records.schema.json}; over generated values of every type, each type tried often.
 */
class RecordCodecProperties {

  /**
   * A value and what reads and describes it.
   *
   * @param def the name of the value's {@code $defs} entry
   * @param codec the value's codec
   * @param value the value
   */
  record Case<T>(String def, Codec<T> codec, T value) {
    void roundTrip() {
      String json = CodecIo.write(codec, value);
      T back = CodecIo.read(codec, json);
      assertThat(back).as(json).isEqualTo(value);
      assertThat(CodecIo.write(codec, back)).isEqualTo(json);
      assertThat(Schemas.problems("records.schema.json#/$defs/" + def, json)).as(json).isEmpty();
    }

    @Override
    public String toString() {
      return def + " " + value;
    }
  }

  private static final Map<String, Arbitrary<Case<?>>> CASES = cases(
      of("evidence", RecordCodecs.EVIDENCE, RecordArbitraries.evidence()),
      of("finding", RecordCodecs.FINDING, RecordArbitraries.findings()),
      of("audit", RecordCodecs.AUDIT, RecordArbitraries.audits()),
      of("person", RecordCodecs.PERSON, RecordArbitraries.people()),
      of("role", RecordCodecs.ROLE, RecordArbitraries.roles()),
      of("trainingRecord", RecordCodecs.TRAINING_RECORD, RecordArbitraries.trainingRecords()),
      of("objective", RecordCodecs.OBJECTIVE, RecordArbitraries.objectives()),
      of("risk", RecordCodecs.RISK, RecordArbitraries.risks()),
      of("managementReview", RecordCodecs.MANAGEMENT_REVIEW, RecordArbitraries.reviews()),
      of("exclusion", RecordCodecs.EXCLUSION, RecordArbitraries.exclusions()),
      of("auditProgramme", RecordCodecs.AUDIT_PROGRAMME, RecordArbitraries.auditProgrammes()),
      of("deadlinePolicy", RecordCodecs.DEADLINE_POLICY, RecordArbitraries.deadlinePolicies()),
      of("reviewPolicy", RecordCodecs.REVIEW_POLICY, RecordArbitraries.reviewPolicies()),
      of("competenceGap", RecordCodecs.COMPETENCE_GAP, RecordArbitraries.competenceGaps()),
      of("independenceViolation", RecordCodecs.INDEPENDENCE_VIOLATION,
          RecordArbitraries.independenceViolations()),
      of("auditCoverage", RecordCodecs.AUDIT_COVERAGE, RecordArbitraries.auditCoverages()),
      of("overdue", RecordCodecs.OVERDUE, RecordArbitraries.overdues()));

  @SafeVarargs
  private static Map<String, Arbitrary<Case<?>>> cases(Map.Entry<String, Arbitrary<Case<?>>>... all) {
    Map<String, Arbitrary<Case<?>>> byDef = new LinkedHashMap<>();
    for (Map.Entry<String, Arbitrary<Case<?>>> e : all) {
      byDef.put(e.getKey(), e.getValue());
    }
    return byDef;
  }

  private static <T> Map.Entry<String, Arbitrary<Case<?>>> of(
      String def, Codec<T> codec, Arbitrary<T> values) {
    return Map.entry(def, values.map(v -> new Case<>(def, codec, v)));
  }

  @Property(tries = 4000)
  void everyRecordReadsBackWhatItWrote(@ForAll("records") Case<?> c) {
    c.roundTrip();

    Statistics.collect(c.def());
    Statistics.coverage(coverage -> {
      for (String def : CASES.keySet()) {
        coverage.check(def).count(n -> n >= 80);
      }
    });
  }

  @Provide
  Arbitrary<Case<?>> records() {
    return Arbitraries.oneOf(List.copyOf(CASES.values()));
  }
}
