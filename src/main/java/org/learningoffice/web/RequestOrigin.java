package org.learningoffice.web;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * How a request reached the service: its scheme, host and the client's address, taken from the
 * connection, or from a reverse proxy's {@code X-Forwarded-Proto}, {@code -Host} and {@code -For}
 * when {@code server.trustForwardedHeaders} says a proxy sets them (otherwise a client could claim
 * any scheme or address). The server marks each request on arrival; pages and cookies read the
 * mark.
 */
public final class RequestOrigin {
  private static final String HTTPS = "lo.request.https";
  private static final String CLIENT = "lo.request.client";
  private static final String HOST = "lo.request.host";

  private final boolean trustForwardedHeaders;

  RequestOrigin(boolean trustForwardedHeaders) {
    this.trustForwardedHeaders = trustForwardedHeaders;
  }

  /** Whether the request came over HTTPS, as marked on arrival. */
  public static boolean isHttps(Context ctx) {
    return Boolean.TRUE.equals(ctx.attribute(HTTPS));
  }

  /** The client's address, as marked on arrival (for throttling; never logged). */
  public static String client(Context ctx) {
    String client = ctx.attribute(CLIENT);
    return client == null ? ctx.ip() : client;
  }

  /** The host (and port) the browser asked for, as marked on arrival; empty when none was sent. */
  public static Optional<String> host(Context ctx) {
    return Optional.ofNullable(ctx.attribute(HOST));
  }

  void mark(Context ctx) {
    ctx.attribute(HTTPS, https(ctx));
    ctx.attribute(CLIENT, clientAddress(ctx));
    Optional<String> forwardedHost =
        trustForwardedHeaders ? lastValue(ctx.header("X-Forwarded-Host")) : Optional.empty();
    forwardedHost
        .or(() -> Optional.ofNullable(ctx.header("Host")))
        .ifPresent(h -> ctx.attribute(HOST, h));
  }

  private boolean https(Context ctx) {
    if (trustForwardedHeaders) {
      Optional<String> forwarded = lastValue(ctx.header("X-Forwarded-Proto"));
      if (forwarded.isPresent()) {
        return forwarded.get().equalsIgnoreCase("https");
      }
    }
    return "https".equalsIgnoreCase(ctx.scheme());
  }

  /** The proxy appends the address it saw last, so the last entry is the one it vouches for. */
  private String clientAddress(Context ctx) {
    if (trustForwardedHeaders) {
      Optional<String> forwarded = lastValue(ctx.header("X-Forwarded-For"));
      if (forwarded.isPresent()) {
        return forwarded.get();
      }
    }
    return ctx.ip();
  }

  private static Optional<String> lastValue(String header) {
    if (header == null) {
      return Optional.empty();
    }
    String[] values = header.split(",");
    String last = values[values.length - 1].strip();
    return last.isEmpty() ? Optional.empty() : Optional.of(last);
  }
}
