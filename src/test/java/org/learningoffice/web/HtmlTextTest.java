package org.learningoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
  @Test
  void theFiveCharactersThatEndTextOrAnAttributeBecomeEntities() {
    assertThat(HtmlText.escape("<a href=\"x\" title='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  }

  @Test
  void controlCharactersXmlForbidsAreDroppedAndLineBreaksAndTabsKept() {
    assertThat(HtmlText.escape("a\u0000b\u0007c\u001bd\te\nf\rg")).isEqualTo("abcd\te\nf\rg");
  }

  @Test
  void otherTextIsLeftAsItIs() {
    assertThat(HtmlText.escape("Åsa Öberg: 5 € — 日本")).isEqualTo("Åsa Öberg: 5 € — 日本");
  }
}
