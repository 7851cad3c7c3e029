package org.learningoffice.jira;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A remote issue link. Jira keeps one link per issue and {@code globalId}: sending the same global
 * id again updates that link instead of adding another.
 */
public record RemoteLink(
    String globalId,
    String title,
    URI url,
    String summary,
    Optional<URI> iconUrl,
    boolean resolved) {
  public RemoteLink {
    Objects.requireNonNull(globalId, "globalId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(iconUrl, "iconUrl");
    if (globalId.isBlank() || globalId.length() > 255) {
      throw new IllegalArgumentException("remote link global id must be 1..255 characters");
    }
    if (title.isBlank()) {
      throw new IllegalArgumentException("remote link title must not be blank");
    }
  }
}
