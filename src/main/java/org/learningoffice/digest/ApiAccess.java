package org.learningoffice.digest;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.learningoffice.config.OfficeConfig;
import org.learningoffice.config.Secret;
import org.learningoffice.web.HttpError;

/**
 * Guards the learning-office API: {@code Authorization: Bearer <office.accessToken>}, compared in
 * constant time; 401 otherwise, and always when no token is configured.
 */
public final class ApiAccess {
  private final Optional<Secret> token;

  public ApiAccess(OfficeConfig config) {
    this.token = config.accessToken();
  }

  /** Throws a 401 unless the request carries the configured token. */
  public void require(Context ctx) {
    String header = ctx.header("Authorization");
    if (token.isEmpty() || header == null || !header.startsWith("Bearer ")) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw HttpError.unauthorized("a valid bearer token is required (office.accessToken)");
    }
    byte[] given = header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token.get().bytes())) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw HttpError.unauthorized("a valid bearer token is required (office.accessToken)");
    }
  }
}
