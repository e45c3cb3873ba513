package org.qms4j.conformity;

import java.util.Arrays;

/**
 * A fixed-size persistent array: an update copies the top-level array and one chunk of 64
 * slots, so that a report changed in one place shares almost everything with its predecessor.
 */
final class Chunked<T> {
  private static final int SHIFT = 6;
  private static final int CHUNK = 1 << SHIFT;
  private static final int MASK = CHUNK - 1;

  private final Object[][] chunks;
  private final int size;

  private Chunked(Object[][] chunks, int size) {
    this.chunks = chunks;
    this.size = size;
  }

  static <T> Chunked<T> of(T[] values) {
    int n = values.length;
    Object[][] chunks = new Object[(n + MASK) >>> SHIFT][];
    for (int c = 0; c < chunks.length; c++) {
      chunks[c] = Arrays.copyOfRange(values, c << SHIFT, Math.min(n, (c + 1) << SHIFT), Object[].class);
    }
    return new Chunked<>(chunks, n);
  }

  int size() {
    return size;
  }

  @SuppressWarnings("unchecked")
  T get(int i) {
    return (T) chunks[i >>> SHIFT][i & MASK];
  }

  /** Starts a batch of updates that copies each touched chunk once. */
  Editor<T> edit() {
    return new Editor<>(this);
  }

  static final class Editor<T> {
    private final Object[][] chunks;
    private final boolean[] copied;
    private final int size;

    private Editor(Chunked<T> base) {
      this.chunks = base.chunks.clone();
      this.copied = new boolean[chunks.length];
      this.size = base.size;
    }

    @SuppressWarnings("unchecked")
    T get(int i) {
      return (T) chunks[i >>> SHIFT][i & MASK];
    }

    void set(int i, T value) {
      int c = i >>> SHIFT;
      if (!copied[c]) {
        chunks[c] = chunks[c].clone();
        copied[c] = true;
      }
      chunks[c][i & MASK] = value;
    }

    Chunked<T> done() {
      return new Chunked<>(chunks, size);
    }
  }
}
