package org.learningoffice.forge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningoffice.testing.ForgeSite.header;
import static org.learningoffice.testing.ForgeSite.panelClaims;
import static org.learningoffice.testing.ForgeSite.sign;
import static org.learningoffice.testing.ForgeSite.triggerClaims;
import static org.learningoffice.testing.ForgeSite.withApp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningoffice.config.ForgeConfig;
import org.learningoffice.testing.ForgeSite;

/** The Forge Invocation Token check against a JWKS that WireMock serves. */
class InvocationTokenVerifierTest {
  private static final Instant NOW = Instant.parse("2025-11-24T08:00:00Z");
  private static final URI JIRA = URI.create(ForgeSite.SITE_URL);

  private final RSAKey key = ForgeSite.newKey("key-1");
  private final ForgeSite site = new ForgeSite().publish(key);

  @AfterEach
  void close() {
    site.close();
  }

  private InvocationTokenVerifier verifier(Optional<String> installationId) {
    ForgeConfig config =
        new ForgeConfig(Optional.of(ForgeSite.APP_ID), site.jwksUrl(), installationId);
    return new InvocationTokenVerifier(
        config, JIRA, new ForgeKeys(config), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private InvocationTokenVerifier verifier() {
    return verifier(Optional.of(ForgeSite.INSTALLATION_ID));
  }

  private void assertRefused(String token, String reason) {
    assertThatThrownBy(() -> verifier().verify(header(token)))
        .isInstanceOf(TokenRefused.class)
        .hasMessageContaining(reason);
  }

  @Test
  void aValidPanelTokenNamesTheInstallationTheUserAndTheIssue() {
    InvocationToken token = verifier().verify(header(sign(key, panelClaims(NOW, "10042").build())));

    assertThat(token)
        .isEqualTo(
            new InvocationToken(
                ForgeSite.INSTALLATION_ID,
                Optional.of(ForgeSite.ACCOUNT_ID),
                Optional.of("10042"),
                Optional.of(URI.create(ForgeSite.API_BASE_URL))));
  }

  @Test
  void aTokenWhoseApiBaseUrlIsNotAWebAddressNamesNoGateway() {
    InvocationToken token =
        verifier()
            .verify(
                header(
                    sign(
                        key,
                        ForgeSite.withApp(triggerClaims(NOW), "apiBaseUrl", "file:///etc")
                            .build())));

    assertThat(token.apiBaseUrl()).isEmpty();
  }

  @Test
  void aValidTriggerTokenHasNoUserAndNoIssue() {
    InvocationToken token = verifier().verify(header(sign(key, triggerClaims(NOW).build())));

    assertThat(token.accountId()).isEmpty();
    assertThat(token.issueId()).isEmpty();
  }

  @Test
  void anExpiredTokenIsRefusedOnceTheLeewayHasPassed() {
    Instant issued = NOW.minusSeconds(25).minus(InvocationTokenVerifier.LEEWAY).minusSeconds(1);
    assertRefused(sign(key, triggerClaims(issued).build()), "Expired");
  }

  @Test
  void aTokenJustPastExpiryIsAcceptedWithinTheLeeway() {
    Instant issued = NOW.minusSeconds(26);
    assertThat(verifier().verify(header(sign(key, triggerClaims(issued).build()))).installationId())
        .isEqualTo(ForgeSite.INSTALLATION_ID);
  }

  @Test
  void aTokenNotYetValidIsRefused() {
    Instant issued = NOW.plusSeconds(60);
    assertRefused(sign(key, triggerClaims(issued).build()), "before use time");
  }

  @Test
  void aTokenForAnotherAppIsRefused() {
    String other = "ari:cloud:ecosystem::app/00000000-1f32-48bb-8c52-5877dab48107";
    assertRefused(sign(key, triggerClaims(NOW).audience(other).build()), "aud");
  }

  @Test
  void aTokenFromAnotherIssuerIsRefused() {
    assertRefused(sign(key, triggerClaims(NOW).issuer("someone/else").build()), "iss");
  }

  @Test
  void aTokenSignedByAKeyNotInTheJwksIsRefused() {
    RSAKey stranger = ForgeSite.newKey("stranger");
    assertRefused(sign(stranger, triggerClaims(NOW).build()), "invalid Forge Invocation Token");
  }

  @Test
  void aTokenSignedByAnotherKeyUnderAPublishedKeyIdIsRefused() {
    RSAKey impostor = ForgeSite.newKey("key-1");
    assertRefused(sign(impostor, triggerClaims(NOW).build()), "invalid Forge Invocation Token");
  }

  @Test
  void anUnsignedTokenWithAlgNoneIsRefused() {
    String none = new PlainJWT(triggerClaims(NOW).build()).serialize();
    assertRefused(none, "not a signed JWT");
  }

  @Test
  void anHs256TokenKeyedWithThePublicKeyIsRefused() throws JOSEException {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("key-1").build(),
            triggerClaims(NOW).build());
    jwt.sign(new MACSigner(key.toRSAPublicKey().getEncoded()));
    assertRefused(jwt.serialize(), "RS256");
  }

  @Test
  void aTokenWhoseClaimsWereChangedAfterSigningIsRefused() {
    String token = sign(key, triggerClaims(NOW).build());
    String[] parts = token.split("\\.");
    JWTClaimsSet changed =
        withApp(triggerClaims(NOW), "installationId", ForgeSite.OTHER_INSTALLATION_ID).build();
    String tampered =
        parts[0]
            + "."
            + Base64URL.encode(changed.toString().getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    assertRefused(tampered, "invalid Forge Invocation Token");
  }

  @Test
  void aRotatedKeyIsFetchedWhenATokenNamesItsNewKeyId() {
    InvocationTokenVerifier verifier = verifier();
    verifier.verify(header(sign(key, triggerClaims(NOW).build())));
    RSAKey rotated = ForgeSite.newKey("key-2");
    site.publish(rotated);

    InvocationToken token = verifier.verify(header(sign(rotated, triggerClaims(NOW).build())));

    assertThat(token.installationId()).isEqualTo(ForgeSite.INSTALLATION_ID);
    assertThat(site.jwksFetches()).isEqualTo(2);
  }

  @Test
  void keysAreCachedBetweenCalls() {
    InvocationTokenVerifier verifier = verifier();
    for (int i = 0; i < 3; i++) {
      verifier.verify(header(sign(key, triggerClaims(NOW).build())));
    }
    assertThat(site.jwksFetches()).isEqualTo(1);
  }

  @Test
  void aTokenFromAnotherInstallationIsRefused() {
    assertRefused(
        sign(
            key,
            withApp(triggerClaims(NOW), "installationId", ForgeSite.OTHER_INSTALLATION_ID).build()),
        "another installation");
  }

  @Test
  void aTokenFromAnotherSiteIsRefused() {
    JWTClaimsSet claims =
        panelClaims(NOW, "10042")
            .claim("context", java.util.Map.of("siteUrl", "https://elsewhere.atlassian.net"))
            .build();
    assertRefused(sign(key, claims), "another site");
  }

  @Test
  void withoutAConfiguredInstallationATokenMustNameTheSite() {
    InvocationTokenVerifier unbound = verifier(Optional.empty());

    assertThat(unbound.verify(header(sign(key, panelClaims(NOW, "10042").build()))).issueId())
        .contains("10042");
    assertThatThrownBy(() -> unbound.verify(header(sign(key, triggerClaims(NOW).build()))))
        .isInstanceOf(TokenRefused.class)
        .hasMessageContaining("forge.installationId");
  }

  @Test
  void aMissingOrNonBearerHeaderIsRefused() {
    assertThatThrownBy(() -> verifier().verify(Optional.empty()))
        .isInstanceOf(TokenRefused.class)
        .hasMessageContaining("missing Authorization");
    assertThatThrownBy(() -> verifier().verify(Optional.of("Basic Ym90OnRva2Vu")))
        .isInstanceOf(TokenRefused.class)
        .hasMessageContaining("Bearer");
  }

  @Test
  void withoutAnAppIdEveryTokenIsRefused() {
    ForgeConfig off = ForgeConfig.OFF;
    InvocationTokenVerifier verifier =
        new InvocationTokenVerifier(
            off, JIRA, new ForgeKeys(off), Clock.fixed(NOW, ZoneOffset.UTC));
    assertThatThrownBy(() -> verifier.verify(header(sign(key, triggerClaims(NOW).build()))))
        .isInstanceOf(TokenRefused.class)
        .hasMessageContaining("forge.appId");
  }
}
