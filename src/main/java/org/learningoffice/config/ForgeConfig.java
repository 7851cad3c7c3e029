package org.learningoffice.config;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Forge mode for Jira Cloud: the app whose Forge Invocation Tokens {@code /forge/...} accepts, the
 * key set they are checked against, and the one installation they must come from. Without {@code
 * forge.appId} Forge mode is off and every {@code /forge/...} call is refused.
 *
 * @param appId the app's id as {@code manifest.yml} names it, {@code
 *     ari:cloud:ecosystem::app/<uuid>}
 * @param jwksUrl where Atlassian publishes the keys that sign invocation tokens
 * @param installationId the installation on the configured Jira ({@code
 *     ari:cloud:ecosystem::installation/<uuid>}); when unset, a token must name the configured Jira
 *     as its site instead
 */
public record ForgeConfig(Optional<String> appId, URI jwksUrl, Optional<String> installationId) {
  public static final URI ATLASSIAN_JWKS =
      URI.create("https://forge.cdn.prod.atlassian-dev.net/.well-known/jwks.json");

  private static final Pattern APP_ID =
      Pattern.compile("ari:cloud:ecosystem::app/[0-9a-fA-F-]{36}");
  private static final Pattern INSTALLATION_ID =
      Pattern.compile("ari:cloud:ecosystem::installation/[0-9a-fA-F-]{36}");

  /** Forge mode off. */
  public static final ForgeConfig OFF =
      new ForgeConfig(Optional.empty(), ATLASSIAN_JWKS, Optional.empty());

  /** Whether Forge mode is on. */
  public boolean enabled() {
    return appId.isPresent();
  }

  static ForgeConfig read(ConfigReader r) {
    Optional<String> appId = r.string("forge.appId").map(String::strip);
    if (appId.isPresent() && !APP_ID.matcher(appId.get()).matches()) {
      r.problem(
          "forge.appId",
          "'"
              + appId.get()
              + "' is not a Forge app id; copy app.id from manifest.yml, e.g."
              + " ari:cloud:ecosystem::app/8db33809-1f32-48bb-8c52-5877dab48107");
    }
    URI jwksUrl = r.httpUrl("forge.jwksUrl", ATLASSIAN_JWKS.toString()).orElse(ATLASSIAN_JWKS);
    Optional<String> installationId = r.string("forge.installationId").map(String::strip);
    if (installationId.isPresent() && !INSTALLATION_ID.matcher(installationId.get()).matches()) {
      r.problem(
          "forge.installationId",
          "'"
              + installationId.get()
              + "' is not a Forge installation id (forge install list shows it), e.g."
              + " ari:cloud:ecosystem::installation/0a3a7799-53ae-4a5b-9e7e-03338980abb5");
    }
    return new ForgeConfig(appId, jwksUrl, installationId);
  }
}
