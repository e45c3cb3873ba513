package org.qms4j.benchmarks;

/**
 * The sizes of the synthetic quality systems: requirements, evidence items, findings.
 *
 * <p>S, M and L are benchmarked side by side; XL is for the one time-and-memory run ({@link
 * XlMemoryRun}).
 */
public enum Size {
  S(100, 1_000, 50),
  M(1_000, 10_000, 500),
  L(10_000, 100_000, 5_000),
  XL(50_000, 1_000_000, 25_000);

  final int requirements;
  final int evidence;
  final int findings;

  Size(int requirements, int evidence, int findings) {
    this.requirements = requirements;
    this.evidence = evidence;
    this.findings = findings;
  }
}
