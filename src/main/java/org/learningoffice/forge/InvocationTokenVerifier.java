package org.learningoffice.forge;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.learningoffice.config.ForgeConfig;
import org.learningoffice.config.JiraConfig;

/**
 * Checks the Forge Invocation Token of a call to {@code /forge/...}: an RS256 signature by one of
 * Atlassian's keys, issuer {@code forge/invocation-token}, audience the configured app, within its
 * lifetime (with {@link #LEEWAY} for clock drift), and from the configured Jira: the configured
 * installation when {@code forge.installationId} is set, and the configured site whenever the token
 * names one. Everything else is refused.
 */
final class InvocationTokenVerifier {
  static final String ISSUER = "forge/invocation-token";
  static final Duration LEEWAY = Duration.ofSeconds(10);
  private static final String BEARER = "Bearer ";

  private final ForgeConfig forge;
  private final URI jiraBaseUrl;
  private final DefaultJWTProcessor<SecurityContext> processor;

  @Inject
  InvocationTokenVerifier(ForgeConfig forge, JiraConfig jira, ForgeKeys keys, Clock clock) {
    this(forge, jira.baseUrl(), keys, clock);
  }

  InvocationTokenVerifier(ForgeConfig forge, URI jiraBaseUrl, ForgeKeys keys, Clock clock) {
    this.forge = forge;
    this.jiraBaseUrl = jiraBaseUrl;
    this.processor = new DefaultJWTProcessor<>();
    // RS256 only: an "alg: none" token or one signed with HS256 (the public key as its secret) is
    // refused before any key is looked at.
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys.source()));
    DefaultJWTClaimsVerifier<SecurityContext> claims =
        new DefaultJWTClaimsVerifier<>(
            forge.appId().orElse("forge.appId is not configured"),
            new JWTClaimsSet.Builder().issuer(ISSUER).build(),
            Set.of("exp", "iat", "app")) {
          @Override
          protected Date currentTime() {
            return Date.from(clock.instant());
          }
        };
    claims.setMaxClockSkew((int) LEEWAY.toSeconds());
    processor.setJWTClaimsSetVerifier(claims);
  }

  /** The verified token of a call, from its {@code Authorization} header. */
  InvocationToken verify(Optional<String> authorization) {
    if (!forge.enabled()) {
      throw new TokenRefused("Forge mode is not configured on this service (forge.appId)");
    }
    String header =
        authorization.orElseThrow(
            () -> new TokenRefused("missing Authorization: Bearer <Forge Invocation Token>"));
    if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw new TokenRefused("Authorization must be a Bearer Forge Invocation Token");
    }
    SignedJWT jwt;
    try {
      jwt = SignedJWT.parse(header.substring(BEARER.length()).strip());
    } catch (ParseException e) {
      throw new TokenRefused("the bearer token is not a signed JWT");
    }
    if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
      throw new TokenRefused("the token must be signed with RS256");
    }
    JWTClaimsSet claims;
    try {
      claims = processor.process(jwt, null);
    } catch (BadJOSEException | JOSEException e) {
      throw new TokenRefused("invalid Forge Invocation Token: " + e.getMessage());
    }
    return bound(claims);
  }

  /** Checks that the token comes from this service's Jira and reads what the routes need. */
  private InvocationToken bound(JWTClaimsSet claims) {
    Map<String, Object> app = object(claims, "app").orElseThrow();
    String installation =
        text(app.get("installationId"))
            .orElseThrow(() -> new TokenRefused("the token names no app.installationId"));
    if (!forge.appId().equals(text(app.get("id")))) {
      throw new TokenRefused("the token's app.id is not forge.appId");
    }
    if (forge.installationId().isPresent() && !forge.installationId().get().equals(installation)) {
      throw new TokenRefused("the token comes from another installation than forge.installationId");
    }
    Optional<Map<String, Object>> context = object(claims, "context");
    Optional<String> siteUrl = context.flatMap(c -> text(c.get("siteUrl")));
    if (siteUrl.isPresent() && !sameSite(siteUrl.get())) {
      throw new TokenRefused("the token comes from another site than jira.baseUrl");
    }
    if (siteUrl.isEmpty() && forge.installationId().isEmpty()) {
      throw new TokenRefused(
          "the token names no site; set forge.installationId to accept calls without one");
    }
    Optional<String> issueId =
        context
            .flatMap(c -> map(c.get("extension")))
            .flatMap(e -> map(e.get("issue")))
            .flatMap(i -> text(i.get("id")));
    return new InvocationToken(
        installation, text(claims.getClaim("principal")), issueId, apiBaseUrl(app));
  }

  /** {@code app.apiBaseUrl} when it is an absolute http(s) URL; the signed token vouches for it. */
  private static Optional<URI> apiBaseUrl(Map<String, Object> app) {
    return text(app.get("apiBaseUrl"))
        .flatMap(
            url -> {
              try {
                URI uri = new URI(url);
                boolean web =
                    "https".equalsIgnoreCase(uri.getScheme())
                        || "http".equalsIgnoreCase(uri.getScheme());
                return web && uri.getHost() != null && uri.getRawUserInfo() == null
                    ? Optional.of(uri)
                    : Optional.empty();
              } catch (URISyntaxException e) {
                return Optional.empty();
              }
            });
  }

  /** The same host as jira.baseUrl (Forge names the site by its https URL). */
  private boolean sameSite(String siteUrl) {
    try {
      return host(URI.create(siteUrl)).equals(host(jiraBaseUrl));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String host(URI uri) {
    return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
  }

  private static Optional<Map<String, Object>> object(JWTClaimsSet claims, String name) {
    try {
      return Optional.ofNullable(claims.getJSONObjectClaim(name));
    } catch (ParseException e) {
      throw new TokenRefused("the token's " + name + " claim is not an object");
    }
  }

  @SuppressWarnings("unchecked")
  private static Optional<Map<String, Object>> map(Object value) {
    return value instanceof Map<?, ?> m ? Optional.of((Map<String, Object>) m) : Optional.empty();
  }

  private static Optional<String> text(Object value) {
    return value instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
  }
}
