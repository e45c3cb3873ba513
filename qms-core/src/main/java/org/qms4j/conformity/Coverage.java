package org.qms4j.conformity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.evidence.Evidence;

/**
 * How the expected evidence kinds of one requirement are covered at the evaluation instant; shared
 * by the built-in evidence rows so that the evidence is walked once. One instance serves every
 * requirement of one evaluation, so that the walk allocates nothing.
 *
 * <p>A requirement that names no kind has one slot, {@code null}, that any kind fills. Every
 * collected item of an expected kind is kept in a buffer with its slot and its state: valid,
 * partial (valid, through a non-covering mapping) or the {@link ReasonCode} of why it lapsed; the
 * buffer is filled only when the rules are asked for their reasons.
 */
final class Coverage {
  static final byte VALID = -1;
  static final byte PARTIAL = -2;
  private static final byte EXPIRED = (byte) ReasonCode.EVIDENCE_EXPIRED.ordinal();
  private static final byte REJECTED = (byte) ReasonCode.EVIDENCE_REJECTED.ordinal();
  private static final byte SUPERSEDED = (byte) ReasonCode.EVIDENCE_SUPERSEDED.ordinal();
  private static final byte NOT_YET_EFFECTIVE = (byte) ReasonCode.EVIDENCE_NOT_YET_EFFECTIVE.ordinal();
  private static final byte NOT_ACCEPTED = (byte) ReasonCode.EVIDENCE_NOT_ACCEPTED.ordinal();
  private static final byte OBSOLETE_DOCUMENT = (byte) ReasonCode.EVIDENCE_ON_OBSOLETE_DOCUMENT.ordinal();
  static final ReasonCode[] LAPSE_CAUSES = {
    ReasonCode.EVIDENCE_EXPIRED,
    ReasonCode.EVIDENCE_REJECTED,
    ReasonCode.EVIDENCE_SUPERSEDED,
    ReasonCode.EVIDENCE_NOT_YET_EFFECTIVE,
    ReasonCode.EVIDENCE_NOT_ACCEPTED,
    ReasonCode.EVIDENCE_ON_OBSOLETE_DOCUMENT
  };

  @Nullable EvidenceKind[] slots = new EvidenceKind[1];
  private int[] valid = new int[8];
  private int[] partial = new int[8];
  private int[] lapsed = new int[8];
  int covered;
  int coveredWithoutPartial;
  int lapsedSlots;
  boolean anyEvidence;

  private Evidence[] items = new Evidence[16];
  private byte[] itemSlot = new byte[16];
  private byte[] itemState = new byte[16];
  private int size;

  void reset(RequirementFacts facts, @Nullable EvidenceKind[] expected) {
    slots = expected;
    int n = expected.length;
    if (valid.length < n) {
      valid = new int[n];
      partial = new int[n];
      lapsed = new int[n];
    }
    Arrays.fill(valid, 0, n, 0);
    Arrays.fill(partial, 0, n, 0);
    Arrays.fill(lapsed, 0, n, 0);
    size = 0;
    covered = 0;
    coveredWithoutPartial = 0;
    lapsedSlots = 0;
    Instant asOf = facts.asOf();
    boolean buffer = facts.explaining();
    boolean collected = false;
    List<Evidence> all = facts.allEvidence();
    for (int k = 0, m = all.size(); k < m; k++) {
      Evidence e = all.get(k);
      if (e.collectedAt().isAfter(asOf)) {
        continue;
      }
      collected = true;
      int slot = slotOf(e.kind());
      if (slot < 0) {
        continue;
      }
      byte state = state(e, asOf);
      if (state == VALID && e.document().isPresent() && Documents.onObsoleteVersion(e, facts.system(), asOf)) {
        state = OBSOLETE_DOCUMENT;
      }
      if (state == VALID) {
        valid[slot]++;
      } else {
        lapsed[slot]++;
      }
      if (buffer) {
        add(e, slot, state);
      }
    }
    List<Evidence> mapped = facts.partialEvidence();
    for (int k = 0, m = mapped.size(); k < m; k++) {
      Evidence e = mapped.get(k);
      int slot = slotOf(e.kind());
      if (slot >= 0) {
        partial[slot]++;
        if (buffer) {
          add(e, slot, PARTIAL);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (valid[i] > 0) {
        covered++;
        coveredWithoutPartial++;
      } else if (partial[i] > 0) {
        covered++;
      } else if (lapsed[i] > 0) {
        lapsedSlots++;
      }
    }
    anyEvidence = collected || !mapped.isEmpty();
  }

  /**
   * Whether an item collected by the instant counts: {@link #VALID}, or the ordinal of the {@link
   * ReasonCode} saying why it lapsed. Reads each field once.
   */
  private static byte state(Evidence e, Instant asOf) {
    switch (e.status()) {
      case ACCEPTED:
        if (e.effectiveFrom().isAfter(asOf)) {
          return NOT_YET_EFFECTIVE;
        }
        Optional<Instant> expiry = e.expiresAt();
        return expiry.isEmpty() || asOf.isBefore(expiry.get()) ? VALID : EXPIRED;
      case REJECTED:
        return REJECTED;
      case SUPERSEDED:
        return SUPERSEDED;
      default:
        return NOT_ACCEPTED;
    }
  }

  private void add(Evidence e, int slot, byte state) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
      itemSlot = Arrays.copyOf(itemSlot, size * 2);
      itemState = Arrays.copyOf(itemState, size * 2);
    }
    items[size] = e;
    itemSlot[size] = (byte) slot;
    itemState[size] = state;
    size++;
  }

  private int slotOf(EvidenceKind kind) {
    @Nullable EvidenceKind[] s = slots;
    if (s.length == 1 && s[0] == null) {
      return 0;
    }
    for (int i = 0; i < s.length; i++) {
      if (s[i] == kind) {
        return i;
      }
    }
    return -1;
  }

  int slots() {
    return slots.length;
  }

  boolean isValid(int slot) {
    return valid[slot] > 0;
  }

  boolean isPartial(int slot) {
    return partial[slot] > 0;
  }

  boolean isLapsedOnly(int slot) {
    return valid[slot] == 0 && partial[slot] == 0 && lapsed[slot] > 0;
  }

  boolean hasLapse(int slot, ReasonCode cause) {
    for (int k = 0; k < size; k++) {
      if (itemSlot[k] == slot && itemState[k] == cause.ordinal()) {
        return true;
      }
    }
    return false;
  }

  /** The number of buffered items. */
  int size() {
    return size;
  }

  Evidence item(int k) {
    return items[k];
  }

  /** Whether buffered item {@code k} is of the slot and in the state. */
  boolean matches(int k, int slot, byte state) {
    return itemSlot[k] == slot && itemState[k] == state;
  }
}
