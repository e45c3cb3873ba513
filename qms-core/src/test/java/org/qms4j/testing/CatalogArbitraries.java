package org.qms4j.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.qms4j.catalog.CatalogId;

/**
 * jqwik arbitraries for the texts of catalogs: identifiers in their full syntax, clause numbers of
 * {@link org.qms4j.catalog.NumberingStyle#FREE FREE} catalogs, and hostile text. Kept beside
 * {@link QmsArbitraries}, which generates whole, valid domain objects.
 */
public final class CatalogArbitraries {

  /** The punctuation allowed in catalog ids after the first character. */
  public static final String CATALOG_ID_PUNCTUATION = "._:/+-";
  /** The punctuation allowed in the other typed ids after the first character. */
  public static final String ID_PUNCTUATION = "._:/#+-()";

  private static final String ALNUM =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  private CatalogArbitraries() {}

  /**
   * Valid identifier texts: 1 to 200 characters, a letter or digit first, then letters, digits
   * and the given punctuation.
   *
   * @param punctuation the punctuation allowed after the first character
   * @return the arbitrary
   */
  public static Arbitrary<String> idTexts(String punctuation) {
    Arbitrary<Character> first = Arbitraries.of(chars(ALNUM));
    Arbitrary<String> rest = Arbitraries.strings().withChars(ALNUM + punctuation).ofMaxLength(199);
    return Combinators.combine(first, rest).as((f, r) -> f + r);
  }

  /** Catalog ids in their full syntax, such as {@code fda-qmsr:2026} or {@code a.b/c+1}. */
  public static Arbitrary<CatalogId> catalogIds() {
    return idTexts(CATALOG_ID_PUNCTUATION).map(CatalogId::of);
  }

  /**
   * Clause numbers a {@link org.qms4j.catalog.NumberingStyle#FREE FREE} catalog accepts: 1 to 100
   * characters of letters, digits, spaces, {@code # ( ) . - § /} and a few non-ASCII letters, with
   * no white space at either end. Shapes such as {@code 820.30(a)}, {@code AC-2(1)} and {@code IC
   * EP #3} all occur.
   */
  public static Arbitrary<String> freeClauseNumbers() {
    Arbitrary<String> edge = Arbitraries.strings().withChars(ALNUM + "#().-§/éΩ").ofMinLength(1).ofMaxLength(3);
    Arbitrary<String> middle = Arbitraries.strings().withChars(ALNUM + "#(). -§/éΩ").ofMaxLength(94);
    Arbitrary<String> composed = Combinators.combine(edge, middle, edge).as((a, m, b) -> a + m + b);
    Arbitrary<String> shaped =
        Arbitraries.of("820.30(a)", "AC-2(1)", "IC.02.01.01 EP #3", "A.5.1", "POL-IC-007", "§ 820.30", "#", "a#b#c");
    return Arbitraries.frequencyOf(Tuple.of(1, shaped), Tuple.of(4, composed));
  }

  /**
   * Hostile text: any UTF-16 content, including control characters, line and paragraph
   * separators, lone surrogates, text that imitates a problem line, and text far longer than any
   * limit.
   */
  public static Arbitrary<String> hostileTexts() {
    Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(120);
    Arbitrary<String> breaking =
        Arbitraries.strings()
            .withChars("\u0000\u0001\u0007\t\n\u000B\f\r\u001B\u007F\u0085\u2028\u2029\uD800\uDC00\uFEFF'\\ a1.")
            .ofMinLength(1)
            .ofMaxLength(40);
    Arbitrary<String> forged =
        Arbitraries.of(
            "4\n  - clause 9: forged problem",
            "4\r\n  - forged",
            "4\u2028  - forged",
            "4\u0085  - forged",
            "\u001B[31mred\u001B[0m",
            "'quoted' \\ backslash");
    Arbitrary<String> long_ =
        Combinators.combine(anyChars, Arbitraries.integers().between(100, 2_000))
            .as((s, n) -> (s.isEmpty() ? "x" : s).repeat(Math.max(1, n / Math.max(1, s.length()))));
    return Arbitraries.oneOf(anyChars, breaking, forged, long_);
  }

  private static Character[] chars(String s) {
    Character[] out = new Character[s.length()];
    for (int i = 0; i < s.length(); i++) {
      out[i] = s.charAt(i);
    }
    return out;
  }
}
