package org.learningoffice.config;

import java.util.Optional;

/**
 * The learning office's API ({@code /api/lessons}, {@code /api/digest/{week}}) and dashboard
 * ({@code /office}): without an access token configured both answer 401 to everyone.
 */
public record OfficeConfig(Optional<Secret> accessToken) {
  private static final int MIN_TOKEN_BYTES = 24;

  public OfficeConfig {
    java.util.Objects.requireNonNull(accessToken, "accessToken");
  }

  static OfficeConfig read(ConfigReader r) {
    Optional<Secret> token = r.secret("office.accessToken");
    if (token.isPresent() && token.get().bytes().length < MIN_TOKEN_BYTES) {
      r.problem(
          "office.accessToken",
          "is shorter than "
              + MIN_TOKEN_BYTES
              + " bytes; use a long random value, e.g. openssl rand -base64 32");
    }
    return new OfficeConfig(token);
  }
}
