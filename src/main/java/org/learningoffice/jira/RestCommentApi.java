package org.learningoffice.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Add and list comments: ADF through REST v3 on Cloud, wiki markup through REST v2 on Data Center.
 */
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

  @Override
  public List<Comment> newest(String issueKey, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1");
    }
    String path = JiraCall.path(server.deployment(), "issue", issueKey, "comment");
    JsonNode page =
        transport.send(
            JiraCall.get(path)
                .withQuery("orderBy", "-created")
                .withQuery("maxResults", Integer.toString(max)));
    List<Comment> comments = new ArrayList<>();
    for (JsonNode comment : page.path("comments")) {
      JsonNode body = comment.path("body");
      // Cloud answers an ADF object, Data Center a wiki markup string
      comments.add(
          new Comment(
              comment.path("id").asText(), body.isTextual() ? body.asText() : body.toString()));
    }
    return List.copyOf(comments);
  }
}
