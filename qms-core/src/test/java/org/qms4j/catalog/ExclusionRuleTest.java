package org.qms4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExclusionRuleTest {

  @Test
  void permitsExclusion_notPermitted_isFalse() {
    assertThat(ExclusionRule.NOT_PERMITTED.permitsExclusion()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(value = ExclusionRule.class, names = "NOT_PERMITTED", mode = EnumSource.Mode.EXCLUDE)
  void permitsExclusion_anyGround_isTrue(ExclusionRule rule) {
    assertThat(rule.permitsExclusion()).isTrue();
  }
}
