package org.learningoffice.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.learningoffice.config.ServerConfig;

/**
 * Reads a request body as raw bytes, refusing (413) one larger than the configured limit, whether
 * or not the client announced its length, and without buffering more than the limit.
 */
public final class RequestBody {
  private final int maxBytes;

  public RequestBody(ServerConfig config) {
    this.maxBytes = config.maxRequestBytes();
  }

  /** The raw body; throws {@link HttpError} 413 when it is larger than the limit. */
  public byte[] read(Context ctx) {
    long announced = ctx.req().getContentLengthLong();
    if (announced > maxBytes) {
      throw HttpError.tooLarge(maxBytes);
    }
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] body = in.readNBytes(maxBytes + 1);
      if (body.length > maxBytes) {
        throw HttpError.tooLarge(maxBytes);
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException("reading the request body", e);
    }
  }
}
