package org.learningoffice.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

/** An issue's remote links: listing them and writing one, replaced by global id as Jira does. */
final class RemoteLinkResource implements SandboxResource {
  private final JiraReplies replies;
  private final SandboxIssues issues;
  private final Supplier<IssueJson> render;

  RemoteLinkResource(JiraReplies replies, SandboxIssues issues, Supplier<IssueJson> render) {
    this.replies = replies;
    this.issues = issues;
    this.render = render;
  }

  @Override
  public void addTo(RoutesConfig routes, ApiGate gate) {
    routes.get(API + "/issue/{key}/remotelink", gate.authed(this::links));
    routes.post(API + "/issue/{key}/remotelink", gate.authed(this::put));
  }

  private void links(Context ctx) {
    replies.found(
        ctx,
        issues.read(
            ctx.pathParam("key"),
            issue -> {
              ArrayNode list = replies.array();
              issue.links.values().forEach(link -> list.add(render.get().link(issue.key(), link)));
              return list;
            }));
  }

  private void put(Context ctx) throws IOException {
    JsonNode request = replies.body(ctx);
    JsonNode object = request.path("object");
    if (!object.path("url").isTextual() || !object.path("title").isTextual()) {
      replies.error(ctx, 400, "A remote link needs object.url and object.title.");
      return;
    }
    String globalId =
        request.path("globalId").isTextual() ? request.path("globalId").asText() : null;
    Optional<SandboxIssues.LinkWrite> written =
        issues.putLink(ctx.pathParam("key"), globalId, object);
    if (written.isEmpty()) {
      replies.notFound(ctx);
      return;
    }
    SandboxIssues.LinkWrite write = written.get();
    ObjectNode body = replies.object();
    body.put("id", write.link().id());
    body.put(
        "self",
        render.get().url(API + "/issue/" + write.issueKey() + "/remotelink/" + write.link().id()));
    replies.send(ctx, write.created() ? 201 : 200, body);
  }
}
