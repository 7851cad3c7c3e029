package org.learningoffice.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Jira's admin webhooks ({@code /rest/webhooks/1.0/webhook}, the same on Cloud and Data Center):
 * the registrations an administrator sees under System → WebHooks. Needs Jira admin rights.
 */
public interface WebhookApi {
  /** Every registered webhook. */
  List<RegisteredWebhook> list();

  /**
   * Registers a webhook (body as in {@code plugin-descriptor/webhook.json}); not resent blindly.
   */
  RegisteredWebhook register(JsonNode registration);

  /** Replaces the registration with this id. */
  void update(String id, JsonNode registration);

  /** Removes the registration with this id. */
  void delete(String id);
}
