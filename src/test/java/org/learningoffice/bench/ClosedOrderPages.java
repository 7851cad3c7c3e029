package org.learningoffice.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Jira Cloud search pages of {@code count} closed orders, ORD-1 to ORD-{@code count}, each a copy
 * of the closed order in the test fixture {@code jira/cloud/poll-page-1.json} with its own id, key
 * and update time. Page tokens are the offset of the page's first order.
 */
final class ClosedOrderPages {
  private final ObjectMapper json;
  private final int count;
  private final JsonNode template;
  private final String commentCreated;

  ClosedOrderPages(ObjectMapper json, int count) {
    this.json = json;
    this.count = count;
    try {
      this.template = json.readTree(fixture("poll-page-1.json")).path("issues").path(0);
      this.commentCreated = fixture("comment-created.json");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable fixture", e);
    }
    if (!template.isObject()) {
      throw new IllegalStateException("poll-page-1.json has no issue to copy");
    }
  }

  int size() {
    return count;
  }

  /** The answer to {@code POST /rest/api/3/search/jql} for this page token. */
  String page(String token, int maxResults) throws JsonProcessingException {
    int start = token.isEmpty() ? 0 : Integer.parseInt(token);
    int end = Math.min(count, start + Math.max(1, maxResults));
    ObjectNode page = json.createObjectNode();
    ArrayNode issues = page.putArray("issues");
    for (int n = start + 1; n <= end; n++) {
      ObjectNode issue = template.deepCopy();
      issue.put("id", Integer.toString(100_000 + n));
      issue.put("key", "ORD-" + n);
      issue.put("self", "https://bench.invalid/rest/api/3/issue/" + (100_000 + n));
      // a minute apart, all in 2025, so that "updated >= 2025-01-01" finds every one
      long minute = n;
      ((ObjectNode) issue.path("fields"))
          .put(
              "updated",
              String.format(
                  "2025-06-%02dT%02d:%02d:00.000+0000",
                  1 + minute / 1440, (minute / 60) % 24, minute % 60));
      issues.add(issue);
    }
    if (end < count) {
      page.put("nextPageToken", Integer.toString(end));
    }
    page.put("isLast", end >= count);
    return json.writeValueAsString(page);
  }

  /** The answer to a new comment. */
  String commentCreated() {
    return commentCreated;
  }

  private static String fixture(String name) {
    try (InputStream in = ClosedOrderPages.class.getResourceAsStream("/jira/cloud/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no fixture jira/cloud/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
