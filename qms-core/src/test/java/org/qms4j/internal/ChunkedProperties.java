package org.qms4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ChunkedProperties {

  record Update(int at, int value) {}

  record Case(int size, List<Update> updates) {
    @Override
    public String toString() {
      return "size " + size + ", updates " + updates;
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    // the sizes where the trie gains a level are the interesting ones
    Arbitrary<Integer> sizes =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(1, Arbitraries.of(0, 1, 31, 32, 33, 1023, 1024, 1025, 4999, 5000)),
            net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 5000)));
    return sizes.flatMap(
        n -> {
          Arbitrary<List<Update>> updates =
              n == 0
                  ? Arbitraries.just(List.of())
                  : Combinators.combine(Arbitraries.integers().between(0, n - 1), Arbitraries.integers())
                      .as(Update::new)
                      .list()
                      .ofMaxSize(40);
          return updates.map(u -> new Case(n, u));
        });
  }

  private static void assertHolds(Chunked<Integer> chunked, Integer[] model, String what) {
    assertThat(chunked.size()).as(what).isEqualTo(model.length);
    for (int i = 0; i < model.length; i++) {
      if (!model[i].equals(chunked.get(i))) {
        assertThat(chunked.get(i)).as("%s at %s", what, i).isEqualTo(model[i]);
      }
    }
  }

  @Property(tries = 150)
  void with_anyUpdates_matchesAnArrayAndLeavesEveryEarlierVersionAlone(@ForAll("cases") Case c) {
    Integer[] values = new Integer[c.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = -i;
    }
    Chunked<Integer> chunked = Chunked.of(values);
    Integer[] given = values.clone();
    List<Chunked<Integer>> versions = new ArrayList<>(List.of(chunked));
    List<Integer[]> models = new ArrayList<>();
    models.add(values.clone());
    assertHolds(chunked, models.get(0), "built");

    for (Update u : c.updates()) {
      Integer[] next = models.get(models.size() - 1).clone();
      next[u.at()] = u.value();
      Chunked<Integer> before = versions.get(versions.size() - 1);

      Chunked<Integer> after = before.with(u.at(), u.value());

      assertHolds(after, next, "after " + u);
      assertHolds(before, models.get(models.size() - 1), "before " + u);
      versions.add(after);
      models.add(next);
    }
    for (int i = 0; i < versions.size(); i++) {
      assertHolds(versions.get(i), models.get(i), "version " + i);
    }
    // building copied the array: changing it afterwards changes nothing
    Arrays.fill(values, 7);
    assertHolds(versions.get(0), given, "after the input array changed");
  }

  @Property(tries = 150)
  void withAll_anyBatch_equalsTheSameUpdatesOneByOne_andLeavesTheOriginalAlone(@ForAll("cases") Case c) {
    Integer[] values = new Integer[c.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = -i;
    }
    Chunked<Integer> original = Chunked.of(values);
    int[] indices = new int[c.updates().size()];
    Object[] batch = new Object[c.updates().size()];
    Chunked<Integer> oneByOne = original;
    Integer[] model = values.clone();
    for (int k = 0; k < indices.length; k++) {
      Update u = c.updates().get(k);
      indices[k] = u.at();
      batch[k] = u.value();
      oneByOne = oneByOne.with(u.at(), u.value());
      model[u.at()] = u.value();
    }

    Chunked<Integer> batched = original.withAll(indices, batch, indices.length);

    assertHolds(batched, model, "batched");
    assertHolds(oneByOne, model, "one by one");
    assertHolds(original, values, "original");
  }
}
