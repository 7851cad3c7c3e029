package org.learningoffice.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;

/**
 * A cookie this service sets: always HttpOnly, {@code Secure} whenever the browser came over HTTPS
 * (see {@link RequestOrigin}).
 */
public record Cookie(String name, String path, String sameSite, Optional<Duration> maxAge) {

  /** Sets the cookie to {@code value} on the answer. */
  public void set(Context ctx, String value) {
    ctx.header(
        "Set-Cookie",
        name
            + "="
            + value
            + "; Path="
            + path
            + maxAge.map(age -> "; Max-Age=" + age.toSeconds()).orElse("")
            + "; HttpOnly; SameSite="
            + sameSite
            + (RequestOrigin.isHttps(ctx) ? "; Secure" : ""));
  }

  /** Its value in the request, if the browser sent it. */
  public Optional<String> value(Context ctx) {
    return Optional.ofNullable(ctx.cookie(name));
  }
}
