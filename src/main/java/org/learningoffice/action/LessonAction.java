package org.learningoffice.action;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A lesson's proposed action (one row of {@code lesson_actions}) and, once it has one, its Jira
 * issue as last seen. Text is verbatim: every rendering escapes it.
 */
public record LessonAction(
    long id,
    long lessonId,
    String text,
    ActionState state,
    Optional<String> issueId,
    Optional<String> issueKey,
    Optional<String> status,
    Optional<String> assignee,
    Instant createdAt,
    Optional<Instant> doneAt) {
  public LessonAction {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(issueId, "issueId");
    Objects.requireNonNull(issueKey, "issueKey");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(assignee, "assignee");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(doneAt, "doneAt");
  }

  /** The action's Jira issue, once it has one. */
  public Optional<org.learningoffice.jira.IssueRef> issue() {
    return issueId.isPresent() && issueKey.isPresent()
        ? Optional.of(new org.learningoffice.jira.IssueRef(issueId.get(), issueKey.get()))
        : Optional.empty();
  }
}
