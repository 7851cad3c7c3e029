package org.learningoffice.digest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.learningoffice.digest.Outline.Bar;
import org.learningoffice.digest.Outline.Bars;
import org.learningoffice.digest.Outline.Block;
import org.learningoffice.digest.Outline.Entry;
import org.learningoffice.digest.Outline.Para;
import org.learningoffice.digest.Outline.Section;
import org.learningoffice.digest.Outline.Span;
import org.learningoffice.digest.Outline.Table;

/**
 * The digest as a Slack incoming-webhook message in Block Kit: a header, then each section of the
 * digest as section blocks in mrkdwn (a long one split into several, since Slack takes at most
 * 3,000 characters a block), with {@code &}, {@code <} and {@code >} escaped as Slack asks, so user
 * text cannot make links, mentions or channel pings.
 */
public final class SlackRenderer {
  /** Slack refuses a section text longer than 3,000 characters and a message of 50+ blocks. */
  private static final int MAX_TEXT = 3000;

  private static final int MAX_BLOCKS = 50;

  private final ObjectMapper json;

  @Inject
  public SlackRenderer(ObjectMapper json) {
    this.json = json;
  }

  /** The webhook's JSON body. */
  public ObjectNode render(Digest digest) {
    Outline outline = OutlineBuilder.outline(digest);
    ObjectNode body = json.createObjectNode();
    body.put("text", outline.title());
    ArrayNode blocks = body.putArray("blocks");
    ObjectNode header = blocks.addObject().put("type", "header");
    header.putObject("text").put("type", "plain_text").put("text", truncate(outline.title(), 150));
    List<String> texts = new ArrayList<>();
    for (Section section : outline.sections()) {
      texts.addAll(texts(section));
    }
    if (texts.size() > MAX_BLOCKS - 1) {
      // the last section (the dashboard's link) stays; a note says that something was left out
      String last = texts.get(texts.size() - 1);
      texts = new ArrayList<>(texts.subList(0, MAX_BLOCKS - 3));
      texts.add(
          "_… the rest of this digest does not fit in one Slack message: see the dashboard._");
      texts.add(last);
    }
    for (String text : texts) {
      ObjectNode s = blocks.addObject().put("type", "section");
      s.putObject("text").put("type", "mrkdwn").put("text", text);
    }
    return body;
  }

  /**
   * A section as one or more section texts of at most {@link #MAX_TEXT} characters, split between
   * its blocks (a continuation repeats the title), so a long list keeps every entry and link; a
   * single block longer than that is cut where no link or escape is cut in half.
   */
  private static List<String> texts(Section section) {
    String title = "*" + escape(section.title()) + "*\n";
    String continued = "*" + escape(section.title()) + " (continued)*\n";
    List<String> texts = new ArrayList<>();
    StringBuilder text = new StringBuilder(title);
    for (Block block : section.blocks()) {
      String b = cut(block(block), MAX_TEXT - continued.length() - 1) + "\n";
      if (text.length() + b.length() > MAX_TEXT) {
        texts.add(text.toString());
        text = new StringBuilder(continued);
      }
      text.append(b);
    }
    texts.add(text.toString());
    return texts;
  }

  /** At most {@code max} characters of mrkdwn, ending in "…" outside any link or escape. */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - 1;
    int open = text.lastIndexOf('<', end - 1);
    if (open >= 0 && text.lastIndexOf('>', end - 1) < open) {
      end = open;
    }
    int amp = text.lastIndexOf('&', end - 1);
    int semicolon = amp < 0 ? -1 : text.indexOf(';', amp);
    if (amp >= 0 && (semicolon < 0 || semicolon >= end)) {
      end = amp;
    }
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  private static String block(Block block) {
    if (block instanceof Para p) {
      return spans(p.spans());
    }
    if (block instanceof Entry e) {
      StringBuilder s = new StringBuilder("• ").append(spans(e.heading())).append('\n');
      s.append("> ").append(escape(e.body()).replace("\n", "\n> ")).append('\n');
      for (Para note : e.notes()) {
        s.append("_").append(spans(note.spans())).append("_\n");
      }
      return s.toString();
    }
    if (block instanceof Table t) {
      StringBuilder s = new StringBuilder("```");
      s.append(escape(String.join(" | ", t.header()))).append('\n');
      for (List<String> row : t.rows()) {
        s.append(escape(String.join(" | ", row))).append('\n');
      }
      return s.append("```").toString();
    }
    Bars bars = (Bars) block;
    StringBuilder s = new StringBuilder(escape(bars.caption())).append('\n');
    for (Bar bar : bars.bars()) {
      int filled = (int) Math.round(bar.fraction() * 10);
      s.append("`")
          .append("█".repeat(filled))
          .append("░".repeat(10 - filled))
          .append("` ")
          .append(escape(bar.label()))
          .append(": ")
          .append(escape(bar.figure()))
          .append('\n');
    }
    return s.toString();
  }

  private static String spans(List<Span> spans) {
    StringBuilder s = new StringBuilder();
    for (Span span : spans) {
      String text = escape(span.text());
      if (span.link().isPresent()) {
        // '|' ends a link's URL part; the label may not hold one either
        s.append('<')
            .append(escape(span.link().get().toString()))
            .append('|')
            .append(text.replace('|', '¦'))
            .append('>');
      } else if (span.strong() && !text.isBlank()) {
        s.append('*').append(text.strip()).append('*');
      } else {
        s.append(text);
      }
    }
    return s.toString();
  }

  /** Slack's escaping for message text: only these three characters are control characters. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
