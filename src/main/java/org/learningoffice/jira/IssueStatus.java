package org.learningoffice.jira;

/**
 * An issue's status and the key of its category ({@code new}, {@code indeterminate}, {@code done}).
 */
public record IssueStatus(String name, String categoryKey) {
  public boolean isDone() {
    return "done".equals(categoryKey);
  }
}
