package org.learningoffice.order;

import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Stream;
import org.learningoffice.config.OrdersConfig;
import org.learningoffice.jira.Issue;
import org.learningoffice.jira.JiraClient;
import org.learningoffice.jira.SearchQuery;

/**
 * JQL search for orders, asking Jira for every field the order handler reads (project, type,
 * reporter, {@code updated}, the mapped custom fields), so that no second call per issue is needed.
 */
public final class OrderSearch {
  private static final int PAGE_SIZE = 100;

  private final JiraClient jira;
  private final List<String> fields;

  @Inject
  public OrderSearch(JiraClient jira, OrdersConfig orders) {
    this.jira = jira;
    this.fields = PolledIssue.searchFields(orders);
  }

  /** The issues a JQL finds, fetched page by page as the stream is consumed. */
  public Stream<Issue> issues(String jql) {
    return jira.search()
        .issues(SearchQuery.of(jql).withExtraFields(fields).withPageSize(PAGE_SIZE));
  }

  /** How many issues a JQL finds (approximate on Cloud). */
  public long count(String jql) {
    return jira.search().count(jql);
  }
}
