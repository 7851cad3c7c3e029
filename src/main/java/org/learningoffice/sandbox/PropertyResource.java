package org.learningoffice.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Optional;

/** An issue's entity properties: reading one and setting one. */
final class PropertyResource implements SandboxResource {
  private final JiraReplies replies;
  private final SandboxIssues issues;

  PropertyResource(JiraReplies replies, SandboxIssues issues) {
    this.replies = replies;
    this.issues = issues;
  }

  @Override
  public void addTo(RoutesConfig routes, ApiGate gate) {
    routes.get(API + "/issue/{key}/properties/{name}", gate.authed(this::property));
    routes.put(API + "/issue/{key}/properties/{name}", gate.authed(this::set));
  }

  private void property(Context ctx) {
    String name = ctx.pathParam("name");
    Optional<JsonNode> value =
        issues
            .read(ctx.pathParam("key"), issue -> issue.properties.get(name))
            .flatMap(Optional::ofNullable);
    replies.found(
        ctx,
        value.map(
            v -> {
              ObjectNode body = replies.object();
              body.put("key", name);
              body.set("value", v);
              return body;
            }));
  }

  private void set(Context ctx) throws IOException {
    JsonNode value = replies.body(ctx);
    Optional<Boolean> created =
        issues.setProperty(ctx.pathParam("key"), ctx.pathParam("name"), value);
    if (created.isEmpty()) {
      replies.notFound(ctx);
      return;
    }
    replies.send(ctx, created.get() ? 201 : 200, replies.object());
  }
}
