package org.learningoffice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Jira Cloud stand-in on 127.0.0.1 for {@link RateLimitedBackfill}: searches closed orders (from
 * {@link ClosedOrderPages}) and accepts remote links, comments and issue properties, while a {@link
 * StubRateLimit} answers 429 with {@code Retry-After: 1} to what is over its rate.
 */
final class LimitedJiraStub implements AutoCloseable {
  private static final Pattern REMOTE_LINK =
      Pattern.compile("/rest/api/3/issue/([^/]+)/remotelink");
  private static final Pattern COMMENT = Pattern.compile("/rest/api/3/issue/([^/]+)/comment");
  private static final Pattern PROPERTY =
      Pattern.compile("/rest/api/3/issue/([^/]+)/properties/[^/]+");

  private final ObjectMapper json;
  private final StubRateLimit limit;
  private final ClosedOrderPages orders;
  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);

  LimitedJiraStub(ObjectMapper json, StubRateLimit limit, ClosedOrderPages orders)
      throws IOException {
    this.json = json;
    this.limit = limit;
    this.orders = orders;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::serve);
    server.setExecutor(threads);
    server.start();
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] request = exchange.getRequestBody().readAllBytes();
      StubRateLimit.Verdict verdict = limit.admit();
      if (verdict != StubRateLimit.Verdict.ACCEPTED) {
        exchange.getResponseHeaders().add("Retry-After", "1");
        answer(exchange, 429, "{\"errorMessages\":[\"Rate limit exceeded.\"]}");
        limit.announcedRetryAfter();
        return;
      }
      route(exchange, request);
    }
  }

  private void route(HttpExchange exchange, byte[] request) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    if ("POST".equals(method) && path.equals("/rest/api/3/search/approximate-count")) {
      answer(exchange, 200, "{\"count\":" + orders.size() + "}");
    } else if ("POST".equals(method) && path.equals("/rest/api/3/search/jql")) {
      JsonNode body = json.readTree(request);
      answer(
          exchange,
          200,
          orders.page(body.path("nextPageToken").asText(""), body.path("maxResults").asInt(100)));
    } else if ("POST".equals(method) && matches(REMOTE_LINK, path)) {
      limit.write(StubRateLimit.Write.REMOTE_LINK);
      answer(exchange, 201, "{\"id\":10000,\"self\":\"" + baseUrl() + path + "/10000\"}");
    } else if ("POST".equals(method) && matches(COMMENT, path)) {
      limit.write(StubRateLimit.Write.COMMENT);
      answer(exchange, 201, orders.commentCreated());
    } else if ("PUT".equals(method) && matches(PROPERTY, path)) {
      limit.write(StubRateLimit.Write.PROPERTY);
      answer(exchange, 200, "");
    } else {
      answer(
          exchange, 404, "{\"errorMessages\":[\"not in the stub: " + method + " " + path + "\"]}");
    }
  }

  private static boolean matches(Pattern pattern, String path) {
    Matcher matcher = pattern.matcher(path);
    return matcher.matches();
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
