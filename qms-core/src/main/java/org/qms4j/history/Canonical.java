package org.qms4j.history;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** Writes the canonical form of an event: length-prefixed fields in a fixed order. */
final class Canonical {
  private byte[] buffer = new byte[256];
  private int size;

  void bytes(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buffer, size, bytes.length);
    size += bytes.length;
  }

  void integer(int value) {
    ensure(4);
    buffer[size++] = (byte) (value >>> 24);
    buffer[size++] = (byte) (value >>> 16);
    buffer[size++] = (byte) (value >>> 8);
    buffer[size++] = (byte) value;
  }

  void string(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    integer(bytes.length);
    bytes(bytes);
  }

  void optional(@Nullable String value) {
    ensure(1);
    if (value == null) {
      buffer[size++] = 0;
    } else {
      buffer[size++] = 1;
      string(value);
    }
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buffer, size);
  }

  private void ensure(int more) {
    if (size + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
    }
  }
}
