package org.qms4j.system;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingId;

/**
 * The registers a quality system holds, each described by a {@link RegisterType}. Use them with
 * {@link QualitySystem#register}, {@link QualitySystem#with} and {@link QualitySystem#without}, and
 * name them in a rule's reads.
 */
public final class Registers {
  /** The evidence register, indexed by the requirements each item supports. */
  public static final RegisterType<EvidenceId, Evidence> EVIDENCE =
      new RegisterType<>(
          "evidence",
          "evidence",
          0,
          Evidence.class,
          Evidence::id,
          Evidence::requirements,
          e -> dates(e.collectedAt(), e.effectiveFrom(), e.expiresAt()),
          RegisterType.noChecks());

  /** The finding register, indexed by the requirements each finding is raised against. */
  public static final RegisterType<FindingId, Finding> FINDINGS =
      new RegisterType<>(
          "findings",
          "finding",
          1,
          Finding.class,
          Finding::id,
          Finding::requirements,
          f -> dates(f.raisedAt(), f.closedAt()),
          RegisterType.noChecks());

  private static final List<RegisterType<?, ?>> ALL = List.of(EVIDENCE, FINDINGS);

  private Registers() {}

  private static List<Instant> dates(Instant first, Object... more) {
    List<Instant> all = new ArrayList<>(1 + more.length);
    all.add(first);
    for (Object m : more) {
      if (m instanceof Instant) {
        all.add((Instant) m);
      } else if (m instanceof Optional && ((Optional<?>) m).isPresent()) {
        all.add((Instant) ((Optional<?>) m).get());
      }
    }
    return all;
  }

  /**
   * Every register type, in a fixed order.
   *
   * @return the register types
   */
  public static List<RegisterType<?, ?>> all() {
    return ALL;
  }
}
