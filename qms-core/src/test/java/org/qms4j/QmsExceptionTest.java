package org.qms4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QmsExceptionTest {

  @Test
  void new_messageAndCause_keepsBoth() {
    IllegalStateException cause = new IllegalStateException("underlying");

    QmsException e = new QmsException("what went wrong", cause);

    assertThat(e).hasMessage("what went wrong").hasCause(cause).isInstanceOf(RuntimeException.class);
  }

  @Test
  void invalidModelException_isAnUncheckedQmsException() {
    InvalidModelException e = new InvalidModelException("field x was 1; expected 2");

    assertThat(e).isInstanceOf(QmsException.class).isInstanceOf(RuntimeException.class).hasMessage("field x was 1; expected 2");
  }
}
