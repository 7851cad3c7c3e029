package org.learningoffice.action;

import java.util.Objects;
import java.util.Optional;

/** How far a lesson's proposed action is on its way to a Jira issue, as the form shows it. */
public record ActionIssue(Progress progress, Optional<String> issueKey) {
  /** Where the issue stands. */
  public enum Progress {
    /** Nobody asked for an issue yet. */
    NOT_ASKED,
    /** Asked for: the outbox creates it. */
    QUEUED,
    /** Jira created it; its key is known. */
    CREATED,
    /** A lead marked the action done without an issue: none will be created. */
    DONE_WITHOUT_ISSUE
  }

  public ActionIssue {
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(issueKey, "issueKey");
    if ((progress == Progress.CREATED) != issueKey.isPresent()) {
      throw new IllegalArgumentException("an issue key exactly when the issue is created");
    }
  }
}
