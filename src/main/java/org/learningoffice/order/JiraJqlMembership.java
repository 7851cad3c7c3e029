package org.learningoffice.order;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.learningoffice.jira.JiraClient;
import org.learningoffice.jira.SearchQuery;

/**
 * Order membership for any {@code orders.jql}, answered by Jira: a search for {@code (<jql>) AND id
 * = <issue id>} with one result at most. Answers are cached for a short while (a burst of events on
 * one ticket costs one call) in a bounded cache. When Jira cannot answer, the exception goes to the
 * inbox, which retries the event later.
 */
public final class JiraJqlMembership implements OrderMembership {
  /** How long an answer is reused. */
  static final Duration TTL = Duration.ofSeconds(60);

  /** How many answers are kept; the least recently used goes first. */
  static final int MAX_ENTRIES = 10_000;

  private record Answer(boolean order, Instant until) {}

  private final JiraClient jira;
  private final OrderJql jql;
  private final Clock clock;
  private final Map<String, Answer> cache =
      new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
          return size() > MAX_ENTRIES;
        }
      };

  public JiraJqlMembership(JiraClient jira, String ordersJql, Clock clock) {
    this.jira = jira;
    this.jql = new OrderJql(ordersJql);
    this.clock = clock;
  }

  @Override
  public boolean isOrder(OrderCandidate issue) {
    if (issue.issueId().isEmpty() || !issue.issueId().chars().allMatch(Character::isDigit)) {
      return false; // Jira's issue ids are numbers; anything else cannot match and must not reach
      // JQL
    }
    Instant now = clock.instant();
    synchronized (cache) {
      Answer cached = cache.get(issue.issueId());
      if (cached != null && now.isBefore(cached.until())) {
        return cached.order();
      }
    }
    boolean order =
        jira
            .search()
            .pages(SearchQuery.of(jql.issue(issue.issueId())).withPageSize(1))
            .iterator()
            .next()
            .issues()
            .stream()
            .anyMatch(found -> found.id().equals(issue.issueId()));
    synchronized (cache) {
      cache.put(issue.issueId(), new Answer(order, now.plus(TTL)));
    }
    return order;
  }
}
