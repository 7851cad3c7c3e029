package org.learningoffice.office;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The proposed actions not done yet, oldest first, for the dashboard's "Open actions". Actions bind
 * the real one; without them, none.
 */
public interface OpenActions {
  /**
   * One open action: its id (for "Mark done"), the lesson's title, the order's key, since when it
   * is open, and its Jira issue's key, assignee and status once it has one.
   */
  record Row(
      long actionId,
      String lessonTitle,
      String orderKey,
      Instant since,
      Optional<String> issueKey,
      Optional<String> assignee,
      Optional<String> status) {
    public Row {
      Objects.requireNonNull(lessonTitle, "lessonTitle");
      Objects.requireNonNull(orderKey, "orderKey");
      Objects.requireNonNull(since, "since");
      Objects.requireNonNull(issueKey, "issueKey");
      Objects.requireNonNull(assignee, "assignee");
      Objects.requireNonNull(status, "status");
    }
  }

  /** Open actions listed (the oldest first) and how many are open in all. */
  record Open(List<Row> listed, int total) {
    public Open {
      listed = List.copyOf(listed);
    }

    /** No open action. */
    public static final Open NONE = new Open(List.of(), 0);
  }

  /** At most {@code limit} open actions, the oldest first, with the number open in all. */
  Open oldestFirst(int limit);
}
