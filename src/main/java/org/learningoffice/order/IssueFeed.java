package org.learningoffice.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.learningoffice.config.OrdersConfig;
import org.learningoffice.jira.Issue;
import org.learningoffice.jira.JiraClient;
import org.learningoffice.jira.SearchQuery;
import org.learningoffice.store.Inbox;

/**
 * Searches Jira for orders and stores each one found in the inbox as a polled event, where the
 * order handler takes it like a webhook. Storing is idempotent: an issue unchanged since it was
 * last stored is a duplicate.
 */
public final class IssueFeed {
  private static final int PAGE_SIZE = 100;

  private final JiraClient jira;
  private final Inbox inbox;
  private final ObjectMapper json;
  private final List<String> fields;

  @Inject
  public IssueFeed(JiraClient jira, Inbox inbox, ObjectMapper json, OrdersConfig orders) {
    this.jira = jira;
    this.inbox = inbox;
    this.json = json;
    this.fields = PolledIssue.searchFields(orders);
  }

  /** The issues a JQL finds, with what the handler needs, fetched page by page as consumed. */
  public Stream<Issue> search(String jql) {
    return jira.search()
        .issues(SearchQuery.of(jql).withExtraFields(fields).withPageSize(PAGE_SIZE));
  }

  /** How many issues a JQL finds (approximate on Cloud). */
  public long count(String jql) {
    return jira.search().count(jql);
  }

  /** Stores an issue found by search; a duplicate when this snapshot is stored already. */
  public Inbox.Acceptance store(Issue issue, Inbox.Source source) {
    ObjectNode body = PolledIssue.event(issue);
    WebhookEvent event =
        WebhookEvent.read(body)
            .orElseThrow(() -> new IllegalStateException("a polled event is always handled"));
    return inbox.accept(
        new Inbox.NewEvent(
            event.dedupeKey(Optional.empty()), source, event.type(), event.issueId(), text(body)));
  }

  private String text(ObjectNode body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }
}
