package org.learningoffice.forge;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learningoffice.jira.JiraGrant;
import org.learningoffice.testing.ForgeSite;
import org.learningoffice.testing.MutableClock;

/** Which app system token the service's Jira calls use, and until when. */
class ForgeSystemTokenTest {
  private static final URI GATEWAY = URI.create(ForgeSite.API_BASE_URL);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:00:00Z"));
  private final ForgeSystemToken tokens = new ForgeSystemToken(clock);

  private String token(Duration lifetime) {
    return ForgeSite.sign(
        ForgeSite.newKey("oauth"),
        new JWTClaimsSet.Builder()
            .subject("app-bot")
            .expirationTime(Date.from(clock.instant().plus(lifetime)))
            .build());
  }

  @Test
  void aTokenIsUsedUntilAMinuteBeforeItExpires() {
    String token = token(Duration.ofMinutes(10));
    tokens.offer(Optional.of(GATEWAY), Optional.of(token));

    assertThat(tokens.current().map(g -> g.token().reveal())).contains(token);
    assertThat(tokens.current().map(JiraGrant.Grant::apiBaseUrl)).contains(GATEWAY);
    clock.advance(Duration.ofMinutes(9).minusSeconds(1));
    assertThat(tokens.current()).isPresent();
    clock.advance(Duration.ofSeconds(1));
    assertThat(tokens.current()).isEmpty();
  }

  @Test
  void aTokenThatExpiresSoonerDoesNotReplaceTheOneHeld() {
    String later = token(Duration.ofMinutes(30));
    tokens.offer(Optional.of(GATEWAY), Optional.of(later));
    tokens.offer(Optional.of(GATEWAY), Optional.of(token(Duration.ofMinutes(5))));

    assertThat(tokens.current().map(g -> g.token().reveal())).contains(later);
  }

  @Test
  void aRefusedTokenIsDropped() {
    tokens.offer(Optional.of(GATEWAY), Optional.of(token(Duration.ofMinutes(30))));

    tokens.refused(tokens.current().orElseThrow());

    assertThat(tokens.current()).isEmpty();
  }

  @Test
  void nothingIsUsedWithoutAGatewayOrWithATokenWhoseExpiryCannotBeRead() {
    tokens.offer(Optional.empty(), Optional.of(token(Duration.ofMinutes(30))));
    tokens.offer(Optional.of(GATEWAY), Optional.of("not-a-jwt"));
    tokens.offer(Optional.of(GATEWAY), Optional.empty());

    assertThat(tokens.current()).isEmpty();
  }
}
