package org.learningoffice.office;

import io.javalin.http.Context;
import jakarta.inject.Inject;
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

  @Inject
  public ApiAccess(OfficeConfig config) {
    this.token = config.accessToken();
  }

  /** Throws a 401 unless the request carries the configured token. */
  public void require(Context ctx) {
    if (!carriesToken(ctx)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw HttpError.unauthorized("a valid bearer token is required (office.accessToken)");
    }
  }

  /** Whether the request's {@code Authorization: Bearer} header holds the configured token. */
  public boolean carriesToken(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.startsWith("Bearer ")) {
      return false;
    }
    return matches(header.substring("Bearer ".length()).strip());
  }

  /** Whether {@code given} is the configured token (constant time); never when none is set. */
  public boolean matches(String given) {
    return token.isPresent()
        && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.get().bytes());
  }
}
