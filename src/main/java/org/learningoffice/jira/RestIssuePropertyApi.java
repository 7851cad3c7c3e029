package org.learningoffice.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Issue entity properties. */
final class RestIssuePropertyApi implements IssuePropertyApi {
  private final JiraTransport transport;
  private final ServerInfoApi server;

  RestIssuePropertyApi(JiraTransport transport, ServerInfoApi server) {
    this.transport = transport;
    this.server = server;
  }

  @Override
  public void set(String issueKey, String propertyKey, JsonNode value) {
    transport.send(JiraCall.put(path(issueKey, propertyKey), value));
  }

  @Override
  public Optional<JsonNode> get(String issueKey, String propertyKey) {
    try {
      JsonNode property = transport.send(JiraCall.get(path(issueKey, propertyKey)));
      return Optional.of(property.path("value")).filter(value -> !value.isMissingNode());
    } catch (JiraException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private String path(String issueKey, String propertyKey) {
    return JiraCall.path(server.deployment(), "issue", issueKey, "properties", propertyKey);
  }
}
