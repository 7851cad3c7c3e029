package org.learningoffice.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.learningoffice.config.ServerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: Javalin on Jetty with every feature's routes. Built by Guice, started only when
 * the application calls {@link #start()}. Errors reach clients as {@code {"error": "..."}} and
 * never with a stack trace.
 */
public final class WebServer {
  private static final Logger log = LoggerFactory.getLogger(WebServer.class);

  private static final String STARTED = "lo.request.started";

  private final Javalin app;
  private final int configuredPort;

  @Inject
  public WebServer(
      ServerConfig config,
      Set<RouteContributor> contributors,
      ObjectMapper json,
      MeterRegistry meters) {
    this.configuredPort = config.port();
    this.app =
        Javalin.create(
            c -> {
              c.startup.showJavalinBanner = false;
              c.startup.showOldJavalinVersionWarning = false;
              c.http.maxRequestSize = config.maxRequestBytes();
              c.jetty.modifyHttpConfiguration(SlowClients::limit);
              c.jsonMapper(new JavalinJackson(json, false));
              c.routes.exception(
                  HttpError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
              c.routes.exception(
                  HttpResponseException.class,
                  (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
              c.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    Optional<Integer> refused = UnreadableRequest.status(e);
                    if (refused.isPresent()) {
                      error(
                          ctx,
                          refused.get(),
                          refused.get() == 408
                              ? SlowClients.tooSlow()
                              : "the request body could not be read as a form");
                      return;
                    }
                    // the route template, not the path: a path may hold a form token
                    log.error("{} {} failed", ctx.method(), route(ctx), e);
                    error(ctx, 500, "internal error");
                  });
              RequestOrigin origin = new RequestOrigin(config.trustForwardedHeaders());
              c.routes.before(
                  ctx -> {
                    ctx.attribute(STARTED, System.nanoTime());
                    origin.mark(ctx);
                    defaultHeaders(ctx);
                  });
              c.routes.after(ctx -> timeRequest(meters, ctx));
              contributors.forEach(contributor -> contributor.addRoutes(c.routes));
            });
  }

  /**
   * Every answer: no content sniffing, and not cached unless a route says otherwise (most answers
   * carry data: lessons, forms, queue states); over HTTPS, browsers are told to stay on it.
   */
  private static void defaultHeaders(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Cache-Control", "no-store");
    if (RequestOrigin.isHttps(ctx)) {
      ctx.header("Strict-Transport-Security", "max-age=31536000");
    }
  }

  /** {@code http_server_requests{method, route, status}}: the route template, never the path. */
  private static void timeRequest(MeterRegistry meters, Context ctx) {
    Long started = ctx.attribute(STARTED);
    if (started == null) {
      return;
    }
    Timer.builder("http_server_requests")
        .tag("method", ctx.method().name())
        .tag("route", route(ctx))
        .tag("status", String.valueOf(ctx.statusCode()))
        .register(meters)
        .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
  }

  /** The matched route template, such as {@code /capture/{token}}, or {@code unmatched}. */
  private static String route(Context ctx) {
    return Optional.ofNullable(ctx.endpoints().matchedHttpEndpoint())
        .map(endpoint -> endpoint.path)
        .orElse("unmatched");
  }

  private static void error(Context ctx, int status, String reason) {
    ctx.status(status).json(Map.of("error", reason == null ? "error" : reason));
  }

  /** Starts listening on the configured port (0: any free port, see {@link #port()}). */
  public void start() {
    try {
      app.start(configuredPort);
    } catch (JavalinBindException e) {
      throw new PortInUseException(configuredPort, e);
    }
    log.info("HTTP server listening on port {}", app.port());
  }

  /** Every route as {@code METHOD /path/{param}}: what the server answers, for checks and tests. */
  public List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(parsed -> parsed.endpoint)
        .filter(endpoint -> endpoint.method.isHttpMethod())
        .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
        .sorted()
        .toList();
  }

  /** The port the server listens on, once started. */
  public int port() {
    return app.port();
  }

  public void stop() {
    app.stop();
  }
}
