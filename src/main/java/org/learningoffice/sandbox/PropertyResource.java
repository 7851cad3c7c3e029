package org.learningoffice.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Optional;

/**
 * An issue's entity properties: reading one and setting one, refused as Jira refuses a value longer
 * than {@value #MAX_CHARS} characters.
 */
final class PropertyResource implements SandboxResource {
  /** The characters Jira takes in a property's value, counted on the JSON as sent. */
  static final int MAX_CHARS = 32_768;

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
    if (ctx.body().length() > MAX_CHARS) {
      replies.error(
          ctx,
          400,
          "The property value is too long: it may have at most " + MAX_CHARS + " characters.");
      return;
    }
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
