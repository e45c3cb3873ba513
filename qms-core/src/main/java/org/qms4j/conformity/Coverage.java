package org.qms4j.conformity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.evidence.Evidence;

/**
 * How the expected evidence kinds of one requirement are covered at the evaluation instant; shared
 * by the built-in evidence rows so that the evidence is walked once.
 *
 * <p>A requirement that names no kind has one slot that any kind fills.
 */
final class Coverage {
  /** The expected kinds, or a single null slot for "any kind". */
  final @Nullable EvidenceKind[] slots;

  final List<Evidence>[] valid;
  final List<Evidence>[] lapsed;
  final List<Evidence>[] partial;
  int covered;
  int coveredWithoutPartial;
  int lapsedSlots;
  final boolean anyEvidence;

  @SuppressWarnings("unchecked")
  Coverage(RequirementFacts facts) {
    Set<EvidenceKind> expected = facts.requirement().requirement().expectedEvidence();
    int n = expected.isEmpty() ? 1 : expected.size();
    slots = new EvidenceKind[n];
    if (!expected.isEmpty()) {
      int i = 0;
      for (EvidenceKind k : expected) {
        slots[i++] = k;
      }
    }
    valid = new List[n];
    lapsed = new List[n];
    partial = new List[n];
    Instant asOf = facts.asOf();
    boolean collected = false;
    for (Evidence e : facts.allEvidence()) {
      if (e.collectedAt().isAfter(asOf)) {
        continue;
      }
      collected = true;
      int slot = slotOf(e.kind());
      if (slot < 0) {
        continue;
      }
      if (e.isValidAt(asOf)) {
        valid[slot] = add(valid[slot], e);
      } else {
        lapsed[slot] = add(lapsed[slot], e);
      }
    }
    for (Evidence e : facts.partialEvidence()) {
      int slot = slotOf(e.kind());
      if (slot >= 0) {
        partial[slot] = add(partial[slot], e);
      }
    }
    for (int i = 0; i < n; i++) {
      if (valid[i] != null) {
        covered++;
        coveredWithoutPartial++;
      } else if (partial[i] != null) {
        covered++;
      } else if (lapsed[i] != null) {
        lapsedSlots++;
      }
    }
    anyEvidence = collected || !facts.partialEvidence().isEmpty();
  }

  private int slotOf(EvidenceKind kind) {
    if (slots.length == 1 && slots[0] == null) {
      return 0;
    }
    for (int i = 0; i < slots.length; i++) {
      if (slots[i] == kind) {
        return i;
      }
    }
    return -1;
  }

  private static List<Evidence> add(@Nullable List<Evidence> list, Evidence e) {
    List<Evidence> result = list == null ? new ArrayList<>(2) : list;
    result.add(e);
    return result;
  }

  int slots() {
    return slots.length;
  }

}
