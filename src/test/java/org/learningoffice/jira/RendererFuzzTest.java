package org.learningoffice.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.learningoffice.jira.Document.Block;
import org.learningoffice.jira.Document.BulletList;
import org.learningoffice.jira.Document.Heading;
import org.learningoffice.jira.Document.Inline;
import org.learningoffice.jira.Document.Mention;
import org.learningoffice.jira.Document.Paragraph;

/**
 * Any text a person types renders on Cloud and on Data Center without an exception and shows as
 * typed: ADF text nodes hold it verbatim, wiki markup escapes every character that could form
 * markup.
 */
class RendererFuzzTest {
  private static final String BACKSLASH_ESCAPED = "!|[]^~+?%{}()*_-@";
  private static final String NEVER_RAW = BACKSLASH_ESCAPED + "\\&#:\n\r";

  private final AdfRenderer adf = new AdfRenderer();
  private final WikiMarkupRenderer wiki = new WikiMarkupRenderer();

  @FuzzTest(maxDuration = "10m")
  void userTextRendersAsTypedOnCloudAndDataCenter(FuzzedDataProvider data) {
    String typed = data.consumeString(500);
    String normalized = typed.replace("\r\n", "\n").replace('\r', '\n');

    assertThat(unescape(WikiMarkupRenderer.escape(typed))).isEqualTo(normalized);
    assertThat(adfText(adf.render(Document.of(Paragraph.of(Document.text(typed))))))
        .isEqualTo(normalized);
    assertThat(wiki.render(Document.of(Paragraph.of(Document.text(typed)))))
        .doesNotContainPattern("^(h[1-6]|bq)\\.");

    Document document = document(data);
    assertThat(adf.render(document).toString()).isNotEmpty();
    Document onDataCenter = withUserNames(document);
    if (onDataCenter.blocks().stream().anyMatch(RendererFuzzTest::hasUnmentionableName)) {
      assertThatThrownBy(() -> wiki.render(onDataCenter))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("user name cannot be mentioned");
    } else {
      wiki.render(onDataCenter);
    }
  }

  /** Reads wiki markup made by {@code escape} back; fails on any character left unescaped. */
  private static String unescape(String escaped) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < escaped.length()) {
      char c = escaped.charAt(i);
      if (escaped.startsWith("\\\\ ", i)) {
        out.append('\n');
        i += 3;
      } else if (c == '\\') {
        assertThat(i + 1).as("backslash at the end of %s", escaped).isLessThan(escaped.length());
        assertThat(BACKSLASH_ESCAPED).contains(String.valueOf(escaped.charAt(i + 1)));
        out.append(escaped.charAt(i + 1));
        i += 2;
      } else if (c == '&') {
        int end = escaped.indexOf(';', i);
        assertThat(escaped.substring(i, end + 1)).matches("&#[0-9]+;");
        out.append((char) Integer.parseInt(escaped.substring(i + 2, end)));
        i = end + 1;
      } else {
        assertThat(NEVER_RAW.indexOf(c)).as("raw %s in %s", c, escaped).isNegative();
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The text of a one-paragraph ADF document, hard breaks read as line breaks. */
  private static String adfText(JsonNode doc) {
    StringBuilder out = new StringBuilder();
    for (JsonNode node : doc.path("content").path(0).path("content")) {
      if (node.path("type").asText().equals("hardBreak")) {
        out.append('\n');
      } else {
        String text = node.path("text").asText();
        assertThat(text).isNotEmpty().doesNotContain("\n").doesNotContain("\r");
        out.append(text);
      }
    }
    return out.toString();
  }

  private static Document document(FuzzedDataProvider data) {
    List<Block> blocks = new ArrayList<>();
    int count = data.consumeInt(0, 4);
    for (int b = 0; b < count; b++) {
      switch (data.consumeInt(0, 2)) {
        case 0 -> blocks.add(new Paragraph(inlines(data)));
        case 1 -> blocks.add(new Heading(data.consumeInt(1, 6), inlines(data)));
        default -> {
          List<Paragraph> items = new ArrayList<>();
          int n = data.consumeInt(0, 3);
          for (int i = 0; i < n; i++) {
            items.add(new Paragraph(inlines(data)));
          }
          blocks.add(new BulletList(items));
        }
      }
    }
    return new Document(blocks);
  }

  private static List<Inline> inlines(FuzzedDataProvider data) {
    List<Inline> inlines = new ArrayList<>();
    int count = data.consumeInt(0, 4);
    for (int i = 0; i < count; i++) {
      switch (data.consumeInt(0, 3)) {
        case 0 -> inlines.add(Document.text(data.consumeString(100)));
        case 1 -> inlines.add(Document.strong(data.consumeString(100)));
        case 2 -> {
          String text = data.consumeString(50);
          String url = "https://jira.example.com/" + data.consumeString(50);
          try {
            inlines.add(Document.link(text, new URI(url)));
          } catch (URISyntaxException notAUrl) {
            // the caller builds links from URIs it made; an invalid one never reaches a renderer
          }
        }
        default -> {
          String name = data.consumeString(30);
          if (!name.isBlank()) {
            inlines.add(Document.mention(new JiraUser(new UserId.AccountId(name), name)));
          }
        }
      }
    }
    return inlines;
  }

  /** The same document with its mentions by Data Center user name. */
  private static Document withUserNames(Document document) {
    List<Block> blocks = new ArrayList<>();
    for (Block block : document.blocks()) {
      if (block instanceof Paragraph p) {
        blocks.add(new Paragraph(userNames(p.content())));
      } else if (block instanceof Heading h) {
        blocks.add(new Heading(h.level(), userNames(h.content())));
      } else {
        blocks.add(
            new BulletList(
                ((BulletList) block)
                    .items().stream().map(p -> new Paragraph(userNames(p.content()))).toList()));
      }
    }
    return new Document(blocks);
  }

  private static List<Inline> userNames(List<Inline> inlines) {
    return inlines.stream()
        .map(
            i ->
                i instanceof Mention m
                    ? (Inline)
                        Document.mention(
                            new JiraUser(
                                new UserId.Username(m.user().id().value()), m.user().displayName()))
                    : i)
        .toList();
  }

  private static boolean hasUnmentionableName(Block block) {
    List<Inline> inlines = new ArrayList<>();
    if (block instanceof Paragraph p) {
      inlines.addAll(p.content());
    } else if (block instanceof Heading h) {
      inlines.addAll(h.content());
    } else {
      ((BulletList) block).items().forEach(p -> inlines.addAll(p.content()));
    }
    return inlines.stream()
        .anyMatch(
            i ->
                i instanceof Mention m
                    && m.user()
                        .id()
                        .value()
                        .chars()
                        .anyMatch(c -> "[]|{}~\\".indexOf(c) >= 0 || Character.isISOControl(c)));
  }
}
