package org.learningoffice.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/** The enhanced JQL search and its approximate count, paged by token as Jira Cloud pages them. */
final class SearchResource implements SandboxResource {
  private final JiraReplies replies;
  private final SandboxIssues issues;
  private final Supplier<IssueJson> render;
  private final Clock clock;

  SearchResource(
      JiraReplies replies, SandboxIssues issues, Supplier<IssueJson> render, Clock clock) {
    this.replies = replies;
    this.issues = issues;
    this.render = render;
    this.clock = clock;
  }

  @Override
  public void addTo(RoutesConfig routes, ApiGate gate) {
    routes.post(API + "/search/jql", gate.authed(this::search));
    routes.post(API + "/search/approximate-count", gate.authed(this::count));
  }

  private void search(Context ctx) throws IOException {
    JsonNode request = replies.body(ctx);
    SandboxJql jql = SandboxJql.parse(request.path("jql").asText(""), clock);
    int size = Math.max(1, Math.min(request.path("maxResults").asInt(50), 5000));
    int start = parseToken(request.path("nextPageToken").asText(""));
    List<ObjectNode> matching =
        issues
            .readAll(issue -> jql.matches(issue) ? render.get().issue(issue, false) : null)
            .stream()
            .filter(node -> node != null)
            .toList();
    ObjectNode page = replies.object();
    ArrayNode found = page.putArray("issues");
    matching.stream().skip(start).limit(size).forEach(found::add);
    boolean last = start + size >= matching.size();
    if (!last) {
      page.put("nextPageToken", "page-" + (start + size));
    }
    page.put("isLast", last);
    replies.send(ctx, 200, page);
  }

  private static int parseToken(String token) {
    return token.startsWith("page-") ? Integer.parseInt(token.substring(5)) : 0;
  }

  private void count(Context ctx) throws IOException {
    SandboxJql jql = SandboxJql.parse(replies.body(ctx).path("jql").asText(""), clock);
    long count = issues.readAll(jql::matches).stream().filter(Boolean::booleanValue).count();
    replies.send(ctx, 200, replies.object().put("count", count));
  }
}
