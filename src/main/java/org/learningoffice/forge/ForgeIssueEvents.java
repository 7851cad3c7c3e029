package org.learningoffice.forge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.learningoffice.order.MalformedWebhookException;
import org.learningoffice.order.WebhookEvent;

/**
 * Turns a Forge issue event ({@code avi:jira:created:issue}, {@code avi:jira:updated:issue}, {@code
 * avi:jira:deleted:issue}) into the webhook body Jira sends for the same change, so that it takes
 * the webhook's way: the same inbox, dedupe keys and handler. A creation, a deletion and an update
 * with a changelog id get the webhook's own key for that change (a site sending both stores it
 * once); an update without one is keyed by a hash of the event, which Forge's retries repeat
 * unchanged apart from their {@code retryContext}. Forge's issue is cut down (no labels,
 * components, priority, description or custom fields, users by account id only), so the body is
 * marked {@link WebhookEvent#PARTIAL_ISSUE}: the handler maps the issue as Jira has it, not this
 * snapshot.
 */
final class ForgeIssueEvents {
  private static final Map<String, String> WEBHOOK_TYPES =
      Map.of(
          "avi:jira:created:issue", WebhookEvent.ISSUE_CREATED,
          "avi:jira:updated:issue", WebhookEvent.ISSUE_UPDATED,
          "avi:jira:deleted:issue", WebhookEvent.ISSUE_DELETED);

  /** A webhook-shaped delivery and the identifier it is deduplicated by, if not by its change. */
  record Delivery(byte[] body, Optional<String> identifier) {}

  private final ObjectMapper json;

  @Inject
  ForgeIssueEvents(ObjectMapper json) {
    this.json = json;
  }

  /**
   * The webhook delivery for a Forge event body; empty for an event we do not handle.
   *
   * @throws MalformedWebhookException when the body is not a JSON object with an event type
   */
  Optional<Delivery> toWebhook(byte[] body) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (IOException e) {
      throw new MalformedWebhookException("body is not valid JSON");
    }
    if (root == null || !root.isObject()) {
      throw new MalformedWebhookException("body is not a JSON object");
    }
    // Forge wraps a remote event in {"payload": {...}}; accept the bare event as well.
    JsonNode event = root.path("payload").isObject() ? root.path("payload") : root;
    String eventType = event.path("eventType").asText("");
    if (eventType.isEmpty()) {
      throw new MalformedWebhookException("eventType is missing");
    }
    String webhookType = WEBHOOK_TYPES.get(eventType);
    if (webhookType == null) {
      return Optional.empty();
    }
    ObjectNode webhook = json.createObjectNode();
    webhook.put("webhookEvent", webhookType);
    webhook.set("issue", event.path("issue"));
    // Forge's issue has only a few fields: the handler reads the rest from Jira
    webhook.put(WebhookEvent.PARTIAL_ISSUE, true);
    if (event.path("changelog").isObject()) {
      webhook.set("changelog", event.path("changelog"));
    }
    if (event.path("timestamp").isIntegralNumber()) {
      webhook.set("timestamp", event.path("timestamp"));
    }
    boolean keyedByChange =
        webhookType.equals(WebhookEvent.ISSUE_CREATED)
            || webhookType.equals(WebhookEvent.ISSUE_DELETED)
            || !event.path("changelog").path("id").asText("").isBlank();
    return Optional.of(
        new Delivery(
            bytes(webhook),
            keyedByChange
                ? Optional.empty()
                : Optional.of("forge:" + sha256(withoutRetry(event)))));
  }

  private byte[] withoutRetry(JsonNode event) {
    ObjectNode copy = ((ObjectNode) event).deepCopy();
    copy.remove("retryContext");
    return bytes(copy);
  }

  private byte[] bytes(JsonNode node) {
    try {
      return json.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always writes", e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
