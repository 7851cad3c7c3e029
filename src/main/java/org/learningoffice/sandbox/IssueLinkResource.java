package org.learningoffice.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;

/** Issue links between two tickets ({@code POST /issueLink}), as Learning Office links actions. */
final class IssueLinkResource implements SandboxResource {
  private final JiraReplies replies;
  private final SandboxIssues issues;

  IssueLinkResource(JiraReplies replies, SandboxIssues issues) {
    this.replies = replies;
    this.issues = issues;
  }

  @Override
  public void addTo(RoutesConfig routes, ApiGate gate) {
    routes.post(API + "/issueLink", gate.authed(this::link));
  }

  private void link(Context ctx) throws IOException {
    JsonNode body = replies.body(ctx);
    String type = body.path("type").path("name").asText("");
    String outward = body.path("outwardIssue").path("key").asText("");
    String inward = body.path("inwardIssue").path("key").asText("");
    if (type.isEmpty() || outward.isEmpty() || inward.isEmpty()) {
      replies.error(
          ctx, 400, "An issue link needs type.name, outwardIssue.key and inwardIssue.key.");
      return;
    }
    if (!issues.link(type, outward, inward)) {
      replies.notFound(ctx);
      return;
    }
    // the spec gives the 201 a JSON body (Jira sends an empty one); an empty object fits both
    replies.send(ctx, 201, replies.object());
  }
}
