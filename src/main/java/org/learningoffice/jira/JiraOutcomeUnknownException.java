package org.learningoffice.jira;

/**
 * A call that must not be sent twice (add comment, create issue) failed after the request may have
 * reached Jira: the connection broke or timed out while waiting for the answer, or Jira (or a proxy
 * before it) answered with a 5xx, 503 included. Jira may or may not have done it; the caller
 * decides, for example by looking for the comment before trying again.
 */
public class JiraOutcomeUnknownException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String method;
  private final String path;

  public JiraOutcomeUnknownException(String method, String path, String problem, Throwable cause) {
    super(
        "Jira may or may not have done "
            + method
            + " "
            + path
            + " ("
            + problem
            + "); not retried because it is not idempotent",
        cause);
    this.method = method;
    this.path = path;
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }
}
