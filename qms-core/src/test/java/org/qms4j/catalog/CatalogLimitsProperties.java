package org.qms4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qms4j.testing.CatalogArbitraries;
import org.qms4j.testing.Examples;

class CatalogLimitsProperties {

  @Provide
  Arbitrary<String> hostile() {
    return CatalogArbitraries.hostileTexts();
  }

  /** Builds a small catalog with hostile texts in every place a user's text goes. */
  private static Catalog build(
      NumberingStyle numbering, String number, String title, String summary, String other, boolean twice) {
    Requirement requirement =
        Requirement.builder().id(RequirementId.of("x-1")).summary(summary).label(other).guidance(other).build();
    Clause sub = Clause.builder().number(other).title(title).addRequirement(requirement).build();
    Clause top = Clause.builder().number(number).title(title).label(other).addSubClause(sub).build();
    var catalog = Catalog.builder()
        .id(CatalogId.of("acme:1"))
        .title(title)
        .edition(other)
        .publisher("Acme")
        .numbering(numbering)
        .note(other)
        .addClause(top);
    if (twice) {
      // the same number again, so that the duplicate's message quotes it too
      catalog.addClause(Clause.builder().number(number).title(other).build());
    }
    return catalog.build();
  }

  private static void assertSafe(InvalidCatalogException e) {
    assertThat(e.problems()).isNotEmpty();
    for (CatalogProblem p : e.problems()) {
      assertPrintable(p.element());
      assertPrintable(p.message());
      assertThat(p.element().length()).as("element length").isLessThan(400);
      assertThat(p.message().length()).as("message length").isLessThan(800);
    }
    assertThat(e.getMessage().length()).isLessThan(20_000);
    assertThat(e.getMessage().split("\\R", -1)).hasSize(1 + Math.min(e.problems().size(), InvalidCatalogException.SHOWN)
        + (e.problems().size() > InvalidCatalogException.SHOWN ? 1 : 0));
  }

  private static void assertPrintable(String text) {
    assertThat(firstUnsafe(text)).as("index of a raw control character, line break or lone surrogate in %s", text).isEqualTo(-1);
  }

  /** The index of the first raw control character, line or paragraph separator or lone surrogate, or -1. */
  private static int firstUnsafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || Character.isLowSurrogate(c)) {
        return i;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return i;
        }
        i++;
      }
    }
    return -1;
  }

  @Group
  class HostileText {

    @Property(tries = 200)
    void anyTexts_eitherBuildOrAreReportedSafely(
        @ForAll("hostile") String number,
        @ForAll("hostile") String title,
        @ForAll("hostile") String summary,
        @ForAll("hostile") String other,
        @ForAll boolean twice) {
      for (NumberingStyle numbering : NumberingStyle.values()) {
        try {
          Catalog catalog = build(numbering, number, title, summary, other, twice);
          // accepted: the texts are kept as given
          assertThat(catalog.clauses().get(0).number()).isEqualTo(number);
          assertThat(catalog.requirements().get(0).requirement().summary()).isEqualTo(summary);
        } catch (InvalidCatalogException e) {
          assertSafe(e);
        }
      }
    }

    @Property(tries = 150)
    void anyClauseNumber_inATailoringOrExtension_isReportedSafely(@ForAll("hostile") String number) {
      Catalog base = Examples.catalog();
      for (Runnable attempt :
          new Runnable[] {
            () -> base.tailor().select(number).drop(number).build(),
            () -> base.extend().addClause(number, Clause.builder().number(number).title(number).build()).build(),
            () -> base.extend().addClause(Clause.builder().number(number).title("t").build()).build()
          }) {
        try {
          attempt.run();
        } catch (InvalidCatalogException e) {
          assertSafe(e);
        }
      }
    }
  }
}
