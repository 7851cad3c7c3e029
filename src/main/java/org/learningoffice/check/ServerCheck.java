package org.learningoffice.check;

import java.util.Optional;
import org.learningoffice.config.ServerConfig;

/**
 * Warns when the public address is HTTPS but the service does not read the proxy's {@code
 * X-Forwarded-Proto}: behind the TLS proxy every request then looks like plain HTTP, so the
 * dashboard's session cookie is not marked {@code Secure} and browsers are not told to stay on
 * HTTPS.
 */
final class ServerCheck {
  private final ServerConfig server;

  ServerCheck(ServerConfig server) {
    this.server = server;
  }

  Optional<CheckResult> run() {
    if (!"https".equalsIgnoreCase(server.publicBaseUrl().getScheme())
        || server.trustForwardedHeaders()) {
      return Optional.empty();
    }
    return Optional.of(
        CheckResult.warn(
            "https",
            "server.publicBaseUrl is "
                + server.publicBaseUrl()
                + " but server.trustForwardedHeaders is false: behind a TLS proxy the service"
                + " sees plain HTTP, so its cookies are not marked Secure and no HSTS header is"
                + " sent; set server.trustForwardedHeaders: true when a proxy sets"
                + " X-Forwarded-Proto (README, step 8)"));
  }
}
