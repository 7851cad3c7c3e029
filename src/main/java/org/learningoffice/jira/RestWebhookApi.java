package org.learningoffice.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Admin webhooks over {@code /rest/webhooks/1.0/webhook}. */
final class RestWebhookApi implements WebhookApi {
  private static final String PATH = "rest/webhooks/1.0/webhook";

  private final JiraTransport transport;

  RestWebhookApi(JiraTransport transport) {
    this.transport = transport;
  }

  @Override
  public List<RegisteredWebhook> list() {
    List<RegisteredWebhook> hooks = new ArrayList<>();
    transport.send(JiraCall.get(PATH)).forEach(hook -> hooks.add(read(hook)));
    return hooks;
  }

  @Override
  public RegisteredWebhook register(JsonNode registration) {
    return read(transport.send(JiraCall.creatingPost(PATH, registration)));
  }

  @Override
  public void update(String id, JsonNode registration) {
    transport.send(JiraCall.put(PATH + "/" + checked(id), registration));
  }

  @Override
  public void delete(String id) {
    transport.send(JiraCall.delete(PATH + "/" + checked(id)));
  }

  private static String checked(String id) {
    if (id.isEmpty() || !id.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("not a webhook id: " + id);
    }
    return id;
  }

  private static RegisteredWebhook read(JsonNode hook) {
    String self = hook.path("self").asText("");
    String id = self.substring(self.lastIndexOf('/') + 1);
    return new RegisteredWebhook(id, hook.path("name").asText(""), hook.path("url").asText(""));
  }
}
