package org.learningoffice.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Optional;

/** Reads the sandbox's requests and writes its answers as Jira does: JSON, Jira's error shape. */
final class JiraReplies {
  private final ObjectMapper json;

  JiraReplies(ObjectMapper json) {
    this.json = json;
  }

  JsonNode body(Context ctx) throws IOException {
    return json.readTree(ctx.body());
  }

  ObjectNode object() {
    return json.createObjectNode();
  }

  ArrayNode array() {
    return json.createArrayNode();
  }

  /** Answers 200 with the body, or Jira's 404 when there is none. */
  void found(Context ctx, Optional<? extends JsonNode> body) {
    found(ctx, 200, body);
  }

  /** Answers {@code status} with the body, or Jira's 404 when there is none. */
  void found(Context ctx, int status, Optional<? extends JsonNode> body) {
    if (body.isPresent()) {
      send(ctx, status, body.get());
    } else {
      notFound(ctx);
    }
  }

  void notFound(Context ctx) {
    error(ctx, 404, "Issue does not exist or you do not have permission to see it.");
  }

  void error(Context ctx, int status, String message) {
    ObjectNode body = json.createObjectNode();
    body.putArray("errorMessages").add(message);
    body.putObject("errors");
    send(ctx, status, body);
  }

  /** Jira's answer refusing one field of the request: {@code errors} names it. */
  void fieldError(Context ctx, int status, String field, String message) {
    ObjectNode body = json.createObjectNode();
    body.putArray("errorMessages");
    body.putObject("errors").put(field, message);
    send(ctx, status, body);
  }

  void send(Context ctx, int status, JsonNode body) {
    try {
      ctx.status(status).contentType("application/json").result(json.writeValueAsString(body));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
