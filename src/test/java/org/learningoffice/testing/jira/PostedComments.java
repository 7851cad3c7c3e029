package org.learningoffice.testing.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Makes the WireMock Jira remember comments as Jira does: a comment posted to an issue is listed by
 * a later {@code GET .../comment} of that issue, which is how the service checks, after a crash,
 * whether its comment went out before sending it again. Without this memory a crash between sending
 * a comment and recording it would look like a lost comment.
 */
public final class PostedComments implements ResponseDefinitionTransformerV2 {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, List<JsonNode>> bodies = new ConcurrentHashMap<>();

  @Override
  public String getName() {
    return "posted-comments";
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    var request = serveEvent.getRequest();
    String path = request.getUrl().replaceFirst("\\?.*", "");
    ResponseDefinition stubbed = serveEvent.getResponseDefinition();
    if (!path.endsWith("/comment") || stubbed.getStatus() >= 300) {
      return stubbed;
    }
    try {
      if (request.getMethod().equals(RequestMethod.POST)) {
        bodies
            .computeIfAbsent(path, p -> new CopyOnWriteArrayList<>())
            .add(JSON.readTree(request.getBodyAsString()).path("body"));
        return stubbed;
      }
      if (request.getMethod().equals(RequestMethod.GET)) {
        return ResponseDefinitionBuilder.responseDefinition()
            .withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody(JSON.writeValueAsString(page(bodies.getOrDefault(path, List.of()))))
            .build();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return stubbed;
  }

  private static ObjectNode page(List<JsonNode> posted) {
    ObjectNode page = JSON.createObjectNode();
    page.put("startAt", 0).put("maxResults", 50).put("total", posted.size());
    ArrayNode comments = page.putArray("comments");
    for (int i = posted.size() - 1; i >= 0; i--) {
      ObjectNode comment = comments.addObject();
      comment.put("id", String.valueOf(20_000 + i));
      comment.set("body", posted.get(i));
      comment.put("created", "2025-11-24T08:00:00.000+0000");
    }
    return page;
  }
}
