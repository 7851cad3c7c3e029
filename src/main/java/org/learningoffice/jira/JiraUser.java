package org.learningoffice.jira;

import java.util.Objects;

/** A Jira user as issues and {@code myself} show it. */
public record JiraUser(UserId id, String displayName) {
  public JiraUser {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(displayName, "displayName");
  }
}
