package org.learningoffice.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A comment's Atlassian Document Format body as the ticket page shows it: its paragraphs as plain
 * text (mentions by name) and the links it carries. Not a full ADF renderer: the page is there so a
 * newcomer sees what Learning Office wrote, not to lay it out like Jira.
 */
record AdfText(List<String> paragraphs, List<String> links) {

  static AdfText of(JsonNode document) {
    List<String> paragraphs = new ArrayList<>();
    List<String> links = new ArrayList<>();
    for (JsonNode block : document.path("content")) {
      StringBuilder text = new StringBuilder();
      collect(block, text, links);
      if (!text.toString().isBlank()) {
        paragraphs.add(text.toString().strip());
      }
    }
    return new AdfText(List.copyOf(paragraphs), List.copyOf(links));
  }

  private static void collect(JsonNode node, StringBuilder text, List<String> links) {
    switch (node.path("type").asText()) {
      case "text" -> {
        text.append(node.path("text").asText());
        for (JsonNode mark : node.path("marks")) {
          String href = mark.path("attrs").path("href").asText("");
          if ("link".equals(mark.path("type").asText()) && !href.isEmpty()) {
            links.add(href);
          }
        }
      }
      case "mention" -> text.append(node.path("attrs").path("text").asText("@someone"));
      case "hardBreak" -> text.append('\n');
      case "inlineCard" -> links.add(node.path("attrs").path("url").asText());
      default -> {
        for (JsonNode child : node.path("content")) {
          collect(child, text, links);
        }
        if (node.path("type").asText().equals("paragraph")
            || node.path("type").asText().equals("listItem")) {
          text.append('\n');
        }
      }
    }
  }
}
