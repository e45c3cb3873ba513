package org.qms4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qms4j.conformity.ConformityEngine;
import org.qms4j.report.ReportFixtures.Texts;
import org.qms4j.system.QualitySystem;

class ReportMarkdownTest {
  private final ConformityEngine engine = ConformityEngine.standard();

  private String markdown(Texts texts, String title) {
    QualitySystem system = ReportFixtures.demo(texts);
    return Report.builder(title)
        .conformity(system, engine.evaluate(system, ReportFixtures.AS_OF))
        .history(ConformityHistory.monthly(engine, system, Instant.parse("2026-07-10T00:00:00Z"), 6))
        .competence(system, ReportFixtures.matrix(system))
        .build()
        .markdown();
  }

  @Test
  void markdown_listsEveryClauseWithItsVerdictInWords() {
    List<String> lines = markdown(Texts.plain(), "Demo").lines().toList();
    assertThat(lines).containsSubsequence(
        "#### Demo rules `demo:1`",
        "| Clause | Title | Verdict | Requirements |",
        "| --- | --- | --- | ---: |",
        "| 1 | Scope | \u2713 Conforming | 1 |",
        "| 4 | Context | ? Not assessed | 2 |",
        "| 4.1 | Issues | ? Not assessed | 1 |",
        "| 7 | Support | \u2717 Nonconforming | 3 |",
        "| 7.5 | Documented information | \u2717 Nonconforming | 3 |",
        "| 7.5.3 | Control | \u2717 Nonconforming | 2 |",
        "| 8 | Operation | no requirements | 0 |",
        "| 10 | Improvement | \u2713 Conforming | 1 |");
  }

  @Test
  void markdown_givesTheScoresRequirementsFindingsHistoryAndCompetence() {
    String md = markdown(Texts.plain(), "Demo");
    List<String> lines = md.lines().toList();
    assertThat(lines.get(0)).isEqualTo("# Demo");
    assertThat(lines).contains(
        "**Overall:** \u2717 Nonconforming, score 66.7% (4 conforming, 1 nonconforming, 1 not assessed, 1 not applicable).",
        "| Demo rules `demo:1` | \u2717 Nonconforming | 66.7% | 4 | 0 | 1 | 1 | 1 |",
        "| Mar 2026 | 66.7% | \u2717 Nonconforming | 1 | 1 |",
        "| Ana Lima `ana` | Ward nurse | \u21BB retraining owed | \u2013 | \u2713 met |",
        "| Ben Okafor `ben` | Ward nurse | \u2717 missing | \u2013 | \u2717 expired |");
    assertThat(lines).anySatisfy(l -> assertThat(l)
        .startsWith("| 7.5.3 | `demo/7.5.3-b` Keep versions. | \u2717 Nonconforming | `NONCONFORMITY_WITHOUT_ACTION` ")
        .endsWith("<br>`OPEN_MAJOR_NONCONFORMITY` open major nonconformity f-major raised |"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(
        "| `f-major` | Major nonconformity | demo/7.5.3-b | Two obsolete SOPs at the nursing station. | 2026-03-02 | open |"));
    assertThat(md).doesNotContain("f-later");
  }

  @Test
  void markdown_hostileHostTextIsEscaped() {
    String hostile = "<script>alert(1)</script> | `x` *y* # [z](javascript:alert(1))";
    String md = markdown(Texts.everywhere(hostile), hostile);
    String escaped = "&lt;script&gt;alert(1)&lt;/script&gt; \\| \\`x\\` \\*y\\* \\# \\[z\\](javascript:alert(1))";
    assertThat(md).doesNotContain("<script");
    assertThat(md.lines().toList().get(0)).isEqualTo("# " + escaped);
    assertThat(md).contains("#### " + escaped + " `demo:1`", "| 4 | " + escaped + " | ? Not assessed | 2 |");
    assertThat(md.lines().filter(l -> l.startsWith("| `f-major`"))).singleElement()
        .satisfies(l -> assertThat(ReportProperties.cells(l)).isEqualTo(7));
  }

  @Test
  void markdown_aMultiLineStatementStaysInItsRow() {
    Texts t = Texts.plain();
    Texts multi = new Texts(t.organisation(), t.catalogTitle(), t.clauseTitle(), t.summary(),
        "First line\n\n# Not a heading\n- not a list\n| not | a | row |", t.personName(), t.roleName(), t.skillName(),
        t.justification());
    String md = markdown(multi, "Demo");
    assertThat(md).contains(
        "| First line  \\# Not a heading - not a list \\| not \\| a \\| row \\| | 2026-03-02 | open |");
  }
}
