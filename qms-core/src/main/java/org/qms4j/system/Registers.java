package org.qms4j.system;

import java.util.List;
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
      new RegisterType<>("evidence", "evidence", 0, Evidence.class, Evidence::id, Evidence::requirements, (i, s, p) -> {});

  /** The finding register, indexed by the requirements each finding is raised against. */
  public static final RegisterType<FindingId, Finding> FINDINGS =
      new RegisterType<>("findings", "finding", 1, Finding.class, Finding::id, Finding::requirements, (i, s, p) -> {});

  private static final List<RegisterType<?, ?>> ALL = List.of(EVIDENCE, FINDINGS);

  private Registers() {}

  /**
   * Every register type, in a fixed order.
   *
   * @return the register types
   */
  public static List<RegisterType<?, ?>> all() {
    return ALL;
  }
}
