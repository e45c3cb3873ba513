package org.qms4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.evidence.EvidenceStatus;
import tools.jackson.databind.json.JsonMapper;

class SmokeTest {
  @Test
  void evidenceThroughModule() {
    JsonMapper m = JsonMapper.builder().findAndAddModules().build();
    Evidence e = Evidence.builder().id(EvidenceId.of("ev-1"))
        .addRequirement(RequirementId.of("r-2")).addRequirement(RequirementId.of("r-1"))
        .kind(EvidenceKind.values()[0]).status(EvidenceStatus.values()[0])
        .collectedAt(Instant.parse("2026-01-01T00:00:00Z"))
        .effectiveFrom(Instant.parse("2026-01-01T00:00:00Z"))
        .owner("Q").reference("https://x/1").build();
    String json = m.writeValueAsString(e);
    System.out.println(json);
    assertThat(m.readValue(json, Evidence.class)).isEqualTo(e);
    assertThatThrownBy(() -> m.readValue(json.replace("\"owner\"", "\"ownr\""), Evidence.class))
        .isInstanceOf(QmsJsonException.class).hasMessageContaining("/ownr");
    assertThatThrownBy(() -> m.readValue(json.replace("\"ev-1\"", "12"), Evidence.class))
        .satisfies(x -> System.out.println(x))
        .isInstanceOf(QmsJsonException.class).hasMessageContaining("/id");
  }
}
