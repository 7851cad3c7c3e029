package org.learningoffice.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.learningoffice.config.Secret;

/**
 * A small Jira Cloud that runs in-process for {@code demo}: the REST v3 calls Learning Office makes
 * (server info, sign-in, permissions, fields, enhanced JQL search, issues with changelog, comments,
 * remote links, entity properties, issue creation), answered in Jira's documented shapes over real
 * HTTP with basic auth, on seeded order tickets. Tests check its answers against Atlassian's
 * OpenAPI spec.
 */
public final class SandboxJira implements AutoCloseable {
  private static final String API = "/rest/api/3";
  private static final String ORDER_LINK_PREFIX = "learning-office:";

  private final ObjectMapper json;
  private final Clock clock;
  private final SandboxIssues issues;
  private final String expectedAuthorization;
  private final List<String> calls = new ArrayList<>();
  private Javalin app;
  private volatile IssueJson render;

  public SandboxJira(
      ObjectMapper json, Clock clock, List<SandboxOrder> seed, String email, Secret apiToken) {
    this.json = json;
    this.clock = clock;
    this.issues = new SandboxIssues(seed, clock);
    this.expectedAuthorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((email + ":" + apiToken.reveal()).getBytes(StandardCharsets.UTF_8));
  }

  /** Starts listening on {@code port} (0: any free port) of the loopback interface. */
  public synchronized SandboxJira start(int port) {
    if (app != null) {
      throw new IllegalStateException("the sandbox Jira is already running");
    }
    app =
        Javalin.create(
            c -> {
              c.startup.showJavalinBanner = false;
              c.startup.showOldJavalinVersionWarning = false;
              c.jetty.host = "127.0.0.1";
              // plain bodies, as a test proxy in front of the sandbox must read them
              c.http.compressionStrategy = CompressionStrategy.NONE;
              routes(c.routes);
            });
    app.start(port);
    render = new IssueJson(json, baseUrl());
    return this;
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + app.port());
  }

  /** The keys of the seeded order tickets, in seed order. */
  public List<String> orderKeys() {
    return issues.readAll(SandboxIssue::key);
  }

  /** The {@code jira:issue_created} webhook body of a ticket. */
  public Optional<ObjectNode> createdEvent(String key) {
    return issues.read(key, issue -> render.webhook("jira:issue_created", issue, null));
  }

  /**
   * Moves a ticket to Done and returns the {@code jira:issue_updated} webhook body Jira would send;
   * empty when the ticket is unknown or already done.
   */
  public Optional<ObjectNode> close(String key) {
    return issues
        .close(key)
        .flatMap(
            change ->
                issues.read(key, issue -> render.webhook("jira:issue_updated", issue, change)));
  }

  /** The URL of the ticket's capture-form link, once Learning Office has attached it. */
  public Optional<String> formUrl(String key) {
    return issues
        .read(key, issue -> issue.links.get(ORDER_LINK_PREFIX + key))
        .flatMap(Optional::ofNullable)
        .map(link -> link.object().path("url").asText());
  }

  /** Whether the capture-form link shows the lessons as in ({@code status.resolved}). */
  public boolean formLinkResolved(String key) {
    return issues
        .read(key, issue -> issue.links.get(ORDER_LINK_PREFIX + key))
        .flatMap(Optional::ofNullable)
        .map(link -> link.object().path("status").path("resolved").asBoolean(false))
        .orElse(false);
  }

  public int commentCount(String key) {
    return issues.read(key, issue -> issue.comments.size()).orElse(0);
  }

  public Optional<JsonNode> property(String key, String name) {
    return issues.read(key, issue -> issue.properties.get(name)).flatMap(Optional::ofNullable);
  }

  /** Every API call answered so far, as {@code METHOD path}, oldest first. */
  public synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  @Override
  public synchronized void close() {
    if (app != null) {
      app.stop();
      app = null;
    }
  }

  private void routes(RoutesConfig routes) {
    routes.get(API + "/serverInfo", authed(this::serverInfo));
    // deployment detection asks v2, which both Cloud and Data Center answer
    routes.get("/rest/api/2/serverInfo", authed(this::serverInfo));
    routes.get(API + "/myself", authed(ctx -> send(ctx, 200, render.user("Learning Office Bot"))));
    routes.get(API + "/mypermissions", authed(this::permissions));
    routes.get(API + "/field", authed(this::fields));
    routes.post(API + "/search/jql", authed(this::search));
    routes.post(API + "/search/approximate-count", authed(this::count));
    routes.post(API + "/issue", authed(this::createIssue));
    routes.get(API + "/issue/{key}", authed(this::issue));
    routes.get(API + "/issue/{key}/changelog", authed(this::changelog));
    routes.get(API + "/issue/{key}/comment", authed(this::comments));
    routes.post(API + "/issue/{key}/comment", authed(this::addComment));
    routes.get(API + "/issue/{key}/remotelink", authed(this::links));
    routes.post(API + "/issue/{key}/remotelink", authed(this::putLink));
    routes.get(API + "/issue/{key}/properties/{name}", authed(this::property));
    routes.put(API + "/issue/{key}/properties/{name}", authed(this::setProperty));
  }

  private Handler authed(Handler handler) {
    return ctx -> {
      record(ctx.method() + " " + ctx.path());
      String given = Optional.ofNullable(ctx.header("Authorization")).orElse("");
      if (!MessageDigest.isEqual(
          given.getBytes(StandardCharsets.UTF_8),
          expectedAuthorization.getBytes(StandardCharsets.UTF_8))) {
        error(
            ctx,
            401,
            "You are not authenticated. Authentication required to perform this operation.");
        return;
      }
      handler.handle(ctx);
    };
  }

  private synchronized void record(String call) {
    calls.add(call);
  }

  private void serverInfo(Context ctx) {
    ObjectNode info = json.createObjectNode();
    info.put("baseUrl", baseUrl().toString());
    info.put("displayUrl", baseUrl().toString());
    info.put("version", "1001.0.0-SANDBOX");
    info.putArray("versionNumbers").add(1001).add(0).add(0);
    info.put("deploymentType", "Cloud");
    info.put("buildNumber", 100289);
    info.put("buildDate", IssueJson.time(clock.instant()));
    info.put("serverTime", IssueJson.time(clock.instant()));
    info.put("scmInfo", "sandbox");
    info.put("serverTitle", "Learning Office sandbox Jira");
    info.put("serverTimeZone", "Etc/UTC");
    send(ctx, 200, info);
  }

  private void permissions(Context ctx) {
    ObjectNode body = json.createObjectNode();
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
    send(ctx, 200, body);
  }

  private void fields(Context ctx) {
    ArrayNode fields = json.createArrayNode();
    fields.add(field("summary", "Summary", false));
    fields.add(field("labels", "Labels", false));
    fields.add(field("priority", "Priority", false));
    fields.add(field(IssueJson.CUSTOMER_FIELD, "Customer", true));
    send(ctx, 200, fields);
  }

  private ObjectNode field(String id, String name, boolean custom) {
    ObjectNode field = json.createObjectNode();
    field.put("id", id);
    field.put("key", id);
    field.put("name", name);
    field.put("custom", custom);
    field.put("orderable", true);
    field.put("navigable", true);
    field.put("searchable", true);
    return field;
  }

  private void search(Context ctx) throws IOException {
    JsonNode request = json.readTree(ctx.body());
    SandboxJql jql = SandboxJql.parse(request.path("jql").asText(""), clock);
    int size = Math.max(1, Math.min(request.path("maxResults").asInt(50), 5000));
    int start = parseToken(request.path("nextPageToken").asText(""));
    List<ObjectNode> matching =
        issues.readAll(issue -> jql.matches(issue) ? render.issue(issue, false) : null).stream()
            .filter(node -> node != null)
            .toList();
    ObjectNode page = json.createObjectNode();
    ArrayNode found = page.putArray("issues");
    matching.stream().skip(start).limit(size).forEach(found::add);
    boolean last = start + size >= matching.size();
    if (!last) {
      page.put("nextPageToken", "page-" + (start + size));
    }
    page.put("isLast", last);
    send(ctx, 200, page);
  }

  private static int parseToken(String token) {
    return token.startsWith("page-") ? Integer.parseInt(token.substring(5)) : 0;
  }

  private void count(Context ctx) throws IOException {
    SandboxJql jql = SandboxJql.parse(json.readTree(ctx.body()).path("jql").asText(""), clock);
    long count = issues.readAll(jql::matches).stream().filter(Boolean::booleanValue).count();
    send(ctx, 200, json.createObjectNode().put("count", count));
  }

  private void createIssue(Context ctx) throws IOException {
    JsonNode fields = json.readTree(ctx.body()).path("fields");
    String project = fields.path("project").path("key").asText("");
    String summary = fields.path("summary").asText("");
    if (project.isEmpty() || summary.isEmpty()) {
      error(ctx, 400, "A new issue needs fields.project.key and fields.summary.");
      return;
    }
    SandboxIssue created = issues.create(project, summary);
    ObjectNode body = json.createObjectNode();
    body.put("id", String.valueOf(created.id));
    body.put("key", created.key());
    body.put("self", baseUrl() + API + "/issue/" + created.id);
    send(ctx, 201, body);
  }

  private void issue(Context ctx) {
    boolean changelog =
        Optional.ofNullable(ctx.queryParam("expand")).orElse("").contains("changelog");
    respond(ctx, issues.read(ctx.pathParam("key"), issue -> render.issue(issue, changelog)));
  }

  private void changelog(Context ctx) {
    respond(
        ctx,
        issues.read(
            ctx.pathParam("key"),
            issue -> {
              ObjectNode page = json.createObjectNode();
              page.put("self", baseUrl() + API + "/issue/" + issue.key() + "/changelog");
              page.put("maxResults", 100);
              page.put("startAt", 0);
              page.put("total", issue.history.size());
              page.put("isLast", true);
              ArrayNode values = page.putArray("values");
              issue.history.forEach(change -> values.add(render.history(change)));
              return page;
            }));
  }

  private void comments(Context ctx) {
    respond(
        ctx,
        issues.read(
            ctx.pathParam("key"),
            issue -> {
              ObjectNode page = json.createObjectNode();
              page.put("startAt", 0);
              page.put("maxResults", issue.comments.size());
              page.put("total", issue.comments.size());
              ArrayNode list = page.putArray("comments");
              issue.comments.forEach(comment -> list.add(render.comment(issue, comment)));
              return page;
            }));
  }

  private void addComment(Context ctx) throws IOException {
    JsonNode body = json.readTree(ctx.body()).path("body");
    if (!body.isObject()) {
      error(ctx, 400, "Comment body must be an Atlassian Document Format object.");
      return;
    }
    String key = ctx.pathParam("key");
    Optional<ObjectNode> created =
        issues
            .addComment(key, body)
            .flatMap(comment -> issues.read(key, issue -> render.comment(issue, comment)));
    respond(ctx, 201, created);
  }

  private void links(Context ctx) {
    respond(
        ctx,
        issues.read(
            ctx.pathParam("key"),
            issue -> {
              ArrayNode list = json.createArrayNode();
              issue.links.values().forEach(link -> list.add(render.link(issue.key(), link)));
              return list;
            }));
  }

  private void putLink(Context ctx) throws IOException {
    JsonNode request = json.readTree(ctx.body());
    JsonNode object = request.path("object");
    if (!object.path("url").isTextual() || !object.path("title").isTextual()) {
      error(ctx, 400, "A remote link needs object.url and object.title.");
      return;
    }
    String globalId =
        request.path("globalId").isTextual() ? request.path("globalId").asText() : null;
    Optional<SandboxIssues.LinkWrite> written =
        issues.putLink(ctx.pathParam("key"), globalId, object);
    if (written.isEmpty()) {
      notFound(ctx);
      return;
    }
    SandboxIssues.LinkWrite write = written.get();
    ObjectNode body = json.createObjectNode();
    body.put("id", write.link().id());
    body.put(
        "self",
        baseUrl() + API + "/issue/" + write.issueKey() + "/remotelink/" + write.link().id());
    send(ctx, write.created() ? 201 : 200, body);
  }

  private void property(Context ctx) {
    String name = ctx.pathParam("name");
    Optional<JsonNode> value =
        issues
            .read(ctx.pathParam("key"), issue -> issue.properties.get(name))
            .flatMap(Optional::ofNullable);
    respond(
        ctx,
        value.map(
            v -> {
              ObjectNode body = json.createObjectNode();
              body.put("key", name);
              body.set("value", v);
              return body;
            }));
  }

  private void setProperty(Context ctx) throws IOException {
    JsonNode value = json.readTree(ctx.body());
    Optional<Boolean> created =
        issues.setProperty(ctx.pathParam("key"), ctx.pathParam("name"), value);
    if (created.isEmpty()) {
      notFound(ctx);
      return;
    }
    send(ctx, created.get() ? 201 : 200, json.createObjectNode());
  }

  private void respond(Context ctx, Optional<? extends JsonNode> body) {
    respond(ctx, 200, body);
  }

  private void respond(Context ctx, int status, Optional<? extends JsonNode> body) {
    if (body.isPresent()) {
      send(ctx, status, body.get());
    } else {
      notFound(ctx);
    }
  }

  private void notFound(Context ctx) {
    error(ctx, 404, "Issue does not exist or you do not have permission to see it.");
  }

  private void error(Context ctx, int status, String message) {
    ObjectNode body = json.createObjectNode();
    body.putArray("errorMessages").add(message);
    body.putObject("errors");
    send(ctx, status, body);
  }

  private void send(Context ctx, int status, JsonNode body) {
    try {
      ctx.status(status).contentType("application/json").result(json.writeValueAsString(body));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
