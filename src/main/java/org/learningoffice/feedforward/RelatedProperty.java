package org.learningoffice.feedforward;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;

/**
 * The issue property {@code learning-office-related} that JQL and other apps read: {@code lessons}
 * (how many were fed forward), {@code pageUrl}, and per lesson its id, title, earlier order's key,
 * unit, type and relevance, as typed (JSON needs no other escaping). At most {@value #MAX_ENTRIES}
 * entries of bounded size (the first the order received, when later ranking rounds added more) keep
 * it far under Jira's 32 KB limit.
 */
final class RelatedProperty {
  static final String KEY = "learning-office-related";
  static final int MAX_ENTRIES = 20;

  private RelatedProperty() {}

  static ObjectNode of(URI page, List<RankedLesson> lessons) {
    ObjectNode value = JsonNodeFactory.instance.objectNode();
    value.put("lessons", lessons.size());
    value.put("pageUrl", page.toString());
    ArrayNode list = value.putArray("related");
    for (RankedLesson ranked : lessons.subList(0, Math.min(MAX_ENTRIES, lessons.size()))) {
      var l = ranked.lesson().lesson();
      list.addObject()
          .put("id", l.publicId())
          .put("title", l.title())
          .put("issueKey", ranked.lesson().issueKey())
          .put("unit", l.unit().value().name())
          .put("type", l.type().value().name())
          .put("relevance", Math.round(ranked.relevance() * 100) / 100.0);
    }
    return value;
  }
}
