package org.learningoffice.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Atlassian's side of Forge Remote for tests: a JWKS served by WireMock with RSA keys made here,
 * and Forge Invocation Tokens signed by them for one app, installation and site.
 */
public final class ForgeSite implements AutoCloseable {
  public static final String APP_ID =
      "ari:cloud:ecosystem::app/8db33809-1f32-48bb-8c52-5877dab48107";
  public static final String INSTALLATION_ID =
      "ari:cloud:ecosystem::installation/0a3a7799-53ae-4a5b-9e7e-03338980abb5";
  public static final String OTHER_INSTALLATION_ID =
      "ari:cloud:ecosystem::installation/11111111-2222-3333-4444-555555555555";

  /** The site of {@code config/base.yml}'s {@code jira.baseUrl}. */
  public static final String SITE_URL = "https://your-site.atlassian.net";

  /** {@code app.apiBaseUrl} of the tokens: where the app system token is valid. */
  public static final String API_BASE_URL =
      "https://api.atlassian.com/ex/jira/d0d52620-3203-4cfa-8db5-f2587155f0dd";

  public static final String ACCOUNT_ID = "5b10ac8d82e05b22cc7d4ef5";
  public static final String ISSUER = "forge/invocation-token";

  private final WireMockServer server = new WireMockServer(options().dynamicPort());

  public ForgeSite() {
    server.start();
  }

  /** A new RSA key pair with this key id (not yet published). */
  public static RSAKey newKey(String kid) {
    try {
      return new RSAKeyGenerator(2048).keyID(kid).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Publishes exactly these keys (their public halves) at the JWKS URL from now on. */
  public ForgeSite publish(RSAKey... keys) {
    String body =
        new JWKSet(
                List.of(keys).stream()
                    .map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK())
                    .toList())
            .toString();
    server.resetMappings();
    server.stubFor(get("/.well-known/jwks.json").willReturn(okJson(body)));
    return this;
  }

  public URI jwksUrl() {
    return URI.create(server.baseUrl() + "/.well-known/jwks.json");
  }

  /** How many times the JWKS was fetched. */
  public int jwksFetches() {
    return server.getAllServeEvents().size();
  }

  /** The claims of a valid token issued at {@code now}, as the issue panel on issue 10042 sends. */
  public static JWTClaimsSet.Builder panelClaims(Instant now, String issueId) {
    return panelClaims(now, issueId, SITE_URL);
  }

  /** The same, from a site at another address (a WireMock Jira's, which must be the site's). */
  public static JWTClaimsSet.Builder panelClaims(Instant now, String issueId, String siteUrl) {
    return triggerClaims(now)
        .claim("principal", ACCOUNT_ID)
        .claim(
            "context",
            Map.of(
                "cloudId",
                "d0d52620-3203-4cfa-8db5-f2587155f0dd",
                "siteUrl",
                siteUrl,
                "moduleKey",
                "lessons-panel",
                "extension",
                Map.of(
                    "type",
                    "jira:issuePanel",
                    "issue",
                    Map.of("id", issueId, "key", "ORD-42", "type", "Customer Order"))));
  }

  /** The claims of a valid token issued at {@code now} for a trigger (no user, no context). */
  public static JWTClaimsSet.Builder triggerClaims(Instant now) {
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(APP_ID)
        .issueTime(Date.from(now))
        .notBeforeTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(25)))
        .jwtID("jti-" + now.toEpochMilli())
        .claim(
            "app",
            Map.of(
                "id",
                APP_ID,
                "installationId",
                INSTALLATION_ID,
                "apiBaseUrl",
                API_BASE_URL,
                "appVersion",
                "1.0.0",
                "environment",
                Map.of("type", "PRODUCTION"),
                "module",
                Map.of("type", "core:endpoint", "key", "issue-events")));
  }

  /** The claims with one entry of {@code app} replaced. */
  public static JWTClaimsSet.Builder withApp(
      JWTClaimsSet.Builder claims, String name, Object value) {
    @SuppressWarnings("unchecked")
    Map<String, Object> app =
        new java.util.LinkedHashMap<>((Map<String, Object>) claims.build().getClaim("app"));
    app.put(name, value);
    return claims.claim("app", app);
  }

  /** The token, RS256-signed by {@code key} with its key id in the header. */
  public static String sign(RSAKey key, JWTClaimsSet claims) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The {@code Authorization} header value for a token. */
  public static String bearer(String token) {
    return "Bearer " + token;
  }

  public static Optional<String> header(String token) {
    return Optional.of(bearer(token));
  }

  @Override
  public void close() {
    server.stop();
  }
}
