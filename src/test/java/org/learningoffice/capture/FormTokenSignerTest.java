package org.learningoffice.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.learningoffice.capture.FormTokenSigner.Refusal;
import org.learningoffice.config.CaptureConfig;
import org.learningoffice.config.Secret;
import org.learningoffice.testing.MutableClock;

class FormTokenSignerTest {
  private static final Secret CURRENT = Secret.of("current-secret-current-secret-current-secret");
  private static final Secret OLD = Secret.of("old-secret-old-secret-old-secret-old-secret-0");
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));

  private FormTokenSigner signer(Secret secret, List<Secret> previous) {
    return new FormTokenSigner(new CaptureConfig(secret, previous, Duration.ofDays(60)), clock);
  }

  private final FormTokenSigner signer = signer(CURRENT, List.of());

  @Test
  void aSignedTokenVerifiesToItsOrderAndExpiry() {
    var verification = signer.verify(signer.sign("10001"));

    assertThat(verification.refusal()).isEmpty();
    assertThat(verification.token())
        .contains(new FormToken("10001", Instant.parse("2027-01-22T08:00:00Z")));
  }

  @Test
  void aTokenIsRefusedFromTheMomentItExpires() {
    String token = signer.sign("10001");

    clock.advance(Duration.ofDays(60).minusSeconds(1));
    assertThat(signer.verify(token).token()).isPresent();
    clock.advance(Duration.ofSeconds(1));
    assertThat(signer.verify(token).refusal()).contains(Refusal.EXPIRED);
  }

  @Test
  void aTokenSignedFromAnInstantLastsTheLifetimeFromThereAndIsTheSameEachTime() {
    Instant closed = Instant.parse("2026-11-20T10:00:00Z");

    String token = signer.sign("10001", closed);

    assertThat(signer.sign("10001", closed))
        .as("a retried job signs the same link")
        .isEqualTo(token);
    assertThat(signer.verify(token).token())
        .contains(new FormToken("10001", Instant.parse("2027-01-19T10:00:00Z")));
  }

  /** The token with its signed part rewritten and its signature kept. */
  private static String withPayload(String token, UnaryOperator<String> change) {
    int dot = token.indexOf('.');
    String payload =
        new String(
            Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.US_ASCII);
    return Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(change.apply(payload).getBytes(StandardCharsets.US_ASCII))
        + token.substring(dot);
  }

  @Test
  void aTokenPointedAtAnotherOrderIsRefusedAsForged() {
    String altered = withPayload(signer.sign("10001"), p -> p.replace("10001", "10002"));

    assertThat(signer.verify(altered).refusal()).contains(Refusal.FORGED);
  }

  @Test
  void aTokenWithAnExtendedExpiryIsRefusedAsForged() {
    String altered =
        withPayload(
            signer.sign("10001"), p -> p.substring(0, p.lastIndexOf('.') + 1) + "9999999999");

    assertThat(signer.verify(altered).refusal()).contains(Refusal.FORGED);
  }

  @Test
  void aTokenSignedWithAnotherSecretIsRefused() {
    FormTokenSigner stranger =
        signer(Secret.of("someone-elses-secret-someone-elses-secret"), List.of());

    assertThat(signer.verify(stranger.sign("10001")).refusal()).contains(Refusal.UNKNOWN_KEY);
  }

  @Test
  void linksSignedBeforeARotationKeepWorkingWhileTheOldSecretIsListed() {
    String oldLink = signer(OLD, List.of()).sign("10001");

    assertThat(signer(CURRENT, List.of(OLD)).verify(oldLink).token()).isPresent();
    assertThat(signer(CURRENT, List.of()).verify(oldLink).refusal()).contains(Refusal.UNKNOWN_KEY);
  }

  @Test
  void garbageIsRefusedAsMalformedWithoutError() {
    for (String garbage :
        List.of("", "abc", "a.b.c", "!!!.???", "ORD-1", "x".repeat(10_000), "dj0xLjIuMy40.AAAA")) {
      assertThat(signer.verify(garbage).refusal()).as(garbage).contains(Refusal.MALFORMED);
    }
  }

  @Test
  void theTokenDoesNotRevealTheSecret() {
    String token = signer.sign("10001");

    assertThat(token).doesNotContain(CURRENT.reveal());
    assertThat(
            new String(
                Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                StandardCharsets.US_ASCII))
        .matches("v1\\.[0-9a-f]{8}\\.10001\\.\\d+");
  }
}
