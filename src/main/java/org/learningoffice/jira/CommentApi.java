package org.learningoffice.jira;

/** Comments on issues. */
public interface CommentApi {
  /**
   * Adds a comment, as ADF on Cloud and wiki markup on Data Center. Not retried once it may have
   * reached Jira: see {@link JiraOutcomeUnknownException}.
   */
  CommentRef add(String issueKey, Document body);
}
