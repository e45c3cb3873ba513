package org.qms4j.json.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qms4j.catalog.RequirementId;
import org.qms4j.document.DocumentId;
import org.qms4j.json.QmsJson;
import org.qms4j.json.testing.Schemas;
import org.qms4j.objective.Measurement;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.Registers;
import org.qms4j.testing.CapaFixtures;
import org.qms4j.testing.ConformityArbitraries;
import org.qms4j.testing.ManagementFixtures;

/**
 * Generated systems (the conformity scenarios: catalogs, exclusions, evidence, findings and
 * corrective actions at every stage; with people, documents, objectives, risks, reviews and
 * certificates added) round-trip: {@code read(write(x))} equals {@code x}, writing it again gives
 * the same bytes, and the document is valid against the schema.
 */
class SystemRoundTripProperties {
  private static final QmsJson JSON = QmsJson.standard();

  /** How much of each management register to add. */
  record Extra(int documents, int objectives, int risks, int reviews, int stages, int surveillances,
      boolean suspended) {}

  @Provide
  Arbitrary<QualitySystem> systems() {
    Arbitrary<Extra> extra = Combinators.combine(
            Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 2),
            Arbitraries.of(true, false))
        .as(Extra::new);
    return Combinators.combine(ConformityArbitraries.scenarios(), extra)
        .as((s, x) -> enrich(s.system(), s.requirements(), x));
  }

  static QualitySystem enrich(QualitySystem system, List<RequirementId> reqs, Extra x) {
    Instant t = ConformityArbitraries.AS_OF.minus(Duration.ofDays(400));
    QualitySystem.Builder b = system.toBuilder();
    for (String p : List.of(ManagementFixtures.AUTHOR.value(), ManagementFixtures.APPROVER.value(),
        CapaFixtures.QUALITY.value(), CapaFixtures.OWNER.value(), CapaFixtures.AUDITOR.value())) {
      if (system.register(Registers.PEOPLE).get(org.qms4j.people.PersonId.of(p)).isEmpty()) {
        b.add(Registers.PEOPLE, ManagementFixtures.person(p));
      }
    }
    for (int i = 0; i < x.documents(); i++) {
      b.add(Registers.DOCUMENTS, ManagementFixtures.document(DocumentId.of("SOP-" + i), 180 + i,
          t.plus(Duration.ofDays(i)),
          i % 2 == 0 ? Optional.of(Duration.ofDays(100)) : Optional.empty(),
          i >= 1 ? Optional.of(Duration.ofDays(150)) : Optional.empty(),
          i == 2 ? Optional.of(Duration.ofDays(300)) : Optional.empty()));
    }
    Set<RequirementId> some = reqs.isEmpty() ? Set.of() : Set.of(reqs.get(0));
    for (int i = 0; i < x.objectives() && !some.isEmpty(); i++) {
      b.add(Registers.OBJECTIVES, ManagementFixtures.objective("o" + i, some,
          t.plus(Duration.ofDays(30)), 30,
          List.of(Measurement.of(t.plus(Duration.ofDays(30)), 91.25 + i))));
    }
    for (int i = 0; i < x.risks() && !some.isEmpty(); i++) {
      b.add(Registers.RISKS, ManagementFixtures.risk("k" + i, some, t, 6 + i));
    }
    for (int i = 0; i < x.reviews(); i++) {
      b.add(Registers.REVIEWS, ManagementFixtures.review("mr" + i,
          Set.of(system.catalogs().get(0).id()), t.plus(Duration.ofDays(100L * (i + 1))),
          List.of()));
    }
    if (x.stages() > 0) {
      b.add(Registers.CERTIFICATES, ManagementFixtures.certificate("cert",
          system.catalogs().get(0).id(), x.stages(), t.plus(Duration.ofDays(120)),
          x.surveillances(), x.suspended()));
    }
    return b.build();
  }

  @Property(tries = 120)
  void systemsRoundTripLosslesslyAndByteStably(@ForAll("systems") QualitySystem system) {
    String json = JSON.system().write(system);
    QualitySystem read = JSON.system().read(json);
    assertThat(read).isEqualTo(system);
    assertThat(JSON.system().write(read)).isEqualTo(json);
  }

  @Property(tries = 40)
  void writtenSystemsAreValidAgainstTheSchema(@ForAll("systems") QualitySystem system) {
    Schemas.assertValid("quality-system.schema.json", JSON.system().write(system));
  }
}
