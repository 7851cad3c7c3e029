package org.learningoffice.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code GET /project/{key}}. */
final class RestProjectApi implements ProjectApi {
  private final JiraTransport transport;
  private final ServerInfoApi server;

  RestProjectApi(JiraTransport transport, ServerInfoApi server) {
    this.transport = transport;
    this.server = server;
  }

  @Override
  public Optional<JiraProject> project(String key) {
    JsonNode project;
    try {
      project = transport.send(JiraCall.get(JiraCall.path(server.deployment(), "project", key)));
    } catch (JiraException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
    List<String> types = new ArrayList<>();
    for (JsonNode type : project.path("issueTypes")) {
      types.add(type.path("name").asText());
    }
    return Optional.of(
        new JiraProject(project.path("key").asText(key), project.path("name").asText(""), types));
  }
}
