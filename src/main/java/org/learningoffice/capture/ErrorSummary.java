package org.learningoffice.capture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The list at the head of a rejected form: each problem in the order of the form's fields, named
 * after its field and linking to it (the element id is the field's name).
 */
final class ErrorSummary {
  /** The form's fields in the order they are shown, with the short names the summary uses. */
  private static final Map<String, String> FIELDS = fields();

  private ErrorSummary() {}

  /** Each problem as {@code field}, {@code label} and {@code message}, in the form's order. */
  static List<Map<String, Object>> of(Map<String, String> errors) {
    List<Map<String, Object>> problems = new ArrayList<>();
    FIELDS.forEach(
        (field, label) -> {
          if (errors.containsKey(field)) {
            problems.add(problem(field, label, errors.get(field)));
          }
        });
    // a problem with a field the list does not know is still shown, never dropped
    errors.keySet().stream()
        .filter(field -> !FIELDS.containsKey(field))
        .sorted()
        .forEach(field -> problems.add(problem(field, field, errors.get(field))));
    return problems;
  }

  private static Map<String, Object> problem(String field, String label, String message) {
    return Map.of("field", field, "label", label, "message", message);
  }

  private static Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", "Title");
    fields.put("text", "Text");
    fields.put("stage", "Stage");
    fields.put("unit", "Unit");
    fields.put("type", "Type");
    fields.put("direction", "Direction");
    fields.put("action", "Proposed action");
    fields.put("author", "Your name");
    return fields;
  }
}
