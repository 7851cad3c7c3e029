package org.learningoffice.order;

import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JQL built on {@code orders.jql}: the definition (without its own {@code ORDER BY}) in
 * parentheses, narrowed with one more clause.
 */
final class OrderJql {
  private static final Pattern ORDER_BY = Pattern.compile("(?i)\\border\\s+by\\b");

  private final String definition;

  OrderJql(String ordersJql) {
    this.definition = withoutOrderBy(ordersJql).strip();
  }

  /**
   * Orders updated in the last {@code window}, oldest change first. JQL reads absolute dates in the
   * searching account's time zone, which the service does not know; a relative {@code -Nm} is the
   * same everywhere. Rounded up to whole minutes, JQL's finest unit.
   */
  String updatedWithin(Duration window) {
    long minutes = Math.max(1, (window.toSeconds() + 59) / 60);
    return "(" + definition + ") AND updated >= \"-" + minutes + "m\" ORDER BY updated ASC";
  }

  /**
   * Orders that are closed now and were updated on or after {@code since} (closing updates an
   * issue), oldest change first.
   */
  String closedUpdatedSince(LocalDate since, java.util.List<String> closedStatuses) {
    StringBuilder closed = new StringBuilder("statusCategory = Done");
    if (!closedStatuses.isEmpty()) {
      closed.append(" OR status in (");
      for (int i = 0; i < closedStatuses.size(); i++) {
        closed.append(i == 0 ? "" : ", ").append(quoted(closedStatuses.get(i)));
      }
      closed.append(')');
    }
    return "("
        + definition
        + ") AND ("
        + closed
        + ") AND updated >= \""
        + since
        + "\" ORDER BY updated ASC";
  }

  /** Whether one issue matches the definition. */
  String issue(String issueId) {
    return "(" + definition + ") AND id = " + issueId;
  }

  /** The JQL without a trailing {@code ORDER BY} that is not inside quotes. */
  static String withoutOrderBy(String jql) {
    Matcher m = ORDER_BY.matcher(jql);
    int cut = -1;
    while (m.find()) {
      if (outsideQuotes(jql, m.start())) {
        cut = m.start();
      }
    }
    return cut < 0 ? jql : jql.substring(0, cut);
  }

  private static boolean outsideQuotes(String text, int end) {
    boolean inDouble = false;
    boolean inSingle = false;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"' && !inSingle) {
        inDouble = !inDouble;
      } else if (c == '\'' && !inDouble) {
        inSingle = !inSingle;
      }
    }
    return !inDouble && !inSingle;
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
