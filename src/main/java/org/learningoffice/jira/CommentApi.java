package org.learningoffice.jira;

import java.util.List;

/** Comments on issues. */
public interface CommentApi {
  /**
   * Adds a comment, as ADF on Cloud and wiki markup on Data Center. Not retried once it may have
   * reached Jira: see {@link JiraOutcomeUnknownException}.
   */
  CommentRef add(String issueKey, Document body);

  /**
   * The issue's newest comments, newest first, at most {@code max} (one page): enough to find a
   * comment we may just have posted when {@link #add} ended in {@link JiraOutcomeUnknownException}.
   */
  List<Comment> newest(String issueKey, int max);
}
