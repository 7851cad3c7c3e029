package org.learningoffice.testing.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WireMock Jira Cloud that takes the capture form's three calls for any issue (remote link,
 * comment, {@code learning-office} property), each answered after {@code delay}, and finds no
 * orders when polled; and what it received, per issue key, counted from its request journal.
 */
public final class WriteBackJira {
  private static final Pattern ISSUE_CALL =
      Pattern.compile("/rest/api/3/issue/([^/]+)/(remotelink|comment|properties/learning-office)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WireMockServer server;

  private WriteBackJira(WireMockServer server) {
    this.server = server;
  }

  /** Stubs {@code server} (use {@link PostedComments} with it, so comments are listed back). */
  public static WriteBackJira on(WireMockServer server, Duration delay) {
    int millis = (int) delay.toMillis();
    server.stubFor(
        post(urlPathMatching("/rest/api/3/issue/[^/]+/remotelink"))
            .willReturn(okJson(fixture("remotelink-created.json")).withFixedDelay(millis)));
    server.stubFor(
        post(urlPathMatching("/rest/api/3/issue/[^/]+/comment"))
            .willReturn(
                okJson(fixture("comment-created.json")).withStatus(201).withFixedDelay(millis)));
    server.stubFor(
        get(urlPathMatching("/rest/api/3/issue/[^/]+/comment"))
            .willReturn(okJson(fixture("comments-page.json")).withFixedDelay(millis)));
    server.stubFor(
        put(urlPathMatching("/rest/api/3/issue/[^/]+/properties/learning-office"))
            .willReturn(okJson("{}").withFixedDelay(millis)));
    server.stubFor(
        post(urlPathEqualTo("/rest/api/3/search/jql"))
            .willReturn(okJson(fixture("search-empty.json"))));
    return new WriteBackJira(server);
  }

  /** The remote links posted, per issue key: the distinct global ids. */
  public Map<String, Set<String>> remoteLinkGlobalIds() {
    Map<String, Set<String>> ids = new TreeMap<>();
    for (ServeEvent event : server.getAllServeEvents()) {
      issue(event, RequestMethod.POST, "remotelink")
          .ifPresent(
              key ->
                  ids.computeIfAbsent(key, k -> new TreeSet<>())
                      .add(globalId(event.getRequest().getBodyAsString())));
    }
    return ids;
  }

  /** Comments posted, per issue key. */
  public Map<String, Integer> comments() {
    return count(RequestMethod.POST, "comment");
  }

  /** Times the {@code learning-office} property was set, per issue key. */
  public Map<String, Integer> properties() {
    return count(RequestMethod.PUT, "properties/learning-office");
  }

  /** Calls of any kind received so far. */
  public int calls() {
    return server.getAllServeEvents().size();
  }

  private Map<String, Integer> count(RequestMethod method, String what) {
    Map<String, Integer> counts = new TreeMap<>();
    for (ServeEvent event : server.getAllServeEvents()) {
      issue(event, method, what).ifPresent(key -> counts.merge(key, 1, Integer::sum));
    }
    return counts;
  }

  private static java.util.Optional<String> issue(
      ServeEvent event, RequestMethod method, String what) {
    if (!event.getRequest().getMethod().equals(method)) {
      return java.util.Optional.empty();
    }
    Matcher m = ISSUE_CALL.matcher(event.getRequest().getUrl().replaceFirst("\\?.*", ""));
    return m.matches() && m.group(2).equals(what)
        ? java.util.Optional.of(m.group(1))
        : java.util.Optional.empty();
  }

  private static String globalId(String body) {
    try {
      return JSON.readTree(body).path("globalId").asText("(none)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String fixture(String name) {
    try (InputStream in = WriteBackJira.class.getResourceAsStream("/jira/cloud/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture /jira/cloud/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
