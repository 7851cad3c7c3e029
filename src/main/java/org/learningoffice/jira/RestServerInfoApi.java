package org.learningoffice.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** {@code serverInfo} and deployment detection; the detected deployment is remembered. */
final class RestServerInfoApi implements ServerInfoApi {
  private final JiraTransport transport;
  private final Optional<Deployment> configured;
  private volatile Deployment detected;

  RestServerInfoApi(JiraTransport transport, Optional<Deployment> configured) {
    this.transport = transport;
    this.configured = configured;
  }

  @Override
  public ServerInfo serverInfo() {
    // v2 serverInfo exists on Cloud and on Data Center, so it works before we know which.
    JsonNode info = transport.send(JiraCall.get("rest/api/2/serverInfo"));
    return new ServerInfo(
        info.path("baseUrl").asText(""),
        info.path("version").asText(""),
        info.path("deploymentType").asText(""),
        info.path("serverTitle").asText(""));
  }

  @Override
  public Deployment deployment() {
    if (configured.isPresent()) {
      return configured.get();
    }
    Deployment known = detected;
    if (known == null) {
      known = serverInfo().deployment();
      detected = known;
    }
    return known;
  }
}
