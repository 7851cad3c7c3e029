package org.learningoffice.writeback;

import jakarta.inject.Inject;
import org.learningoffice.jira.Comment;
import org.learningoffice.jira.Document;
import org.learningoffice.jira.JiraClient;
import org.learningoffice.outbox.JobSteps;

/**
 * Posts a comment as one step of a job, exactly once. Adding a comment is not idempotent and its
 * answer can be lost (a timeout, a reset, a 5xx: {@code JiraOutcomeUnknownException}), so the job
 * records that it is about to send before sending; an attempt that finds that record but not the
 * finished step first looks among the issue's newest comments for the comment's reference, and
 * sends only when it is not there.
 */
public final class CommentOnce {
  /** How many of the newest comments to search; ours was posted moments before. */
  private static final int SEARCH = 50;

  private final JiraClient jira;

  @Inject
  public CommentOnce(JiraClient jira) {
    this.jira = jira;
  }

  /**
   * The closing line a comment posted through this class must carry to be found again: {@code
   * Learning Office ref <marker>.} (letters, digits and dots only in {@code marker}).
   */
  public static String referenceLine(String marker) {
    return CaptureComments.referenceLine(marker);
  }

  /**
   * Posts {@code body} (which ends with {@link #referenceLine}) as {@code step} of the job, once.
   */
  public void post(JobSteps steps, String step, String issueKey, Document body, String marker) {
    if (steps.isDone(step)) {
      return;
    }
    String sending = step + "-sending";
    if (steps.isDone(sending)) {
      boolean posted =
          jira.comments().newest(issueKey, SEARCH).stream().anyMatch(c -> isOurs(c, marker));
      if (posted) {
        steps.record(step);
        return;
      }
    } else {
      steps.record(sending);
    }
    jira.comments().add(issueKey, body);
    steps.record(step);
  }

  private static boolean isOurs(Comment comment, String marker) {
    return comment.contains(CaptureComments.referenceLine(marker));
  }
}
