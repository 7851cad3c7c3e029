package org.learningoffice.jira;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.learningoffice.jira.Document.Block;
import org.learningoffice.jira.Document.BulletList;
import org.learningoffice.jira.Document.Heading;
import org.learningoffice.jira.Document.Inline;
import org.learningoffice.jira.Document.Link;
import org.learningoffice.jira.Document.Mention;
import org.learningoffice.jira.Document.Paragraph;
import org.learningoffice.jira.Document.Text;

/**
 * Renders a {@link Document} to Atlassian Document Format (Jira Cloud REST v3). Text goes into ADF
 * text nodes as it is, so it is never interpreted; line breaks become {@code hardBreak} nodes
 * because ADF text nodes hold one line.
 */
final class AdfRenderer {
  private final JsonNodeFactory nodes = JsonNodeFactory.instance;

  ObjectNode render(Document document) {
    ObjectNode doc = nodes.objectNode().put("type", "doc").put("version", 1);
    ArrayNode content = doc.putArray("content");
    document.blocks().forEach(block -> content.add(block(block)));
    return doc;
  }

  private ObjectNode block(Block block) {
    if (block instanceof Paragraph paragraph) {
      return paragraph(paragraph);
    }
    if (block instanceof Heading heading) {
      ObjectNode node = nodes.objectNode().put("type", "heading");
      node.putObject("attrs").put("level", heading.level());
      inlines(node.putArray("content"), heading.content());
      return node;
    }
    BulletList list = (BulletList) block;
    ObjectNode node = nodes.objectNode().put("type", "bulletList");
    ArrayNode items = node.putArray("content");
    for (Paragraph item : list.items()) {
      ObjectNode listItem = items.addObject().put("type", "listItem");
      listItem.putArray("content").add(paragraph(item));
    }
    return node;
  }

  private ObjectNode paragraph(Paragraph paragraph) {
    ObjectNode node = nodes.objectNode().put("type", "paragraph");
    inlines(node.putArray("content"), paragraph.content());
    return node;
  }

  private void inlines(ArrayNode target, List<Inline> inlines) {
    for (Inline inline : inlines) {
      if (inline instanceof Text text) {
        textLines(target, text.text(), text.strong() ? mark("strong") : null);
      } else if (inline instanceof Link link) {
        ObjectNode linkMark = mark("link");
        linkMark.putObject("attrs").put("href", link.url().toString());
        textLines(target, link.text().isEmpty() ? link.url().toString() : link.text(), linkMark);
      } else {
        mention(target, ((Mention) inline).user());
      }
    }
  }

  private void mention(ArrayNode target, JiraUser user) {
    if (!(user.id() instanceof UserId.AccountId accountId)) {
      throw new IllegalArgumentException("Jira Cloud mentions need an account id");
    }
    ObjectNode node = target.addObject().put("type", "mention");
    node.putObject("attrs").put("id", accountId.value()).put("text", "@" + user.displayName());
  }

  private void textLines(ArrayNode target, String text, ObjectNode mark) {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        target.addObject().put("type", "hardBreak");
      }
      if (!lines[i].isEmpty()) { // ADF text nodes must not be empty
        ObjectNode node = target.addObject().put("type", "text").put("text", lines[i]);
        if (mark != null) {
          node.putArray("marks").add(mark.deepCopy());
        }
      }
    }
  }

  private ObjectNode mark(String type) {
    return nodes.objectNode().put("type", type);
  }
}
