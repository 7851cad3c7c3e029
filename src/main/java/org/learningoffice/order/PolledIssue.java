package org.learningoffice.order;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.learningoffice.config.OrdersConfig;
import org.learningoffice.jira.Issue;
import org.learningoffice.jira.JiraUser;
import org.learningoffice.jira.UserId;

/**
 * Turns an issue found by JQL search into the webhook-shaped event the order handler reads ({@link
 * WebhookEvent#ISSUE_POLLED}): the same {@code issue.fields} a webhook carries, so the poller, the
 * backfill and webhooks share one mapping and one idempotent handler.
 */
final class PolledIssue {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> CONTEXT_FIELDS =
      List.of("project", "issuetype", "reporter", "updated", "description");

  private PolledIssue() {}

  /** The fields a search must ask for, beyond the client's typed ones, to map an order. */
  static List<String> searchFields(OrdersConfig orders) {
    List<String> fields = new ArrayList<>(CONTEXT_FIELDS);
    if (orders.strategy() instanceof OrdersConfig.StrategyMapping.FromField field) {
      fields.add(field.fieldId());
    }
    orders.customerFieldIfSet().ifPresent(fields::add);
    return fields;
  }

  /** The issue's {@code updated} time, when Jira sent it; else its creation time. */
  static Instant updated(Issue issue) {
    return issue
        .field("updated")
        .flatMap(node -> JiraTimes.parse(node.asText(null)))
        .orElse(issue.created());
  }

  /**
   * The event body for an issue, timestamped with its {@code updated} time; a poller's search also
   * records where the poller's searches began ({@code searchedSince}), a backfill's does not.
   */
  static ObjectNode event(Issue issue, Optional<Instant> searchedSince) {
    ObjectNode fields = NODES.objectNode();
    for (Map.Entry<String, JsonNode> other : issue.otherFields().entrySet()) {
      fields.set(other.getKey(), other.getValue());
    }
    fields.put("summary", issue.summary());
    ObjectNode status = fields.putObject("status").put("name", issue.status().name());
    status.putObject("statusCategory").put("key", issue.status().categoryKey());
    issue.priority().ifPresent(name -> fields.putObject("priority").put("name", name));
    issue.assignee().ifPresent(user -> fields.set("assignee", user(user)));
    ArrayNode labels = fields.putArray("labels");
    issue.labels().forEach(labels::add);
    ArrayNode components = fields.putArray("components");
    issue.components().forEach(name -> components.addObject().put("name", name));
    fields.put("created", issue.created().toString());
    fields.put("resolutiondate", issue.resolved().map(Instant::toString).orElse(null));
    ObjectNode event = NODES.objectNode();
    event.put("webhookEvent", WebhookEvent.ISSUE_POLLED);
    event.put("timestamp", updated(issue).toEpochMilli());
    searchedSince.ifPresent(since -> event.put("searchedSince", since.toEpochMilli()));
    ObjectNode body = event.putObject("issue").put("id", issue.id()).put("key", issue.key());
    body.set("fields", fields);
    return event;
  }

  private static ObjectNode user(JiraUser user) {
    ObjectNode node = NODES.objectNode();
    node.put(user.id() instanceof UserId.AccountId ? "accountId" : "name", user.id().value());
    node.put("displayName", user.displayName());
    return node;
  }
}
