package org.learningoffice.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A static file of the pages (script or stylesheet), served from {@code /assets/} on the classpath.
 */
public record Asset(String name, String contentType) {

  /**
   * Answers with the file, typed; browsers may keep it a few minutes (it changes with releases).
   */
  public void serve(Context ctx) {
    try (InputStream in = Asset.class.getResourceAsStream("/assets/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing asset " + name);
      }
      ctx.header("Cache-Control", "max-age=300");
      ctx.contentType(contentType + "; charset=utf-8").result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
