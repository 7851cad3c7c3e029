package org.learningoffice.action;

/** The outbox job that creates an action's Jira issue, and its key. */
final class ActionJobs {
  static final String ACTION_ISSUE = "ACTION_ISSUE";

  private ActionJobs() {}

  /** One job per lesson: asking twice (button and {@code createIssues}) queues it once. */
  static String issueKey(String lessonPublicId) {
    return "action-issue:" + lessonPublicId;
  }

  /** The label that finds the issue again after a lost answer: one per lesson. */
  static String label(String lessonPublicId) {
    return ActionIssueText.LABEL + "-" + lessonPublicId;
  }
}
