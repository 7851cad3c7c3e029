package org.learningoffice.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/** The site-wide resources: server info, the signed-in user, its permissions, the fields. */
final class SiteResource implements SandboxResource {
  private final JiraReplies replies;
  private final Supplier<IssueJson> render;
  private final Clock clock;

  SiteResource(JiraReplies replies, Supplier<IssueJson> render, Clock clock) {
    this.replies = replies;
    this.render = render;
    this.clock = clock;
  }

  @Override
  public void addTo(RoutesConfig routes, ApiGate gate) {
    routes.get(API + "/serverInfo", gate.authed(this::serverInfo));
    // deployment detection asks v2, which both Cloud and Data Center answer
    routes.get("/rest/api/2/serverInfo", gate.authed(this::serverInfo));
    routes.get(
        API + "/myself",
        gate.authed(ctx -> replies.send(ctx, 200, render.get().user("Learning Office Bot"))));
    routes.get(API + "/mypermissions", gate.authed(this::permissions));
    routes.get(API + "/field", gate.authed(this::fields));
  }

  private void serverInfo(Context ctx) {
    ObjectNode info = replies.object();
    info.put("baseUrl", render.get().url(""));
    info.put("displayUrl", render.get().url(""));
    info.put("version", "1001.0.0-SANDBOX");
    info.putArray("versionNumbers").add(1001).add(0).add(0);
    info.put("deploymentType", "Cloud");
    info.put("buildNumber", 100289);
    info.put("buildDate", IssueJson.time(clock.instant()));
    info.put("serverTime", IssueJson.time(clock.instant()));
    info.put("scmInfo", "sandbox");
    info.put("serverTitle", "Learning Office sandbox Jira");
    info.put("serverTimeZone", "Etc/UTC");
    replies.send(ctx, 200, info);
  }

  private void permissions(Context ctx) {
    ObjectNode body = replies.object();
    ObjectNode granted = body.putObject("permissions");
    String wanted = Optional.ofNullable(ctx.queryParam("permissions")).orElse("BROWSE_PROJECTS");
    int id = 10;
    for (String key : wanted.split(",")) {
      ObjectNode permission = granted.putObject(key.trim());
      permission.put("id", String.valueOf(id++));
      permission.put("key", key.trim());
      permission.put("name", key.trim());
      permission.put("type", "PROJECT");
      permission.put("description", "Granted in the sandbox");
      permission.put("havePermission", true);
    }
    replies.send(ctx, 200, body);
  }

  private void fields(Context ctx) {
    ArrayNode fields = replies.array();
    fields.add(field("summary", "Summary", false));
    fields.add(field("labels", "Labels", false));
    fields.add(field("priority", "Priority", false));
    fields.add(field(IssueJson.CUSTOMER_FIELD, "Customer", true));
    replies.send(ctx, 200, fields);
  }

  private ObjectNode field(String id, String name, boolean custom) {
    ObjectNode field = replies.object();
    field.put("id", id);
    field.put("key", id);
    field.put("name", name);
    field.put("custom", custom);
    field.put("orderable", true);
    field.put("navigable", true);
    field.put("searchable", true);
    return field;
  }
}
