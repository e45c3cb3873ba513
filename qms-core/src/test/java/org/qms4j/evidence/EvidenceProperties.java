package org.qms4j.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qms4j.testing.QmsArbitraries;

class EvidenceProperties {

  @Provide
  Arbitrary<Evidence> evidence() {
    return QmsArbitraries.catalogs().flatMap(QmsArbitraries::evidence);
  }

  @Provide
  Arbitrary<Instant> instants() {
    return QmsArbitraries.instants();
  }

  @Property(tries = 200)
  void builderFrom_thenBuild_isEqual(@ForAll("evidence") Evidence evidence) {
    Evidence copy = Evidence.builder().from(evidence).build();

    assertThat(copy).isEqualTo(evidence).hasSameHashCodeAs(evidence);
  }

  @Property(tries = 200)
  void isValidAt_neverBeforeCollectionOrEffectNorAtExpiry(
      @ForAll("evidence") Evidence evidence, @ForAll("instants") Instant at) {
    if (evidence.isValidAt(at)) {
      assertThat(evidence.status()).isEqualTo(EvidenceStatus.ACCEPTED);
      assertThat(at).isAfterOrEqualTo(evidence.collectedAt()).isAfterOrEqualTo(evidence.effectiveFrom());
      evidence.expiresAt().ifPresent(expiry -> assertThat(at).isBefore(expiry));
    }
    evidence.expiresAt().ifPresent(expiry -> assertThat(evidence.isValidAt(expiry)).isFalse());
  }
}
