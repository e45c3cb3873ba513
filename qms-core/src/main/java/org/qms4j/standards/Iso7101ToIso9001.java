package org.qms4j.standards;

/**
 * The mapping set from ISO 7101:2023 to ISO 9001:2015 (with Amd 1:2024), in the line format read by
 * {@code org.qms4j.standards.Outline}.
 *
 * <p>Pairs are listed only where the harmonized structure makes the correspondence plain: the same
 * clause number family and the same topic. Every pair is {@code INTERSECTS}: ISO 7101 frames each
 * clause for healthcare while ISO 9001 adds product and service detail, and ISO 7101's requirement
 * text could not be read in full, so no stronger relation is claimed.
 */
final class Iso7101ToIso9001 {
  private Iso7101ToIso9001() {}

  static final String TEXT =
      """
      mapping-set iso-7101-to-iso-9001 | 2023-2015.1 | ISO 7101:2023 to ISO 9001:2015 | iso-7101:2023 -> iso-9001:2015
      source Harmonized-structure correspondence (same clause number and topic) between the ISO 7101:2023 table of contents (see the iso-7101:2023 catalog source line) and ISO 9001:2015 with Amd 1:2024; no published ISO cross-reference table between the two was found.
      note Conservative: only same-number, same-topic pairs, all INTERSECTS; 10.1 also maps to 9001 10.3 because the newer harmonized structure numbers continual improvement 10.1; ISO 7101 clauses with no ISO 9001 counterpart of the same number are unmapped.
      # Clause 4: context
      4.1 INTERSECTS 4.1
      4.2 INTERSECTS 4.2
      4.3 INTERSECTS 4.3
      4.4 INTERSECTS 4.4.1
      # Clause 5: leadership
      5.1 INTERSECTS 5.1.1
      5.2 INTERSECTS 5.2.1
      5.2 INTERSECTS 5.2.2
      5.3 INTERSECTS 5.3
      # Clause 6: planning (ISO 7101 6.1.1 carries the harmonized 6.1 text; 6.1.2 and 6.1.3 have other topics)
      6.1.1 INTERSECTS 6.1.1
      6.1.1 INTERSECTS 6.1.2
      6.2 INTERSECTS 6.2.1
      6.2 INTERSECTS 6.2.2
      6.3 INTERSECTS 6.3
      # Clause 7: support
      7.1 INTERSECTS 7.1.1
      7.1 INTERSECTS 7.1.2
      7.1 INTERSECTS 7.1.3
      7.2 INTERSECTS 7.2
      7.3 INTERSECTS 7.3
      7.4.1 INTERSECTS 7.4
      7.4.4 INTERSECTS 7.4
      7.5.1 INTERSECTS 7.5.1
      7.5.2 INTERSECTS 7.5.2
      7.5.3 INTERSECTS 7.5.3.1
      7.5.3 INTERSECTS 7.5.3.2
      # Clause 8: operation (ISO 7101 8.2 and 8.3 are not the topics of ISO 9001 8.2 and 8.3)
      8.1 INTERSECTS 8.1
      # Clause 9: performance evaluation
      9.1 INTERSECTS 9.1.1
      9.1 INTERSECTS 9.1.3
      9.2 INTERSECTS 9.2.1
      9.2 INTERSECTS 9.2.2
      9.3 INTERSECTS 9.3.1
      9.3 INTERSECTS 9.3.2
      9.3 INTERSECTS 9.3.3
      # Clause 10: improvement
      10.1 INTERSECTS 10.1
      10.1 INTERSECTS 10.3
      10.2 INTERSECTS 10.2.1
      10.2 INTERSECTS 10.2.2
      """;
}
