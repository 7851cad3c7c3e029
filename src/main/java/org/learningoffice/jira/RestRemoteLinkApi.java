package org.learningoffice.jira;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Create or update a remote issue link by its global id. */
final class RestRemoteLinkApi implements RemoteLinkApi {
  private final JiraTransport transport;
  private final ServerInfoApi server;

  RestRemoteLinkApi(JiraTransport transport, ServerInfoApi server) {
    this.transport = transport;
    this.server = server;
  }

  @Override
  public RemoteLinkRef createOrUpdate(String issueKey, RemoteLink link) {
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("globalId", link.globalId());
    ObjectNode object =
        body.putObject("object")
            .put("url", link.url().toString())
            .put("title", link.title())
            .put("summary", link.summary());
    link.iconUrl()
        .ifPresent(
            icon ->
                object
                    .putObject("icon")
                    .put("url16x16", icon.toString())
                    .put("title", link.title()));
    object.putObject("status").put("resolved", link.resolved());
    String path = JiraCall.path(server.deployment(), "issue", issueKey, "remotelink");
    // Jira replaces the link with the same globalId, so sending this twice is harmless.
    return new RemoteLinkRef(
        transport.send(JiraCall.idempotentPost(path, body)).path("id").asLong());
  }
}
