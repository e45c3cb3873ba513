package org.qms4j.report;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.qms4j.testing.CatalogArbitraries;

/** Host text for the report properties: any text, and text written to break out of markup. */
final class ReportArbitraries {
  private ReportArbitraries() {}

  /** Attempts to open elements, attributes, URLs and Markdown constructs. */
  static Arbitrary<String> markupTexts() {
    Arbitrary<String> known = Arbitraries.of(
        "<script>alert(1)</script>",
        "</title><script>alert(1)</script>",
        "</style><script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "' onmouseover='alert(1)",
        "\" onload=\"alert(1)",
        "<svg onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "javascript:alert(1)",
        "<iframe srcdoc='<script>alert(1)</script>'>",
        "<!-- <script>alert(1)</script> -->",
        "<![CDATA[<script>alert(1)</script>]]>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "<style>body{display:none}</style>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "[x](javascript:alert(1)) ![y](http://e/x.png) <http://e/> `code` | cell |",
        "# heading\n- item\n1. item\n> quote\n    code\n---",
        "<title>forged</title><meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">");
    Arbitrary<String> soup = Arbitraries.strings().withChars("<>\"'&=/ ;:#`|*_[]()!-\\ascriptonl").ofMinLength(1).ofMaxLength(60);
    Arbitrary<String> wrapped = Combinators.combine(CatalogArbitraries.hostileTexts(), known)
        .as((a, b) -> a + b + a);
    return Arbitraries.oneOf(known, soup, wrapped);
  }

  /** Any text: the core's hostile texts and markup attempts. */
  static Arbitrary<String> hostileTexts() {
    return Arbitraries.oneOf(CatalogArbitraries.hostileTexts(), markupTexts());
  }
}
