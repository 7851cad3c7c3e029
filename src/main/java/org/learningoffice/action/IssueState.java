package org.learningoffice.action;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What Jira says of an action's issue at a moment: its key (new when the issue was moved to another
 * project), its status, whether that status is in the done category, and its assignee's name.
 */
record IssueState(
    Optional<String> key,
    Optional<String> status,
    boolean done,
    Optional<String> assignee,
    Instant at) {
  IssueState {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(assignee, "assignee");
    Objects.requireNonNull(at, "at");
  }
}
