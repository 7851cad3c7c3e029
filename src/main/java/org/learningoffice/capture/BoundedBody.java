package org.learningoffice.capture;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.learningoffice.config.ServerConfig;
import org.learningoffice.web.HttpError;

/**
 * Reads a request body up to a route's own limit (never above {@code server.maxRequestBytes}),
 * refusing a larger one with 413 whether or not its length was announced.
 */
final class BoundedBody {
  private final int serverLimit;

  @Inject
  BoundedBody(ServerConfig server) {
    this.serverLimit = server.maxRequestBytes();
  }

  byte[] read(Context ctx, int routeLimit) {
    int limit = Math.min(routeLimit, serverLimit);
    if (ctx.req().getContentLengthLong() > limit) {
      throw HttpError.tooLarge(limit);
    }
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] body = in.readNBytes(limit + 1);
      if (body.length > limit) {
        throw HttpError.tooLarge(limit);
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException("reading the request body", e);
    }
  }
}
