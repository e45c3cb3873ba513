package org.qms4j.catalog;

/**
 * How a catalog numbers its clauses, and so how its clause numbers are checked.
 *
 * <p>ISO standards number clauses {@code 7.5.3}: {@link #DOTTED}. Other sources use their own
 * labels, such as {@code 820.30(a)} (US federal regulations), {@code AC-2(1)} (NIST SP 800-53) or
 * {@code IC.02.01.01} (Joint Commission elements), and hospital policies use codes of their own:
 * {@link #FREE}.
 */
public enum NumberingStyle {
  /**
   * Dot-separated segments of ASCII letters and digits ({@code 4}, {@code 7.5.3}, {@code A.2}); a
   * sub-clause's number extends its parent's by exactly one segment, and a top-level number has
   * one segment. The default.
   */
  DOTTED,
  /**
   * Free labels: any printable text without line breaks, at most {@value Catalog#MAX_NUMBER}
   * characters, with no white space (no-break spaces included) at either end, unique in the
   * catalog. Nesting is given by the clause tree alone, never by prefixes.
   */
  FREE
}
