package org.learningoffice.action;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.learningoffice.jira.Issue;
import org.learningoffice.jira.JiraUser;
import org.learningoffice.order.IssueEventListener;
import org.learningoffice.order.WebhookEvent;

/**
 * Follows action issues by their webhook events: an event on an action's issue (created, or its
 * status changed) updates that action's status and assignee, and makes it done when the status
 * category is done or open again when it left it. Events apply in order (by Jira's timestamp, else
 * the issue's {@code updated} time): one older than the state stored changes nothing. An issue
 * moved to another project keeps its id: the action follows it and shows its new key. Any other
 * issue is left alone at the cost of one indexed lookup.
 */
final class ActionIssueEvents implements IssueEventListener {
  private final ActionRepository actions;
  private final Clock clock;

  @Inject
  ActionIssueEvents(ActionRepository actions, Clock clock) {
    this.actions = actions;
    this.clock = clock;
  }

  @Override
  public void onIssueEvent(Handle transaction, WebhookEvent event) {
    if (event.type().equals(WebhookEvent.ISSUE_POLLED)) {
      return; // the order poller's snapshots are orders; action issues have their own poller
    }
    // Jira's timestamp, else the issue's updated time: a late delivery without a timestamp is then
    // placed where it belongs instead of at the moment it arrived, after newer events
    Instant at = event.occurredAtIfKnown().orElseGet(clock::instant);
    actions.applyJira(transaction, event.issueId(), state(event.issue(), at));
  }

  /** An action issue's state in a webhook's issue snapshot. */
  static IssueState state(JsonNode issue, Instant at) {
    JsonNode fields = issue.path("fields");
    JsonNode status = fields.path("status");
    return new IssueState(
        text(issue.path("key")),
        text(status.path("name")),
        "done".equals(status.path("statusCategory").path("key").asText()),
        text(fields.path("assignee").path("displayName")),
        at);
  }

  /** An action issue's state as the client read it. */
  static IssueState state(Issue issue, Instant at) {
    return new IssueState(
        Optional.of(issue.key()).filter(k -> !k.isBlank()),
        Optional.of(issue.status().name()).filter(s -> !s.isBlank()),
        issue.status().isDone(),
        issue.assignee().map(JiraUser::displayName),
        at);
  }

  private static Optional<String> text(JsonNode node) {
    return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
  }
}
