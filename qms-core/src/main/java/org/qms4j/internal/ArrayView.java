package org.qms4j.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/** An unmodifiable list over an array the caller hands over and never touches again. */
public final class ArrayView<T> extends AbstractList<T> implements RandomAccess {
  private final Object[] items;

  private ArrayView(Object[] items) {
    this.items = items;
  }

  /** Takes the first {@code n} items of a scratch array into an immutable list. */
  @SuppressWarnings("unchecked")
  public static <T> List<T> copyOf(Object[] scratch, int n) {
    switch (n) {
      case 0:
        return List.of();
      case 1:
        return List.of((T) scratch[0]);
      case 2:
        return List.of((T) scratch[0], (T) scratch[1]);
      default:
        Object[] exact = new Object[n];
        System.arraycopy(scratch, 0, exact, 0, n);
        return new ArrayView<>(exact);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public T get(int index) {
    return (T) items[index];
  }

  @Override
  public int size() {
    return items.length;
  }
}
