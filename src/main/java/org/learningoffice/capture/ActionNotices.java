package org.learningoffice.capture;

import org.learningoffice.action.ActionIssue;

/** What the form says after a request for an action's Jira issue. */
final class ActionNotices {
  static final String DONE_WITHOUT_ISSUE =
      "This action was marked done on the dashboard, so no Jira issue is created for it.";
  static final String NO_SUCH_LESSON =
      "This order has no such lesson. Open the form link again and use the button next to the"
          + " lesson.";
  static final String NO_ACTION =
      "This lesson proposes no action, so there is nothing to create a Jira issue for.";
  static final String OFF =
      "Jira issues for actions are not created here: ask the learning office to set"
          + " actions.project.";

  private ActionNotices() {}

  /** The notice after a request was taken: queued, or created already with its key. */
  static String requested(ActionIssue issue) {
    return issue
        .issueKey()
        .map(key -> "The Jira issue " + key + " was created for this action.")
        .orElse(
            "The Jira issue for this action is queued: Jira creates it within a minute; open this"
                + " form again to see its key.");
  }
}
