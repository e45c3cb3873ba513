package org.qms4j.testing;

import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.Clause;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.ImmutableCatalog;
import org.qms4j.catalog.NumberingStyle;
import org.qms4j.catalog.Requirement;
import org.qms4j.catalog.RequirementId;

/**
 * A small catalog shaped like 21 CFR part 820 (a US federal regulation, in the public domain), with
 * {@link NumberingStyle#FREE FREE} numbers. The summaries are short paraphrases, not the
 * regulation's text, and the tree is a sketch for tests, not a faithful copy:
 *
 * <pre>
 * A          Subpart A  General provisions
 *   820.3    § 820.3    Definitions              fda-qmsr:2026/820.3
 *   820.30   § 820.30   Design controls          fda-qmsr:2026/820.30
 *     820.30(a) § 820.30(a) General              fda-qmsr:2026/820.30(a)
 *     820.30(b) § 820.30(b) Planning             fda-qmsr:2026/820.30(b) (related to 820.30(a))
 * B          Subpart B  Records
 *   820.180  § 820.180  General requirements     fda-qmsr:2026/820.180
 * </pre>
 *
 * <p>{@code 820.3} is deliberately a sibling of {@code 820.30}: its number is a text prefix of
 * {@code 820.30(a)}, but it is not that clause's ancestor.
 */
public final class QmsrExamples {

  public static final CatalogId QMSR = CatalogId.of("fda-qmsr:2026");
  public static final RequirementId Q8203 = RequirementId.of("fda-qmsr:2026/820.3");
  public static final RequirementId Q82030 = RequirementId.of("fda-qmsr:2026/820.30");
  public static final RequirementId Q82030A = RequirementId.of("fda-qmsr:2026/820.30(a)");
  public static final RequirementId Q82030B = RequirementId.of("fda-qmsr:2026/820.30(b)");
  public static final RequirementId Q820180 = RequirementId.of("fda-qmsr:2026/820.180");

  public static final String SOURCE = "21 CFR part 820, eCFR, checked 2026-01-05";
  public static final String NOTE = "Test sketch: paraphrased summaries, a few sections only.";

  private QmsrExamples() {}

  private static Requirement requirement(RequirementId id, String summary) {
    String number = id.value().substring(id.value().indexOf('/') + 1);
    return Requirement.builder()
        .id(id)
        .label("§ " + number)
        .summary(summary)
        .addExpectedEvidence(EvidenceKind.PROCEDURE)
        .build();
  }

  /** The catalog itself, numbered FREE. */
  public static Catalog catalog() {
    return builder().build();
  }

  /** A builder holding the whole catalog, numbered FREE, for variations. */
  public static ImmutableCatalog.Builder builder() {
    return Catalog.builder()
        .id(QMSR)
        .title("Quality Management System Regulation (sketch)")
        .edition("2026")
        .publisher("FDA")
        .numbering(NumberingStyle.FREE)
        .source(SOURCE)
        .note(NOTE)
        .addClause(subpartA())
        .addClause(subpartB());
  }

  /** Subpart A with its sections and paragraphs. */
  public static Clause subpartA() {
    return Clause.builder()
        .number("A")
        .label("Subpart A")
        .title("General provisions")
        .addSubClause(
            Clause.builder()
                .number("820.3")
                .label("§ 820.3")
                .title("Definitions")
                .addRequirement(requirement(Q8203, "Terms are used as the part defines them."))
                .build())
        .addSubClause(
            Clause.builder()
                .number("820.30")
                .label("§ 820.30")
                .title("Design controls")
                .addRequirement(requirement(Q82030, "The design of devices is controlled."))
                .addSubClause(
                    Clause.builder()
                        .number("820.30(a)")
                        .label("§ 820.30(a)")
                        .title("General")
                        .addRequirement(
                            requirement(Q82030A, "Design control procedures are established and maintained."))
                        .build())
                .addSubClause(
                    Clause.builder()
                        .number("820.30(b)")
                        .label("§ 820.30(b)")
                        .title("Design and development planning")
                        .addRequirement(
                            Requirement.builder()
                                .from(requirement(Q82030B, "Design and development activities are planned."))
                                .addRelated(Q82030A)
                                .build())
                        .build())
                .build())
        .build();
  }

  /** Subpart B with its one section. */
  public static Clause subpartB() {
    return Clause.builder()
        .number("B")
        .label("Subpart B")
        .title("Records")
        .addSubClause(
            Clause.builder()
                .number("820.180")
                .label("§ 820.180")
                .title("General requirements")
                .addRequirement(requirement(Q820180, "Records are kept legible and retrievable."))
                .build())
        .build();
  }
}
