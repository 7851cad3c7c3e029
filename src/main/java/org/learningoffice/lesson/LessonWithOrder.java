package org.learningoffice.lesson;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.mapper.RowMapper;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;

/** A stored lesson with the facts of its order that searches and exports show. */
public record LessonWithOrder(
    Lesson lesson,
    String issueKey,
    String summary,
    Strategy strategy,
    PriorityClass priorityClass) {

  static final String SELECT =
      "SELECT l."
          + LessonRowMapper.COLUMNS.replace(", ", ", l.")
          + ", o.issue_key AS o_issue_key, o.summary AS o_summary, o.strategy AS o_strategy,"
          + " o.priority_class AS o_priority_class FROM lessons l JOIN orders o ON o.id ="
          + " l.order_id";

  static final RowMapper<LessonWithOrder> MAPPER =
      new RowMapper<>() {
        private final LessonRowMapper lessons = new LessonRowMapper();

        @Override
        public LessonWithOrder map(
            java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
          return new LessonWithOrder(
              lessons.map(rs, ctx),
              rs.getString("o_issue_key"),
              rs.getString("o_summary"),
              Strategy.valueOf(rs.getString("o_strategy")),
              PriorityClass.valueOf(rs.getString("o_priority_class")));
        }
      };

  /** The columns of an export row and of the API, in order; every value a string or null. */
  public static final java.util.List<String> FIELDS =
      java.util.List.of(
          "id",
          "issueKey",
          "createdAt",
          "title",
          "text",
          "stage",
          "unit",
          "unitSetBy",
          "type",
          "typeSetBy",
          "direction",
          "directionSetBy",
          "timing",
          "recurrence",
          "strategy",
          "priorityClass",
          "proposedAction",
          "author");

  /** The flat row: {@link #FIELDS} to values (null where a lesson has none). */
  public Map<String, String> fields() {
    Lesson l = lesson;
    Map<String, String> m = new LinkedHashMap<>();
    m.put("id", l.publicId());
    m.put("issueKey", issueKey);
    m.put("createdAt", l.createdAt().toString());
    m.put("title", l.title());
    m.put("text", l.text());
    m.put("stage", l.stage().map(Enum::name).orElse(null));
    m.put("unit", l.unit().value().name());
    m.put("unitSetBy", l.unit().setBy().name());
    m.put("type", l.type().value().name());
    m.put("typeSetBy", l.type().setBy().name());
    m.put("direction", l.direction().value().name());
    m.put("directionSetBy", l.direction().setBy().name());
    m.put("timing", l.timing().name());
    m.put("recurrence", l.recurrence().name());
    m.put("strategy", strategy.name());
    m.put("priorityClass", priorityClass.name());
    m.put("proposedAction", l.proposedAction().orElse(null));
    m.put("author", l.author());
    return m;
  }
}
