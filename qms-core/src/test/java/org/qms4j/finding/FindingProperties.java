package org.qms4j.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qms4j.testing.QmsArbitraries;

class FindingProperties {

  @Provide
  Arbitrary<Finding> findings() {
    return QmsArbitraries.catalogs().flatMap(QmsArbitraries::findings);
  }

  @Provide
  Arbitrary<Instant> instants() {
    return QmsArbitraries.instants();
  }

  @Property(tries = 200)
  void builderFrom_thenBuild_isEqual(@ForAll("findings") Finding finding) {
    Finding copy = Finding.builder().from(finding).build();

    assertThat(copy).isEqualTo(finding).hasSameHashCodeAs(finding);
  }

  @Property(tries = 200)
  void isOpenAt_exactlyBetweenRaisedAndClosed(@ForAll("findings") Finding finding, @ForAll("instants") Instant at) {
    boolean raised = !at.isBefore(finding.raisedAt());
    boolean closed = finding.closedAt().map(c -> !at.isBefore(c)).orElse(false);

    assertThat(finding.isOpenAt(at)).isEqualTo(raised && !closed);
  }
}
