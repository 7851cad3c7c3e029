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
 * The digest as a Microsoft Teams message carrying an Adaptive Card (for an incoming webhook or a
 * Workflows URL). TextBlocks take a subset of Markdown, so user text has every Markdown character
 * backslash-escaped; links are the only Markdown we write.
 */
public final class TeamsRenderer {
  private static final String MARKDOWN = "\\`*_{}[]()#+-.!|~<>";

  private final ObjectMapper json;

  @Inject
  public TeamsRenderer(ObjectMapper json) {
    this.json = json;
  }

  /** The webhook's JSON body. */
  public ObjectNode render(Digest digest) {
    Outline outline = OutlineBuilder.outline(digest);
    ObjectNode message = json.createObjectNode().put("type", "message");
    ObjectNode attachment = message.putArray("attachments").addObject();
    attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
    attachment.putNull("contentUrl");
    ObjectNode card = attachment.putObject("content");
    card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json")
        .put("type", "AdaptiveCard")
        .put("version", "1.4");
    card.putObject("msteams").put("width", "Full");
    ArrayNode body = card.putArray("body");
    text(body, escape(outline.title()), "Large", true);
    for (Section section : outline.sections()) {
      text(body, escape(section.title()), "Medium", true).put("separator", true);
      for (Block block : section.blocks()) {
        block(body, block);
      }
    }
    return message;
  }

  private void block(ArrayNode body, Block block) {
    if (block instanceof Para p) {
      text(body, spans(p.spans()), "Default", false);
    } else if (block instanceof Entry e) {
      text(body, spans(e.heading()), "Default", false);
      text(body, escape(e.body()), "Default", false);
      for (Para note : e.notes()) {
        text(body, spans(note.spans()), "Small", false).put("isSubtle", true);
      }
    } else if (block instanceof Table t) {
      ArrayNode facts = body.addObject().put("type", "FactSet").putArray("facts");
      for (int r = 0; r < t.rows().size(); r++) {
        facts
            .addObject()
            .put("title", escape(t.header().get(0) + " " + t.rows().get(r).get(0)))
            .put("value", spans(describe(t, r)));
      }
    } else if (block instanceof Bars bars) {
      text(body, escape(bars.caption()), "Default", true);
      ArrayNode facts = body.addObject().put("type", "FactSet").putArray("facts");
      for (Bar bar : bars.bars()) {
        int filled = (int) Math.round(bar.fraction() * 10);
        facts
            .addObject()
            .put("title", escape(bar.label()))
            .put(
                "value", "█".repeat(filled) + "░".repeat(10 - filled) + " " + escape(bar.figure()));
      }
    }
  }

  /** The row's cells after the first, each after its header, links kept. */
  private static List<Span> describe(Table t, int row) {
    List<Span> spans = new ArrayList<>();
    for (int c = 1; c < t.rows().get(row).size() && c < t.header().size(); c++) {
      spans.add(Span.text((c > 1 ? ", " : "") + t.header().get(c) + " "));
      spans.add(t.cell(row, c));
    }
    return spans;
  }

  private ObjectNode text(ArrayNode body, String text, String size, boolean bold) {
    ObjectNode block =
        body.addObject().put("type", "TextBlock").put("text", text).put("wrap", true);
    if (!"Default".equals(size)) {
      block.put("size", size);
    }
    if (bold) {
      block.put("weight", "Bolder");
    }
    return block;
  }

  private static String spans(List<Span> spans) {
    StringBuilder s = new StringBuilder();
    for (Span span : spans) {
      String text = escape(span.text());
      if (span.link().isPresent()) {
        s.append('[').append(text).append("](").append(span.link().get()).append(')');
      } else if (span.strong() && !text.isBlank()) {
        s.append("**").append(text.strip()).append("**");
      } else {
        s.append(text);
      }
    }
    return s.toString();
  }

  /** Backslash before every character Markdown could read as syntax. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (MARKDOWN.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
