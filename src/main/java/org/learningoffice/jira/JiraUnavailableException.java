package org.learningoffice.jira;

import java.time.Duration;
import java.util.Optional;

/**
 * Jira could not be reached or stayed busy (429, 5xx, lost connections) for all the attempts or the
 * time the retry policy allows. The call did not take effect as far as the client knows, so a
 * caller such as an outbox can schedule it again, no sooner than {@link #retryAfter()}.
 */
public class JiraUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String method;
  private final String path;
  private final int attempts;
  private final transient Optional<Duration> retryAfter;

  public JiraUnavailableException(
      String method,
      String path,
      int attempts,
      String lastProblem,
      Optional<Duration> retryAfter,
      Throwable cause) {
    super(
        "Jira unavailable for "
            + method
            + " "
            + path
            + " after "
            + attempts
            + (attempts == 1 ? " attempt" : " attempts")
            + ": "
            + lastProblem,
        cause);
    this.method = method;
    this.path = path;
    this.attempts = attempts;
    this.retryAfter = retryAfter;
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  /** How many requests were sent. */
  public int attempts() {
    return attempts;
  }

  /** Jira's last {@code Retry-After}, when it sent one. */
  public Optional<Duration> retryAfter() {
    return retryAfter == null ? Optional.empty() : retryAfter;
  }
}
