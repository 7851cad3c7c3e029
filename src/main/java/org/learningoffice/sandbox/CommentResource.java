package org.learningoffice.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

/** An issue's comments: listing them and adding one in Atlassian Document Format. */
final class CommentResource implements SandboxResource {
  private final JiraReplies replies;
  private final SandboxIssues issues;
  private final Supplier<IssueJson> render;

  CommentResource(JiraReplies replies, SandboxIssues issues, Supplier<IssueJson> render) {
    this.replies = replies;
    this.issues = issues;
    this.render = render;
  }

  @Override
  public void addTo(RoutesConfig routes, ApiGate gate) {
    routes.get(API + "/issue/{key}/comment", gate.authed(this::comments));
    routes.post(API + "/issue/{key}/comment", gate.authed(this::add));
  }

  private void comments(Context ctx) {
    replies.found(
        ctx,
        issues.read(
            ctx.pathParam("key"),
            issue -> {
              ObjectNode page = replies.object();
              page.put("startAt", 0);
              page.put("maxResults", issue.comments.size());
              page.put("total", issue.comments.size());
              ArrayNode list = page.putArray("comments");
              issue.comments.forEach(comment -> list.add(render.get().comment(issue, comment)));
              return page;
            }));
  }

  private void add(Context ctx) throws IOException {
    JsonNode body = replies.body(ctx).path("body");
    if (!body.isObject()) {
      replies.error(ctx, 400, "Comment body must be an Atlassian Document Format object.");
      return;
    }
    String key = ctx.pathParam("key");
    Optional<ObjectNode> created =
        issues
            .addComment(key, body)
            .flatMap(comment -> issues.read(key, issue -> render.get().comment(issue, comment)));
    replies.found(ctx, 201, created);
  }
}
