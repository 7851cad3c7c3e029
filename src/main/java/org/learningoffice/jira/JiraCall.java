package org.learningoffice.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One Jira REST call as data: what to send, and whether sending it twice is harmless.
 *
 * @param path the encoded path below the site's base URL, without a leading slash
 * @param idempotent true when a repeat has the same effect as one call (GET, PUT, remote link by
 *     global id); false when a repeat could duplicate something (add comment, create issue)
 */
record JiraCall(
    String method,
    String path,
    List<Map.Entry<String, String>> query,
    Optional<JsonNode> body,
    boolean idempotent) {
  JiraCall {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    query = List.copyOf(query);
    Objects.requireNonNull(body, "body");
  }

  static JiraCall get(String path) {
    return new JiraCall("GET", path, List.of(), Optional.empty(), true);
  }

  static JiraCall put(String path, JsonNode body) {
    return new JiraCall("PUT", path, List.of(), Optional.of(body), true);
  }

  static JiraCall delete(String path) {
    return new JiraCall("DELETE", path, List.of(), Optional.empty(), true);
  }

  /** A POST that Jira treats as create-or-update or as a read (search), so it may be repeated. */
  static JiraCall idempotentPost(String path, JsonNode body) {
    return new JiraCall("POST", path, List.of(), Optional.of(body), true);
  }

  /** A POST that creates something each time it arrives. */
  static JiraCall creatingPost(String path, JsonNode body) {
    return new JiraCall("POST", path, List.of(), Optional.of(body), false);
  }

  JiraCall withQuery(String name, String value) {
    List<Map.Entry<String, String>> more = new ArrayList<>(query);
    more.add(Map.entry(name, value));
    return new JiraCall(method, path, more, body, idempotent);
  }

  /**
   * The encoded path of a REST resource of the deployment's API version, e.g. {@code path(CLOUD,
   * "issue", key, "comment")}; each part is one path segment and is percent-encoded.
   */
  static String path(Deployment deployment, String... segments) {
    StringBuilder path = new StringBuilder(deployment.restBase());
    for (String segment : segments) {
      if (segment.isEmpty()) {
        throw new IllegalArgumentException("empty path segment");
      }
      path.append('/')
          .append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return path.toString();
  }
}
