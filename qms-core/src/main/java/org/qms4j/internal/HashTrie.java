package org.qms4j.internal;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A persistent hash map: a 32-way hash array mapped trie whose {@link #put} and {@link #remove}
 * copy only the path from the root to one entry (at most seven small arrays, usually three or four),
 * so that a changed map shares everything else with the one it came from. Keys and values are
 * never null. Immutable and thread-safe; depth is bounded by the 32 bits of a hash, so no
 * operation recurses deeper than eight levels whatever the keys.
 *
 * @param <K> the key type; its {@code hashCode} and {@code equals} must be consistent
 * @param <V> the value type
 */
public final class HashTrie<K, V> {
  private static final Node EMPTY_NODE = new Node(0, new Object[0]);
  private static final HashTrie<?, ?> EMPTY = new HashTrie<>(EMPTY_NODE, 0);

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
    while (true) {
      if (node instanceof Collision) {
        return (V) ((Collision) node).find(key);
      }
      int bit = bit(hash, shift);
      if ((node.bitmap & bit) == 0) {
        return null;
      }
      int at = 2 * index(node.bitmap, bit);
      Object k = node.array[at];
      Object v = node.array[at + 1];
      if (k == null) {
        node = (Node) v;
        shift += 5;
      } else {
        return k.equals(key) ? (V) v : null;
      }
    }
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
    boolean[] added = new boolean[1];
    Node next = root.put(0, key.hashCode(), key, value, added);
    return next == root ? this : new HashTrie<>(next, added[0] ? size + 1 : size);
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

  private static int bit(int hash, int shift) {
    return 1 << ((hash >>> shift) & 31);
  }

  private static int index(int bitmap, int bit) {
    return Integer.bitCount(bitmap & (bit - 1));
  }

  /**
   * A bitmap-indexed node: for every bit set, a pair in {@code array}: key and value, or null and a
   * child node.
   */
  private static class Node {
    final int bitmap;
    final Object[] array;

    Node(int bitmap, Object[] array) {
      this.bitmap = bitmap;
      this.array = array;
    }

    @Nullable Node put(int shift, int hash, Object key, Object value, boolean[] added) {
      int bit = bit(hash, shift);
      int at = 2 * index(bitmap, bit);
      if ((bitmap & bit) == 0) {
        Object[] copy = new Object[array.length + 2];
        System.arraycopy(array, 0, copy, 0, at);
        copy[at] = key;
        copy[at + 1] = value;
        System.arraycopy(array, at, copy, at + 2, array.length - at);
        added[0] = true;
        return new Node(bitmap | bit, copy);
      }
      Object k = array[at];
      Object v = array[at + 1];
      if (k == null) {
        Node child = (Node) v;
        Node next = child.put(shift + 5, hash, key, value, added);
        return next == child ? this : with(at + 1, next);
      }
      if (k.equals(key)) {
        return v == value ? this : with(at + 1, value);
      }
      added[0] = true;
      Node merged = merge(shift + 5, k.hashCode(), k, v, hash, key, value);
      Object[] copy = array.clone();
      copy[at] = null;
      copy[at + 1] = merged;
      return new Node(bitmap, copy);
    }

    /** This node without the key: this node if absent, null if nothing would be left. */
    @Nullable Node remove(int shift, int hash, Object key) {
      int bit = bit(hash, shift);
      if ((bitmap & bit) == 0) {
        return this;
      }
      int at = 2 * index(bitmap, bit);
      Object k = array[at];
      Object v = array[at + 1];
      if (k == null) {
        Node child = (Node) v;
        Node next = child.remove(shift + 5, hash, key);
        if (next == child) {
          return this;
        }
        if (next == null) {
          return without(at, bit);
        }
        if (next.isSinglePair()) {
          Object[] copy = array.clone();
          copy[at] = next.array[0];
          copy[at + 1] = next.array[1];
          return new Node(bitmap, copy);
        }
        return with(at + 1, next);
      }
      return k.equals(key) ? without(at, bit) : this;
    }

    boolean isSinglePair() {
      return array.length == 2 && array[0] != null;
    }

    private Node with(int at, Object value) {
      Object[] copy = array.clone();
      copy[at] = value;
      return new Node(bitmap, copy);
    }

    private @Nullable Node without(int at, int bit) {
      if (array.length == 2) {
        return null;
      }
      Object[] copy = new Object[array.length - 2];
      System.arraycopy(array, 0, copy, 0, at);
      System.arraycopy(array, at + 2, copy, at, array.length - at - 2);
      return new Node(bitmap & ~bit, copy);
    }

    void forEach(BiConsumer<Object, Object> action) {
      for (int i = 0; i < array.length; i += 2) {
        if (array[i] == null) {
          ((Node) array[i + 1]).forEach(action);
        } else {
          action.accept(array[i], array[i + 1]);
        }
      }
    }

    private static Node merge(int shift, int h1, Object k1, Object v1, int h2, Object k2, Object v2) {
      if (shift >= 32) {
        return new Collision(h1, new Object[] {k1, v1, k2, v2});
      }
      int b1 = bit(h1, shift);
      int b2 = bit(h2, shift);
      if (b1 == b2) {
        return new Node(b1, new Object[] {null, merge(shift + 5, h1, k1, v1, h2, k2, v2)});
      }
      return Integer.compareUnsigned(b1, b2) < 0
          ? new Node(b1 | b2, new Object[] {k1, v1, k2, v2})
          : new Node(b1 | b2, new Object[] {k2, v2, k1, v1});
    }
  }

  /** Entries whose keys share all 32 bits of their hash, in a plain array of pairs. */
  private static final class Collision extends Node {
    private final int hash;

    Collision(int hash, Object[] array) {
      super(0, array);
      this.hash = hash;
    }

    @Nullable Object find(Object key) {
      for (int i = 0; i < array.length; i += 2) {
        if (array[i].equals(key)) {
          return array[i + 1];
        }
      }
      return null;
    }

    @Override
    @Nullable Node put(int shift, int h, Object key, Object value, boolean[] added) {
      for (int i = 0; i < array.length; i += 2) {
        if (array[i].equals(key)) {
          if (array[i + 1] == value) {
            return this;
          }
          Object[] copy = array.clone();
          copy[i + 1] = value;
          return new Collision(hash, copy);
        }
      }
      added[0] = true;
      Object[] copy = Arrays.copyOf(array, array.length + 2);
      copy[array.length] = key;
      copy[array.length + 1] = value;
      return new Collision(hash, copy);
    }

    @Override
    @Nullable Node remove(int shift, int h, Object key) {
      for (int i = 0; i < array.length; i += 2) {
        if (array[i].equals(key)) {
          if (array.length == 2) {
            return null;
          }
          Object[] copy = new Object[array.length - 2];
          System.arraycopy(array, 0, copy, 0, i);
          System.arraycopy(array, i + 2, copy, i, array.length - i - 2);
          return new Collision(hash, copy);
        }
      }
      return this;
    }
  }
}
