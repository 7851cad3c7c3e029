package org.learningoffice.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Issues themselves: reading one (with its changelog if asked), its changelog, filing a new one.
 */
final class IssueResource implements SandboxResource {
  private final JiraReplies replies;
  private final SandboxIssues issues;
  private final Supplier<IssueJson> render;

  IssueResource(JiraReplies replies, SandboxIssues issues, Supplier<IssueJson> render) {
    this.replies = replies;
    this.issues = issues;
    this.render = render;
  }

  @Override
  public void addTo(RoutesConfig routes, ApiGate gate) {
    routes.post(API + "/issue", gate.authed(this::create));
    routes.get(API + "/issue/{key}", gate.authed(this::issue));
    routes.get(API + "/issue/{key}/changelog", gate.authed(this::changelog));
  }

  private void create(Context ctx) throws IOException {
    JsonNode fields = replies.body(ctx).path("fields");
    String project = fields.path("project").path("key").asText("");
    String summary = fields.path("summary").asText("");
    if (project.isEmpty() || summary.isEmpty()) {
      replies.error(ctx, 400, "A new issue needs fields.project.key and fields.summary.");
      return;
    }
    SandboxIssue created = issues.create(project, summary);
    ObjectNode body = replies.object();
    body.put("id", String.valueOf(created.id));
    body.put("key", created.key());
    body.put("self", render.get().url(API + "/issue/" + created.id));
    replies.send(ctx, 201, body);
  }

  private void issue(Context ctx) {
    boolean changelog =
        Optional.ofNullable(ctx.queryParam("expand")).orElse("").contains("changelog");
    replies.found(
        ctx, issues.read(ctx.pathParam("key"), issue -> render.get().issue(issue, changelog)));
  }

  private void changelog(Context ctx) {
    replies.found(
        ctx,
        issues.read(
            ctx.pathParam("key"),
            issue -> {
              ObjectNode page = replies.object();
              page.put("self", render.get().url(API + "/issue/" + issue.key() + "/changelog"));
              page.put("maxResults", 100);
              page.put("startAt", 0);
              page.put("total", issue.history.size());
              page.put("isLast", true);
              ArrayNode values = page.putArray("values");
              issue.history.forEach(change -> values.add(render.get().history(change)));
              return page;
            }));
  }
}
