package org.qms4j.standards;

/**
 * The mapping from ISO 13485:2016 requirements to ISO 9001:2015 requirements, one relation per
 * related pair, in the line format read by {@code org.qms4j.standards.Outline}.
 *
 * <p>Pairs follow the correspondence tables of ISO 13485:2016 Annex B, resolved to requirement
 * level. {@code SUPERSET} is claimed only where meeting the ISO 13485 requirement meets the ISO
 * 9001 one; most pairs are {@code INTERSECTS}. The relations are our own reading; no ISO text is
 * reproduced.
 */
final class Iso13485ToIso9001 {
  private Iso13485ToIso9001() {}

  static final String TEXT =
      """
      mapping-set iso-13485-to-iso-9001 | 2016-2015.1 | ISO 13485:2016 to ISO 9001:2015 | iso-13485:2016 -> iso-9001:2015
      source ISO 13485:2016 Annex B (informative), Tables B.1 and B.2, as reproduced at ja.scribd.com/document/393422578, slideshare.net/slideshow/nqa-iso-13485-transition-checklist/125426985 and (French) github ambroise-leclerc/MduX inputs/Documentation/ISO-13485-Complete.md.
      note Annex B pairs clauses, often at heading level; we resolved them to requirement pairs and chose each relation ourselves from the clause content, conservatively (SUPERSET only where meeting the ISO 13485 requirement meets the ISO 9001 one).
      4.1.1 INTERSECTS 4.3
      4.1.1 INTERSECTS 4.4.1
      4.1.2 INTERSECTS 4.4.1
      4.1.3 INTERSECTS 4.4.1
      4.1.3 INTERSECTS 4.4.2
      4.1.4 INTERSECTS 4.4.1
      4.1.5 INTERSECTS 8.4.1
      4.1.5 INTERSECTS 8.4.2
      4.2.1 INTERSECTS 7.5.1
      4.2.2 INTERSECTS 4.3
      4.2.2 INTERSECTS 4.4.2
      4.2.2 INTERSECTS 7.5.1
      4.2.3 INTERSECTS 7.5.3.2
      4.2.4 INTERSECTS 7.5.2
      4.2.4 INTERSECTS 7.5.3.1
      4.2.4 INTERSECTS 7.5.3.2
      4.2.5 INTERSECTS 7.5.2
      4.2.5 INTERSECTS 7.5.3.1
      4.2.5 INTERSECTS 7.5.3.2
      5.1 INTERSECTS 5.1.1
      5.2 SUBSET 5.1.2
      5.3 INTERSECTS 5.2.1
      5.3 INTERSECTS 5.2.2
      5.4.1 SUBSET 6.2.1
      5.4.2 INTERSECTS 5.3
      5.4.2 INTERSECTS 6.1.1
      5.4.2 INTERSECTS 6.3
      5.5.1 INTERSECTS 5.3
      5.5.2 INTERSECTS 5.3
      5.5.3 INTERSECTS 7.4
      5.6.1 INTERSECTS 9.3.1
      5.6.2 INTERSECTS 9.3.2
      5.6.3 INTERSECTS 9.3.3
      6.1 INTERSECTS 7.1.1
      6.1 SUPERSET 7.1.2
      6.2 INTERSECTS 7.1.2
      6.2 INTERSECTS 7.1.6
      6.2 INTERSECTS 7.2
      6.2 INTERSECTS 7.3
      6.3 INTERSECTS 7.1.3
      6.4.1 INTERSECTS 7.1.4
      6.4.2 INTERSECTS 7.1.4
      7.1 INTERSECTS 8.1
      7.2.1 INTERSECTS 8.2.2
      7.2.2 SUPERSET 8.2.3.1
      7.2.2 SUPERSET 8.2.3.2
      7.2.2 SUPERSET 8.2.4
      7.2.3 INTERSECTS 8.2.1
      7.2.3 INTERSECTS 9.1.2
      7.3.1 SUPERSET 8.3.1
      7.3.2 INTERSECTS 8.3.2
      7.3.3 SUPERSET 8.3.3
      7.3.4 INTERSECTS 8.3.5
      7.3.5 INTERSECTS 8.3.4
      7.3.6 INTERSECTS 8.3.4
      7.3.7 INTERSECTS 8.3.4
      7.3.8 INTERSECTS 8.3.5
      7.3.9 SUPERSET 8.3.6
      7.3.9 INTERSECTS 8.5.6
      7.3.10 INTERSECTS 7.5.3.2
      7.4.1 INTERSECTS 8.4.1
      7.4.1 INTERSECTS 8.4.2
      7.4.2 INTERSECTS 8.4.3
      7.4.3 INTERSECTS 8.4.2
      7.4.3 INTERSECTS 8.4.3
      7.4.3 INTERSECTS 8.6
      7.5.1 INTERSECTS 8.5.1
      7.5.1 INTERSECTS 8.5.5
      7.5.3 INTERSECTS 8.5.5
      7.5.4 INTERSECTS 8.5.5
      7.5.6 INTERSECTS 8.5.1
      7.5.8 INTERSECTS 8.5.2
      7.5.9.1 INTERSECTS 8.5.2
      7.5.9.2 INTERSECTS 8.5.2
      7.5.10 SUBSET 8.5.3
      7.5.11 SUPERSET 8.5.4
      7.6 INTERSECTS 7.1.5.1
      7.6 SUPERSET 7.1.5.2
      8.1 INTERSECTS 9.1.1
      8.2.1 INTERSECTS 9.1.2
      8.2.2 INTERSECTS 8.5.5
      8.2.2 INTERSECTS 9.1.2
      8.2.3 INTERSECTS 8.5.5
      8.2.4 INTERSECTS 9.2.1
      8.2.4 INTERSECTS 9.2.2
      8.2.5 INTERSECTS 9.1.1
      8.2.6 INTERSECTS 9.1.1
      8.2.6 SUPERSET 8.6
      8.3.1 INTERSECTS 8.7.1
      8.3.1 INTERSECTS 8.7.2
      8.3.1 INTERSECTS 10.2.1
      8.3.1 INTERSECTS 10.2.2
      8.3.2 INTERSECTS 8.7.1
      8.3.2 INTERSECTS 8.7.2
      8.3.3 INTERSECTS 8.5.5
      8.3.3 INTERSECTS 8.7.1
      8.3.4 INTERSECTS 8.7.1
      8.4 INTERSECTS 9.1.3
      8.5.1 INTERSECTS 10.1
      8.5.1 INTERSECTS 10.3
      8.5.2 INTERSECTS 10.2.1
      8.5.2 INTERSECTS 10.2.2
      8.5.3 INTERSECTS 6.1.1
      8.5.3 INTERSECTS 6.1.2
      """;
}
