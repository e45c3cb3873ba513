package org.qms4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class EscapeTest {
  @Test
  void html_markupCharactersBecomeEntities() {
    assertThat(Escape.html("<script>alert('x') & \"y\"</script>"))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
  }

  @Test
  void html_controlCharactersAndLoneSurrogatesBecomeReplacementCharacters() {
    assertThat(Escape.html("a\u0000b\u001Bc\u0085d\uD800e\uDC00f\t\n\r")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\t\n\r");
  }

  @Test
  void html_surrogatePairsStay() {
    assertThat(Escape.html("\uD83D\uDE00 ok")).isEqualTo("\uD83D\uDE00 ok");
  }

  @Test
  void html_anAttributeCannotBeClosedFromInside() {
    String hostile = "x\" onmouseover=\"alert(1)\" data-x='";
    Document d = Jsoup.parse("<p title=\"" + Escape.html(hostile) + "\" class='" + Escape.html(hostile) + "'>t</p>");
    assertThat(d.selectFirst("p").attributes().asList()).extracting(a -> a.getKey()).containsExactly("title", "class");
    assertThat(d.selectFirst("p").attr("title")).isEqualTo(hostile);
  }

  @Test
  void markdown_markupCharactersAreEscaped() {
    assertThat(Escape.markdown("<script>alert(1)</script>")).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(Escape.markdown("a | b `c` *d* _e_ [f](javascript:x) ~g~ $h$ \\ !i"))
        .isEqualTo("a \\| b \\`c\\` \\*d\\* \\_e\\_ \\[f\\](javascript:x) \\~g\\~ \\$h\\$ \\\\ \\!i");
  }

  @Test
  void markdown_blockStartsAreEscaped() {
    assertThat(Escape.markdown("# Heading")).isEqualTo("\\# Heading");
    assertThat(Escape.markdown("- item")).isEqualTo("\\- item");
    assertThat(Escape.markdown("+ item")).isEqualTo("\\+ item");
    assertThat(Escape.markdown("> quote")).isEqualTo("&gt; quote");
    assertThat(Escape.markdown("===")).isEqualTo("\\===");
    assertThat(Escape.markdown("1. item")).isEqualTo("1\\. item");
    assertThat(Escape.markdown("12) item")).isEqualTo("12\\) item");
    assertThat(Escape.markdown("    code")).isEqualTo("code");
  }

  @Test
  void markdown_clauseNumbersAndDecimalsStayReadable() {
    assertThat(Escape.markdown("4.1")).isEqualTo("4.1");
    assertThat(Escape.markdown("80.5%")).isEqualTo("80.5%");
    assertThat(Escape.markdown("820.30(a)")).isEqualTo("820.30(a)");
  }

  @Test
  void markdown_lineBreaksBecomeSpacesSoATableRowStaysOneLine() {
    assertThat(Escape.markdown("one\ntwo\r\nthree\u2028four\u0085five")).isEqualTo("one two  three four five");
  }

  @Test
  void markdown_controlCharactersAndLoneSurrogatesBecomeReplacementCharacters() {
    assertThat(Escape.markdown("a\u0000b\uDC00c")).isEqualTo("a\uFFFDb\uFFFDc");
  }
}
