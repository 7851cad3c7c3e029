package org.learningoffice.order;

import jakarta.inject.Inject;
import java.util.Optional;
import org.learningoffice.config.OrdersConfig;
import org.learningoffice.jira.Issue;
import org.learningoffice.jira.JiraClient;
import org.learningoffice.jira.JiraException;

/**
 * Completes an event whose issue snapshot is cut down ({@link WebhookEvent#partialIssue()}, a Forge
 * event's) by reading the issue from Jira with the fields an order is mapped from, as the poller
 * asks for them; any other event is left as it came.
 */
final class PartialSnapshots {
  private final JiraClient jira;
  private final OrdersConfig orders;

  @Inject
  PartialSnapshots(JiraClient jira, OrdersConfig orders) {
    this.jira = jira;
    this.orders = orders;
  }

  /**
   * The event with its whole issue; empty when Jira no longer has the issue (deleted since, or not
   * visible to the service), which leaves nothing to apply.
   *
   * @throws JiraException when Jira refuses otherwise (the inbox tries the event again later)
   */
  Optional<WebhookEvent> completed(WebhookEvent event) {
    if (!event.partialIssue()) {
      return Optional.of(event);
    }
    Issue issue;
    try {
      issue = jira.issues().get(event.issueId(), PolledIssue.searchFields(orders));
    } catch (JiraException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
    return Optional.of(event.withIssue(PolledIssue.event(issue, Optional.empty()).path("issue")));
  }
}
