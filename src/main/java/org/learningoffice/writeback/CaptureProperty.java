package org.learningoffice.writeback;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import org.learningoffice.lesson.CaptureLessonStore;
import org.learningoffice.lesson.Lesson;

/**
 * The issue entity property {@code learning-office} that JQL and other apps read: {@code status}
 * ({@code awaiting-lessons}, then {@code captured}), {@code lessons} (how many), {@code formUrl},
 * {@code units} and {@code types} (the facets the lessons have, by enum name), and {@code newest}:
 * the newest lessons' id, title, author and facets, as typed (JSON needs no other escaping). Kept
 * well under Jira's 32 KB property limit by listing only {@value CaptureLessonStore#NEWEST}.
 */
final class CaptureProperty {
  static final String KEY = "learning-office";
  static final String AWAITING = "awaiting-lessons";
  static final String CAPTURED = "captured";

  private CaptureProperty() {}

  static ObjectNode of(URI formUrl, CaptureLessonStore.Tally tally) {
    ObjectNode value = JsonNodeFactory.instance.objectNode();
    value.put("status", tally.lessons() == 0 ? AWAITING : CAPTURED);
    value.put("lessons", tally.lessons());
    value.put("formUrl", formUrl.toString());
    ArrayNode units = value.putArray("units");
    tally.units().forEach(units::add);
    ArrayNode types = value.putArray("types");
    tally.types().forEach(types::add);
    ArrayNode newest = value.putArray("newest");
    for (Lesson lesson : tally.newest()) {
      newest
          .addObject()
          .put("id", lesson.publicId())
          .put("title", lesson.title())
          .put("author", lesson.author())
          .put("unit", lesson.unit().value().name())
          .put("type", lesson.type().value().name())
          .put("direction", lesson.direction().value().name());
    }
    return value;
  }
}
