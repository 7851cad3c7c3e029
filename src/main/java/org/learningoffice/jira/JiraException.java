package org.learningoffice.jira;

import java.util.List;
import java.util.Map;

/**
 * Jira refused a call (a 4xx other than 429, or an answer the client cannot read), or the call
 * cannot reach it as configured ({@link JiraTlsException}). Retrying the same call will not help.
 * The message names method, path, status and Jira's own error messages; it never holds credentials
 * or request bodies.
 */
public class JiraException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String method;
  private final String path;
  private final List<String> errorMessages;
  private final Map<String, String> errors;

  public JiraException(
      int status,
      String method,
      String path,
      List<String> errorMessages,
      Map<String, String> errors) {
    super(describe(status, method, path, errorMessages, errors));
    this.status = status;
    this.method = method;
    this.path = path;
    this.errorMessages = List.copyOf(errorMessages);
    this.errors = Map.copyOf(errors);
  }

  /**
   * A refusal described by {@code message} rather than by Jira's answer, such as a TLS handshake
   * that never let the call reach Jira ({@code status} 0).
   */
  protected JiraException(String message, int status, String method, String path, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.method = method;
    this.path = path;
    this.errorMessages = List.of();
    this.errors = Map.of();
  }

  /** The HTTP status Jira answered with; 0 when the call never reached Jira. */
  public int status() {
    return status;
  }

  public String method() {
    return method;
  }

  /** The request path, without query string. */
  public String path() {
    return path;
  }

  /** Jira's {@code errorMessages}. */
  public List<String> errorMessages() {
    return errorMessages;
  }

  /** Jira's {@code errors}, by field. */
  public Map<String, String> errors() {
    return errors;
  }

  private static String describe(
      int status,
      String method,
      String path,
      List<String> errorMessages,
      Map<String, String> errors) {
    StringBuilder text =
        new StringBuilder("Jira answered ").append(status).append(" to ").append(method);
    text.append(' ').append(path);
    if (!errorMessages.isEmpty()) {
      text.append(": ").append(String.join("; ", errorMessages));
    }
    if (!errors.isEmpty()) {
      text.append(errorMessages.isEmpty() ? ": " : "; ").append(errors);
    }
    return text.toString();
  }
}
