package org.learningoffice.jira;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Add comment: ADF through REST v3 on Cloud, wiki markup through REST v2 on Data Center. */
final class RestCommentApi implements CommentApi {
  private final JiraTransport transport;
  private final ServerInfoApi server;
  private final DocumentBodies bodies;

  RestCommentApi(JiraTransport transport, ServerInfoApi server, DocumentBodies bodies) {
    this.transport = transport;
    this.server = server;
    this.bodies = bodies;
  }

  @Override
  public CommentRef add(String issueKey, Document body) {
    Deployment deployment = server.deployment();
    ObjectNode request = JsonNodeFactory.instance.objectNode();
    request.set("body", bodies.render(deployment, body));
    String path = JiraCall.path(deployment, "issue", issueKey, "comment");
    return new CommentRef(transport.send(JiraCall.creatingPost(path, request)).path("id").asText());
  }
}
