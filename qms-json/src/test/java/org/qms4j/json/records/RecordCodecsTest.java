package org.qms4j.json.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.qms4j.capa.DeadlinePolicy;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.RequirementId;
import org.qms4j.finding.FindingGrade;
import org.qms4j.json.QmsJsonException;
import org.qms4j.json.internal.Codec;
import org.qms4j.json.internal.RecordCodecs;
import org.qms4j.json.testing.CodecIo;
import org.qms4j.objective.Indicator;
import org.qms4j.objective.Measurement;
import org.qms4j.objective.Objective;
import org.qms4j.people.Person;
import org.qms4j.people.PersonId;
import org.qms4j.review.ManagementReview;
import org.qms4j.review.ReviewPolicy;
import org.qms4j.risk.Risk;
import org.qms4j.testing.ManagementFixtures;
import org.qms4j.training.Competence;
import org.qms4j.training.TrainingRecord;
import tools.jackson.databind.json.JsonMapper;

/** Examples of what the record codecs read, and of what they refuse and where they say it is. */
class RecordCodecsTest {

  private static final String FINDING = """
      {"id": "F-1", "requirements": ["iso-9001:2015/7.5.3.2"], "grade": "minor-nonconformity",
       "statement": "Two obsolete SOPs at the nursing station.",
       "objectiveEvidence": "SOP-12 rev 3 in the ward 4 binder.",
       "raisedAt": "2026-03-02T10:00:00Z"}""";

  private static final String TRAINING = """
      {"id": "TR-1", "person": "ana", "competence": {"type": "skill", "name": "Basic life support"},
       "completedAt": "2026-03-02T10:00:00Z"}""";

  private static final String INDICATOR = """
      {"id": "falls", "name": "Inpatient falls", "unit": "per 1,000 bed-days", "target": 3.0,
       "direction": "lower-is-better", "measurementInterval": "PT720H",
       "firstMeasurementDue": "2026-02-01T00:00:00Z",
       "measurements": [{"at": "2026-02-01T00:00:00Z", "value": 3.4},
                        {"at": "2026-03-01T00:00:00Z", "value": 2.9}]}""";

  private static final String OBJECTIVE =
      "{\"id\": \"OBJ-1\", \"statement\": \"Reduce avoidable harm\","
          + " \"requirements\": [\"iso-9001:2015/6.2.1\"], \"indicators\": [" + INDICATOR + "]}";

  private static final String RISK = """
      {"id": "R-12", "kind": "risk", "title": "Sepsis screening missed at triage",
       "description": "Night shifts skip the screening tool.", "scale": {"likelihoodLevels": 5,
       "severityLevels": 5}, "likelihood": 3, "severity": 5, "owner": "ana",
       "lastReviewedAt": "2026-01-15T09:00:00Z", "reviewInterval": "P6M"}""";

  private static <T> QmsJsonException refused(Codec<T> codec, String json) {
    QmsJsonException e =
        catchThrowableOfType(QmsJsonException.class, () -> CodecIo.read(codec, json));
    assertThat(e).as("refusal of %s", json).isNotNull();
    return e;
  }

  @Nested
  class Reads {
    @Test
    void read_objectiveWithDefaultTrendWindowAndMeasurements() {
      Objective o = CodecIo.read(RecordCodecs.OBJECTIVE, OBJECTIVE);

      Indicator falls = o.indicators().get(0);
      assertThat(falls.trendWindow()).isEqualTo(Indicator.DEFAULT_TREND_WINDOW);
      assertThat(falls.isMetAt(Instant.parse("2026-03-15T00:00:00Z"))).contains(true);
      assertThat(falls.measurementInterval()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void read_measurementsOutOfOrderAreSortedByInstant() {
      String swapped = OBJECTIVE.replace("\"2026-02-01T00:00:00Z\", \"value\": 3.4",
          "\"2026-04-01T00:00:00Z\", \"value\": 3.4");

      Indicator i = CodecIo.read(RecordCodecs.OBJECTIVE, swapped).indicators().get(0);

      assertThat(i.measurements()).extracting(m -> m.at().toString())
          .containsExactly("2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z");
    }

    @Test
    void read_trainingFoundNotEffectiveKeepsItsOutcome() {
      TrainingRecord r = CodecIo.read(RecordCodecs.TRAINING_RECORD, TRAINING.replace(
          "\"completedAt\": \"2026-03-02T10:00:00Z\"",
          "\"completedAt\": \"2026-03-02T10:00:00Z\", \"effectivenessEvaluatedAt\": "
              + "\"2026-04-01T10:00:00Z\", \"evaluatedBy\": \"cleo\", \"effective\": false"));

      assertThat(r.evaluatedBy()).contains(PersonId.of("cleo"));
      assertThat(r.effective()).isEqualTo(Optional.of(false));
    }

    @Test
    void read_competenceOfEachType() {
      assertThat(CodecIo.read(RecordCodecs.COMPETENCE, "{\"type\": \"skill\", \"name\": \"BLS\"}"))
          .isEqualTo(Competence.skill("BLS"));
      assertThat(CodecIo.read(RecordCodecs.COMPETENCE, "{\"type\": \"document\", \"id\": \"SOP-01\"}"))
          .isEqualTo(Competence.document("SOP-01"));
    }

    @Test
    void write_competenceBeginsWithItsTypeName() {
      assertThat(CodecIo.write(RecordCodecs.COMPETENCE, Competence.document("SOP-01")))
          .isEqualTo("{\"type\":\"document\",\"id\":\"SOP-01\"}");
    }

    @Test
    void write_riskLeavesOutWhatIsComputed() {
      String json = CodecIo.write(RecordCodecs.RISK, CodecIo.read(RecordCodecs.RISK, RISK));

      assertThat(json).doesNotContain("rating", "nextReviewDue", "residualLikelihood");
    }

    @Test
    void write_policyDefaultsAreWritten() {
      assertThat(CodecIo.write(RecordCodecs.REVIEW_POLICY, ReviewPolicy.standard()))
          .isEqualTo("{\"interval\":\"P12M\"}");
      assertThat(CodecIo.read(RecordCodecs.REVIEW_POLICY, "{}")).isEqualTo(ReviewPolicy.standard());
    }

    @Test
    void write_deadlinesAreKeyedByGradeName() {
      String json = CodecIo.write(RecordCodecs.DEADLINE_POLICY, DeadlinePolicy.standard());

      assertThat(json).startsWith(
          "{\"linkWithin\":{\"major-nonconformity\":\"PT720H\",\"minor-nonconformity\":\"PT720H\"}");
      assertThat(CodecIo.read(RecordCodecs.DEADLINE_POLICY, json)).isEqualTo(DeadlinePolicy.standard());
    }

    @Test
    void read_deadlinePolicyLeftOutIsEmptyNotStandard() {
      DeadlinePolicy p = CodecIo.read(RecordCodecs.DEADLINE_POLICY, "{}");

      assertThat(p.linkWithin()).isEmpty();
      assertThat(p).isNotEqualTo(DeadlinePolicy.standard());
    }
  }

  @Nested
  class Refuses {
    @Test
    void read_unknownFindingGrade() {
      QmsJsonException e = refused(RecordCodecs.FINDING,
          FINDING.replace("minor-nonconformity", "critical"));

      assertThat(e.path()).isEqualTo("/grade");
      assertThat(e.problem()).contains("unknown finding grade 'critical'", "major-nonconformity");
    }

    @Test
    void read_enumConstantNameWhereTheJsonNameBelongs() {
      QmsJsonException e = refused(RecordCodecs.FINDING,
          FINDING.replace("minor-nonconformity", FindingGrade.MINOR_NONCONFORMITY.name()));

      assertThat(e.path()).isEqualTo("/grade");
    }

    @Test
    void read_competenceOfUnknownType() {
      QmsJsonException e = refused(RecordCodecs.TRAINING_RECORD,
          TRAINING.replace("\"type\": \"skill\"", "\"type\": \"course\""));

      assertThat(e.path()).isEqualTo("/competence/type");
      assertThat(e.problem()).contains("unknown type 'course' of competence", "skill, document");
    }

    @Test
    void read_javaClassNameWhereATypeNameBelongs() {
      QmsJsonException e = refused(RecordCodecs.TRAINING_RECORD,
          TRAINING.replace("\"type\": \"skill\"", "\"type\": \"org.qms4j.training.Competence$Skill\""));

      assertThat(e.path()).isEqualTo("/competence/type");
      assertThat(e.problem()).contains("unknown type 'org.qms4j.training.Competence$Skill'");
    }

    @Test
    void read_classNameInARolesRequiredCompetences() {
      String role = "{\"id\": \"nurse\", \"name\": \"Ward nurse\", \"requires\": ["
          + "{\"type\": \"skill\", \"name\": \"BLS\"},"
          + "{\"@class\": \"org.qms4j.training.Competence$ControlledDocument\", \"id\": \"SOP-1\"}]}";

      QmsJsonException e = refused(RecordCodecs.ROLE, role);

      assertThat(e.path()).isEqualTo("/requires/1/@class");
      assertThat(e.problem()).contains("must begin with its \"type\" property");
    }

    @Test
    void read_competenceWithoutType() {
      QmsJsonException e = refused(RecordCodecs.TRAINING_RECORD,
          TRAINING.replace("\"type\": \"skill\", ", ""));

      assertThat(e.path()).isEqualTo("/competence/name");
      assertThat(e.problem()).contains("must begin with its \"type\" property, one of skill, document");
    }

    @Test
    void read_numberWhereAnIdBelongs() {
      QmsJsonException e = refused(RecordCodecs.TRAINING_RECORD,
          TRAINING.replace("\"person\": \"ana\"", "\"person\": 42"));

      assertThat(e.path()).isEqualTo("/person");
      assertThat(e.problem()).isEqualTo("expected a person id but found the number 42");
    }

    @Test
    void read_numberInASetOfIds() {
      String audit = """
          {"id": "IA-1", "kind": "internal", "title": "Wards", "scope": ["iso-9001:2015#7.5"],
           "leadAuditor": "cleo", "team": ["dana", 7], "plannedStart": "2026-03-02T08:00:00Z",
           "plannedEnd": "2026-03-03T17:00:00Z"}""";

      QmsJsonException e = refused(RecordCodecs.AUDIT, audit);

      assertThat(e.path()).isEqualTo("/team/1");
    }

    @Test
    void read_instantThatIsNotIso8601() {
      for (String bad : new String[] {"2026-03-02 10:00", "02/03/2026", "1772445600", "2026-03-02"}) {
        QmsJsonException e = refused(RecordCodecs.FINDING,
            FINDING.replace("2026-03-02T10:00:00Z", bad));

        assertThat(e.path()).as(bad).isEqualTo("/raisedAt");
        assertThat(e.problem()).as(bad).startsWith("expected an instant (ISO-8601 in UTC");
      }
    }

    @Test
    void read_instantAsANumber() {
      QmsJsonException e = refused(RecordCodecs.FINDING,
          FINDING.replace("\"2026-03-02T10:00:00Z\"", "1772445600"));

      assertThat(e.path()).isEqualTo("/raisedAt");
    }

    @Test
    void read_measurementValueOfTheWrongType() {
      for (String bad : new String[] {"\"2.9\"", "true", "null", "{\"amount\": 2.9}"}) {
        QmsJsonException e = refused(RecordCodecs.OBJECTIVE, OBJECTIVE.replace("2.9", bad));

        assertThat(e.path()).as(bad).isEqualTo("/indicators/0/measurements/1/value");
      }
    }

    @Test
    void read_measurementValueTooLargeForADouble() {
      QmsJsonException e = refused(RecordCodecs.OBJECTIVE, OBJECTIVE.replace("2.9", "1e400"));

      assertThat(e.path()).isEqualTo("/indicators/0/measurements/1/value");
      assertThat(e.problem()).contains("out of range");
    }

    @Test
    void read_objectiveWithTwoIndicatorsOfOneId() {
      String twice = OBJECTIVE.replace("[" + INDICATOR + "]", "[" + INDICATOR + ", " + INDICATOR + "]");

      QmsJsonException e = refused(RecordCodecs.OBJECTIVE, twice);

      assertThat(e.path()).isEmpty();
      assertThat(e.problem()).contains("objective OBJ-1", "indicators had two with id 'falls'");
      assertThat(e.getCause()).isNotNull();
    }

    @Test
    void read_aRequirementRepeatedInASet_isRefusedAtTheRepeat_inSmallSetsAndLargeOnes() {
      for (int size : new int[] {2, 8, 9, 20}) {
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < size - 1; i++) {
          ids.append("\"iso-9001:2015/6.2.").append(i).append("\", ");
        }
        ids.append("\"iso-9001:2015/6.2.").append((size - 2) / 2).append('"');
        QmsJsonException e = refused(RecordCodecs.OBJECTIVE,
            OBJECTIVE.replace("[\"iso-9001:2015/6.2.1\"]", "[" + ids + "]"));

        assertThat(e.path()).as("%d items", size).isEqualTo("/requirements/" + (size - 1));
        assertThat(e.problem()).contains("appears twice in a set");
      }
    }

    @Test
    void read_objectiveWithoutIndicators() {
      QmsJsonException e = refused(RecordCodecs.OBJECTIVE,
          OBJECTIVE.replace("[" + INDICATOR + "]", "[]"));

      assertThat(e.path()).isEmpty();
      assertThat(e.problem()).contains("indicators was empty");
    }

    @Test
    void read_indicatorTheCoreRefusesIsNamedByItsPlaceInTheObjective() {
      QmsJsonException e = refused(RecordCodecs.OBJECTIVE,
          OBJECTIVE.replace("\"target\": 3.0,", "\"target\": 3.0, \"trendWindow\": 1,"));

      assertThat(e.path()).isEqualTo("/indicators/0");
      assertThat(e.problem()).contains("trendWindow was 1");
    }

    @Test
    void read_twoMeasurementsAtOneInstant() {
      QmsJsonException e = refused(RecordCodecs.OBJECTIVE,
          OBJECTIVE.replace("2026-03-01T00:00:00Z\", \"value\"", "2026-02-01T00:00:00Z\", \"value\""));

      assertThat(e.path()).isEqualTo("/indicators/0");
      assertThat(e.problem()).contains("measurements had two at 2026-02-01T00:00:00Z");
    }

    @Test
    void read_missingRequiredProperty() {
      QmsJsonException e = refused(RecordCodecs.FINDING,
          FINDING.replace(",\n \"raisedAt\": \"2026-03-02T10:00:00Z\"", ""));

      assertThat(e.path()).isEmpty();
      assertThat(e.problem()).isEqualTo("a finding is missing raisedAt");
    }

    @Test
    void read_missingRequiredPropertyOfANestedValue() {
      QmsJsonException e = refused(RecordCodecs.RISK,
          RISK.replace(",\n \"severityLevels\": 5", ""));

      assertThat(e.path()).isEqualTo("/scale");
      assertThat(e.problem()).isEqualTo("a risk scale is missing severityLevels");
    }

    @Test
    void read_nullForARequiredProperty() {
      QmsJsonException e = refused(RecordCodecs.RISK, RISK.replace("\"owner\": \"ana\"", "\"owner\": null"));

      assertThat(e.path()).isEqualTo("/owner");
    }

    @Test
    void read_levelOffTheRiskScale() {
      QmsJsonException e =
          refused(RecordCodecs.RISK, RISK.replace("\"likelihood\": 3", "\"likelihood\": 6"));

      assertThat(e.path()).isEmpty();
      assertThat(e.problem()).contains("likelihood was 6; expected 1 to 5");
    }

    @Test
    void read_levelThatIsNotAnInteger() {
      QmsJsonException e =
          refused(RecordCodecs.RISK, RISK.replace("\"likelihood\": 3", "\"likelihood\": 3.5"));

      assertThat(e.path()).isEqualTo("/likelihood");
    }

    @Test
    void read_trainingRecordOnADocumentWithoutItsVersion() {
      QmsJsonException e = refused(RecordCodecs.TRAINING_RECORD, TRAINING.replace(
          "{\"type\": \"skill\", \"name\": \"Basic life support\"}",
          "{\"type\": \"document\", \"id\": \"SOP-01\"}"));

      assertThat(e.path()).isEmpty();
      assertThat(e.problem()).contains("documentVersion was empty");
    }

    @Test
    void read_documentCompetenceWithAnInvalidId() {
      QmsJsonException e = refused(RecordCodecs.COMPETENCE, "{\"type\": \"document\", \"id\": \"SOP 01\"}");

      assertThat(e.path()).isEmpty();
      assertThat(e.problem()).contains("competence: document id was 'SOP 01'");
    }

    @Test
    void read_deadlineForAnUnknownGrade() {
      QmsJsonException e = refused(RecordCodecs.DEADLINE_POLICY,
          "{\"linkWithin\": {\"critical\": \"PT24H\"}}");

      assertThat(e.path()).isEqualTo("/linkWithin/critical");
      assertThat(e.problem()).contains("invalid key 'critical'", "major-nonconformity");
    }

    @Test
    void read_deadlineForAGradeThatNeedsNone() {
      QmsJsonException e = refused(RecordCodecs.DEADLINE_POLICY,
          "{\"planWithin\": {\"observation\": \"PT24H\"}}");

      assertThat(e.path()).isEmpty();
      assertThat(e.problem()).contains("planWithin had a deadline for OBSERVATION");
    }

    @Test
    void read_exclusionOfBothARequirementAndAClause() {
      QmsJsonException e = refused(RecordCodecs.EXCLUSION, "{\"requirement\": \"r-1\","
          + " \"clause\": \"iso-13485:2016#7.3\", \"justification\": \"No design.\"}");

      assertThat(e.problem()).contains("expected exactly one of requirement and clause but both were set");
    }

    @Test
    void read_repeatedClauseInAnAuditScope() {
      String audit = """
          {"id": "IA-1", "kind": "internal", "title": "Wards",
           "scope": ["iso-9001:2015#7.5", "iso-9001:2015#7.5"], "leadAuditor": "cleo",
           "plannedStart": "2026-03-02T08:00:00Z", "plannedEnd": "2026-03-03T17:00:00Z"}""";

      QmsJsonException e = refused(RecordCodecs.AUDIT, audit);

      assertThat(e.path()).isEqualTo("/scope/1");
    }

    @Test
    void read_unknownPropertyOfARoleAssignment() {
      String role = "{\"id\": \"nurse\", \"name\": \"Ward nurse\", \"holders\": ["
          + "{\"person\": \"ana\", \"from\": \"2026-01-05T08:00:00Z\","
          + " \"to\": \"2026-02-05T08:00:00Z\"}]}";

      QmsJsonException e = refused(RecordCodecs.ROLE, role);

      assertThat(e.path()).isEqualTo("/holders/0/to");
      assertThat(e.problem()).contains("expected one of person, from, until");
    }
  }

  @Nested
  class ThroughTheModule {
    private final JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

    private <T> void sameAsCodec(Class<T> type, Codec<T> codec, T value) {
      String json = mapper.writeValueAsString(value);

      assertThat(json).isEqualTo(CodecIo.write(codec, value));
      assertThat(mapper.readValue(json, type)).isEqualTo(value);
    }

    @Test
    void module_readsAndWritesRecordsAsTheirCodecsDo() {
      Set<RequirementId> on = Set.of(RequirementId.of("iso-9001:2015/6.1.1"));
      Instant t = Instant.parse("2026-01-15T09:00:00Z");

      sameAsCodec(Person.class, RecordCodecs.PERSON, ManagementFixtures.person("ana"));
      sameAsCodec(Risk.class, RecordCodecs.RISK, ManagementFixtures.risk("R-1", on, t, 6));
      sameAsCodec(Objective.class, RecordCodecs.OBJECTIVE, ManagementFixtures.objective(
          "OBJ-1", on, t, 30, List.of(Measurement.of(t, 91.5))));
      sameAsCodec(ManagementReview.class, RecordCodecs.MANAGEMENT_REVIEW, ManagementFixtures.review(
          "MR-1", Set.of(CatalogId.of("iso-9001:2015")), t, List.of("audit-results")));
      sameAsCodec(DeadlinePolicy.class, RecordCodecs.DEADLINE_POLICY, DeadlinePolicy.standard());
    }

    @Test
    void module_writesACompetenceWithItsTypeWhateverItsClass() {
      String json = mapper.writeValueAsString(Competence.skill("BLS"));

      assertThat(json).isEqualTo("{\"type\":\"skill\",\"name\":\"BLS\"}");
      assertThat(mapper.readValue(json, Competence.class)).isEqualTo(Competence.skill("BLS"));
    }

    @Test
    void module_refusesAClassNameWithTheModulesException() {
      String json = TRAINING.replace("\"skill\"", "\"org.qms4j.training.Competence$Skill\"");

      QmsJsonException e = catchThrowableOfType(QmsJsonException.class,
          () -> mapper.readValue(json, TrainingRecord.class));

      assertThat(e).isNotNull();
      assertThat(e.path()).isEqualTo("/competence/type");
    }
  }
}
