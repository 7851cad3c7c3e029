package org.learningoffice.jira;

import java.util.List;
import java.util.Objects;

/** A Jira project: its key, its name and the names of its issue types, as Jira lists them. */
public record JiraProject(String key, String name, List<String> issueTypes) {
  public JiraProject {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    issueTypes = List.copyOf(issueTypes);
  }
}
