package org.learningoffice.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A static file of the pages (script or stylesheet), served from {@code /assets/} on the classpath.
 */
public record Asset(String name, String contentType) {

  /** Answers with the file, typed and not to be sniffed. */
  public void serve(Context ctx) {
    try (InputStream in = Asset.class.getResourceAsStream("/assets/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing asset " + name);
      }
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.contentType(contentType + "; charset=utf-8").result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
