package org.learningoffice.jira;

import java.util.List;
import java.util.Objects;

/** An issue to create. */
public record NewIssue(
    String projectKey,
    String issueTypeName,
    String summary,
    Document description,
    List<String> labels) {
  public NewIssue {
    Objects.requireNonNull(projectKey, "projectKey");
    Objects.requireNonNull(issueTypeName, "issueTypeName");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(description, "description");
    labels = List.copyOf(labels);
    if (summary.contains("\n") || summary.contains("\r")) {
      throw new IllegalArgumentException("a Jira summary is one line");
    }
    for (String label : labels) {
      if (label.isBlank() || label.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("Jira labels have no spaces: '" + label + "'");
      }
    }
  }
}
