package org.learningoffice.jira;

import java.util.List;
import java.util.Optional;

/** The site's fields, system and custom. */
public interface FieldApi {
  /** {@code GET /field}. */
  List<JiraField> fields();

  /** The field with this id (e.g. {@code customfield_10050}), when the site has it. */
  default Optional<JiraField> field(String id) {
    return fields().stream().filter(field -> field.id().equals(id)).findFirst();
  }
}
