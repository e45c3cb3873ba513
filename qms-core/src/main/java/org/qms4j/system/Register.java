package org.qms4j.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qms4j.catalog.RequirementId;
import org.qms4j.internal.ArrayView;
import org.qms4j.internal.Cached;
import org.qms4j.internal.Chunked;
import org.qms4j.internal.HashTrie;
import org.qms4j.internal.SortedLists;

/**
 * One register of a quality system snapshot: items by id and, for registers {@linkplain
 * RegisterType#isIndexedByRequirement() indexed by requirement}, the items that concern each
 * requirement.
 *
 * <p>A register is persistent: a snapshot that adds, replaces or removes one item shares all the
 * rest with the snapshot it came from, so a change costs about the same at every size. {@link
 * #items()} lists the items sorted by id, worked out once per snapshot, when it is built or first
 * asked for; the per-requirement lists are sorted by id as well. Immutable and thread-safe.
 *
 * @param <K> the id type
 * @param <T> the item type
 */
public final class Register<K extends Comparable<? super K>, T> {
  private final RegisterType<K, T> type;
  private final RequirementTable table;
  private final HashTrie<K, T> items;
  private final @Nullable Chunked<List<T>> byRequirement;
  private final @Nullable HashTrie<Object, List<T>> byLink;
  @Cached private volatile @Nullable List<T> sorted;
  @Cached private int hash;

  private Register(
      RegisterType<K, T> type,
      RequirementTable table,
      HashTrie<K, T> items,
      @Nullable Chunked<List<T>> byRequirement,
      @Nullable HashTrie<Object, List<T>> byLink) {
    this.type = type;
    this.table = table;
    this.items = items;
    this.byRequirement = byRequirement;
    this.byLink = byLink;
  }

  /**
   * Builds a register and its indexes at once, walking the items in id order so that no
   * per-requirement or per-link list needs sorting.
   *
   * @param inIdOrder the items, distinct and sorted by id, handed over and never touched again
   * @param problems receives, for each item in id order, the requirements it refers to that no
   *     catalog of the table holds (such an item is indexed under the others only)
   */
  static <K extends Comparable<? super K>, T> Register<K, T> of(
      RegisterType<K, T> type, RequirementTable table, Object[] inIdOrder, List<SystemProblem> problems) {
    @SuppressWarnings("unchecked")
    T[] ordered = (T[]) inIdOrder;
    Object[] ids = new Object[ordered.length];
    for (int i = 0; i < ordered.length; i++) {
      ids[i] = type.idOf(ordered[i]);
    }
    HashTrie<K, T> items = HashTrie.ofDistinct(ids, inIdOrder, inIdOrder.length);
    HashTrie<Object, List<T>> links = null;
    if (type.isIndexedByLink()) {
      java.util.Map<Object, List<T>> lists = new java.util.HashMap<>();
      for (T item : ordered) {
        for (Object l : type.linksOf(item)) {
          lists.computeIfAbsent(l, x -> new ArrayList<>(2)).add(item);
        }
      }
      Object[] keys = new Object[lists.size()];
      Object[] values = new Object[lists.size()];
      int n = 0;
      for (java.util.Map.Entry<Object, List<T>> e : lists.entrySet()) {
        keys[n] = e.getKey();
        values[n++] = List.copyOf(e.getValue());
      }
      links = HashTrie.ofDistinct(keys, values, n);
    }
    Chunked<List<T>> byRequirement = null;
    if (type.isIndexedByRequirement()) {
      @SuppressWarnings({"unchecked", "rawtypes"})
      ArrayList<T>[] lists = new ArrayList[table.size()];
      for (T item : ordered) {
        java.util.Set<RequirementId> unknown = null;
        for (RequirementId r : type.requirementsOf(item)) {
          int i = table.ordinal(r);
          if (i < 0) {
            if (unknown == null) {
              unknown = new java.util.TreeSet<>();
            }
            unknown.add(r);
          } else {
            ArrayList<T> l = lists[i];
            if (l == null) {
              l = new ArrayList<>(2);
              lists[i] = l;
            }
            l.add(item);
          }
        }
        if (unknown != null) {
          problems.add(QualitySystem.unknownReferences(type, item, unknown));
        }
      }
      @SuppressWarnings({"unchecked", "rawtypes"})
      List<T>[] frozen = new List[lists.length];
      for (int i = 0; i < frozen.length; i++) {
        ArrayList<T> l = lists[i];
        frozen[i] = l == null ? List.of() : ArrayView.copyOf(l.toArray(), l.size());
      }
      byRequirement = Chunked.of(frozen);
    }
    Register<K, T> register = new Register<>(type, table, items, byRequirement, links);
    register.sorted = ArrayView.copyOf(inIdOrder, inIdOrder.length);
    return register;
  }

  /** The items, sorted by id. */
  private static <K extends Comparable<? super K>, T> Object[] sorted(
      RegisterType<K, T> type, HashTrie<K, T> items) {
    Object[] array = new Object[items.size()];
    int[] n = {0};
    items.forEach((k, v) -> array[n[0]++] = v);
    @SuppressWarnings("unchecked")
    T[] typed = (T[]) array;
    Arrays.sort(typed, type.byId());
    return array;
  }

  /**
   * What this register holds.
   *
   * @return the register type
   */
  public RegisterType<K, T> type() {
    return type;
  }

  /**
   * The number of items.
   *
   * @return the size
   */
  public int size() {
    return items.size();
  }

  /**
   * Tells whether the register holds no item.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return items.size() == 0;
  }

  /**
   * Finds an item by its id.
   *
   * @param id the id, not null
   * @return the item, if the register holds one with that id
   */
  public Optional<T> get(K id) {
    return Optional.ofNullable(items.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Tells whether the register holds an item with the id.
   *
   * @param id the id, not null
   * @return true if it does
   */
  public boolean contains(K id) {
    return items.get(Objects.requireNonNull(id, "id")) != null;
  }

  /**
   * Every item, sorted by id. The list is worked out once per snapshot, when first asked for.
   *
   * @return the items, unmodifiable
   */
  public List<T> items() {
    List<T> s = sorted;
    if (s == null) {
      Object[] array = sorted(type, items);
      s = ArrayView.copyOf(array, array.length);
      sorted = s;
    }
    return s;
  }

  /**
   * The items that concern a requirement, sorted by id.
   *
   * @param requirement the requirement id, not null
   * @return the items, unmodifiable; empty if there are none, the requirement is unknown or the
   *     register is not indexed by requirement
   */
  public List<T> itemsFor(RequirementId requirement) {
    Objects.requireNonNull(requirement, "requirement");
    Chunked<List<T>> index = byRequirement;
    if (index == null) {
      return List.of();
    }
    int i = table.ordinal(requirement);
    return i < 0 ? List.of() : index.get(i);
  }

  /**
   * The items that refer to an id of another register ({@link RegisterType#linksOf}), sorted by
   * id: the corrective actions that link a finding or an evidence item, the findings an audit
   * raised.
   *
   * @param id the id referred to, not null
   * @return the items, unmodifiable; empty if none refer to it or the register keeps no links
   */
  public List<T> itemsLinkedTo(Object id) {
    Objects.requireNonNull(id, "id");
    HashTrie<Object, List<T>> links = byLink;
    if (links == null) {
      return List.of();
    }
    List<T> l = links.get(id);
    return l == null ? List.of() : l;
  }

  @Nullable T find(K id) {
    return items.get(id);
  }

  /** This register with the item added or replacing the one with its id. */
  Register<K, T> with(T item) {
    K id = type.idOf(item);
    T old = items.get(id);
    HashTrie<K, T> next = items.put(id, item);
    if (next == items) {
      return this;
    }
    Chunked<List<T>> index = byRequirement;
    if (index != null) {
      Set<RequirementId> now = type.requirementsOf(item);
      if (old != null) {
        Set<RequirementId> before = type.requirementsOf(old);
        for (RequirementId r : before) {
          int i = table.ordinal(r);
          index =
              index.with(
                  i,
                  now.contains(r)
                      ? SortedLists.replace(index.get(i), old, item, type.byId())
                      : SortedLists.remove(index.get(i), old));
        }
        for (RequirementId r : now) {
          if (!before.contains(r)) {
            int i = table.ordinal(r);
            index = index.with(i, SortedLists.insert(index.get(i), item, type.byId()));
          }
        }
      } else {
        for (RequirementId r : now) {
          int i = table.ordinal(r);
          index = index.with(i, SortedLists.insert(index.get(i), item, type.byId()));
        }
      }
    }
    return new Register<>(type, table, next, index, relink(old, item));
  }

  /** The link index with {@code old} replaced by {@code item}; either may be null. */
  private @Nullable HashTrie<Object, List<T>> relink(@Nullable T old, @Nullable T item) {
    HashTrie<Object, List<T>> links = byLink;
    if (links == null) {
      return null;
    }
    Collection<?> before = old == null ? List.of() : type.linksOf(old);
    Collection<?> after = item == null ? List.of() : type.linksOf(item);
    for (Object l : before) {
      List<T> list = links.get(l);
      List<T> next = after.contains(l) ? SortedLists.replace(list, old, item, type.byId()) : SortedLists.remove(list, old);
      links = next.isEmpty() ? links.remove(l) : links.put(l, next);
    }
    for (Object l : after) {
      if (!before.contains(l)) {
        List<T> list = links.get(l);
        links = links.put(l, SortedLists.insert(list == null ? List.of() : list, item, type.byId()));
      }
    }
    return links;
  }

  /** This register without the item with the id; this register if it holds none. */
  Register<K, T> without(K id) {
    T old = items.get(id);
    if (old == null) {
      return this;
    }
    Chunked<List<T>> index = byRequirement;
    if (index != null) {
      for (RequirementId r : type.requirementsOf(old)) {
        int i = table.ordinal(r);
        index = index.with(i, SortedLists.remove(index.get(i), old));
      }
    }
    return new Register<>(type, table, items.remove(id), index, relink(old, null));
  }

  /** Two registers are equal when they are of the same type and hold equal items by id. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Register)) {
      return false;
    }
    Register<?, ?> other = (Register<?, ?>) o;
    if (type != other.type || size() != other.size() || hashCode() != other.hashCode()) {
      return false;
    }
    boolean[] equal = {true};
    items.forEach(
        (k, v) -> {
          if (equal[0] && !v.equals(other.items.get(k))) {
            equal[0] = false;
          }
        });
    return equal[0];
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      int[] sum = {type.name().hashCode()};
      items.forEach((k, v) -> sum[0] += v.hashCode());
      h = sum[0] == 0 ? 1 : sum[0];
      hash = h;
    }
    return h;
  }

  @Override
  public String toString() {
    return type.name() + "[" + size() + "]";
  }
}
