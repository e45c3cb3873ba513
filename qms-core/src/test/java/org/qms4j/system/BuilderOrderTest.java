package org.qms4j.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.testing.Examples;

/** The builder takes items in any order: in id order it needs no sorting, else it sorts. */
class BuilderOrderTest {
  private static Evidence evidence(String id, RequirementId requirement) {
    return Examples.evidence(id).requirements(List.of(requirement)).build();
  }

  private static QualitySystem.Builder builder() {
    return QualitySystem.builder()
        .organisation("Example Clinic")
        .scope("Outpatient care")
        .addCatalog(Examples.catalog());
  }

  private static List<SystemProblem> problems(String... ids) {
    QualitySystem.Builder b = builder();
    for (String id : ids) {
      b.addEvidence(evidence(id, id.startsWith("X") ? RequirementId.of("demo/99-z") : Examples.R4A));
    }
    return catchThrowableOfType(InvalidSystemException.class, b::build).problems();
  }

  @Test
  void aRepeatedId_isReported_whetherItComesInOrderOrNot() {
    for (String[] ids :
        List.of(new String[] {"E1", "E1"}, new String[] {"E1", "E2", "E1"}, new String[] {"E2", "E1", "E2"})) {
      assertThat(problems(ids))
          .as(String.join(", ", ids))
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.kind()).isEqualTo(SystemProblem.Kind.DUPLICATE_ID);
                assertThat(p.element()).endsWith(ids[ids.length - 1]);
              });
    }
  }

  @Test
  void unknownReferences_areReportedInIdOrder_whateverTheOrderOfAdding() {
    List<String> expected = List.of("evidence X1", "evidence X2", "evidence X3");
    assertThat(problems("X1", "X2", "X3")).extracting(SystemProblem::element).isEqualTo(expected);
    assertThat(problems("X3", "E1", "X1", "X2")).extracting(SystemProblem::element).isEqualTo(expected);
  }

  @Test
  void aBuilderKeepsTakingItems_afterBuilding_andAfterItemsOutOfOrder() {
    QualitySystem.Builder b = builder().addEvidence(evidence("E1", Examples.R4A));
    QualitySystem first = b.build();
    b.addEvidence(evidence("E3", Examples.R4A));
    QualitySystem second = b.build();
    b.addEvidence(evidence("E2", Examples.R4A));
    QualitySystem third = b.build();
    assertThat(first.evidence()).extracting(e -> e.id().value()).containsExactly("E1");
    assertThat(second.evidence()).extracting(e -> e.id().value()).containsExactly("E1", "E3");
    assertThat(third.evidence()).extracting(e -> e.id().value()).containsExactly("E1", "E2", "E3");
    assertThat(third.register(Registers.EVIDENCE).itemsFor(Examples.R4A))
        .extracting(e -> e.id().value())
        .containsExactly("E1", "E2", "E3");
    assertThat(third.evidence(EvidenceId.of("E2"))).isPresent();
  }

  @Test
  void idsChosenToShareOneHashCode_addedOutOfOrder_buildAndAreFound() {
    // "Aa" and "BB" have one String hash code, so every id made of 12 of them has the same one
    int n = 1 << 12;
    List<String> ids = new java.util.ArrayList<>();
    for (int bits = 0; bits < n; bits++) {
      StringBuilder id = new StringBuilder("E");
      for (int k = 0; k < 12; k++) {
        id.append((bits >> k & 1) == 0 ? "Aa" : "BB");
      }
      ids.add(id.toString());
    }
    assertThat(ids.stream().map(String::hashCode).distinct()).hasSize(1);
    java.util.Collections.shuffle(ids, new java.util.Random(7));
    QualitySystem.Builder b = builder();
    ids.forEach(id -> b.addEvidence(evidence(id, Examples.R4A)));
    b.addEvidence(evidence(ids.get(n / 2), Examples.R4A));

    assertThat(catchThrowableOfType(InvalidSystemException.class, b::build).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.kind()).isEqualTo(SystemProblem.Kind.DUPLICATE_ID));
    QualitySystem system = builder().addAllEvidence(
            ids.stream().map(id -> evidence(id, Examples.R4A)).toList())
        .build();
    assertThat(system.evidence()).hasSize(n).isSortedAccordingTo(java.util.Comparator.comparing(Evidence::id));
    for (String id : ids) {
      assertThat(system.evidence(EvidenceId.of(id))).isPresent();
    }
    assertThat(system.evidence(EvidenceId.of("E" + "Aa".repeat(11) + "BA"))).isEmpty();
  }
}
