package org.qms4j.internal;

import java.util.Comparator;
import java.util.List;

/** Copy-on-write edits of small immutable lists kept sorted: the lists are never changed. */
public final class SortedLists {
  private SortedLists() {}

  /**
   * Returns a list with the item inserted in order.
   *
   * @param list a list sorted by the comparator, not changed
   * @param item the item, not in the list
   * @param order the order
   * @param <T> the item type
   * @return a new unmodifiable list
   */
  public static <T> List<T> insert(List<T> list, T item, Comparator<? super T> order) {
    int n = list.size();
    int low = 0;
    int high = n;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (order.compare(list.get(mid), item) < 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    Object[] next = new Object[n + 1];
    for (int i = 0; i < low; i++) {
      next[i] = list.get(i);
    }
    next[low] = item;
    for (int i = low; i < n; i++) {
      next[i + 1] = list.get(i);
    }
    return ArrayView.copyOf(next, n + 1);
  }

  /**
   * Returns a list without the item (found by identity, else by equality).
   *
   * @param list a list, not changed
   * @param item the item to leave out
   * @param <T> the item type
   * @return a new unmodifiable list, or the same list if it does not hold the item
   */
  public static <T> List<T> remove(List<T> list, T item) {
    int at = -1;
    int n = list.size();
    for (int i = 0; i < n && at < 0; i++) {
      if (list.get(i) == item) {
        at = i;
      }
    }
    for (int i = 0; i < n && at < 0; i++) {
      if (list.get(i).equals(item)) {
        at = i;
      }
    }
    if (at < 0) {
      return list;
    }
    Object[] next = new Object[n - 1];
    for (int i = 0, k = 0; i < n; i++) {
      if (i != at) {
        next[k++] = list.get(i);
      }
    }
    return ArrayView.copyOf(next, n - 1);
  }

  /**
   * Returns a list with one item replaced by another that sorts at the same place.
   *
   * @param list a list, not changed
   * @param old the item to replace
   * @param item the replacement
   * @param order the order of the list
   * @param <T> the item type
   * @return a new unmodifiable list
   */
  public static <T> List<T> replace(List<T> list, T old, T item, Comparator<? super T> order) {
    int n = list.size();
    Object[] next = new Object[n];
    boolean found = false;
    for (int i = 0; i < n; i++) {
      T x = list.get(i);
      if (!found && (x == old || x.equals(old))) {
        next[i] = item;
        found = true;
      } else {
        next[i] = x;
      }
    }
    return found ? ArrayView.copyOf(next, n) : insert(list, item, order);
  }
}
