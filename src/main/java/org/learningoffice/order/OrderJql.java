package org.learningoffice.order;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.learningoffice.jira.Jql;

/**
 * JQL built on {@code orders.jql}: the definition (without its own {@code ORDER BY}) in
 * parentheses, narrowed with one more clause.
 */
final class OrderJql {
  private final String definition;

  OrderJql(String ordersJql) {
    this.definition = Jql.withoutOrderBy(ordersJql).strip();
  }

  /**
   * Orders updated in the last {@code window}, newest change first. JQL reads absolute dates in the
   * searching account's time zone, which the service does not know; a relative {@code -Nm} is the
   * same everywhere. Rounded up to whole minutes, JQL's finest unit. Newest first because Jira
   * answers each page from the results as they are when it is asked for: a ticket edited while the
   * round pages moves to the front, so a later page repeats a ticket (a duplicate) instead of
   * skipping one (Data Center's {@code startAt}), and the window's start moving on with Jira's
   * clock drops tickets from the end, not from before the next page.
   */
  String updatedWithin(Duration window) {
    long minutes = Math.max(1, (window.toSeconds() + 59) / 60);
    return "(" + definition + ") AND updated >= \"-" + minutes + "m\" ORDER BY updated DESC";
  }

  /**
   * Orders that are closed now and were updated on or after {@code since} (closing updates an
   * issue), created on or after {@code createdFrom} when given, in the order they were created. Not
   * by their last change: Jira answers each page from the results as they are when it is asked for,
   * and a ticket edited while the pages are read (its form's comment going on, say) would move
   * behind the others and make a later page skip one; the creation time never moves.
   */
  String closedUpdatedSince(
      LocalDate since, java.util.List<String> closedStatuses, Optional<LocalDate> createdFrom) {
    StringBuilder closed = new StringBuilder("statusCategory = Done");
    if (!closedStatuses.isEmpty()) {
      closed.append(" OR ").append(Jql.in("status", closedStatuses));
    }
    return "("
        + definition
        + ") AND ("
        + closed
        + ") AND updated >= \""
        + since
        + "\""
        + createdFrom.map(date -> " AND created >= \"" + date + "\"").orElse("")
        + " ORDER BY created ASC, key ASC";
  }

  /** Whether one issue matches the definition. */
  String issue(String issueId) {
    return "(" + definition + ") AND id = " + issueId;
  }
}
