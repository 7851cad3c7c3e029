package org.learningoffice.jira;

import java.util.Optional;

/** Jira projects. */
public interface ProjectApi {
  /**
   * {@code GET /project/{key}}: the project with its issue types, or empty when Jira has none by
   * that key (or the account may not browse it: Jira answers both with 404).
   */
  Optional<JiraProject> project(String key);
}
