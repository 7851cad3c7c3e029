package org.learningoffice.jira;

import java.util.Objects;

/**
 * A comment as read back from Jira, for finding one we may have posted: {@code body} is the body as
 * Jira stores it (ADF JSON text on Cloud, wiki markup on Data Center), not meant for display.
 */
public record Comment(String id, String body) {
  public Comment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, "body");
  }

  /** True when the raw body holds {@code text} verbatim (use text that no renderer escapes). */
  public boolean contains(String text) {
    return body.contains(text);
  }
}
