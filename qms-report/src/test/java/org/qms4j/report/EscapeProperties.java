package org.qms4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Any text, however hostile, comes out of the escapers as text and nothing else. */
class EscapeProperties {
  @Provide
  Arbitrary<String> hostile() {
    return ReportArbitraries.hostileTexts();
  }

  @Property(tries = 500)
  void html_anyTextParsesBackAsTheSameTextInOneElement(@ForAll("hostile") String text) {
    Document d = Jsoup.parseBodyFragment("<p title=\"" + Escape.html(text) + "\">" + Escape.html(text) + "</p>");
    Element body = d.body();
    assertThat(body.children()).hasSize(1);
    Element p = body.child(0);
    assertThat(p.tagName()).isEqualTo("p");
    assertThat(p.children()).isEmpty();
    assertThat(p.attributes().size()).isEqualTo(1);
    String expected = asParsed(text);
    assertThat(p.wholeText()).isEqualTo(expected);
    assertThat(p.attr("title")).isEqualTo(expected);
  }

  @Property(tries = 500)
  void markdown_anyTextComesOutOnOneLineWithEveryMarkupCharacterEscaped(@ForAll("hostile") String text) {
    String md = Escape.markdown(text);
    assertThat(md).doesNotContain("\n", "\r", "\u2028", "\u2029", "\u0085", "<", ">");
    // with every backslash escape removed, no character that starts inline markup is left
    String unescaped = md.replaceAll("\\\\[\\p{Punct}]", "");
    assertThat(unescaped).doesNotContain("`", "*", "_", "[", "]", "|", "~", "$", "\\", "#");
    assertThat(md).doesNotStartWith(" ").doesNotStartWith("-").doesNotStartWith("+").doesNotStartWith("=");
    assertThat(md).doesNotMatch("(?s)^\\d{1,9}[.)](\\s.*)?$");
  }

  /** The text an HTML parser reads back: characters HTML forbids replaced. */
  private static String asParsed(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
          || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
        out.append('\uFFFD');
      } else {
        out.append(c);
      }
    }
    // jsoup, unlike a browser, keeps carriage returns as they are
    return out.toString();
  }

}
