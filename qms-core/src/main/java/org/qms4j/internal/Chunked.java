package org.qms4j.internal;

import java.util.Objects;

/**
 * A fixed-size persistent array: a 32-way trie whose update copies only the path from the root to
 * one leaf (at most four arrays of 32 slots below a million elements), so that a report changed in
 * one place shares almost everything with its predecessor and an update costs the same whatever
 * the size.
 */
public final class Chunked<T> {
  private static final int BITS = 5;
  private static final int WIDTH = 1 << BITS;
  private static final int MASK = WIDTH - 1;

  private final Object[] root;
  private final int shift;
  private final int size;

  private Chunked(Object[] root, int shift, int size) {
    this.root = root;
    this.shift = shift;
    this.size = size;
  }

  public static <T> Chunked<T> of(T[] values) {
    int n = values.length;
    int shift = 0;
    while ((long) WIDTH << shift < n) {
      shift += BITS;
    }
    return new Chunked<>(build(values, 0, n, shift), shift, n);
  }

  private static Object[] build(Object[] values, int from, int to, int shift) {
    Object[] node = new Object[WIDTH];
    if (shift == 0) {
      System.arraycopy(values, from, node, 0, Math.max(0, Math.min(WIDTH, to - from)));
      return node;
    }
    int span = 1 << shift;
    for (int k = 0; k < WIDTH && from + k * span < to; k++) {
      node[k] = build(values, from + k * span, Math.min(to, from + (k + 1) * span), shift - BITS);
    }
    return node;
  }

  public int size() {
    return size;
  }

  @SuppressWarnings("unchecked")
  public T get(int i) {
    Objects.checkIndex(i, size);
    Object[] node = root;
    for (int level = shift; level > 0; level -= BITS) {
      node = (Object[]) node[(i >>> level) & MASK];
    }
    return (T) node[i & MASK];
  }

  /** Returns a copy with one element replaced; this array is unchanged. */
  public Chunked<T> with(int i, T value) {
    Objects.checkIndex(i, size);
    return new Chunked<>(set(root, shift, i, value), shift, size);
  }

  private static Object[] set(Object[] node, int level, int i, Object value) {
    Object[] copy = node.clone();
    if (level == 0) {
      copy[i & MASK] = value;
    } else {
      int k = (i >>> level) & MASK;
      copy[k] = set((Object[]) node[k], level - BITS, i, value);
    }
    return copy;
  }

  /**
   * Returns a copy with the elements at the given indices replaced, copying each node on their
   * paths once however many of the indices share it; this array is unchanged.
   *
   * @param indices the indices, each within the size
   * @param values the new values, one per index
   * @param n how many of the pairs to apply
   * @return the new array
   */
  public Chunked<T> withAll(int[] indices, Object[] values, int n) {
    if (n == 0) {
      return this;
    }
    if (n == 1) {
      @SuppressWarnings("unchecked")
      T value = (T) values[0];
      return with(indices[0], value);
    }
    // sort the pairs by index (stable, so the last of equal indices wins), then copy each node once
    Integer[] order = new Integer[n];
    for (int k = 0; k < n; k++) {
      Objects.checkIndex(indices[k], size);
      order[k] = k;
    }
    java.util.Arrays.sort(order, (x, y) -> Integer.compare(indices[x], indices[y]));
    int[] sorted = new int[n];
    Object[] sortedValues = new Object[n];
    for (int k = 0; k < n; k++) {
      sorted[k] = indices[order[k]];
      sortedValues[k] = values[order[k]];
    }
    return new Chunked<>(setAll(root, shift, sorted, sortedValues, 0, n), shift, size);
  }

  /** A copy of the node with the sorted pairs {@code [from, to)} set below it. */
  private static Object[] setAll(Object[] node, int level, int[] indices, Object[] values, int from, int to) {
    Object[] copy = node.clone();
    if (level == 0) {
      for (int k = from; k < to; k++) {
        copy[indices[k] & MASK] = values[k];
      }
      return copy;
    }
    int k = from;
    while (k < to) {
      int slot = (indices[k] >>> level) & MASK;
      int end = k + 1;
      while (end < to && ((indices[end] >>> level) & MASK) == slot) {
        end++;
      }
      copy[slot] = setAll((Object[]) node[slot], level - BITS, indices, values, k, end);
      k = end;
    }
    return copy;
  }

}
