package org.qms4j.standards;

/**
 * The mapping set from the QMSR (21 CFR part 820, catalog {@code fda-qmsr:2026}) to ISO 13485:2016
 * (catalog {@code iso-13485:2016}), in the line format read by {@code org.qms4j.standards.Outline}.
 *
 * <p>Each QMSR requirement is related to the ISO 13485 clause requirements it supplements. No pair
 * is {@code SUPERSET}: 820.10(a) and (c) make whole ISO clauses binding, but one item of evidence
 * filed against the QMSR paragraph does not show each of those clauses met, so they are {@code
 * INTERSECTS}; so are the record-content and labeling additions of 820.35 and 820.45 (a few single
 * record items {@code SUBSET}), because the ISO clauses also ask for procedures and activities that
 * the QMSR paragraphs do not restate. The relations are our own
 * reading; no ISO text is reproduced.
 */
final class QmsrToIso13485 {
  private QmsrToIso13485() {}

  static final String TEXT =
      """
      mapping-set qmsr-to-iso-13485 | 2026.1 | 21 CFR 820 (QMSR) to ISO 13485:2016 | fda-qmsr:2026 -> iso-13485:2016
      source The ISO 13485 clauses named in 21 CFR 820.10, 820.35 and 820.45 as amended by 89 FR 7496 (2 Feb 2024), read against ISO 13485:2016; relations are our own conservative reading.
      note No pair is SUPERSET: 820.10(a) and (c) make ISO clauses binding, but evidence filed against the QMSR paragraph alone does not show each ISO clause met, so they are INTERSECTS; added record content is INTERSECTS because ISO asks for procedures and activities the QMSR paragraph does not restate. 820.1(a)(4) and 820.3(b) have no ISO requirement target.
      # Subpart A: scope and the QMS requirements of 820.10
      820.1(a) INTERSECTS 4.1.1
      820.10(a) INTERSECTS 4.1.1
      820.10(a) INTERSECTS 4.2.1
      820.10(b) INTERSECTS 4.1.1
      820.10(b)(1) INTERSECTS 7.5.8
      820.10(b)(2) INTERSECTS 7.5.9.1
      820.10(b)(3) INTERSECTS 8.2.3
      820.10(b)(4) INTERSECTS 7.2.3
      820.10(b)(4) INTERSECTS 8.2.3
      820.10(b)(4) INTERSECTS 8.3.3
      # 820.10(c) makes all of ISO 13485 7.3 binding for class II, class III and the listed class I devices
      820.10(c) INTERSECTS 7.3.1
      820.10(c) INTERSECTS 7.3.2
      820.10(c) INTERSECTS 7.3.3
      820.10(c) INTERSECTS 7.3.4
      820.10(c) INTERSECTS 7.3.5
      820.10(c) INTERSECTS 7.3.6
      820.10(c) INTERSECTS 7.3.7
      820.10(c) INTERSECTS 7.3.8
      820.10(c) INTERSECTS 7.3.9
      820.10(c) INTERSECTS 7.3.10
      820.10(d) INTERSECTS 7.5.9.2
      # Subpart B: 820.35 adds record content to ISO 13485 4.2.5 and to the clauses each paragraph names
      820.35(a) INTERSECTS 8.2.2
      820.35(a) INTERSECTS 4.2.5
      820.35(a)(1) INTERSECTS 8.2.2
      820.35(a)(2) INTERSECTS 8.2.2
      820.35(a)(3) INTERSECTS 8.2.2
      820.35(a)(4) INTERSECTS 8.2.2
      820.35(a)(5) SUBSET 8.2.2
      820.35(a)(6) SUBSET 8.2.2
      820.35(a)(7) INTERSECTS 8.2.2
      820.35(b) INTERSECTS 7.5.4
      820.35(b) INTERSECTS 4.2.5
      820.35(b)(1) INTERSECTS 7.5.4
      820.35(b)(2) INTERSECTS 7.5.4
      820.35(b)(3) INTERSECTS 7.5.4
      820.35(b)(4) INTERSECTS 7.5.4
      820.35(b)(5) SUBSET 7.5.4
      820.35(b)(6) INTERSECTS 7.5.4
      820.35(c) INTERSECTS 7.5.1
      820.35(c) INTERSECTS 7.5.8
      820.35(c) INTERSECTS 7.5.9.1
      820.35(c) INTERSECTS 7.5.9.2
      820.35(c) INTERSECTS 4.2.5
      820.35(d) INTERSECTS 4.2.5
      # 820.45 adds labeling and packaging controls to ISO 13485 7.5.1
      820.45 INTERSECTS 7.5.1
      820.45 INTERSECTS 7.5.11
      820.45(a) INTERSECTS 7.5.1
      820.45(a) INTERSECTS 8.2.6
      820.45(a)(1) INTERSECTS 7.5.1
      820.45(a)(2) INTERSECTS 7.5.1
      820.45(a)(3) INTERSECTS 7.5.1
      820.45(a)(4) INTERSECTS 7.5.1
      820.45(a)(5) INTERSECTS 7.5.1
      820.45(b) INTERSECTS 7.5.1
      820.45(b) INTERSECTS 4.2.5
      820.45(c) INTERSECTS 7.5.1
      820.45(c) INTERSECTS 4.2.5
      """;
}
