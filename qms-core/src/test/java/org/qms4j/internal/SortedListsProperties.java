package org.qms4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SortedListsProperties {

  /** An item sorted by its id; {@code note} tells apart items with the same id. */
  record Item(int id, String note) {}

  static final Comparator<Item> BY_ID = Comparator.comparingInt(Item::id);

  /** A list sorted by id with unique ids, held in a mutable list so that any change to it shows. */
  record Case(ArrayList<Item> list, int id, int pick) {
    List<Item> copy() {
      return List.copyOf(list);
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<ArrayList<Item>> lists =
        Arbitraries.integers()
            .between(0, 60)
            .set()
            .ofMaxSize(40)
            .map(
                ids -> {
                  ArrayList<Item> l = new ArrayList<>();
                  new TreeSet<>(ids).forEach(id -> l.add(new Item(id, "held")));
                  return l;
                });
    return Combinators.combine(lists, Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 1000))
        .as(Case::new);
  }

  private static List<Item> expectedAfterInsert(List<Item> list, Item item) {
    List<Item> l = new ArrayList<>(list);
    l.add(item);
    l.sort(BY_ID);
    return l;
  }

  private static void assertUnmodifiable(List<Item> result) {
    assertThatThrownBy(() -> result.add(new Item(-1, "x"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Group
  class Insert {

    @Property(tries = 300)
    void insert_absentId_keepsOrderAndLeavesTheInputAlone(@ForAll("cases") Case c) {
      Set<Integer> held = new TreeSet<>();
      c.list().forEach(i -> held.add(i.id()));
      int id = c.id();
      while (held.contains(id)) {
        id++;
      }
      Item item = new Item(id, "new");
      List<Item> before = c.copy();

      List<Item> result = SortedLists.insert(c.list(), item, BY_ID);

      assertThat(result).isSortedAccordingTo(BY_ID).containsExactlyElementsOf(expectedAfterInsert(before, item));
      assertThat(c.list()).containsExactlyElementsOf(before);
      assertUnmodifiable(result);
    }
  }

  @Group
  class Remove {

    @Property(tries = 300)
    void remove_heldItem_leavesTheRestInOrderAndTheInputAlone(@ForAll("cases") Case c) {
      if (c.list().isEmpty()) {
        return;
      }
      List<Item> before = c.copy();
      Item held = before.get(c.pick() % before.size());
      // an equal item that is not the same object: found by equality
      Item equal = new Item(held.id(), new String(held.note()));

      List<Item> result = SortedLists.remove(c.list(), equal);

      List<Item> expected = new ArrayList<>(before);
      expected.remove(held);
      assertThat(result).isSortedAccordingTo(BY_ID).containsExactlyElementsOf(expected);
      assertThat(c.list()).containsExactlyElementsOf(before);
      if (!result.isEmpty()) {
        assertUnmodifiable(result);
      }
    }

    @Property(tries = 200)
    void remove_absentItem_returnsTheSameList(@ForAll("cases") Case c) {
      List<Item> before = c.copy();

      List<Item> result = SortedLists.remove(c.list(), new Item(c.id(), "never held"));

      assertThat(result).isSameAs(c.list());
      assertThat(c.list()).containsExactlyElementsOf(before);
    }
  }

  @Group
  class Replace {

    @Property(tries = 300)
    void replace_heldItem_putsTheNewOneInItsPlace(@ForAll("cases") Case c) {
      if (c.list().isEmpty()) {
        return;
      }
      List<Item> before = c.copy();
      int at = c.pick() % before.size();
      Item old = before.get(at);
      Item item = new Item(old.id(), "replaced");

      List<Item> result = SortedLists.replace(c.list(), old, item, BY_ID);

      List<Item> expected = new ArrayList<>(before);
      expected.set(at, item);
      assertThat(result).isSortedAccordingTo(BY_ID).containsExactlyElementsOf(expected);
      assertThat(c.list()).containsExactlyElementsOf(before);
      assertUnmodifiable(result);
    }

    @Property(tries = 200)
    void replace_absentItem_insertsTheNewOne(@ForAll("cases") Case c) {
      Set<Integer> held = new TreeSet<>();
      c.list().forEach(i -> held.add(i.id()));
      int id = c.id();
      while (held.contains(id)) {
        id++;
      }
      List<Item> before = c.copy();
      Item item = new Item(id, "new");

      List<Item> result = SortedLists.replace(c.list(), new Item(id, "never held"), item, BY_ID);

      assertThat(result).isSortedAccordingTo(BY_ID).containsExactlyElementsOf(expectedAfterInsert(before, item));
      assertThat(c.list()).containsExactlyElementsOf(before);
    }
  }

  @Group
  class Chains {

    @Property(tries = 200)
    void anySequenceOfEdits_matchesASortedModel_andEveryVersionStaysAsItWas(
        @ForAll("edits") List<int[]> edits) {
      List<Item> list = List.of();
      List<List<Item>> versions = new ArrayList<>();
      List<List<Item>> copies = new ArrayList<>();
      TreeSet<Integer> model = new TreeSet<>();
      for (int[] edit : edits) {
        int id = edit[1];
        Item item = new Item(id, "v" + edit[2]);
        Item held = list.stream().filter(i -> i.id() == id).findFirst().orElse(null);
        if (edit[0] == 0 && held == null) {
          list = SortedLists.insert(list, item, BY_ID);
          model.add(id);
        } else if (edit[0] == 1 && held != null) {
          list = SortedLists.remove(list, held);
          model.remove(id);
        } else if (held != null) {
          list = SortedLists.replace(list, held, item, BY_ID);
        }
        versions.add(list);
        copies.add(List.copyOf(list));
        assertThat(list).isSortedAccordingTo(BY_ID).extracting(Item::id).containsExactlyElementsOf(model);
      }
      for (int i = 0; i < versions.size(); i++) {
        assertThat(versions.get(i)).as("version %s", i).containsExactlyElementsOf(copies.get(i));
      }
    }

    @Provide
    Arbitrary<List<int[]>> edits() {
      return Combinators.combine(
              Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 9))
          .as((kind, id, version) -> new int[] {kind, id, version})
          .list()
          .ofMaxSize(60);
    }
  }
}
