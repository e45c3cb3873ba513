package org.qms4j.internal;

import java.util.Objects;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A persistent hash map: a 32-way hash trie whose leaves are flat arrays of up to {@value
 * #LEAF} entries ordered by hash. {@link #put} and {@link #remove} copy only the path from the root
 * to one leaf, so that a changed map shares everything else with the one it came from. A leaf
 * splits into 32 children by the next five bits of the hash when it outgrows {@value #LEAF}
 * entries; once all 32 bits are used, a leaf holds every key of one full hash however many there
 * are. Keys of one hash are kept in {@link #tie} order, so that a look-up among many colliding
 * {@link Comparable} keys (ids chosen to share a hash code) takes a logarithmic number of
 * comparisons, not a linear one. Keys and values are never null. Immutable and thread-safe; no
 * operation recurses deeper than eight levels whatever the keys.
 *
 * @param <K> the key type; its {@code hashCode} and {@code equals} must be consistent
 * @param <V> the value type
 */
public final class HashTrie<K, V> {
  /** The most entries a leaf holds before it splits (unless all 32 bits of hash are used up). */
  static final int LEAF = 64;

  /** Up to how many keys of one hash are compared one by one rather than searched by halves. */
  private static final int SHORT_RUN = 8;

  private static final Leaf EMPTY_LEAF = new Leaf(new int[0], new Object[0]);
  private static final HashTrie<?, ?> EMPTY = new HashTrie<>(EMPTY_LEAF, 0);

  private final Node root;
  private final int size;

  private HashTrie(Node root, int size) {
    this.root = root;
    this.size = size;
  }

  /**
   * The empty map.
   *
   * @param <K> the key type
   * @param <V> the value type
   * @return the empty map
   */
  @SuppressWarnings("unchecked")
  public static <K, V> HashTrie<K, V> empty() {
    return (HashTrie<K, V>) EMPTY;
  }

  /**
   * A map of keys known to be distinct, built at once: about as fast as sorting their hash codes,
   * instead of a path copied for every key. The arrays are read, not kept.
   *
   * @param keys the keys, none null, and distinct by {@code equals}: the caller knows they are (for
   *     example since they are strictly ascending), and this is not checked
   * @param values the values, none null, {@code values[i]} bound to {@code keys[i]}
   * @param n how many of the arrays' first entries to take
   * @param <K> the key type
   * @param <V> the value type
   * @return the map
   */
  public static <K, V> HashTrie<K, V> ofDistinct(Object[] keys, Object[] values, int n) {
    if (n == 0) {
      return empty();
    }
    long[] order = new long[n];
    for (int i = 0; i < n; i++) {
      order[i] = ((long) keys[i].hashCode() << 32) | i;
    }
    java.util.Arrays.sort(order);
    int[] hashes = new int[n];
    Object[] kv = new Object[2 * n];
    for (int j = 0; j < n; j++) {
      int i = (int) order[j];
      hashes[j] = (int) (order[j] >> 32);
      kv[2 * j] = keys[i];
      kv[2 * j + 1] = Objects.requireNonNull(values[i], "value");
    }
    for (int start = 0, end; start < n; start = end) {
      end = start + 1;
      while (end < n && hashes[end] == hashes[start]) {
        end++;
      }
      if (end - start > 1) {
        sortRun(kv, start, end);
      }
    }
    Leaf all = new Leaf(hashes, kv);
    return new HashTrie<>(n > LEAF ? all.split(0) : all, n);
  }

  /**
   * The number of entries.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Looks a key up.
   *
   * @param key the key, not null
   * @return the value, or null if there is none
   */
  @SuppressWarnings("unchecked")
  public @Nullable V get(Object key) {
    int hash = key.hashCode();
    Node node = root;
    int shift = 0;
    while (node instanceof Branch) {
      Branch b = (Branch) node;
      int bit = bit(hash, shift);
      if ((b.bitmap & bit) == 0) {
        return null;
      }
      node = b.children[index(b.bitmap, bit)];
      shift += 5;
    }
    return (V) ((Leaf) node).find(hash, key);
  }

  /**
   * Returns a map with the key bound to the value; this map is unchanged.
   *
   * @param key the key, not null
   * @param value the value, not null
   * @return the new map, or this map if the key was already bound to this very value
   */
  public HashTrie<K, V> put(K key, V value) {
    Objects.requireNonNull(value, "value");
    int before = size;
    Node next = root.put(0, key.hashCode(), key, value);
    if (next == root) {
      return this;
    }
    return new HashTrie<>(next, before + (root.count() == next.count() ? 0 : 1));
  }

  /**
   * Returns a map without the key; this map is unchanged.
   *
   * @param key the key, not null
   * @return the new map, or this map if it held no such key
   */
  public HashTrie<K, V> remove(Object key) {
    Node next = root.remove(0, key.hashCode(), key);
    if (next == root) {
      return this;
    }
    return next == null ? empty() : new HashTrie<>(next, size - 1);
  }

  /**
   * Calls the action with every entry, in an order fixed by the keys' hash codes.
   *
   * @param action the action, not null
   */
  @SuppressWarnings("unchecked")
  public void forEach(BiConsumer<? super K, ? super V> action) {
    root.forEach((BiConsumer<Object, Object>) action);
  }

  /**
   * The order of keys of one hash: by {@code compareTo} for two keys of one {@link Comparable}
   * class, else by class name; 0 for keys this order does not tell apart (two of one class that is
   * not comparable, which are then searched one by one).
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static int tie(Object a, Object b) {
    Class<?> ca = a.getClass();
    Class<?> cb = b.getClass();
    if (ca == cb) {
      return a instanceof Comparable ? ((Comparable) a).compareTo(b) : 0;
    }
    return ca.getName().compareTo(cb.getName());
  }

  /** Sorts the entries {@code from} to {@code to} (exclusive) of a key-value array by {@link #tie}. */
  private static void sortRun(Object[] kv, int from, int to) {
    Object[][] pairs = new Object[to - from][];
    for (int i = from; i < to; i++) {
      pairs[i - from] = new Object[] {kv[2 * i], kv[2 * i + 1]};
    }
    java.util.Arrays.sort(pairs, (x, y) -> tie(x[0], y[0]));
    for (int i = from; i < to; i++) {
      kv[2 * i] = pairs[i - from][0];
      kv[2 * i + 1] = pairs[i - from][1];
    }
  }

  private static int bit(int hash, int shift) {
    return 1 << ((hash >>> shift) & 31);
  }

  private static int index(int bitmap, int bit) {
    return Integer.bitCount(bitmap & (bit - 1));
  }

  /** A node: a branch of up to 32 children, or a leaf of entries. */
  private abstract static class Node {
    /** This node with the key bound to the value: this node if it already was. */
    abstract Node put(int shift, int hash, Object key, Object value);

    /** This node without the key: this node if absent, null if nothing would be left. */
    abstract @Nullable Node remove(int shift, int hash, Object key);

    abstract void forEach(BiConsumer<Object, Object> action);

    /** How many entries the node holds, for telling a replacement from an addition. */
    abstract int count();
  }

  /** Up to 32 children selected by five bits of the hash; never empty. */
  private static final class Branch extends Node {
    final int bitmap;
    final Node[] children;
    final int count;

    Branch(int bitmap, Node[] children, int count) {
      this.bitmap = bitmap;
      this.children = children;
      this.count = count;
    }

    @Override
    int count() {
      return count;
    }

    @Override
    Node put(int shift, int hash, Object key, Object value) {
      int bit = bit(hash, shift);
      int at = index(bitmap, bit);
      if ((bitmap & bit) == 0) {
        Node[] copy = new Node[children.length + 1];
        System.arraycopy(children, 0, copy, 0, at);
        copy[at] = EMPTY_LEAF.put(shift + 5, hash, key, value);
        System.arraycopy(children, at, copy, at + 1, children.length - at);
        return new Branch(bitmap | bit, copy, count + 1);
      }
      Node child = children[at];
      Node next = child.put(shift + 5, hash, key, value);
      if (next == child) {
        return this;
      }
      Node[] copy = children.clone();
      copy[at] = next;
      return new Branch(bitmap, copy, count + next.count() - child.count());
    }

    @Override
    @Nullable Node remove(int shift, int hash, Object key) {
      int bit = bit(hash, shift);
      if ((bitmap & bit) == 0) {
        return this;
      }
      int at = index(bitmap, bit);
      Node child = children[at];
      Node next = child.remove(shift + 5, hash, key);
      if (next == child) {
        return this;
      }
      if (next == null) {
        if (children.length == 1) {
          return null;
        }
        Node[] copy = new Node[children.length - 1];
        System.arraycopy(children, 0, copy, 0, at);
        System.arraycopy(children, at + 1, copy, at, children.length - at - 1);
        return new Branch(bitmap & ~bit, copy, count - 1);
      }
      Node[] copy = children.clone();
      copy[at] = next;
      return new Branch(bitmap, copy, count - 1);
    }

    @Override
    void forEach(BiConsumer<Object, Object> action) {
      for (Node child : children) {
        child.forEach(action);
      }
    }
  }

  /** Entries ordered by hash: {@code hashes[i]} is the hash of key {@code kv[2i]}, value {@code kv[2i+1]}. */
  private static final class Leaf extends Node {
    final int[] hashes;
    final Object[] kv;

    Leaf(int[] hashes, Object[] kv) {
      this.hashes = hashes;
      this.kv = kv;
    }

    @Override
    int count() {
      return hashes.length;
    }

    /** The first slot whose hash is not below the given one. */
    private int lowerBound(int hash) {
      int low = 0;
      int high = hashes.length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (hashes[mid] < hash) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }

    /** The slot holding the key, or {@code -(insertion point) - 1} if there is none. */
    private int slotOf(int hash, Object key) {
      int low = lowerBound(hash);
      int end = low;
      while (end < hashes.length && hashes[end] == hash && end - low <= SHORT_RUN) {
        end++;
      }
      if (end - low <= SHORT_RUN) {
        // the usual case, a key or a few of this hash: compared one by one
        for (int i = low; i < end; i++) {
          if (kv[2 * i].equals(key)) {
            return i;
          }
        }
        int at = low;
        while (at < end && tie(kv[2 * at], key) < 0) {
          at++;
        }
        return -at - 1;
      }
      // a long run of one hash: searched by halves in tie order
      int high = upperBound(hash, end);
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (tie(kv[2 * mid], key) < 0) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      int i = low;
      for (; i < hashes.length && hashes[i] == hash && tie(kv[2 * i], key) == 0; i++) {
        if (kv[2 * i].equals(key)) {
          return i;
        }
      }
      return -i - 1;
    }

    /** The first slot from {@code from} on whose hash is above the given one. */
    private int upperBound(int hash, int from) {
      int low = from;
      int high = hashes.length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (hashes[mid] <= hash) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }

    @Nullable Object find(int hash, Object key) {
      int i = slotOf(hash, key);
      return i < 0 ? null : kv[2 * i + 1];
    }

    @Override
    Node put(int shift, int hash, Object key, Object value) {
      int i = slotOf(hash, key);
      if (i >= 0) {
        if (kv[2 * i + 1] == value) {
          return this;
        }
        Object[] copy = kv.clone();
        copy[2 * i + 1] = value;
        return new Leaf(hashes, copy);
      }
      int at = -i - 1;
      int n = hashes.length;
      int[] h = new int[n + 1];
      Object[] e = new Object[2 * n + 2];
      System.arraycopy(hashes, 0, h, 0, at);
      System.arraycopy(kv, 0, e, 0, 2 * at);
      h[at] = hash;
      e[2 * at] = key;
      e[2 * at + 1] = value;
      System.arraycopy(hashes, at, h, at + 1, n - at);
      System.arraycopy(kv, 2 * at, e, 2 * at + 2, 2 * (n - at));
      Leaf grown = new Leaf(h, e);
      return n + 1 > LEAF && shift < 32 ? grown.split(shift) : grown;
    }

    /** A branch of leaves holding this leaf's entries, sorted by the five bits at {@code shift}. */
    private Node split(int shift) {
      int bitmap = 0;
      for (int hash : hashes) {
        bitmap |= bit(hash, shift);
      }
      Node[] children = new Node[Integer.bitCount(bitmap)];
      int[] sizes = new int[children.length];
      for (int hash : hashes) {
        sizes[index(bitmap, bit(hash, shift))]++;
      }
      int[][] h = new int[children.length][];
      Object[][] e = new Object[children.length][];
      for (int c = 0; c < children.length; c++) {
        h[c] = new int[sizes[c]];
        e[c] = new Object[2 * sizes[c]];
      }
      int[] filled = new int[children.length];
      for (int i = 0; i < hashes.length; i++) {
        int c = index(bitmap, bit(hashes[i], shift));
        int k = filled[c]++;
        h[c][k] = hashes[i];
        e[c][2 * k] = kv[2 * i];
        e[c][2 * k + 1] = kv[2 * i + 1];
      }
      for (int c = 0; c < children.length; c++) {
        Leaf leaf = new Leaf(h[c], e[c]);
        // every key of one slot may share the next five bits too: split again, bounded by 32 bits
        children[c] = leaf.count() > LEAF && shift + 5 < 32 ? leaf.split(shift + 5) : leaf;
      }
      return new Branch(bitmap, children, hashes.length);
    }

    @Override
    @Nullable Node remove(int shift, int hash, Object key) {
      int i = slotOf(hash, key);
      if (i < 0) {
        return this;
      }
      int n = hashes.length;
      if (n == 1) {
        return null;
      }
      int[] h = new int[n - 1];
      Object[] e = new Object[2 * n - 2];
      System.arraycopy(hashes, 0, h, 0, i);
      System.arraycopy(kv, 0, e, 0, 2 * i);
      System.arraycopy(hashes, i + 1, h, i, n - i - 1);
      System.arraycopy(kv, 2 * i + 2, e, 2 * i, 2 * (n - i - 1));
      return new Leaf(h, e);
    }

    @Override
    void forEach(BiConsumer<Object, Object> action) {
      for (int i = 0; i < hashes.length; i++) {
        action.accept(kv[2 * i], kv[2 * i + 1]);
      }
    }
  }
}
