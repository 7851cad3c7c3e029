package org.learningoffice.web;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.learningoffice.config.ServerConfig;

/**
 * Reads a request body as raw bytes, refusing (413) one larger than the configured limit or a
 * route's own smaller limit, whether or not the client announced its length, and without buffering
 * more than the limit.
 */
public final class RequestBody {
  private static final int DRAIN_CHUNK = 8192;

  private final int maxBytes;

  @Inject
  public RequestBody(ServerConfig config) {
    this.maxBytes = config.maxRequestBytes();
  }

  /** The raw body; throws {@link HttpError} 413 when it is larger than the server's limit. */
  public byte[] read(Context ctx) {
    return read(ctx, maxBytes);
  }

  /**
   * The raw body; throws {@link HttpError} 413 when it is larger than {@code routeLimit} (never
   * above the server's limit). A body within the server's limit is read to its end before the
   * refusal, so that the client, still sending, gets the 413 instead of a reset connection.
   */
  public byte[] read(Context ctx, int routeLimit) {
    int limit = Math.min(routeLimit, maxBytes);
    if (ctx.req().getContentLengthLong() > maxBytes) {
      throw HttpError.tooLarge(limit);
    }
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] body = in.readNBytes(limit + 1);
      if (body.length > limit) {
        drain(in, maxBytes - body.length);
        throw HttpError.tooLarge(limit);
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException("reading the request body", e);
    }
  }

  private static void drain(InputStream in, long budget) throws IOException {
    byte[] scratch = new byte[DRAIN_CHUNK];
    long left = budget;
    int read;
    while (left > 0 && (read = in.read(scratch, 0, (int) Math.min(scratch.length, left))) > 0) {
      left -= read;
    }
  }
}
