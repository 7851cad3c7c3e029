package org.learningoffice.digest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
 * backslash-escaped; links are the only Markdown we write. A message stays under Teams' size limit:
 * past {@link #MAX_BYTES} the sections stop, a line says so, and the dashboard's link still ends
 * it.
 */
public final class TeamsRenderer {
  private static final String MARKDOWN = "\\`*_{}[]()#+-.!|~<>";

  /** One or more line breaks in a row. */
  private static final Pattern LINE_BREAKS = Pattern.compile("(\\r\\n?|\\n)+");

  /**
   * Bytes of JSON a message holds at most: Teams refuses a webhook message over 28 KB; the rest is
   * room for what the webhook adds around it.
   */
  static final int MAX_BYTES = 24 * 1024;

  private static final String TOO_LONG =
      "… the rest of this digest does not fit in one Teams message: see the dashboard\\.";

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
    List<Section> sections = outline.sections();
    // the last section, the dashboard's link, always goes in; the others while the message fits
    Section last = sections.get(sections.size() - 1);
    ArrayNode end = json.createArrayNode();
    for (ArrayNode part : parts(last)) {
      end.addAll(part);
    }
    ArrayNode note = json.createArrayNode();
    text(note, TOO_LONG, "Default", false).put("isSubtle", true);
    int size = bytes(message) + bytes(end) + bytes(note);
    boolean cut = false;
    for (Section section : sections.subList(0, sections.size() - 1)) {
      for (ArrayNode part : parts(section)) {
        size += bytes(part);
        if (size > MAX_BYTES) {
          cut = true;
          break;
        }
        body.addAll(part);
      }
      if (cut) {
        break;
      }
    }
    if (cut) {
      body.addAll(note);
    }
    body.addAll(end);
    return message;
  }

  /**
   * A section's card items, in parts kept whole: its heading with its first block, then a block
   * each.
   */
  private List<ArrayNode> parts(Section section) {
    List<ArrayNode> parts = new ArrayList<>();
    ArrayNode part = json.createArrayNode();
    text(part, escape(section.title()), "Medium", true).put("separator", true);
    for (Block block : section.blocks()) {
      block(part, block);
      parts.add(part);
      part = json.createArrayNode();
    }
    if (parts.isEmpty()) {
      parts.add(part);
    }
    return parts;
  }

  /** The JSON bytes of a node; of an array's items, with the commas between them. */
  private int bytes(JsonNode node) {
    try {
      if (node.isArray()) {
        int n = 0;
        for (JsonNode item : node) {
          n += json.writeValueAsBytes(item).length + 1;
        }
        return n;
      }
      return json.writeValueAsBytes(node).length;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
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
    // a TextBlock is Markdown, which joins lines a single line break separates: a lesson's lines
    // stay lines only as paragraphs
    ObjectNode block =
        body.addObject()
            .put("type", "TextBlock")
            .put("text", LINE_BREAKS.matcher(text).replaceAll("\n\n"))
            .put("wrap", true);
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
