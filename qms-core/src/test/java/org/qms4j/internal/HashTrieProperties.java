package org.qms4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class HashTrieProperties {

  /** A key whose hash code is chosen, so that keys collide in part or in full. */
  record Key(int hash, int tag) {
    @Override
    public int hashCode() {
      return hash;
    }
  }

  record Op(boolean put, Key key, int value) {}

  @Provide
  Arbitrary<List<Op>> ops() {
    // few distinct hashes and tags: full collisions, shared prefixes, replacements and removals
    Arbitrary<Integer> hashes =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 40),
            Arbitraries.of(0, 32, 1024, 1 << 30, -1, Integer.MIN_VALUE, 0x7FFFFFFF),
            Arbitraries.integers());
    Arbitrary<Key> keys = net.jqwik.api.Combinators.combine(hashes, Arbitraries.integers().between(0, 3)).as(Key::new);
    return net.jqwik.api.Combinators.combine(Arbitraries.of(true, true, false), keys, Arbitraries.integers().between(0, 5))
        .as(Op::new)
        .list()
        .ofMaxSize(200);
  }

  @Property(tries = 500)
  void anySequenceOfPutsAndRemoves_behavesLikeAHashMap_andLeavesEarlierVersionsAlone(@ForAll("ops") List<Op> ops) {
    HashTrie<Key, Integer> trie = HashTrie.empty();
    Map<Key, Integer> model = new HashMap<>();
    for (Op op : ops) {
      HashTrie<Key, Integer> before = trie;
      Map<Key, Integer> beforeModel = new HashMap<>(model);
      trie = apply(op, trie, model);
      assertSame(trie, model);
      assertSame(before, beforeModel);
    }
  }

  @Property(tries = 300)
  void aMapBuiltAtOnce_behavesLikeOneBuiltKeyByKey_andGrowsAndShrinksLikeIt(
      @ForAll("ops") List<Op> ops, @ForAll("ops") List<Op> more) {
    // distinct keys, many of them sharing hashes in part or in full
    Map<Key, Integer> model = new java.util.LinkedHashMap<>();
    for (Op op : ops) {
      model.putIfAbsent(op.key(), op.value());
    }
    for (int i = 0; i < 3 * model.size() && model.size() < 300; i++) {
      model.putIfAbsent(new Key(ops.isEmpty() ? i : ops.get(i % ops.size()).key().hash(), 100 + i), i);
    }
    HashTrie<Key, Integer> trie =
        HashTrie.ofDistinct(model.keySet().toArray(), model.values().toArray(), model.size());
    assertSame(trie, model);
    for (Op op : more) {
      trie = apply(op, trie, model);
      assertSame(trie, model);
    }
  }

  /** Applies a put or remove to the trie, giving the new one, and to the model in place. */
  private static HashTrie<Key, Integer> apply(Op op, HashTrie<Key, Integer> trie, Map<Key, Integer> model) {
    if (op.put()) {
      model.put(op.key(), op.value());
      return trie.put(op.key(), op.value());
    }
    model.remove(op.key());
    return trie.remove(op.key());
  }

  /** A comparable key whose hash code is chosen, counting the comparisons made with it. */
  record Id(int hash, int tag) implements Comparable<Id> {
    static final java.util.concurrent.atomic.AtomicLong COMPARISONS = new java.util.concurrent.atomic.AtomicLong();

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      COMPARISONS.incrementAndGet();
      return o instanceof Id other && other.hash == hash && other.tag == tag;
    }

    @Override
    public int compareTo(Id other) {
      COMPARISONS.incrementAndGet();
      return Integer.compare(tag, other.tag);
    }
  }

  @Property(tries = 300)
  void comparableKeysOfFewHashes_putRemovedAndBuiltAtOnce_behaveLikeAHashMap(@ForAll("ops") List<Op> ops) {
    HashTrie<Id, Integer> trie = HashTrie.empty();
    Map<Id, Integer> model = new HashMap<>();
    for (Op op : ops) {
      // a few hashes, many tags: long runs of one hash, in any order
      Id id = new Id(op.key().hash() % 3, op.key().hash() * 4 + op.key().tag());
      if (op.put()) {
        trie = trie.put(id, op.value());
        model.put(id, op.value());
      } else {
        trie = trie.remove(id);
        model.remove(id);
      }
      assertThat(trie.size()).isEqualTo(model.size());
      for (Map.Entry<Id, Integer> e : model.entrySet()) {
        assertThat(trie.get(e.getKey())).isEqualTo(e.getValue());
      }
      assertThat(trie.get(new Id(0, -1))).isNull();
      assertThat(trie.get(new Id(1, Integer.MAX_VALUE))).isNull();
    }
    HashTrie<Id, Integer> atOnce =
        HashTrie.ofDistinct(model.keySet().toArray(), model.values().toArray(), model.size());
    model.forEach((k, v) -> assertThat(atOnce.get(k)).isEqualTo(v));
  }

  @net.jqwik.api.Example
  void aLookUpAmongTenThousandComparableKeysOfOneHash_takesAFewDozenComparisons() {
    int n = 10_000;
    Object[] keys = new Object[n];
    Object[] values = new Object[n];
    HashTrie<Id, Integer> oneByOne = HashTrie.empty();
    for (int i = 0; i < n; i++) {
      // added in a scrambled order
      int tag = (int) ((i * 7_919L) % n);
      keys[i] = new Id(42, tag);
      values[i] = tag;
      oneByOne = oneByOne.put(new Id(42, tag), tag);
    }
    HashTrie<Id, Integer> atOnce = HashTrie.ofDistinct(keys, values, n);
    for (HashTrie<Id, Integer> trie : List.of(oneByOne, atOnce)) {
      for (int tag = 0; tag < n; tag += 997) {
        Id.COMPARISONS.set(0);
        assertThat(trie.get(new Id(42, tag))).isEqualTo(tag);
        assertThat(Id.COMPARISONS.get()).as("comparisons to find %d", tag).isLessThanOrEqualTo(20);
      }
      Id.COMPARISONS.set(0);
      assertThat(trie.get(new Id(42, n))).isNull();
      assertThat(Id.COMPARISONS.get()).isLessThanOrEqualTo(20);
    }
  }

  private static void assertSame(HashTrie<Key, Integer> trie, Map<Key, Integer> model) {
    assertThat(trie.size()).isEqualTo(model.size());
    model.forEach((k, v) -> assertThat(trie.get(k)).as("get %s", k).isEqualTo(v));
    Map<Key, Integer> seen = new HashMap<>();
    trie.forEach(seen::put);
    assertThat(seen).isEqualTo(model);
    for (int tag = 0; tag < 4; tag++) {
      Key absent = new Key(7_777_777, tag + 10);
      assertThat(trie.get(absent)).isNull();
    }
  }

  @net.jqwik.api.Example
  void manyKeysOfOneFullHash_andManyOfOneSlot_allStayFindable() {
    HashTrie<Key, Integer> trie = HashTrie.empty();
    Map<Key, Integer> model = new HashMap<>();
    for (int tag = 0; tag < 100; tag++) {
      // 100 keys sharing all 32 bits, and 100 sharing the low 20 bits only
      Key full = new Key(123_456_789, tag);
      Key low = new Key((tag << 20) | 0x5_5555, tag);
      trie = trie.put(full, tag).put(low, -tag);
      model.put(full, tag);
      model.put(low, -tag);
    }
    assertSame(trie, model);
    for (int tag = 0; tag < 100; tag += 2) {
      trie = trie.remove(new Key(123_456_789, tag)).remove(new Key((tag << 20) | 0x5_5555, tag));
      model.remove(new Key(123_456_789, tag));
      model.remove(new Key((tag << 20) | 0x5_5555, tag));
    }
    assertSame(trie, model);
  }
}
