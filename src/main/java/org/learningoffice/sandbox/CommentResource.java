package org.learningoffice.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An issue's comments: listing a page of them (oldest first, or newest first with {@code
 * orderBy=-created}) and adding one in Atlassian Document Format, refused as Jira refuses a body
 * over its {@value #MAX_CHARS} characters.
 */
final class CommentResource implements SandboxResource {
  /** The characters Jira takes in a comment, counted on the ADF body as sent. */
  static final int MAX_CHARS = 32_767;

  /** Jira's page size when {@code maxResults} is not given. */
  private static final int DEFAULT_PAGE = 100;

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
    int startAt = Math.max(0, intParam(ctx, "startAt", 0));
    int maxResults = Math.max(0, intParam(ctx, "maxResults", DEFAULT_PAGE));
    boolean newestFirst = "-created".equals(ctx.queryParam("orderBy"));
    replies.found(
        ctx,
        issues.read(
            ctx.pathParam("key"),
            issue -> {
              List<SandboxIssue.Comment> ordered = new ArrayList<>(issue.comments);
              if (newestFirst) {
                Collections.reverse(ordered);
              }
              List<SandboxIssue.Comment> page =
                  ordered.subList(
                      Math.min(startAt, ordered.size()),
                      Math.min(ordered.size(), startAt + maxResults));
              ObjectNode body = replies.object();
              body.put("startAt", startAt);
              body.put("maxResults", maxResults);
              body.put("total", ordered.size());
              ArrayNode list = body.putArray("comments");
              page.forEach(comment -> list.add(render.get().comment(issue, comment)));
              return body;
            }));
  }

  /**
   * The checks of Jira's ADF validation that a body built by hand breaks most often: a {@code doc}
   * of version 1 with a content array, every node typed, every text node with text.
   */
  static boolean isAdfDocument(JsonNode body) {
    return "doc".equals(body.path("type").asText())
        && body.path("version").asInt() == 1
        && body.path("content").isArray()
        && validNodes(body.path("content"));
  }

  private static boolean validNodes(JsonNode content) {
    for (JsonNode node : content) {
      if (!node.path("type").isTextual()) {
        return false;
      }
      if ("text".equals(node.path("type").asText())
          && (!node.path("text").isTextual() || node.path("text").asText().isEmpty())) {
        return false;
      }
      if (node.has("content")
          && (!node.path("content").isArray() || !validNodes(node.path("content")))) {
        return false;
      }
    }
    return true;
  }

  private static int intParam(Context ctx, String name, int fallback) {
    String value = ctx.queryParam(name);
    try {
      return value == null ? fallback : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private void add(Context ctx) throws IOException {
    JsonNode body = replies.body(ctx).path("body");
    if (!body.isObject()) {
      replies.error(ctx, 400, "Comment body must be an Atlassian Document Format object.");
      return;
    }
    if (!isAdfDocument(body)) {
      // what Jira Cloud answers a body that is an object but not a valid ADF document
      replies.error(ctx, 400, "INVALID_INPUT");
      return;
    }
    if (body.toString().length() > MAX_CHARS) {
      replies.fieldError(
          ctx,
          400,
          "comment",
          "The entered text is too long. It exceeds the allowed limit of 32,767 characters.");
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
