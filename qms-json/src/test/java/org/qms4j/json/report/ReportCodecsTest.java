package org.qms4j.json.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.qms4j.catalog.RequirementId;
import org.qms4j.conformity.ConformityReport;
import org.qms4j.conformity.Reason;
import org.qms4j.conformity.StatusChange;
import org.qms4j.conformity.Verdict;
import org.qms4j.json.QmsJson;
import org.qms4j.json.QmsJsonException;
import org.qms4j.json.internal.ReportCodecs;
import org.qms4j.json.testing.CodecIo;
import org.qms4j.testing.Examples;
import tools.jackson.databind.json.JsonMapper;

/** The conformity report document: what it holds, and the bad documents it refuses, by path. */
class ReportCodecsTest {
  private static final ConformityReport REPORT = ReportSamples.report();
  /** The example report, compact. */
  private static final String GOOD = CodecIo.write(ReportCodecs.DOCUMENT, REPORT);

  private static String replaced(String target, String replacement) {
    assertThat(GOOD).contains(target);
    return GOOD.replaceFirst(java.util.regex.Pattern.quote(target),
        java.util.regex.Matcher.quoteReplacement(replacement));
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> refused(String json, String path) {
    return assertThatThrownBy(() -> CodecIo.read(ReportCodecs.DOCUMENT, json))
        .isInstanceOf(QmsJsonException.class)
        .satisfies(e -> assertThat(((QmsJsonException) e).path()).isEqualTo(path));
  }

  @Nested
  class Writing {
    @Test
    void write_rollup_holdsVerdictAndEveryCountButNoScore() {
      String json = CodecIo.write(ReportCodecs.ROLLUP, REPORT.catalog(Examples.DEMO).orElseThrow());

      assertThat(json)
          .isEqualTo("{\"verdict\":\"nonconforming\",\"counts\":{\"not-applicable\":1,"
              + "\"conforming\":1,\"not-assessed\":2,\"partially-conforming\":1,"
              + "\"nonconforming\":2}}");
    }

    @Test
    void write_reasonOfAHostRule_holdsItsHostCodeAndLeavesOutTheEmptyKind() {
      Reason reason = REPORT.result(Examples.R10A).orElseThrow().reasons().get(0);

      assertThat(CodecIo.write(ReportCodecs.REASON, reason))
          .isEqualTo("{\"code\":\"host-rule\",\"hostCode\":\"HAND_HYGIENE_BELOW_TARGET\","
              + "\"message\":\"compliance 82% against a target of 90%\","
              + "\"evidence\":[\"hh-audit-2026-05\"],\"findings\":[],\"correctiveActions\":[],"
              + "\"mappedFrom\":[]}");
    }

    @Test
    void write_statusChange_leavesOutTheSideWhereTheRequirementWasAbsent() {
      StatusChange added =
          new StatusChange(RequirementId.of("r-1"), Optional.empty(), Optional.of(Verdict.CONFORMING));

      assertThat(CodecIo.write(ReportCodecs.STATUS_CHANGE, added))
          .isEqualTo("{\"requirement\":\"r-1\",\"after\":\"conforming\"}");
      assertThat(CodecIo.read(ReportCodecs.STATUS_CHANGE,
              "{\"requirement\":\"r-1\",\"before\":null,\"after\":\"conforming\"}"))
          .isEqualTo(added);
    }

    @Test
    void module_writesAndReadsReportsAndChangesAsTheFacadeDoes() {
      JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
      StatusChange change =
          new StatusChange(Examples.R1A, Optional.of(Verdict.NOT_ASSESSED), Optional.empty());

      String json = mapper.writeValueAsString(REPORT);

      assertThat(json).isEqualTo(QmsJson.standard().report().write(REPORT)).isEqualTo(GOOD);
      assertThat(mapper.readValue(json, ConformityReport.class)).isEqualTo(REPORT);
      assertThat(mapper.readValue(mapper.writeValueAsString(change), StatusChange.class))
          .isEqualTo(change);
    }

    @Test
    void read_documentWithoutResultsOrMaps_isTheReportOfAnEmptySystem() {
      ConformityReport read =
          CodecIo.read(ReportCodecs.DOCUMENT,
              "{\"formatVersion\":1,\"asOf\":\"2026-06-30T00:00:00Z\",\"overall\":{\"verdict\":"
                  + "\"not-applicable\",\"counts\":{\"not-applicable\":0,\"conforming\":0,"
                  + "\"not-assessed\":0,\"partially-conforming\":0,\"nonconforming\":0}}}");

      assertThat(read.results()).isEmpty();
      assertThat(read.catalogs()).isEmpty();
      assertThat(read.overall().verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    }
  }

  @Nested
  class BadInput {
    @Test
    void read_unknownVerdict_isRefusedAtTheVerdict() {
      refused(replaced("\"verdict\":\"conforming\"", "\"verdict\":\"splendid\""),
          "/results/0/verdict")
          .hasMessageContaining("unknown verdict 'splendid'")
          .hasMessageContaining("not-applicable, conforming, not-assessed");
    }

    @Test
    void read_unknownReasonCode_isRefusedAtTheCode() {
      refused(replaced("\"code\":\"evidence-valid\"", "\"code\":\"looks-fine\""),
          "/results/0/reasons/0/code")
          .hasMessageContaining("unknown reason code 'looks-fine'");
    }

    @Test
    void read_catalogRollupCountsDisagreeingWithTheResults_isTheCoresRefusalAtTheReport() {
      String json =
          replaced("\"other:2\":{\"verdict\":\"conforming\",\"counts\":{\"not-applicable\":0,"
                  + "\"conforming\":1",
              "\"other:2\":{\"verdict\":\"conforming\",\"counts\":{\"not-applicable\":0,"
                  + "\"conforming\":2");

      refused(json, "")
          .hasMessageContaining("a conformity report is invalid")
          .hasMessageContaining("roll-up of catalog 'other:2' counts {CONFORMING=2}")
          .hasMessageContaining("the tally of its results, {CONFORMING=1}")
          .hasCauseInstanceOf(org.qms4j.InvalidModelException.class);
    }

    @Test
    void read_overallCountsNotTheTally_isRefusedAtTheReport() {
      refused(replaced("\"not-assessed\":2,", "\"not-assessed\":3,"), "")
          .hasMessageContaining("overall roll-up counts");
    }

    @Test
    void read_reportNestedInAnotherDocument_namesItsPath() {
      String json = "{\"stored\":" + replaced("\"not-assessed\":2,", "\"not-assessed\":3,") + "}";
      JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
      record Holder(ConformityReport stored) {}

      // databind wraps what a nested deserializer throws; the module's exception is the cause
      Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> mapper.readValue(json, Holder.class));
      while (thrown != null && !(thrown instanceof QmsJsonException)) {
        thrown = thrown.getCause();
      }
      assertThat(thrown).isInstanceOf(QmsJsonException.class);
      assertThat(((QmsJsonException) thrown).path()).isEqualTo("/stored");
      assertThat(thrown).hasMessageContaining("overall roll-up counts");
    }

    @Test
    void read_negativeCount_isRefusedAtTheCount() {
      refused(replaced("\"not-applicable\":1,", "\"not-applicable\":-1,"),
          "/overall/counts/not-applicable")
          .hasMessageContaining("expected a count (an integer, 0 or more) but found the number -1");
    }

    @Test
    void read_countThatIsNoInteger_isRefusedAtTheCount() {
      refused(replaced("\"not-applicable\":1,", "\"not-applicable\":1.5,"),
          "/overall/counts/not-applicable");
      refused(replaced("\"not-applicable\":1,", "\"not-applicable\":\"1\","),
          "/overall/counts/not-applicable");
    }

    @Test
    void read_countsWithoutAVerdict_areRefusedNamingIt() {
      refused(replaced(",\"nonconforming\":2}}", "}}"), "/overall/counts")
          .hasMessageContaining("verdict counts is missing nonconforming");
    }

    @Test
    void read_clauseKeyThatIsNotCatalogHashNumber_isRefusedAtTheKey() {
      refused(replaced("\"other:2#1\":", "\"other-2-1\":"), "/clauses/other-2-1")
          .hasMessageContaining("invalid key 'other-2-1' in the roll-ups by clause")
          .hasMessageContaining("expected <catalog id>#<clause number>");
    }

    @Test
    void read_catalogKeyThatIsNoId_isRefusedAtTheKey() {
      refused(replaced("\"other:2\":{", "\" other\":{"), "/catalogs/ other")
          .hasMessageContaining("invalid key ' other' in the roll-ups by catalog: catalog id");
    }

    @Test
    void read_repeatedClauseKey_isRefused() {
      refused(replaced("\"demo:1#4.1\":", "\"demo:1#4\":"), "/clauses/demo:1#4")
          .hasMessageContaining("a property appears twice")
          .hasMessageContaining("demo:1#4");
    }

    @Test
    void read_resultWhoseClauseHasNoRollup_isRefusedNamingBoth() {
      String json = GOOD.replaceFirst(",\"other:2#1\":\\{[^}]*\\{[^}]*\\}\\}", "");
      assertThat(json).isNotEqualTo(GOOD);

      refused(json, "")
          .hasMessageContaining("clause 'other:2#1' of requirement 'other/1-a' has no roll-up");
    }

    @Test
    void read_requirementWithTwoResults_isRefusedNamingIt() {
      refused(replaced("\"requirement\":\"demo/4-a\"", "\"requirement\":\"demo/1-a\""), "")
          .hasMessageContaining("requirement 'demo/1-a' has more than one result");
    }

    @Test
    void read_hostCodeOnABuiltInCode_isRefusedAtTheReason() {
      refused(replaced("\"code\":\"evidence-valid\",", "\"code\":\"evidence-valid\",\"hostCode\":\"MINE\","),
          "/results/0/reasons/0")
          .hasMessageContaining("a reason with code evidence-valid has no hostCode, but found 'MINE'");
    }

    @Test
    void read_malformedHostCode_isTheCoresRefusalAtTheReason() {
      refused(replaced("\"HAND_HYGIENE_BELOW_TARGET\"", "\"hand hygiene\""), "/results/6/reasons/0")
          .hasMessageContaining("host code was 'hand hygiene'");
    }

    @Test
    void read_blankMessage_isTheCoresRefusalAtTheReason() {
      refused(replaced("\"message\":\"compliance 82% against a target of 90%\"", "\"message\":\" \""),
          "/results/6/reasons/0")
          .hasMessageContaining("message was blank");
    }

    @Test
    void read_scoreInARollup_isRefusedAsUnknown() {
      refused(replaced("\"overall\":{\"verdict\":\"nonconforming\",",
              "\"overall\":{\"score\":0.5,\"verdict\":\"nonconforming\","),
          "/overall/score")
          .hasMessageContaining("unknown property 'score' in a roll-up; expected one of verdict, counts");
    }

    @Test
    void read_instantOfTheWrongType_isRefusedAtIt() {
      refused(replaced("\"asOf\":\"2026-06-30T00:00:00Z\"", "\"asOf\":20260630"), "/asOf")
          .hasMessageContaining("expected an instant");
    }

    @Test
    void read_reportWithoutOverall_isRefusedNamingIt() {
      String json = GOOD.replaceFirst(",\"overall\":\\{[^}]*\\{[^}]*\\}\\}", "");
      assertThat(json).isNotEqualTo(GOOD);

      refused(json, "").hasMessageContaining("a conformity report is missing overall");
    }

    @Test
    void read_resultsThatAreNoList_areRefusedAtThem() {
      refused(GOOD.replaceFirst("\"results\":\\[", "\"results\":{\"x\":[") .replace("],\"overall\"", "]},\"overall\""),
          "/results");
    }

    @Test
    void read_statusChangeWithUnknownVerdict_isRefusedAtIt() {
      assertThatThrownBy(() -> CodecIo.read(ReportCodecs.STATUS_CHANGE,
              "{\"requirement\":\"r-1\",\"before\":\"CONFORMING\"}"))
          .isInstanceOf(QmsJsonException.class)
          .satisfies(e -> assertThat(((QmsJsonException) e).path()).isEqualTo("/before"))
          .hasMessageContaining("unknown verdict 'CONFORMING'");
    }

    @Test
    void read_reasonListsWithNull_areRefusedAtTheList() {
      refused(replaced("\"evidence\":[\"rec-1a\"]", "\"evidence\":[null]"),
          "/results/0/reasons/0/evidence/0");
    }
  }

  @Test
  void read_reportedChanges_stayTheSameAfterARoundTripOfBothReports() {
    ConformityReport later = ReportSamples.engine().evaluate(
        ReportSamples.system().withoutEvidence(org.qms4j.evidence.EvidenceId.of("rec-1a")),
        ReportSamples.AS_OF);
    ConformityReport before = CodecIo.read(ReportCodecs.DOCUMENT, GOOD);
    ConformityReport after =
        CodecIo.read(ReportCodecs.DOCUMENT, CodecIo.write(ReportCodecs.DOCUMENT, later));

    List<StatusChange> changes = after.changesSince(before);

    assertThat(changes).isEqualTo(later.changesSince(REPORT)).containsExactly(
        new StatusChange(Examples.R1A, Optional.of(Verdict.CONFORMING), Optional.of(Verdict.NOT_ASSESSED)),
        new StatusChange(ReportSamples.OTHER, Optional.of(Verdict.CONFORMING), Optional.of(Verdict.NOT_ASSESSED)));
  }
}
