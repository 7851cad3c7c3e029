package org.learningoffice.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** {@code GET /field}. */
final class RestFieldApi implements FieldApi {
  private final JiraTransport transport;
  private final ServerInfoApi server;

  RestFieldApi(JiraTransport transport, ServerInfoApi server) {
    this.transport = transport;
    this.server = server;
  }

  @Override
  public List<JiraField> fields() {
    List<JiraField> fields = new ArrayList<>();
    for (JsonNode field :
        transport.send(JiraCall.get(JiraCall.path(server.deployment(), "field")))) {
      fields.add(
          new JiraField(
              field.path("id").asText(),
              field.path("name").asText(""),
              field.path("custom").asBoolean()));
    }
    return fields;
  }
}
