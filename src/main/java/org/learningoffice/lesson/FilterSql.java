package org.learningoffice.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The WHERE conditions of a {@link LessonSearch.Filter} over {@code l} (the lesson) and {@code o}
 * (its order), with their bound values: one place for the list, the counts and the charts, so they
 * filter alike. Limit and offset are the caller's; {@code onOrder} says whether a condition reads
 * the order.
 */
record FilterSql(List<String> conditions, Map<String, Object> params, boolean onOrder) {
  FilterSql {
    conditions = List.copyOf(conditions);
    params = Map.copyOf(params);
  }

  static FilterSql of(LessonSearch.Filter f) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    f.from().ifPresent(v -> add(where, params, "l.created_at >= :from", "from", v));
    f.until().ifPresent(v -> add(where, params, "l.created_at < :until", "until", v));
    f.unit().ifPresent(v -> add(where, params, "l.unit = :unit", "unit", v.name()));
    f.type().ifPresent(v -> add(where, params, "l.lesson_type = :type", "type", v.name()));
    f.strategy().ifPresent(v -> add(where, params, "o.strategy = :strategy", "strategy", v.name()));
    f.priorityClass()
        .ifPresent(v -> add(where, params, "o.priority_class = :priority", "priority", v.name()));
    f.stage().ifPresent(v -> add(where, params, "l.stage = :stage", "stage", v.name()));
    f.text()
        .filter(t -> !t.isBlank())
        .ifPresent(
            t ->
                add(
                    where,
                    params,
                    "(LOWER(l.title) LIKE :text ESCAPE '!' OR LOWER(l.body) LIKE :text ESCAPE '!'"
                        + " OR LOWER(COALESCE(l.proposed_action, '')) LIKE :text ESCAPE '!')",
                    "text",
                    "%" + likeEscape(t.strip().toLowerCase(Locale.ROOT)) + "%"));
    return new FilterSql(where, params, f.strategy().isPresent() || f.priorityClass().isPresent());
  }

  /** These conditions and one more, with its bound values. */
  FilterSql with(String condition, Map<String, Object> values) {
    List<String> where = new ArrayList<>(conditions);
    where.add(condition);
    Map<String, Object> all = new LinkedHashMap<>(params);
    all.putAll(values);
    return new FilterSql(where, all, onOrder);
  }

  /** {@code " WHERE a AND b"}, or nothing without conditions. */
  String where() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /** {@code " AND a AND b"}, to follow conditions of the caller's own. */
  String and() {
    return conditions.isEmpty() ? "" : " AND " + String.join(" AND ", conditions);
  }

  private static void add(
      List<String> where, Map<String, Object> params, String clause, String name, Object value) {
    where.add(clause);
    params.put(name, value);
  }

  private static String likeEscape(String text) {
    // '!' rather than a backslash: JDBI's SQL lexer reads a backslash in quotes as an escape
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
