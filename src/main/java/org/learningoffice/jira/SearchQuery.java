package org.learningoffice.jira;

import java.util.List;
import java.util.Objects;

/**
 * A JQL search. The typed fields of {@link Issue} are always requested; {@code extraFields} adds
 * more (custom fields, for example).
 */
public record SearchQuery(String jql, List<String> extraFields, int pageSize) {
  public SearchQuery {
    Objects.requireNonNull(jql, "jql");
    extraFields = List.copyOf(extraFields);
    if (pageSize < 1 || pageSize > 5000) {
      throw new IllegalArgumentException("search page size must be 1..5000");
    }
  }

  public static SearchQuery of(String jql) {
    return new SearchQuery(jql, List.of(), 50);
  }

  public SearchQuery withExtraFields(List<String> fields) {
    return new SearchQuery(jql, fields, pageSize);
  }

  public SearchQuery withPageSize(int size) {
    return new SearchQuery(jql, extraFields, size);
  }
}
