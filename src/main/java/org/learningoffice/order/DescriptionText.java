package org.learningoffice.order;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.learningoffice.store.StorableText;

/**
 * The plain words of an issue's {@code description}: Data Center and Cloud webhooks send wiki
 * markup as a string, Cloud's REST API v3 an Atlassian Document (ADF), whose {@code text} nodes are
 * read in document order with a line break after each block. Used to find what an order is about,
 * not to show it, so markup characters are left as they are and the result is cut at {@value
 * #MAX_CHARS} characters.
 */
final class DescriptionText {
  /** Enough words to tell what an order is about; the rest adds little but cost. */
  static final int MAX_CHARS = 4000;

  /** ADF nodes that end a line: a paragraph, a heading, a list item, a table cell and the like. */
  private static final Set<String> BLOCKS =
      Set.of(
          "paragraph",
          "heading",
          "listItem",
          "blockquote",
          "codeBlock",
          "panel",
          "tableCell",
          "tableHeader",
          "hardBreak",
          "rule");

  private DescriptionText() {}

  /** The description's text; empty when the issue has none or it is neither a string nor ADF. */
  static String of(JsonNode description) {
    if (description.isTextual()) {
      return StorableText.bounded(description.asText().strip(), MAX_CHARS);
    }
    if (!description.isObject()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    // depth first without recursion: a document is as deep as its sender made it
    Deque<JsonNode> pending = new ArrayDeque<>();
    pending.push(description);
    while (!pending.isEmpty() && text.length() < MAX_CHARS) {
      JsonNode node = pending.pop();
      if (node.isMissingNode()) {
        text.append('\n');
        continue;
      }
      String type = node.path("type").asText("");
      if ("text".equals(type)) {
        text.append(node.path("text").asText(""));
      } else if ("mention".equals(type) || "emoji".equals(type)) {
        text.append(node.path("attrs").path("text").asText(""));
      }
      if (BLOCKS.contains(type)) {
        pending.push(MissingNode.getInstance());
      }
      JsonNode content = node.path("content");
      for (int i = content.isArray() ? content.size() - 1 : -1; i >= 0; i--) {
        pending.push(content.get(i));
      }
    }
    return StorableText.bounded(text.toString().strip(), MAX_CHARS);
  }
}
