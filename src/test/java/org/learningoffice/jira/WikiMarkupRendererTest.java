package org.learningoffice.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningoffice.jira.Document.link;
import static org.learningoffice.jira.Document.mention;
import static org.learningoffice.jira.Document.strong;
import static org.learningoffice.jira.Document.text;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.learningoffice.jira.Document.BulletList;
import org.learningoffice.jira.Document.Heading;
import org.learningoffice.jira.Document.Paragraph;

/** Wiki markup for Data Center: our structure renders as markup, user text only as text. */
class WikiMarkupRendererTest {
  private static final Pattern ESCAPE = Pattern.compile("\\\\([!|\\[\\]^~+?%{}()*_\\-@])");
  private static final Pattern ENTITY = Pattern.compile("&#(\\d+);");
  private static final String MARKUP_CHARACTERS = "\\{}[]*_-+^~|!#?%()@:&\n\r";

  private final WikiMarkupRenderer renderer = new WikiMarkupRenderer();

  @ParameterizedTest
  @FieldSource("org.learningoffice.jira.HostileText#SAMPLES")
  void hostileTextComesBackVerbatimAsText(String hostile) {
    String rendered = renderer.render(Document.of(Paragraph.of(text(hostile))));

    assertThat(unescape(rendered)).isEqualTo(hostile.replace("\r\n", "\n").replace('\r', '\n'));
  }

  @ParameterizedTest
  @FieldSource("org.learningoffice.jira.HostileText#SAMPLES")
  void hostileTextLeavesNoMarkupCharacterUnescaped(String hostile) {
    String rendered = renderer.render(Document.of(Paragraph.of(text(hostile))));

    String bare = ENTITY.matcher(ESCAPE.matcher(rendered).replaceAll("")).replaceAll("");
    bare = bare.replace("\\\\ ", "");
    for (char c : MARKUP_CHARACTERS.toCharArray()) {
      assertThat(bare).as("unescaped %s in %s", c, rendered).doesNotContain(String.valueOf(c));
    }
  }

  @Test
  void escapesMentionsMacrosAndEffects() {
    assertThat(WikiMarkupRenderer.escape("[~admin]")).isEqualTo("\\[\\~admin\\]");
    assertThat(WikiMarkupRenderer.escape("{code}")).isEqualTo("\\{code\\}");
    assertThat(WikiMarkupRenderer.escape("*bold*")).isEqualTo("\\*bold\\*");
    assertThat(WikiMarkupRenderer.escape("a\\b")).isEqualTo("a&#92;b");
    assertThat(WikiMarkupRenderer.escape("a\nb")).isEqualTo("a\\\\ b");
    assertThat(WikiMarkupRenderer.escape("<script>")).isEqualTo("<script>");
  }

  @Test
  void aParagraphThatLooksLikeAHeadingOrQuoteStaysAParagraph() {
    assertThat(renderer.render(Document.of(Paragraph.of(text("h1. Title")))))
        .isEqualTo("&#104;1. Title");
    assertThat(renderer.render(Document.of(Paragraph.of(text("bq. Quote")))))
        .isEqualTo("&#98;q. Quote");
  }

  @Test
  void rendersHeadingsParagraphsListsLinksMentionsAndStrongText() {
    JiraUser jdoe = new JiraUser(new UserId.Username("jdoe"), "Jane Doe");
    Document document =
        Document.of(
            Heading.of(2, text("Lessons learned")),
            Paragraph.of(
                mention(jdoe),
                text(" please add yours: "),
                link("capture form", URI.create("https://lo.example.com/capture/abc?x=1"))),
            BulletList.of(
                Paragraph.of(strong("Stage"), text(" design")), Paragraph.of(text("two"))));

    assertThat(renderer.render(document))
        .isEqualTo(
            "h2. Lessons learned\n\n"
                + "[~jdoe] please add yours&#58; [capture form|https://lo.example.com/capture/abc?x=1]\n\n"
                + "* *Stage* design\n"
                + "* two");
  }

  @Test
  void linkTextIsEscapedAndTheUrlCannotFormMarkup() {
    // java.net.URI already refuses | [ ] { } and spaces; "!" (an image in wiki markup) it allows.
    String rendered =
        renderer.render(
            Document.of(
                Paragraph.of(
                    link("[~admin]|x", URI.create("https://lo.example.com/a%7Cb!x.png!?q=%5D")))));

    assertThat(rendered)
        .isEqualTo("[\\[\\~admin\\]\\|x|https://lo.example.com/a%7Cb%21x.png%21?q=%5D]");
  }

  @Test
  void onlyHttpLinksAreAllowed() {
    assertThatThrownBy(() -> link("x", URI.create("javascript:alert(1)")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mentionsNeedAPlainUserName() {
    JiraUser cloudUser = new JiraUser(new UserId.AccountId("5b10a2844c20165700ede21g"), "A");
    JiraUser sneaky = new JiraUser(new UserId.Username("x][~admin"), "B");

    assertThatThrownBy(() -> renderer.render(Document.of(Paragraph.of(mention(cloudUser)))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> renderer.render(Document.of(Paragraph.of(mention(sneaky)))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** What Jira's renderer shows for our escapes: the text the user typed. */
  private static String unescape(String rendered) {
    String text = rendered.replace("\\\\ ", "\n");
    text = ESCAPE.matcher(text).replaceAll("$1");
    Matcher entity = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (entity.find()) {
      entity.appendReplacement(
          out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(entity.group(1)))));
    }
    entity.appendTail(out);
    return out.toString();
  }
}
