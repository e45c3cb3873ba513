package org.qms4j.finding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FindingGradeTest {

  @ParameterizedTest
  @EnumSource(value = FindingGrade.class, names = {"MAJOR_NONCONFORMITY", "MINOR_NONCONFORMITY"})
  void isNonconformity_nonconformity_isTrue(FindingGrade grade) {
    assertThat(grade.isNonconformity()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(value = FindingGrade.class, names = {"OBSERVATION", "OPPORTUNITY_FOR_IMPROVEMENT"})
  void isNonconformity_observationOrImprovement_isFalse(FindingGrade grade) {
    assertThat(grade.isNonconformity()).isFalse();
  }
}
