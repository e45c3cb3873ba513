package org.qms4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.qms4j.testing.Examples;

class CatalogDiffTest {
  private final Catalog base = Examples.catalog();

  @Test
  void between_aCatalogAndItself_isEmpty() {
    CatalogDiff diff = CatalogDiff.between(base, base);

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.from()).isEqualTo(base.id());
  }

  @Test
  void between_twoEditions_listsAddedRemovedRetitledAndChanged() {
    RequirementId changedId = base.requirements().get(0).id();
    // the next edition: clause 10 dropped, a clause added, 7.5 retitled, a summary rewritten
    Catalog dropped = base.tailor().id(CatalogId.of("demo:2")).drop("10").build();
    Catalog next =
        dropped
            .extend()
            .addClause(Clause.builder().number("11").title("Climate").build())
            .replaceSummary(changedId, "A rewritten summary.")
            .build();
    Catalog retitled =
        Catalog.builder()
            .from(next)
            .clauses(
                next.clauses().stream()
                    .map(c -> c.number().equals("7") ? retitle(c, "7.5", "Documents and records") : c)
                    .toList())
            .build();

    CatalogDiff diff = CatalogDiff.between(base, retitled);

    assertThat(diff.to()).isEqualTo(CatalogId.of("demo:2"));
    assertThat(diff.addedClauses()).containsExactly("11");
    assertThat(diff.removedClauses()).containsExactly("10");
    assertThat(diff.retitledClauses())
        .containsExactly(new CatalogDiff.Retitled("7.5", base.clause("7.5").orElseThrow().title(), "Documents and records"));
    assertThat(diff.changedRequirements()).containsExactly(changedId);
    assertThat(diff.removedRequirements()).containsExactlyElementsOf(base.requirementsUnder("10").stream().map(LocatedRequirement::id).toList());
    assertThat(diff.addedRequirements()).isEmpty();
    assertThat(diff.isEmpty()).isFalse();
  }

  private static Clause retitle(Clause parent, String number, String title) {
    return Clause.builder()
        .from(parent)
        .subClauses(
            parent.subClauses().stream().map(s -> s.number().equals(number) ? Clause.builder().from(s).title(title).build() : s).toList())
        .build();
  }

  @Test
  void between_anExtension_listsWhatItAdds() {
    Catalog ours =
        base.extend()
            .addRequirement("4", Requirement.builder().id(RequirementId.of("ours/4-x")).summary("Ours.").build())
            .build();

    CatalogDiff diff = CatalogDiff.between(base, ours);

    assertThat(diff.addedRequirements()).containsExactly(RequirementId.of("ours/4-x"));
    assertThat(diff.addedClauses()).isEmpty();
  }

  @Test
  void between_null_isRefusedNamingTheArgument() {
    assertThatThrownBy(() -> CatalogDiff.between(null, base)).isInstanceOf(NullPointerException.class).hasMessage("from");
    assertThatThrownBy(() -> CatalogDiff.between(base, null)).isInstanceOf(NullPointerException.class).hasMessage("to");
  }
}
