package org.learningoffice.jira;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One changelog history: who changed what, when. */
public record ChangelogEntry(
    String id, Optional<JiraUser> author, Instant created, List<ChangeItem> items) {
  public ChangelogEntry {
    items = List.copyOf(items);
  }
}
